// The console end to end on a real X server (a private Xvfb): a relay on a loopback port
// with real TLS, the console's window in this process, and the real lifeline-applet program
// as the customer on the same display. The customer's consent is given the way a customer
// gives it: a click on Allow (XTEST). A click in the console's remote view must reach a test
// window on the customer's display, and the window's change must come back into the view.
#include <QApplication>
#include <QFileSystemModel>
#include <QLabel>
#include <QProgressBar>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <xcb/xcb.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "console/account_controller.h"
#include "console/admin_center.h"
#include "console/person_dialog.h"
#include "console/reports_page.h"
#include "console/sign_in_dialog.h"
#include "console/two_factor_dialog.h"
#include "console/main_window.h"
#include "console/session_controller.h"
#include "console/session_tab.h"
#include "core/input/input_injector.h"
#include "server/demo_organisation.h"
#include "server/organisation.h"
#include "server/organisation_settings.h"
#include "server/totp.h"
#include "support/relay_harness.h"
#include "support/relay_process.h"
#include "support/wait.h"
#include "support/xvfb_test_main.h"
#include "tests/ui/screenshots.h"
#include "console/file_manager.h"
#include "console/new_session_dialog.h"
#include "console/sign_in_dialog.h"
#include "session/customer_session.h"
#include "support/files.h"
#include "support/synthetic_devices.h"
#include "ui/chat_view.h"
#include "ui/remote_view.h"

namespace lifeline::test {
namespace {

std::string g_display;
namespace fs = std::filesystem;

constexpr std::uint32_t kRed = 0xff0000;
constexpr std::uint32_t kGreen = 0x00ff00;
const QRect kTestWindow(1250, 750, 200, 200);

// A window on the customer's display that turns green when clicked.
class ClickTarget
{
public:
    ClickTarget()
    {
        m_c = xcb_connect(g_display.c_str(), nullptr);
        const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(m_c)).data;
        m_window = xcb_generate_id(m_c);
        const std::uint32_t values[] = {kRed, 1, XCB_EVENT_MASK_BUTTON_PRESS};
        xcb_create_window(m_c, XCB_COPY_FROM_PARENT, m_window, screen->root, std::int16_t(kTestWindow.x()),
                          std::int16_t(kTestWindow.y()), std::uint16_t(kTestWindow.width()),
                          std::uint16_t(kTestWindow.height()), 0, XCB_WINDOW_CLASS_INPUT_OUTPUT, screen->root_visual,
                          XCB_CW_BACK_PIXEL | XCB_CW_OVERRIDE_REDIRECT | XCB_CW_EVENT_MASK, values);
        xcb_map_window(m_c, m_window);
        xcb_aux_sync();
    }
    ~ClickTarget() { xcb_disconnect(m_c); }

    // Reads the window's events; on a press it turns green.
    bool clicked()
    {
        while (xcb_generic_event_t* e = xcb_poll_for_event(m_c)) {
            if ((e->response_type & 0x7f) == XCB_BUTTON_PRESS && !m_clicked) {
                m_clicked = true;
                const std::uint32_t green = kGreen;
                xcb_change_window_attributes(m_c, m_window, XCB_CW_BACK_PIXEL, &green);
                xcb_clear_area(m_c, 0, m_window, 0, 0, 0, 0);
                xcb_flush(m_c);
            }
            std::free(e);
        }
        return m_clicked;
    }

private:
    void xcb_aux_sync() { std::free(xcb_get_input_focus_reply(m_c, xcb_get_input_focus(m_c), nullptr)); }

    xcb_connection_t* m_c = nullptr;
    xcb_window_t m_window = 0;
    bool m_clicked = false;
};

// The geometry of the mapped top-level window called `title`, if there is one.
std::optional<QRect> findWindow(const QByteArray& title)
{
    xcb_connection_t* c = xcb_connect(g_display.c_str(), nullptr);
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(c)).data;
    std::optional<QRect> found;
    xcb_query_tree_reply_t* tree = xcb_query_tree_reply(c, xcb_query_tree(c, screen->root), nullptr);
    if (tree != nullptr) {
        const xcb_window_t* children = xcb_query_tree_children(tree);
        for (int i = 0; i < xcb_query_tree_children_length(tree) && !found; ++i) {
            auto* name = xcb_get_property_reply(
                c, xcb_get_property(c, 0, children[i], XCB_ATOM_WM_NAME, XCB_GET_PROPERTY_TYPE_ANY, 0, 256), nullptr);
            auto* attributes = xcb_get_window_attributes_reply(c, xcb_get_window_attributes(c, children[i]), nullptr);
            if (name != nullptr && attributes != nullptr && attributes->map_state == XCB_MAP_STATE_VIEWABLE &&
                QByteArray(static_cast<const char*>(xcb_get_property_value(name)), xcb_get_property_value_length(name)) ==
                    title) {
                auto* g = xcb_get_geometry_reply(c, xcb_get_geometry(c, children[i]), nullptr);
                if (g != nullptr) found = QRect(g->x, g->y, g->width, g->height);
                std::free(g);
            }
            std::free(name);
            std::free(attributes);
        }
    }
    std::free(tree);
    xcb_disconnect(c);
    return found;
}

TEST(ConsoleEndToEnd, ClickInTheRemoteViewReachesTheCustomersWindowAndComesBackAsPicture)
{
    RelayHarness relay;
    relay.addAccount("ann@example.com", "correct horse battery", "Ann");
    auto tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    ASSERT_TRUE(tls.ok());

    // The technician signs in and makes a session.
    console::AccountController account;
    account.signIn({"127.0.0.1", relay.port(), *tls}, "ann@example.com", "correct horse battery");
    ASSERT_TRUE(waitUntil([&] { return account.isSignedIn(); }));
    console::MainWindow window(account, {});
    window.setGeometry(0, 0, 1000, 700);  // clear of the test window
    window.show();
    console::SessionController* session = window.startSession("Bob", {});
    ASSERT_NE(session, nullptr);
    ASSERT_TRUE(waitUntil([&] { return session->pin().size() == 6; }));
    auto* tab = window.tabFor(session->sessionId());
    ASSERT_NE(tab, nullptr);

    ClickTarget target;
    // The customer runs the applet with the PIN.
    QProcess applet;
    applet.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DISPLAY", QString::fromStdString(g_display));
    env.insert("QT_QPA_PLATFORM", "xcb");
    applet.setProcessEnvironment(env);
    applet.start(binaryPath("lifeline-applet"), {"--relay", QStringLiteral("127.0.0.1:%1").arg(relay.port()), "--ca",
                                                 relay.pki().caPath(), "--pin", session->pin(), "--name", "Bob", "--lang", "en"});
    ASSERT_TRUE(applet.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return session->state().status() == v1::SESSION_STATUS_ACTIVE; }, 20000))
        << applet.readAll().toStdString();

    // The technician asks for control (view comes with it); the customer clicks Allow on
    // each question.
    ASSERT_TRUE(waitUntil([&] { return tab->controlAction()->isEnabled(); }));
    tab->controlAction()->trigger();
    auto injector = input::createInputInjector({"x11", g_display, nullptr});
    ASSERT_TRUE(injector.ok());
    // A click that missed (a dialog still being laid out on a loaded machine) may have hit
    // Deny: the technician then asks again, as one would.
    QObject::connect(session, &console::SessionController::consentChanged, session,
                     [session](session::Permission p, v1::PermissionAnswer answer) {
                         if (answer == v1::PERMISSION_ANSWER_DENIED) session->requestPermission(p);
                     });
    const bool granted = waitUntil(
        [&] {
            const auto dialog = findWindow("Permission request");
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            if (dialog && findWindow("Permission request") == dialog) {  // mapped and settled
                // Allow is the right-hand button at the bottom (Deny is the default).
                const base::Point allow{dialog->right() - 40, dialog->bottom() - 24};
                (void)(*injector)->movePointer(allow);
                (void)(*injector)->button(1, true);
                (void)(*injector)->button(1, false);
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
            }
            return session->isGranted(session::Permission::kViewScreen) && session->isGranted(session::Permission::kControl);
        },
        30000);
    ASSERT_TRUE(granted) << applet.readAll().toStdString();

    // The customer's desktop shows in the view, test window red.
    ui::RemoteView* view = tab->view();
    const QPoint middle = kTestWindow.center();
    auto pixelAt = [&](QPoint p) { return view->picture().isNull() ? 0u : (view->picture().pixel(p) & 0xffffffu); };
    ASSERT_TRUE(waitUntil([&] { return view->picture().size() == QSize(1600, 1000) && pixelAt(middle) == kRed; }, 20000))
        << std::hex << pixelAt(middle);
    ASSERT_TRUE(waitUntil([&] { return view->isControlEnabled(); }));

    // A click on the red window in the console's view. The customer's own clicks on Allow
    // paused remote input for a moment (the customer always wins), so the technician
    // clicks again if the first one came too soon — as a technician would.
    const auto at = view->mapFromRemote(middle);
    ASSERT_TRUE(at.has_value());
    bool reached = false;
    for (int attempt = 0; attempt < 5 && !reached; ++attempt) {
        ASSERT_TRUE(waitUntil([&] { return view->isControlEnabled() && !session->controlPausedByCustomer(); }));
        QTest::mouseMove(view->viewport(), *at);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *at);
        reached = waitUntil([&] { return target.clicked(); }, 1500);
    }
    ASSERT_TRUE(reached) << "the click reached the customer's window";
    // ...and its change comes back as picture.
    EXPECT_TRUE(waitUntil([&] { return pixelAt(middle) == kGreen; }, 20000)) << std::hex << pixelAt(middle);

    // The connection panel measured the way there and back.
    EXPECT_TRUE(waitUntil([&] { return tab->telemetryLabel(1)->text().endsWith("ms"); }))
        << tab->telemetryLabel(1)->text().toStdString();

    session->end();
    EXPECT_TRUE(waitUntil([&] { return session->isEnded(); }));
    applet.kill();
    applet.waitForFinished();
}

// The program as a script or the demo runs it: signs in from the command line, makes a
// session, prints its PIN, and speaks the language asked for.
TEST(ConsoleProcess, NewSessionPrintsThePinAndTheWindowSpeaksTheLanguageAskedFor)
{
    RelayHarness relay;
    relay.addAccount("ann@example.com", "correct horse battery", "Ann");
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath("password");
    {
        QFile file(passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("correct horse battery\n");
    }
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DISPLAY", QString::fromStdString(g_display));
    env.insert("QT_QPA_PLATFORM", "xcb");
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));  // no settings of earlier runs
    console.setProcessEnvironment(env);
    console.start(binaryPath("lifeline-console"),
                  {"--relay", QStringLiteral("127.0.0.1:%1").arg(relay.port()), "--ca", relay.pki().caPath(), "--email",
                   "ann@example.com", "--password-file", passwordFile, "--new-session", "Bob", "--lang", "de"});
    ASSERT_TRUE(console.waitForStarted());
    QString pin;
    ASSERT_TRUE(waitUntil(
        [&] {
            const QString out = QString::fromUtf8(console.readAllStandardOutput());
            static const QRegularExpression line(QStringLiteral("^PIN: (\\d{6})$"), QRegularExpression::MultilineOption);
            if (auto match = line.match(out); match.hasMatch()) pin = match.captured(1);
            return !pin.isEmpty();
        },
        20000))
        << console.readAllStandardError().toStdString();
    // The PIN is the relay's: a customer joins with it.
    auto customer = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*customer, pin).ok());
    // The window is up, in German.
    EXPECT_TRUE(waitUntil([&] { return findWindow("Lifeline-Konsole").has_value(); }));
    console.kill();
    console.waitForFinished();

    // A wrong password: a clear message on standard error and exit status 1.
    {
        QFile file(passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("wrong\n");
    }
    console.start(binaryPath("lifeline-console"),
                  {"--relay", QStringLiteral("127.0.0.1:%1").arg(relay.port()), "--ca", relay.pki().caPath(), "--email",
                   "ann@example.com", "--password-file", passwordFile});
    ASSERT_TRUE(waitUntil([&] { return console.state() == QProcess::NotRunning; }, 20000));
    EXPECT_EQ(console.exitCode(), 1);
    EXPECT_TRUE(console.readAllStandardError().contains("Wrong e-mail address or password"));
}

// Every console screen, rendered for the technician guide (tools/screenshots keeps them in
// docs/screenshots/). The customer is the headless applet on a synthetic desktop.
TEST(ConsoleScreenshots, AdminCenterPages)
{
    server::RelayConfig config;
    config.organisationName = "Contoso IT";
    RelayHarness relay(config);
    relay.addAccount("mia@example.com", "correct horse battery", "Mia", v1::ROLE_MASTER_ADMIN);
    auto seeded = server::seedDemoOrganisation(relay.store(), "correct horse battery", 1000);
    ASSERT_TRUE(seeded.ok() && *seeded);
    // A fortnight of sessions for the reports, and a chat.
    auto idOf = [&](const char* email) { return relay.store().accountByEmail(email)->value().id; };
    const qint64 bob = idOf("bob@lifeline.test"), dev = idOf("dev@lifeline.test"), erik = idOf("erik@lifeline.test");
    const qint64 today = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
    const char* customers[] = {"Smith, Bob", "Carol Jones", "Dan Brown", "Eve Adams", "Frank Miller", "Grace Lee"};
    int n = 0;
    qint64 chatSession = 0;
    QString chatTechnician;
    for (int day = 13; day >= 0; --day) {
        for (int k = 0; k < 1 + (day * 7 + 3) % 4; ++k, ++n) {
            server::SessionRecord r;
            r.technicianId = (n % 3 == 0) ? bob : (n % 3 == 1) ? dev : erik;
            r.customerName = customers[n % 6];
            r.createdAtMs = today - day * 86'400'000LL + (9 + 2 * k) * 3'600'000LL;
            r.expiresAtMs = r.createdAtMs + 20 * 60'000;
            auto id = relay.store().createSession(r);
            ASSERT_TRUE(id.ok());
            if (n % 7 == 5) {
                ASSERT_TRUE(relay.store().markSessionEnded(*id, v1::SESSION_STATUS_EXPIRED, v1::END_REASON_PIN_EXPIRED, r.expiresAtMs).ok());
                continue;
            }
            const qint64 wait = (30 + (n * 37) % 240) * 1000LL, handle = (240 + (n * 311) % 1800) * 1000LL;
            ASSERT_TRUE(relay.store().markSessionActive(*id, r.createdAtMs + wait).ok());
            ASSERT_TRUE(relay.store().markSessionEnded(*id, v1::SESSION_STATUS_CLOSED, v1::END_REASON_TECHNICIAN_ENDED,
                                                       r.createdAtMs + wait + handle).ok());
            chatSession = *id;
            chatTechnician = r.technicianId == bob ? "Bob" : r.technicianId == dev ? "Dev" : "Erik";
        }
    }
    auto tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    ASSERT_TRUE(tls.ok());
    console::AccountController account;
    account.signIn({"127.0.0.1", relay.port(), *tls}, "mia@example.com", "correct horse battery");
    ASSERT_TRUE(waitUntil([&] { return account.isSignedIn(); }));
    console::MainWindow window(account, {});
    window.setGeometry(0, 0, 1360, 820);
    window.show();
    console::AdminCenter* admin = window.adminCenter();
    ASSERT_NE(admin, nullptr);
    ASSERT_TRUE(waitUntil([&] { return admin->isLoaded(); }));
    window.tabs()->setCurrentWidget(admin);
    for (QTreeWidgetItemIterator it(admin->tree()); *it != nullptr; ++it) {
        if ((*it)->text(0) == "Tier 2") admin->tree()->setCurrentItem(*it);
    }
    ASSERT_EQ(admin->permissionBox(v1::GROUP_PERMISSION_REBOOT)->isChecked(), true);
    saveScreenshot(&window, "console-admin-group");

    admin->selectMember(bob);
    ASSERT_EQ(admin->personNameEdit()->text(), "Bob Jansen");
    saveScreenshot(&window, "console-admin-person");

    console::NewPersonDialog* person = admin->openNewPersonDialog();
    person->nameEdit()->setText("Gina Tester");
    person->emailEdit()->setText("gina@lifeline.test");
    person->passwordEdit()->setText("correct horse battery");
    person->repeatEdit()->setText("correct horse battery");
    saveScreenshot(person, "console-admin-new-person");
    person->close();

    admin->pages()->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([&] { return admin->minLengthBox()->value() == 8; }));
    admin->ipRulesEdit()->setPlainText("default allow\ndeny 198.51.100.0/24");
    saveScreenshot(&window, "console-admin-sign-in-rules");

    admin->pages()->setCurrentIndex(2);
    admin->waitingTimeoutBox()->setValue(60);
    admin->idleTimeoutBox()->setValue(30);
    admin->connectingTimeoutBox()->setValue(5);
    admin->maxSessionsBox()->setValue(6);
    admin->termsEdit()->setPlainText("Contoso IT support sessions\n\nThe technician sees and does only what you allow, and you can stop "
                                     "everything at any moment with Stop. The session is recorded in our support log.");
    saveScreenshot(&window, "console-admin-session-rules");

    admin->pages()->setCurrentIndex(3);
    console::ReportsPage* reports = admin->reportsPage();
    reports->fromEdit()->setDate(QDate::currentDate().addDays(-13));
    reports->runButton()->click();
    ASSERT_TRUE(waitUntil([&] { return reports->table()->rowCount() > 10; })) << reports->statusText().toStdString();
    saveScreenshot(&window, "console-admin-reports");

    for (const auto& [fromCustomer, sender, text] :
         {std::tuple{true, QString("Grace Lee"), "Hello, my printer says it is offline."},
          std::tuple{false, chatTechnician, "Hi Grace, I will have a look. May I see your screen?"},
          std::tuple{true, QString("Grace Lee"), "Yes, go ahead."},
          std::tuple{false, chatTechnician, "The print spooler had stopped; it prints again now."}}) {
        server::ChatLogLine line;
        line.sessionId = chatSession;
        line.atMs = base::toUnixMillis(relay.clock().now());
        line.fromCustomer = fromCustomer;
        line.sender = sender;
        line.text = text;
        ASSERT_TRUE(relay.store().appendChatLine(line).ok());
    }
    reports->kindBox()->setCurrentIndex(reports->kindBox()->findData(int(v1::REPORT_KIND_CHAT_LOGS)));
    reports->fromEdit()->setDate(QDate::currentDate().addDays(-1));
    reports->toEdit()->setDate(QDate::currentDate().addDays(1));
    reports->runButton()->click();
    ASSERT_TRUE(waitUntil([&] { return reports->table()->rowCount() == 4; })) << reports->statusText().toStdString();
    saveScreenshot(&window, "console-admin-chat-log");
}

// Two-step sign-in as a technician meets it: set up at the first sign-in, then the code.
TEST(ConsoleScreenshots, TwoStepSignIn)
{
    server::RelayConfig config;
    config.organisationName = "Contoso IT";
    RelayHarness relay(config);
    auto seeded = server::seedDemoOrganisation(relay.store(), "correct horse battery", 1000);
    ASSERT_TRUE(seeded.ok() && *seeded);
    const server::Account bob = relay.store().accountByEmail("bob@lifeline.test")->value();
    server::Group group = *relay.store().organisation()->group(bob.groupId);
    group.requireTwoFactor = true;
    ASSERT_TRUE(relay.store().updateGroup(group).ok());
    auto tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    ASSERT_TRUE(tls.ok());
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath("config").toUtf8());

    console::AccountController account;
    account.signIn({"127.0.0.1", relay.port(), *tls}, "bob@lifeline.test", "correct horse battery");
    ASSERT_TRUE(waitUntil([&] { return account.isSignedIn(); }));
    QString secret;
    {
        console::MainWindow window(account, {});
        window.setGeometry(0, 0, 1360, 820);
        window.show();
        ASSERT_TRUE(waitUntil([&] { return window.twoFactorDialog() != nullptr && window.twoFactorDialog()->isReady(); }));
        console::TwoFactorDialog* setUp = window.twoFactorDialog();
        secret = setUp->secret();
        saveScreenshot(setUp, "console-two-step-set-up");
        auto key = server::base32Decode(secret.toStdString());
        const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(relay.clock().now().time_since_epoch()).count();
        setUp->codeEdit()->setText(QString::fromStdString(server::totpCode(*key, now)));
        setUp->turnOnButton()->click();
        ASSERT_TRUE(waitUntil([&] { return window.twoFactorDialog() == nullptr; }));
    }
    console::SignInDialog signIn(account);
    signIn.move(300, 200);
    signIn.relayEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(relay.port()));
    signIn.caEdit()->setText(relay.pki().caPath());
    signIn.emailEdit()->setText("bob@lifeline.test");
    signIn.passwordEdit()->setText("correct horse battery");
    signIn.show();
    signIn.signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !signIn.codeEdit()->isHidden(); }));
    signIn.relayEdit()->setText(QStringLiteral("relay.contoso.example:7443"));
    signIn.caEdit()->setText(QStringLiteral("/etc/lifeline/contoso-ca.pem"));
    signIn.codeEdit()->setText("492 039");
    saveScreenshot(&signIn, "console-sign-in-code");
}

TEST(ConsoleScreenshots, EveryConsoleScreen)
{
    server::RelayConfig config;
    config.organisationName = "Contoso IT";
    RelayHarness relay(config);
    relay.addAccount("ann@example.com", "correct horse battery", "Ann");
    auto tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    ASSERT_TRUE(tls.ok());
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath("config").toUtf8());  // the dialog remembers nothing of earlier runs

    console::AccountController account;
    {
        console::SignInDialog signIn(account);
        signIn.move(300, 200);
        signIn.relayEdit()->setText(QStringLiteral("relay.contoso.example:7443"));
        signIn.caEdit()->setText(QStringLiteral("/etc/lifeline/contoso-ca.pem"));
        signIn.emailEdit()->setText("ann@example.com");
        signIn.passwordEdit()->setText("correct horse battery");
        signIn.show();
        saveScreenshot(&signIn, "console-sign-in");
    }
    account.signIn({"127.0.0.1", relay.port(), *tls}, "ann@example.com", "correct horse battery");
    ASSERT_TRUE(waitUntil([&] { return account.isSignedIn(); }));
    console::MainWindow window(account, {});
    window.setGeometry(0, 0, 1360, 820);
    window.show();

    // A morning's queue: Bob is being helped, Dan has left, Cleo is waiting with a ticket.
    TempDir share, inbox, local;
    writeFile(share.path() / "Documents" / "printer-log.txt", 40'000, 1, true);
    writeFile(share.path() / "Documents" / "quarterly-report.docx", 180'000, 2);
    writeFile(share.path() / "install.log", 12'000, 3, true);
    fs::create_directories(share.path() / "Pictures");
    writeFile(local.path() / "printer-driver-5.2.pkg", 200u << 20, 4);
    writeFile(local.path() / "Printer manual.pdf", 3u << 20, 5);
    auto customerFor = [&](const QString& name) {
        session::CustomerSession::Options options;
        options.sharedFolder = share.path();
        options.receiveFolder = inbox.path();
        options.host = "127.0.0.1";
        options.port = relay.port();
        options.tls = *tls;
        options.customerName = name;
        auto customer = std::make_unique<session::CustomerSession>(options, syntheticDevices("typing", {1280, 800}, 7));
        QObject::connect(customer.get(), &session::CustomerSession::permissionAsked, customer.get(),
                         [c = customer.get()](session::Permission p) { c->answer(p, true); });
        return customer;
    };
    console::SessionController* dan = window.startSession("Dan Wu", "INC-2038");
    console::SessionController* bob = window.startSession("Bob Martin", "INC-2040");
    console::SessionController* cleo = window.startSession("Cleo Ortiz", "INC-2041");
    ASSERT_TRUE(dan && bob && cleo);
    ASSERT_TRUE(waitUntil([&] { return dan->pin().size() == 6 && bob->pin().size() == 6 && cleo->pin().size() == 6; }));
    auto danEnd = customerFor("Dan Wu");
    danEnd->join(dan->pin());
    ASSERT_TRUE(waitUntil([&] { return dan->state().status() == v1::SESSION_STATUS_ACTIVE; }));
    danEnd->leave();
    ASSERT_TRUE(waitUntil([&] { return dan->isEnded(); }));
    auto bobEnd = customerFor("Bob Martin");
    bobEnd->join(bob->pin());
    ASSERT_TRUE(waitUntil([&] { return bob->state().status() == v1::SESSION_STATUS_ACTIVE; }));
    window.tabs()->setCurrentIndex(0);
    spinFor(1200);  // the clocks run
    saveScreenshot(&window, "console-sessions");

    // New session: the PIN to read out.
    console::NewSessionDialog* dialog = window.openNewSessionDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->move(420, 220);
    dialog->nameEdit()->setText("Eve Adams");
    dialog->createButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->pinText().size() == 6; }));
    saveScreenshot(dialog, "console-new-session");
    dialog->close();

    // Working with Bob: his screen, the chat, the connection panel.
    console::SessionTab* tab = window.tabFor(bob->sessionId());
    ASSERT_NE(tab, nullptr);
    window.tabs()->setCurrentWidget(tab);
    tab->viewAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return tab->view()->picture().size() == QSize(1280, 800); }));
    bob->sendChat("Hi Bob, I can see your screen now. Which document does not print?");
    ASSERT_TRUE(bobEnd->sendChat("The quarterly report — the printer says it is offline.").ok());
    ASSERT_TRUE(waitUntil([&] { return tab->chat()->lineCount() >= 2; }));
    spinFor(1500);  // a few pictures and a telemetry sample
    saveScreenshot(&window, "console-workspace");
    tab->sidePages()->setCurrentIndex(2);
    ASSERT_TRUE(waitUntil([&] { return tab->telemetryLabel(4)->text() != QStringLiteral("—"); }));
    saveScreenshot(&window, "console-connection");

    // The File Manager, a driver on its way to Bob.
    tab->sidePages()->setCurrentIndex(0);
    tab->mainPages()->setCurrentIndex(1);
    console::FileManager* files = tab->fileManager();
    files->askButton()->click();
    ASSERT_TRUE(waitUntil([&] { return files->remoteNames().size() == 3; }));
    files->localView()->setRootIndex(static_cast<QFileSystemModel*>(files->localView()->model())->setRootPath(
        QString::fromStdString(local.path().string())));
    files->publish({QString::fromStdString((local.path() / "Printer manual.pdf").string())});
    ASSERT_TRUE(waitUntil([&] { return files->publishedNames().size() == 1; }));
    files->send({QString::fromStdString((local.path() / "printer-driver-5.2.pkg").string())});
    auto* bar = qobject_cast<QProgressBar*>(files->queue()->itemWidget(files->queue()->topLevelItem(0), 1));
    ASSERT_NE(bar, nullptr);
    ASSERT_TRUE(waitUntil([&] { return bar->value() >= 250; }, 60000));
    saveScreenshot(&window, "console-file-manager");
    const quint64 id = files->queue()->topLevelItem(0)->data(0, Qt::UserRole).toULongLong();
    bob->cancelTransfer(id);
}

}  // namespace
}  // namespace lifeline::test

int main(int argc, char** argv)
{
    return lifeline::testing::runTestsOnXvfb(argc, argv, "1600x1000x24", lifeline::test::g_display);
}
