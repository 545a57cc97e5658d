// Fuzz target: the frame reader fed arbitrary bytes in arbitrary splits, and every route-0
// payload it yields parsed as an Envelope. Must never crash, hang or allocate past the limit.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/protocol/envelope.h"
#include "core/protocol/frame_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lifeline::protocol;
    if (size == 0) {
        return 0;
    }
    // The first byte picks the chunk size, so the reader sees many different splits.
    const std::size_t chunk = 1 + data[0] % 64;
    FrameReader reader(64 * 1024);
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    for (std::size_t pos = 0; pos < bytes.size(); pos += chunk) {
        reader.append(bytes.substr(pos, chunk));
        for (;;) {
            auto next = reader.next();
            if (!next || !next->has_value()) {
                break;
            }
            const Frame& frame = **next;
            if (frame.route == Route::kRelay) {
                (void)parseEnvelope(frame.payload);
            }
            // What we read must encode back to the same bytes.
            auto encoded = encodeFrame(frame.route, frame.payload, 64 * 1024);
            if (!encoded || encoded->size() != kFrameHeaderSize + frame.payload.size()) {
                __builtin_trap();
            }
        }
    }
    (void)reader.finish();
    return 0;
}
