#include "core/input/input_injector.h"

#define XK_MISCELLANY
#include <X11/keysymdef.h>

#include <vector>

#include "core/input/synthetic/synthetic_injector.h"
#include "core/input/x11/x11_input_injector.h"

namespace lifeline::input {

base::Status InputInjector::wheel(int dx, int dy)
{
    auto clicks = [this](int count, int button) -> base::Status {
        for (int i = 0; i < count; ++i) {
            if (base::Status s = this->button(button, true); !s) return s;
            if (base::Status s = this->button(button, false); !s) return s;
        }
        return {};
    };
    if (base::Status s = clicks(dy < 0 ? -dy : 0, 4); !s) return s;
    if (base::Status s = clicks(dy > 0 ? dy : 0, 5); !s) return s;
    if (base::Status s = clicks(dx < 0 ? -dx : 0, 6); !s) return s;
    return clicks(dx > 0 ? dx : 0, 7);
}

base::Status InputInjector::sendSpecialKeys(SpecialKeys keys)
{
    std::vector<std::uint32_t> sequence;
    switch (keys) {
    case SpecialKeys::kCtrlAltDel: sequence = {XK_Control_L, XK_Alt_L, XK_Delete}; break;
    case SpecialKeys::kAltTab: sequence = {XK_Alt_L, XK_Tab}; break;
    case SpecialKeys::kSuper: sequence = {XK_Super_L}; break;
    case SpecialKeys::kPrintScreen: sequence = {XK_Print}; break;
    case SpecialKeys::kCtrlEsc: sequence = {XK_Control_L, XK_Escape}; break;
    }
    if (sequence.empty()) return base::makeError(base::ErrorCode::kInvalidArgument, "unknown key sequence");
    for (std::uint32_t k : sequence) {
        if (base::Status s = key(k, 0, true); !s) {
            releaseAll();
            return s;
        }
    }
    for (auto it = sequence.rbegin(); it != sequence.rend(); ++it) {
        if (base::Status s = key(*it, 0, false); !s) {
            releaseAll();
            return s;
        }
    }
    return {};
}

base::Result<std::unique_ptr<InputInjector>> createInputInjector(const InjectorOptions& options)
{
    if (options.backend == "synthetic") {
        if (!options.syntheticScreen) {
            return base::makeError(base::ErrorCode::kInvalidArgument, "the synthetic injector needs a synthetic screen");
        }
        return std::unique_ptr<InputInjector>(std::make_unique<SyntheticInjector>(*options.syntheticScreen));
    }
    if (options.backend == "x11") {
        auto injector = X11InputInjector::open(options.display);
        if (!injector) return injector.error();
        return std::unique_ptr<InputInjector>(std::move(injector).value());
    }
    return base::makeError(base::ErrorCode::kInvalidArgument, "unknown input backend: " + options.backend);
}

}  // namespace lifeline::input
