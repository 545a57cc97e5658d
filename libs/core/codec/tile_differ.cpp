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
    struct Run
    {
        std::int32_t first;
        std::int32_t end;  // tile columns [first, end)
    };
    std::vector<Run> runs;
    for (std::int32_t r = 0; r < rows; ++r) {
        const std::uint8_t* bandHinted = hinted.data() + std::size_t(r) * std::size_t(columns);
        std::fill(dirty.begin(), dirty.end(), std::uint8_t{0});
        // Runs of hinted tiles still believed clean; rebuilt only when a tile turns dirty,
        // so an unchanged band costs one memcmp per run per row and nothing else.
        auto rebuildRuns = [&] {
            runs.clear();
            for (std::int32_t c = 0; c < columns;) {
                if (!bandHinted[c] || dirty[std::size_t(c)]) {
                    ++c;
                    continue;
                }
                std::int32_t e = c;
                while (e < columns && bandHinted[e] && !dirty[std::size_t(e)]) ++e;
                runs.push_back(Run{c, e});
                c = e;
            }
        };
        rebuildRuns();
        const std::int32_t yEnd = std::min(height, (r + 1) * t);
        for (std::int32_t y = r * t; y < yEnd && !runs.empty(); ++y) {
            const std::uint32_t* a = previous.row(y);
            const std::uint32_t* b = current.row(y);
            bool changed = false;
            for (const Run& run : runs) {
                const std::int32_t x0 = run.first * t;
                const std::int32_t x1 = std::min(width, run.end * t);
                if (std::memcmp(a + x0, b + x0, std::size_t(x1 - x0) * sizeof(std::uint32_t)) == 0) continue;
                for (std::int32_t k = run.first; k < run.end; ++k) {
                    const std::int32_t kx = k * t;
                    const std::int32_t kw = std::min(t, width - kx);
                    if (std::memcmp(a + kx, b + kx, std::size_t(kw) * sizeof(std::uint32_t)) != 0) {
                        dirty[std::size_t(k)] = 1;
                        changed = true;
                    }
                }
            }
            if (changed) rebuildRuns();
        }
        for (std::int32_t c = 0; c < columns; ++c) {
            if (dirty[std::size_t(c)]) out.push_back(tileRect(c, r));
        }
    }
    return out;
}

}  // namespace lifeline::codec
