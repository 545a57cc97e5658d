#include "core/protocol/input_event.h"

#include <cstdlib>

namespace lifeline::protocol {

namespace {

using base::ErrorCode;
using base::makeError;

}  // namespace

base::Result<InputCommand> decodeInputEvent(const v1::InputEvent& event)
{
    switch (event.event_case()) {
    case v1::InputEvent::kPointer: {
        const v1::PointerEvent& p = event.pointer();
        if (p.x() < 0 || p.y() < 0 || p.x() > kMaxPointerCoordinate || p.y() > kMaxPointerCoordinate) {
            return makeError(ErrorCode::kInvalidArgument, "pointer outside the coordinate range");
        }
        if (p.button() > 9) return makeError(ErrorCode::kInvalidArgument, "no such button");
        return InputCommand(PointerInput{{p.x(), p.y()}, int(p.button()), p.button() != 0 && p.down()});
    }
    case v1::InputEvent::kWheel: {
        const v1::WheelEvent& w = event.wheel();
        // Compared as 64-bit: abs(INT32_MIN) would overflow.
        if (std::llabs(std::int64_t(w.dx())) > kMaxWheelSteps || std::llabs(std::int64_t(w.dy())) > kMaxWheelSteps) {
            return makeError(ErrorCode::kInvalidArgument, "too many wheel steps");
        }
        if (w.dx() == 0 && w.dy() == 0) return makeError(ErrorCode::kInvalidArgument, "empty wheel event");
        return InputCommand(WheelInput{w.dx(), w.dy()});
    }
    case v1::InputEvent::kKey: {
        const v1::KeyEvent& k = event.key();
        if (k.keysym() > kMaxKeysym) return makeError(ErrorCode::kInvalidArgument, "not a keysym");
        if (k.physical_code() > kMaxPhysicalCode) return makeError(ErrorCode::kInvalidArgument, "no such physical key");
        if (k.keysym() == 0 && k.physical_code() == 0) return makeError(ErrorCode::kInvalidArgument, "key without a key");
        return InputCommand(KeyInput{k.keysym(), k.physical_code(), k.down()});
    }
    case v1::InputEvent::kSpecialKeys:
        if (event.special_keys() < v1::SPECIAL_KEYS_CTRL_ALT_DEL || event.special_keys() > v1::SPECIAL_KEYS_CTRL_ESC) {
            return makeError(ErrorCode::kInvalidArgument, "unknown key sequence");
        }
        return InputCommand(SpecialKeysInput{int(event.special_keys())});
    case v1::InputEvent::EVENT_NOT_SET:
        break;
    }
    return makeError(ErrorCode::kProtocolError, "empty input event");
}

}  // namespace lifeline::protocol
