// The console's models and windows on the offscreen platform, against a real relay in this
// process (real TLS on a loopback port).
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include "console/account_controller.h"
#include "console/console_options.h"
#include "console/main_window.h"
#include "console/file_manager.h"
#include "console/new_session_dialog.h"
#include "console/person_dialog.h"
#include "console/session_controller.h"
#include "console/session_list_model.h"
#include "console/session_tab.h"
#include "console/sign_in_dialog.h"
#include "server/organisation.h"
#include "server/organisation_settings.h"
#include "server/password_hasher.h"
#include "support/relay_harness.h"
#include "support/wait.h"
#include "ui/remote_view.h"

namespace lifeline::test {
namespace {

using console::SessionListModel;
using ui::RemoteView;

constexpr char kEmail[] = "ann@example.com";
constexpr char kPassword[] = "correct horse battery";

v1::SessionSummary summary(quint64 id, v1::SessionStatus status, const char* customer, qint64 createdMs,
                           qint64 activeMs = 0)
{
    v1::SessionSummary s;
    s.set_session_id(id);
    s.set_status(status);
    s.set_customer_name(customer);
    s.set_created_at_unix_ms(createdMs);
    s.set_active_at_unix_ms(activeMs);
    if (status == v1::SESSION_STATUS_WAITING) s.set_pin("123456");
    return s;
}

TEST(SessionListModelTest, TakesTheListThenFollowsEveryStateNotice)
{
    SessionListModel model;
    qint64 now = 1'000'000;
    model.setNow([&] { return now; });
    v1::SessionList list;
    *list.add_sessions() = summary(1, v1::SESSION_STATUS_WAITING, "Bob", now - 30'000);
    *list.add_sessions() = summary(2, v1::SESSION_STATUS_ACTIVE, "Cleo", now - 600'000, now - 540'000);
    model.setList(list);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, SessionListModel::kPin).data().toString(), "123 456");
    EXPECT_EQ(model.index(0, SessionListModel::kWaiting).data().toString(), "0:30");
    EXPECT_EQ(model.index(1, SessionListModel::kDuration).data().toString(), "9:00");
    EXPECT_EQ(model.openCount(), 2);

    // Bob joins: the PIN is spent, the waiting time stops and the duration starts.
    v1::SessionState joined;
    joined.set_session_id(1);
    joined.set_status(v1::SESSION_STATUS_ACTIVE);
    joined.set_changed_at_unix_ms(now);
    model.applyState(joined);
    now += 65'000;
    model.tick();
    EXPECT_EQ(model.index(0, SessionListModel::kStatus).data().toString(), SessionListModel::statusText(v1::SESSION_STATUS_ACTIVE));
    EXPECT_EQ(model.index(0, SessionListModel::kPin).data().toString(), "");
    EXPECT_EQ(model.index(0, SessionListModel::kWaiting).data().toString(), "0:30");
    EXPECT_EQ(model.index(0, SessionListModel::kDuration).data().toString(), "1:05");

    // Cleo's session ends; the reason is in the status.
    v1::SessionState ended;
    ended.set_session_id(2);
    ended.set_status(v1::SESSION_STATUS_CLOSED);
    ended.set_end_reason(v1::END_REASON_CUSTOMER_ENDED);
    ended.set_changed_at_unix_ms(now);
    model.applyState(ended);
    EXPECT_TRUE(model.index(1, SessionListModel::kStatus).data().toString().contains(
        SessionListModel::endReasonText(v1::END_REASON_CUSTOMER_ENDED)));
    EXPECT_EQ(model.openCount(), 1);
    now += 60'000;
    EXPECT_EQ(model.index(1, SessionListModel::kDuration).data().toString(), "10:05") << "stops at the end";

    // A session made elsewhere (another console of the same technician) appears.
    v1::SessionState other;
    other.set_session_id(3);
    other.set_status(v1::SESSION_STATUS_WAITING);
    other.set_customer_name("Dan");
    model.applyState(other);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(3), 0);
}

TEST(SessionListModelTest, TheCreatorsDetailsFillARowTheWatchMadeFirst)
{
    SessionListModel model;
    QSignalSpy unknown(&model, &SessionListModel::unknownSession);
    // The relay's notice of a new session can overtake the answer to CreateSession.
    v1::SessionState notice;
    notice.set_session_id(7);
    notice.set_status(v1::SESSION_STATUS_WAITING);
    notice.set_customer_name("Cleo");
    model.applyState(notice);
    EXPECT_EQ(unknown.count(), 1) << "the window lists again to learn PIN and reference";
    v1::CreateSessionResult created;
    created.set_session_id(7);
    created.set_pin("042917");
    created.set_expires_at_unix_ms(5'000'000);
    model.addCreated(7, "Cleo", "INC-2041", created);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, SessionListModel::kPin).data().toString(), "042 917");
    EXPECT_EQ(model.index(0, SessionListModel::kReference).data().toString(), "INC-2041");
    model.applyState(notice);
    EXPECT_EQ(unknown.count(), 1) << "known now";
}

TEST(SessionListModelTest, SortsByUrgencyAndTimeAndColoursLongWaits)
{
    SessionListModel model;
    const qint64 now = 10'000'000;
    model.setNow([&] { return now; });
    v1::SessionList list;
    *list.add_sessions() = summary(1, v1::SESSION_STATUS_CLOSED, "Old", now - 900'000, now - 800'000);
    *list.add_sessions() = summary(2, v1::SESSION_STATUS_ACTIVE, "Busy", now - 600'000, now - 500'000);
    *list.add_sessions() = summary(3, v1::SESSION_STATUS_WAITING, "Patient", now - 300'000);
    *list.add_sessions() = summary(4, v1::SESSION_STATUS_RECONNECTING, "Dropped", now - 200'000, now - 100'000);
    *list.add_sessions() = summary(5, v1::SESSION_STATUS_WAITING, "New", now - 10'000);
    model.setList(list);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SessionListModel::kSortRole);
    proxy.sort(SessionListModel::kStatus, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row) order << proxy.index(row, SessionListModel::kCustomer).data().toString();
    // Dropped first, then the waiting ones, then active, then ended.
    EXPECT_EQ(order.first(), "Dropped");
    EXPECT_EQ(order.last(), "Old");
    EXPECT_EQ(order.indexOf("Busy"), 3);

    proxy.sort(SessionListModel::kWaiting, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, SessionListModel::kCustomer).data().toString(), "Patient") << "waited 5 minutes and counting";

    // A customer waiting longer than kLongWaitMs is coloured; a fresh one is not.
    EXPECT_TRUE(model.index(model.rowOf(3), 0).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(model.rowOf(5), 0).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model.index(model.rowOf(4), 0).data(Qt::BackgroundRole).isValid());
}

// A RemoteView whose viewport is exactly `viewport` pixels.
void sizeViewport(RemoteView& view, QSize viewport)
{
    view.resize(viewport);
    view.show();
    ASSERT_TRUE(waitUntil([&] { return view.viewport()->size() == viewport || view.isVisible(); }));
    const QSize frame = view.size() - view.viewport()->size();
    view.resize(viewport + frame);
    ASSERT_TRUE(waitUntil([&] { return view.viewport()->size() == viewport; }));
}

TEST(RemoteViewTest, MapsFittedPicturesToTheDesktopIncludingTheMonitorOffset)
{
    RemoteView view;
    view.resetPicture(QSize(1600, 1000));
    sizeViewport(view, QSize(800, 600));
    // Scaled by 0.5 to 800x500, centred: 50 pixels above and below.
    EXPECT_EQ(view.pictureRect(), QRect(0, 50, 800, 500));
    EXPECT_EQ(view.mapToRemote(QPoint(0, 50)), QPoint(0, 0));
    EXPECT_EQ(view.mapToRemote(QPoint(400, 300)), QPoint(800, 500));
    EXPECT_EQ(view.mapToRemote(QPoint(799, 549)), QPoint(1598, 998));
    EXPECT_EQ(view.mapToRemote(QPoint(400, 20)), std::nullopt) << "the band above the picture is not the customer's";

    // The picture is the customer's second monitor, right of a 1920-wide first one.
    view.setRemoteOrigin(QPoint(1920, 0));
    EXPECT_EQ(view.mapToRemote(QPoint(400, 300)), QPoint(2720, 500));
    // And back: the middle of the desktop pixel's place in the view.
    const auto shown = view.mapFromRemote(QPoint(2720, 500));
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(view.mapToRemote(*shown), QPoint(2720, 500));
    EXPECT_EQ(view.mapFromRemote(QPoint(100, 100)), std::nullopt) << "on the first monitor: not shown";

    // Never enlarged: a small picture stays 1:1 in the middle.
    view.resetPicture(QSize(400, 300));
    EXPECT_EQ(view.pictureRect(), QRect(200, 150, 400, 300));
    EXPECT_EQ(view.mapToRemote(QPoint(200, 150)), QPoint(1920, 0));
}

TEST(RemoteViewTest, ActualSizeScrollsAndMapsThroughTheScrollPosition)
{
    RemoteView view;
    view.resetPicture(QSize(1600, 1000));
    view.setScale(RemoteView::Scale::kActual);
    sizeViewport(view, QSize(600, 400));
    view.horizontalScrollBar()->setValue(300);
    view.verticalScrollBar()->setValue(200);
    EXPECT_EQ(view.pictureRect(), QRect(-300, -200, 1600, 1000));
    EXPECT_EQ(view.mapToRemote(QPoint(0, 0)), QPoint(300, 200));
    EXPECT_EQ(view.mapToRemote(QPoint(599, 399)), QPoint(899, 599));
    EXPECT_EQ(view.horizontalScrollBar()->maximum(), 1600 - view.viewport()->width());
}

TEST(RemoteViewTest, PictureExactlyTheViewsSizeShowsWholeWithoutScrollBars)
{
    // Full screen on a screen as large as the customer's: scroll bars that the picture did
    // not need took room, so they seemed needed, stayed, and hid its right and bottom edges.
    RemoteView view;
    view.setScale(RemoteView::Scale::kActual);
    view.resize(300, 200);
    view.show();
    QImage patch(640, 400, QImage::Format_RGB32);
    for (int y = 0; y < patch.height(); ++y) {
        for (int x = 0; x < patch.width(); ++x) patch.setPixel(x, y, qRgb(x & 0xFF, y & 0xFF, (x ^ y) & 0xFF));
    }
    view.resetPicture(patch.size());
    view.updatePicture(patch, QPoint(0, 0));
    view.resize(640, 400);
    ASSERT_TRUE(waitUntil([&] { return view.size() == QSize(640, 400); }));
    EXPECT_TRUE(waitUntil([&] { return !view.horizontalScrollBar()->isVisible() && !view.verticalScrollBar()->isVisible(); }, 2000));
    EXPECT_EQ(view.pictureRect(), QRect(0, 0, 640, 400));
    // What is drawn: the whole picture, pixel for pixel.
    const QImage shown = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(shown.size(), patch.size());
    EXPECT_TRUE(shown == patch);
}

TEST(RemoteViewTest, SendsInputOnlyInControlAndReleasesWhatItHeld)
{
    RemoteView view;
    view.resetPicture(QSize(1600, 1000));
    view.setRemoteOrigin(QPoint(0, 1080));  // a monitor below another
    sizeViewport(view, QSize(800, 500));
    QSignalSpy buttons(&view, &RemoteView::buttonChanged);
    QSignalSpy keys(&view, &RemoteView::keyChanged);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(400, 250));
    QTest::keyClick(&view, Qt::Key_A);
    EXPECT_EQ(buttons.count(), 0) << "view only: nothing goes to the customer";
    EXPECT_EQ(keys.count(), 0);

    view.setControlEnabled(true);
    view.setFocus();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(400, 250));
    ASSERT_EQ(buttons.count(), 2);
    EXPECT_EQ(buttons[0][0].toPoint(), QPoint(800, 1580));
    EXPECT_EQ(buttons[0][1].toInt(), 1);
    EXPECT_TRUE(buttons[0][2].toBool());
    EXPECT_FALSE(buttons[1][2].toBool());

    QTest::keyPress(&view, Qt::Key_Tab);  // belongs to the customer, not to focus navigation
    QTest::keyPress(&view, Qt::Key_Shift);
    ASSERT_EQ(keys.count(), 2);
    EXPECT_EQ(keys[0][0].toUInt(), 0xff09u);

    // Control ends with keys still down: they are released, not left stuck on the customer's side.
    view.setControlEnabled(false);
    ASSERT_EQ(keys.count(), 4);
    EXPECT_FALSE(keys[2][2].toBool());
    EXPECT_FALSE(keys[3][2].toBool());
}

TEST(ConsoleOptionsTest, ParsesTheScriptingOptionsAndRefusesBadOnes)
{
    QString error;
    auto options = console::ConsoleOptions::parse({"lifeline-console", "--relay", "relay.example:7443", "--ca", "ca.pem",
                                                   "--email", "ann@example.com", "--password-file", "pw", "--new-session",
                                                   "Bob", "--fullscreen-view", "--lang", "nl"},
                                                  &error);
    ASSERT_TRUE(options.has_value()) << error.toStdString();
    EXPECT_TRUE(options->signsInWithoutDialog());
    EXPECT_EQ(options->newSession, "Bob");
    EXPECT_TRUE(options->fullScreenView);
    EXPECT_EQ(options->maxSessions, 8);
    EXPECT_FALSE(console::ConsoleOptions::parse({"lifeline-console", "--password-file", "pw"}, &error).has_value());
    EXPECT_FALSE(console::ConsoleOptions::parse({"lifeline-console", "--lang", "xx"}, &error).has_value());
    EXPECT_FALSE(console::ConsoleOptions::parse({"lifeline-console", "--max-sessions", "11"}, &error).has_value());

    EXPECT_EQ(console::parseRelayAddress("relay.example:8443"), (std::pair<QString, quint16>{"relay.example", 8443}));
    EXPECT_EQ(console::parseRelayAddress("relay.example"), (std::pair<QString, quint16>{"relay.example", 7443}));
    EXPECT_EQ(console::parseRelayAddress("[::1]:9000"), (std::pair<QString, quint16>{"::1", 9000}));
    EXPECT_EQ(console::parseRelayAddress("relay:http"), std::nullopt);
}

// A console signed in to a relay in this process.
class ConsoleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        relay.addAccount(kEmail, kPassword, "Ann");
        ASSERT_TRUE(tls.ok());
    }

    console::RelayAddress address() const { return {"127.0.0.1", relay.port(), *tls}; }

    void signIn()
    {
        QSignalSpy signedIn(&account, &console::AccountController::signedIn);
        account.signIn(address(), kEmail, kPassword);
        ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }));
    }

    RelayHarness relay;
    base::Result<net::TlsClientConfig> tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    console::AccountController account;
};

TEST_F(ConsoleTest, SignInDialogSaysWhatWentWrong)
{
    console::SignInDialog dialog(account);
    dialog.relayEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(relay.port()));
    dialog.caEdit()->setText(relay.pki().caPath());
    dialog.emailEdit()->setText(kEmail);
    dialog.passwordEdit()->setText("wrong password");
    dialog.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog.errorText().isEmpty(); }));
    EXPECT_TRUE(dialog.errorText().contains("Wrong e-mail address or password")) << dialog.errorText().toStdString();

    // A CA that did not issue the relay's certificate: refused, and said so.
    TestPki stranger;
    dialog.caEdit()->setText(stranger.caPath());
    dialog.passwordEdit()->setText(kPassword);
    dialog.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog.errorText().contains("not trusted"); })) << dialog.errorText().toStdString();

    dialog.relayEdit()->setText("127.0.0.1:notaport");
    dialog.signInButton()->click();
    EXPECT_TRUE(dialog.errorText().contains("host:port"));

    dialog.relayEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(relay.port()));
    dialog.caEdit()->setText(relay.pki().caPath());
    dialog.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }));
    EXPECT_TRUE(account.isSignedIn());
    EXPECT_EQ(account.account().nickname(), "Ann");
}

TEST(SignInErrorsTest, LockoutSaysHowLongAndAClosedPortSaysUnreachable)
{
    server::RelayConfig config;
    config.lockoutThreshold = 2;
    RelayHarness relay(config);
    relay.addAccount(kEmail, kPassword, "Ann");
    console::AccountController account;
    console::SignInDialog dialog(account);
    dialog.relayEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(relay.port()));
    dialog.caEdit()->setText(relay.pki().caPath());
    dialog.emailEdit()->setText(kEmail);
    for (int attempt = 0; attempt < 3; ++attempt) {
        dialog.passwordEdit()->setText("wrong password");
        dialog.signInButton()->click();
        ASSERT_TRUE(waitUntil([&] { return dialog.signInButton()->isEnabled(); }));
    }
    EXPECT_TRUE(dialog.errorText().contains("locked for 5 more minute")) << dialog.errorText().toStdString();

    // Nobody listens on this port.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    dialog.relayEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(port));
    dialog.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog.signInButton()->isEnabled(); }));
    EXPECT_TRUE(dialog.errorText().contains("cannot be reached")) << dialog.errorText().toStdString();
}

TEST_F(ConsoleTest, NewSessionShowsThePinTheRelayIssuedAndTheQueueListsIt)
{
    signIn();
    console::MainWindow window(account, {});
    window.show();
    console::NewSessionDialog* dialog = window.openNewSessionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->createButton()->isEnabled()) << "a name first";
    dialog->nameEdit()->setText("Bob Customer");
    dialog->createButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->pinText().size() == 6; }));
    const QString pin = dialog->pinText();
    EXPECT_TRUE(dialog->scriptText().contains(pin.left(3) + " " + pin.mid(3)));
    EXPECT_TRUE(dialog->scriptText().contains("Ann"));

    // The relay knows this PIN: a customer can join with it.
    auto customer = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*customer, pin).ok());
    // The queue shows the session, and then that it became active (through the watch).
    ASSERT_TRUE(waitUntil([&] {
        const int row = window.model().rowCount() > 0 ? 0 : -1;
        return row == 0 && window.model().summary(0).status() == v1::SESSION_STATUS_ACTIVE;
    }));
    EXPECT_EQ(window.model().summary(0).customer_name(), "Bob Customer");
    EXPECT_EQ(window.sessionTabCount(), 1);
    auto* tab = qobject_cast<console::SessionTab*>(window.tabs()->widget(1));
    ASSERT_NE(tab, nullptr);
    ASSERT_TRUE(waitUntil([&] { return tab->viewAction()->isEnabled(); })) << "active: the customer can be asked";
}

TEST_F(ConsoleTest, TabLimitIsEnforced)
{
    signIn();
    console::ConsoleOptions options;
    options.maxSessions = 2;
    console::MainWindow window(account, options);
    ASSERT_NE(window.startSession("One", {}), nullptr);
    ASSERT_NE(window.startSession("Two", {}), nullptr);
    EXPECT_EQ(window.startSession("Three", {}), nullptr);
    EXPECT_TRUE(window.lastWarning().contains("2 session")) << window.lastWarning().toStdString();
    EXPECT_EQ(window.sessionTabCount(), 2);
    EXPECT_EQ(window.openNewSessionDialog(), nullptr);
    // Both sessions exist on the relay (the third was never asked for).
    ASSERT_TRUE(waitUntil([&] { return window.model().rowCount() == 2; }));
}

TEST_F(ConsoleTest, TheOrganisationsSessionLimitAppliesWhenLower)
{
    server::SessionSettings settings;
    settings.maxSessionsPerTechnician = 1;
    ASSERT_TRUE(settings.write(relay.store()).ok());
    signIn();
    console::MainWindow window(account, {});  // the console's own limit: 8
    ASSERT_NE(window.startSession("One", {}), nullptr);
    EXPECT_EQ(window.startSession("Two", {}), nullptr);
    EXPECT_TRUE(window.lastWarning().contains("1 session")) << window.lastWarning().toStdString();
}

TEST_F(ConsoleTest, WhatTheGroupDoesNotAllowIsNotShown)
{
    // Ann's group may start sessions and view screens, nothing else.
    server::Group viewers;
    viewers.name = "Viewers";
    viewers.inheritPermissions = false;
    viewers.permissions = {v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_VIEW_DESKTOP};
    auto group = relay.store().addGroup(viewers);
    ASSERT_TRUE(group.ok());
    const qint64 ann = relay.store().accountByEmail(kEmail)->value().id;
    ASSERT_TRUE(relay.store().setAccountGroup(ann, *group).ok());
    signIn();
    console::MainWindow window(account, {});
    window.show();
    EXPECT_TRUE(window.mayStartSessions());
    ASSERT_NE(window.startSession("Bob", {}), nullptr);
    auto* tab = qobject_cast<console::SessionTab*>(window.tabs()->widget(1));
    ASSERT_NE(tab, nullptr);
    ASSERT_TRUE(waitUntil([&] { return tab->controlAction()->isVisible() == false; })) << "the session's policy arrived";
    EXPECT_TRUE(tab->viewAction()->isVisible());
    EXPECT_FALSE(tab->clipboardAction()->isVisible());
    EXPECT_FALSE(tab->mainPages()->isTabVisible(tab->mainPages()->indexOf(tab->fileManager())));

    // Without "private sessions" the New session commands go (the relay refuses them anyway).
    viewers = *relay.store().organisation()->group(*group);
    viewers.permissions = {v1::GROUP_PERMISSION_VIEW_DESKTOP};
    ASSERT_TRUE(relay.store().updateGroup(viewers).ok());
    console::AccountController other;
    QSignalSpy signedIn(&other, &console::AccountController::signedIn);
    other.signIn(address(), kEmail, kPassword);
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }));
    console::MainWindow restricted(other, {});
    EXPECT_FALSE(restricted.mayStartSessions());
    int visible = 0;
    for (QAction* action : restricted.findChildren<QAction*>()) {
        if (action->text().contains("New session") && action->isVisible()) ++visible;
    }
    EXPECT_EQ(visible, 0);
}

TEST_F(ConsoleTest, AnExpiredPasswordIsChangedBeforeAnythingElse)
{
    server::PasswordPolicy policy;
    policy.maxAgeDays = 30;
    ASSERT_TRUE(relay.store().setPasswordPolicy(policy).ok());
    const qint64 ann = relay.store().accountByEmail(kEmail)->value().id;
    const qint64 old = base::toUnixMillis(relay.clock().now()) - 31LL * 24 * 3600 * 1000;
    ASSERT_TRUE(relay.store().setPasswordHash(ann, QString::fromStdString(*server::hashPassword(kPassword)), old).ok());
    signIn();
    EXPECT_TRUE(account.account().password_change_required());
    console::MainWindow window(account, {});
    ASSERT_TRUE(waitUntil([&] { return window.passwordChangeDialog() != nullptr; })) << "asked at once";
    console::PasswordDialog* dialog = window.passwordChangeDialog();
    dialog->passwordEdit()->setText("a brand new password");
    dialog->repeatEdit()->setText("a brand new password");
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "the current one first";
    dialog->currentEdit()->setText("a brand new password");
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "not the same";
    dialog->currentEdit()->setText("not the password");
    dialog->okButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window.lastWarning().contains("not changed"); })) << window.lastWarning().toStdString();
    EXPECT_TRUE(account.account().password_change_required());

    dialog = window.openPasswordChange();
    dialog->currentEdit()->setText(kPassword);
    dialog->passwordEdit()->setText("a brand new password");
    dialog->repeatEdit()->setText("a brand new password");
    dialog->okButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !account.account().password_change_required(); }));
    EXPECT_TRUE(server::verifyPassword("a brand new password", relay.store().accountById(ann)->value().passwordHash.toStdString()));
    EXPECT_NE(window.startSession("Bob", {}), nullptr);
}

TEST_F(ConsoleTest, LanguageIsChosenInSettingsForTheNextStart)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QSettings().remove(QStringLiteral("ui/language"));
    signIn();
    console::MainWindow window(account, {});
    auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 7);
    QAction* dutch = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == "Nederlands") dutch = action;
    }
    ASSERT_NE(dutch, nullptr) << "each language in its own name";
    dutch->trigger();
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), "nl");
    EXPECT_TRUE(dutch->isChecked());
}

TEST_F(ConsoleTest, NotesAreKeptWithTheSessionRecord)
{
    signIn();
    console::MainWindow window(account, {});
    console::SessionController* session = window.startSession("Bob", {});
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(waitUntil([&] { return session->sessionId() != 0; }));
    QSignalSpy saved(&account, &console::AccountController::notesSaved);
    account.saveNotes(session->sessionId(), "Printer driver reinstalled.");
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    auto record = relay.store().session(qint64(session->sessionId()));
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->notes, "Printer driver reinstalled.");
}

}  // namespace
}  // namespace lifeline::test
