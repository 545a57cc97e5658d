#include "applet/panic_key.h"

#include <QSocketNotifier>

#include <xcb/xcb.h>

#include "core/base/malloc_ptr.h"

namespace lifeline::applet {

namespace {

constexpr xcb_keysym_t kPauseKeysym = 0xff13;  // XK_Pause

}  // namespace

struct PanicKey::X11
{
    ~X11()
    {
        if (connection) {
            if (keycode) xcb_ungrab_key(connection, keycode, root, XCB_MOD_MASK_ANY);
            xcb_disconnect(connection);
        }
    }

    xcb_connection_t* connection = nullptr;
    xcb_window_t root = 0;
    xcb_keycode_t keycode = 0;
};

base::Result<std::unique_ptr<PanicKey>> PanicKey::grab(const std::string& display)
{
    auto x11 = std::make_unique<X11>();
    x11->connection = xcb_connect(display.empty() ? nullptr : display.c_str(), nullptr);
    if (xcb_connection_has_error(x11->connection)) {
        return base::makeError(base::ErrorCode::kUnavailable, "cannot open the X display");
    }
    const xcb_setup_t* setup = xcb_get_setup(x11->connection);
    x11->root = xcb_setup_roots_iterator(setup).data->root;

    // Which keycode carries Pause in this keyboard map.
    const int count = setup->max_keycode - setup->min_keycode + 1;
    auto cookie = xcb_get_keyboard_mapping(x11->connection, setup->min_keycode, static_cast<std::uint8_t>(count));
    base::MallocPtr<xcb_get_keyboard_mapping_reply_t> reply(
        xcb_get_keyboard_mapping_reply(x11->connection, cookie, nullptr));
    if (reply) {
        const xcb_keysym_t* syms = xcb_get_keyboard_mapping_keysyms(reply.get());
        const int perCode = reply->keysyms_per_keycode;
        for (int code = 0; code < count && !x11->keycode; ++code) {
            for (int level = 0; level < perCode; ++level) {
                if (syms[code * perCode + level] == kPauseKeysym) {
                    x11->keycode = static_cast<xcb_keycode_t>(setup->min_keycode + code);
                    break;
                }
            }
        }
    }
    if (!x11->keycode) return base::makeError(base::ErrorCode::kUnavailable, "no Pause key in the keyboard map");

    base::MallocPtr<xcb_generic_error_t> error(xcb_request_check(
        x11->connection, xcb_grab_key_checked(x11->connection, 1, x11->root, XCB_MOD_MASK_ANY, x11->keycode,
                                              XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC)));
    if (error) {
        x11->keycode = 0;  // nothing to ungrab
        return base::makeError(base::ErrorCode::kUnavailable, "another program holds the Pause key");
    }
    return std::unique_ptr<PanicKey>(new PanicKey(std::move(x11)));
}

PanicKey::PanicKey(std::unique_ptr<X11> x11) : m_x11(std::move(x11))
{
    m_notifier = new QSocketNotifier(xcb_get_file_descriptor(m_x11->connection), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PanicKey::readEvents);
}

PanicKey::~PanicKey() = default;

void PanicKey::readEvents()
{
    while (base::MallocPtr<xcb_generic_event_t> event{xcb_poll_for_event(m_x11->connection)}) {
        if ((event->response_type & 0x7f) == XCB_KEY_PRESS &&
            reinterpret_cast<xcb_key_press_event_t*>(event.get())->detail == m_x11->keycode) {
            emit pressed();
        }
    }
    if (xcb_connection_has_error(m_x11->connection)) m_notifier->setEnabled(false);
}

}  // namespace lifeline::applet
