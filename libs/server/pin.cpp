#include "server/pin.h"

#include <openssl/rand.h>

#include <cstdint>
#include <cstdio>

namespace lifeline::server {

base::Result<std::string> generatePin()
{
    constexpr std::uint32_t kSpace = 1000000;
    constexpr std::uint32_t kLimit = (UINT32_MAX / kSpace) * kSpace;  // reject above: no bias
    for (int attempt = 0; attempt < 64; ++attempt) {
        unsigned char bytes[4];
        if (RAND_bytes(bytes, sizeof bytes) != 1) {
            break;
        }
        const std::uint32_t value = (std::uint32_t{bytes[0]} << 24) |
                                    (std::uint32_t{bytes[1]} << 16) |
                                    (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
        if (value >= kLimit) {
            continue;
        }
        char text[8];
        std::snprintf(text, sizeof text, "%06u", value % kSpace);
        return std::string(text);
    }
    return base::makeError(base::ErrorCode::kInternal, "no randomness for PIN");
}

bool isWellFormedPin(std::string_view pin)
{
    if (pin.size() != 6) {
        return false;
    }
    for (char c : pin) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

}  // namespace lifeline::server
