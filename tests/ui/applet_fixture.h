#pragma once

#include <memory>

#include "applet/applet_controller.h"
#include "applet/applet_window.h"
#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/synthetic/synthetic_injector.h"
#include "support/headless_technician.h"
#include "support/relay_harness.h"
#include "support/tcp_proxy.h"

namespace lifeline::test {

// A synthetic desktop for the applet's session: the capturer is handed over on first use,
// the injector draws on the same screen.
inline session::CustomerSession::Devices syntheticDevices()
{
    struct Desk
    {
        std::unique_ptr<capture::SyntheticCapturer> capturer;
        capture::SyntheticScreen* screen = nullptr;
    };
    auto desk = std::make_shared<Desk>();
    auto scene = capture::makeScene("typing", 3);
    desk->capturer = std::make_unique<capture::SyntheticCapturer>(base::Size{320, 200}, std::move(scene).value());
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

// The applet as the customer sees it — controller, session on its network thread and the
// window — joined to a relay in this process, with a headless technician on the other end.
struct AppletFixture
{
    // `throughProxy`: the applet reaches the relay through a TcpProxy the test can cut.
    explicit AppletFixture(server::RelayConfig config = {}, bool throughProxy = false)
        : relay(config), technician(relay)
    {
        if (throughProxy) network = std::make_unique<TcpProxy>(relay.port());
        session::CustomerSession::Options options;
        options.host = "127.0.0.1";
        options.port = network ? network->port() : relay.port();
        options.retryIntervalMs = 200;
        options.tls = relay.pki().clientConfig();
        options.customerName = "Bob";
        options.control.pauseAfterLocalInputMs = 0;
        // One thread for session and capture: the synthetic injector draws into the captured
        // screen (the threaded capture is covered in tests/e2e).
        controller = std::make_unique<applet::AppletController>(options, syntheticDevices(), false);
        window = std::make_unique<applet::AppletWindow>(*controller);
        window->show();
    }
    ~AppletFixture()
    {
        window.reset();
        controller.reset();
    }

    RelayHarness relay;
    HeadlessTechnician technician;
    std::unique_ptr<TcpProxy> network;
    std::unique_ptr<applet::AppletController> controller;
    std::unique_ptr<applet::AppletWindow> window;
};

}  // namespace lifeline::test
