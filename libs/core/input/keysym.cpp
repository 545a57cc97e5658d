#include "core/input/keysym.h"

#define XK_MISCELLANY
#define XK_LATIN1
#define XK_XKB_KEYS
#include <X11/keysymdef.h>

namespace lifeline::input {

char32_t keysymToUnicode(std::uint32_t keysym)
{
    if ((keysym >= 0x20 && keysym <= 0x7E) || (keysym >= 0xA0 && keysym <= 0xFF)) return char32_t(keysym);
    if (keysym == 0x20AC) return U'\u20AC';  // XK_EuroSign
    if (keysym >= 0x01000100 && keysym <= 0x0110FFFF) return char32_t(keysym - 0x01000000);
    return 0;
}

std::uint32_t unicodeToKeysym(char32_t c)
{
    if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF)) return std::uint32_t(c);
    if (c == U'\u20AC') return 0x20AC;
    if (c < 0x20 || c > 0x10FFFF) return 0;
    return 0x01000000u + std::uint32_t(c);
}

bool isModifierKeysym(std::uint32_t keysym)
{
    return (keysym >= XK_Shift_L && keysym <= XK_Hyper_R) || keysym == XK_ISO_Level3_Shift
        || keysym == XK_ISO_Level5_Shift || keysym == XK_Mode_switch || keysym == XK_Num_Lock;
}

void keysymCase(std::uint32_t keysym, std::uint32_t& lower, std::uint32_t& upper)
{
    lower = upper = keysym;
    if (keysym >= XK_a && keysym <= XK_z) {
        upper = keysym - (XK_a - XK_A);
    } else if (keysym >= XK_A && keysym <= XK_Z) {
        lower = keysym + (XK_a - XK_A);
    } else if (keysym >= XK_agrave && keysym <= XK_thorn && keysym != XK_division) {
        upper = keysym - (XK_agrave - XK_Agrave);
    } else if (keysym >= XK_Agrave && keysym <= XK_THORN && keysym != XK_multiply) {
        lower = keysym + (XK_agrave - XK_Agrave);
    }
}

}  // namespace lifeline::input
