#include "core/codec/vpx_codec.h"

#include <libyuv/convert.h>
#include <libyuv/convert_argb.h>
#include <vpx/vp8cx.h>
#include <vpx/vp8dx.h>
#include <vpx/vpx_decoder.h>
#include <vpx/vpx_encoder.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/codec/stream_util.h"

namespace lifeline::codec {

namespace {

using base::ErrorCode;
using base::makeError;
using base::Rect;

constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kFlagKeyFrame = 0x01;
constexpr std::size_t kHeaderSize = 10;
// Refresh and active-map granularity: 2×2 macroblocks. Smaller tiles would make the
// lossless refreshes finer but the bookkeeping of a 1080p screen 4× larger.
constexpr std::int32_t kTile = 32;

using detail::acceptableSize;
using detail::putU16;
using detail::putU32;

base::Error corrupt(const char* what)
{
    return makeError(ErrorCode::kCorruptData, std::string("vpx stream: ") + what);
}

// Converts r of frame into the I420 image (r's corner must be even: tiles are 32-aligned).
void toI420(const base::Frame& frame, const Rect& r, vpx_image_t* img)
{
    libyuv::ARGBToI420(reinterpret_cast<const std::uint8_t*>(frame.row(r.y) + r.x), frame.width() * 4,
        img->planes[VPX_PLANE_Y] + r.y * img->stride[VPX_PLANE_Y] + r.x, img->stride[VPX_PLANE_Y],
        img->planes[VPX_PLANE_U] + (r.y / 2) * img->stride[VPX_PLANE_U] + r.x / 2, img->stride[VPX_PLANE_U],
        img->planes[VPX_PLANE_V] + (r.y / 2) * img->stride[VPX_PLANE_V] + r.x / 2, img->stride[VPX_PLANE_V],
        r.width, r.height);
}

// Whether two frames of the same size hold the same pixels in r.
bool sameIn(const base::Frame& a, const base::Frame& b, const Rect& r)
{
    for (std::int32_t y = r.y; y < r.bottom(); ++y) {
        if (std::memcmp(a.row(y) + r.x, b.row(y) + r.x, std::size_t(r.width) * 4) != 0) return false;
    }
    return true;
}

// Whether the tile has more than `limit` distinct colours; stops counting there.
bool hasManyColours(const base::Frame& frame, const Rect& tile, int limit)
{
    constexpr std::size_t kSlots = 128;  // open addressing; holds limit + 1 < kSlots / 2 colours
    std::uint32_t seen[kSlots];
    bool used[kSlots] = {};
    int count = 0;
    for (std::int32_t y = tile.y; y < tile.bottom(); ++y) {
        const std::uint32_t* row = frame.row(y);
        std::uint32_t last = ~0u;
        for (std::int32_t x = tile.x; x < tile.right(); ++x) {
            const std::uint32_t p = row[x];
            if (p == last) continue;
            last = p;
            std::size_t slot = (p * 2654435761u) >> 25;  // 7 bits
            while (used[slot] && seen[slot] != p) slot = (slot + 1) % kSlots;
            if (used[slot]) continue;
            used[slot] = true;
            seen[slot] = p;
            if (++count > limit) return true;
        }
    }
    return false;
}

}  // namespace

struct VpxEncoder::Vpx
{
    vpx_codec_ctx_t codec{};
    vpx_image_t* image = nullptr;
    bool initialised = false;
    std::vector<unsigned char> activeMap;
    std::int64_t pts = 0;

    ~Vpx()
    {
        if (initialised) vpx_codec_destroy(&codec);
        if (image) vpx_img_free(image);
    }
};

struct VpxDecoder::Vpx
{
    vpx_codec_ctx_t codec{};
    bool initialised = false;

    ~Vpx()
    {
        if (initialised) vpx_codec_destroy(&codec);
    }
};

VpxEncoder::VpxEncoder(VpxOptions options)
    : m_options(options), m_differ(kTile), m_lossless(LosslessOptions{kTile, 6, false, ColourDepth::k24})
{
}

VpxEncoder::~VpxEncoder() = default;

base::Status VpxEncoder::start(base::Size size)
{
    m_vpx.reset();
    auto vpx = std::make_unique<Vpx>();
    vpx_codec_iface_t* iface = m_options.codec == Codec::kVp9 ? vpx_codec_vp9_cx() : vpx_codec_vp8_cx();
    vpx_codec_enc_cfg_t cfg{};
    if (vpx_codec_enc_config_default(iface, &cfg, 0) != VPX_CODEC_OK) {
        return makeError(ErrorCode::kInternal, "vpx: no default configuration");
    }
    cfg.g_w = unsigned(size.width);
    cfg.g_h = unsigned(size.height);
    cfg.g_timebase = {1, 30};  // one tick a frame; the pacer caps the rate at 30 fps
    cfg.g_threads = unsigned(std::max(1, m_options.threads));
    cfg.g_lag_in_frames = 0;  // real time: every frame out as it goes in
    cfg.g_pass = VPX_RC_ONE_PASS;
    cfg.rc_end_usage = VPX_CBR;
    const std::int64_t autoKbps = std::int64_t(size.width) * size.height * 4 / 1000;
    cfg.rc_target_bitrate = unsigned(m_options.targetKbps > 0 ? m_options.targetKbps : std::max<std::int64_t>(autoKbps, 500));
    cfg.rc_dropframe_thresh = 0;  // never drop: a dropped update would leave the picture stale
    cfg.rc_min_quantizer = 4;
    cfg.rc_max_quantizer = 32;
    cfg.rc_undershoot_pct = 100;
    cfg.rc_overshoot_pct = 15;
    cfg.rc_buf_initial_sz = 500;
    cfg.rc_buf_optimal_sz = 600;
    cfg.rc_buf_sz = 1000;
    cfg.kf_mode = VPX_KF_DISABLED;  // key frames only on request
    if (vpx_codec_enc_init(&vpx->codec, iface, &cfg, 0) != VPX_CODEC_OK) {
        return makeError(ErrorCode::kInternal, "vpx: encoder init failed");
    }
    vpx->initialised = true;
    if (m_options.codec == Codec::kVp9) {
        vpx_codec_control(&vpx->codec, VP8E_SET_CPUUSED, 8);
        vpx_codec_control(&vpx->codec, VP9E_SET_TUNE_CONTENT, VP9E_CONTENT_SCREEN);
        vpx_codec_control(&vpx->codec, VP9E_SET_AQ_MODE, 3);
        vpx_codec_control(&vpx->codec, VP9E_SET_ROW_MT, 1);
        vpx_codec_control(&vpx->codec, VP9E_SET_NOISE_SENSITIVITY, 0);
    } else {
        vpx_codec_control(&vpx->codec, VP8E_SET_CPUUSED, 16);
        vpx_codec_control(&vpx->codec, VP8E_SET_SCREEN_CONTENT_MODE, 1u);
        vpx_codec_control(&vpx->codec, VP8E_SET_NOISE_SENSITIVITY, 0u);
        vpx_codec_control(&vpx->codec, VP8E_SET_STATIC_THRESHOLD, 0u);
    }
    vpx->image = vpx_img_alloc(nullptr, VPX_IMG_FMT_I420, unsigned(size.width), unsigned(size.height), 32);
    if (!vpx->image) return makeError(ErrorCode::kInternal, "vpx: image allocation failed");
    vpx->activeMap.assign(std::size_t((size.width + 15) / 16) * std::size_t((size.height + 15) / 16), 0);
    m_vpx = std::move(vpx);
    return {};
}

base::Result<std::vector<std::uint8_t>> VpxEncoder::encodeVpx(const base::Frame& current,
    const std::vector<Rect>& changed, bool key)
{
    Vpx& vpx = *m_vpx;
    const std::int32_t mbColumns = (current.width() + 15) / 16;
    std::fill(vpx.activeMap.begin(), vpx.activeMap.end(), key ? 1 : 0);
    for (const Rect& r : changed) {
        toI420(current, r, vpx.image);
        for (std::int32_t my = r.y / 16; my < (r.bottom() + 15) / 16; ++my) {
            for (std::int32_t mx = r.x / 16; mx < (r.right() + 15) / 16; ++mx) {
                vpx.activeMap[std::size_t(my * mbColumns + mx)] = 1;
            }
        }
    }
    vpx_active_map_t map{vpx.activeMap.data(), unsigned((current.height() + 15) / 16), unsigned(mbColumns)};
    if (vpx_codec_control(&vpx.codec, VP8E_SET_ACTIVEMAP, &map) != VPX_CODEC_OK) {
        return makeError(ErrorCode::kInternal, "vpx: active map refused");
    }
    const vpx_enc_frame_flags_t flags = key ? VPX_EFLAG_FORCE_KF : 0;
    if (vpx_codec_encode(&vpx.codec, vpx.image, vpx.pts++, 1, flags, VPX_DL_REALTIME) != VPX_CODEC_OK) {
        return makeError(ErrorCode::kInternal, std::string("vpx: encode failed: ") + vpx_codec_error(&vpx.codec));
    }
    std::vector<std::uint8_t> out;
    vpx_codec_iter_t iter = nullptr;
    while (const vpx_codec_cx_pkt_t* packet = vpx_codec_get_cx_data(&vpx.codec, &iter)) {
        if (packet->kind != VPX_CODEC_CX_FRAME_PKT) continue;
        const auto* bytes = static_cast<const std::uint8_t*>(packet->data.frame.buf);
        out.insert(out.end(), bytes, bytes + packet->data.frame.sz);
    }
    if (out.empty()) return makeError(ErrorCode::kInternal, "vpx: the encoder produced no frame");
    return out;
}

base::Result<EncodedFrame> VpxEncoder::encode(const base::Frame& current, const base::Region& damage)
{
    if (!acceptableSize(current.size())) {
        return makeError(ErrorCode::kInvalidArgument, "screen size outside what the vpx codec allows");
    }
    ++m_frame;
    const std::int32_t columns = (current.width() + kTile - 1) / kTile;
    const std::int32_t rows = (current.height() + kTile - 1) / kTile;
    EncodedFrame result;
    const bool key = m_needKeyFrame || current.size() != m_reference.size() || !m_vpx;
    std::vector<Rect> changed;
    std::vector<Rect> refresh;
    std::optional<ScrollMotion> copy;
    std::vector<std::uint8_t> vpxBytes;
    std::vector<std::uint8_t> losslessBytes;

    if (key) {
        // Key frame: the whole picture lossless (sharp from the start) and a VP8/VP9 key
        // frame the lossy deltas will build on; the viewer copies nothing from the latter.
        if (!m_vpx || current.size() != m_reference.size()) {
            if (base::Status s = start(current.size()); !s) return s.error();
        }
        auto vpx = encodeVpx(current, {current.rect()}, true);
        if (!vpx) return vpx.error();
        vpxBytes = std::move(vpx).value();
        m_lossless.requestKeyFrame();
        auto lossless = m_lossless.encode(current, base::Region(current.rect()));
        if (!lossless) return lossless.error();
        losslessBytes = std::move(lossless->data);
        m_reference = current;
        m_lossySince.assign(std::size_t(columns) * std::size_t(rows), -1);
        m_changedIn.assign(std::size_t(columns) * std::size_t(rows), 0);
        m_needKeyFrame = false;
        result.keyFrame = true;
        result.updated.add(current.rect());
    } else {
        changed = m_differ.changedTiles(m_reference, current, damage);
        // A scroll goes out as a copy in the lossless part, which the viewer applies first;
        // only what the copy does not explain is left for VP8/VP9.
        copy = applyScrollIfItHelps(m_differ, m_reference, current, changed, m_scrollBackoff);
        if (copy) {
            // The copied pixels may come from lossy tiles: refresh them once still.
            const Rect& dest = copy->dest;
            for (std::int32_t r = dest.top() / kTile; r <= (dest.bottom() - 1) / kTile; ++r) {
                for (std::int32_t c = dest.left() / kTile; c <= (dest.right() - 1) / kTile; ++c) {
                    m_lossySince[std::size_t(r * columns + c)] = m_frame;
                }
            }
        }
        // Automatic: what does not look like video is sent sharp now, with the copy.
        std::vector<Rect> sharp;
        if (m_options.automatic) {
            for (std::uint8_t& bits : m_changedIn) bits = std::uint8_t(bits << 1);
            std::vector<Rect> lossy;
            for (const Rect& t : changed) {
                std::uint8_t& bits = m_changedIn[std::size_t((t.y / kTile) * columns + t.x / kTile)];
                bits |= 1;
                const bool moving = std::popcount(unsigned(bits & 0x0F)) >= 3;
                (moving && hasManyColours(current, t, kVideoColours) ? lossy : sharp).push_back(t);
            }
            changed = std::move(lossy);
        }
        for (const Rect& t : changed) {
            m_lossySince[std::size_t((t.y / kTile) * columns + t.x / kTile)] = m_frame;
            m_reference.copyFrom(current, t);
        }
        // A sharp tile goes out as the 16×16 quarters that changed, as Standard would send
        // them: a typed letter costs one quarter, not the whole 32×32.
        // A tile that still shows lossy pixels goes out whole: its unchanged quarters would
        // otherwise keep them, with no refresh due any more.
        std::vector<Rect> sharpQuarters;
        for (const Rect& t : sharp) {
            std::int64_t& lossySince = m_lossySince[std::size_t((t.y / kTile) * columns + t.x / kTile)];
            const bool showsLossy = lossySince >= 0;
            lossySince = -1;
            if (showsLossy) {
                sharpQuarters.push_back(t);
                m_reference.copyFrom(current, t);
                continue;
            }
            for (std::int32_t qy = t.y; qy < t.bottom(); qy += kTile / 2) {
                for (std::int32_t qx = t.x; qx < t.right(); qx += kTile / 2) {
                    const Rect q = Rect{qx, qy, kTile / 2, kTile / 2}.intersected(t);
                    if (!sameIn(m_reference, current, q)) sharpQuarters.push_back(q);
                }
            }
            m_reference.copyFrom(current, t);
        }
        sharp = std::move(sharpQuarters);
        // Tiles sent lossy that have been still long enough go out lossless.
        for (std::size_t i = 0; i < m_lossySince.size() && std::int32_t(refresh.size()) < m_options.maxRefreshTilesPerFrame;
             ++i) {
            if (m_lossySince[i] >= 0 && m_frame - m_lossySince[i] >= m_options.stillFramesBeforeRefresh) {
                const std::int32_t c = std::int32_t(i) % columns;
                const std::int32_t r = std::int32_t(i) / columns;
                refresh.push_back(Rect{c * kTile, r * kTile, kTile, kTile}.intersected(current.rect()));
                m_lossySince[i] = -1;
            }
        }
        refresh.insert(refresh.end(), sharp.begin(), sharp.end());
        if (changed.empty() && refresh.empty() && !copy) return result;
        if (!changed.empty()) {
            auto vpx = encodeVpx(current, changed, false);
            if (!vpx) return vpx.error();
            vpxBytes = std::move(vpx).value();
        }
        if (!refresh.empty() || copy) {
            auto lossless = m_lossless.encodeTiles(current, refresh, copy);
            if (!lossless) return lossless.error();
            losslessBytes = std::move(lossless->data);
            result.copies = lossless->copies;
        }
        if (copy) result.updated.add(copy->dest);
        for (const Rect& t : changed) result.updated.add(t);
        for (const Rect& t : refresh) result.updated.add(t);
    }
    result.tiles = std::int32_t(refresh.size());

    std::vector<std::uint8_t>& out = result.data;
    out = {kVersion, key ? kFlagKeyFrame : std::uint8_t{0}, std::uint8_t(m_options.codec), 0};
    putU16(out, std::uint32_t(current.width()));
    putU16(out, std::uint32_t(current.height()));
    putU16(out, std::uint32_t(changed.size()));
    for (const Rect& t : changed) {
        putU16(out, std::uint32_t(t.x));
        putU16(out, std::uint32_t(t.y));
        putU16(out, std::uint32_t(t.width));
        putU16(out, std::uint32_t(t.height));
    }
    putU32(out, std::uint32_t(vpxBytes.size()));
    out.insert(out.end(), vpxBytes.begin(), vpxBytes.end());
    putU32(out, std::uint32_t(losslessBytes.size()));
    out.insert(out.end(), losslessBytes.begin(), losslessBytes.end());
    return result;
}

bool VpxEncoder::hasPendingWork() const
{
    return std::any_of(m_lossySince.begin(), m_lossySince.end(), [](std::int64_t f) { return f >= 0; });
}

VpxDecoder::VpxDecoder() = default;

VpxDecoder::~VpxDecoder() = default;

base::Result<base::Region> VpxDecoder::decode(std::span<const std::uint8_t> data, base::Frame& framebuffer)
{
    // Bounds-checked reading: once anything overruns, failed is set and reads give 0.
    std::size_t pos = 0;
    bool failed = false;
    auto u16 = [&]() -> std::int32_t {
        if (failed || data.size() - pos < 2) {
            failed = true;
            return 0;
        }
        const std::int32_t v = data[pos] << 8 | data[pos + 1];
        pos += 2;
        return v;
    };
    auto fail = [&](const char* what) -> base::Error {
        m_ready = false;
        return corrupt(what);
    };
    if (data.size() < kHeaderSize) return fail("short header");
    if (data[0] != kVersion || (data[1] & ~kFlagKeyFrame) != 0 || data[3] != 0) return fail("unknown version or flags");
    const bool key = (data[1] & kFlagKeyFrame) != 0;
    if (data[2] != std::uint8_t(Codec::kVp8) && data[2] != std::uint8_t(Codec::kVp9)) return fail("unknown codec");
    const Codec codec = Codec(data[2]);
    pos = 4;
    const base::Size size{u16(), u16()};
    if (!key && (!m_ready || codec != m_codec)) return fail("update without a key frame");
    if (!acceptableSize(size)) {
        return fail("bad picture size");
    }
    if (!key && framebuffer.size() != size) return fail("picture size changed without a key frame");

    const std::int32_t count = u16();
    std::vector<Rect> rects;
    rects.reserve(std::size_t(std::min(count, 65535)));
    const Rect bounds{0, 0, size.width, size.height};
    for (std::int32_t i = 0; i < count && !failed; ++i) {
        const Rect r{u16(), u16(), u16(), u16()};
        if (failed) break;
        if (!bounds.contains(r) || r.x % 2 != 0 || r.y % 2 != 0) return fail("bad rectangle");
        rects.push_back(r);
    }
    auto block = [&]() -> std::span<const std::uint8_t> {
        const std::int32_t hi = u16();
        const std::int32_t lo = u16();
        const std::size_t length = std::size_t(std::uint32_t(hi) << 16 | std::uint32_t(lo));
        if (failed || data.size() - pos < length) {
            failed = true;
            return {};
        }
        auto s = data.subspan(pos, length);
        pos += length;
        return s;
    };
    const std::span<const std::uint8_t> vpxBytes = block();
    const std::span<const std::uint8_t> losslessBytes = block();
    if (failed || pos != data.size()) return fail("lengths do not match the update");
    if (key && (vpxBytes.empty() || losslessBytes.empty())) return fail("key frame without both pictures");

    if (key && (!m_vpx || codec != m_codec)) {
        m_vpx.reset();
        auto vpx = std::make_unique<Vpx>();
        vpx_codec_dec_cfg_t cfg{2, 0, 0};
        vpx_codec_iface_t* iface = codec == Codec::kVp9 ? vpx_codec_vp9_dx() : vpx_codec_vp8_dx();
        if (vpx_codec_dec_init(&vpx->codec, iface, &cfg, 0) != VPX_CODEC_OK) {
            return makeError(ErrorCode::kInternal, "vpx: decoder init failed");
        }
        vpx->initialised = true;
        m_vpx = std::move(vpx);
        m_codec = codec;
    }

    // The lossless part first: it holds the key picture and the scroll copy, which the
    // VP8/VP9 rectangles (what the copy did not explain) are painted over.
    base::Region updated;
    if (!losslessBytes.empty()) {
        auto lossless = m_lossless.decode(losslessBytes, framebuffer);
        if (!lossless) {
            m_ready = false;
            return lossless.error();
        }
        if (framebuffer.size() != size) return fail("lossless picture of another size");
        updated.add(*lossless);
    }
    if (!vpxBytes.empty()) {
        if (vpx_codec_decode(&m_vpx->codec, vpxBytes.data(), unsigned(vpxBytes.size()), nullptr, 0) != VPX_CODEC_OK) {
            return fail("vpx data");
        }
        vpx_codec_iter_t iter = nullptr;
        const vpx_image_t* img = vpx_codec_get_frame(&m_vpx->codec, &iter);
        if (!img || img->fmt != VPX_IMG_FMT_I420 || int(img->d_w) != size.width || int(img->d_h) != size.height) {
            return fail("vpx picture does not match the update");
        }
        if (!key) {
            for (const Rect& r : rects) {
                libyuv::I420ToARGB(img->planes[VPX_PLANE_Y] + r.y * img->stride[VPX_PLANE_Y] + r.x,
                    img->stride[VPX_PLANE_Y],
                    img->planes[VPX_PLANE_U] + (r.y / 2) * img->stride[VPX_PLANE_U] + r.x / 2,
                    img->stride[VPX_PLANE_U],
                    img->planes[VPX_PLANE_V] + (r.y / 2) * img->stride[VPX_PLANE_V] + r.x / 2,
                    img->stride[VPX_PLANE_V], reinterpret_cast<std::uint8_t*>(framebuffer.row(r.y) + r.x),
                    framebuffer.width() * 4, r.width, r.height);
                for (std::int32_t y = r.top(); y < r.bottom(); ++y) {
                    std::uint32_t* row = framebuffer.row(y);
                    for (std::int32_t x = r.left(); x < r.right(); ++x) row[x] &= 0xFFFFFFu;  // no alpha
                }
                updated.add(r);
            }
        }
    } else if (!rects.empty()) {
        return fail("rectangles without a picture");
    }
    m_ready = true;
    return updated;
}

}  // namespace lifeline::codec
