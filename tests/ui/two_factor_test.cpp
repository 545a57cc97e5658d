// Two-step sign-in in the console (offscreen, relay in this process): a group that requires
// it has its technician set it up right after signing in (QR code, key, recovery codes,
// first code), and from then on the sign-in dialog asks for the app's code.
#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "console/account_controller.h"
#include "console/main_window.h"
#include "console/qr_code.h"
#include "console/sign_in_dialog.h"
#include "console/two_factor_dialog.h"
#include "server/demo_organisation.h"
#include "server/organisation.h"
#include "server/totp.h"
#include "support/relay_harness.h"
#include "support/wait.h"

namespace lifeline::test {
namespace {

constexpr char kPassword[] = "correct horse battery";
constexpr char kBob[] = "bob@lifeline.test";

class TwoFactorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(tls.ok());
        auto seeded = server::seedDemoOrganisation(relay.store(), kPassword, 1000);
        ASSERT_TRUE(seeded.ok() && *seeded);
    }

    std::optional<server::Account> bob()
    {
        auto found = relay.store().accountByEmail(kBob);
        if (!found || !found->has_value()) return std::nullopt;
        return **found;
    }
    std::int64_t nowSeconds()
    {
        return std::chrono::duration_cast<std::chrono::seconds>(relay.clock().now().time_since_epoch()).count();
    }
    // The code bob's app would show `offsetSeconds` from now.
    QString codeFor(const QString& secretBase32, int offsetSeconds = 0)
    {
        auto secret = server::base32Decode(secretBase32.toStdString());
        EXPECT_TRUE(secret.ok());
        return secret ? QString::fromStdString(server::totpCode(*secret, nowSeconds() + offsetSeconds)) : QString();
    }
    QAction* twoFactorAction(console::MainWindow& window)
    {
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text().contains("two-step")) return action;
        }
        return nullptr;
    }

    RelayHarness relay;
    base::Result<net::TlsClientConfig> tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    console::AccountController account;
};

TEST_F(TwoFactorTest, ARequiredSetUpIsAskedAtSignInAndTheNextSignInAsksForTheCode)
{
    // Bob's group requires two-step sign-in; he has not set it up.
    auto before = bob();
    ASSERT_TRUE(before.has_value());
    auto org = relay.store().organisation();
    ASSERT_TRUE(org.ok());
    server::Group group = *org->group(before->groupId);
    group.requireTwoFactor = true;
    ASSERT_TRUE(relay.store().updateGroup(group).ok());

    QSignalSpy signedIn(&account, &console::AccountController::signedIn);
    account.signIn({"127.0.0.1", relay.port(), *tls}, kBob, kPassword);
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }));
    EXPECT_TRUE(account.account().two_factor_enrolment_required());
    EXPECT_FALSE(account.account().two_factor_enabled());

    console::MainWindow window(account, console::ConsoleOptions{});
    ASSERT_TRUE(waitUntil([&] { return window.twoFactorDialog() != nullptr && window.twoFactorDialog()->isReady(); }));
    console::TwoFactorDialog* dialog = window.twoFactorDialog();
    EXPECT_TRUE(twoFactorAction(window)->isEnabled());
    const QString secret = dialog->secret();
    EXPECT_EQ(secret.size(), 32) << "160 random bits in base32";
    EXPECT_EQ(dialog->recoveryCodes().size(), 10);
    const QImage qr = dialog->qrImage();
    ASSERT_FALSE(qr.isNull());
    EXPECT_EQ(qr.width(), qr.height());
    auto stored = bob();
    EXPECT_EQ(stored->totpSecret, secret) << "the relay keeps the secret it showed";
    EXPECT_FALSE(stored->totpConfirmed) << "not in force before the first code";

    // A code from another time is refused and the dialog stays.
    dialog->codeEdit()->setText(codeFor(secret, 600));
    dialog->turnOnButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }));
    EXPECT_TRUE(dialog->errorText().contains("not right")) << dialog->errorText().toStdString();
    EXPECT_FALSE(bob()->totpConfirmed);

    dialog->codeEdit()->setText(codeFor(secret));
    dialog->turnOnButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window.twoFactorDialog() == nullptr; }));
    EXPECT_TRUE(bob()->totpConfirmed);
    EXPECT_TRUE(account.account().two_factor_enabled());
    EXPECT_FALSE(account.account().two_factor_enrolment_required());
    EXPECT_FALSE(twoFactorAction(window)->isEnabled()) << "set up: only an administrator resets it";

    // The next sign-in: the password alone asks for the code; a wrong code is refused; the
    // app's next code signs in.
    relay.clock().advance(std::chrono::seconds(30));
    console::SignInDialog signIn(account);
    signIn.relayEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(relay.port()));
    signIn.caEdit()->setText(relay.pki().caPath());
    signIn.emailEdit()->setText(kBob);
    signIn.passwordEdit()->setText(kPassword);
    EXPECT_TRUE(signIn.codeEdit()->isHidden());
    signIn.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !signIn.codeEdit()->isHidden(); }));
    EXPECT_TRUE(signIn.errorText().contains("authenticator")) << signIn.errorText().toStdString();
    EXPECT_EQ(signIn.result(), 0);

    signIn.passwordEdit()->setText(kPassword);
    signIn.codeEdit()->setText(codeFor(secret, 600));
    signIn.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return signIn.errorText().startsWith("Wrong"); })) << signIn.errorText().toStdString();
    EXPECT_EQ(signIn.errorText(), "Wrong e-mail address, password or code.");

    signIn.passwordEdit()->setText(kPassword);
    signIn.codeEdit()->setText(codeFor(secret));
    signIn.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return signIn.result() == QDialog::Accepted; })) << signIn.errorText().toStdString();
    EXPECT_TRUE(account.account().two_factor_enabled());
    EXPECT_TRUE(signIn.codeEdit()->text().isEmpty()) << "no code kept";
}

TEST_F(TwoFactorTest, ARecoveryCodeSignsInOnce)
{
    // Set up through the dialog, from the Settings menu (not required by the group).
    QSignalSpy signedIn(&account, &console::AccountController::signedIn);
    account.signIn({"127.0.0.1", relay.port(), *tls}, kBob, kPassword);
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }));
    console::MainWindow window(account, console::ConsoleOptions{});
    QCoreApplication::processEvents();
    EXPECT_EQ(window.twoFactorDialog(), nullptr) << "not asked when the group does not require it";
    ASSERT_TRUE(twoFactorAction(window)->isEnabled());
    twoFactorAction(window)->trigger();
    ASSERT_TRUE(waitUntil([&] { return window.twoFactorDialog() != nullptr && window.twoFactorDialog()->isReady(); }));
    console::TwoFactorDialog* dialog = window.twoFactorDialog();
    const QString recovery = dialog->recoveryCodes().first();
    dialog->codeEdit()->setText(codeFor(dialog->secret()));
    dialog->turnOnButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window.twoFactorDialog() == nullptr; }));

    auto signInWith = [&](const QString& code) {
        QSignalSpy ok(&account, &console::AccountController::signedIn);
        QSignalSpy failed(&account, &console::AccountController::signInFailed);
        account.signIn({"127.0.0.1", relay.port(), *tls}, kBob, kPassword, code);
        EXPECT_TRUE(waitUntil([&] { return ok.count() + failed.count() == 1; }));
        return failed.isEmpty() ? base::ErrorCode{} : failed.first().first().value<base::Error>().code;
    };
    EXPECT_EQ(signInWith(recovery.toLower()), base::ErrorCode{}) << "typed in lower case";
    EXPECT_EQ(signInWith(recovery), base::ErrorCode::kInvalidCredentials) << "each recovery code once";
    EXPECT_EQ(signInWith({}), base::ErrorCode::kSecondFactorRequired);
}

TEST(QrCode, HasTheQuietZoneAndGrowsWithTheText)
{
    const QImage small = console::qrCodeImage("lifeline", 1);
    ASSERT_FALSE(small.isNull());
    EXPECT_EQ(small.width(), 21 + 8) << "version 1 (14 bytes at level M) and a quiet zone of four modules on each side";
    EXPECT_EQ(small.pixelColor(0, 0), Qt::white);
    EXPECT_EQ(small.pixelColor(4, 4), Qt::black) << "the finder pattern's corner";
    EXPECT_EQ(console::qrCodeImage("lifeline", 5).width(), (21 + 8) * 5);
    const QImage large = console::qrCodeImage(QString(200, u'a'), 1);
    EXPECT_GT(large.width(), small.width());
    EXPECT_TRUE(console::qrCodeImage(QString(8000, u'a'), 1).isNull()) << "too long for any QR code";
}

}  // namespace
}  // namespace lifeline::test
