#include <gtest/gtest.h>

#include <random>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/codec/scroll_detector.h"

namespace lifeline::codec {
namespace {

using base::Frame;
using base::Rect;

// Applying the motion to previous must reproduce dest of current exactly.
void expectExact(const Frame& previous, const Frame& current, const ScrollMotion& m)
{
    Frame moved = previous;
    moved.moveRect(m.source(), base::Point{m.dest.x, m.dest.y});
    for (std::int32_t y = m.dest.top(); y < m.dest.bottom(); ++y) {
        for (std::int32_t x = m.dest.left(); x < m.dest.right(); ++x) {
            ASSERT_EQ(moved.pixel(x, y), current.pixel(x, y)) << x << "," << y;
        }
    }
}

TEST(ScrollDetectorTest, FindsTheShiftOfTheScrollingScene)
{
    auto scene = capture::makeScene("scrolling", 3);
    ASSERT_TRUE(scene.ok());
    capture::SyntheticCapturer capturer({1280, 720}, std::move(scene).value());
    ASSERT_TRUE(capturer.captureFrame().ok());
    for (int i = 0; i < 20; ++i) {
        const Frame previous = capturer.frame();
        ASSERT_TRUE(capturer.captureFrame().ok());
        const auto motion = detectVerticalScroll(previous, capturer.frame(), capturer.frame().rect());
        ASSERT_TRUE(motion.has_value()) << "frame " << i;
        EXPECT_EQ(motion->dy, -16) << "one text line up";
        EXPECT_GT(motion->dest.area(), 1280 * 720 / 3) << "most of the page";
        expectExact(previous, capturer.frame(), *motion);
    }
}

TEST(ScrollDetectorTest, FindsAnyShiftOfRandomContentAndIsExact)
{
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
        Frame previous({400, 300});
        for (std::uint32_t& p : previous.pixels()) p = rng() & 0xFFFFFF;
        const std::int32_t dy = std::int32_t(rng() % 120) - 60;
        if (dy == 0) continue;
        const Rect block{50, 80, 256, 150};
        Frame current = previous;
        current.moveRect(block.translated(0, -dy), base::Point{block.x, block.y});
        const auto motion = detectVerticalScroll(previous, current, current.rect());
        ASSERT_TRUE(motion.has_value()) << "dy " << dy;
        EXPECT_EQ(motion->dy, dy);
        EXPECT_TRUE(motion->dest.contains(block)) << "found " << motion->dest.x << "," << motion->dest.y << " "
                                                  << motion->dest.width << "x" << motion->dest.height;
        expectExact(previous, current, *motion);
    }
}

TEST(ScrollDetectorTest, UnrelatedPicturesAreNotAScroll)
{
    std::mt19937 rng(5);
    Frame a({320, 240});
    Frame b({320, 240});
    for (std::uint32_t& p : a.pixels()) p = rng() & 0xFFFFFF;
    for (std::uint32_t& p : b.pixels()) p = rng() & 0xFFFFFF;
    EXPECT_FALSE(detectVerticalScroll(a, b, a.rect()).has_value());
    EXPECT_FALSE(detectVerticalScroll(a, a, a.rect()).has_value()) << "no motion is not a scroll";
}

TEST(ScrollDetectorTest, UniformAreasGiveNoVotes)
{
    const Frame a({320, 240}, 0xFFFFFF);
    Frame b = a;
    b.fill(Rect{0, 0, 320, 10}, 0);
    EXPECT_FALSE(detectVerticalScroll(a, b, a.rect()).has_value());
}

}  // namespace
}  // namespace lifeline::codec
