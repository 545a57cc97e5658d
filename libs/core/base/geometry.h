#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace lifeline::base {

struct Point
{
    std::int32_t x = 0;
    std::int32_t y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

struct Size
{
    std::int32_t width = 0;
    std::int32_t height = 0;
    bool isEmpty() const { return width <= 0 || height <= 0; }
    friend bool operator==(const Size&, const Size&) = default;
};

// A half-open pixel rectangle [x, x + width) × [y, y + height).
struct Rect
{
    std::int32_t x = 0;
    std::int32_t y = 0;
    std::int32_t width = 0;
    std::int32_t height = 0;

    static Rect fromEdges(std::int32_t left, std::int32_t top, std::int32_t right, std::int32_t bottom)
    {
        return Rect{left, top, right - left, bottom - top};
    }

    std::int32_t left() const { return x; }
    std::int32_t top() const { return y; }
    std::int32_t right() const { return x + width; }  // exclusive
    std::int32_t bottom() const { return y + height; }  // exclusive
    Size size() const { return Size{width, height}; }
    std::int64_t area() const { return isEmpty() ? 0 : std::int64_t{width} * height; }
    bool isEmpty() const { return width <= 0 || height <= 0; }

    bool contains(const Rect& other) const
    {
        return !other.isEmpty() && other.x >= x && other.y >= y && other.right() <= right()
            && other.bottom() <= bottom();
    }
    bool contains(Point p) const { return p.x >= x && p.y >= y && p.x < right() && p.y < bottom(); }

    Rect intersected(const Rect& other) const
    {
        const Rect r = fromEdges(std::max(x, other.x), std::max(y, other.y), std::min(right(), other.right()),
            std::min(bottom(), other.bottom()));
        return r.isEmpty() ? Rect{} : r;
    }
    bool intersects(const Rect& other) const { return !intersected(other).isEmpty(); }

    // The smallest rectangle holding both; an empty rectangle adds nothing.
    Rect united(const Rect& other) const
    {
        if (isEmpty()) return other;
        if (other.isEmpty()) return *this;
        return fromEdges(std::min(x, other.x), std::min(y, other.y), std::max(right(), other.right()),
            std::max(bottom(), other.bottom()));
    }
    Rect translated(std::int32_t dx, std::int32_t dy) const { return Rect{x + dx, y + dy, width, height}; }

    friend bool operator==(const Rect&, const Rect&) = default;
};

// A set of pixels as a list of rectangles that may overlap. Cheap to build from damage
// events and good enough for "which tiles might have changed"; not a canonical region.
class Region
{
public:
    Region() = default;
    explicit Region(const Rect& r) { add(r); }

    void add(const Rect& r)
    {
        if (!r.isEmpty()) m_rects.push_back(r);
    }
    void add(const Region& other) { m_rects.insert(m_rects.end(), other.m_rects.begin(), other.m_rects.end()); }
    void clear() { m_rects.clear(); }

    // Keeps only the parts inside bounds.
    void clipTo(const Rect& bounds)
    {
        std::vector<Rect> kept;
        kept.reserve(m_rects.size());
        for (const Rect& r : m_rects) {
            const Rect c = r.intersected(bounds);
            if (!c.isEmpty()) kept.push_back(c);
        }
        m_rects.swap(kept);
    }

    bool isEmpty() const { return m_rects.empty(); }
    const std::vector<Rect>& rects() const { return m_rects; }
    Rect boundingRect() const
    {
        Rect b;
        for (const Rect& r : m_rects) b = b.united(r);
        return b;
    }
    bool intersects(const Rect& r) const
    {
        return std::any_of(m_rects.begin(), m_rects.end(), [&](const Rect& m) { return m.intersects(r); });
    }
    bool contains(Point p) const
    {
        return std::any_of(m_rects.begin(), m_rects.end(), [&](const Rect& m) { return m.contains(p); });
    }

private:
    std::vector<Rect> m_rects;
};

}  // namespace lifeline::base
