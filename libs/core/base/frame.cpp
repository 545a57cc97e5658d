#include "core/base/frame.h"

#include <algorithm>
#include <cassert>
#include <cstring>

namespace lifeline::base {

Frame::Frame(Size size, std::uint32_t fillPixel)
{
    reset(size, fillPixel);
}

void Frame::reset(Size size, std::uint32_t fillPixel)
{
    m_size = size.isEmpty() ? Size{} : size;
    m_pixels.assign(std::size_t(m_size.width) * std::size_t(m_size.height), fillPixel);
}

void Frame::fill(const Rect& r, std::uint32_t pixel)
{
    const Rect c = r.intersected(rect());
    for (std::int32_t y = c.top(); y < c.bottom(); ++y) {
        std::fill_n(row(y) + c.x, c.width, pixel);
    }
}

void Frame::copyFrom(const Frame& source, const Rect& r)
{
    const Rect c = r.intersected(rect()).intersected(source.rect());
    for (std::int32_t y = c.top(); y < c.bottom(); ++y) {
        std::memcpy(row(y) + c.x, source.row(y) + c.x, std::size_t(c.width) * sizeof(std::uint32_t));
    }
}

void Frame::moveRect(const Rect& source, Point dest)
{
    [[maybe_unused]] const Rect target{dest.x, dest.y, source.width, source.height};
    assert(rect().contains(source) && rect().contains(target));
    const std::size_t bytes = std::size_t(source.width) * sizeof(std::uint32_t);
    // Copy rows in the order that never reads a row already overwritten.
    if (dest.y > source.y) {
        for (std::int32_t i = source.height - 1; i >= 0; --i) {
            std::memmove(row(dest.y + i) + dest.x, row(source.y + i) + source.x, bytes);
        }
    } else {
        for (std::int32_t i = 0; i < source.height; ++i) {
            std::memmove(row(dest.y + i) + dest.x, row(source.y + i) + source.x, bytes);
        }
    }
}

}  // namespace lifeline::base
