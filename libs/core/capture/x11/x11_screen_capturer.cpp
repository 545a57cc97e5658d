#include "core/capture/x11/x11_screen_capturer.h"

#include <sys/ipc.h>
#include <sys/shm.h>
#include <xcb/damage.h>
#include <xcb/randr.h>
#include <xcb/shm.h>
#include <xcb/xcb.h>
#include <xcb/xfixes.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

#include "core/base/malloc_ptr.h"

namespace lifeline::capture {

namespace {

using base::ErrorCode;
using base::makeError;
using base::Rect;

// Replies and errors from xcb are malloc'ed; this frees them.
template <typename T>
using XcbReply = base::MallocPtr<T>;

base::Error unavailable(const std::string& what)
{
    return makeError(ErrorCode::kUnavailable, "x11 capture: " + what);
}

// Damage beyond this many rectangles, or covering more than half the area, is fetched as
// its bounding box in one request: fewer round trips beat fewer bytes on a local socket.
constexpr std::size_t kMaxGrabRects = 32;

}  // namespace

struct X11ScreenCapturer::Shm
{
    xcb_connection_t* connection = nullptr;
    xcb_shm_seg_t segment = 0;
    void* address = nullptr;
    std::size_t size = 0;

    ~Shm()
    {
        if (segment) xcb_shm_detach(connection, segment);
        if (address) shmdt(address);
    }
};

X11ScreenCapturer::X11ScreenCapturer(xcb_connection_t* connection) : m_connection(connection) {}

X11ScreenCapturer::~X11ScreenCapturer()
{
    m_shm.reset();
    if (!xcb_connection_has_error(m_connection)) {
        if (m_damage) xcb_damage_destroy(m_connection, m_damage);
        if (m_region) xcb_xfixes_destroy_region(m_connection, m_region);
        xcb_flush(m_connection);
    }
    xcb_disconnect(m_connection);
}

base::Result<std::unique_ptr<X11ScreenCapturer>> X11ScreenCapturer::open(const std::string& display)
{
    int screenNumber = 0;
    xcb_connection_t* connection = xcb_connect(display.empty() ? nullptr : display.c_str(), &screenNumber);
    std::unique_ptr<X11ScreenCapturer> capturer(new X11ScreenCapturer(connection));
    if (xcb_connection_has_error(connection)) {
        return unavailable("cannot open display '" + (display.empty() ? std::string("$DISPLAY") : display) + "'");
    }
    xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber && it.rem; ++i) xcb_screen_next(&it);
    if (!it.rem) return unavailable("no such screen");
    capturer->m_root = it.data->root;

    // Pixel format: depth 24 in 32-bit little-endian pixels, 8 bits per channel.
    const xcb_setup_t* setup = xcb_get_setup(connection);
    bool format32 = false;
    for (auto f = xcb_setup_pixmap_formats_iterator(setup); f.rem; xcb_format_next(&f)) {
        if (f.data->depth == it.data->root_depth) format32 = f.data->bits_per_pixel == 32;
    }
    bool rgb888 = false;
    for (auto d = xcb_screen_allowed_depths_iterator(it.data); d.rem; xcb_depth_next(&d)) {
        for (auto v = xcb_depth_visuals_iterator(d.data); v.rem; xcb_visualtype_next(&v)) {
            if (v.data->visual_id == it.data->root_visual) {
                rgb888 = v.data->red_mask == 0xFF0000 && v.data->green_mask == 0xFF00 && v.data->blue_mask == 0xFF;
            }
        }
    }
    if (it.data->root_depth != 24 || !format32 || !rgb888 || setup->image_byte_order != XCB_IMAGE_ORDER_LSB_FIRST) {
        return unavailable("the display is not 24-bit RGB in 32-bit pixels");
    }

    if (base::Status s = capturer->initialise(); !s) return s.error();
    return capturer;
}

base::Status X11ScreenCapturer::initialise()
{
    xcb_connection_t* c = m_connection;
    const xcb_query_extension_reply_t* shm = xcb_get_extension_data(c, &xcb_shm_id);
    const xcb_query_extension_reply_t* damage = xcb_get_extension_data(c, &xcb_damage_id);
    const xcb_query_extension_reply_t* xfixes = xcb_get_extension_data(c, &xcb_xfixes_id);
    const xcb_query_extension_reply_t* randr = xcb_get_extension_data(c, &xcb_randr_id);
    if (!shm || !shm->present) return unavailable("MIT-SHM missing");
    if (!damage || !damage->present) return unavailable("DAMAGE missing");
    if (!xfixes || !xfixes->present) return unavailable("XFIXES missing");
    if (!randr || !randr->present) return unavailable("RANDR missing");
    m_damageEvent = damage->first_event;
    m_xfixesEvent = xfixes->first_event;
    m_randrEvent = randr->first_event;

    // Versions must be negotiated before the extensions' requests are used.
    XcbReply<xcb_xfixes_query_version_reply_t> xfixesVersion(
        xcb_xfixes_query_version_reply(c, xcb_xfixes_query_version(c, 5, 0), nullptr));
    XcbReply<xcb_damage_query_version_reply_t> damageVersion(
        xcb_damage_query_version_reply(c, xcb_damage_query_version(c, 1, 1), nullptr));
    XcbReply<xcb_randr_query_version_reply_t> randrVersion(
        xcb_randr_query_version_reply(c, xcb_randr_query_version(c, 1, 5), nullptr));
    if (!xfixesVersion || xfixesVersion->major_version < 2) return unavailable("XFIXES 2 or later needed");
    if (!damageVersion) return unavailable("DAMAGE version query failed");
    if (!randrVersion || (randrVersion->major_version == 1 && randrVersion->minor_version < 5)) {
        return unavailable("RandR 1.5 or later needed");
    }

    m_damage = xcb_generate_id(c);
    xcb_damage_create(c, m_damage, m_root, XCB_DAMAGE_REPORT_LEVEL_NON_EMPTY);
    m_region = xcb_generate_id(c);
    xcb_xfixes_create_region(c, m_region, 0, nullptr);
    xcb_xfixes_select_cursor_input(c, m_root, XCB_XFIXES_CURSOR_NOTIFY_MASK_DISPLAY_CURSOR);
    xcb_randr_select_input(c, m_root,
        XCB_RANDR_NOTIFY_MASK_SCREEN_CHANGE | XCB_RANDR_NOTIFY_MASK_CRTC_CHANGE | XCB_RANDR_NOTIFY_MASK_OUTPUT_CHANGE);
    const std::uint32_t mask = XCB_EVENT_MASK_STRUCTURE_NOTIFY;
    xcb_change_window_attributes(c, m_root, XCB_CW_EVENT_MASK, &mask);
    return refreshLayout();
}

int X11ScreenCapturer::eventFd() const
{
    return xcb_get_file_descriptor(m_connection);
}

void X11ScreenCapturer::drainEvents()
{
    while (xcb_generic_event_t* event = xcb_poll_for_event(m_connection)) {
        const std::uint8_t type = event->response_type & 0x7F;
        if (type == m_damageEvent + XCB_DAMAGE_NOTIFY) {
            m_damagePending = true;
        } else if (type == m_xfixesEvent + XCB_XFIXES_CURSOR_NOTIFY) {
            m_cursorDirty = true;
        } else if (type == m_randrEvent + XCB_RANDR_SCREEN_CHANGE_NOTIFY || type == m_randrEvent + XCB_RANDR_NOTIFY
            || type == XCB_CONFIGURE_NOTIFY) {
            m_layoutDirty = true;
        }
        std::free(event);
    }
}

bool X11ScreenCapturer::hasPendingDamage()
{
    drainEvents();
    return m_damagePending || m_layoutDirty || m_needFull;
}

base::Status X11ScreenCapturer::refreshLayout()
{
    xcb_connection_t* c = m_connection;
    auto geometryCookie = xcb_get_geometry(c, m_root);
    auto monitorsCookie = xcb_randr_get_monitors(c, m_root, 1);
    XcbReply<xcb_get_geometry_reply_t> geometry(xcb_get_geometry_reply(c, geometryCookie, nullptr));
    XcbReply<xcb_randr_get_monitors_reply_t> monitors(xcb_randr_get_monitors_reply(c, monitorsCookie, nullptr));
    if (!geometry || !monitors) return unavailable("lost the X connection");

    DisplayLayout layout;
    layout.desktop = base::Size{geometry->width, geometry->height};
    std::vector<xcb_atom_t> names;
    for (auto m = xcb_randr_get_monitors_monitors_iterator(monitors.get()); m.rem;
         xcb_randr_monitor_info_next(&m)) {
        const Rect area = Rect{m.data->x, m.data->y, m.data->width, m.data->height}.intersected(
            Rect{0, 0, layout.desktop.width, layout.desktop.height});
        if (area.isEmpty()) continue;
        layout.monitors.push_back(Monitor{{}, area, m.data->primary != 0});
        names.push_back(m.data->name);
    }
    // RandR lists monitors in no stable order; sort left to right, then top to bottom.
    std::vector<std::size_t> order(layout.monitors.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Rect& ra = layout.monitors[a].geometry;
        const Rect& rb = layout.monitors[b].geometry;
        return ra.x != rb.x ? ra.x < rb.x : ra.y < rb.y;
    });
    std::vector<xcb_get_atom_name_cookie_t> nameCookies;
    for (std::size_t i : order) nameCookies.push_back(xcb_get_atom_name(c, names[i]));
    DisplayLayout sorted{layout.desktop, {}};
    for (std::size_t k = 0; k < order.size(); ++k) {
        Monitor monitor = layout.monitors[order[k]];
        XcbReply<xcb_get_atom_name_reply_t> name(xcb_get_atom_name_reply(c, nameCookies[k], nullptr));
        if (name) monitor.name.assign(xcb_get_atom_name_name(name.get()), std::size_t(xcb_get_atom_name_name_length(name.get())));
        sorted.monitors.push_back(std::move(monitor));
    }
    if (sorted.monitors.empty()) {
        sorted.monitors.push_back(Monitor{"default", Rect{0, 0, layout.desktop.width, layout.desktop.height}, true});
    }
    if (sorted != m_layout) {
        if (m_selected != kAllMonitors
            && (std::size_t(m_selected) >= sorted.monitors.size()
                || sorted.monitors[std::size_t(m_selected)].geometry
                    != m_layout.monitors[std::size_t(m_selected)].geometry)) {
            m_selected = kAllMonitors;  // the monitor being shared went away or moved
        }
        m_layout = std::move(sorted);
        m_needFull = true;
    }
    m_layoutDirty = false;
    return {};
}

base::Status X11ScreenCapturer::selectMonitor(int index)
{
    if (index != kAllMonitors && (index < 0 || std::size_t(index) >= m_layout.monitors.size())) {
        return makeError(ErrorCode::kInvalidArgument, "no such monitor");
    }
    m_selected = index;
    m_needFull = true;
    return {};
}

Rect X11ScreenCapturer::capturedArea() const
{
    if (m_selected == kAllMonitors) return Rect{0, 0, m_layout.desktop.width, m_layout.desktop.height};
    return m_layout.monitors[std::size_t(m_selected)].geometry;
}

base::Status X11ScreenCapturer::ensureShm(std::size_t bytes)
{
    if (m_shm && m_shm->size >= bytes) return {};
    m_shm.reset();
    auto shm = std::make_unique<Shm>();
    shm->connection = m_connection;
    const int id = shmget(IPC_PRIVATE, bytes, IPC_CREAT | 0600);
    if (id < 0) return unavailable("shmget failed");
    shm->address = shmat(id, nullptr, 0);
    if (shm->address == reinterpret_cast<void*>(-1)) {
        shm->address = nullptr;
        shmctl(id, IPC_RMID, nullptr);
        return unavailable("shmat failed");
    }
    shm->segment = xcb_generate_id(m_connection);
    XcbReply<xcb_generic_error_t> error(
        xcb_request_check(m_connection, xcb_shm_attach_checked(m_connection, shm->segment, std::uint32_t(id), 0)));
    // Marked for removal now: the kernel frees it when both sides detach, even after a crash.
    shmctl(id, IPC_RMID, nullptr);
    if (error) {
        shm->segment = 0;
        return unavailable("the X server cannot attach shared memory (remote display?)");
    }
    shm->size = bytes;
    m_shm = std::move(shm);
    return {};
}

base::Status X11ScreenCapturer::grab(const Rect& desktopRect, const Rect& area)
{
    const Rect r = desktopRect.intersected(area);
    if (r.isEmpty()) return {};
    if (base::Status s = ensureShm(std::size_t(area.width) * std::size_t(area.height) * 4); !s) return s;
    XcbReply<xcb_generic_error_t> error;
    xcb_generic_error_t* raw = nullptr;
    XcbReply<xcb_shm_get_image_reply_t> reply(xcb_shm_get_image_reply(m_connection,
        xcb_shm_get_image(m_connection, m_root, std::int16_t(r.x), std::int16_t(r.y), std::uint16_t(r.width),
            std::uint16_t(r.height), ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, m_shm->segment, 0),
        &raw));
    error.reset(raw);
    if (!reply || error) return unavailable("ShmGetImage failed");
    const auto* pixels = static_cast<const std::uint32_t*>(m_shm->address);
    for (std::int32_t y = 0; y < r.height; ++y) {
        const std::uint32_t* src = pixels + std::size_t(y) * std::size_t(r.width);
        std::uint32_t* dst = m_frame.row(r.y - area.y + y) + (r.x - area.x);
        for (std::int32_t x = 0; x < r.width; ++x) dst[x] = src[x] & 0xFFFFFFu;
    }
    return {};
}

base::Result<Capture> X11ScreenCapturer::captureFrame()
{
    drainEvents();
    if (xcb_connection_has_error(m_connection)) return unavailable("lost the X connection");
    // Monitors set with `xrandr --setmonitor` send no event, so the layout is asked for on
    // every capture; it is one small round trip.
    if (base::Status s = refreshLayout(); !s) return s.error();

    Capture result;
    const Rect area = capturedArea();
    // Take the damage first: whatever is drawn from now on lands in the next capture.
    xcb_damage_subtract(m_connection, m_damage, XCB_NONE, m_region);
    XcbReply<xcb_xfixes_fetch_region_reply_t> region(
        xcb_xfixes_fetch_region_reply(m_connection, xcb_xfixes_fetch_region(m_connection, m_region), nullptr));
    m_damagePending = false;
    if (!region) return unavailable("lost the X connection");

    if (m_needFull || m_frame.size() != area.size()) {
        result.layoutChanged = true;
        m_frame.reset(area.size());
        m_needFull = false;
        if (base::Status s = grab(area, area); !s) return s.error();
        result.damage.add(Rect{0, 0, area.width, area.height});
        return result;
    }

    base::Region damage;
    const xcb_rectangle_t* rects = xcb_xfixes_fetch_region_rectangles(region.get());
    const int count = xcb_xfixes_fetch_region_rectangles_length(region.get());
    std::int64_t damagedArea = 0;
    for (int i = 0; i < count; ++i) {
        const Rect r = Rect{rects[i].x, rects[i].y, rects[i].width, rects[i].height}.intersected(area);
        damage.add(r);
        damagedArea += r.area();
    }
    if (damage.isEmpty()) return result;
    if (damage.rects().size() > kMaxGrabRects || damagedArea * 2 > area.area()) {
        const Rect box = damage.boundingRect();
        damage = base::Region(box);
    }
    for (const Rect& r : damage.rects()) {
        if (base::Status s = grab(r, area); !s) return s.error();
        result.damage.add(r.translated(-area.x, -area.y));
    }
    return result;
}

CursorState X11ScreenCapturer::cursor()
{
    CursorState state;
    XcbReply<xcb_query_pointer_reply_t> pointer(
        xcb_query_pointer_reply(m_connection, xcb_query_pointer(m_connection, m_root), nullptr));
    const Rect area = capturedArea();
    if (pointer) state.position = base::Point{pointer->root_x - area.x, pointer->root_y - area.y};
    state.shapeSerial = cursorShape().serial;
    return state;
}

const CursorShape& X11ScreenCapturer::cursorShape()
{
    drainEvents();
    if (m_cursorDirty) fetchCursorShape();
    return m_cursorShape;
}

void X11ScreenCapturer::fetchCursorShape()
{
    XcbReply<xcb_xfixes_get_cursor_image_reply_t> image(xcb_xfixes_get_cursor_image_reply(
        m_connection, xcb_xfixes_get_cursor_image(m_connection), nullptr));
    if (!image) return;
    m_cursorDirty = false;
    CursorShape shape;
    shape.serial = image->cursor_serial;
    shape.size = base::Size{image->width, image->height};
    shape.hotspot = base::Point{image->xhot, image->yhot};
    const std::uint32_t* pixels = xcb_xfixes_get_cursor_image_cursor_image(image.get());
    const int length = xcb_xfixes_get_cursor_image_cursor_image_length(image.get());
    shape.argb.assign(pixels, pixels + std::min<std::int64_t>(length, std::int64_t(image->width) * image->height));
    shape.argb.resize(std::size_t(image->width) * image->height, 0);
    m_cursorShape = std::move(shape);
}

}  // namespace lifeline::capture
