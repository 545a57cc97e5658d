#include "core/input/x11/x11_input_injector.h"

#include <xcb/xcb.h>
#include <xcb/xtest.h>

#define XK_MISCELLANY
#define XK_XKB_KEYS
#include <X11/keysymdef.h>

#include <algorithm>
#include <cstdlib>

#include "core/input/keysym.h"

#include "core/base/malloc_ptr.h"

namespace lifeline::input {

namespace {

using base::ErrorCode;
using base::makeError;

template <typename T>
using XcbReply = base::MallocPtr<T>;

constexpr std::uint16_t kShiftMask = XCB_MOD_MASK_SHIFT;
constexpr std::uint16_t kLockMask = XCB_MOD_MASK_LOCK;
// Physical keys are Linux evdev codes; X keycodes on Linux are evdev + 8.
constexpr std::uint32_t kEvdevToX = 8;

base::Error unavailable(const std::string& what)
{
    return makeError(ErrorCode::kUnavailable, "x11 input: " + what);
}

}  // namespace

X11InputInjector::X11InputInjector(xcb_connection_t* connection) : m_connection(connection) {}

X11InputInjector::~X11InputInjector()
{
    if (!xcb_connection_has_error(m_connection)) {
        releaseAll();
        // Give the spare keycodes back their emptiness.
        for (const auto& [keycode, keysym] : m_bound) {
            std::vector<xcb_keysym_t> none(std::size_t(m_symsPerKeycode), 0);
            xcb_change_keyboard_mapping(m_connection, 1, keycode, std::uint8_t(m_symsPerKeycode), none.data());
        }
        std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    }
    xcb_disconnect(m_connection);
}

base::Result<std::unique_ptr<X11InputInjector>> X11InputInjector::open(const std::string& display)
{
    int screen = 0;
    xcb_connection_t* connection = xcb_connect(display.empty() ? nullptr : display.c_str(), &screen);
    std::unique_ptr<X11InputInjector> injector(new X11InputInjector(connection));
    if (xcb_connection_has_error(connection)) return unavailable("cannot open display");
    xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screen && it.rem; ++i) xcb_screen_next(&it);
    if (!it.rem) return unavailable("no such screen");
    injector->m_root = it.data->root;
    const xcb_query_extension_reply_t* xtest = xcb_get_extension_data(connection, &xcb_test_id);
    if (!xtest || !xtest->present) return unavailable("XTEST missing");
    XcbReply<xcb_test_get_version_reply_t> version(
        xcb_test_get_version_reply(connection, xcb_test_get_version(connection, 2, 2), nullptr));
    if (!version) return unavailable("XTEST version query failed");
    if (base::Status s = injector->loadKeymap(); !s) return s.error();
    return injector;
}

base::Status X11InputInjector::loadKeymap()
{
    xcb_connection_t* c = m_connection;
    const xcb_setup_t* setup = xcb_get_setup(c);
    m_minKeycode = setup->min_keycode;
    m_maxKeycode = setup->max_keycode;
    const int count = m_maxKeycode - m_minKeycode + 1;
    auto mapCookie = xcb_get_keyboard_mapping(c, m_minKeycode, std::uint8_t(count));
    auto modCookie = xcb_get_modifier_mapping(c);
    XcbReply<xcb_get_keyboard_mapping_reply_t> map(xcb_get_keyboard_mapping_reply(c, mapCookie, nullptr));
    XcbReply<xcb_get_modifier_mapping_reply_t> mods(xcb_get_modifier_mapping_reply(c, modCookie, nullptr));
    if (!map || !mods) return unavailable("cannot read the keyboard mapping");
    m_symsPerKeycode = map->keysyms_per_keycode;
    const xcb_keysym_t* syms = xcb_get_keyboard_mapping_keysyms(map.get());
    m_syms.assign(syms, syms + xcb_get_keyboard_mapping_keysyms_length(map.get()));

    // Which keycodes are Shift, and which modifier bit AltGr (ISO_Level3_Shift) sets.
    m_shiftKeycodes.clear();
    m_level3Keycodes.clear();
    m_level3Mask = 0;
    const xcb_keycode_t* modKeys = xcb_get_modifier_mapping_keycodes(mods.get());
    const int perModifier = mods->keycodes_per_modifier;
    for (int modifier = 0; modifier < 8; ++modifier) {
        for (int k = 0; k < perModifier; ++k) {
            const xcb_keycode_t keycode = modKeys[modifier * perModifier + k];
            if (keycode == 0) continue;
            if (modifier == 0) m_shiftKeycodes.push_back(keycode);
            for (int i = 0; i < m_symsPerKeycode; ++i) {
                const std::uint32_t sym = symAt(keycode, i);
                if (sym == XK_ISO_Level3_Shift || sym == XK_Mode_switch) {
                    m_level3Mask = std::uint16_t(1u << modifier);
                    if (std::find(m_level3Keycodes.begin(), m_level3Keycodes.end(), keycode) == m_level3Keycodes.end()) {
                        m_level3Keycodes.push_back(keycode);
                    }
                }
            }
        }
    }
    m_shiftKeycode = m_shiftKeycodes.empty() ? 0 : m_shiftKeycodes.front();
    m_level3Keycode = m_level3Keycodes.empty() ? 0 : m_level3Keycodes.front();

    // Keycodes with no symbols at all can carry a keysym the layout lacks. Those this
    // injector bound earlier stay its own.
    m_spare.clear();
    for (int keycode = m_minKeycode; keycode <= m_maxKeycode; ++keycode) {
        bool empty = true;
        for (int i = 0; i < m_symsPerKeycode && empty; ++i) empty = symAt(std::uint8_t(keycode), i) == 0;
        if (empty || m_bound.count(std::uint8_t(keycode))) m_spare.push_back(std::uint8_t(keycode));
    }
    return {};
}

void X11InputInjector::refreshIfRemapped()
{
    bool remapped = false;
    while (xcb_generic_event_t* event = xcb_poll_for_event(m_connection)) {
        if ((event->response_type & 0x7F) == XCB_MAPPING_NOTIFY) remapped = true;
        std::free(event);
    }
    // Our own binding of spare keycodes also sends MappingNotify; reloading then is harmless.
    if (remapped) (void)loadKeymap();
}

std::uint32_t X11InputInjector::symAt(std::uint8_t keycode, int index) const
{
    if (keycode < m_minKeycode || keycode > m_maxKeycode || index >= m_symsPerKeycode) return 0;
    return m_syms[std::size_t(keycode - m_minKeycode) * std::size_t(m_symsPerKeycode) + std::size_t(index)];
}

bool X11InputInjector::find(std::uint32_t keysym, Location& out) const
{
    // Core keymap columns: 0 = group 1 plain, 1 = group 1 shift, 4 = AltGr, 5 = shift+AltGr
    // (columns 2 and 3 are group 2, which nobody selects here). Plainest level first.
    static constexpr int kColumns[] = {0, 1, 4, 5};
    for (int level = 0; level < 4; ++level) {
        const int column = kColumns[level];
        if (level >= 2 && m_level3Keycode == 0) break;
        for (int keycode = m_minKeycode; keycode <= m_maxKeycode; ++keycode) {
            std::uint32_t sym = symAt(std::uint8_t(keycode), column);
            // A letter with only its lower case listed has its upper case one level up.
            if (sym == 0 && (column == 1 || column == 5)) {
                std::uint32_t lower = 0, upper = 0;
                keysymCase(symAt(std::uint8_t(keycode), column - 1), lower, upper);
                if (upper != lower) sym = upper;
            }
            if (sym == keysym) {
                out = Location{std::uint8_t(keycode), level};
                return true;
            }
        }
    }
    return false;
}

base::Result<X11InputInjector::Location> X11InputInjector::bindSpare(std::uint32_t keysym)
{
    if (m_spare.empty()) return makeError(ErrorCode::kLimitReached, "x11 input: no spare keycode to bind");
    // Round robin, so a keycode just used is not rebound while applications may still be
    // reading the event that used it.
    const std::uint8_t keycode = m_spare[m_nextSpare++ % m_spare.size()];
    std::uint32_t lower = 0, upper = 0;
    keysymCase(keysym, lower, upper);
    std::vector<xcb_keysym_t> syms(std::size_t(m_symsPerKeycode), 0);
    for (int i = 0; i < m_symsPerKeycode; ++i) syms[std::size_t(i)] = (i % 2 == 1) ? upper : lower;
    xcb_generic_error_t* error = xcb_request_check(m_connection,
        xcb_change_keyboard_mapping_checked(m_connection, 1, keycode, std::uint8_t(m_symsPerKeycode), syms.data()));
    if (error) {
        std::free(error);
        return makeError(ErrorCode::kInternal, "x11 input: cannot bind a spare keycode");
    }
    std::copy(syms.begin(), syms.end(),
        m_syms.begin() + std::ptrdiff_t(std::size_t(keycode - m_minKeycode) * std::size_t(m_symsPerKeycode)));
    m_bound[keycode] = keysym;
    return Location{keycode, keysym == upper && upper != lower ? 1 : 0};
}

std::uint16_t X11InputInjector::modifierState()
{
    XcbReply<xcb_query_pointer_reply_t> pointer(
        xcb_query_pointer_reply(m_connection, xcb_query_pointer(m_connection, m_root), nullptr));
    return pointer ? pointer->mask : 0;
}

base::Status X11InputInjector::fake(std::uint8_t type, std::uint8_t detail)
{
    xcb_test_fake_input(m_connection, type, detail, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
    return {};
}

base::Status X11InputInjector::flush()
{
    if (xcb_flush(m_connection) <= 0 || xcb_connection_has_error(m_connection)) {
        return makeError(ErrorCode::kUnavailable, "x11 input: lost the X connection");
    }
    return {};
}

bool X11InputInjector::takeLocalInput()
{
    auto pointerCookie = xcb_query_pointer(m_connection, m_root);
    auto keysCookie = xcb_query_keymap(m_connection);
    XcbReply<xcb_query_pointer_reply_t> pointer(xcb_query_pointer_reply(m_connection, pointerCookie, nullptr));
    XcbReply<xcb_query_keymap_reply_t> keys(xcb_query_keymap_reply(m_connection, keysCookie, nullptr));
    bool local = false;
    if (pointer) {
        const base::Point now{pointer->root_x, pointer->root_y};
        local = m_pointerKnown && now != m_pointer;
        m_pointer = now;
        m_pointerKnown = true;
    }
    if (keys) {
        for (int keycode = m_minKeycode; keycode <= m_maxKeycode && !local; ++keycode) {
            if (!(keys->keys[keycode / 8] & (1u << (keycode % 8)))) continue;
            const bool ours = std::any_of(m_heldKeys.begin(), m_heldKeys.end(),
                [&](const auto& held) { return held.second == keycode; });
            local = !ours;
        }
    }
    return local;
}

base::Status X11InputInjector::movePointer(base::Point position)
{
    xcb_test_fake_input(m_connection, XCB_MOTION_NOTIFY, 0, XCB_CURRENT_TIME, m_root, std::int16_t(position.x),
        std::int16_t(position.y), 0);
    // Where the server put it (it clamps to the screen) is the baseline for noticing the
    // customer's own movements; the query also flushes the request.
    XcbReply<xcb_query_pointer_reply_t> pointer(
        xcb_query_pointer_reply(m_connection, xcb_query_pointer(m_connection, m_root), nullptr));
    if (!pointer) return makeError(ErrorCode::kUnavailable, "x11 input: lost the X connection");
    m_pointer = base::Point{pointer->root_x, pointer->root_y};
    m_pointerKnown = true;
    return {};
}

base::Status X11InputInjector::button(int button, bool down)
{
    if (button < kMinButton || button > kMaxButton) return makeError(ErrorCode::kInvalidArgument, "no such button");
    if (down == (m_heldButtons.count(button) != 0)) {
        if (down) return {};  // already down: a repeated press is not a second click
        return {};            // not held by us: nothing to release
    }
    (void)fake(down ? XCB_BUTTON_PRESS : XCB_BUTTON_RELEASE, std::uint8_t(button));
    if (down) {
        m_heldButtons[button] = true;
    } else {
        m_heldButtons.erase(button);
    }
    return flush();
}

base::Status X11InputInjector::key(std::uint32_t keysym, std::uint32_t physicalCode, bool down)
{
    refreshIfRemapped();
    const std::uint32_t id = keysym != 0 ? keysym : 0x80000000u | physicalCode;
    if (!down) {
        const auto held = m_heldKeys.find(id);
        if (held == m_heldKeys.end()) return {};  // never pressed here (or already released)
        (void)fake(XCB_KEY_RELEASE, held->second);
        m_heldKeys.erase(held);
        return flush();
    }
    if (m_heldKeys.count(id)) {
        // Auto-repeat from the technician's keyboard: press again without a fix-up dance.
        (void)fake(XCB_KEY_PRESS, m_heldKeys[id]);
        return flush();
    }

    if (keysym == 0) {
        // No meaning given: press the physical key as it is.
        if (physicalCode == 0 || physicalCode + kEvdevToX > m_maxKeycode || physicalCode + kEvdevToX < m_minKeycode) {
            return makeError(ErrorCode::kInvalidArgument, "key without keysym or valid physical code");
        }
        const auto keycode = std::uint8_t(physicalCode + kEvdevToX);
        (void)fake(XCB_KEY_PRESS, keycode);
        m_heldKeys[id] = keycode;
        return flush();
    }

    Location where;
    if (!find(keysym, where)) {
        auto bound = bindSpare(keysym);
        if (!bound) return bound.error();
        where = *bound;
    }
    if (isModifierKeysym(keysym)) {
        // Modifiers go down as they are; the level dance is for the keys they modify.
        (void)fake(XCB_KEY_PRESS, where.keycode);
        m_heldKeys[id] = where.keycode;
        return flush();
    }

    // Bring Shift and AltGr to what this level needs, press, and put them back.
    const std::uint16_t state = modifierState();
    bool wantShift = (where.level & 1) != 0;
    std::uint32_t lower = 0, upper = 0;
    keysymCase(keysym, lower, upper);
    if ((state & kLockMask) && lower != upper) wantShift = !wantShift;  // Caps Lock inverts letters
    const bool wantLevel3 = (where.level & 2) != 0;
    const bool haveShift = (state & kShiftMask) != 0;
    const bool haveLevel3 = m_level3Mask != 0 && (state & m_level3Mask) != 0;

    std::vector<std::pair<std::uint8_t, bool>> undo;  // keycode, was pressed (true) / released (false)
    auto adjust = [&](bool want, bool have, std::uint8_t pressKey, const std::vector<std::uint8_t>& releaseKeys) {
        if (want && !have && pressKey != 0) {
            (void)fake(XCB_KEY_PRESS, pressKey);
            undo.emplace_back(pressKey, true);
        } else if (!want && have) {
            // Release whichever of these keys are down now (the technician's or the customer's).
            XcbReply<xcb_query_keymap_reply_t> keys(
                xcb_query_keymap_reply(m_connection, xcb_query_keymap(m_connection), nullptr));
            for (std::uint8_t k : releaseKeys) {
                if (keys && (keys->keys[k / 8] & (1u << (k % 8)))) {
                    (void)fake(XCB_KEY_RELEASE, k);
                    undo.emplace_back(k, false);
                }
            }
        }
    };
    adjust(wantShift, haveShift, m_shiftKeycode, m_shiftKeycodes);
    adjust(wantLevel3, haveLevel3, m_level3Keycode, m_level3Keycodes);
    (void)fake(XCB_KEY_PRESS, where.keycode);
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
        (void)fake(it->second ? XCB_KEY_RELEASE : XCB_KEY_PRESS, it->first);
    }
    m_heldKeys[id] = where.keycode;
    return flush();
}

void X11InputInjector::releaseAll()
{
    for (const auto& [id, keycode] : m_heldKeys) (void)fake(XCB_KEY_RELEASE, keycode);
    m_heldKeys.clear();
    for (const auto& [button, held] : m_heldButtons) (void)fake(XCB_BUTTON_RELEASE, std::uint8_t(button));
    m_heldButtons.clear();
    (void)flush();
}

}  // namespace lifeline::input
