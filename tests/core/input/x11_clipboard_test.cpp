// The X11 clipboard against a private Xvfb, with a second clipboard client playing the
// application the user copies from or pastes into.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/input/clipboard.h"
#include "support/xvfb_server.h"

namespace lifeline::input {
namespace {

// Runs both clients' event handling until the application has taken something.
std::optional<ClipboardContent> transfer(Clipboard& owner, Clipboard& application, int timeoutMs = 5000)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        EXPECT_TRUE(owner.process().ok());
        auto taken = application.process();
        EXPECT_TRUE(taken.ok());
        if (taken.ok() && taken->has_value()) return **taken;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return std::nullopt;
}

class X11ClipboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ok()) << m_server.error();
        auto a = openX11Clipboard(m_server.display(), 1024 * 1024);
        auto b = openX11Clipboard(m_server.display(), 1024 * 1024);
        ASSERT_TRUE(a.ok() && b.ok());
        m_ours = std::move(a).value();
        m_application = std::move(b).value();
    }

    testing::XvfbServer m_server{"320x200x24"};
    std::unique_ptr<Clipboard> m_ours;
    std::unique_ptr<Clipboard> m_application;
};

TEST_F(X11ClipboardTest, TextWeSetIsPastedByAnotherApplication)
{
    const ClipboardContent text{kMimeText, "Grüße, \u20ac 100 — copy me"};
    ASSERT_TRUE(m_ours->set(text).ok());
    EXPECT_EQ(transfer(*m_ours, *m_application), text);
}

TEST_F(X11ClipboardTest, ImageCopiedInAnotherApplicationReachesUs)
{
    std::string png("\x89PNG\r\n\x1a\n", 8);
    png += std::string(5000, '\0') + "IEND";
    const ClipboardContent image{kMimePng, png};
    ASSERT_TRUE(m_application->set(image).ok());
    EXPECT_EQ(transfer(*m_application, *m_ours), image);
}

TEST_F(X11ClipboardTest, ContentAboveTheCapIsRefused)
{
    auto small = openX11Clipboard(m_server.display(), 16);
    ASSERT_TRUE(small.ok());
    const auto refused = (*small)->set(ClipboardContent{kMimeText, std::string(17, 'x')});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, base::ErrorCode::kLimitReached);
    EXPECT_FALSE(m_ours->set(ClipboardContent{"application/x-unknown", "x"}).ok());
    // Too large to take: the application copies 64 bytes, a 16-byte clipboard takes nothing.
    ASSERT_TRUE(m_application->set(ClipboardContent{kMimeText, std::string(64, 'y')}).ok());
    EXPECT_FALSE(transfer(*m_application, **small, 500).has_value());
}

}  // namespace
}  // namespace lifeline::input
