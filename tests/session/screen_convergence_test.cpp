// The picture always converges: whatever happens to wake-ups, answers or frames, a change on
// the shared screen reaches the viewer within a bounded time (docs/architecture.md, "The
// picture always converges"). The capturer here plays X11 as xcb delivers it, which is
// where the real desktop froze.
#include <gtest/gtest.h>

#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <functional>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "session/screen_sharer.h"
#include "session/screen_viewer.h"
#include "support/wait.h"

namespace lifeline::session {
namespace {

using protocol::TrafficClass;

// A synthetic screen behind an X server's event semantics: DAMAGE reports once when the
// damaged region becomes non-empty (XCB_DAMAGE_REPORT_LEVEL_NON_EMPTY) and not again until
// a capture empties it; the report is a byte on the event descriptor. Any request the
// capturer makes (cursor()) reads the descriptor into the library's own queue, as xcb does
// while it waits for a reply, so the descriptor goes quiet.
class XLikeCapturer final : public capture::ScreenCapturer
{
public:
    explicit XLikeCapturer(base::Size size) : m_inner(size, capture::makeScene("static", 1).value())
    {
        EXPECT_EQ(::pipe2(m_pipe, O_NONBLOCK | O_CLOEXEC), 0);
    }
    ~XLikeCapturer() override
    {
        ::close(m_pipe[0]);
        ::close(m_pipe[1]);
    }

    // Draws a rectangle on the screen and reports it the way the server would.
    void draw(const base::Rect& r, std::uint32_t pixel)
    {
        m_inner.screen().fill(r, pixel);
        if (!m_serverDamage) {
            m_serverDamage = true;
            const char event = 'D';
            EXPECT_EQ(::write(m_pipe[1], &event, 1), 1);
        }
    }
    // The next request finds this drawn while it waited for its reply.
    void drawDuringNextRequest(const base::Rect& r, std::uint32_t pixel)
    {
        m_duringRequest = [this, r, pixel] { draw(r, pixel); };
    }
    const base::Frame& screen() { return m_inner.screen().frame(); }

    capture::DisplayLayout layout() const override { return m_inner.layout(); }
    base::Status selectMonitor(int index) override { return m_inner.selectMonitor(index); }
    int selectedMonitor() const override { return m_inner.selectedMonitor(); }
    int eventFd() const override { return m_pipe[0]; }
    bool hasPendingDamage() override
    {
        readDescriptor();
        return m_queued > 0 || m_first;
    }
    base::Result<capture::Capture> captureFrame() override
    {
        readDescriptor();
        m_queued = 0;
        m_serverDamage = false;  // DamageSubtract: the next drawing reports again
        m_first = false;
        return m_inner.captureFrame();
    }
    const base::Frame& frame() const override { return m_inner.frame(); }
    capture::CursorState cursor() override
    {
        if (m_duringRequest) std::exchange(m_duringRequest, {})();
        readDescriptor();
        return m_inner.cursor();
    }
    const capture::CursorShape& cursorShape() override { return m_inner.cursorShape(); }

private:
    void readDescriptor()
    {
        char buffer[64];
        for (ssize_t n; (n = ::read(m_pipe[0], buffer, sizeof buffer)) > 0;) m_queued += int(n);
    }

    capture::SyntheticCapturer m_inner;
    int m_pipe[2] = {-1, -1};
    bool m_serverDamage = false;
    bool m_first = true;
    int m_queued = 0;
    std::function<void()> m_duringRequest;
};

// Sharer and viewer joined by a wire that delivers on the next event-loop turn and can lose
// or break what it carries, the way a bug anywhere between the two ends would.
struct Loop
{
    XLikeCapturer* capturer = nullptr;
    std::unique_ptr<ScreenSharer> sharer;
    std::unique_ptr<ScreenViewer> viewer;
    std::function<bool(v1::Envelope&)> toViewer = [](v1::Envelope&) { return true; };  // false: lost
    std::function<bool(v1::Envelope&)> toSharer = [](v1::Envelope&) { return true; };

    Loop()
    {
        auto owned = std::make_unique<XLikeCapturer>(base::Size{320, 200});
        capturer = owned.get();
        sharer = std::make_unique<ScreenSharer>(std::move(owned), [this](const v1::Envelope& e, TrafficClass) {
            v1::Envelope copy = e;
            if (toViewer(copy)) QTimer::singleShot(0, viewer.get(), [this, copy] { viewer->handle(copy); });
            return base::Status{};
        });
        viewer = std::make_unique<ScreenViewer>([this](const v1::Envelope& e, TrafficClass) {
            v1::Envelope copy = e;
            if (toSharer(copy)) QTimer::singleShot(0, sharer.get(), [this, copy] { sharer->handle(copy); });
            return base::Status{};
        });
        sharer->setMaxFps(60);
    }
    // Does `act` to the next video frame only (act returns false: the frame is lost);
    // nextFrameDone says whether that frame came.
    void onNextVideoFrame(std::function<bool(v1::Envelope&)> act)
    {
        nextFrameDone = false;
        toViewer = [this, act = std::move(act)](v1::Envelope& e) {
            if (nextFrameDone || !e.has_video_frame()) return true;
            nextFrameDone = true;
            return act(e);
        };
    }
    bool nextFrameDone = true;

    bool matches() const { return viewer->framebuffer() == capturer->screen(); }
    bool convergesWithin(int ms)
    {
        return test::waitUntil([&] { return matches(); }, ms);
    }
};

TEST(ScreenConvergenceTest, DamageReadWhileThePointerIsQueriedStillReachesTheViewer)
{
    // The freeze seen on real X11 desktops: the cursor poll's reply brought the only DAMAGE
    // report into xcb's queue; nothing looked there, and no report came again.
    Loop loop;
    loop.sharer->start();
    ASSERT_TRUE(loop.convergesWithin(2000));
    test::spinFor(100);  // idle: nothing in flight, no capture due
    loop.capturer->drawDuringNextRequest({10, 10, 50, 30}, 0xCC2200);
    ASSERT_TRUE(test::waitUntil([&] { return loop.viewer->framebuffer().pixel(20, 20) == 0xCC2200; }, 1000))
        << "the change never reached the viewer";
    // Later changes come through the notifier as before.
    loop.capturer->draw({100, 100, 40, 40}, 0x00AA33);
    EXPECT_TRUE(loop.convergesWithin(1000));
    EXPECT_EQ(loop.sharer->recoveries(), 0u) << "reached only through the watchdog";
}

TEST(ScreenConvergenceTest, BrokenFrameOnAnIdleScreenIsRepairedWithoutAnotherChange)
{
    Loop loop;
    loop.sharer->start();
    ASSERT_TRUE(loop.convergesWithin(2000));
    loop.onNextVideoFrame([](v1::Envelope& e) {
        std::string data = e.video_frame().data();
        data.resize(data.size() / 2);
        e.mutable_video_frame()->set_data(data);
        return true;
    });
    loop.capturer->draw({40, 40, 64, 64}, 0x3355FF);  // the last change for a while
    EXPECT_TRUE(loop.convergesWithin(1000)) << "the key frame waited for the next change";
    EXPECT_TRUE(loop.nextFrameDone);
    EXPECT_EQ(loop.viewer->recoveries(), 0u);
}

TEST(ScreenConvergenceTest, FrameThatIsNeverAnsweredIsResentAsAKeyFrameAndCounted)
{
    Loop loop;
    loop.sharer->start();
    ASSERT_TRUE(loop.convergesWithin(2000));
    loop.onNextVideoFrame([](v1::Envelope&) { return false; });  // gone: no answer will come for it
    loop.capturer->draw({0, 0, 80, 80}, 0x112233);
    test::spinFor(500);
    EXPECT_FALSE(loop.matches());
    EXPECT_EQ(loop.sharer->framesInFlight(), 1);
    ASSERT_TRUE(loop.convergesWithin(ScreenSharer::kMinAckTimeoutMs + 1500)) << "the sharer waited forever";
    EXPECT_EQ(loop.sharer->recoveries(), 1u);
    ASSERT_TRUE(test::waitUntil([&] { return loop.viewer->recoveries() == 1; }))
        << "the count reaches the viewer with the next frame";
}

TEST(ScreenConvergenceTest, ALinkThatAnswersNothingIsNotFloodedWithKeyFrames)
{
    // A link that delivers nothing (far slower than anything the timeouts expect): the first
    // resync comes after kMinAckTimeoutMs, the next only after twice that.
    Loop loop;
    loop.sharer->start();
    ASSERT_TRUE(loop.convergesWithin(2000));
    loop.toViewer = [](v1::Envelope& e) { return !e.has_video_frame(); };
    loop.capturer->draw({0, 0, 40, 40}, 0x445566);
    ASSERT_TRUE(test::waitUntil([&] { return loop.sharer->recoveries() == 1; }, ScreenSharer::kMinAckTimeoutMs + 1000));
    test::spinFor(int(ScreenSharer::kMinAckTimeoutMs) + 1000);
    EXPECT_EQ(loop.sharer->recoveries(), 1u) << "the second wait is twice as long";
    EXPECT_LE(loop.sharer->framesInFlight(), ScreenSharer::kMaxFramesInFlight);
}

TEST(ScreenConvergenceTest, ViewerAsksAgainWhenTheKeyFrameItAskedForNeverComes)
{
    Loop loop;
    loop.sharer->start();
    ASSERT_TRUE(loop.convergesWithin(2000));
    loop.onNextVideoFrame([](v1::Envelope& e) {
        e.mutable_video_frame()->set_data(std::string(7, '\x5A'));
        return true;
    });
    loop.toSharer = [](v1::Envelope& e) { return !(e.has_video_ack() && e.video_ack().decode_failed()); };
    loop.capturer->draw({200, 20, 30, 30}, 0xFFEE00);
    test::spinFor(1000);
    EXPECT_FALSE(loop.matches());
    ASSERT_TRUE(loop.convergesWithin(ScreenViewer::kKeyFrameRetryMs + 1500));
    EXPECT_EQ(loop.viewer->recoveries(), 1u);
}

}  // namespace
}  // namespace lifeline::session
