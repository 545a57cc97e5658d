#include "core/capture/screen_capturer.h"

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/capture/x11/x11_screen_capturer.h"

namespace lifeline::capture {

base::Result<std::unique_ptr<ScreenCapturer>> createScreenCapturer(const CapturerOptions& options)
{
    if (options.backend == "synthetic") {
        if (options.size.isEmpty()) return base::makeError(base::ErrorCode::kInvalidArgument, "empty screen size");
        auto scene = makeScene(options.scene, options.seed);
        if (!scene) return scene.error();
        return std::unique_ptr<ScreenCapturer>(
            std::make_unique<SyntheticCapturer>(options.size, std::move(scene).value()));
    }
    if (options.backend == "x11") {
        auto capturer = X11ScreenCapturer::open(options.display);
        if (!capturer) return capturer.error();
        return std::unique_ptr<ScreenCapturer>(std::move(capturer).value());
    }
    return base::makeError(base::ErrorCode::kInvalidArgument, "unknown capture backend: " + options.backend);
}

}  // namespace lifeline::capture
