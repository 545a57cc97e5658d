#pragma once

#include <QTemporaryDir>

#include <memory>

#include "applet/applet_controller.h"
#include "applet/applet_window.h"
#include "support/headless_technician.h"
#include "support/relay_harness.h"
#include "support/synthetic_devices.h"
#include "support/tcp_proxy.h"

namespace lifeline::test {

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
        options.receiveFolder = downloads.path().toStdString();
        options.sharedFolder = shared.path().toStdString();
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
    QTemporaryDir downloads;  // the customer's Downloads/Lifeline
    QTemporaryDir shared;     // the folder the customer lets the technician see
    std::unique_ptr<TcpProxy> network;
    std::unique_ptr<applet::AppletController> controller;
    std::unique_ptr<applet::AppletWindow> window;
};

}  // namespace lifeline::test
