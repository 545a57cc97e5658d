#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/input/input_injector.h"

struct xcb_connection_t;

namespace lifeline::input {

// X11 injection through XTEST on its own xcb connection. Keys are produced in the
// keyboard layout the customer has now: the injector finds a keycode and shift level for
// the keysym, presses or releases Shift and AltGr around it as that level needs (and
// restores them), and when the layout has no key for the keysym binds it to a spare
// keycode for the moment, as x11vnc and TigerVNC do. docs/input.md tells the whole story.
//
// Thread and lifetime: as InputInjector. Temporary keycodes are unbound again by the
// destructor.
class X11InputInjector final : public InputInjector
{
public:
    static base::Result<std::unique_ptr<X11InputInjector>> open(const std::string& display);
    ~X11InputInjector() override;

    base::Status movePointer(base::Point position) override;
    base::Status button(int button, bool down) override;
    base::Status key(std::uint32_t keysym, std::uint32_t physicalCode, bool down) override;
    void releaseAll() override;
    int heldCount() const override { return int(m_heldKeys.size() + m_heldButtons.size()); }
    bool takeLocalInput() override;

private:
    explicit X11InputInjector(xcb_connection_t* connection);

    struct Location
    {
        std::uint8_t keycode = 0;
        int level = 0;  // 0 plain, 1 shift, 2 AltGr, 3 shift + AltGr
    };

    base::Status loadKeymap();
    void refreshIfRemapped();
    std::uint32_t symAt(std::uint8_t keycode, int index) const;
    bool find(std::uint32_t keysym, Location& out) const;
    base::Result<Location> bindSpare(std::uint32_t keysym);
    std::uint16_t modifierState();
    base::Status fake(std::uint8_t type, std::uint8_t detail);
    base::Status flush();

    xcb_connection_t* m_connection;
    std::uint32_t m_root = 0;
    std::uint8_t m_minKeycode = 8;
    std::uint8_t m_maxKeycode = 255;
    int m_symsPerKeycode = 0;
    std::vector<std::uint32_t> m_syms;          // (keycode - min) * m_symsPerKeycode + index
    std::uint16_t m_level3Mask = 0;             // the modifier bit of ISO_Level3_Shift (often Mod5)
    std::uint8_t m_shiftKeycode = 0;            // a keycode that is Shift, for fix-ups
    std::uint8_t m_level3Keycode = 0;           // a keycode that is ISO_Level3_Shift / Mode_switch
    std::vector<std::uint8_t> m_shiftKeycodes;  // every keycode bound to the Shift modifier
    std::vector<std::uint8_t> m_level3Keycodes;
    std::vector<std::uint8_t> m_spare;          // keycodes without symbols, for temporary binding
    std::size_t m_nextSpare = 0;
    std::map<std::uint8_t, std::uint32_t> m_bound;    // spare keycode -> keysym bound to it now
    std::map<std::uint32_t, std::uint8_t> m_heldKeys; // keysym (or physical) -> keycode pressed
    std::map<int, bool> m_heldButtons;
    bool m_pointerKnown = false;
    base::Point m_pointer;  // where the pointer was left (by us, or last seen)
};

}  // namespace lifeline::input
