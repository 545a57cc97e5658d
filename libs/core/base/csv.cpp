#include "core/base/csv.h"

namespace lifeline::base {

std::string csvField(std::string_view field)
{
    std::string text;
    if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' || field[0] == '\t' ||
                           field[0] == '\r')) {
        text += '\'';
    }
    text += field;
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string toCsv(const std::vector<std::vector<std::string>>& rows)
{
    std::string out;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out += ',';
            out += csvField(row[i]);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace lifeline::base
