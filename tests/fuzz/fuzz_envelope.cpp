// Fuzz target: Envelope parsing of untrusted bytes, and a round trip of whatever parses.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/protocol/envelope.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lifeline::protocol;
    auto parsed = parseEnvelope(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parsed) {
        return 0;
    }
    // Whatever parsed serialises, and that serialisation parses to the same thing.
    const std::string once = serializeEnvelope(*parsed);
    auto again = parseEnvelope(once);
    if (!again || serializeEnvelope(*again) != once) {
        __builtin_trap();
    }
    if (parsed->has_error()) {
        (void)toError(parsed->error());
    }
    return 0;
}
