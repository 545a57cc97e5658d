// lifeline-applet: the customer's end. See apps/applet/README.md and docs/guide-customer.md.
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

#include "applet/applet_controller.h"
#include "applet/applet_options.h"
#include "applet/applet_window.h"
#include "applet/panic_key.h"
#include "core/capture/screen_capturer.h"
#include "core/input/clipboard.h"
#include "core/input/input_injector.h"
#include "ui/text_only.h"

using namespace lifeline;

namespace {

// The applet's strings, and Qt's own (standard dialogs), in the chosen language.
void loadTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("applet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
    }
    QLocale::setDefault(locale);
}

// For tests/bench/applet_start_bench: with LIFELINE_APPLET_QUIT_WHEN_SHOWN set, prints the
// milliseconds from main() to the window's first paint and the window's title (which shows
// the language in use), and quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer& sinceStart) : m_sinceStart(sinceStart) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first paint after %lld ms: %s\n", static_cast<long long>(m_sinceStart.elapsed()),
                        qPrintable(static_cast<QWidget*>(watched)->windowTitle()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_sinceStart;
    bool m_done = false;
};

}  // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (ui::asksOnlyForText(argc, argv)) {
        // --help and --version without a display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lifeline-applet"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LIFELINE_VERSION));
        auto options = applet::parseAppletOptions(QCoreApplication::arguments(), QString());
        if (!options) {
            std::fprintf(stderr, "lifeline-applet: %s\n", options.error().detail.c_str());
            return 2;
        }
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeline-applet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFELINE_VERSION));

    const QString configFile = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lifeline-applet.conf"));
    auto options = applet::parseAppletOptions(QCoreApplication::arguments(), configFile);
    if (options && options->showHelp) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    loadTranslations(app, options ? options->language : QString());
    if (!options) {
        std::fprintf(stderr, "lifeline-applet: %s\n", options.error().detail.c_str());
        QMessageBox::critical(nullptr, QObject::tr("Lifeline"), QString::fromStdString(options.error().detail));
        return 2;
    }
    auto tls = net::TlsClientConfig::fromCaFile(options->caFile);
    if (!tls) {
        std::fprintf(stderr, "lifeline-applet: %s\n", tls.error().toString().c_str());
        QMessageBox::critical(nullptr, QObject::tr("Lifeline"), QString::fromStdString(tls.error().detail));
        return 2;
    }

    session::CustomerSession::Options sessionOptions;
    sessionOptions.host = options->relayHost;
    sessionOptions.port = options->relayPort;
    sessionOptions.tls = *tls;
    sessionOptions.customerName = options->customerName;
    session::CustomerSession::Devices devices;
    devices.openCapturer = [] { return capture::createScreenCapturer(capture::CapturerOptions{}); };
    devices.openInjector = [] { return input::createInputInjector(input::InjectorOptions{}); };
    devices.openClipboard = [] { return input::openX11Clipboard({}, input::kDefaultClipboardMaxBytes); };

    applet::AppletController controller(sessionOptions, devices);
    applet::AppletWindow window(controller);
    FirstPaint firstPaint(sinceStart);
    if (qEnvironmentVariableIsSet("LIFELINE_APPLET_QUIT_WHEN_SHOWN")) window.installEventFilter(&firstPaint);
    window.show();

    // Pause/Break does what Stop does, unless the session's policy turned it off.
    std::unique_ptr<applet::PanicKey> panicKey;
    if (auto grabbed = applet::PanicKey::grab({})) {
        panicKey = std::move(grabbed).value();
        QObject::connect(panicKey.get(), &applet::PanicKey::pressed, &window, [&] {
            if (controller.info().policy.pauseBreakRevokes) window.panic();
        });
    } else {
        std::fprintf(stderr, "lifeline-applet: Pause/Break not available (%s); Stop still works\n",
                     grabbed.error().detail.c_str());
    }
    if (!options->pin.isEmpty()) window.joinWith(options->pin);
    return app.exec();
}
