// Screen sharing from a real X server (a private Xvfb): the sharer is woken by DAMAGE
// events, not by a timer, and the viewer's picture follows what is drawn.
#include <gtest/gtest.h>

#include <QTimer>

#include "core/capture/x11/x11_screen_capturer.h"
#include "session/screen_sharer.h"
#include "session/screen_viewer.h"
#include "support/wait.h"
#include "support/x11_painter.h"
#include "support/xvfb_server.h"

namespace lifeline::session {
namespace {

using base::Rect;
using protocol::TrafficClass;

TEST(X11SharingTest, DrawingOnTheScreenReachesTheViewerAndIdleSendsNothing)
{
    testing::XvfbServer server("800x600x24");
    ASSERT_TRUE(server.ok()) << server.error();
    testing::X11Painter painter(server.display());
    ASSERT_TRUE(painter.ok());
    painter.fill(Rect{0, 0, 800, 600}, 0x203040);
    auto capturer = capture::X11ScreenCapturer::open(server.display());
    ASSERT_TRUE(capturer.ok()) << capturer.error().toString();

    std::unique_ptr<ScreenViewer> viewer;
    std::size_t videoMessages = 0;
    ScreenSharer sharer(std::move(capturer).value(), [&](const v1::Envelope& e, TrafficClass) {
        videoMessages += e.has_video_frame();
        QTimer::singleShot(0, viewer.get(), [&, e] { viewer->handle(e); });
        return base::Status{};
    });
    viewer = std::make_unique<ScreenViewer>([&](const v1::Envelope& e, TrafficClass) {
        QTimer::singleShot(0, &sharer, [&, e] { sharer.handle(e); });
        return base::Status{};
    });
    sharer.setMaxFps(60);
    sharer.start();
    ASSERT_TRUE(test::waitUntil([&] { return viewer->framesDecoded() >= 1; }));
    EXPECT_EQ(viewer->framebuffer().size(), (base::Size{800, 600}));
    EXPECT_EQ(viewer->framebuffer().pixel(10, 10), 0x203040u);

    for (std::uint32_t i = 0; i < 5; ++i) {
        const Rect r{std::int32_t(50 + 120 * i), std::int32_t(40 + 90 * i), 100, 70};
        const std::vector<std::uint32_t> pattern = testing::X11Painter::randomPixels(r, i);
        painter.put(r, pattern);
        ASSERT_TRUE(test::waitUntil([&] {
            return viewer->framebuffer().pixel(r.x, r.y) == pattern.front()
                && viewer->framebuffer().pixel(r.right() - 1, r.bottom() - 1) == pattern.back();
        })) << "drawing " << i << " did not reach the viewer";
    }
    ASSERT_TRUE(test::waitUntil([&] { return sharer.framesInFlight() == 0; }));
    EXPECT_TRUE(viewer->framebuffer() == sharer.capturer().frame());

    // Nothing drawn: nothing sent, although the sharer keeps running.
    test::spinFor(200);
    const std::size_t before = videoMessages;
    test::spinFor(500);
    EXPECT_EQ(videoMessages, before);

    painter.warpPointer({321, 123});
    ASSERT_TRUE(test::waitUntil([&] {
        return viewer->cursorPosition().x() == 321 && viewer->cursorPosition().y() == 123;
    }));
    sharer.stop();
}

}  // namespace
}  // namespace lifeline::session
