#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lifeline::transfer {

// File data travels in chunks of at most this many bytes: small enough that a keystroke
// never waits long behind one, large enough to keep per-chunk costs low.
inline constexpr std::size_t kChunkBytes = 64 * 1024;

// True for names whose content is compressed already (archives, pictures, video, office
// documents): deflating them costs time and saves nothing.
bool looksCompressed(std::string_view fileName);

struct EncodedChunk
{
    bool deflated = false;
    std::vector<std::uint8_t> bytes;  // the deflated data; empty when the chunk goes as it is
};

// zlib only where it helps: each chunk is deflated (level 1, independently of the others,
// so a transfer can resume at any chunk) and sent deflated only when that saves at least
// an eighth; after four chunks in a row that did not shrink, it stops trying for the rest
// of the file.
class ChunkCompressor
{
public:
    explicit ChunkCompressor(bool worthTrying = true) : m_trying(worthTrying) {}

    EncodedChunk encode(std::span<const std::uint8_t> raw);
    bool isTrying() const { return m_trying; }

private:
    bool m_trying;
    int m_misses = 0;
};

// The receiving side: `rawSize` is what the sender says the chunk holds (at most
// kChunkBytes); the result is exactly that long or the chunk is kCorruptData — a
// deflate bomb cannot grow past it.
base::Result<std::vector<std::uint8_t>> inflateChunk(std::span<const std::uint8_t> deflated, std::size_t rawSize);

}  // namespace lifeline::transfer
