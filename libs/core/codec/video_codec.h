#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/base/frame.h"
#include "core/base/geometry.h"
#include "core/base/result.h"

namespace lifeline::codec {

// Wire values of the picture codecs (lifeline.v1.VideoCodec).
enum class Codec : std::uint8_t {
    kLossless = 1,
    kVp8 = 2,
    kVp9 = 3,
};

// One encoded update. data is empty when nothing changed: an idle screen sends nothing.
struct EncodedFrame
{
    std::vector<std::uint8_t> data;
    base::Region updated;  // what the decoder will repaint, in frame coordinates
    bool keyFrame = false;
    std::int32_t tiles = 0;      // lossless tiles sent
    std::int32_t copies = 0;     // scroll copies sent
};

// Turns successive captured frames into a stream of updates for one viewer. Stateful:
// every update depends on the ones before it, so each one must reach the decoder, in
// order. Thread: the encoder's (the applet's capture worker); no threads of its own.
class VideoEncoder
{
public:
    virtual ~VideoEncoder() = default;
    virtual Codec codec() const = 0;
    // Encodes what changed in current since the last call; damage is a hint of where to
    // look (the whole frame is fine, just slower). The first call and a call after
    // requestKeyFrame() or a size change produce a key frame that needs no history.
    virtual base::Result<EncodedFrame> encode(const base::Frame& current, const base::Region& damage) = 0;
    virtual void requestKeyFrame() = 0;
    // True while encode() has work even without new damage (a lossless refresh of regions
    // sent lossy): the sender keeps calling encode() until it is false.
    virtual bool hasPendingWork() const { return false; }
};

// Applies updates to the viewer's framebuffer. Untrusted input: any malformed update is
// kCorruptData, never a crash; after an error the decoder accepts only a key frame.
// Thread: the viewer's decode worker.
class VideoDecoder
{
public:
    virtual ~VideoDecoder() = default;
    // Returns the repainted region. A key frame may resize framebuffer.
    virtual base::Result<base::Region> decode(std::span<const std::uint8_t> data, base::Frame& framebuffer) = 0;
};

}  // namespace lifeline::codec
