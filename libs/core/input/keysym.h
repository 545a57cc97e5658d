#pragma once

#include <cstdint>

namespace lifeline::input {

// X keysyms are the wire's key vocabulary on every platform (see docs/input.md). These
// helpers convert between them and Unicode for keysyms that stand for a character.

// The character a keysym types, or 0 for keys that type none (Return, F1, Shift_L, ...)
// and dead keys.
char32_t keysymToUnicode(std::uint32_t keysym);
// The keysym that types c: Latin-1 keysyms are the code point, the euro sign has its
// legacy keysym, everything else is 0x01000000 + code point.
std::uint32_t unicodeToKeysym(char32_t c);
// True for keysyms of modifier keys (Shift, Control, Alt, Meta, Super, Hyper, AltGr,
// the lock keys).
bool isModifierKeysym(std::uint32_t keysym);
// The lower- and upper-case keysyms of a letter (both the same for anything else).
void keysymCase(std::uint32_t keysym, std::uint32_t& lower, std::uint32_t& upper);

}  // namespace lifeline::input
