#include "core/protocol/frame.h"

#include <algorithm>

namespace lifeline::protocol {

base::Status appendFrame(std::string& out, Route route, std::string_view payload,
                         std::uint32_t maxFrameLength, std::uint8_t trafficClass)
{
    const std::uint8_t routeByte = route == Route::kPeer
        ? static_cast<std::uint8_t>(static_cast<std::uint8_t>(route) |
                                    (std::min(trafficClass, kMaxTrafficClassOnWire) << 4))
        : static_cast<std::uint8_t>(route);
    if (payload.size() >= maxFrameLength) {
        return base::makeError(base::ErrorCode::kFrameTooLarge,
                               "payload of " + std::to_string(payload.size()) + " bytes");
    }
    const auto length = static_cast<std::uint32_t>(payload.size() + 1);
    const char header[kFrameHeaderSize] = {
        static_cast<char>((length >> 24) & 0xff), static_cast<char>((length >> 16) & 0xff),
        static_cast<char>((length >> 8) & 0xff), static_cast<char>(length & 0xff),
        static_cast<char>(routeByte)};
    out.reserve(out.size() + kFrameHeaderSize + payload.size());
    out.append(header, kFrameHeaderSize);
    out.append(payload);
    return {};
}

base::Result<std::string> encodeFrame(Route route, std::string_view payload,
                                      std::uint32_t maxFrameLength, std::uint8_t trafficClass)
{
    std::string out;
    if (auto status = appendFrame(out, route, payload, maxFrameLength, trafficClass); !status) {
        return status.error();
    }
    return out;
}

}  // namespace lifeline::protocol
