#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/base/geometry.h"
#include "core/base/result.h"

namespace lifeline::capture {
class SyntheticScreen;
}

namespace lifeline::input {

// X11 button numbers, which the wire uses too: 1 left, 2 middle, 3 right, 4/5 wheel up/down,
// 6/7 wheel left/right, 8 back, 9 forward.
inline constexpr int kMinButton = 1;
inline constexpr int kMaxButton = 9;

// Key sequences a technician can send on request (they cannot type them into their own
// machine without it acting on them).
enum class SpecialKeys : std::uint8_t {
    kCtrlAltDel = 1,
    kAltTab = 2,
    kSuper = 3,
    kPrintScreen = 4,
    kCtrlEsc = 5,
};

// Puts the technician's pointer and keyboard input into the customer's machine.
//
// Keys are given as an X keysym — what the technician meant ("é", "€", "Return"), which the
// backend produces in the customer's current keyboard layout whatever it is — plus the
// physical key (Linux evdev code, 0 if unknown), used only when the keysym is 0. See
// docs/input.md for the keyboard model.
//
// Thread: created, used and destroyed on one thread (the applet's input thread, which is
// its network thread). Starts none. Every key and button it pressed is released by
// releaseAll() and by its destructor.
class InputInjector
{
public:
    virtual ~InputInjector() = default;

    // Absolute position in desktop coordinates (all monitors).
    virtual base::Status movePointer(base::Point position) = 0;
    virtual base::Status button(int button, bool down) = 0;
    virtual base::Status key(std::uint32_t keysym, std::uint32_t physicalCode, bool down) = 0;
    // Releases every key and button this injector holds down (control ended or revoked).
    virtual void releaseAll() = 0;
    // Number of keys and buttons this injector holds down.
    virtual int heldCount() const = 0;
    // True when the customer used their own mouse or keyboard since the last call: the
    // pointer is not where this injector left it, or a key it did not press is down.
    // Remote control yields to that (the customer always wins).
    virtual bool takeLocalInput() = 0;

    // Scroll by whole steps: positive dy down, positive dx right (buttons 4–7).
    base::Status wheel(int dx, int dy);
    // Presses and releases the sequence.
    base::Status sendSpecialKeys(SpecialKeys keys);
};

struct InjectorOptions
{
    std::string backend = "x11";                         // "x11" or "synthetic"
    std::string display;                                 // x11: empty means $DISPLAY
    capture::SyntheticScreen* syntheticScreen = nullptr;  // synthetic: must outlive the injector
};

// kInvalidArgument for an unknown backend; kUnavailable when the display or XTEST is missing.
base::Result<std::unique_ptr<InputInjector>> createInputInjector(const InjectorOptions& options);

}  // namespace lifeline::input
