// The applet's windows on the offscreen platform, against a real relay in this process.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "applet/applet_options.h"
#include "applet/indicator_bar.h"
#include "support/wait.h"
#include "tests/ui/applet_fixture.h"
#include "ui/chat_view.h"
#include "ui/pin_edit.h"

namespace lifeline::test {
namespace {

using applet::AppletWindow;
using session::Permission;
using Page = AppletWindow::Page;

TEST(PinEditTest, TakesDigitsOnlyAndSaysWhenTheCodeIsComplete)
{
    ui::PinEdit pin;
    int completeSignals = 0;
    QObject::connect(&pin, &ui::PinEdit::completeChanged, [&](bool) { ++completeSignals; });
    pin.insert("12a3");
    EXPECT_EQ(pin.text(), "123");
    EXPECT_FALSE(pin.isComplete());
    pin.insert("456");
    EXPECT_EQ(pin.text(), "123456");
    EXPECT_TRUE(pin.isComplete());
    pin.insert("7");
    EXPECT_EQ(pin.text(), "123456") << "never more than six digits";
    pin.backspace();
    EXPECT_FALSE(pin.isComplete());
    EXPECT_EQ(completeSignals, 2);
}

TEST(PinEditTest, PasteKeepsTheDigitsOfWhatTheTechnicianWrote)
{
    ui::PinEdit pin;
    QApplication::clipboard()->setText("Your code: 042 917\n");
    pin.paste();
    EXPECT_EQ(pin.text(), "042917");
    EXPECT_TRUE(pin.isComplete());
    pin.clear();
    QApplication::clipboard()->setText("no digits here");
    pin.paste();
    EXPECT_EQ(pin.text(), "");
    EXPECT_EQ(ui::PinEdit::normalise("12-34-56-78"), "123456");
}

TEST(AppletOptionsTest, PinComesFromFlagsOrTheFileName)
{
    EXPECT_EQ(applet::pinFromFileName("/tmp/lifeline-applet-123456"), "123456");
    EXPECT_EQ(applet::pinFromFileName("lifeline-applet-012345 (1)"), "012345");
    EXPECT_EQ(applet::pinFromFileName("lifeline-applet"), "");
    EXPECT_EQ(applet::pinFromFileName("lifeline-applet-1234567"), "");

    auto fromName = applet::parseAppletOptions({"/dl/lifeline-applet-654321", "--relay", "relay.example:9000", "--ca", "ca.pem"}, {});
    ASSERT_TRUE(fromName.ok()) << fromName.error().toString();
    EXPECT_EQ(fromName->pin, "654321");
    EXPECT_EQ(fromName->relayHost, "relay.example");
    EXPECT_EQ(fromName->relayPort, 9000);
    auto flagWins = applet::parseAppletOptions({"/dl/lifeline-applet-654321", "--relay", "r", "--ca", "c", "--pin", "111 222"}, {});
    ASSERT_TRUE(flagWins.ok());
    EXPECT_EQ(flagWins->pin, "111222");
    EXPECT_EQ(flagWins->relayPort, 7443);

    EXPECT_FALSE(applet::parseAppletOptions({"a", "--relay", "r", "--ca", "c", "--pin", "12345"}, {}).ok());
    EXPECT_FALSE(applet::parseAppletOptions({"a", "--ca", "c"}, {}).ok()) << "no relay";
    EXPECT_FALSE(applet::parseAppletOptions({"a", "--relay", "r"}, {}).ok()) << "no CA: never an unverified connection";
    EXPECT_FALSE(applet::parseAppletOptions({"a", "--relay", "r:99999", "--ca", "c"}, {}).ok());
    EXPECT_TRUE(applet::parseAppletOptions({"a", "--help"}, {})->showHelp);
}

TEST(AppletOptionsTest, ConfigFileBesideTheBinaryGivesRelayAndCa)
{
    QTemporaryDir dir;
    QFile file(dir.filePath("lifeline-applet.conf"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("relay = support.contoso.example:7443\nca = contoso-ca.pem\nlang = nl\n");
    file.close();
    auto options = applet::parseAppletOptions({"lifeline-applet"}, file.fileName());
    ASSERT_TRUE(options.ok()) << options.error().toString();
    EXPECT_EQ(options->relayHost, "support.contoso.example");
    EXPECT_EQ(options->caFile, dir.filePath("contoso-ca.pem"));
    EXPECT_EQ(options->language, "nl");
    EXPECT_EQ(options->pin, "");
}

// Waits for the window's open question, checks it is about `permission`, answers it.
void answerQuestion(AppletWindow& window, Permission permission, bool allow)
{
    ASSERT_TRUE(waitUntil([&] { return window.openQuestion() != nullptr && window.openQuestion()->isVisible(); }));
    ASSERT_FALSE(window.openQuestion()->isSinglePrompt());
    ASSERT_EQ(window.openQuestion()->permission(), permission);
    (allow ? window.openQuestion()->allowButton() : window.openQuestion()->denyButton())->click();
}

void joinSession(AppletFixture& f)
{
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));
}

TEST(AppletWindowTest, ShowsWhoIsAskingAsTheRelayVouchesForIt)
{
    AppletFixture f;
    EXPECT_EQ(f.window->page(), Page::kPin);
    EXPECT_FALSE(f.window->connectButton()->isEnabled());
    joinSession(f);
    EXPECT_EQ(f.window->whoText(), QString::fromUtf8("Contoso IT — Ann is ready to help you"));
    EXPECT_FALSE(f.window->indicator()->isVisible()) << "nothing is shared yet";
    EXPECT_FALSE(f.window->stopButton()->isEnabled());
}

TEST(AppletWindowTest, AWrongCodeSendsTheCustomerBackToTheCodeWithTheReason)
{
    AppletFixture f;
    f.window->joinWith(f.technician.pin == "999999" ? "999998" : "999999");
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kPin && !f.window->endedText().isEmpty(); }));
    EXPECT_TRUE(f.window->endedText().contains("not valid or has expired")) << f.window->endedText().toStdString();
}

TEST(AppletWindowTest, ACertificateThatDoesNotVerifyIsAClearRefusal)
{
    RelayHarness relay;
    HeadlessTechnician technician(relay);
    TestPki stranger;  // another CA: the relay's certificate does not chain to it
    session::CustomerSession::Options options;
    options.host = "127.0.0.1";
    options.port = relay.port();
    options.tls = stranger.clientConfig();
    applet::AppletController controller(options, syntheticDevices(), false);
    AppletWindow window(controller);
    window.joinWith(technician.pin);
    ASSERT_TRUE(waitUntil([&] { return window.page() == Page::kPin && !window.endedText().isEmpty(); }));
    EXPECT_TRUE(window.endedText().startsWith("The connection is not safe")) << window.endedText().toStdString();
    spinFor(100);
    EXPECT_FALSE(technician.log->hasStatus(v1::SESSION_STATUS_ACTIVE)) << "nothing was sent: no join";
}

TEST(AppletWindowTest, ConsentDialogAnswersChangeThePermissionState)
{
    AppletFixture f;
    joinSession(f);
    ASSERT_TRUE(f.technician.consent->request(Permission::kViewScreen).ok());
    answerQuestion(*f.window, Permission::kViewScreen, true);
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->isGranted(Permission::kViewScreen); }));
    ASSERT_TRUE(waitUntil([&] { return f.window->indicator()->isVisible(); }));
    EXPECT_EQ(f.window->indicator()->activity(), "Ann can see your screen");
    EXPECT_TRUE(f.window->stopButton()->isEnabled());
    ASSERT_TRUE(waitUntil([&] { return f.technician.viewer->framesDecoded() >= 1; }));

    ASSERT_TRUE(f.technician.consent->request(Permission::kControl).ok());
    answerQuestion(*f.window, Permission::kControl, false);
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->lastAnswer(Permission::kControl) == v1::PERMISSION_ANSWER_DENIED; }));
    EXPECT_FALSE(f.controller->isGranted(Permission::kControl));
    EXPECT_EQ(f.window->indicator()->activity(), "Ann can see your screen");

    // Closing the question with the window's X is a no.
    ASSERT_TRUE(f.technician.consent->request(Permission::kClipboard).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr; }));
    f.window->openQuestion()->close();
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->lastAnswer(Permission::kClipboard) == v1::PERMISSION_ANSWER_DENIED; }));
}

TEST(AppletWindowTest, AWithdrawnQuestionCloses)
{
    AppletFixture f;
    joinSession(f);
    ASSERT_TRUE(f.technician.consent->request(Permission::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr && f.window->openQuestion()->isVisible(); }));
    ASSERT_TRUE(f.technician.consent->release(Permission::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() == nullptr; }));
    // The answer crosses the relay after the window closed the question.
    EXPECT_TRUE(waitUntil(
        [&] { return f.technician.consent->lastAnswer(Permission::kControl) == v1::PERMISSION_ANSWER_RELEASED; }));
    EXPECT_FALSE(f.controller->isGranted(Permission::kControl));
}

TEST(AppletWindowTest, StopRevokesEverythingAndKeepsChat)
{
    AppletFixture f;
    joinSession(f);
    ASSERT_TRUE(f.technician.consent->request(Permission::kViewScreen).ok());
    ASSERT_TRUE(f.technician.consent->request(Permission::kControl).ok());
    answerQuestion(*f.window, Permission::kViewScreen, true);
    answerQuestion(*f.window, Permission::kControl, true);
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->isGranted(Permission::kControl) &&
                                       f.window->indicator()->isVisible(); }));
    EXPECT_EQ(f.window->indicator()->activity(), "Ann can see and control your screen");

    f.window->indicator()->stopButton()->click();
    EXPECT_FALSE(f.window->indicator()->isVisible()) << "the bar goes at once";
    ASSERT_TRUE(waitUntil([&] { return !f.technician.consent->isGranted(Permission::kViewScreen) &&
                                       !f.technician.consent->isGranted(Permission::kControl); }));
    EXPECT_EQ(f.technician.consent->lastAnswer(Permission::kControl), v1::PERMISSION_ANSWER_GRANTED)
        << "the last per-permission answer stays; the state has no grants";
    EXPECT_FALSE(f.controller->anyGranted());
    EXPECT_FALSE(f.window->stopButton()->isEnabled());
    EXPECT_EQ(f.window->page(), Page::kSession) << "Stop is not Leave";

    ASSERT_TRUE(f.technician.chat->send("Stopped, fine.").ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->chat()->historyText().contains("Stopped, fine."); }));
}

TEST(AppletWindowTest, SinglePromptAllowsEverythingAtOnce)
{
    server::RelayConfig config;
    config.sessionPolicy.set_single_prompt(true);
    AppletFixture f(config);
    joinSession(f);
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr; }));
    ASSERT_TRUE(f.window->openQuestion()->isSinglePrompt());
    f.window->openQuestion()->allowButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.controller->isGranted(Permission::kControl); }));
    EXPECT_FALSE(f.controller->isGranted(Permission::kRecording));
}

TEST(AppletWindowTest, DecliningTheTermsEndsTheSession)
{
    server::RelayConfig config;
    config.terms = "1. We look only at what you show us.";
    AppletFixture f(config);
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kTerms; }));
    EXPECT_TRUE(f.window->whoText().contains("Ann"));
    ASSERT_TRUE(f.technician.consent->request(Permission::kViewScreen).ok());
    f.window->declineButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kEnded; }));
    EXPECT_EQ(f.window->endedText(), "You declined the terms. Nothing was shared.");
    EXPECT_EQ(f.window->openQuestion(), nullptr) << "nothing was asked";
    ASSERT_TRUE(waitUntil([&] { return f.technician.log->hasStatus(v1::SESSION_STATUS_CLOSED); }));
    EXPECT_EQ(f.technician.log->lastState()->end_reason(), v1::END_REASON_CUSTOMER_ENDED);
}

TEST(AppletWindowTest, AcceptingTheTermsOpensTheSession)
{
    server::RelayConfig config;
    config.terms = "1. We look only at what you show us.";
    AppletFixture f(config);
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kTerms; }));
    f.window->acceptButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));
}

TEST(AppletWindowTest, AMessageWhileTheWindowIsHiddenBringsItBack)
{
    AppletFixture f;
    joinSession(f);
    f.window->hide();
    ASSERT_TRUE(f.technician.chat->send("Are you there?").ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->isVisible(); }));
    EXPECT_EQ(f.window->unreadMessages(), 1);
    EXPECT_TRUE(f.window->windowTitle().startsWith("(1) "));
    EXPECT_TRUE(f.window->chat()->historyText().contains("Ann"));
}

TEST(AppletWindowTest, LeaveEndsTheSessionForBothEnds)
{
    AppletFixture f;
    joinSession(f);
    f.window->leaveButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kEnded; }));
    EXPECT_EQ(f.window->endedText(), "You left the session.");
    ASSERT_TRUE(waitUntil([&] { return f.technician.log->hasStatus(v1::SESSION_STATUS_CLOSED); }));
}

TEST(AppletWindowTest, ClosingTheWindowLeavesTheSessionCleanly)
{
    AppletFixture f;
    joinSession(f);
    f.window->close();
    EXPECT_FALSE(f.window->isVisible());
    ASSERT_TRUE(waitUntil([&] { return f.technician.log->hasStatus(v1::SESSION_STATUS_CLOSED); }));
    EXPECT_EQ(f.technician.log->lastState()->end_reason(), v1::END_REASON_CUSTOMER_ENDED)
        << "told as an ending, not as a dropped line the relay would wait for";
    ASSERT_TRUE(waitUntil([&] { return f.controller->state() == applet::AppletController::State::kEnded; }));
}

TEST(AppletWindowTest, ADroppedLineIsToldAndTheSessionComesBack)
{
    AppletFixture f({}, true);
    joinSession(f);
    f.network->setRefusing(true);
    f.network->dropAll();
    ASSERT_TRUE(waitUntil([&] { return f.window->statusText().startsWith(QString::fromUtf8("Connection lost. Reconnecting…")); }));
    EXPECT_TRUE(f.window->statusText().contains(QRegularExpression("\\((119|120) second"))) << f.window->statusText().toStdString();
    EXPECT_FALSE(f.window->chat()->input()->isEnabled()) << "nothing to send it to";
    EXPECT_EQ(f.window->page(), Page::kSession);
    f.network->setRefusing(false);
    ASSERT_TRUE(waitUntil([&] { return f.window->chat()->historyText().contains("Connection restored."); }));
    EXPECT_EQ(f.window->statusText(), "Nothing is shared");
    EXPECT_TRUE(f.window->chat()->input()->isEnabled());
}

TEST(AppletWindowTest, TheTechnicianEndingIsExplained)
{
    AppletFixture f;
    joinSession(f);
    f.technician.end->endSession(f.technician.sessionId);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kEnded; }));
    EXPECT_EQ(f.window->endedText(), "Ann ended the session.");
}

}  // namespace
}  // namespace lifeline::test

namespace lifeline::test {
namespace {

TEST(AppletWindowTest, FilesFromTheTechnicianArriveWithProgressAndWhereTheyWereSaved)
{
    AppletFixture f;
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));
    ASSERT_TRUE(f.technician.consent->request(Permission::kSendFiles).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->openQuestion() != nullptr; }));
    f.window->openQuestion()->allowButton()->click();
    ASSERT_TRUE(waitUntil([&] { return f.technician.consent->isGranted(Permission::kSendFiles); }));

    QTemporaryDir source;
    const QString file = source.filePath("driver-setup.run");
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(3 << 20, 'x'));
    }
    ASSERT_TRUE(f.technician.files->send({file.toStdString()}).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->savedFiles().size() == 1; }));
    EXPECT_EQ(f.window->savedFiles().front(), f.downloads.filePath("driver-setup.run"));
    EXPECT_TRUE(QFile::exists(f.downloads.filePath("driver-setup.run")));
    ASSERT_TRUE(waitUntil([&] { return f.window->fileActivity().contains("saved in your Downloads/Lifeline folder"); }))
        << f.window->fileActivity().toStdString();
}

}  // namespace
}  // namespace lifeline::test

namespace lifeline::test {
namespace {

TEST(AppletWindowTest, PublishedFilesAreListedAndDownloadedWhereTheCustomerChooses)
{
    AppletFixture f;
    f.window->joinWith(f.technician.pin);
    ASSERT_TRUE(waitUntil([&] { return f.window->page() == Page::kSession; }));
    EXPECT_FALSE(f.window->publishedBox()->isVisibleTo(f.window.get()));

    QTemporaryDir source;
    const QString file = source.filePath("printer-driver.deb");
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(2 << 20, 'p'));
    }
    ASSERT_TRUE(f.technician.files->publish({file.toStdString()}).ok());
    ASSERT_TRUE(waitUntil([&] { return f.window->publishedNames() == QStringList{"printer-driver.deb"}; }));
    EXPECT_TRUE(f.window->publishedBox()->isVisibleTo(f.window.get()));
    EXPECT_TRUE(f.window->publishedList()->item(0)->text().contains("2.0 MB")) << f.window->publishedList()->item(0)->text().toStdString();
    EXPECT_EQ(f.window->openQuestion(), nullptr) << "publishing asks nothing";
    EXPECT_TRUE(QDir(f.downloads.path()).isEmpty()) << "nothing arrives until the customer chooses";

    QTemporaryDir chosen;
    f.window->downloadPublished(f.technician.files->published().front().id(), chosen.path());
    ASSERT_TRUE(waitUntil([&] { return f.window->savedFiles().size() == 1; }));
    EXPECT_EQ(f.window->savedFiles().front(), chosen.filePath("printer-driver.deb"));
    EXPECT_EQ(QFileInfo(chosen.filePath("printer-driver.deb")).size(), 2 << 20);
    ASSERT_TRUE(waitUntil([&] { return f.window->fileActivity() == QStringLiteral("The file is saved in %1.").arg(chosen.path()); }))
        << f.window->fileActivity().toStdString();

    f.technician.files->unpublish(f.technician.files->published().front().id());
    ASSERT_TRUE(waitUntil([&] { return !f.window->publishedBox()->isVisibleTo(f.window.get()); }));
    EXPECT_TRUE(f.window->publishedNames().isEmpty());
}

}  // namespace
}  // namespace lifeline::test
