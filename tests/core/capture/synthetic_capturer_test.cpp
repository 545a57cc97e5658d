#include <gtest/gtest.h>

#include "core/capture/screen_capturer.h"
#include "core/capture/synthetic/synthetic_capturer.h"

namespace lifeline::capture {
namespace {

using base::Rect;

std::unique_ptr<SyntheticCapturer> make(const char* scene, base::Size size = {800, 600})
{
    auto s = makeScene(scene, 1);
    EXPECT_TRUE(s.ok());
    return std::make_unique<SyntheticCapturer>(size, std::move(s).value());
}

TEST(SyntheticCapturerTest, FirstCaptureIsTheWholeScreen)
{
    auto capturer = make("idle");
    auto capture = capturer->captureFrame();
    ASSERT_TRUE(capture.ok());
    EXPECT_TRUE(capture->layoutChanged);
    EXPECT_EQ(capture->damage.boundingRect(), (Rect{0, 0, 800, 600}));
    EXPECT_EQ(capturer->frame().size(), (base::Size{800, 600}));
}

TEST(SyntheticCapturerTest, StaticSceneHasNoDamageAfterTheFirstFrame)
{
    auto capturer = make("static");
    ASSERT_TRUE(capturer->captureFrame().ok());
    for (int i = 0; i < 60; ++i) {
        auto capture = capturer->captureFrame();
        ASSERT_TRUE(capture.ok());
        EXPECT_TRUE(capture->damage.isEmpty());
    }
}

TEST(SyntheticCapturerTest, IdleClockTicksOncePerSecondInTheTaskbar)
{
    auto capturer = make("idle");
    ASSERT_TRUE(capturer->captureFrame().ok());
    int ticks = 0;
    for (int i = 1; i <= 90; ++i) {
        const base::Frame before = capturer->frame();
        auto capture = capturer->captureFrame();
        ASSERT_TRUE(capture.ok());
        if (capture->damage.isEmpty()) {
            EXPECT_TRUE(before == capturer->frame());
            continue;
        }
        ++ticks;
        EXPECT_GE(capture->damage.boundingRect().y, 600 - 40) << "only the taskbar changes";
        EXPECT_FALSE(before == capturer->frame()) << "the clock shows a new second";
    }
    EXPECT_EQ(ticks, 3);
}

TEST(SyntheticCapturerTest, DamageCoversEveryChangedPixel)
{
    for (const char* scene : {"typing", "scrolling", "window-drag", "video", "full-motion"}) {
        auto capturer = make(scene);
        ASSERT_TRUE(capturer->captureFrame().ok());
        for (int i = 0; i < 40; ++i) {
            const base::Frame before = capturer->frame();
            auto capture = capturer->captureFrame();
            ASSERT_TRUE(capture.ok());
            const base::Frame& after = capturer->frame();
            for (std::int32_t y = 0; y < after.height(); ++y) {
                for (std::int32_t x = 0; x < after.width(); ++x) {
                    if (before.pixel(x, y) != after.pixel(x, y)) {
                        ASSERT_TRUE(capture->damage.contains({x, y})) << scene << " " << x << "," << y;
                    }
                }
            }
        }
    }
}

TEST(SyntheticCapturerTest, EverySceneRunsAtAnySize)
{
    for (const char* scene : {"static", "idle", "typing", "scrolling", "window-drag", "video", "full-motion"}) {
        for (const base::Size size : {base::Size{1, 1}, base::Size{64, 48}, base::Size{160, 128}, base::Size{3840, 1080}}) {
            auto capturer = make(scene, size);
            for (int i = 0; i < 40; ++i) ASSERT_TRUE(capturer->captureFrame().ok()) << scene;
            EXPECT_EQ(capturer->frame().size(), size);
        }
    }
}

TEST(SyntheticCapturerTest, ScenesAreDeterministic)
{
    auto a = make("video");
    auto b = make("video");
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(a->captureFrame().ok());
        ASSERT_TRUE(b->captureFrame().ok());
    }
    EXPECT_TRUE(a->frame() == b->frame());
}

TEST(SyntheticCapturerTest, OneMonitorOfTwoIsCapturedAlone)
{
    auto capturer = make("idle", {1600, 600});
    capturer->screen().setLayout(
        DisplayLayout{{1600, 600}, {Monitor{"left", {0, 0, 800, 600}, true}, Monitor{"right", {800, 0, 800, 600}, false}}});
    ASSERT_TRUE(capturer->selectMonitor(1).ok());
    auto capture = capturer->captureFrame();
    ASSERT_TRUE(capture.ok());
    EXPECT_TRUE(capture->layoutChanged);
    ASSERT_EQ(capturer->frame().size(), (base::Size{800, 600}));
    for (std::int32_t y = 0; y < 600; y += 37) {
        for (std::int32_t x = 0; x < 800; x += 41) {
            ASSERT_EQ(capturer->frame().pixel(x, y), capturer->screen().frame().pixel(800 + x, y));
        }
    }
    EXPECT_FALSE(capturer->selectMonitor(2).ok());
}

TEST(SyntheticCapturerTest, LosingTheSelectedMonitorFallsBackToTheDesktop)
{
    auto capturer = make("idle", {1600, 600});
    capturer->screen().setLayout(
        DisplayLayout{{1600, 600}, {Monitor{"left", {0, 0, 800, 600}, true}, Monitor{"right", {800, 0, 800, 600}, false}}});
    ASSERT_TRUE(capturer->selectMonitor(1).ok());
    ASSERT_TRUE(capturer->captureFrame().ok());
    capturer->screen().setLayout(DisplayLayout{{1024, 768}, {Monitor{"only", {0, 0, 1024, 768}, true}}});
    auto capture = capturer->captureFrame();
    ASSERT_TRUE(capture.ok());
    EXPECT_TRUE(capture->layoutChanged);
    EXPECT_EQ(capturer->selectedMonitor(), kAllMonitors);
    EXPECT_EQ(capturer->frame().size(), (base::Size{1024, 768}));
}

TEST(SyntheticCapturerTest, FactoryPicksBackendsByName)
{
    CapturerOptions options;
    options.backend = "synthetic";
    options.scene = "typing";
    options.size = {320, 200};
    auto capturer = createScreenCapturer(options);
    ASSERT_TRUE(capturer.ok());
    ASSERT_TRUE((*capturer)->captureFrame().ok());
    EXPECT_EQ((*capturer)->frame().size(), (base::Size{320, 200}));

    options.scene = "no-such-scene";
    auto bad = createScreenCapturer(options);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, base::ErrorCode::kInvalidArgument);
    options.backend = "wayland";
    EXPECT_EQ(createScreenCapturer(options).error().code, base::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace lifeline::capture
