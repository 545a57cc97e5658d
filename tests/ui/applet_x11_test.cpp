// The applet on a real X server (a private Xvfb): the Pause/Break grab, and a picture of
// every screen the customer sees. With LIFELINE_SCREENSHOTS_DIR set (tools/screenshots)
// the pictures are saved there for docs/screenshots/; otherwise into a temporary folder.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

#include "applet/applet_window.h"
#include "applet/indicator_bar.h"
#include "applet/panic_key.h"
#include "core/input/input_injector.h"
#include "net/dev_pki.h"
#include "support/relay_process.h"
#include "support/wait.h"
#include "support/xvfb_test_main.h"
#include "tests/ui/applet_fixture.h"
#include "tests/ui/screenshots.h"
#include "ui/chat_view.h"
#include "ui/pin_edit.h"

namespace lifeline::test {
namespace {

using applet::AppletWindow;
using session::Permission;
using Page = AppletWindow::Page;

std::string g_display;

TEST(PanicKeyTest, PauseBreakAnywhereIsReported)
{
    auto panic = applet::PanicKey::grab(g_display);
    ASSERT_TRUE(panic.ok()) << panic.error().toString();
    int presses = 0;
    QObject::connect(panic->get(), &applet::PanicKey::pressed, [&] { ++presses; });
    auto keyboard = input::createInputInjector(input::InjectorOptions{"x11", g_display, nullptr});
    ASSERT_TRUE(keyboard.ok()) << keyboard.error().toString();
    constexpr std::uint32_t kPause = 0xff13;
    ASSERT_TRUE((*keyboard)->key(kPause, 0, true).ok());
    ASSERT_TRUE((*keyboard)->key(kPause, 0, false).ok());
    ASSERT_TRUE(waitUntil([&] { return presses == 1; }));
    // Another key is not the panic key.
    ASSERT_TRUE((*keyboard)->key('a', 0, true).ok());
    ASSERT_TRUE((*keyboard)->key('a', 0, false).ok());
    spinFor(200);
    EXPECT_EQ(presses, 1);
    // Only one program can hold it: a second grab is refused, not silently shared.
    EXPECT_FALSE(applet::PanicKey::grab(g_display).ok());
}

TEST(PanicKeyTest, PauseBreakRevokesEverythingLikeStop)
{
    AppletFixture f;
    auto panic = applet::PanicKey::grab(g_display);
    ASSERT_TRUE(panic.ok());
    QObject::connect(panic->get(), &applet::PanicKey::pressed, f.window.get(), &AppletWindow::panic);
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));
    ASSERT_TRUE(f.technician.consent->request(Permission::kViewScreen).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr; }));
    f.window->openQuestion()->allowButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->isGranted(Permission::kViewScreen); }));
    auto keyboard = input::createInputInjector(input::InjectorOptions{"x11", g_display, nullptr});
    ASSERT_TRUE(keyboard.ok());
    ASSERT_TRUE((*keyboard)->key(0xff13, 0, true).ok());
    ASSERT_TRUE((*keyboard)->key(0xff13, 0, false).ok());
    ASSERT_TRUE(waitUntil([&] { return !f.technician.consent->isGranted(Permission::kViewScreen); }));
    EXPECT_FALSE(f.window->indicator()->isVisible());
}

TEST(AppletScreenshots, EveryScreenTheCustomerSees)
{
    server::RelayConfig config;
    config.terms = "Contoso IT remote support — terms of use\n\n"
                   "1. The technician sees and does only what you allow, and only during this session.\n"
                   "2. You can take every permission back at any time with Stop or the Pause/Break key.\n"
                   "3. The session is recorded in our support log (who, when, what was allowed).";
    AppletFixture f(config);
    f.window->move(40, 80);
    f.window->pinEdit()->setText("4829");
    saveScreenshot(f.window.get(), "applet-pin");

    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kTerms; }));
    saveScreenshot(f.window.get(), "applet-who-is-asking");
    f.window->acceptButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));

    ASSERT_TRUE(f.technician.chat->send("Hi Bob, I am Ann from Contoso IT. May I look at your screen?").ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->chat()->lineCount() >= 1; }));
    f.controller->sendChat("Yes, the printer says it is offline.");
    ASSERT_TRUE(waitUntil([&] { return f.window->chat()->lineCount() >= 2; }));

    ASSERT_TRUE(f.technician.consent->request(Permission::kViewScreen).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr && f.window->openQuestion()->isVisible(); }));
    f.window->openQuestion()->move(560, 200);
    saveScreenshot(f.window->openQuestion(), "applet-consent");
    f.window->openQuestion()->allowButton()->click();
    ASSERT_TRUE(f.technician.consent->request(Permission::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr; }));
    f.window->openQuestion()->allowButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.controller->isGranted(Permission::kControl) && f.window->indicator()->isVisible(); }));
    saveScreenshot(f.window->indicator(), "applet-indicator");
    saveScreenshot(f.window.get(), "applet-session-chat");
    if (QScreen* screen = QGuiApplication::primaryScreen()) {
        spinFor(100);
        const QImage desktop = screen->grabWindow(0).toImage();
        ASSERT_FALSE(desktop.isNull());
        ASSERT_TRUE(desktop.save(QDir(screenshotDir()).filePath("applet-desktop.png")));
    }

    f.window->leaveButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kEnded; }));
    saveScreenshot(f.window.get(), "applet-ended");
}

TEST(AppletScreenshots, FilesFromTheTechnician)
{
    AppletFixture f;
    f.window->move(40, 80);
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));
    ASSERT_TRUE(f.technician.chat->send("I have put the printer driver and the manual up for you to download.").ok());
    ASSERT_TRUE(f.technician.consent->request(Permission::kSendFiles).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr; }));
    f.window->openQuestion()->allowButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->isGranted(Permission::kSendFiles); }));

    QTemporaryDir source;
    auto make = [&](const char* name, int bytes) {
        QFile out(source.filePath(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(bytes, 'd'));
        return source.filePath(name).toStdString();
    };
    ASSERT_TRUE(f.technician.files->send({make("network-check.sh", 12'000)}).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->savedFiles().size() == 1; }));
    ASSERT_TRUE(f.technician.files->publish({make("printer-driver-5.2.pkg", 48 << 20), make("Printer manual.pdf", 3 << 20)}).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->publishedNames().size() == 2; }));
    f.window->publishedList()->setCurrentRow(0);
    saveScreenshot(f.window.get(), "applet-files");
}

TEST(AppletScreenshots, SinglePrompt)
{
    server::RelayConfig config;
    config.sessionPolicy.set_single_prompt(true);
    AppletFixture f(config);
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr && f.window->openQuestion()->isVisible(); }));
    saveScreenshot(f.window->openQuestion(), "applet-single-prompt");
}

// The programs as the demo runs them: lifeline-tech makes a session, lifeline-applet joins
// it with the PIN on its command line, on a real X display.
TEST(AppletProcess, JoinsASessionMadeByTheHeadlessTechnician)
{
    QTemporaryDir dir;
    ASSERT_EQ(runRelay({"user", "add", "--data-dir", dir.path(), "--email", "ann@example.com", "--name", "Ann Smith",
                        "--nickname", "Ann", "--role", "technician", "--password-stdin"},
                       "correct horse battery\n")
                  .exitCode,
              0);
    ServingRelay relay(dir.path(), {"--listen", "127.0.0.1", "--port", "0", "--organisation", "Contoso IT"});
    const QString ca = dir.filePath("tls/ca.pem");
    const QString address = QStringLiteral("127.0.0.1:%1").arg(relay.port());

    QProcess tech;
    tech.setProcessChannelMode(QProcess::MergedChannels);
    tech.start(binaryPath("lifeline-tech"), {"--relay", address, "--ca", ca, "--email", "ann@example.com",
                                             "--ask", "view-screen", "--customer", "Bob"});
    ASSERT_TRUE(tech.waitForStarted());
    tech.write("correct horse battery\n");
    QString techOutput;
    const QRegularExpression pinLine(QStringLiteral("PIN: (\\d{6})"));
    QString pin;
    ASSERT_TRUE(waitUntil([&] {
        techOutput += QString::fromUtf8(tech.readAll());
        pin = pinLine.match(techOutput).captured(1);
        return !pin.isEmpty();
    }, 20000)) << techOutput.toStdString();

    QProcess applet;
    applet.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DISPLAY", QString::fromStdString(g_display));
    env.insert("QT_QPA_PLATFORM", "xcb");
    applet.setProcessEnvironment(env);
    applet.start(binaryPath("lifeline-applet"), {"--relay", address, "--ca", ca, "--pin", pin, "--lang", "en"});
    ASSERT_TRUE(applet.waitForStarted());
    ASSERT_TRUE(waitUntil([&] {
        techOutput += QString::fromUtf8(tech.readAll());
        return techOutput.contains("SESSION_STATUS_ACTIVE") && techOutput.contains("view-screen: pending");
    }, 20000)) << techOutput.toStdString() << QString::fromUtf8(applet.readAll()).toStdString();

    tech.write("/end\n");
    ASSERT_TRUE(waitUntil([&] {
        techOutput += QString::fromUtf8(tech.readAll());
        return tech.state() == QProcess::NotRunning;
    }, 20000)) << techOutput.toStdString();
    EXPECT_TRUE(techOutput.contains("SESSION_STATUS_CLOSED")) << techOutput.toStdString();
    EXPECT_EQ(applet.state(), QProcess::Running) << "the applet stays to say why the session ended";
    applet.terminate();
    applet.waitForFinished(10000);
}

// --lang picks the translation compiled into the binary.
TEST(AppletProcess, SpeaksTheLanguageAskedFor)
{
    QTemporaryDir dir;
    const auto paths = net::PkiPaths::inDirectory(dir.path().toStdString());
    ASSERT_TRUE(net::generateDevPki(paths, "Test", {"127.0.0.1"}).ok());
    const std::pair<const char*, const char*> expected[] = {
        {"en", "Lifeline remote support"}, {"nl", "Lifeline hulp op afstand"}, {"de", "Lifeline Fernwartung"},
        {"fr", "Lifeline assistance à distance"}, {"it", "Lifeline assistenza remota"},
        {"pl", "Lifeline pomoc zdalna"}, {"es", "Lifeline asistencia remota"}};
    for (const auto& [language, title] : expected) {
        QProcess applet;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DISPLAY", QString::fromStdString(g_display));
        env.insert("QT_QPA_PLATFORM", "xcb");
        env.insert("LIFELINE_APPLET_QUIT_WHEN_SHOWN", "1");
        applet.setProcessEnvironment(env);
        applet.start(binaryPath("lifeline-applet"),
                     {"--relay", "127.0.0.1:1", "--ca", QString::fromStdString(paths.caCertificate.string()), "--lang", language});
        ASSERT_TRUE(applet.waitForFinished(20000));
        const QString output = QString::fromUtf8(applet.readAllStandardOutput());
        EXPECT_TRUE(output.contains(QString::fromUtf8(title))) << language << ": " << output.toStdString();
    }
}

}  // namespace
}  // namespace lifeline::test

// LeakSanitizer (asan preset): Qt's xcb platform opens a D-Bus connection (accessibility)
// that it never frees; that is not ours to fix.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libdbus-1.so\n";
}

int main(int argc, char** argv)
{
    return lifeline::testing::runTestsOnXvfb(argc, argv, "1280x800x24", lifeline::test::g_display);
}
