#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/codec/colour.h"
#include "core/codec/scroll_detector.h"
#include "core/codec/tile_differ.h"
#include "core/codec/video_codec.h"

struct z_stream_s;

namespace lifeline::codec {

struct LosslessOptions
{
    std::int32_t tileSize = kDefaultTileSize;
    int zlibLevel = 6;  // see docs/performance.md, "zlib level"
    bool scrollDetection = true;
    ColourDepth depth = ColourDepth::k24;
};

// "Standard" mode: every changed tile as solid, packed palette, palette RLE, plain RLE or
// raw pixels (whichever is smallest), vertical scrolls as copies, all through one zlib
// stream that lives as long as the connection. Exact at 24-bit.
// The stream format is in docs/protocol.md, "Lossless picture stream".
class LosslessEncoder final : public VideoEncoder
{
public:
    explicit LosslessEncoder(LosslessOptions options = {});
    ~LosslessEncoder() override;

    Codec codec() const override { return Codec::kLossless; }
    base::Result<EncodedFrame> encode(const base::Frame& current, const base::Region& damage) override;
    void requestKeyFrame() override { m_needKeyFrame = true; }

    // Sends exactly these tiles, after the copy when there is one, without diffing: how
    // the VP8/VP9 encoder moves scrolled content and repaints still regions sharp. Needs a
    // key frame sent before and a frame of the same size.
    base::Result<EncodedFrame> encodeTiles(const base::Frame& current, const std::vector<base::Rect>& tiles,
        const std::optional<ScrollMotion>& copy = std::nullopt);

    // Takes effect with a key frame at the next encode().
    void setColourDepth(ColourDepth depth);
    ColourDepth colourDepth() const { return m_options.depth; }

private:
    struct Deflater;

    void encodeTile(const base::Frame& frame, const base::Rect& r);
    // Appends the tiles and the end mark to m_ops and compresses them into result.
    base::Status finish(const base::Frame& current, const std::vector<base::Rect>& tiles, bool key,
        EncodedFrame& result);
    void putCopy(const ScrollMotion& motion);

    LosslessOptions m_options;
    TileDiffer m_differ;
    base::Frame m_reference;  // the source pixels the decoder's picture was made from
    bool m_needKeyFrame = true;
    std::vector<std::uint8_t> m_ops;
    std::vector<std::uint32_t> m_codes;  // scratch: one tile's packed pixels
    std::vector<std::uint8_t> m_indices;
    ScrollBackoff m_scrollBackoff;
    std::unique_ptr<Deflater> m_deflater;
};

class LosslessDecoder final : public VideoDecoder
{
public:
    LosslessDecoder();
    ~LosslessDecoder() override;

    base::Result<base::Region> decode(std::span<const std::uint8_t> data, base::Frame& framebuffer) override;

private:
    struct Inflater;

    base::Result<base::Region> apply(ColourDepth depth, base::Frame& framebuffer);

    std::unique_ptr<Inflater> m_inflater;
    std::vector<std::uint8_t> m_ops;
    bool m_ready = false;  // a key frame was decoded and nothing failed since
};

}  // namespace lifeline::codec
