#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace lifeline::protocol {

// Wire frame: u32 big-endian length | u8 route byte | payload.
// `length` counts the route byte and the payload (so it is at least 1). The route byte's
// low nibble is the route; for route 1 its high nibble is the sender's traffic class
// (0 control … 3 file data), which the relay keeps when it forwards the frame, so the
// priority of input over video and files holds end to end. Any other bit set is an error.
enum class Route : std::uint8_t {
    kRelay = 0,  // to or from the relay itself; payload is an Envelope
    kPeer = 1,   // to or from the paired end; forwarded by the relay without parsing
};

inline constexpr std::size_t kLengthFieldSize = 4;
inline constexpr std::size_t kFrameHeaderSize = kLengthFieldSize + 1;
// Largest `length` a reader accepts by default (route byte + payload).
inline constexpr std::uint32_t kDefaultMaxFrameLength = 4u * 1024u * 1024u;

inline constexpr std::uint8_t kMaxTrafficClassOnWire = 3;

struct Frame
{
    Route route = Route::kRelay;
    std::uint8_t trafficClass = 0;  // route 1 only; 0 for route 0
    std::string payload;
};

// Appends one encoded frame to `out`. Fails with kFrameTooLarge when the payload does
// not fit under `maxFrameLength`. trafficClass is written for route 1 only.
[[nodiscard]] base::Status appendFrame(std::string& out, Route route, std::string_view payload,
                                       std::uint32_t maxFrameLength = kDefaultMaxFrameLength,
                                       std::uint8_t trafficClass = 0);

// Convenience: a single encoded frame.
[[nodiscard]] base::Result<std::string> encodeFrame(
    Route route, std::string_view payload, std::uint32_t maxFrameLength = kDefaultMaxFrameLength,
    std::uint8_t trafficClass = 0);

}  // namespace lifeline::protocol
