#include "core/codec/lossless_codec.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "core/codec/stream_util.h"

namespace lifeline::codec {

namespace {

using base::ErrorCode;
using base::makeError;
using base::Rect;

constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kFlagKeyFrame = 0x01;
constexpr std::size_t kHeaderSize = 8;

constexpr std::uint8_t kOpEnd = 0x00;
constexpr std::uint8_t kOpCopy = 0x01;
constexpr std::uint8_t kOpTile = 0x02;

enum TileKind : std::uint8_t {
    kSolid = 0,
    kRaw = 1,
    kPackedPalette = 2,
    kPaletteRle = 3,
    kPlainRle = 4,
};

constexpr std::int32_t kMaxPalette = 127;
constexpr std::int32_t kMaxPackedPalette = 16;

using detail::acceptableSize;
using detail::putU16;
using detail::putU8;

void putPixel(std::vector<std::uint8_t>& out, std::uint32_t code, std::int32_t bpp)
{
    for (std::int32_t i = 0; i < bpp; ++i) out.push_back(std::uint8_t(code >> (8 * i)));
}

// Run length L ≥ 1 as L-1 in base-255 continuation bytes (255 means "add 255, go on").
void putLength(std::vector<std::uint8_t>& out, std::int32_t length)
{
    std::int32_t v = length - 1;
    while (v >= 255) {
        out.push_back(255);
        v -= 255;
    }
    out.push_back(std::uint8_t(v));
}

std::int32_t lengthBytes(std::int32_t length)
{
    return 1 + (length - 1) / 255;
}

std::int32_t packedBits(std::int32_t paletteSize)
{
    return paletteSize <= 2 ? 1 : paletteSize <= 4 ? 2 : 4;
}

// Bounds-checked reader over the inflated op stream; any overrun sets failed().
class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> data) : m_data(data) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_data.size(); }

    std::uint32_t u8()
    {
        if (m_pos >= m_data.size()) {
            m_failed = true;
            return 0;
        }
        return m_data[m_pos++];
    }
    std::uint32_t u16()
    {
        const std::uint32_t hi = u8();
        return hi << 8 | u8();
    }
    std::uint32_t pixel(std::int32_t bpp)
    {
        if (m_data.size() - m_pos < std::size_t(bpp)) {
            m_failed = true;
            m_pos = m_data.size();
            return 0;
        }
        std::uint32_t v = 0;
        for (std::int32_t i = 0; i < bpp; ++i) v |= std::uint32_t(m_data[m_pos++]) << (8 * i);
        return v;
    }
    // A run length, refused (failed) when above limit.
    std::int32_t length(std::int32_t limit)
    {
        std::int64_t v = 1;
        for (;;) {
            const std::uint32_t b = u8();
            if (m_failed) return 0;
            v += b;
            if (v > limit) {
                m_failed = true;
                return 0;
            }
            if (b != 255) return std::int32_t(v);
        }
    }
    const std::uint8_t* take(std::size_t n)
    {
        if (m_data.size() - m_pos < n) {
            m_failed = true;
            m_pos = m_data.size();
            return nullptr;
        }
        const std::uint8_t* p = m_data.data() + m_pos;
        m_pos += n;
        return p;
    }

private:
    std::span<const std::uint8_t> m_data;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

base::Error corrupt(const char* what)
{
    return makeError(ErrorCode::kCorruptData, std::string("lossless stream: ") + what);
}

}  // namespace

struct LosslessEncoder::Deflater
{
    z_stream stream{};
    bool ok = false;
    explicit Deflater(int level) { ok = deflateInit2(&stream, level, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) == Z_OK; }
    ~Deflater()
    {
        if (ok) deflateEnd(&stream);
    }
};

struct LosslessDecoder::Inflater
{
    z_stream stream{};
    bool ok = false;
    Inflater() { ok = inflateInit(&stream) == Z_OK; }
    ~Inflater()
    {
        if (ok) inflateEnd(&stream);
    }
};

LosslessEncoder::LosslessEncoder(LosslessOptions options)
    : m_options(options), m_differ(options.tileSize), m_deflater(std::make_unique<Deflater>(options.zlibLevel))
{
}

LosslessEncoder::~LosslessEncoder() = default;

void LosslessEncoder::setColourDepth(ColourDepth depth)
{
    if (depth == m_options.depth) return;
    m_options.depth = depth;
    m_needKeyFrame = true;
}

base::Result<EncodedFrame> LosslessEncoder::encode(const base::Frame& current, const base::Region& damage)
{
    if (!m_deflater->ok) return makeError(ErrorCode::kInternal, "zlib deflate init failed");
    if (!acceptableSize(current.size())) {
        return makeError(ErrorCode::kInvalidArgument, "screen size outside what the lossless codec allows");
    }
    EncodedFrame result;
    const bool key = m_needKeyFrame || m_reference.size() != current.size();
    std::vector<Rect> tiles;
    if (key) {
        // The decoder starts from black, so black tiles of the new picture cost nothing.
        m_reference.reset(current.size(), 0);
        tiles = m_differ.changedTiles(m_reference, current, base::Region(current.rect()));
        m_needKeyFrame = false;
        result.keyFrame = true;
        if (deflateReset(&m_deflater->stream) != Z_OK) return makeError(ErrorCode::kInternal, "zlib reset failed");
    } else {
        tiles = m_differ.changedTiles(m_reference, current, damage);
    }

    m_ops.clear();
    if (!key && m_options.scrollDetection) {
        if (const auto motion = applyScrollIfItHelps(m_differ, m_reference, current, tiles, m_scrollBackoff)) {
            putCopy(*motion);
            result.copies = 1;
            result.updated.add(motion->dest);
        }
    }
    if (tiles.empty() && result.copies == 0 && !key) return result;  // nothing to send

    if (base::Status s = finish(current, tiles, key, result); !s) return s.error();
    return result;
}

base::Result<EncodedFrame> LosslessEncoder::encodeTiles(const base::Frame& current, const std::vector<Rect>& tiles,
    const std::optional<ScrollMotion>& copy)
{
    if (m_needKeyFrame || m_reference.size() != current.size()) {
        return makeError(ErrorCode::kInvalidArgument, "lossless refresh before a key frame");
    }
    EncodedFrame result;
    if (tiles.empty() && !copy) return result;
    m_ops.clear();
    if (copy) {
        if (!current.rect().contains(copy->dest) || !current.rect().contains(copy->source())) {
            return makeError(ErrorCode::kInvalidArgument, "copy outside the picture");
        }
        m_reference.moveRect(copy->source(), base::Point{copy->dest.x, copy->dest.y});
        putCopy(*copy);
        result.copies = 1;
        result.updated.add(copy->dest);
    }
    std::vector<Rect> clipped;
    clipped.reserve(tiles.size());
    for (const Rect& t : tiles) {
        const Rect c = t.intersected(current.rect());
        if (!c.isEmpty()) clipped.push_back(c);
    }
    if (base::Status s = finish(current, clipped, false, result); !s) return s.error();
    return result;
}

base::Status LosslessEncoder::finish(const base::Frame& current, const std::vector<Rect>& tiles, bool key,
    EncodedFrame& result)
{
    for (const Rect& tile : tiles) {
        encodeTile(current, tile);
        m_reference.copyFrom(current, tile);
        result.updated.add(tile);
    }
    result.tiles = std::int32_t(tiles.size());
    putU8(m_ops, kOpEnd);

    std::vector<std::uint8_t>& out = result.data;
    out = {kVersion, key ? kFlagKeyFrame : std::uint8_t{0}, std::uint8_t(m_options.depth), 0};
    putU16(out, std::uint32_t(current.width()));
    putU16(out, std::uint32_t(current.height()));
    z_stream& z = m_deflater->stream;
    z.next_in = m_ops.data();
    z.avail_in = uInt(m_ops.size());
    for (;;) {
        const std::size_t used = out.size();
        const std::size_t room = std::max<std::size_t>(m_ops.size() / 2 + 64, 4096);
        out.resize(used + room);
        z.next_out = out.data() + used;
        z.avail_out = uInt(room);
        const int rc = deflate(&z, Z_SYNC_FLUSH);
        out.resize(used + room - z.avail_out);
        if (rc != Z_OK && rc != Z_BUF_ERROR) return makeError(ErrorCode::kInternal, "zlib deflate failed");
        if (z.avail_out != 0 && z.avail_in == 0) break;
    }
    return {};
}

void LosslessEncoder::putCopy(const ScrollMotion& motion)
{
    const Rect source = motion.source();
    putU8(m_ops, kOpCopy);
    putU16(m_ops, std::uint32_t(source.x));
    putU16(m_ops, std::uint32_t(source.y));
    putU16(m_ops, std::uint32_t(source.width));
    putU16(m_ops, std::uint32_t(source.height));
    putU16(m_ops, std::uint32_t(motion.dest.x));
    putU16(m_ops, std::uint32_t(motion.dest.y));
}

void LosslessEncoder::encodeTile(const base::Frame& frame, const Rect& r)
{
    const ColourDepth depth = m_options.depth;
    const std::int32_t bpp = bytesPerPixel(depth);
    const std::int32_t n = r.width * r.height;
    m_codes.resize(std::size_t(n));
    for (std::int32_t y = 0; y < r.height; ++y) {
        const std::uint32_t* src = frame.row(r.y + y) + r.x;
        std::uint32_t* dst = m_codes.data() + std::size_t(y) * std::size_t(r.width);
        if (depth == ColourDepth::k24) {
            for (std::int32_t x = 0; x < r.width; ++x) dst[x] = src[x] & 0xFFFFFFu;
        } else {
            for (std::int32_t x = 0; x < r.width; ++x) dst[x] = packPixel(src[x], depth);
        }
    }

    // Palette (first appearance order) through a small open-addressing table, and runs.
    std::array<std::uint32_t, kMaxPalette> palette{};
    std::int32_t paletteSize = 0;
    bool overflow = false;
    std::array<std::int16_t, 512> slots;
    slots.fill(-1);
    m_indices.resize(std::size_t(n));
    std::uint32_t lastCode = ~m_codes[0];
    std::uint8_t lastIndex = 0;
    std::int64_t plainRleSize = 0;
    std::int64_t paletteRleSize = 0;
    std::int32_t runLength = 0;
    auto closeRun = [&](std::int32_t length) {
        plainRleSize += bpp + lengthBytes(length);
        paletteRleSize += length == 1 ? 1 : 1 + lengthBytes(length);
    };
    for (std::int32_t i = 0; i < n; ++i) {
        const std::uint32_t code = m_codes[std::size_t(i)];
        if (code == lastCode) {
            m_indices[std::size_t(i)] = lastIndex;
            ++runLength;
            continue;
        }
        if (runLength > 0) closeRun(runLength);
        runLength = 1;
        lastCode = code;
        if (!overflow) {
            std::size_t s = (code * 2654435761u) >> 23;
            while (slots[s] >= 0 && palette[std::size_t(slots[s])] != code) s = (s + 1) & 511;
            if (slots[s] < 0) {
                if (paletteSize == kMaxPalette) {
                    overflow = true;
                } else {
                    slots[s] = std::int16_t(paletteSize);
                    palette[std::size_t(paletteSize++)] = code;
                }
            }
            if (!overflow) lastIndex = std::uint8_t(slots[s]);
        }
        m_indices[std::size_t(i)] = lastIndex;
    }
    closeRun(runLength);

    putU8(m_ops, kOpTile);
    putU16(m_ops, std::uint32_t(r.x));
    putU16(m_ops, std::uint32_t(r.y));
    putU16(m_ops, std::uint32_t(r.width));
    putU16(m_ops, std::uint32_t(r.height));
    if (!overflow && paletteSize == 1) {
        putU8(m_ops, kSolid);
        putPixel(m_ops, palette[0], bpp);
        return;
    }

    const std::int64_t rawSize = std::int64_t(n) * bpp;
    std::int64_t best = rawSize;
    TileKind kind = kRaw;
    if (plainRleSize < best) {
        best = plainRleSize;
        kind = kPlainRle;
    }
    if (!overflow) {
        const std::int64_t paletteBytes = 1 + std::int64_t(paletteSize) * bpp;
        if (paletteBytes + paletteRleSize < best) {
            best = paletteBytes + paletteRleSize;
            kind = kPaletteRle;
        }
        if (paletteSize <= kMaxPackedPalette) {
            const std::int32_t bits = packedBits(paletteSize);
            const std::int64_t packed = paletteBytes + std::int64_t(r.height) * ((r.width * bits + 7) / 8);
            if (packed <= best) kind = kPackedPalette;
        }
    }

    putU8(m_ops, kind);
    switch (kind) {
    case kRaw:
        for (std::int32_t i = 0; i < n; ++i) putPixel(m_ops, m_codes[std::size_t(i)], bpp);
        break;
    case kPlainRle:
        for (std::int32_t i = 0; i < n;) {
            std::int32_t e = i + 1;
            while (e < n && m_codes[std::size_t(e)] == m_codes[std::size_t(i)]) ++e;
            putPixel(m_ops, m_codes[std::size_t(i)], bpp);
            putLength(m_ops, e - i);
            i = e;
        }
        break;
    case kPaletteRle:
    case kPackedPalette:
        putU8(m_ops, std::uint32_t(paletteSize));
        for (std::int32_t p = 0; p < paletteSize; ++p) putPixel(m_ops, palette[std::size_t(p)], bpp);
        if (kind == kPaletteRle) {
            for (std::int32_t i = 0; i < n;) {
                std::int32_t e = i + 1;
                while (e < n && m_codes[std::size_t(e)] == m_codes[std::size_t(i)]) ++e;
                const std::uint8_t index = m_indices[std::size_t(i)];
                if (e - i == 1) {
                    putU8(m_ops, index);
                } else {
                    putU8(m_ops, index | 0x80u);
                    putLength(m_ops, e - i);
                }
                i = e;
            }
        } else {
            const std::int32_t bits = packedBits(paletteSize);
            for (std::int32_t y = 0; y < r.height; ++y) {
                std::uint32_t acc = 0;
                std::int32_t filled = 0;
                for (std::int32_t x = 0; x < r.width; ++x) {
                    acc = acc << bits | m_indices[std::size_t(y * r.width + x)];
                    filled += bits;
                    if (filled == 8) {
                        putU8(m_ops, acc);
                        acc = 0;
                        filled = 0;
                    }
                }
                if (filled > 0) putU8(m_ops, acc << (8 - filled));
            }
        }
        break;
    case kSolid:
        break;
    }
}

LosslessDecoder::LosslessDecoder() : m_inflater(std::make_unique<Inflater>()) {}

LosslessDecoder::~LosslessDecoder() = default;

base::Result<base::Region> LosslessDecoder::decode(std::span<const std::uint8_t> data, base::Frame& framebuffer)
{
    if (!m_inflater->ok) return makeError(ErrorCode::kInternal, "zlib inflate init failed");
    if (data.size() < kHeaderSize) return corrupt("short header");
    if (data[0] != kVersion) return corrupt("unknown version");
    const bool key = (data[1] & kFlagKeyFrame) != 0;
    if ((data[1] & ~kFlagKeyFrame) != 0 || data[3] != 0) return corrupt("unknown flags");
    if (!isValidDepth(data[2])) return corrupt("bad colour depth");
    const ColourDepth depth = ColourDepth(data[2]);
    const base::Size size{data[4] << 8 | data[5], data[6] << 8 | data[7]};
    if (!key && !m_ready) return corrupt("update without a key frame");
    // Every update ends with the empty stored block of a sync flush; a shorter one was cut.
    static constexpr std::uint8_t kSyncMarker[] = {0x00, 0x00, 0xFF, 0xFF};
    if (data.size() < kHeaderSize + 4 || !std::equal(std::begin(kSyncMarker), std::end(kSyncMarker), data.end() - 4)) {
        m_ready = false;
        return corrupt("update cut short");
    }

    if (key) {
        if (!acceptableSize(size)) {
            m_ready = false;
            return corrupt("bad picture size");
        }
        if (inflateReset(&m_inflater->stream) != Z_OK) return makeError(ErrorCode::kInternal, "zlib reset failed");
        framebuffer.reset(size, 0);
    } else if (framebuffer.size() != size) {
        m_ready = false;
        return corrupt("picture size changed without a key frame");
    }

    // Inflate everything this update carries; a legal update never needs more than
    // 8 bytes a pixel (raw tiles are at most 3, plus headers).
    const std::size_t limit = 65536 + std::size_t(size.width) * std::size_t(size.height) * 8;
    z_stream& z = m_inflater->stream;
    z.next_in = const_cast<Bytef*>(data.data() + kHeaderSize);
    z.avail_in = uInt(data.size() - kHeaderSize);
    m_ops.clear();
    for (;;) {
        const std::size_t used = m_ops.size();
        if (used >= limit) {
            m_ready = false;
            return corrupt("update inflates beyond its limit");
        }
        const std::size_t room = std::min<std::size_t>(std::max<std::size_t>(used, 65536), limit - used);
        m_ops.resize(used + room);
        z.next_out = m_ops.data() + used;
        z.avail_out = uInt(room);
        const int rc = inflate(&z, Z_SYNC_FLUSH);
        m_ops.resize(used + room - z.avail_out);
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_ready = false;
            return corrupt("deflate data");
        }
        if (z.avail_in == 0 && z.avail_out != 0) break;
        if (rc == Z_BUF_ERROR && z.avail_in != 0 && z.avail_out != 0) {
            m_ready = false;
            return corrupt("deflate data");
        }
    }

    base::Result<base::Region> result = apply(depth, framebuffer);
    m_ready = result.ok();
    // A key frame started from black and sent only its other tiles: the whole picture is
    // new, black included. A viewer that copied only the sent tiles kept what the black
    // ones should have covered (a closed window stayed on the technician's screen).
    if (result && key) return base::Region(framebuffer.rect());
    return result;
}

base::Result<base::Region> LosslessDecoder::apply(ColourDepth depth, base::Frame& framebuffer)
{
    Reader in(m_ops);
    base::Region updated;
    const std::int32_t bpp = bytesPerPixel(depth);
    const Rect bounds = framebuffer.rect();
    std::array<std::uint32_t, kMaxPalette> palette{};
    for (;;) {
        const std::uint32_t op = in.u8();
        if (in.failed()) return corrupt("missing end of update");
        if (op == kOpEnd) break;
        if (op == kOpCopy) {
            const std::int32_t sx = std::int32_t(in.u16()), sy = std::int32_t(in.u16());
            const std::int32_t w = std::int32_t(in.u16()), h = std::int32_t(in.u16());
            const std::int32_t dx = std::int32_t(in.u16()), dy = std::int32_t(in.u16());
            const Rect source{sx, sy, w, h};
            const Rect dest{dx, dy, w, h};
            if (in.failed() || !bounds.contains(source) || !bounds.contains(dest)) return corrupt("bad copy");
            framebuffer.moveRect(source, base::Point{dx, dy});
            updated.add(dest);
            continue;
        }
        if (op != kOpTile) return corrupt("unknown operation");
        const Rect r{std::int32_t(in.u16()), std::int32_t(in.u16()), std::int32_t(in.u16()), std::int32_t(in.u16())};
        const std::uint32_t kind = in.u8();
        if (in.failed() || !bounds.contains(r)) return corrupt("bad tile rectangle");
        const std::int32_t n = r.width * r.height;
        // Writes run [i, i + length) of the tile's pixels, row-major.
        auto put = [&](std::int32_t i, std::int32_t length, std::uint32_t code) {
            const std::uint32_t p = unpackPixel(code, depth);
            while (length > 0) {
                const std::int32_t y = i / r.width;
                const std::int32_t x = i % r.width;
                const std::int32_t span = std::min(length, r.width - x);
                std::fill_n(framebuffer.row(r.y + y) + r.x + x, span, p);
                i += span;
                length -= span;
            }
        };
        switch (kind) {
        case kSolid: {
            const std::uint32_t code = in.pixel(bpp);
            if (in.failed()) return corrupt("truncated tile");
            put(0, n, code);
            break;
        }
        case kRaw: {
            const std::uint8_t* p = in.take(std::size_t(n) * std::size_t(bpp));
            if (!p) return corrupt("truncated tile");
            for (std::int32_t i = 0; i < n; ++i) {
                std::uint32_t code = 0;
                for (std::int32_t b = 0; b < bpp; ++b) code |= std::uint32_t(p[i * bpp + b]) << (8 * b);
                framebuffer.setPixel(r.x + i % r.width, r.y + i / r.width, unpackPixel(code, depth));
            }
            break;
        }
        case kPlainRle: {
            for (std::int32_t i = 0; i < n;) {
                const std::uint32_t code = in.pixel(bpp);
                const std::int32_t length = in.length(n - i);
                if (in.failed()) return corrupt("bad run");
                put(i, length, code);
                i += length;
            }
            break;
        }
        case kPaletteRle:
        case kPackedPalette: {
            const std::int32_t size = std::int32_t(in.u8());
            const std::int32_t maxSize = kind == kPaletteRle ? kMaxPalette : kMaxPackedPalette;
            if (in.failed() || size < 2 || size > maxSize) return corrupt("bad palette size");
            for (std::int32_t p = 0; p < size; ++p) palette[std::size_t(p)] = in.pixel(bpp);
            if (in.failed()) return corrupt("truncated palette");
            if (kind == kPaletteRle) {
                for (std::int32_t i = 0; i < n;) {
                    const std::uint32_t b = in.u8();
                    const std::int32_t index = std::int32_t(b & 0x7Fu);
                    const std::int32_t length = (b & 0x80u) ? in.length(n - i) : 1;
                    if (in.failed() || index >= size) return corrupt("bad palette run");
                    put(i, length, palette[std::size_t(index)]);
                    i += length;
                }
            } else {
                const std::int32_t bits = packedBits(size);
                const std::int32_t rowBytes = (r.width * bits + 7) / 8;
                const std::uint8_t* p = in.take(std::size_t(rowBytes) * std::size_t(r.height));
                if (!p) return corrupt("truncated tile");
                const std::uint32_t mask = (1u << bits) - 1;
                for (std::int32_t y = 0; y < r.height; ++y) {
                    std::uint32_t* row = framebuffer.row(r.y + y) + r.x;
                    const std::uint8_t* src = p + std::size_t(y) * std::size_t(rowBytes);
                    for (std::int32_t x = 0; x < r.width; ++x) {
                        const std::int32_t bit = x * bits;
                        const std::uint32_t index = (src[bit / 8] >> (8 - bits - bit % 8)) & mask;
                        if (std::int32_t(index) >= size) return corrupt("bad palette index");
                        row[x] = unpackPixel(palette[index], depth);
                    }
                }
            }
            break;
        }
        default:
            return corrupt("unknown tile kind");
        }
        updated.add(r);
    }
    if (!in.atEnd()) return corrupt("data after end of update");
    return updated;
}

}  // namespace lifeline::codec
