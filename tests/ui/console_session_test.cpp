// A whole console session on the offscreen platform: the console's windows in this process,
// a relay in this process (real TLS on a loopback port), and the customer's end as the
// headless applet (CustomerSession) on a synthetic desktop of two monitors whose injector
// paints where it clicks — so what the technician does in the window can be seen arriving.
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <set>

#include "console/account_controller.h"
#include "console/main_window.h"
#include "console/session_controller.h"
#include "console/file_manager.h"
#include "console/session_tab.h"
#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/synthetic/synthetic_injector.h"
#include "session/customer_session.h"
#include "support/relay_harness.h"
#include "support/files.h"
#include "support/synthetic_devices.h"
#include "support/tcp_proxy.h"
#include "support/wait.h"
#include "ui/remote_view.h"

namespace lifeline::test {
namespace {

using session::CustomerSession;
namespace fs = std::filesystem;
using session::Permission;

constexpr char kEmail[] = "ann@example.com";
constexpr char kPassword[] = "correct horse battery";

// The customer: a 640×400 desktop of two 320×400 monitors side by side.
struct Customer
{
    Customer(RelayHarness& relay, const net::TlsClientConfig& tls, int pauseAfterLocalInputMs = 0)
    {
        auto scene = capture::makeScene("static", 1);
        auto capturer = std::make_unique<capture::SyntheticCapturer>(base::Size{640, 400}, std::move(scene).value());
        screen = &capturer->screen();
        capture::DisplayLayout layout;
        layout.desktop = {640, 400};
        layout.monitors = {{"left", {0, 0, 320, 400}, true}, {"right", {320, 0, 320, 400}, false}};
        screen->setLayout(layout);
        auto owned = std::make_shared<std::unique_ptr<capture::SyntheticCapturer>>(std::move(capturer));
        CustomerSession::Devices devices;
        devices.openCapturer = [owned]() -> base::Result<std::unique_ptr<capture::ScreenCapturer>> {
            return std::unique_ptr<capture::ScreenCapturer>(std::move(*owned));
        };
        devices.openInjector = [this]() -> base::Result<std::unique_ptr<input::InputInjector>> {
            return std::unique_ptr<input::InputInjector>(std::make_unique<input::SyntheticInjector>(*screen));
        };
        CustomerSession::Options options;
        options.host = "127.0.0.1";
        options.port = relay.port();
        options.tls = tls;
        options.customerName = "Bob";
        options.control.pauseAfterLocalInputMs = pauseAfterLocalInputMs;
        options.receiveFolder = inbox.path();
        options.sharedFolder = share.path();
        session = std::make_unique<CustomerSession>(options, devices);
        // The customer says yes to everything the technician asks (unless told otherwise).
        QObject::connect(session.get(), &CustomerSession::permissionAsked, session.get(),
                         [this](Permission p) { session->answer(p, allow); });
    }

    TempDir inbox, share;  // the customer's Downloads/Lifeline and the folder they share
    capture::SyntheticScreen* screen = nullptr;
    bool allow = true;
    std::unique_ptr<CustomerSession> session;
};

class ConsoleSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        relay.addAccount(kEmail, kPassword, "Ann");
        ASSERT_TRUE(tls.ok());
    }

    void signIn(quint16 port)
    {
        account.signIn({"127.0.0.1", port, *tls}, kEmail, kPassword);
        ASSERT_TRUE(waitUntil([&] { return account.isSignedIn(); }));
    }

    // A session in `window` with the customer joined; returns its tab.
    console::SessionTab* startJoined(console::MainWindow& window, Customer& customer)
    {
        console::SessionController* controller = window.startSession("Bob", {});
        EXPECT_NE(controller, nullptr);
        if (controller == nullptr) return nullptr;
        EXPECT_TRUE(waitUntil([&] { return controller->pin().size() == 6; }));
        customer.session->join(controller->pin());
        EXPECT_TRUE(waitUntil([&] { return controller->state().status() == v1::SESSION_STATUS_ACTIVE; }));
        return window.tabFor(controller->sessionId());
    }

    RelayHarness relay;
    base::Result<net::TlsClientConfig> tls = net::TlsClientConfig::fromCaFile(relay.pki().caPath());
    console::AccountController account;
};

std::uint32_t rgb(const QImage& image, QPoint p)
{
    return image.valid(p) ? image.pixel(p) & 0xffffffu : 0xdeadbeefu;
}

TEST_F(ConsoleSessionTest, ControlOnTheSecondMonitorClicksWhereTheTechnicianClicked)
{
    signIn(relay.port());
    console::MainWindow window(account, {});
    window.resize(1000, 700);
    window.show();
    Customer customer(relay, *tls);
    console::SessionTab* tab = startJoined(window, customer);
    ASSERT_NE(tab, nullptr);
    ui::RemoteView* view = tab->view();

    tab->controlAction()->trigger();  // asks for the screen and for control
    ASSERT_TRUE(waitUntil([&] { return view->picture().size() == QSize(640, 400); })) << "the whole desktop first";
    EXPECT_TRUE(waitUntil([&] { return tab->bannerText().contains("In control"); })) << tab->bannerText().toStdString();

    // The customer's monitors are offered; the technician picks the right-hand one.
    ASSERT_TRUE(waitUntil([&] { return tab->monitorBox()->count() == 3; }));
    EXPECT_EQ(tab->monitorBox()->itemData(0).toInt(), -1);
    tab->monitorBox()->setCurrentIndex(2);
    emit tab->monitorBox()->activated(2);
    ASSERT_TRUE(waitUntil([&] { return view->picture().size() == QSize(320, 400); }));
    EXPECT_EQ(view->remoteOrigin(), QPoint(320, 0));

    // A click at x=100 of that monitor is x=420 of the customer's desktop; the synthetic
    // injector paints a square there, and the square comes back in the picture.
    ASSERT_TRUE(waitUntil([&] { return view->isControlEnabled(); }));
    const auto at = view->mapFromRemote(QPoint(420, 200));
    ASSERT_TRUE(at.has_value());
    QTest::mouseMove(view->viewport(), *at);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *at);
    const std::uint32_t painted = input::SyntheticInjector::buttonColour(1) & 0xffffffu;
    ASSERT_TRUE(waitUntil([&] { return rgb(view->picture(), QPoint(100, 200)) == painted; }))
        << std::hex << rgb(view->picture(), QPoint(100, 200));
    EXPECT_EQ(customer.screen->cursor().position, (base::Point{420, 200}));

    // Special keys from the menu arrive as one sequence, nothing left held.
    ASSERT_NE(customer.session->control(), nullptr);
    const quint64 before = customer.session->control()->injected();
    QList<QAction*> keys = tab->specialKeysMenu()->actions();
    ASSERT_EQ(keys.size(), 5);
    keys[0]->trigger();  // Ctrl+Alt+Del
    ASSERT_TRUE(waitUntil([&] { return customer.session->control()->injected() == before + 1; }));
    EXPECT_EQ(customer.session->control()->injector().heldCount(), 0);

    // Screenshot: the picture as the technician sees it, as a PNG file.
    QTemporaryDir dir;
    const QString file = dir.filePath("shot.png");
    ASSERT_TRUE(tab->saveScreenshotTo(file));
    EXPECT_EQ(QImage(file).convertToFormat(QImage::Format_RGB32), view->picture().convertToFormat(QImage::Format_RGB32));

    // The connection panel fills in.
    EXPECT_TRUE(waitUntil([&] { return tab->telemetryLabel(4)->text().startsWith("lossless"); }))
        << tab->telemetryLabel(4)->text().toStdString();
    EXPECT_TRUE(waitUntil([&] { return tab->telemetryLabel(0)->text().endsWith("ms"); }))
        << "round trip: " << tab->telemetryLabel(0)->text().toStdString();

    // Giving control back: the customer's end says so, the view stops sending input.
    tab->controlAction()->trigger();
    EXPECT_FALSE(view->isControlEnabled()) << "at once";
    ASSERT_TRUE(waitUntil([&] { return !customer.session->isControlled(); }));
    QTest::qWait(100);  // the customer's PermissionState arrives: still not in control
    EXPECT_TRUE(tab->bannerText().contains("view only")) << tab->bannerText().toStdString();

    // Closing the tab asks, then ends the session for both.
    int asked = 0;
    window.setConfirm([&](const QString&, const QString&) { return ++asked, true; });
    const quint64 id = tab->session().sessionId();
    emit window.tabs()->tabCloseRequested(1);
    EXPECT_EQ(asked, 1);
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == CustomerSession::State::kEnded; }));
    EXPECT_EQ(customer.session->endCause(), CustomerSession::EndCause::kTechnicianEnded);
    EXPECT_EQ(window.sessionTabCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return relay.store().session(qint64(id))->endReason == v1::END_REASON_TECHNICIAN_ENDED; }));
}

TEST_F(ConsoleSessionTest, TheBannerSaysWhatTheCustomerDid)
{
    signIn(relay.port());
    console::MainWindow window(account, {});
    Customer customer(relay, *tls, 60'000);
    console::SessionTab* tab = startJoined(window, customer);
    ASSERT_NE(tab, nullptr);
    auto bannerSays = [&](const char* words) {
        return waitUntil([&] { return tab->bannerText().contains(QString::fromUtf8(words)); });
    };

    customer.allow = false;
    tab->viewAction()->trigger();
    EXPECT_TRUE(bannerSays("Bob declined")) << tab->bannerText().toStdString();
    EXPECT_FALSE(tab->viewAction()->isChecked());

    customer.allow = true;
    tab->controlAction()->trigger();
    ASSERT_TRUE(bannerSays("In control")) << tab->bannerText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return tab->view()->isControlEnabled(); }));

    // The customer touches their own mouse: control pauses, and the view stops sending.
    auto* injector = dynamic_cast<input::SyntheticInjector*>(&customer.session->control()->injector());
    ASSERT_NE(injector, nullptr);
    injector->simulateLocalInput();
    EXPECT_TRUE(bannerSays("Control paused")) << tab->bannerText().toStdString();
    EXPECT_FALSE(tab->view()->isControlEnabled());

    // Stop: everything ends at once, and the technician is told who stopped it.
    customer.session->stop();
    EXPECT_TRUE(bannerSays("Stopped by Bob")) << tab->bannerText().toStdString();
    EXPECT_FALSE(tab->controlAction()->isChecked());
    EXPECT_FALSE(tab->view()->isControlEnabled());

    // The customer leaves: the session ended, and why.
    customer.session->leave();
    EXPECT_TRUE(bannerSays("the customer ended the session")) << tab->bannerText().toStdString();
    EXPECT_FALSE(tab->viewAction()->isEnabled());
}

int distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) colours.insert(image.pixel(x, y) & 0xffffffu);
    }
    return int(colours.size());
}

TEST_F(ConsoleSessionTest, QualityAndColourModesChangeWhatArrives)
{
    signIn(relay.port());
    console::MainWindow window(account, {});
    CustomerSession::Options options;
    options.host = "127.0.0.1";
    options.port = relay.port();
    options.tls = *tls;
    options.customerName = "Bob";
    CustomerSession customer(options, syntheticDevices("full-motion", {320, 200}, 5));
    QObject::connect(&customer, &CustomerSession::permissionAsked, &customer, [&](Permission p) { customer.answer(p, true); });
    console::SessionController* controller = window.startSession("Bob", {});
    ASSERT_TRUE(waitUntil([&] { return controller->pin().size() == 6; }));
    customer.join(controller->pin());
    ASSERT_TRUE(waitUntil([&] { return controller->state().status() == v1::SESSION_STATUS_ACTIVE; }));
    console::SessionTab* tab = window.tabFor(controller->sessionId());
    ASSERT_NE(tab, nullptr);
    tab->viewAction()->trigger();
    // Automatic, the default: the full-motion scene is video, through VP8 beside lossless.
    EXPECT_EQ(tab->qualityBox()->currentData().toInt(), int(v1::QUALITY_MODE_AUTOMATIC));
    ASSERT_TRUE(waitUntil([&] { return distinctColours(tab->view()->picture()) > 256; })) << "full colour";
    EXPECT_TRUE(waitUntil([&] { return tab->telemetryLabel(4)->text() == "lossless + VP8"; }))
        << tab->telemetryLabel(4)->text().toStdString();

    // 256 colours: the picture keeps to a palette, and the quality is Standard (lossless).
    tab->coloursBox()->setCurrentIndex(2);
    emit tab->coloursBox()->activated(2);
    ASSERT_TRUE(waitUntil([&] { return distinctColours(tab->view()->picture()) <= 256; }))
        << distinctColours(tab->view()->picture());
    EXPECT_EQ(tab->qualityBox()->currentData().toInt(), int(v1::QUALITY_MODE_STANDARD));
    EXPECT_TRUE(waitUntil([&] { return tab->telemetryLabel(4)->text() == "lossless"; }));

    // Performance: a moving screen goes through VP8/VP9.
    const int performance = tab->qualityBox()->findData(int(v1::QUALITY_MODE_PERFORMANCE));
    tab->qualityBox()->setCurrentIndex(performance);
    emit tab->qualityBox()->activated(performance);
    EXPECT_TRUE(waitUntil([&] { return tab->telemetryLabel(4)->text().startsWith("VP"); }, 15000))
        << tab->telemetryLabel(4)->text().toStdString();
}

TEST_F(ConsoleSessionTest, FileManagerBrowsesSendsFetchesAndChangesTheCustomersFiles)
{
    signIn(relay.port());
    TempDir downloads, local;
    console::ConsoleOptions options;
    options.downloadFolder = QString::fromStdString(downloads.path().string());
    console::MainWindow window(account, options);
    Customer customer(relay, *tls);
    writeFile(customer.share.path() / "docs" / "report.txt", 30'000, 1, true);
    writeFile(customer.share.path() / "photo.jpg", 200'000, 2);
    writeFile(local.path() / "fix.sh", 5'000, 3, true);
    console::SessionTab* tab = startJoined(window, customer);
    ASSERT_NE(tab, nullptr);
    console::FileManager* files = tab->fileManager();
    auto stateOf = [&](int row) { return files->queue()->topLevelItem(row)->text(4); };

    // Nothing is shown before the customer allows it.
    files->refreshRemote();
    ASSERT_TRUE(waitUntil([&] { return files->statusText().contains("Not allowed"); })) << files->statusText().toStdString();

    files->askButton()->click();
    ASSERT_TRUE(waitUntil([&] { return files->remoteNames() == QStringList({"docs", "photo.jpg"}); }))
        << files->remoteNames().join(",").toStdString();

    // Send → into the customer's download folder.
    files->send({QString::fromStdString((local.path() / "fix.sh").string())});
    ASSERT_TRUE(waitUntil([&] { return stateOf(0) == "Done"; })) << stateOf(0).toStdString();
    EXPECT_EQ(sha256Of(customer.inbox.path() / "fix.sh"), sha256Of(local.path() / "fix.sh"));

    // ← Fetch from the shared folder into this console's download folder.
    files->openRemoteFolder("docs");
    ASSERT_TRUE(waitUntil([&] { return files->remoteNames() == QStringList({"report.txt"}); }));
    files->fetch({"docs/report.txt"});
    ASSERT_TRUE(waitUntil([&] { return stateOf(1).startsWith("Done"); })) << stateOf(1).toStdString();
    EXPECT_EQ(sha256Of(downloads.path() / "report.txt"), sha256Of(customer.share.path() / "docs" / "report.txt"));

    // New folder, rename, delete — on the customer's side, inside the shared folder.
    files->openRemoteFolder("");
    ASSERT_TRUE(waitUntil([&] { return files->remoteNames().size() == 2; }));
    files->makeRemoteFolder("Backup");
    ASSERT_TRUE(waitUntil([&] { return files->remoteNames().contains("Backup"); }));
    files->renameRemote("photo.jpg", "holiday.jpg");
    ASSERT_TRUE(waitUntil([&] { return files->remoteNames().contains("holiday.jpg"); }));
    EXPECT_TRUE(fs::exists(customer.share.path() / "holiday.jpg"));
    files->removeRemote("docs");
    ASSERT_TRUE(waitUntil([&] { return !files->remoteNames().contains("docs"); }));
    EXPECT_FALSE(fs::exists(customer.share.path() / "docs"));
    files->renameRemote("holiday.jpg", "../escaped.jpg");
    ASSERT_TRUE(waitUntil([&] { return files->statusText().contains("Not allowed"); })) << files->statusText().toStdString();
}

TEST_F(ConsoleSessionTest, FileManagerAsksAboutTakenNamesAndPublishesForTheCustomer)
{
    signIn(relay.port());
    TempDir downloads, local;
    console::ConsoleOptions options;
    options.downloadFolder = QString::fromStdString(downloads.path().string());
    console::MainWindow window(account, options);
    Customer customer(relay, *tls);
    writeFile(local.path() / "setup.ini", 4'000, 4, true);
    writeFile(customer.inbox.path() / "setup.ini", 100, 5, true);
    console::SessionTab* tab = startJoined(window, customer);
    ASSERT_NE(tab, nullptr);
    console::FileManager* files = tab->fileManager();
    auto stateOf = [&](int row) { return files->queue()->topLevelItem(row)->text(4); };
    ASSERT_TRUE(customer.session->files().peerPublished().empty());

    // The name is taken at the customer's: the technician is asked, and Skip leaves it.
    files->askButton()->click();
    ASSERT_TRUE(waitUntil([&] { return customer.session->isGranted(Permission::kSendFiles); }));
    const QString setup = QString::fromStdString((local.path() / "setup.ini").string());
    files->send({setup});
    ASSERT_TRUE(waitUntil([&] { return files->takenNamesQuestion() != nullptr; })) << stateOf(0).toStdString();
    EXPECT_TRUE(files->takenNamesQuestion()->text().contains("setup.ini"));
    EXPECT_TRUE(stateOf(0).contains("waiting for your choice")) << stateOf(0).toStdString();
    EXPECT_EQ(fs::file_size(customer.inbox.path() / "setup.ini"), 100u);
    for (auto* button : files->takenNamesQuestion()->buttons()) {
        if (button->text() == "Skip") button->click();
    }
    EXPECT_EQ(files->takenNamesQuestion(), nullptr);
    EXPECT_EQ(stateOf(0), "Done — 1 skipped");
    EXPECT_EQ(fs::file_size(customer.inbox.path() / "setup.ini"), 100u);

    // Again, and Overwrite: the customer's copy is replaced.
    files->send({setup});
    ASSERT_TRUE(waitUntil([&] { return files->takenNamesQuestion() != nullptr; }));
    for (auto* button : files->takenNamesQuestion()->buttons()) {
        if (button->text() == "Overwrite") button->click();
    }
    ASSERT_TRUE(waitUntil([&] { return stateOf(1) == "Done"; })) << stateOf(1).toStdString();
    EXPECT_EQ(sha256Of(customer.inbox.path() / "setup.ini"), sha256Of(local.path() / "setup.ini"));
    EXPECT_FALSE(fs::exists(customer.inbox.path() / "setup (2).ini"));

    // Two transfers with taken names at once: one question at a time, the second after the first.
    for (const char* name : {"a.ini", "b.ini"}) {
        writeFile(local.path() / name, 300, 7, true);
        writeFile(customer.inbox.path() / name, 30, 8, true);
    }
    files->send({QString::fromStdString((local.path() / "a.ini").string())});
    ASSERT_TRUE(waitUntil([&] { return files->takenNamesQuestion() != nullptr; }));
    files->send({QString::fromStdString((local.path() / "b.ini").string())});
    ASSERT_TRUE(waitUntil([&] { return stateOf(3).contains("waiting for your choice"); })) << stateOf(3).toStdString();
    EXPECT_TRUE(files->takenNamesQuestion()->text().contains("a.ini"));
    for (auto* button : files->takenNamesQuestion()->buttons()) {
        if (button->text() == "Keep both") button->click();
    }
    ASSERT_NE(files->takenNamesQuestion(), nullptr) << "the second question follows";
    EXPECT_TRUE(files->takenNamesQuestion()->text().contains("b.ini"));
    for (auto* button : files->takenNamesQuestion()->buttons()) {
        if (button->text() == "Skip") button->click();
    }
    EXPECT_EQ(files->takenNamesQuestion(), nullptr);
    ASSERT_TRUE(waitUntil([&] { return fs::exists(customer.inbox.path() / "a (2).ini"); }));
    EXPECT_EQ(fs::file_size(customer.inbox.path() / "b.ini"), 30u);

    // Basic mode: published files reach the customer's list; the customer's download shows
    // in the technician's queue.
    writeFile(local.path() / "manual.pdf", 300'000, 6);
    files->publish({QString::fromStdString((local.path() / "manual.pdf").string())});
    ASSERT_TRUE(waitUntil([&] { return files->publishedNames() == QStringList{"manual.pdf"}; }));
    ASSERT_TRUE(waitUntil([&] { return customer.session->files().peerPublished().size() == 1; }));
    TempDir chosen;
    ASSERT_TRUE(customer.session->files().download(customer.session->files().peerPublished()[0].id(), chosen.path()).ok());
    ASSERT_TRUE(waitUntil([&] { return files->queue()->topLevelItemCount() == 5 && stateOf(4) == "Done"; }));
    EXPECT_TRUE(files->queue()->topLevelItem(4)->text(0).contains("the customer downloads it"));
    EXPECT_EQ(sha256Of(chosen.path() / "manual.pdf"), sha256Of(local.path() / "manual.pdf"));
}

TEST_F(ConsoleSessionTest, FullScreenViewOpensWhenTheScreenIsSharedAndGivesTheViewBack)
{
    signIn(relay.port());
    console::ConsoleOptions options;
    options.fullScreenView = true;
    console::MainWindow window(account, options);
    window.show();
    Customer customer(relay, *tls);
    console::SessionTab* tab = startJoined(window, customer);
    ASSERT_NE(tab, nullptr);
    EXPECT_FALSE(tab->isFullScreen());
    tab->viewAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return tab->isFullScreen(); }));
    ui::RemoteView* view = tab->view();
    EXPECT_NE(view->window(), &window) << "the view is in a window of its own";
    EXPECT_TRUE(view->window()->isFullScreen());
    EXPECT_EQ(view->scale(), ui::RemoteView::Scale::kActual) << "1:1";

    tab->showFullScreen();  // again: back into the tab
    EXPECT_FALSE(tab->isFullScreen());
    EXPECT_EQ(view->window(), &window);
    EXPECT_EQ(view->scale(), ui::RemoteView::Scale::kFit);
    // It does not come back by itself: once per session.
    tab->viewAction()->trigger();
    tab->viewAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return customer.session->isSharingScreen(); }));
    QTest::qWait(200);
    EXPECT_FALSE(tab->isFullScreen());
}

TEST_F(ConsoleSessionTest, WhenTheConsolesLinesDropTheTabSaysTheSessionIsOver)
{
    TcpProxy line(relay.port());
    signIn(line.port());
    console::MainWindow window(account, {});
    Customer customer(relay, *tls);
    console::SessionTab* tab = startJoined(window, customer);
    ASSERT_NE(tab, nullptr);
    line.dropAll();
    ASSERT_TRUE(waitUntil([&] { return tab->session().isEnded(); }));
    EXPECT_TRUE(tab->bannerText().contains("lost its connection")) << tab->bannerText().toStdString();
    EXPECT_FALSE(tab->controlAction()->isEnabled());
    EXPECT_FALSE(window.lastWarning().isEmpty());
    // The customer is told too (the relay ends a session whose technician vanished).
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == CustomerSession::State::kEnded; }));
}

TEST_F(ConsoleSessionTest, QuittingEndsOpenSessionsAndWaitsForTheRelayToRecordIt)
{
    signIn(relay.port());
    console::MainWindow window(account, {});
    window.show();
    console::SessionController* waiting = window.startSession("Cleo", {});
    ASSERT_NE(waiting, nullptr);
    ASSERT_TRUE(waitUntil([&] { return waiting->sessionId() != 0; }));
    const quint64 id = waiting->sessionId();

    window.setConfirm([](const QString&, const QString&) { return false; });
    window.close();
    EXPECT_TRUE(window.isVisible()) << "the technician changed their mind";

    window.setConfirm([](const QString&, const QString&) { return true; });
    window.close();
    EXPECT_TRUE(window.isVisible()) << "not before the relay confirmed the End";
    ASSERT_TRUE(waitUntil([&] { return !window.isVisible(); }, 5000));
    auto record = relay.store().session(qint64(id));
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->endReason, v1::END_REASON_TECHNICIAN_ENDED);
}

}  // namespace
}  // namespace lifeline::test
