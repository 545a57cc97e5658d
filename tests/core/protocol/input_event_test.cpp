#include <gtest/gtest.h>

#include <climits>

#include "core/protocol/input_event.h"

namespace lifeline::protocol {
namespace {

using base::ErrorCode;

TEST(InputEventTest, ValidEventsDecode)
{
    v1::InputEvent e;
    e.mutable_pointer()->set_x(1919);
    e.mutable_pointer()->set_y(1079);
    e.mutable_pointer()->set_button(3);
    e.mutable_pointer()->set_down(true);
    auto p = decodeInputEvent(e);
    ASSERT_TRUE(p.ok());
    const auto& pointer = std::get<PointerInput>(*p);
    EXPECT_EQ(pointer.position, (base::Point{1919, 1079}));
    EXPECT_EQ(pointer.button, 3);
    EXPECT_TRUE(pointer.down);

    v1::InputEvent k;
    k.mutable_key()->set_keysym(0x20AC);
    k.mutable_key()->set_down(true);
    ASSERT_TRUE(decodeInputEvent(k).ok());
    EXPECT_EQ(std::get<KeyInput>(*decodeInputEvent(k)).keysym, 0x20ACu);

    v1::InputEvent s;
    s.set_special_keys(v1::SPECIAL_KEYS_CTRL_ALT_DEL);
    EXPECT_EQ(std::get<SpecialKeysInput>(*decodeInputEvent(s)).keys, 1);
}

TEST(InputEventTest, OutOfRangeIsRefused)
{
    auto refused = [](const v1::InputEvent& e) {
        auto r = decodeInputEvent(e);
        return !r.ok() && (r.error().code == ErrorCode::kInvalidArgument || r.error().code == ErrorCode::kProtocolError);
    };
    v1::InputEvent e;
    EXPECT_TRUE(refused(e)) << "empty";
    e.mutable_pointer()->set_x(-1);
    EXPECT_TRUE(refused(e));
    e.mutable_pointer()->set_x(70000);
    EXPECT_TRUE(refused(e));
    e.mutable_pointer()->set_x(10);
    e.mutable_pointer()->set_button(10);
    EXPECT_TRUE(refused(e));
    v1::InputEvent w;
    w.mutable_wheel()->set_dy(INT_MIN);
    EXPECT_TRUE(refused(w));
    w.mutable_wheel()->set_dy(0);
    EXPECT_TRUE(refused(w)) << "no steps";
    v1::InputEvent k;
    k.mutable_key()->set_physical_code(5000);
    EXPECT_TRUE(refused(k));
    k.mutable_key()->set_physical_code(0);
    EXPECT_TRUE(refused(k)) << "neither keysym nor physical key";
    k.mutable_key()->set_keysym(0xFFFFFFFF);
    EXPECT_TRUE(refused(k));
    v1::InputEvent s;
    s.set_special_keys(static_cast<v1::SpecialKeys>(99));
    EXPECT_TRUE(refused(s));
}

}  // namespace
}  // namespace lifeline::protocol
