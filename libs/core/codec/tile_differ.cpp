#include "core/codec/tile_differ.h"

#include <algorithm>
#include <cstring>

namespace lifeline::codec {

std::vector<base::Rect> TileDiffer::changedTiles(const base::Frame& previous, const base::Frame& current,
    const base::Region& hints) const
{
    std::vector<base::Rect> out;
    const std::int32_t t = m_tileSize;
    const std::int32_t width = current.width();
    const std::int32_t height = current.height();
    const std::int32_t columns = (width + t - 1) / t;
    const std::int32_t rows = (height + t - 1) / t;
    auto tileRect = [&](std::int32_t c, std::int32_t r) {
        return base::Rect{c * t, r * t, std::min(t, width - c * t), std::min(t, height - r * t)};
    };
    if (previous.size() != current.size()) {
        for (std::int32_t r = 0; r < rows; ++r) {
            for (std::int32_t c = 0; c < columns; ++c) out.push_back(tileRect(c, r));
        }
        return out;
    }

    // hinted[r * columns + c]: the tile touches a damage hint.
    std::vector<std::uint8_t> hinted(std::size_t(columns) * std::size_t(rows), 0);
    for (const base::Rect& hint : hints.rects()) {
        const base::Rect h = hint.intersected(current.rect());
        if (h.isEmpty()) continue;
        for (std::int32_t r = h.top() / t; r <= (h.bottom() - 1) / t; ++r) {
            std::fill(hinted.begin() + r * columns + h.left() / t, hinted.begin() + r * columns + (h.right() - 1) / t + 1,
                std::uint8_t{1});
        }
    }

    std::vector<std::uint8_t> dirty(std::size_t(columns), 0);
    for (std::int32_t r = 0; r < rows; ++r) {
        const std::uint8_t* bandHinted = hinted.data() + std::size_t(r) * std::size_t(columns);
        std::fill(dirty.begin(), dirty.end(), std::uint8_t{0});
        std::int32_t pending = std::int32_t(std::count(bandHinted, bandHinted + columns, std::uint8_t{1}));
        const std::int32_t yEnd = std::min(height, (r + 1) * t);
        for (std::int32_t y = r * t; y < yEnd && pending > 0; ++y) {
            const std::uint32_t* a = previous.row(y);
            const std::uint32_t* b = current.row(y);
            // Runs of hinted tiles still believed clean: one memcmp per run, per tile only
            // when the run differs.
            for (std::int32_t c = 0; c < columns;) {
                if (!bandHinted[c] || dirty[std::size_t(c)]) {
                    ++c;
                    continue;
                }
                std::int32_t end = c;
                while (end < columns && bandHinted[end] && !dirty[std::size_t(end)]) ++end;
                const std::int32_t x0 = c * t;
                const std::int32_t x1 = std::min(width, end * t);
                if (std::memcmp(a + x0, b + x0, std::size_t(x1 - x0) * sizeof(std::uint32_t)) != 0) {
                    for (std::int32_t k = c; k < end; ++k) {
                        const std::int32_t kx = k * t;
                        const std::int32_t kw = std::min(t, width - kx);
                        if (std::memcmp(a + kx, b + kx, std::size_t(kw) * sizeof(std::uint32_t)) != 0) {
                            dirty[std::size_t(k)] = 1;
                            --pending;
                        }
                    }
                }
                c = end;
            }
        }
        for (std::int32_t c = 0; c < columns; ++c) {
            if (dirty[std::size_t(c)]) out.push_back(tileRect(c, r));
        }
    }
    return out;
}

}  // namespace lifeline::codec
