#pragma once

#include <cstdint>

namespace lifeline::codec {

// Colour depth of the lossless picture. 24 is exact; 16 ("High colour", RGB565) and 8
// ("256 colours", RGB332) trade accuracy for bytes. Worst-case error per channel, from
// rounding to the nearest level (checked by tests/core/codec/colour_test.cpp):
//   16-bit: red and blue ≤ 4, green ≤ 2;   8-bit: red and green ≤ 18, blue ≤ 42.
enum class ColourDepth : std::uint8_t {
    k24 = 24,
    k16 = 16,
    k8 = 8,
};

inline bool isValidDepth(std::uint8_t v)
{
    return v == 24 || v == 16 || v == 8;
}

// Bytes one pixel takes in the encoded stream.
inline std::int32_t bytesPerPixel(ColourDepth depth)
{
    return depth == ColourDepth::k24 ? 3 : depth == ColourDepth::k16 ? 2 : 1;
}

// Reduces a 0x00RRGGBB pixel to the depth's code (565 or 332 bits; 24-bit is the pixel).
std::uint32_t packPixel(std::uint32_t pixel, ColourDepth depth);
// Expands a code back to 0x00RRGGBB.
std::uint32_t unpackPixel(std::uint32_t code, ColourDepth depth);
// unpackPixel(packPixel(p)): what the viewer will see for p.
inline std::uint32_t quantise(std::uint32_t pixel, ColourDepth depth)
{
    return depth == ColourDepth::k24 ? pixel & 0xFFFFFFu : unpackPixel(packPixel(pixel, depth), depth);
}

}  // namespace lifeline::codec
