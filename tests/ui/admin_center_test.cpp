// The console's Admin Center against a relay in this process (offscreen): who sees it,
// the organisation tree, permissions saved and locked ones shown locked, sign-in rules.
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <gtest/gtest.h>

#include "console/account_controller.h"
#include "console/admin_center.h"
#include "console/main_window.h"
#include "server/demo_organisation.h"
#include "server/organisation.h"
#include "support/relay_harness.h"
#include "support/wait.h"

namespace lifeline::test {
namespace {

constexpr char kPassword[] = "correct horse battery";

class AdminCenterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(tls.ok());
        relay.addAccount("master@example.com", kPassword, "Mia", v1::ROLE_MASTER_ADMIN);
        auto seeded = server::seedDemoOrganisation(relay.store(), kPassword, 1000);
        ASSERT_TRUE(seeded.ok() && *seeded);
    }

    // Signs `email` in and opens the console's window.
    std::unique_ptr<console::MainWindow> open(const QString& email)
    {
        QSignalSpy signedIn(&account, &console::AccountController::signedIn);
        account.signIn({"127.0.0.1", relay.port(), *tls}, email, kPassword);
        EXPECT_TRUE(waitUntil([&] { return signedIn.count() == 1; }));
        auto window = std::make_unique<console::MainWindow>(account, console::ConsoleOptions{});
        if (console::AdminCenter* admin = window->adminCenter()) {
            EXPECT_TRUE(waitUntil([&] { return admin->isLoaded(); }));
        }
        return window;
    }
    server::Organisation organisation()
    {
        auto org = relay.store().organisation();
        EXPECT_TRUE(org.ok());
        return org ? std::move(*org) : server::Organisation({}, {}, {});
    }
    server::Group group(qint64 id)
    {
        const server::Organisation org = organisation();
        const server::Group* g = org.group(id);
        return g != nullptr ? *g : server::Group{};
    }
    qint64 groupId(const char* name)
    {
        const server::Organisation org = organisation();
        for (const auto& [id, g] : org.groups()) {
            if (g.name == name) return id;
        }
        return 0;
    }
    QStringList treeText(console::AdminCenter& admin)
    {
        QStringList lines;
        for (QTreeWidgetItemIterator it(admin.tree()); *it != nullptr; ++it) lines << (*it)->text(0);
        return lines;
    }

    RelayHarness relay;
    base::Result<net::TlsClientConfig> tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    console::AccountController account;
};

TEST_F(AdminCenterTest, TechniciansDoNotSeeIt)
{
    auto window = open("bob@lifeline.test");
    EXPECT_EQ(window->adminCenter(), nullptr);
    EXPECT_EQ(window->tabs()->count(), 1);
}

TEST_F(AdminCenterTest, TheMasterSeesTheTreeAndSavedPermissionsReachTheRelay)
{
    auto window = open("master@example.com");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    EXPECT_EQ(window->tabs()->tabText(1), "Admin Center");
    EXPECT_EQ(window->sessionTabCount(), 0);
    const QStringList lines = treeText(*admin);
    for (const char* expected : {"Support", "Tier 1", "Night shift", "Tier 2", "Sales (locked)", "Bob Jansen <bob@lifeline.test>",
                                 "Administrators", "Eve Schmidt <eve@lifeline.test>"}) {
        EXPECT_TRUE(lines.contains(expected)) << expected << " in " << lines.join(" | ").toStdString();
    }
    EXPECT_TRUE(admin->pages()->isTabVisible(1)) << "the sign-in rules: the master's";

    const qint64 tier2 = groupId("Tier 2");
    admin->selectGroup(tier2);
    EXPECT_TRUE(admin->permissionBox(v1::GROUP_PERMISSION_REBOOT)->isChecked());
    EXPECT_TRUE(admin->permissionBox(v1::GROUP_PERMISSION_REBOOT)->isEnabled());
    EXPECT_TRUE(admin->lockBox()->isEnabled());
    admin->permissionBox(v1::GROUP_PERMISSION_REBOOT)->setChecked(false);
    admin->permissionBox(v1::GROUP_PERMISSION_SCRIPTS)->setChecked(true);
    admin->saveGroupButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Saved."; })) << admin->statusText().toStdString();
    const server::GroupPermissions stored = group(tier2).permissions;
    EXPECT_EQ(stored.count(v1::GROUP_PERMISSION_REBOOT), 0u);
    EXPECT_EQ(stored.count(v1::GROUP_PERMISSION_SCRIPTS), 1u);
    EXPECT_EQ(stored.count(v1::GROUP_PERMISSION_REMOTE_CONTROL), 1u) << "the rest as it was";

    // Night shift inherits: its boxes are not editable until inheriting is switched off.
    admin->selectGroup(groupId("Night shift"));
    EXPECT_TRUE(admin->inheritBox()->isChecked());
    EXPECT_FALSE(admin->permissionBox(v1::GROUP_PERMISSION_CHAT)->isEnabled());
    admin->inheritBox()->setChecked(false);
    EXPECT_TRUE(admin->permissionBox(v1::GROUP_PERMISSION_CHAT)->isEnabled());
}

TEST_F(AdminCenterTest, AnAdministratorSeesTheirPartAndLockedPermissionsLocked)
{
    // The master locks Tier 1 (the relay's own store, as the Admin Center would).
    server::Group tier1 = group(groupId("Tier 1"));
    tier1.permissionsLocked = true;
    ASSERT_TRUE(relay.store().updateGroup(tier1).ok());

    auto window = open("eve@lifeline.test");  // manages Support
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    const QStringList lines = treeText(*admin);
    EXPECT_TRUE(lines.contains("Support"));
    EXPECT_FALSE(lines.contains("Sales (locked)")) << "not hers";
    EXPECT_FALSE(lines.contains("Fatima Rossi <fatima@lifeline.test>"));
    EXPECT_FALSE(admin->pages()->isTabVisible(1)) << "no sign-in rules for administrators";

    admin->selectGroup(tier1.id);
    EXPECT_FALSE(admin->permissionBox(v1::GROUP_PERMISSION_REMOTE_CONTROL)->isEnabled());
    EXPECT_FALSE(admin->inheritBox()->isEnabled());
    EXPECT_FALSE(admin->lockBox()->isEnabled());
    admin->selectGroup(groupId("Night shift"));  // below the lock
    EXPECT_FALSE(admin->inheritBox()->isEnabled());
    // Tier 2 is hers and unlocked; a refusal from the relay would show as text.
    admin->selectGroup(groupId("Tier 2"));
    EXPECT_TRUE(admin->permissionBox(v1::GROUP_PERMISSION_REBOOT)->isEnabled());
}

TEST_F(AdminCenterTest, SignInRulesAreSavedAndAShutOutIsRefused)
{
    auto window = open("master@example.com");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    ASSERT_TRUE(waitUntil([&] { return admin->minLengthBox()->value() == 8; }));
    admin->minLengthBox()->setValue(12);
    admin->ipRulesEdit()->setPlainText("default deny\nallow 192.0.2.0/24");
    admin->saveRulesButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText().startsWith("Not done"); })) << admin->statusText().toStdString();
    EXPECT_TRUE(admin->statusText().contains("127.0.0.1")) << admin->statusText().toStdString();
    EXPECT_EQ(relay.store().passwordPolicy().minLength, 8) << "nothing saved";
    admin->ipRulesEdit()->setPlainText("default allow\ndeny 198.51.100.0/24");
    EXPECT_EQ(admin->pinValidityBox()->value(), 20);
    EXPECT_TRUE(admin->storeAddressesBox()->isChecked());
    admin->pinValidityBox()->setValue(30);
    admin->saveRulesButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Saved."; })) << admin->statusText().toStdString();
    EXPECT_EQ(relay.store().passwordPolicy().minLength, 12);
    EXPECT_EQ(relay.store().setting("ip_restrictions", {}), "default allow\ndeny 198.51.100.0/24");
    EXPECT_EQ(relay.store().setting("pin_validity_minutes", {}), "30");
    EXPECT_EQ(relay.store().setting("store_customer_addresses", {}), "1") << "left as it was";
}

}  // namespace
}  // namespace lifeline::test
