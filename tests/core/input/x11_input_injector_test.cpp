// X11 injection against a private Xvfb, with a small window that records what it receives
// and turns key presses back into characters the way an application does.
#include <gtest/gtest.h>
#include <xcb/xcb.h>

#define XK_MISCELLANY
#define XK_XKB_KEYS
#include <X11/keysymdef.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "core/input/keysym.h"
#include "core/input/x11/x11_input_injector.h"
#include "support/xvfb_server.h"

namespace lifeline::input {
namespace {

// A mapped, focused window that records pointer and key events. Keys are decoded with
// the core keymap (reloaded on MappingNotify, in event order) and the event's state:
// Shift, Lock and the modifier that ISO_Level3_Shift (AltGr) sets.
class Recorder
{
public:
    explicit Recorder(const std::string& display)
    {
        m_c = xcb_connect(display.c_str(), nullptr);
        const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(m_c)).data;
        m_window = xcb_generate_id(m_c);
        const std::uint32_t values[] = {screen->white_pixel, 1,
            XCB_EVENT_MASK_KEY_PRESS | XCB_EVENT_MASK_KEY_RELEASE | XCB_EVENT_MASK_BUTTON_PRESS
                | XCB_EVENT_MASK_BUTTON_RELEASE | XCB_EVENT_MASK_POINTER_MOTION};
        xcb_create_window(m_c, XCB_COPY_FROM_PARENT, m_window, screen->root, 100, 100, 400, 300, 0,
            XCB_WINDOW_CLASS_INPUT_OUTPUT, screen->root_visual,
            XCB_CW_BACK_PIXEL | XCB_CW_OVERRIDE_REDIRECT | XCB_CW_EVENT_MASK, values);
        xcb_map_window(m_c, m_window);
        xcb_set_input_focus(m_c, XCB_INPUT_FOCUS_POINTER_ROOT, m_window, XCB_CURRENT_TIME);
        loadKeymap();
        sync();
    }
    ~Recorder() { xcb_disconnect(m_c); }

    // Reads events for up to timeoutMs, until done() holds.
    template <typename Done>
    bool pump(Done done, int timeoutMs = 3000)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (std::chrono::steady_clock::now() < deadline) {
            while (xcb_generic_event_t* e = xcb_poll_for_event(m_c)) {
                handle(e);
                std::free(e);
            }
            if (done()) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return done();
    }

    std::u32string typed;
    std::vector<std::pair<int, bool>> buttons;  // button, pressed
    xcb_point_t lastButtonAt{-1, -1};
    xcb_point_t lastMotionAt{-1, -1};
    std::vector<std::uint32_t> releasedKeysyms;  // level-0 keysym of each released key

private:
    void sync() { std::free(xcb_get_input_focus_reply(m_c, xcb_get_input_focus(m_c), nullptr)); }

    void loadKeymap()
    {
        const xcb_setup_t* setup = xcb_get_setup(m_c);
        m_min = setup->min_keycode;
        auto map = xcb_get_keyboard_mapping_reply(m_c,
            xcb_get_keyboard_mapping(m_c, setup->min_keycode, std::uint8_t(setup->max_keycode - setup->min_keycode + 1)),
            nullptr);
        m_per = map->keysyms_per_keycode;
        const xcb_keysym_t* syms = xcb_get_keyboard_mapping_keysyms(map);
        m_syms.assign(syms, syms + xcb_get_keyboard_mapping_keysyms_length(map));
        std::free(map);
        auto mods = xcb_get_modifier_mapping_reply(m_c, xcb_get_modifier_mapping(m_c), nullptr);
        const xcb_keycode_t* keys = xcb_get_modifier_mapping_keycodes(mods);
        m_level3 = 0;
        for (int m = 0; m < 8; ++m) {
            for (int k = 0; k < mods->keycodes_per_modifier; ++k) {
                const xcb_keycode_t code = keys[m * mods->keycodes_per_modifier + k];
                for (int i = 0; code && i < m_per; ++i) {
                    const std::uint32_t s = sym(code, i);
                    if (s == XK_ISO_Level3_Shift || s == XK_Mode_switch) m_level3 = std::uint16_t(1u << m);
                }
            }
        }
        std::free(mods);
    }

    std::uint32_t sym(int keycode, int index) const
    {
        if (index >= m_per) return 0;
        const std::size_t at = std::size_t(keycode - m_min) * std::size_t(m_per) + std::size_t(index);
        return at < m_syms.size() ? m_syms[at] : 0;
    }

    void handle(xcb_generic_event_t* e)
    {
        switch (e->response_type & 0x7F) {
        case XCB_MAPPING_NOTIFY: loadKeymap(); break;
        case XCB_KEY_PRESS: {
            auto* k = reinterpret_cast<xcb_key_press_event_t*>(e);
            const bool level3 = m_level3 && (k->state & m_level3);
            const int base = level3 ? 4 : 0;
            std::uint32_t lower = sym(k->detail, base);
            std::uint32_t upper = sym(k->detail, base + 1);
            std::uint32_t l = 0, u = 0;
            keysymCase(lower, l, u);
            if (upper == 0) upper = u;
            bool shift = (k->state & XCB_MOD_MASK_SHIFT) != 0;
            if ((k->state & XCB_MOD_MASK_LOCK) && l != u) shift = !shift;
            const char32_t c = keysymToUnicode(shift ? upper : lower);
            if (c != 0) typed.push_back(c);
            break;
        }
        case XCB_KEY_RELEASE: {
            auto* k = reinterpret_cast<xcb_key_release_event_t*>(e);
            releasedKeysyms.push_back(sym(k->detail, 0));
            break;
        }
        case XCB_BUTTON_PRESS:
        case XCB_BUTTON_RELEASE: {
            auto* b = reinterpret_cast<xcb_button_press_event_t*>(e);
            buttons.emplace_back(b->detail, (e->response_type & 0x7F) == XCB_BUTTON_PRESS);
            lastButtonAt = {b->event_x, b->event_y};
            break;
        }
        case XCB_MOTION_NOTIFY: {
            auto* m = reinterpret_cast<xcb_motion_notify_event_t*>(e);
            lastMotionAt = {m->event_x, m->event_y};
            break;
        }
        default: break;
        }
    }

    xcb_connection_t* m_c = nullptr;
    xcb_window_t m_window = 0;
    int m_min = 8;
    int m_per = 0;
    std::vector<std::uint32_t> m_syms;
    std::uint16_t m_level3 = 0;
};

class X11InputTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ok()) << m_server.error();
        const std::string command = std::string("setxkbmap -display ") + m_server.display() + " " + GetParam();
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
        m_recorder = std::make_unique<Recorder>(m_server.display());
        auto injector = X11InputInjector::open(m_server.display());
        ASSERT_TRUE(injector.ok()) << injector.error().toString();
        m_injector = std::move(injector).value();
    }

    void type(const std::u32string& text)
    {
        for (char32_t c : text) {
            const std::uint32_t keysym = unicodeToKeysym(c);
            ASSERT_TRUE(m_injector->key(keysym, 0, true).ok()) << std::uint32_t(c);
            ASSERT_TRUE(m_injector->key(keysym, 0, false).ok()) << std::uint32_t(c);
        }
    }

    testing::XvfbServer m_server{"1024x768x24"};
    std::unique_ptr<Recorder> m_recorder;
    std::unique_ptr<X11InputInjector> m_injector;
};

TEST_P(X11InputTest, TypedTextArrivesExactly)
{
    const std::u32string text = U"Hello World 2026, ok? #@!$%^&*()_+-=[]{};:'\"<>/\\|`~ \u00e9t\u00e9 Stra\u00dfe 5 \u20ac";
    type(text);
    ASSERT_TRUE(m_recorder->pump([&] { return m_recorder->typed.size() >= text.size(); }));
    std::string got;
    for (char32_t c : m_recorder->typed) got += c < 0x80 ? std::string(1, char(c)) : "<U+" + std::to_string(std::uint32_t(c)) + ">";
    EXPECT_TRUE(m_recorder->typed == text) << GetParam() << " layout typed: " << got;
    EXPECT_EQ(m_injector->heldCount(), 0);
}

TEST_P(X11InputTest, CapsLockDoesNotChangeWhatIsTyped)
{
    ASSERT_TRUE(m_injector->key(XK_Caps_Lock, 0, true).ok());
    ASSERT_TRUE(m_injector->key(XK_Caps_Lock, 0, false).ok());
    type(U"aB");
    ASSERT_TRUE(m_recorder->pump([&] { return m_recorder->typed.size() >= 2; }));
    EXPECT_TRUE(m_recorder->typed == U"aB");
    ASSERT_TRUE(m_injector->key(XK_Caps_Lock, 0, true).ok());  // and off again
    ASSERT_TRUE(m_injector->key(XK_Caps_Lock, 0, false).ok());
}

TEST_P(X11InputTest, PointerMoveAndClickLandWhereSent)
{
    ASSERT_TRUE(m_injector->movePointer({250, 180}).ok());
    ASSERT_TRUE(m_recorder->pump([&] { return m_recorder->lastMotionAt.x == 150; }));
    EXPECT_EQ(m_recorder->lastMotionAt.y, 80);
    ASSERT_TRUE(m_injector->button(3, true).ok());
    ASSERT_TRUE(m_injector->button(3, false).ok());
    ASSERT_TRUE(m_injector->wheel(0, 2).ok());  // two steps down: button 5 twice
    ASSERT_TRUE(m_recorder->pump([&] { return m_recorder->buttons.size() >= 6; }));
    const std::vector<std::pair<int, bool>> expected = {{3, true}, {3, false}, {5, true}, {5, false}, {5, true}, {5, false}};
    EXPECT_EQ(m_recorder->buttons, expected);
    EXPECT_EQ(m_recorder->lastButtonAt.x, 150);
    EXPECT_EQ(m_recorder->lastButtonAt.y, 80);
    EXPECT_FALSE(m_injector->button(10, true).ok());
}

TEST_P(X11InputTest, HeldKeysAreReleasedWhenControlEnds)
{
    ASSERT_TRUE(m_injector->movePointer({200, 200}).ok());  // over the recorder
    ASSERT_TRUE(m_injector->key(XK_Shift_L, 0, true).ok());
    ASSERT_TRUE(m_injector->key(XK_Control_L, 0, true).ok());
    ASSERT_TRUE(m_injector->button(1, true).ok());
    EXPECT_EQ(m_injector->heldCount(), 3);
    m_injector->releaseAll();
    EXPECT_EQ(m_injector->heldCount(), 0);
    ASSERT_TRUE(m_recorder->pump([&] { return m_recorder->releasedKeysyms.size() >= 2 && m_recorder->buttons.size() >= 2; }));
    EXPECT_NE(std::find(m_recorder->releasedKeysyms.begin(), m_recorder->releasedKeysyms.end(), XK_Shift_L),
        m_recorder->releasedKeysyms.end());
    EXPECT_NE(std::find(m_recorder->releasedKeysyms.begin(), m_recorder->releasedKeysyms.end(), XK_Control_L),
        m_recorder->releasedKeysyms.end());
    // And typing afterwards is not shifted.
    type(U"x");
    ASSERT_TRUE(m_recorder->pump([&] { return !m_recorder->typed.empty(); }));
    EXPECT_TRUE(m_recorder->typed == U"x");
}

TEST_P(X11InputTest, SpecialSequencesLeaveNothingHeld)
{
    for (SpecialKeys keys : {SpecialKeys::kCtrlAltDel, SpecialKeys::kAltTab, SpecialKeys::kSuper,
             SpecialKeys::kPrintScreen, SpecialKeys::kCtrlEsc}) {
        ASSERT_TRUE(m_injector->sendSpecialKeys(keys).ok()) << int(keys);
        EXPECT_EQ(m_injector->heldCount(), 0);
    }
}

TEST_P(X11InputTest, CustomersOwnPointerAndKeysAreSeenAsLocalInput)
{
    ASSERT_TRUE(m_injector->movePointer({300, 300}).ok());
    EXPECT_FALSE(m_injector->takeLocalInput()) << "our own move is not the customer's";
    ASSERT_TRUE(m_injector->movePointer({5000, 5000}).ok());  // clamped to the screen by X
    EXPECT_FALSE(m_injector->takeLocalInput()) << "nor is the server's clamping";
    ASSERT_TRUE(m_injector->key('a', 0, true).ok());
    EXPECT_FALSE(m_injector->takeLocalInput()) << "a key we hold is not the customer's";
    ASSERT_TRUE(m_injector->key('a', 0, false).ok());
    // The customer moves the mouse (another client warping stands in for a real device).
    xcb_connection_t* other = xcb_connect(m_server.display().c_str(), nullptr);
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(other)).data->root;
    xcb_warp_pointer(other, XCB_NONE, root, 0, 0, 0, 0, 500, 400);
    std::free(xcb_get_input_focus_reply(other, xcb_get_input_focus(other), nullptr));
    xcb_disconnect(other);
    EXPECT_TRUE(m_injector->takeLocalInput());
    EXPECT_FALSE(m_injector->takeLocalInput()) << "reported once";
}

INSTANTIATE_TEST_SUITE_P(Layouts, X11InputTest, ::testing::Values("us", "de"),
    [](const ::testing::TestParamInfo<const char*>& param) { return std::string(param.param); });

}  // namespace
}  // namespace lifeline::input
