#include "core/protocol/frame.h"

namespace lifeline::protocol {

base::Status appendFrame(std::string& out, Route route, std::string_view payload,
                         std::uint32_t maxFrameLength)
{
    if (payload.size() >= maxFrameLength) {
        return base::makeError(base::ErrorCode::kFrameTooLarge,
                               "payload of " + std::to_string(payload.size()) + " bytes");
    }
    const auto length = static_cast<std::uint32_t>(payload.size() + 1);
    const char header[kFrameHeaderSize] = {
        static_cast<char>((length >> 24) & 0xff), static_cast<char>((length >> 16) & 0xff),
        static_cast<char>((length >> 8) & 0xff), static_cast<char>(length & 0xff),
        static_cast<char>(route)};
    out.reserve(out.size() + kFrameHeaderSize + payload.size());
    out.append(header, kFrameHeaderSize);
    out.append(payload);
    return {};
}

base::Result<std::string> encodeFrame(Route route, std::string_view payload,
                                      std::uint32_t maxFrameLength)
{
    std::string out;
    if (auto status = appendFrame(out, route, payload, maxFrameLength); !status) {
        return status.error();
    }
    return out;
}

}  // namespace lifeline::protocol
