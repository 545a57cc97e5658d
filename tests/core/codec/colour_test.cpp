#include <gtest/gtest.h>

#include <cstdlib>

#include "core/codec/colour.h"

namespace lifeline::codec {
namespace {

// The worst error per channel over every channel value; colour.h documents these bounds.
void expectMaxError(ColourDepth depth, int red, int green, int blue)
{
    int worst[3] = {0, 0, 0};
    for (std::uint32_t v = 0; v < 256; ++v) {
        const std::uint32_t pixel = v << 16 | v << 8 | v;
        const std::uint32_t q = quantise(pixel, depth);
        worst[0] = std::max(worst[0], std::abs(int((q >> 16) & 0xFF) - int(v)));
        worst[1] = std::max(worst[1], std::abs(int((q >> 8) & 0xFF) - int(v)));
        worst[2] = std::max(worst[2], std::abs(int(q & 0xFF) - int(v)));
        EXPECT_EQ(quantise(q, depth), q) << "quantising twice must change nothing";
    }
    EXPECT_EQ(worst[0], red);
    EXPECT_EQ(worst[1], green);
    EXPECT_EQ(worst[2], blue);
}

TEST(ColourTest, TwentyFourBitIsExact)
{
    for (std::uint32_t p : {0x000000u, 0x123456u, 0xFFFFFFu, 0xFF00FFu}) EXPECT_EQ(quantise(p, ColourDepth::k24), p);
    EXPECT_EQ(quantise(0xAB123456u, ColourDepth::k24), 0x123456u) << "the unused top byte is dropped";
}

TEST(ColourTest, SixteenBitErrorIsWithinDocumentedBound)
{
    expectMaxError(ColourDepth::k16, 4, 2, 4);
}

TEST(ColourTest, EightBitErrorIsWithinDocumentedBound)
{
    expectMaxError(ColourDepth::k8, 18, 18, 42);
}

TEST(ColourTest, ExtremesSurviveEveryDepth)
{
    for (ColourDepth d : {ColourDepth::k24, ColourDepth::k16, ColourDepth::k8}) {
        EXPECT_EQ(quantise(0x000000, d), 0x000000u);
        EXPECT_EQ(quantise(0xFFFFFF, d), 0xFFFFFFu);
    }
    EXPECT_LT(packPixel(0xFFFFFF, ColourDepth::k16), 0x10000u);
    EXPECT_LT(packPixel(0xFFFFFF, ColourDepth::k8), 0x100u);
}

}  // namespace
}  // namespace lifeline::codec
