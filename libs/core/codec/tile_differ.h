#pragma once

#include <cstdint>
#include <vector>

#include "core/base/frame.h"
#include "core/base/geometry.h"

namespace lifeline::codec {

// 16×16 for the lossless codec: the screen benchmark (docs/performance.md, "Tile size")
// finds it sends 20 % fewer bytes than 32×32 for typing and 2.5× fewer for scrolling text
// (a text line is 16 pixels high), 3 % more for a dragged window, at the same cost for an
// unchanged frame.
inline constexpr std::int32_t kDefaultTileSize = 16;

// Finds the tiles that really changed between two frames of the same size, looking only
// inside the damage hints. Unchanged rows are compared with one memcmp per damaged span,
// so verifying an unchanged frame costs about what one memcmp of it costs.
// A value type without threads; use it on the encoder's thread.
class TileDiffer
{
public:
    explicit TileDiffer(std::int32_t tileSize = kDefaultTileSize) : m_tileSize(tileSize) {}

    std::int32_t tileSize() const { return m_tileSize; }

    // The changed tiles in row-major order, each clipped to the frame. Frames of different
    // sizes are a caller error: every tile of current is returned.
    std::vector<base::Rect> changedTiles(const base::Frame& previous, const base::Frame& current,
        const base::Region& hints) const;

private:
    std::int32_t m_tileSize;
};

}  // namespace lifeline::codec
