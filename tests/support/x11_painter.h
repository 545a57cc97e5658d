#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/geometry.h"

struct xcb_connection_t;

namespace lifeline::testing {

// Draws on the root window of an X display with its own xcb connection, for X11 tests
// that check what a capturer sees. Every call returns after the server has done it.
class X11Painter
{
public:
    explicit X11Painter(const std::string& display);
    ~X11Painter();
    X11Painter(const X11Painter&) = delete;
    X11Painter& operator=(const X11Painter&) = delete;

    bool ok() const;
    xcb_connection_t* connection() const { return m_connection; }
    std::uint32_t root() const { return m_root; }

    // pixels: 0x00RRGGBB, row-major, r.width * r.height of them.
    void put(const base::Rect& r, const std::vector<std::uint32_t>& pixels);
    void fill(const base::Rect& r, std::uint32_t pixel);
    void warpPointer(base::Point p);
    void sync();

    static std::vector<std::uint32_t> randomPixels(const base::Rect& r, std::uint32_t seed);

private:
    xcb_connection_t* m_connection = nullptr;
    std::uint32_t m_root = 0;
    std::uint32_t m_gc = 0;
};

}  // namespace lifeline::testing
