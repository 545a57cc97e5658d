#pragma once

// The body the picture-decoder fuzz targets share: the input is a series of updates, each
// prefixed by a 16-bit big-endian length, fed to one decoder so that deltas after a key
// frame are reached too. Any outcome but a crash, a hang, or a picture whose pixels do
// not match its size (or a repainted area outside it) is fine.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/base/frame.h"

template <typename Decoder>
int fuzzDecoder(const std::uint8_t* data, std::size_t size)
{
    using namespace lifeline;
    Decoder decoder;
    base::Frame framebuffer;
    std::span<const std::uint8_t> rest(data, size);
    while (rest.size() >= 2) {
        const std::size_t length = std::min<std::size_t>(std::size_t(rest[0]) << 8 | rest[1], rest.size() - 2);
        auto decoded = decoder.decode(rest.subspan(2, length), framebuffer);
        if (decoded.ok()) {
            for (const base::Rect& r : decoded->rects()) {
                if (!framebuffer.rect().contains(r)) __builtin_trap();
            }
        }
        if (framebuffer.pixels().size() != std::size_t(framebuffer.width()) * std::size_t(framebuffer.height())) {
            __builtin_trap();
        }
        rest = rest.subspan(2 + length);
    }
    return 0;
}
