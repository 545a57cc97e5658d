#include <gtest/gtest.h>

#define XK_MISCELLANY
#include <X11/keysymdef.h>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/input_injector.h"
#include "core/input/synthetic/synthetic_injector.h"

namespace lifeline::input {
namespace {

TEST(SyntheticInjectorTest, ClickPaintsTheNextFrame)
{
    auto scene = capture::makeScene("static", 1);
    capture::SyntheticCapturer capturer({320, 200}, std::move(scene).value());
    ASSERT_TRUE(capturer.captureFrame().ok());
    auto injector = createInputInjector(InjectorOptions{"synthetic", {}, &capturer.screen()});
    ASSERT_TRUE(injector.ok());
    ASSERT_TRUE((*injector)->movePointer({100, 50}).ok());
    EXPECT_EQ(capturer.cursor().position, (base::Point{100, 50}));
    ASSERT_TRUE((*injector)->button(3, true).ok());
    EXPECT_EQ((*injector)->heldCount(), 1);
    auto capture = capturer.captureFrame();
    ASSERT_TRUE(capture.ok());
    EXPECT_TRUE(capture->damage.contains({100, 50}));
    EXPECT_EQ(capturer.frame().pixel(100, 50), SyntheticInjector::buttonColour(3));
    (*injector)->releaseAll();
    EXPECT_EQ((*injector)->heldCount(), 0);
}

TEST(SyntheticInjectorTest, TypingPaintsCharacters)
{
    capture::SyntheticCapturer capturer({320, 200}, nullptr);
    ASSERT_TRUE(capturer.captureFrame().ok());
    SyntheticInjector injector(capturer.screen());
    const base::Frame before = capturer.frame();
    ASSERT_TRUE(injector.key('H', 0, true).ok());
    ASSERT_TRUE(injector.key('H', 0, false).ok());
    ASSERT_TRUE(injector.key(XK_Return, 0, true).ok());  // no character: nothing painted
    ASSERT_TRUE(injector.key(XK_Return, 0, false).ok());
    auto capture = capturer.captureFrame();
    ASSERT_TRUE(capture.ok());
    EXPECT_FALSE(capturer.frame() == before);
    EXPECT_EQ(capture->damage.boundingRect(), (base::Rect{4, 4, 8, 16}));
    EXPECT_FALSE(injector.key(0, 0, true).ok());
}

TEST(SyntheticInjectorTest, FactoryRefusesMissingScreenAndUnknownBackend)
{
    EXPECT_EQ(createInputInjector(InjectorOptions{"synthetic", {}, nullptr}).error().code,
        base::ErrorCode::kInvalidArgument);
    EXPECT_EQ(createInputInjector(InjectorOptions{"wayland", {}, nullptr}).error().code,
        base::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace lifeline::input
