#include "core/codec/scroll_detector.h"

#include "core/codec/tile_differ.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace lifeline::codec {

namespace {

constexpr std::int32_t kStrip = 32;
constexpr std::int32_t kMinRows = 16;    // a shorter block is cheaper to send as tiles
constexpr std::int32_t kMinWidth = 64;
constexpr std::int32_t kMinVotes = 8;

std::uint64_t hashSpan(const std::uint32_t* p, std::int32_t n)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ std::uint64_t(n);
    for (std::int32_t i = 0; i < n; ++i) {
        h = (h ^ p[i]) * 0x100000001B3ull;
        h ^= h >> 29;
    }
    return h;
}

bool uniform(const std::uint32_t* p, std::int32_t n)
{
    return std::all_of(p, p + n, [first = p[0]](std::uint32_t v) { return v == first; });
}

bool rowsEqual(const base::Frame& a, std::int32_t ya, const base::Frame& b, std::int32_t yb, std::int32_t x,
    std::int32_t width)
{
    return std::memcmp(a.row(ya) + x, b.row(yb) + x, std::size_t(width) * sizeof(std::uint32_t)) == 0;
}

}  // namespace

std::optional<ScrollMotion> detectVerticalScroll(const base::Frame& previous, const base::Frame& current,
    const base::Rect& areaIn)
{
    if (previous.size() != current.size()) return std::nullopt;
    const base::Rect area = areaIn.intersected(current.rect());
    if (area.height < 2 * kMinRows || area.width < kMinWidth) return std::nullopt;

    const std::int32_t strips = area.width / kStrip;  // whole strips only
    const std::int32_t h = area.height;
    std::vector<std::int32_t> votes(std::size_t(2 * h), 0);              // index dy + h
    std::vector<std::int32_t> stripBest(std::size_t(strips), 0);         // best dy per strip
    std::unordered_map<std::uint64_t, std::int32_t> rowOf;               // prev hash -> row, -1 if repeated
    std::vector<std::int32_t> stripVotes(std::size_t(2 * h), 0);
    rowOf.reserve(std::size_t(h) * 2);

    for (std::int32_t s = 0; s < strips; ++s) {
        const std::int32_t x = area.x + s * kStrip;
        rowOf.clear();
        for (std::int32_t y = area.top(); y < area.bottom(); ++y) {
            const std::uint32_t* p = previous.row(y) + x;
            if (uniform(p, kStrip)) continue;
            auto [it, inserted] = rowOf.emplace(hashSpan(p, kStrip), y);
            if (!inserted) it->second = -1;
        }
        std::fill(stripVotes.begin(), stripVotes.end(), 0);
        for (std::int32_t y = area.top(); y < area.bottom(); ++y) {
            const std::uint32_t* p = current.row(y) + x;
            if (uniform(p, kStrip)) continue;
            const auto it = rowOf.find(hashSpan(p, kStrip));
            if (it == rowOf.end() || it->second < 0 || it->second == y) continue;
            ++stripVotes[std::size_t(y - it->second + h)];
        }
        const auto best = std::max_element(stripVotes.begin(), stripVotes.end());
        stripBest[std::size_t(s)] = *best >= kMinVotes / 2 ? std::int32_t(best - stripVotes.begin()) - h : 0;
        for (std::size_t i = 0; i < votes.size(); ++i) votes[i] += stripVotes[i];
    }

    const auto winner = std::max_element(votes.begin(), votes.end());
    if (*winner < kMinVotes) return std::nullopt;
    const std::int32_t dy = std::int32_t(winner - votes.begin()) - h;
    if (dy == 0 || std::abs(dy) > h - kMinRows) return std::nullopt;

    // The widest run of strips that agree on dy is the horizontal extent.
    std::int32_t bestStart = 0;
    std::int32_t bestLength = 0;
    for (std::int32_t s = 0; s < strips;) {
        if (stripBest[std::size_t(s)] != dy) {
            ++s;
            continue;
        }
        std::int32_t e = s;
        while (e < strips && stripBest[std::size_t(e)] == dy) ++e;
        if (e - s > bestLength) {
            bestStart = s;
            bestLength = e - s;
        }
        s = e;
    }
    if (bestLength * kStrip < kMinWidth) return std::nullopt;
    std::int32_t x0 = area.x + bestStart * kStrip;
    std::int32_t x1 = x0 + bestLength * kStrip;

    // The longest run of rows where the shifted block matches exactly.
    const std::int32_t yFrom = std::max(area.top(), area.top() + dy);
    const std::int32_t yTo = std::min(area.bottom(), area.bottom() + dy);
    std::int32_t runStart = 0;
    std::int32_t runLength = 0;
    for (std::int32_t y = yFrom; y < yTo;) {
        if (!rowsEqual(current, y, previous, y - dy, x0, x1 - x0)) {
            ++y;
            continue;
        }
        std::int32_t e = y;
        while (e < yTo && rowsEqual(current, e, previous, e - dy, x0, x1 - x0)) ++e;
        if (e - y > runLength) {
            runStart = y;
            runLength = e - y;
        }
        y = e;
    }
    if (runLength < kMinRows) return std::nullopt;

    // Widen pixel by pixel while whole columns still match (window edges rarely sit on
    // the strip grid).
    auto columnMatches = [&](std::int32_t x) {
        for (std::int32_t y = runStart; y < runStart + runLength; ++y) {
            if (current.pixel(x, y) != previous.pixel(x, y - dy)) return false;
        }
        return true;
    };
    while (x0 > area.left() && columnMatches(x0 - 1)) --x0;
    while (x1 < area.right() && columnMatches(x1)) ++x1;

    return ScrollMotion{base::Rect{x0, runStart, x1 - x0, runLength}, dy};
}

std::optional<ScrollMotion> applyScrollIfItHelps(const TileDiffer& differ, base::Frame& reference,
    const base::Frame& current, std::vector<base::Rect>& tiles, ScrollBackoff& backoff)
{
    if (tiles.size() < 8 || !backoff.shouldTry()) return std::nullopt;
    base::Rect box;
    for (const base::Rect& t : tiles) box = box.united(t);
    const std::optional<ScrollMotion> motion = detectVerticalScroll(reference, current, box);
    if (!motion) {
        backoff.miss();
        return std::nullopt;
    }
    // Try the copy; keep it only if fewer tiles remain. Only the target block changes, so
    // only it is saved for the way back.
    const base::Rect dest = motion->dest;
    base::Frame saved(dest.size());
    for (std::int32_t y = 0; y < dest.height; ++y) {
        std::copy_n(reference.row(dest.y + y) + dest.x, dest.width, saved.row(y));
    }
    reference.moveRect(motion->source(), base::Point{dest.x, dest.y});
    base::Region hints;
    for (const base::Rect& t : tiles) hints.add(t);
    hints.add(dest);
    std::vector<base::Rect> after = differ.changedTiles(reference, current, hints);
    if (after.size() >= tiles.size()) {
        for (std::int32_t y = 0; y < dest.height; ++y) {
            std::copy_n(saved.row(y), dest.width, reference.row(dest.y + y) + dest.x);
        }
        backoff.miss();
        return std::nullopt;
    }
    backoff.hit();
    tiles.swap(after);
    return motion;
}

}  // namespace lifeline::codec
