#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "core/codec/tile_differ.h"

namespace lifeline::codec {
namespace {

using base::Frame;
using base::Rect;
using base::Region;

std::vector<Rect> bruteForce(const Frame& a, const Frame& b, std::int32_t t)
{
    std::vector<Rect> out;
    for (std::int32_t y = 0; y < a.height(); y += t) {
        for (std::int32_t x = 0; x < a.width(); x += t) {
            const Rect tile = Rect{x, y, t, t}.intersected(a.rect());
            bool differs = false;
            for (std::int32_t yy = tile.top(); yy < tile.bottom() && !differs; ++yy) {
                for (std::int32_t xx = tile.left(); xx < tile.right(); ++xx) {
                    if (a.pixel(xx, yy) != b.pixel(xx, yy)) {
                        differs = true;
                        break;
                    }
                }
            }
            if (differs) out.push_back(tile);
        }
    }
    return out;
}

TEST(TileDifferTest, AgreesWithBruteForceOnRandomChanges)
{
    std::mt19937 rng(7);
    for (std::int32_t tile : {16, 32, 64}) {
        for (int round = 0; round < 40; ++round) {
            // Odd sizes so the right and bottom tiles are partial.
            const base::Size size{37 + std::int32_t(rng() % 300), 29 + std::int32_t(rng() % 200)};
            Frame before(size, 0x336699);
            for (std::uint32_t& p : before.pixels()) p = rng() & 0xFFFFFF;
            Frame after = before;
            const int changes = int(rng() % 12);
            for (int i = 0; i < changes; ++i) {
                const std::int32_t x = std::int32_t(rng() % std::uint32_t(size.width));
                const std::int32_t y = std::int32_t(rng() % std::uint32_t(size.height));
                after.setPixel(x, y, after.pixel(x, y) ^ (1u << (rng() % 24)));
            }
            const TileDiffer differ(tile);
            EXPECT_EQ(differ.changedTiles(before, after, Region(after.rect())), bruteForce(before, after, tile))
                << "tile " << tile << " round " << round;
        }
    }
}

TEST(TileDifferTest, UnchangedFrameHasNoTiles)
{
    Frame a({1920, 1080}, 0x102030);
    const Frame b = a;
    EXPECT_TRUE(TileDiffer().changedTiles(a, b, Region(a.rect())).empty());
}

TEST(TileDifferTest, LooksOnlyInsideTheHints)
{
    Frame a({256, 256}, 0);
    Frame b = a;
    b.setPixel(10, 10, 1);    // tile (0,0): not hinted
    b.setPixel(200, 200, 1);  // tile (6,6): hinted
    const std::vector<Rect> tiles = TileDiffer(32).changedTiles(a, b, Region(Rect{190, 190, 20, 20}));
    ASSERT_EQ(tiles.size(), 1u);
    EXPECT_EQ(tiles[0], (Rect{192, 192, 32, 32}));
}

TEST(TileDifferTest, HintSpanningTilesFindsOnlyChangedOnes)
{
    Frame a({320, 64}, 0);
    Frame b = a;
    b.setPixel(319, 63, 5);  // last pixel of the last tile
    b.setPixel(64, 0, 5);    // first pixel of the third tile
    const std::vector<Rect> tiles = TileDiffer(32).changedTiles(a, b, Region(Rect{0, 0, 320, 64}));
    EXPECT_EQ(tiles, (std::vector<Rect>{{64, 0, 32, 32}, {288, 32, 32, 32}}));
}

TEST(TileDifferTest, SizeChangeReturnsEveryTile)
{
    const Frame a({64, 64}, 0);
    const Frame b({65, 64}, 0);
    EXPECT_EQ(TileDiffer(32).changedTiles(a, b, Region()).size(), 6u);
}

}  // namespace
}  // namespace lifeline::codec
