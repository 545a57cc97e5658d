// The CLIPBOARD selection on X11 (ICCCM): owning it and answering SelectionRequests with
// our content, and, when XFIXES says another client took it, converting it to text or PNG.
// Transfers above the server's request size (INCR) are refused rather than half done.

#include <xcb/xcb.h>
#include <xcb/xfixes.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/input/clipboard.h"

#include "core/base/malloc_ptr.h"

namespace lifeline::input {

namespace {

using base::ErrorCode;
using base::makeError;

template <typename T>
using XcbReply = base::MallocPtr<T>;

class X11Clipboard final : public Clipboard
{
public:
    X11Clipboard(xcb_connection_t* c, std::size_t maxBytes) : m_c(c), m_maxBytes(maxBytes) {}
    ~X11Clipboard() override { xcb_disconnect(m_c); }

    base::Status init()
    {
        if (xcb_connection_has_error(m_c)) return makeError(ErrorCode::kUnavailable, "clipboard: cannot open display");
        const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(m_c)).data;
        const xcb_query_extension_reply_t* xfixes = xcb_get_extension_data(m_c, &xcb_xfixes_id);
        if (!xfixes || !xfixes->present) return makeError(ErrorCode::kUnavailable, "clipboard: XFIXES missing");
        m_xfixesEvent = xfixes->first_event;
        std::free(xcb_xfixes_query_version_reply(m_c, xcb_xfixes_query_version(m_c, 5, 0), nullptr));
        m_window = xcb_generate_id(m_c);
        const std::uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE;
        xcb_create_window(m_c, XCB_COPY_FROM_PARENT, m_window, screen->root, 0, 0, 1, 1, 0, XCB_WINDOW_CLASS_INPUT_ONLY,
            XCB_COPY_FROM_PARENT, XCB_CW_EVENT_MASK, &mask);
        m_clipboard = atom("CLIPBOARD");
        m_targets = atom("TARGETS");
        m_utf8 = atom("UTF8_STRING");
        m_textMime = atom(kMimeText);
        m_png = atom(kMimePng);
        m_incr = atom("INCR");
        m_property = atom("LIFELINE_CLIPBOARD");
        xcb_xfixes_select_selection_input(m_c, m_window, m_clipboard, XCB_XFIXES_SELECTION_EVENT_MASK_SET_SELECTION_OWNER);
        // Largest property we write in one request (the rest of the request is small).
        m_maxTransfer = std::size_t(xcb_get_maximum_request_length(m_c)) * 4 - 1024;
        xcb_flush(m_c);
        return {};
    }

    int eventFd() const override { return xcb_get_file_descriptor(m_c); }
    std::size_t maxBytes() const override { return std::min(m_maxBytes, m_maxTransfer); }

    base::Status set(const ClipboardContent& content) override
    {
        if (content.data.size() > maxBytes()) return makeError(ErrorCode::kLimitReached, "clipboard content too large");
        if (content.mimeType != kMimeText && content.mimeType != kMimePng) {
            return makeError(ErrorCode::kInvalidArgument, "clipboard type not supported: " + content.mimeType);
        }
        m_content = content;
        xcb_set_selection_owner(m_c, m_window, m_clipboard, XCB_CURRENT_TIME);
        XcbReply<xcb_get_selection_owner_reply_t> owner(
            xcb_get_selection_owner_reply(m_c, xcb_get_selection_owner(m_c, m_clipboard), nullptr));
        if (!owner || owner->owner != m_window) return makeError(ErrorCode::kInternal, "clipboard: could not own it");
        return {};
    }

    base::Result<std::optional<ClipboardContent>> process() override
    {
        std::optional<ClipboardContent> taken;
        while (xcb_generic_event_t* event = xcb_poll_for_event(m_c)) {
            handle(event, taken);
            std::free(event);
        }
        if (xcb_connection_has_error(m_c)) return makeError(ErrorCode::kUnavailable, "clipboard: lost the X connection");
        xcb_flush(m_c);
        return taken;
    }

private:
    xcb_atom_t atom(const char* name)
    {
        XcbReply<xcb_intern_atom_reply_t> r(
            xcb_intern_atom_reply(m_c, xcb_intern_atom(m_c, 0, std::uint16_t(std::strlen(name)), name), nullptr));
        return r ? r->atom : xcb_atom_t(XCB_ATOM_NONE);
    }

    void handle(xcb_generic_event_t* event, std::optional<ClipboardContent>& taken)
    {
        const std::uint8_t type = event->response_type & 0x7F;
        if (type == m_xfixesEvent + XCB_XFIXES_SELECTION_NOTIFY) {
            auto* e = reinterpret_cast<xcb_xfixes_selection_notify_event_t*>(event);
            if (e->owner != m_window && e->owner != XCB_NONE) {
                m_content.reset();  // someone else's now
                xcb_convert_selection(m_c, m_window, m_clipboard, m_targets, m_property, XCB_CURRENT_TIME);
            }
        } else if (type == XCB_SELECTION_REQUEST) {
            answer(*reinterpret_cast<xcb_selection_request_event_t*>(event));
        } else if (type == XCB_SELECTION_NOTIFY) {
            auto* e = reinterpret_cast<xcb_selection_notify_event_t*>(event);
            if (e->property == XCB_NONE) return;  // the owner could not convert
            receive(e->target, taken);
        } else if (type == XCB_SELECTION_CLEAR) {
            m_content.reset();
        }
    }

    void receive(xcb_atom_t target, std::optional<ClipboardContent>& taken)
    {
        XcbReply<xcb_get_property_reply_t> reply(xcb_get_property_reply(m_c,
            xcb_get_property(m_c, 1, m_window, m_property, XCB_GET_PROPERTY_TYPE_ANY, 0,
                std::uint32_t((m_maxBytes + 4) / 4)),
            nullptr));
        if (!reply || reply->type == m_incr) return;  // too large for one transfer: not taken
        const auto* bytes = static_cast<const char*>(xcb_get_property_value(reply.get()));
        const int length = xcb_get_property_value_length(reply.get());
        if (reply->bytes_after > 0) return;  // above our cap
        if (target == m_targets) {
            // Prefer text, then PNG.
            const auto* atoms = reinterpret_cast<const xcb_atom_t*>(bytes);
            const int count = reply->format == 32 ? length / 4 : 0;
            xcb_atom_t choice = XCB_ATOM_NONE;
            for (int i = 0; i < count; ++i) {
                if (atoms[i] == m_utf8 || atoms[i] == m_textMime) choice = m_utf8;
            }
            for (int i = 0; i < count && choice == XCB_ATOM_NONE; ++i) {
                if (atoms[i] == m_png) choice = m_png;
            }
            if (choice != XCB_ATOM_NONE) {
                xcb_convert_selection(m_c, m_window, m_clipboard, choice, m_property, XCB_CURRENT_TIME);
            }
            return;
        }
        if (target == m_utf8 || target == m_png) {
            taken = ClipboardContent{target == m_png ? kMimePng : kMimeText, std::string(bytes, std::size_t(length))};
        }
    }

    void answer(const xcb_selection_request_event_t& request)
    {
        xcb_selection_notify_event_t notify{};
        notify.response_type = XCB_SELECTION_NOTIFY;
        notify.time = request.time;
        notify.requestor = request.requestor;
        notify.selection = request.selection;
        notify.target = request.target;
        notify.property = XCB_NONE;  // refused unless set below
        const xcb_atom_t property = request.property == XCB_NONE ? request.target : request.property;
        if (m_content && request.selection == m_clipboard) {
            const bool text = m_content->mimeType == kMimeText;
            if (request.target == m_targets) {
                std::vector<xcb_atom_t> offered = {m_targets};
                if (text) {
                    offered.push_back(m_utf8);
                    offered.push_back(m_textMime);
                } else {
                    offered.push_back(m_png);
                }
                xcb_change_property(m_c, XCB_PROP_MODE_REPLACE, request.requestor, property, XCB_ATOM_ATOM, 32,
                    std::uint32_t(offered.size()), offered.data());
                notify.property = property;
            } else if ((text && (request.target == m_utf8 || request.target == m_textMime))
                || (!text && request.target == m_png)) {
                xcb_change_property(m_c, XCB_PROP_MODE_REPLACE, request.requestor, property, request.target, 8,
                    std::uint32_t(m_content->data.size()), m_content->data.data());
                notify.property = property;
            }
        }
        // xcb_send_event copies 32 bytes; the event struct is shorter.
        char wire[32] = {};
        std::memcpy(wire, &notify, sizeof notify);
        xcb_send_event(m_c, 0, request.requestor, XCB_EVENT_MASK_NO_EVENT, wire);
    }

    xcb_connection_t* m_c;
    std::size_t m_maxBytes;
    std::size_t m_maxTransfer = 0;
    xcb_window_t m_window = 0;
    std::uint8_t m_xfixesEvent = 0;
    xcb_atom_t m_clipboard = 0, m_targets = 0, m_utf8 = 0, m_textMime = 0, m_png = 0, m_incr = 0, m_property = 0;
    std::optional<ClipboardContent> m_content;
};

}  // namespace

base::Result<std::unique_ptr<Clipboard>> openX11Clipboard(const std::string& display, std::size_t maxBytes)
{
    auto clipboard = std::make_unique<X11Clipboard>(xcb_connect(display.empty() ? nullptr : display.c_str(), nullptr),
        maxBytes);
    if (base::Status s = clipboard->init(); !s) return s.error();
    return std::unique_ptr<Clipboard>(std::move(clipboard));
}

}  // namespace lifeline::input
