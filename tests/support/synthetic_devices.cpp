#include "support/synthetic_devices.h"

#include <gtest/gtest.h>

#include <memory>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/synthetic/synthetic_injector.h"

namespace lifeline::test {

session::CustomerSession::Devices syntheticDevices(const std::string& scene, base::Size size, std::uint32_t seed)
{
    struct Desk
    {
        std::unique_ptr<capture::SyntheticCapturer> capturer;
        capture::SyntheticScreen* screen = nullptr;
    };
    auto desk = std::make_shared<Desk>();
    auto made = capture::makeScene(scene, seed);
    EXPECT_TRUE(made.ok()) << scene;
    desk->capturer = std::make_unique<capture::SyntheticCapturer>(size, made ? std::move(made).value() : nullptr);
    desk->screen = &desk->capturer->screen();
    session::CustomerSession::Devices devices;
    devices.openCapturer = [desk]() -> base::Result<std::unique_ptr<capture::ScreenCapturer>> {
        if (!desk->capturer) return base::makeError(base::ErrorCode::kUnavailable, "opened twice");
        return std::unique_ptr<capture::ScreenCapturer>(std::move(desk->capturer));
    };
    devices.openInjector = [desk]() -> base::Result<std::unique_ptr<input::InputInjector>> {
        return std::unique_ptr<input::InputInjector>(std::make_unique<input::SyntheticInjector>(*desk->screen));
    };
    return devices;
}

}  // namespace lifeline::test
