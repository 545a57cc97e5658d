// RemoteControl and ControlSender through an in-process link, with the synthetic injector:
// consent, the customer's priority, release on revoke, motion coalescing.
#include <gtest/gtest.h>

#include <QTimer>

#define XK_MISCELLANY
#include <X11/keysymdef.h>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/synthetic/synthetic_injector.h"
#include "session/remote_control.h"
#include "support/wait.h"

namespace lifeline::session {
namespace {

using protocol::TrafficClass;

struct ControlWire
{
    capture::SyntheticCapturer capturer{{320, 200}, nullptr};
    input::SyntheticInjector* injector = nullptr;
    std::unique_ptr<RemoteControl> control;
    std::unique_ptr<ControlSender> sender;
    std::vector<TrafficClass> classes;

    explicit ControlWire(int pauseMs = 1000)
    {
        auto owned = std::make_unique<input::SyntheticInjector>(capturer.screen());
        injector = owned.get();
        control = std::make_unique<RemoteControl>(std::move(owned),
            [this](const v1::Envelope& e, TrafficClass) {
                QTimer::singleShot(0, sender.get(), [this, e] { sender->handle(e); });
                return base::Status{};
            },
            RemoteControl::Options{pauseMs, 10});
        sender = std::make_unique<ControlSender>([this](const v1::Envelope& e, TrafficClass c) {
            classes.push_back(c);
            QTimer::singleShot(0, control.get(), [this, e] { control->handle(e); });
            return base::Status{};
        });
        EXPECT_TRUE(capturer.captureFrame().ok());
    }

    bool clickLands(base::Point at, int button)
    {
        EXPECT_TRUE(sender->button(at, button, true).ok());
        EXPECT_TRUE(sender->button(at, button, false).ok());
        test::spinFor(30);
        EXPECT_TRUE(capturer.captureFrame().ok());
        return capturer.frame().pixel(at.x, at.y) == input::SyntheticInjector::buttonColour(button);
    }
};

TEST(RemoteControlTest, NothingIsInjectedWithoutConsent)
{
    ControlWire wire;
    EXPECT_FALSE(wire.clickLands({50, 50}, 1));
    EXPECT_EQ(wire.control->injected(), 0u);
    EXPECT_EQ(wire.control->refused(), 2u);
}

TEST(RemoteControlTest, GrantedClickLandsAndTheTechnicianIsTold)
{
    ControlWire wire;
    wire.control->setGranted(true);
    ASSERT_TRUE(test::waitUntil([&] { return wire.sender->isGranted(); }));
    EXPECT_TRUE(wire.clickLands({60, 40}, 3));
    EXPECT_EQ(wire.control->injected(), 2u);
    for (TrafficClass c : wire.classes) EXPECT_EQ(c, TrafficClass::kControl) << "input goes first";
}

TEST(RemoteControlTest, RevokingReleasesHeldKeysAndRefusesMore)
{
    ControlWire wire;
    wire.control->setGranted(true);
    ASSERT_TRUE(wire.sender->key(XK_Shift_L, 0, true).ok());
    ASSERT_TRUE(wire.sender->button({10, 10}, 1, true).ok());
    ASSERT_TRUE(test::waitUntil([&] { return wire.injector->heldCount() == 2; }));
    wire.control->setGranted(false);
    EXPECT_EQ(wire.injector->heldCount(), 0);
    ASSERT_TRUE(test::waitUntil([&] { return !wire.sender->isGranted(); }));
    EXPECT_FALSE(wire.clickLands({100, 100}, 2));
}

TEST(RemoteControlTest, CustomerInputPausesTheTechnician)
{
    ControlWire wire(300);
    wire.control->setGranted(true);
    EXPECT_TRUE(wire.clickLands({20, 20}, 1));
    wire.injector->simulateLocalInput();
    ASSERT_TRUE(test::waitUntil([&] { return wire.sender->isPausedByCustomer(); }));
    EXPECT_FALSE(wire.clickLands({40, 20}, 1)) << "the customer wins";
    ASSERT_TRUE(test::waitUntil([&] { return !wire.sender->isPausedByCustomer(); }, 3000));
    EXPECT_TRUE(wire.clickLands({60, 20}, 1)) << "control comes back after the pause";
}

TEST(RemoteControlTest, PointerMotionIsCoalescedAndEndsWhereTheTechnicianStopped)
{
    ControlWire wire;
    wire.control->setGranted(true);
    for (int i = 0; i < 200; ++i) ASSERT_TRUE(wire.sender->movePointer({i % 300, i % 180}).ok());
    ASSERT_TRUE(test::waitUntil([&] { return wire.capturer.cursor().position == base::Point{199, 19}; }));
    EXPECT_LE(wire.sender->motionEventsSent(), 3u) << "200 moves in no time are a few events";
}

}  // namespace
}  // namespace lifeline::session
