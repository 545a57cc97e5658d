#include <gtest/gtest.h>

#define XK_MISCELLANY
#define XK_LATIN1
#define XK_CURRENCY
#define XK_XKB_KEYS
#include <X11/keysymdef.h>

#include "core/input/keysym.h"

namespace lifeline::input {
namespace {

TEST(KeysymTest, CharactersRoundTrip)
{
    for (char32_t c : {U'a', U'Z', U'0', U' ', U'~', U'\u00e9', U'\u00df', U'\u20ac', U'\u0416', U'\u4e2d', U'\U0001F600'}) {
        EXPECT_EQ(keysymToUnicode(unicodeToKeysym(c)), c) << std::uint32_t(c);
    }
}

TEST(KeysymTest, KnownKeysyms)
{
    EXPECT_EQ(unicodeToKeysym(U'\u00e9'), std::uint32_t(XK_eacute));
    EXPECT_EQ(unicodeToKeysym(U'\u00df'), std::uint32_t(XK_ssharp));
    EXPECT_EQ(unicodeToKeysym(U'\u20ac'), std::uint32_t(XK_EuroSign));
    EXPECT_EQ(unicodeToKeysym(U'\n'), 0u) << "control characters are keys, not text";
    EXPECT_EQ(keysymToUnicode(XK_Return), 0u);
    EXPECT_EQ(keysymToUnicode(XK_Shift_L), 0u);
}

TEST(KeysymTest, ModifiersAndCase)
{
    EXPECT_TRUE(isModifierKeysym(XK_Shift_L));
    EXPECT_TRUE(isModifierKeysym(XK_ISO_Level3_Shift));
    EXPECT_TRUE(isModifierKeysym(XK_Caps_Lock));
    EXPECT_FALSE(isModifierKeysym(XK_a));
    EXPECT_FALSE(isModifierKeysym(XK_Return));
    std::uint32_t lower = 0, upper = 0;
    keysymCase(XK_eacute, lower, upper);
    EXPECT_EQ(upper, std::uint32_t(XK_Eacute));
    keysymCase(XK_Q, lower, upper);
    EXPECT_EQ(lower, std::uint32_t(XK_q));
    keysymCase(XK_ssharp, lower, upper);
    EXPECT_EQ(lower, upper) << "ß has no single upper-case keysym here";
    keysymCase(XK_division, lower, upper);
    EXPECT_EQ(lower, upper);
}

}  // namespace
}  // namespace lifeline::input
