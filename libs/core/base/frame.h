#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/base/geometry.h"

namespace lifeline::base {

// One screen image: 32-bit pixels 0x00RRGGBB in native byte order (the X server's
// ZPixmap layout for depth 24 on little-endian machines), rows packed without padding.
// A value type; the pipeline keeps one per end (capture target, encoder reference,
// viewer framebuffer) and copies only the rectangles that changed between them.
class Frame
{
public:
    Frame() = default;
    explicit Frame(Size size, std::uint32_t fillPixel = 0);

    Size size() const { return m_size; }
    std::int32_t width() const { return m_size.width; }
    std::int32_t height() const { return m_size.height; }
    Rect rect() const { return Rect{0, 0, m_size.width, m_size.height}; }
    bool isEmpty() const { return m_size.isEmpty(); }

    std::uint32_t* row(std::int32_t y) { return m_pixels.data() + std::size_t(y) * std::size_t(m_size.width); }
    const std::uint32_t* row(std::int32_t y) const
    {
        return m_pixels.data() + std::size_t(y) * std::size_t(m_size.width);
    }
    std::uint32_t pixel(std::int32_t x, std::int32_t y) const { return row(y)[x]; }
    void setPixel(std::int32_t x, std::int32_t y, std::uint32_t p) { row(y)[x] = p; }
    std::span<std::uint32_t> pixels() { return m_pixels; }
    std::span<const std::uint32_t> pixels() const { return m_pixels; }

    // Reallocates to size; the content is filled with fillPixel.
    void reset(Size size, std::uint32_t fillPixel = 0);
    // Fills r (clipped to the frame).
    void fill(const Rect& r, std::uint32_t pixel);
    // Copies r (clipped to both frames) from source at the same position.
    void copyFrom(const Frame& source, const Rect& r);
    // Moves the pixels of source to dest's top-left corner inside this frame; the two may
    // overlap (a scroll). Both rectangles must lie inside the frame.
    void moveRect(const Rect& source, Point dest);

    friend bool operator==(const Frame&, const Frame&) = default;

private:
    Size m_size;
    std::vector<std::uint32_t> m_pixels;
};

}  // namespace lifeline::base
