#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/codec/lossless_codec.h"
#include "core/codec/quality.h"
#include "core/codec/vpx_codec.h"

namespace lifeline::codec {
namespace {

using base::ErrorCode;
using base::Frame;
using base::Region;

class VpxCodecTest : public ::testing::TestWithParam<Codec>
{
protected:
    VpxOptions options() const
    {
        VpxOptions o;
        o.codec = GetParam();
        return o;
    }
};

TEST_P(VpxCodecTest, EverySceneDecodesAboveThirtyFiveDecibels)
{
    for (const char* name : {"idle", "typing", "scrolling", "window-drag", "video", "full-motion"}) {
        auto scene = capture::makeScene(name, 5);
        ASSERT_TRUE(scene.ok());
        capture::SyntheticCapturer capturer({640, 400}, std::move(scene).value());
        VpxEncoder encoder(options());
        VpxDecoder decoder;
        Frame viewer;
        double worst = INFINITY;
        for (int i = 0; i < 40; ++i) {
            auto captured = capturer.captureFrame();
            ASSERT_TRUE(captured.ok());
            auto encoded = encoder.encode(capturer.frame(), captured->damage);
            ASSERT_TRUE(encoded.ok()) << encoded.error().toString();
            if (!encoded->data.empty()) {
                auto decoded = decoder.decode(encoded->data, viewer);
                ASSERT_TRUE(decoded.ok()) << name << " frame " << i << ": " << decoded.error().toString();
            }
            worst = std::min(worst, psnr(viewer, capturer.frame()));
        }
        EXPECT_GE(worst, 35.0) << name;
    }
}

TEST_P(VpxCodecTest, StillPictureIsRefreshedLosslessAndThenExact)
{
    auto scene = capture::makeScene("video", 9);
    ASSERT_TRUE(scene.ok());
    capture::SyntheticCapturer capturer({480, 320}, std::move(scene).value());
    VpxEncoder encoder(options());
    VpxDecoder decoder;
    Frame viewer;
    for (int i = 0; i < 15; ++i) {
        auto captured = capturer.captureFrame();
        auto encoded = encoder.encode(capturer.frame(), captured->damage);
        ASSERT_TRUE(encoded.ok());
        ASSERT_TRUE(decoder.decode(encoded->data, viewer).ok());
    }
    EXPECT_FALSE(viewer == capturer.frame()) << "moving video is sent lossy";
    // The video stops: nothing changes any more.
    std::int32_t refreshed = 0;
    for (int i = 0; i < 12; ++i) {
        auto encoded = encoder.encode(capturer.frame(), Region());
        ASSERT_TRUE(encoded.ok());
        refreshed += encoded->tiles;
        if (!encoded->data.empty()) {
            ASSERT_TRUE(decoder.decode(encoded->data, viewer).ok());
        }
    }
    EXPECT_GT(refreshed, 0);
    EXPECT_TRUE(viewer == capturer.frame()) << "PSNR " << psnr(viewer, capturer.frame());
    auto idle = encoder.encode(capturer.frame(), Region());
    ASSERT_TRUE(idle.ok());
    EXPECT_TRUE(idle->data.empty()) << "a still, sharp screen sends nothing";
}

// Automatic: text and interface exactly as Standard sends them, video through VP8/VP9.
struct AutomaticRun
{
    std::int64_t bytes = 0;
    bool everyFrameExact = true;
    double worst = INFINITY;
};

AutomaticRun runAutomatic(const char* name, Codec codec, int frames)
{
    AutomaticRun run;
    auto scene = capture::makeScene(name, 5);
    EXPECT_TRUE(scene.ok());
    capture::SyntheticCapturer capturer({640, 400}, std::move(scene).value());
    VpxOptions o;
    o.codec = codec;
    o.automatic = true;
    VpxEncoder encoder(o);
    VpxDecoder decoder;
    Frame viewer;
    for (int i = 0; i < frames; ++i) {
        auto captured = capturer.captureFrame();
        EXPECT_TRUE(captured.ok());
        auto encoded = encoder.encode(capturer.frame(), captured->damage);
        EXPECT_TRUE(encoded.ok());
        run.bytes += std::int64_t(encoded->data.size());
        if (!encoded->data.empty()) {
            EXPECT_TRUE(decoder.decode(encoded->data, viewer).ok()) << name << " frame " << i;
        }
        run.everyFrameExact = run.everyFrameExact && viewer == capturer.frame();
        run.worst = std::min(run.worst, psnr(viewer, capturer.frame()));
    }
    return run;
}

std::int64_t losslessBytes(const char* name, int frames)
{
    auto scene = capture::makeScene(name, 5);
    EXPECT_TRUE(scene.ok());
    capture::SyntheticCapturer capturer({640, 400}, std::move(scene).value());
    LosslessEncoder encoder;
    std::int64_t bytes = 0;
    for (int i = 0; i < frames; ++i) {
        auto captured = capturer.captureFrame();
        bytes += std::int64_t(encoder.encode(capturer.frame(), captured->damage)->data.size());
    }
    return bytes;
}

TEST_P(VpxCodecTest, AutomaticSendsTextSharpAtOnceAndVideoAsVideo)
{
    for (const char* text : {"typing", "scrolling", "idle"}) {
        const AutomaticRun run = runAutomatic(text, GetParam(), 40);
        EXPECT_TRUE(run.everyFrameExact) << text << ": text must never be blurred, PSNR " << run.worst;
        const std::int64_t standard = losslessBytes(text, 40);
        // The key frame carries a VP8/VP9 key picture besides the lossless one.
        EXPECT_LE(run.bytes, standard * 11 / 10 + 40000) << text << " against Standard's " << standard;
    }
    const AutomaticRun video = runAutomatic("video", GetParam(), 40);
    EXPECT_FALSE(video.everyFrameExact) << "moving video goes through the video codec";
    EXPECT_GE(video.worst, 35.0);
    EXPECT_LT(video.bytes, losslessBytes("video", 40) / 2) << "and costs far fewer bytes than lossless";
}

TEST_P(VpxCodecTest, AutomaticRepaintsATileThatWasVideoWhenTextLandsOnIt)
{
    // In every 32×32 tile one quarter plays noise (video) beside three flat grey quarters,
    // so the whole tile goes through VP8. Then the noise stops as a flat mark: the tile has
    // few colours now and goes sharp, and its grey quarters, still as VP8 left them, must
    // come sharp with it: no refresh is due for them any more.
    Frame frame({256, 128}, 0x808080);
    VpxOptions o;
    o.codec = GetParam();
    o.automatic = true;
    VpxEncoder encoder(o);
    VpxDecoder decoder;
    Frame viewer;
    std::mt19937 random(3);
    auto noise = [&] {
        Region changed;
        for (std::int32_t y = 0; y < frame.height(); y += 32) {
            for (std::int32_t x = 0; x < frame.width(); x += 32) {
                for (std::int32_t dy = 0; dy < 16; ++dy) {
                    for (std::int32_t dx = 0; dx < 16; ++dx) frame.row(y + dy)[x + dx] = random() & 0xFFFFFF;
                }
                changed.add(base::Rect{x, y, 16, 16});
            }
        }
        return changed;
    };
    for (int i = 0; i < 8; ++i) {
        auto encoded = encoder.encode(frame, noise());
        ASSERT_TRUE(encoded.ok());
        ASSERT_TRUE(decoder.decode(encoded->data, viewer).ok());
    }
    ASSERT_FALSE(viewer == frame) << "the noise went through the video codec";
    Region marks;
    for (std::int32_t y = 0; y < frame.height(); y += 32) {
        for (std::int32_t x = 0; x < frame.width(); x += 32) {
            frame.fill(base::Rect{x, y, 16, 16}, 0x202020);
            marks.add(base::Rect{x, y, 16, 16});
        }
    }
    auto encoded = encoder.encode(frame, marks);
    ASSERT_TRUE(encoded.ok());
    ASSERT_TRUE(decoder.decode(encoded->data, viewer).ok());
    for (int i = 0; i < 15; ++i) {
        auto idle = encoder.encode(frame, Region());
        ASSERT_TRUE(idle.ok());
        if (!idle->data.empty()) {
            ASSERT_TRUE(decoder.decode(idle->data, viewer).ok());
        }
    }
    EXPECT_TRUE(viewer == frame) << "PSNR " << psnr(viewer, frame);
}

TEST_P(VpxCodecTest, KeyFrameOnRequestLetsANewViewerJoin)
{
    auto scene = capture::makeScene("window-drag", 2);
    capture::SyntheticCapturer capturer({320, 240}, std::move(scene).value());
    VpxEncoder encoder(options());
    for (int i = 0; i < 5; ++i) {
        auto captured = capturer.captureFrame();
        ASSERT_TRUE(encoder.encode(capturer.frame(), captured->damage).ok());
    }
    VpxDecoder late;
    Frame viewer;
    auto captured = capturer.captureFrame();
    auto delta = encoder.encode(capturer.frame(), captured->damage);
    ASSERT_TRUE(delta.ok());
    auto refused = late.decode(delta->data, viewer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kCorruptData);
    encoder.requestKeyFrame();
    auto key = encoder.encode(capturer.frame(), Region());
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(key->keyFrame);
    ASSERT_TRUE(late.decode(key->data, viewer).ok());
    EXPECT_TRUE(viewer == capturer.frame()) << "a key frame is sharp";
}

TEST_P(VpxCodecTest, TruncatedAndFlippedUpdatesAreErrorsNotCrashes)
{
    auto scene = capture::makeScene("video", 4);
    capture::SyntheticCapturer capturer({160, 128}, std::move(scene).value());
    VpxEncoder encoder(options());
    std::vector<std::vector<std::uint8_t>> updates;
    for (int i = 0; i < 3; ++i) {
        auto captured = capturer.captureFrame();
        updates.push_back(encoder.encode(capturer.frame(), captured->damage)->data);
    }
    for (std::size_t cut = 0; cut < updates[0].size(); cut += 7) {
        VpxDecoder decoder;
        Frame viewer;
        EXPECT_FALSE(decoder.decode(std::span(updates[0]).first(cut), viewer).ok()) << cut;
    }
    std::mt19937 rng(8);
    for (int i = 0; i < 300; ++i) {
        VpxDecoder decoder;
        Frame viewer;
        for (const auto& update : updates) {
            std::vector<std::uint8_t> bad = update;
            bad[rng() % bad.size()] ^= std::uint8_t(1u << (rng() % 8));
            (void)decoder.decode(bad, viewer);  // either outcome, never a crash
            EXPECT_EQ(viewer.pixels().size(), std::size_t(viewer.width()) * std::size_t(viewer.height()));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Codecs, VpxCodecTest, ::testing::Values(Codec::kVp8, Codec::kVp9),
    [](const ::testing::TestParamInfo<Codec>& param) { return param.param == Codec::kVp8 ? "Vp8" : "Vp9"; });

}  // namespace
}  // namespace lifeline::codec
