// ScreenSharer and ScreenViewer talking through an in-process link: pacing, idle cost,
// chunking, mode changes and recovery, without a relay in between (tests/e2e has that).
#include <gtest/gtest.h>

#include <QTimer>

#include <deque>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/codec/colour.h"
#include "core/codec/quality.h"
#include "session/screen_sharer.h"
#include "session/screen_viewer.h"
#include "support/wait.h"

namespace lifeline::session {
namespace {

using protocol::TrafficClass;

// Delivers each message on the next event-loop turn, in order, like a link would, and
// counts what went by. Delivery to the viewer can be held to play a slow link.
struct Wire
{
    std::unique_ptr<ScreenSharer> sharer;
    std::unique_ptr<ScreenViewer> viewer;
    capture::SyntheticCapturer* capturer = nullptr;
    std::vector<v1::Envelope> toViewer;  // everything the sharer sent, for assertions
    std::deque<v1::Envelope> held;
    bool holdVideo = false;
    bool corruptNext = false;

    explicit Wire(const char* scene, base::Size size = {640, 400})
    {
        auto made = capture::makeScene(scene, 3);
        EXPECT_TRUE(made.ok());
        auto owned = std::make_unique<capture::SyntheticCapturer>(size, std::move(made).value());
        capturer = owned.get();
        sharer = std::make_unique<ScreenSharer>(std::move(owned), [this](const v1::Envelope& e, TrafficClass) {
            toViewer.push_back(e);
            v1::Envelope copy = e;
            if (corruptNext && copy.has_video_frame()) {
                corruptNext = false;
                std::string data = copy.video_frame().data();
                data[data.size() / 2] ^= 0x5A;
                data.resize(data.size() - 3);
                copy.mutable_video_frame()->set_data(data);
            }
            if (holdVideo && copy.has_video_frame()) {
                held.push_back(copy);
            } else {
                QTimer::singleShot(0, viewer.get(), [this, copy] { viewer->handle(copy); });
            }
            return base::Status{};
        });
        viewer = std::make_unique<ScreenViewer>([this](const v1::Envelope& e, TrafficClass) {
            QTimer::singleShot(0, sharer.get(), [this, e] { sharer->handle(e); });
            return base::Status{};
        });
    }

    std::size_t videoFrames() const
    {
        std::size_t n = 0;
        for (const auto& e : toViewer) n += e.has_video_frame() && !e.video_frame().more_chunks();
        return n;
    }
    void release()
    {
        while (!held.empty()) {
            viewer->handle(held.front());
            held.pop_front();
        }
    }
    // Stops capturing and waits until every frame sent has been acknowledged.
    bool settle()
    {
        sharer->stop();
        return test::waitUntil([&] { return sharer->framesInFlight() == 0; });
    }
};

TEST(ScreenSessionTest, ViewerPictureEqualsTheSharedScreen)
{
    Wire wire("typing");
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= 20; }));
    ASSERT_TRUE(wire.settle());
    EXPECT_TRUE(wire.viewer->framebuffer() == wire.capturer->frame());
    EXPECT_EQ(wire.viewer->layout().desktop_width(), 640);
    EXPECT_EQ(wire.viewer->cursorShape().serial(), wire.capturer->cursorShape().serial);
}

TEST(ScreenSessionTest, AtMostTwoFramesAreInFlight)
{
    Wire wire("video");
    wire.holdVideo = true;  // the viewer gets nothing: no acks come back
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    test::spinFor(400);
    EXPECT_EQ(wire.videoFrames(), std::size_t(ScreenSharer::kMaxFramesInFlight));
    EXPECT_EQ(wire.sharer->framesInFlight(), ScreenSharer::kMaxFramesInFlight);
    // The link recovers: the picture catches up and frames flow again.
    wire.holdVideo = false;
    wire.release();
    ASSERT_TRUE(test::waitUntil([&] { return wire.videoFrames() >= 6; }));
    ASSERT_TRUE(wire.settle());
    // Automatic sends this moving video through VP8: close, not exact (settle() stopped
    // sharing before the lossless refresh).
    EXPECT_GE(codec::psnr(wire.viewer->framebuffer(), wire.capturer->frame()), 35.0);
}

TEST(ScreenSessionTest, IdleScreenSendsNoVideo)
{
    Wire wire("static");
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() == 1; }));
    const qint64 bytes = wire.sharer->bytesSent();
    test::spinFor(500);
    EXPECT_EQ(wire.videoFrames(), 1u);
    EXPECT_EQ(wire.sharer->bytesSent(), bytes);
}

TEST(ScreenSessionTest, LargeKeyFrameTravelsInChunksAndDecodes)
{
    Wire wire("full-motion", {1280, 720});
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= 1; }));
    std::size_t chunks = 0;
    for (const auto& e : wire.toViewer) {
        if (e.has_video_frame() && e.video_frame().frame_id() == 1) {
            ++chunks;
            EXPECT_LE(e.video_frame().data().size(), ScreenSharer::kChunkBytes);
        }
    }
    EXPECT_GT(chunks, 4u);
    ASSERT_TRUE(wire.settle());
    EXPECT_TRUE(wire.viewer->framebuffer() == wire.capturer->frame());
}

TEST(ScreenSessionTest, PerformanceModeAndBackToStandard)
{
    Wire wire("window-drag");
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= 3; }));
    ASSERT_TRUE(wire.viewer->requestQuality(v1::QUALITY_MODE_PERFORMANCE, v1::VIDEO_CODEC_VP9).ok());
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->lastCodec() == codec::Codec::kVp9; }));
    const quint64 decoded = wire.viewer->framesDecoded();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= decoded + 5; }));
    ASSERT_TRUE(wire.viewer->requestQuality(v1::QUALITY_MODE_STANDARD).ok());
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->lastCodec() == codec::Codec::kLossless; }));
    ASSERT_TRUE(wire.settle());
    EXPECT_TRUE(wire.viewer->framebuffer() == wire.capturer->frame()) << "standard mode is exact";
}

TEST(ScreenSessionTest, AutomaticIsTheDefaultAndTheFramesSaySo)
{
    Wire wire("typing");
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= 10; }));
    EXPECT_EQ(wire.viewer->lastQuality(), v1::QUALITY_MODE_AUTOMATIC);
    ASSERT_TRUE(wire.settle());
    EXPECT_TRUE(wire.viewer->framebuffer() == wire.capturer->frame()) << "typed text is exact";
}

TEST(ScreenSessionTest, ColourDepthRequestIsHonoured)
{
    Wire wire("idle");
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= 1; }));
    ASSERT_TRUE(wire.viewer->requestQuality(v1::QUALITY_MODE_STANDARD).ok());  // depth is Standard's
    ASSERT_TRUE(wire.viewer->requestColourDepth(8).ok());
    const quint64 decoded = wire.viewer->framesDecoded();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() > decoded; }));
    ASSERT_TRUE(wire.settle());
    base::Frame expected = wire.capturer->frame();
    for (std::uint32_t& p : expected.pixels()) p = codec::quantise(p, codec::ColourDepth::k8);
    EXPECT_TRUE(wire.viewer->framebuffer() == expected);
    EXPECT_FALSE(wire.viewer->requestColourDepth(12).ok());
}

TEST(ScreenSessionTest, MonitorRequestSharesOneMonitor)
{
    Wire wire("idle", {1280, 400});
    wire.capturer->screen().setLayout(capture::DisplayLayout{
        {1280, 400}, {capture::Monitor{"A", {0, 0, 640, 400}, true}, capture::Monitor{"B", {640, 0, 640, 400}, false}}});
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->layout().monitors_size() == 2; }));
    ASSERT_TRUE(wire.viewer->requestMonitor(1).ok());
    ASSERT_TRUE(test::waitUntil([&] {
        return wire.viewer->layout().shared_monitor() == 1 && wire.viewer->framebuffer().width() == 640;
    }));
    ASSERT_TRUE(wire.settle());
    EXPECT_TRUE(wire.viewer->framebuffer() == wire.capturer->frame());
}

TEST(ScreenSessionTest, CorruptFrameAsksForOneKeyFrameAndRecovers)
{
    Wire wire("typing");
    wire.sharer->setMaxFps(60);
    wire.sharer->start();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() >= 3; }));
    int failures = 0;
    QObject::connect(wire.viewer.get(), &ScreenViewer::decodeFailed, [&] { ++failures; });
    wire.corruptNext = true;
    ASSERT_TRUE(test::waitUntil([&] { return failures >= 1; }));
    ASSERT_TRUE(test::waitUntil([&] {
        std::size_t keys = 0;
        for (const auto& e : wire.toViewer) keys += e.has_video_frame() && e.video_frame().key_frame() && !e.video_frame().more_chunks();
        return keys >= 2;
    }));
    const quint64 decoded = wire.viewer->framesDecoded();
    ASSERT_TRUE(test::waitUntil([&] { return wire.viewer->framesDecoded() > decoded + 2; }));
    ASSERT_TRUE(wire.settle());
    EXPECT_TRUE(wire.viewer->framebuffer() == wire.capturer->frame());
    EXPECT_EQ(failures, 1);
}

TEST(ScreenSessionTest, HostileCursorShapeIsIgnored)
{
    ScreenViewer viewer([](const v1::Envelope&, TrafficClass) { return base::Status{}; });
    v1::Envelope e;
    v1::CursorShape* shape = e.mutable_cursor_shape();
    shape->set_serial(9);
    shape->set_width(100000);
    shape->set_height(100000);
    shape->set_argb("xx");
    EXPECT_TRUE(viewer.handle(e));
    EXPECT_EQ(viewer.cursorShape().serial(), 0u);
}

TEST(ScreenSessionTest, HostileRecoveryCountAndQualityAreOnlyShown)
{
    // A customer's end sends frames that are not frames, with an unknown quality and the
    // largest recovery count: nothing is decoded, the unknown mode is not taken, the count
    // is only a number, and the viewer answers (no stall).
    int answers = 0;
    ScreenViewer viewer([&](const v1::Envelope& e, TrafficClass) {
        answers += e.has_video_ack();
        return base::Status{};
    });
    v1::Envelope e;
    v1::VideoFrame* frame = e.mutable_video_frame();
    frame->set_frame_id(1);
    frame->set_codec(v1::VIDEO_CODEC_LOSSLESS);
    frame->set_data("not a picture");
    frame->set_recoveries(0xFFFFFFFFu);
    frame->set_quality(v1::QualityMode(77));
    EXPECT_TRUE(viewer.handle(e));
    EXPECT_EQ(viewer.framesDecoded(), 0u);
    EXPECT_EQ(viewer.lastQuality(), v1::QUALITY_MODE_UNSPECIFIED);
    EXPECT_EQ(viewer.recoveries(), 0xFFFFFFFFull);
    EXPECT_EQ(answers, 1);
}

}  // namespace
}  // namespace lifeline::session
