#include "core/codec/colour.h"

#include <array>

namespace lifeline::codec {

namespace {

// Level tables: to[bits][v] is v rounded to the nearest of 2^bits levels; from[bits][l]
// spreads the level back over 0..255.
struct Levels
{
    std::array<std::uint8_t, 256> to{};
    std::array<std::uint8_t, 256> from{};
    explicit Levels(int bits)
    {
        const int max = (1 << bits) - 1;
        for (int v = 0; v < 256; ++v) to[std::size_t(v)] = std::uint8_t((v * max + 127) / 255);
        for (int l = 0; l <= max; ++l) from[std::size_t(l)] = std::uint8_t((l * 255 + max / 2) / max);
    }
};

const Levels kFive(5);
const Levels kSix(6);
const Levels kThree(3);
const Levels kTwo(2);

}  // namespace

std::uint32_t packPixel(std::uint32_t pixel, ColourDepth depth)
{
    const std::size_t r = (pixel >> 16) & 0xFF;
    const std::size_t g = (pixel >> 8) & 0xFF;
    const std::size_t b = pixel & 0xFF;
    switch (depth) {
    case ColourDepth::k16:
        return std::uint32_t(kFive.to[r]) << 11 | std::uint32_t(kSix.to[g]) << 5 | kFive.to[b];
    case ColourDepth::k8:
        return std::uint32_t(kThree.to[r]) << 5 | std::uint32_t(kThree.to[g]) << 2 | kTwo.to[b];
    case ColourDepth::k24:
        break;
    }
    return pixel & 0xFFFFFFu;
}

std::uint32_t unpackPixel(std::uint32_t code, ColourDepth depth)
{
    switch (depth) {
    case ColourDepth::k16:
        return std::uint32_t(kFive.from[(code >> 11) & 31]) << 16 | std::uint32_t(kSix.from[(code >> 5) & 63]) << 8
            | kFive.from[code & 31];
    case ColourDepth::k8:
        return std::uint32_t(kThree.from[(code >> 5) & 7]) << 16 | std::uint32_t(kThree.from[(code >> 2) & 7]) << 8
            | kTwo.from[code & 3];
    case ColourDepth::k24:
        break;
    }
    return code & 0xFFFFFFu;
}

}  // namespace lifeline::codec
