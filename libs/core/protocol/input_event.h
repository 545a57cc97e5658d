#pragma once

#include <cstdint>
#include <variant>

#include "core/base/geometry.h"
#include "core/base/result.h"
#include "core/protocol/envelope.h"

namespace lifeline::protocol {

// A remote-control event checked against the limits of docs/protocol.md ("Remote
// control"); what the customer's end injects is only ever one of these.
struct PointerInput
{
    base::Point position;
    int button = 0;  // 0: move only
    bool down = false;
};
struct WheelInput
{
    int dx = 0;
    int dy = 0;
};
struct KeyInput
{
    std::uint32_t keysym = 0;
    std::uint32_t physicalCode = 0;
    bool down = false;
};
struct SpecialKeysInput
{
    int keys = 0;  // lifeline::input::SpecialKeys value, 1..5
};
using InputCommand = std::variant<PointerInput, WheelInput, KeyInput, SpecialKeysInput>;

inline constexpr std::int32_t kMaxPointerCoordinate = 65535;
inline constexpr std::int32_t kMaxWheelSteps = 32;
inline constexpr std::uint32_t kMaxPhysicalCode = 767;  // Linux KEY_MAX
inline constexpr std::uint32_t kMaxKeysym = 0x1FFFFFFF;  // keysyms are 29 bits

// Untrusted input from the technician's end: anything outside the limits is
// kInvalidArgument, an empty event kProtocolError; never a crash.
base::Result<InputCommand> decodeInputEvent(const v1::InputEvent& event);

}  // namespace lifeline::protocol
