// Fuzz target: the remote-control path of untrusted bytes: an Envelope from the peer and,
// when it holds an InputEvent, its validation. Whatever validates must be within limits.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "core/protocol/envelope.h"
#include "core/protocol/input_event.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lifeline::protocol;
    auto parsed = parseEnvelope(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parsed || !parsed->has_input_event()) return 0;
    auto command = decodeInputEvent(parsed->input_event());
    if (!command) return 0;
    if (const auto* p = std::get_if<PointerInput>(&*command)) {
        if (p->position.x < 0 || p->position.x > kMaxPointerCoordinate || p->button < 0 || p->button > 9) {
            __builtin_trap();
        }
    } else if (const auto* k = std::get_if<KeyInput>(&*command)) {
        if (k->keysym > kMaxKeysym || k->physicalCode > kMaxPhysicalCode) __builtin_trap();
    } else if (const auto* w = std::get_if<WheelInput>(&*command)) {
        if (w->dx < -kMaxWheelSteps || w->dx > kMaxWheelSteps || w->dy < -kMaxWheelSteps || w->dy > kMaxWheelSteps) {
            __builtin_trap();
        }
    }
    return 0;
}
