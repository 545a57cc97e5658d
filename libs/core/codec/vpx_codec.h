#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/codec/lossless_codec.h"
#include "core/codec/scroll_detector.h"
#include "core/codec/tile_differ.h"
#include "core/codec/video_codec.h"

namespace lifeline::codec {

struct VpxOptions
{
    Codec codec = Codec::kVp8;      // kVp8 or kVp9
    std::int32_t targetKbps = 0;    // CBR target; 0: 3 bits per pixel per second (1080p: 6.2 Mbit/s)
    std::int32_t threads = 2;       // the applet's machine is not ours to take over
    // A region repainted lossy is repainted lossless once it has not changed for this many
    // frames (10 frames: a third of a second at 30 fps).
    std::int32_t stillFramesBeforeRefresh = 10;
    // At most this many 32×32 tiles of lossless refresh per update, so a refresh after a
    // video stops never delays the next frame by much.
    std::int32_t maxRefreshTilesPerFrame = 512;
    // "Automatic": only tiles that look like video go through VP8/VP9 — changed in at least
    // 3 of the last 4 updates and of more than kVideoColours colours; text and user
    // interface (few colours, or changed once) go lossless at once, as in Standard.
    bool automatic = false;
};

// "Performance" mode: VP8 or VP9 (libvpx, real time, CBR, screen-content tuning, no frame
// dropping, key frames only on request) for what moves, and the lossless codec for what
// stops moving — "lossy while moving, lossless when still". Only the tiles the differ finds
// changed are active in the libvpx active map and converted to I420 (libyuv).
// With VpxOptions::automatic it keeps text and user interface lossless and uses VP8/VP9
// only where video-like motion is (the default "Automatic" quality).
// The update format is in docs/protocol.md, "VP8/VP9 picture stream".
// Thread: as VideoEncoder; libvpx runs its own worker threads inside encode().
class VpxEncoder final : public VideoEncoder
{
public:
    // A 32×32 tile with more distinct colours than this is picture-like (video, photos),
    // not text or interface (which anti-aliasing keeps to a few dozen at most).
    static constexpr int kVideoColours = 48;

    explicit VpxEncoder(VpxOptions options = {});
    ~VpxEncoder() override;

    Codec codec() const override { return m_options.codec; }
    base::Result<EncodedFrame> encode(const base::Frame& current, const base::Region& damage) override;
    void requestKeyFrame() override { m_needKeyFrame = true; }
    bool hasPendingWork() const override;

private:
    struct Vpx;

    base::Status start(base::Size size);
    base::Result<std::vector<std::uint8_t>> encodeVpx(const base::Frame& current,
        const std::vector<base::Rect>& changed, bool key);

    VpxOptions m_options;
    TileDiffer m_differ;
    LosslessEncoder m_lossless;
    std::unique_ptr<Vpx> m_vpx;
    base::Frame m_reference;               // the source as last encoded
    std::vector<std::int64_t> m_lossySince;  // per tile: frame it was last sent lossy, -1 if sharp
    std::vector<std::uint8_t> m_changedIn;   // automatic: per tile, bit k = changed k updates ago
    std::int64_t m_frame = 0;
    ScrollBackoff m_scrollBackoff;
    bool m_needKeyFrame = true;
};

class VpxDecoder final : public VideoDecoder
{
public:
    VpxDecoder();
    ~VpxDecoder() override;

    base::Result<base::Region> decode(std::span<const std::uint8_t> data, base::Frame& framebuffer) override;

private:
    struct Vpx;

    std::unique_ptr<Vpx> m_vpx;
    LosslessDecoder m_lossless;
    Codec m_codec = Codec::kVp8;
    bool m_ready = false;
};

}  // namespace lifeline::codec
