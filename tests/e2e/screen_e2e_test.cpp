// Screen sharing end to end: a synthetic desktop on the customer end, viewed on the
// technician end through a real relay on a loopback port with real TLS.
#include <gtest/gtest.h>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/synthetic/synthetic_injector.h"
#include "session/remote_control.h"
#include "session/screen_sharer.h"
#include "session/screen_viewer.h"
#include "support/relay_harness.h"
#include "support/wait.h"

namespace lifeline::test {
namespace {

using session::ScreenSharer;
using session::ScreenViewer;

TEST(ScreenE2eTest, TechnicianSeesExactlyTheCustomersScreenAfterEveryScene)
{
    RelayHarness relay;
    auto pair = relay.makePair();
    ScreenViewer viewer(session::peerSenderFor(*pair.technician));
    QObject::connect(pair.technician.get(), &session::RelayLink::peerFrame, &viewer, [&](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        ASSERT_TRUE(envelope.ok());
        EXPECT_TRUE(viewer.handle(*envelope));
    });
    ScreenSharer* sharer = nullptr;
    QObject::connect(pair.customer.get(), &session::RelayLink::peerFrame, pair.customer.get(), [&](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        ASSERT_TRUE(envelope.ok());
        ASSERT_NE(sharer, nullptr);
        EXPECT_TRUE(sharer->handle(*envelope));
    });

    for (const char* scene : {"typing", "scrolling", "window-drag", "video", "idle"}) {
        auto made = capture::makeScene(scene, 21);
        ASSERT_TRUE(made.ok());
        auto capturer = std::make_unique<capture::SyntheticCapturer>(base::Size{1024, 640}, std::move(made).value());
        const capture::SyntheticCapturer* screen = capturer.get();
        ScreenSharer current(std::move(capturer), session::peerSenderFor(*pair.customer));
        sharer = &current;
        current.setMaxFps(60);
        v1::Envelope standard;  // exact is Standard's promise (Automatic sends video as video)
        standard.mutable_screen_control()->set_quality(v1::QUALITY_MODE_STANDARD);
        ASSERT_TRUE(current.handle(standard));
        const quint64 before = viewer.framesDecoded();
        current.start();
        ASSERT_TRUE(waitUntil([&] { return current.framesSent() >= 15 || (std::string(scene) == "idle" && current.framesSent() >= 1); }, 20000))
            << scene;
        current.stop();
        ASSERT_TRUE(waitUntil([&] { return current.framesInFlight() == 0; })) << scene;
        EXPECT_GT(viewer.framesDecoded(), before) << scene;
        EXPECT_TRUE(viewer.framebuffer() == screen->frame()) << scene;
        EXPECT_EQ(viewer.layout().desktop_width(), 1024) << scene;
        sharer = nullptr;
    }
    EXPECT_GT(relay.relay().stats().forwardedFrames, 75u);
}

TEST(ScreenE2eTest, TechniciansClickChangesTheCustomersScreenAndComesBackAsAFrame)
{
    RelayHarness relay;
    auto pair = relay.makePair();
    auto capturer = std::make_unique<capture::SyntheticCapturer>(base::Size{640, 400}, nullptr);
    capture::SyntheticCapturer* screen = capturer.get();
    ScreenSharer sharer(std::move(capturer), session::peerSenderFor(*pair.customer));
    session::RemoteControl control(std::make_unique<input::SyntheticInjector>(screen->screen()),
        session::peerSenderFor(*pair.customer), {});
    ScreenViewer viewer(session::peerSenderFor(*pair.technician));
    session::ControlSender sender(session::peerSenderFor(*pair.technician));
    QObject::connect(pair.customer.get(), &session::RelayLink::peerFrame, &sharer, [&](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        ASSERT_TRUE(envelope.ok());
        EXPECT_TRUE(sharer.handle(*envelope) || control.handle(*envelope));
    });
    QObject::connect(pair.technician.get(), &session::RelayLink::peerFrame, &viewer, [&](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        ASSERT_TRUE(envelope.ok());
        EXPECT_TRUE(viewer.handle(*envelope) || sender.handle(*envelope));
    });
    sharer.setMaxFps(60);
    sharer.start();
    control.setGranted(true);  // in the applet, the customer's answer to "allow control?"
    ASSERT_TRUE(waitUntil([&] { return viewer.framesDecoded() >= 1 && sender.isGranted(); }));
    const base::Point at{321, 123};
    ASSERT_NE(viewer.framebuffer().pixel(at.x, at.y), input::SyntheticInjector::buttonColour(1));

    ASSERT_TRUE(sender.button(at, 1, true).ok());
    ASSERT_TRUE(sender.button(at, 1, false).ok());
    ASSERT_TRUE(waitUntil([&] { return viewer.framebuffer().pixel(at.x, at.y) == input::SyntheticInjector::buttonColour(1); }))
        << "the click did not come back as a frame";
    EXPECT_EQ(control.injected(), 2u);
    ASSERT_TRUE(waitUntil([&] { return viewer.cursorPosition().x() == at.x && viewer.cursorPosition().y() == at.y; }));
    sharer.stop();
}

}  // namespace
}  // namespace lifeline::test
