#pragma once

#include <map>
#include <utility>

#include "core/input/input_injector.h"

namespace lifeline::capture {
class SyntheticScreen;
}

namespace lifeline::input {

// Injection into a SyntheticScreen, so tests can see input change the next frame: the
// pointer moves the screen's cursor, a button press paints a 9×9 square in the button's
// colour at the pointer, a key that types a character paints it at a text caret along the
// top of the screen. Thread and lifetime: as InputInjector; the screen must outlive it.
class SyntheticInjector final : public InputInjector
{
public:
    explicit SyntheticInjector(capture::SyntheticScreen& screen) : m_screen(screen) {}

    base::Status movePointer(base::Point position) override;
    base::Status button(int button, bool down) override;
    base::Status key(std::uint32_t keysym, std::uint32_t physicalCode, bool down) override;
    void releaseAll() override;
    int heldCount() const override { return int(m_held.size()); }
    bool takeLocalInput() override { return std::exchange(m_localInput, false); }
    // Tests play the customer touching their mouse.
    void simulateLocalInput() { m_localInput = true; }

    // The colour a press of button paints.
    static std::uint32_t buttonColour(int button);

private:
    capture::SyntheticScreen& m_screen;
    std::map<std::uint32_t, bool> m_held;  // buttons (1–9) and keys (keysym | 0x80000000 physical)
    std::int32_t m_caretX = 4;
    bool m_localInput = false;
};

}  // namespace lifeline::input
