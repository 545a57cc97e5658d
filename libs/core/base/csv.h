#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lifeline::base {

// A table as CSV (RFC 4180): CRLF line ends; a field with a comma, a quote, CR or LF is
// quoted, its quotes doubled. Fields that a spreadsheet would run as a formula (starting
// with = + - @, tab or CR — customer names are typed by customers) get a leading
// apostrophe, so opening a report never runs anything.
std::string csvField(std::string_view field);
std::string toCsv(const std::vector<std::vector<std::string>>& rows);

}  // namespace lifeline::base
