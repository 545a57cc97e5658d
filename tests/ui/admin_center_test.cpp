// The console's Admin Center against a relay in this process (offscreen): who sees it,
// the organisation tree, permissions saved and locked ones shown locked, sign-in rules.
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidgetItemIterator>

#include <gtest/gtest.h>

#include "console/account_controller.h"
#include "console/admin_center.h"
#include "console/main_window.h"
#include "console/person_dialog.h"
#include "console/reports_page.h"
#include "server/demo_organisation.h"
#include "server/organisation.h"
#include "server/organisation_settings.h"
#include "server/password_hasher.h"
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
    std::optional<server::Account> stored(const char* email)
    {
        auto found = relay.store().accountByEmail(email);
        if (!found || !found->has_value()) return std::nullopt;
        return **found;
    }
    QTreeWidgetItem* treeItem(console::AdminCenter& admin, const QString& text)
    {
        for (QTreeWidgetItemIterator it(admin.tree()); *it != nullptr; ++it) {
            if ((*it)->text(0) == text) return *it;
        }
        return nullptr;
    }
    // Drops `what` ("g:ID" or "m:ID", as a drag from the tree carries it) on the item
    // showing `onto`, as the mouse would.
    void drop(console::AdminCenter& admin, const QByteArray& what, const QString& onto)
    {
        QTreeWidgetItem* target = treeItem(admin, onto);
        ASSERT_NE(target, nullptr) << onto.toStdString();
        QMimeData data;
        data.setData(console::AdminCenter::kDragMimeType, what);
        // Enter, move, drop: Qt delivers a drop only where a drag was accepted.
        const QPoint at = admin.tree()->visualItemRect(target).center();
        QDragEnterEvent enter(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(admin.tree()->viewport(), &enter);
        QDragMoveEvent over(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(admin.tree()->viewport(), &over);
        ASSERT_TRUE(over.isAccepted()) << "the tree takes the drag";
        QDropEvent dropped(QPointF(at), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(admin.tree()->viewport(), &dropped);
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
    // A rule only the relay knows: when the form shows it, the relay's rules have loaded
    // (a form field's default alone would not say so, and the load would undo the edits).
    ASSERT_TRUE(relay.store().setSetting("ip_restrictions", "default allow").ok());
    auto window = open("master@example.com");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    ASSERT_TRUE(waitUntil([&] { return admin->ipRulesEdit()->toPlainText() == "default allow"; }));
    ASSERT_EQ(admin->minLengthBox()->value(), 8);
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

TEST_F(AdminCenterTest, SessionRulesAndAGroupsIpRulesAreSaved)
{
    auto window = open("master@example.com");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    EXPECT_TRUE(admin->pages()->isTabVisible(2));
    ASSERT_TRUE(waitUntil([&] { return admin->maxSessionsBox()->value() == 10; }));
    EXPECT_EQ(admin->idleTimeoutBox()->value(), 0) << "never, until set";
    admin->connectingTimeoutBox()->setValue(5);
    admin->waitingTimeoutBox()->setValue(30);
    admin->idleTimeoutBox()->setValue(45);
    admin->maxSessionsBox()->setValue(3);
    admin->termsEdit()->setPlainText("We only look at what you show us.");
    admin->saveSessionRulesButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Saved."; })) << admin->statusText().toStdString();
    const server::SessionSettings saved = server::SessionSettings::read(relay.store(), {});
    EXPECT_EQ(saved.connectingTimeoutMinutes, 5);
    EXPECT_EQ(saved.waitingTimeoutMinutes, 30);
    EXPECT_EQ(saved.idleTimeoutMinutes, 45);
    EXPECT_EQ(saved.maxSessionsPerTechnician, 3);
    EXPECT_EQ(saved.terms, "We only look at what you show us.");

    // A group's own IP rules; ones that do not parse are refused with the reason.
    const qint64 tier1 = groupId("Tier 1");
    admin->selectGroup(tier1);
    admin->groupIpRulesEdit()->setPlainText("default deny\nallow everything");
    admin->saveGroupButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText().startsWith("Not done"); })) << admin->statusText().toStdString();
    EXPECT_TRUE(group(tier1).ipRestrictions.isEmpty());
    admin->groupIpRulesEdit()->setPlainText("default deny\nallow 192.0.2.0/24");
    admin->saveGroupButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Saved."; })) << admin->statusText().toStdString();
    EXPECT_EQ(group(tier1).ipRestrictions, "default deny\nallow 192.0.2.0/24");
}

TEST_F(AdminCenterTest, TheMasterManagesPeople)
{
    auto window = open("master@example.com");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    window->resize(1280, 800);
    window->show();  // a drop lands where an item is drawn
    window->tabs()->setCurrentWidget(admin);
    const qint64 tier2 = groupId("Tier 2");
    admin->selectGroup(tier2);

    // A new technician, placed in the selected group.
    console::NewPersonDialog* dialog = admin->openNewPersonDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->roleBox()->count(), 3) << "a master may make administrators";
    EXPECT_EQ(dialog->groupBox()->currentData().toLongLong(), tier2);
    dialog->nameEdit()->setText("Gina Tester");
    dialog->emailEdit()->setText("gina@lifeline.test");
    dialog->passwordEdit()->setText("short");
    dialog->repeatEdit()->setText("short");
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "too short";
    dialog->passwordEdit()->setText(kPassword);
    dialog->repeatEdit()->setText("correct horse batterx");
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "the two differ";
    dialog->repeatEdit()->setText(kPassword);
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Created."; })) << admin->statusText().toStdString();
    auto gina = stored("gina@lifeline.test");
    ASSERT_TRUE(gina.has_value());
    EXPECT_EQ(gina->groupId, tier2);
    EXPECT_EQ(gina->nickname, "Gina") << "the first name when no nickname was typed";
    EXPECT_TRUE(gina->enabled);
    ASSERT_TRUE(waitUntil([&] { return treeItem(*admin, "Gina Tester <gina@lifeline.test>") != nullptr; }));

    // Her page: disabled, another nickname.
    admin->selectMember(gina->id);
    EXPECT_EQ(admin->personNameEdit()->text(), "Gina Tester");
    EXPECT_EQ(admin->personGroupBox()->currentData().toLongLong(), tier2);
    EXPECT_TRUE(admin->personRoleBox()->isEnabled());
    EXPECT_FALSE(admin->resetTwoFactorButton()->isEnabled()) << "nothing to reset";
    admin->personEnabledBox()->setChecked(false);
    admin->savePersonButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Saved."; })) << admin->statusText().toStdString();
    EXPECT_FALSE(stored("gina@lifeline.test")->enabled);
    ASSERT_TRUE(waitUntil([&] { return treeItem(*admin, "Gina Tester <gina@lifeline.test> (disabled)") != nullptr; }));
    EXPECT_EQ(admin->selectedMember(), gina->id) << "still on her page after the tree was read again";

    // A new password, typed twice.
    console::PasswordDialog* password = admin->openPasswordDialog();
    ASSERT_NE(password, nullptr);
    password->passwordEdit()->setText("another long password");
    password->repeatEdit()->setText("another long password");
    password->okButton()->click();
    ASSERT_TRUE(waitUntil([&] { return server::verifyPassword("another long password", stored("gina@lifeline.test")->passwordHash.toStdString()); }));

    // Dragged onto Night shift: she is in it; the group dragged under Sales: it is there.
    drop(*admin, QByteArray("m:") + QByteArray::number(gina->id), "Night shift");
    ASSERT_TRUE(waitUntil([&] { return stored("gina@lifeline.test")->groupId == groupId("Night shift"); }))
        << admin->statusText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Moved."; }));
    drop(*admin, QByteArray("g:") + QByteArray::number(groupId("Night shift")), "Sales (locked)");
    ASSERT_TRUE(waitUntil([&] { return group(groupId("Night shift")).parentId == groupId("Sales"); }))
        << admin->statusText().toStdString();

    // Deleting asks first; "no" sends nothing.
    ASSERT_TRUE(waitUntil([&] { return treeItem(*admin, "Gina Tester <gina@lifeline.test> (disabled)") != nullptr; }));
    admin->selectMember(gina->id);
    QString asked;
    admin->setConfirm([&](const QString& title, const QString&) {
        asked = title;
        return false;
    });
    admin->deletePersonButton()->click();
    EXPECT_EQ(asked, "Delete Gina Tester?");
    QCoreApplication::processEvents();
    EXPECT_TRUE(stored("gina@lifeline.test").has_value());
    admin->setConfirm([](const QString&, const QString&) { return true; });
    admin->deletePersonButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText() == "Deleted."; })) << admin->statusText().toStdString();
    EXPECT_FALSE(stored("gina@lifeline.test").has_value());

    // A group with people in it is not deleted, and the relay's reason is shown.
    admin->selectGroup(tier2);
    admin->deleteGroupButton()->click();
    ASSERT_TRUE(waitUntil([&] { return admin->statusText().startsWith("Not done"); })) << admin->statusText().toStdString();
    EXPECT_NE(group(tier2).id, 0);

    // Bob's two-step sign-in, reset.
    auto bob = stored("bob@lifeline.test");
    ASSERT_TRUE(relay.store().setTwoFactor(bob->id, "JBSWY3DPEHPK3PXP", true, 0, {}).ok());
    admin->refresh();
    ASSERT_TRUE(waitUntil([&] {
        admin->selectMember(bob->id);
        return admin->resetTwoFactorButton()->isEnabled();
    }));
    EXPECT_EQ(admin->twoFactorLabel()->text(), "Set up.");
    admin->resetTwoFactorButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !stored("bob@lifeline.test")->totpConfirmed; }));
    EXPECT_TRUE(stored("bob@lifeline.test")->totpSecret.isEmpty());
}

TEST_F(AdminCenterTest, AnAdministratorMakesTechniciansOnlyAndCannotDisableThemselves)
{
    auto window = open("eve@lifeline.test");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    console::NewPersonDialog* dialog = admin->openNewPersonDialog();
    EXPECT_EQ(dialog->roleBox()->count(), 1) << "administrators are the master's to make";
    dialog->close();
    auto eve = stored("eve@lifeline.test");
    admin->selectMember(eve->id);
    EXPECT_FALSE(admin->personEnabledBox()->isEnabled());
    EXPECT_FALSE(admin->personRoleBox()->isEnabled());
    EXPECT_FALSE(admin->deletePersonButton()->isEnabled());
    // Her managed groups are shown, but only a master assigns them.
    ASSERT_GT(admin->managedGroupsList()->count(), 0);
    EXPECT_FALSE(admin->managedGroupsList()->item(0)->flags() & Qt::ItemIsUserCheckable);
}

TEST_F(AdminCenterTest, ReportsShowKnownSessionsWithChartsAndExportCsv)
{
    const qint64 bob = stored("bob@lifeline.test")->id;
    const qint64 dev = stored("dev@lifeline.test")->id;
    // Two sessions of Bob's and one of Dev's yesterday; one PIN of Bob's expired.
    const qint64 start = QDate::currentDate().addDays(-1).startOfDay().toMSecsSinceEpoch() + 10 * 3600 * 1000;
    auto session = [&](qint64 technician, qint64 created, qint64 waitS, qint64 handleS, const char* customer) {
        server::SessionRecord r;
        r.technicianId = technician;
        r.customerName = customer;
        r.createdAtMs = created;
        r.expiresAtMs = created + 20 * 60 * 1000;
        auto id = relay.store().createSession(r);
        ASSERT_TRUE(id.ok());
        if (waitS < 0) {
            ASSERT_TRUE(relay.store().markSessionEnded(*id, v1::SESSION_STATUS_EXPIRED, v1::END_REASON_PIN_EXPIRED, r.expiresAtMs).ok());
            return;
        }
        ASSERT_TRUE(relay.store().markSessionActive(*id, created + waitS * 1000).ok());
        ASSERT_TRUE(relay.store().markSessionEnded(*id, v1::SESSION_STATUS_CLOSED, v1::END_REASON_TECHNICIAN_ENDED,
                                                   created + (waitS + handleS) * 1000)
                        .ok());
    };
    session(bob, start, 60, 600, "Smith, \"Bob\"");
    session(bob, start + 3'600'000, 120, 1200, "Carol");
    session(bob, start + 7'200'000, -1, 0, "Dan");
    session(dev, start + 7'300'000, 30, 300, "Erin");

    auto window = open("master@example.com");
    console::AdminCenter* admin = window->adminCenter();
    ASSERT_NE(admin, nullptr);
    console::ReportsPage* reports = admin->reportsPage();
    EXPECT_EQ(reports->groupBox()->itemText(0), "Whole organisation");
    reports->runButton()->click();
    ASSERT_TRUE(waitUntil([&] { return reports->table()->rowCount() == 4; })) << reports->statusText().toStdString();
    // (The plural comes from the translation, which the test does not load.)
    EXPECT_TRUE(reports->summaryText().startsWith("4 session")) << reports->summaryText().toStdString();
    EXPECT_TRUE(reports->summaryText().endsWith(
        ", 1 missed. Waiting: average 1 min 10 s, longest 2 min 00 s. Handling: average 11 min 40 s, longest 20 min 00 s."))
        << reports->summaryText().toStdString();
    EXPECT_FALSE(reports->sessionsChart()->isHidden());
    EXPECT_EQ(reports->sessionsChart()->chart()->series().size(), 1);
    EXPECT_EQ(reports->timesChart()->chart()->series().size(), 2) << "waiting and handling";

    // One technician: Bob's three.
    reports->technicianBox()->setCurrentIndex(reports->technicianBox()->findText("Bob Jansen"));
    reports->runButton()->click();
    ASSERT_TRUE(waitUntil([&] { return reports->table()->rowCount() == 3; })) << reports->statusText().toStdString();

    // CSV: the customer's comma and quotes stay in their cell.
    QTemporaryDir dir;
    const QString path = dir.filePath("report.csv");
    ASSERT_TRUE(reports->exportCsv(path)) << reports->statusText().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("Session,Created (UTC),Technician,")) << csv.toStdString();
    EXPECT_TRUE(csv.contains(",\"Smith, \"\"Bob\"\"\",")) << csv.toStdString();
    EXPECT_EQ(csv.count("\r\n"), 4) << "a header and three rows";
    EXPECT_FALSE(reports->exportCsv(dir.filePath("no such folder/report.csv")));
    EXPECT_TRUE(reports->statusText().startsWith("The report could not be saved")) << reports->statusText().toStdString();

    // The audit log: no charts.
    reports->kindBox()->setCurrentIndex(reports->kindBox()->findData(int(v1::REPORT_KIND_AUDIT)));
    reports->technicianBox()->setCurrentIndex(0);
    reports->runButton()->click();
    ASSERT_TRUE(waitUntil([&] { return reports->report().kind() == v1::REPORT_KIND_AUDIT; }));
    EXPECT_TRUE(reports->sessionsChart()->isHidden());
    EXPECT_GT(reports->table()->rowCount(), 0) << "at least the sign-in";

    // A range the relay would refuse is caught here.
    reports->fromEdit()->setDate(QDate::currentDate().addDays(-400));
    reports->runButton()->click();
    EXPECT_EQ(reports->statusText(), "A report covers at most 366 days.");
}

}  // namespace
}  // namespace lifeline::test
