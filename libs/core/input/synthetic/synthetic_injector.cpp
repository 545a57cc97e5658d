#include "core/input/synthetic/synthetic_injector.h"

#include <algorithm>
#include <string>

#include "core/capture/synthetic/synthetic_screen.h"
#include "core/input/keysym.h"

namespace lifeline::input {

namespace {

using base::ErrorCode;
using base::makeError;

constexpr std::uint32_t kButtonKeyBase = 0x40000000u;  // held-map ids of buttons

}  // namespace

std::uint32_t SyntheticInjector::buttonColour(int button)
{
    static constexpr std::uint32_t kColours[] = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
        0xFF8000, 0x8000FF, 0x808080};
    return kColours[(button - kMinButton) % 9];
}

base::Status SyntheticInjector::movePointer(base::Point position)
{
    const base::Size size = m_screen.frame().size();
    m_screen.setCursorPosition(base::Point{std::clamp(position.x, 0, std::max(size.width - 1, 0)),
        std::clamp(position.y, 0, std::max(size.height - 1, 0))});
    return {};
}

base::Status SyntheticInjector::button(int button, bool down)
{
    if (button < kMinButton || button > kMaxButton) return makeError(ErrorCode::kInvalidArgument, "no such button");
    const std::uint32_t id = kButtonKeyBase + std::uint32_t(button);
    if (!down) {
        m_held.erase(id);
        return {};
    }
    m_held[id] = true;
    const base::Point p = m_screen.cursor().position;
    m_screen.fill(base::Rect{p.x - 4, p.y - 4, 9, 9}, buttonColour(button));
    return {};
}

base::Status SyntheticInjector::key(std::uint32_t keysym, std::uint32_t physicalCode, bool down)
{
    if (keysym == 0 && physicalCode == 0) return makeError(ErrorCode::kInvalidArgument, "empty key");
    const std::uint32_t id = keysym != 0 ? keysym : 0x80000000u | physicalCode;
    if (!down) {
        m_held.erase(id);
        return {};
    }
    m_held[id] = true;
    const char32_t c = keysymToUnicode(keysym);
    if (c >= 0x20 && c < 0x7F) {
        const std::string text(1, char(c));
        const base::Rect all = m_screen.frame().rect();
        m_caretX = m_screen.drawText(base::Point{m_caretX, 4}, text, 0x000000, 0xFFFFFF, all);
        if (m_caretX + capture::SyntheticScreen::kGlyphWidth > all.width) m_caretX = 4;
    }
    return {};
}

void SyntheticInjector::releaseAll()
{
    m_held.clear();
}

}  // namespace lifeline::input
