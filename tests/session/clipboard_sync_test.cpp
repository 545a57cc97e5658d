// Clipboard synchronisation between two X displays (two private Xvfb servers: the
// customer's and the technician's), through ClipboardSync on each end.
#include <gtest/gtest.h>

#include <QTimer>

#include "session/clipboard_sync.h"
#include "support/wait.h"
#include "support/xvfb_server.h"

namespace lifeline::session {
namespace {

using protocol::TrafficClass;

class ClipboardSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_customerDisplay.ok() && m_technicianDisplay.ok());
        auto open = [](const testing::XvfbServer& server) {
            auto c = input::openX11Clipboard(server.display(), 1024 * 1024);
            EXPECT_TRUE(c.ok());
            return std::move(c).value();
        };
        m_customerApp = open(m_customerDisplay);
        m_technicianApp = open(m_technicianDisplay);
        m_customer = std::make_unique<ClipboardSync>(open(m_customerDisplay), [this](const v1::Envelope& e, TrafficClass) {
            QTimer::singleShot(0, m_technician.get(), [this, e] { m_technician->handle(e); });
            return base::Status{};
        });
        m_technician = std::make_unique<ClipboardSync>(open(m_technicianDisplay), [this](const v1::Envelope& e, TrafficClass) {
            QTimer::singleShot(0, m_customer.get(), [this, e] { m_customer->handle(e); });
            return base::Status{};
        });
    }

    // Spins the event loop (the syncs) and the other application until it pastes something.
    std::optional<input::ClipboardContent> pasted(input::Clipboard& app, input::Clipboard& source, int timeoutMs)
    {
        std::optional<input::ClipboardContent> got;
        test::waitUntil([&] {
            (void)source.process();
            auto taken = app.process();
            if (taken.ok() && taken->has_value()) got = **taken;
            return got.has_value();
        }, timeoutMs);
        return got;
    }

    testing::XvfbServer m_customerDisplay{"320x200x24"};
    testing::XvfbServer m_technicianDisplay{"320x200x24"};
    std::unique_ptr<input::Clipboard> m_customerApp;
    std::unique_ptr<input::Clipboard> m_technicianApp;
    std::unique_ptr<ClipboardSync> m_customer;
    std::unique_ptr<ClipboardSync> m_technician;
};

TEST_F(ClipboardSyncTest, CopiedOnOneEndIsPastedOnTheOtherBothWays)
{
    m_customer->setAllowed(true);
    m_technician->setAllowed(true);
    const input::ClipboardContent fromCustomer{input::kMimeText, "error 0x80070005 in setup.log"};
    ASSERT_TRUE(m_customerApp->set(fromCustomer).ok());
    EXPECT_EQ(pasted(*m_technicianApp, *m_customerApp, 5000), fromCustomer);

    const input::ClipboardContent fromTechnician{input::kMimeText, "sudo systemctl restart cups"};
    ASSERT_TRUE(m_technicianApp->set(fromTechnician).ok());
    EXPECT_EQ(pasted(*m_customerApp, *m_technicianApp, 5000), fromTechnician);
    EXPECT_EQ(m_customer->sent(), 1u);
    EXPECT_EQ(m_customer->received(), 1u);
}

TEST_F(ClipboardSyncTest, NothingCrossesWithoutThePermission)
{
    m_customer->setAllowed(false);  // the customer did not allow clipboard sharing
    m_technician->setAllowed(true);  // and the console tries anyway
    ASSERT_TRUE(m_customerApp->set(input::ClipboardContent{input::kMimeText, "my password"}).ok());
    EXPECT_FALSE(pasted(*m_technicianApp, *m_customerApp, 500).has_value());
    ASSERT_TRUE(m_technicianApp->set(input::ClipboardContent{input::kMimeText, "rm -rf ~"}).ok());
    EXPECT_FALSE(pasted(*m_customerApp, *m_technicianApp, 500).has_value());
    EXPECT_EQ(m_customer->sent(), 0u);
    EXPECT_EQ(m_customer->received(), 0u);
    EXPECT_GE(m_customer->refused(), 2u);
}

TEST_F(ClipboardSyncTest, RevokingStopsTheSync)
{
    m_customer->setAllowed(true);
    m_technician->setAllowed(true);
    ASSERT_TRUE(m_customerApp->set(input::ClipboardContent{input::kMimeText, "first"}).ok());
    ASSERT_TRUE(pasted(*m_technicianApp, *m_customerApp, 5000).has_value());
    m_customer->setAllowed(false);
    ASSERT_TRUE(m_customerApp->set(input::ClipboardContent{input::kMimeText, "after revoke"}).ok());
    EXPECT_FALSE(pasted(*m_technicianApp, *m_customerApp, 500).has_value());
}

}  // namespace
}  // namespace lifeline::session
