#include "support/x11_painter.h"

#include <xcb/xcb.h>

#include <algorithm>
#include <cstdlib>
#include <random>

namespace lifeline::testing {

X11Painter::X11Painter(const std::string& display)
{
    m_connection = xcb_connect(display.c_str(), nullptr);
    if (xcb_connection_has_error(m_connection)) return;
    m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
    m_gc = xcb_generate_id(m_connection);
    xcb_create_gc(m_connection, m_gc, m_root, 0, nullptr);
    sync();
}

X11Painter::~X11Painter()
{
    if (m_connection) xcb_disconnect(m_connection);
}

bool X11Painter::ok() const
{
    return m_connection && !xcb_connection_has_error(m_connection);
}

void X11Painter::put(const base::Rect& r, const std::vector<std::uint32_t>& pixels)
{
    // In bands of 32 rows: each request stays below the core protocol's size limit.
    for (std::int32_t y = 0; y < r.height; y += 32) {
        const std::int32_t rows = std::min(32, r.height - y);
        xcb_put_image(m_connection, XCB_IMAGE_FORMAT_Z_PIXMAP, m_root, m_gc, std::uint16_t(r.width),
            std::uint16_t(rows), std::int16_t(r.x), std::int16_t(r.y + y), 0, 24, std::uint32_t(r.width * rows * 4),
            reinterpret_cast<const std::uint8_t*>(pixels.data() + std::size_t(y) * std::size_t(r.width)));
    }
    sync();
}

void X11Painter::fill(const base::Rect& r, std::uint32_t pixel)
{
    xcb_change_gc(m_connection, m_gc, XCB_GC_FOREGROUND, &pixel);
    const xcb_rectangle_t rect{std::int16_t(r.x), std::int16_t(r.y), std::uint16_t(r.width), std::uint16_t(r.height)};
    xcb_poly_fill_rectangle(m_connection, m_root, m_gc, 1, &rect);
    sync();
}

void X11Painter::warpPointer(base::Point p)
{
    xcb_warp_pointer(m_connection, XCB_NONE, m_root, 0, 0, 0, 0, std::int16_t(p.x), std::int16_t(p.y));
    sync();
}

void X11Painter::sync()
{
    std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
}

std::vector<std::uint32_t> X11Painter::randomPixels(const base::Rect& r, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<std::uint32_t> p(std::size_t(r.area()));
    for (std::uint32_t& v : p) v = rng() & 0xFFFFFF;
    return p;
}

}  // namespace lifeline::testing
