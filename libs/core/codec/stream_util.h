#pragma once

// Helpers the codec stream writers and readers share (internal to core/codec).

#include <cstdint>
#include <vector>

#include "core/base/frame.h"

namespace lifeline::codec::detail {

// What any codec accepts as a picture: a hostile key frame must not make the viewer
// allocate without bound (32 Mpx = 128 MiB of framebuffer).
inline constexpr std::int32_t kMaxSide = 16384;
inline constexpr std::int64_t kMaxArea = std::int64_t{32} * 1024 * 1024;

inline bool acceptableSize(base::Size size)
{
    return !size.isEmpty() && size.width <= kMaxSide && size.height <= kMaxSide
        && std::int64_t(size.width) * size.height <= kMaxArea;
}

inline void putU8(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    out.push_back(std::uint8_t(v));
}

inline void putU16(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    out.push_back(std::uint8_t(v >> 8));
    out.push_back(std::uint8_t(v));
}

inline void putU32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    putU16(out, v >> 16);
    putU16(out, v & 0xFFFF);
}

}  // namespace lifeline::codec::detail
