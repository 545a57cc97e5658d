// lifeline-console: the technician's desktop (see --help and docs/guide-technician.md).
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

#include "console/account_controller.h"
#include "console/console_options.h"
#include "console/main_window.h"
#include "console/sign_in_dialog.h"
#include "console/texts.h"
#include "ui/text_only.h"

using namespace lifeline;
using namespace lifeline::console;

namespace {

void loadTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("console"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lifeline"));
    QCoreApplication::setApplicationName(QStringLiteral("lifeline-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFELINE_VERSION));
}

}  // namespace

int main(int argc, char** argv)
{
    if (ui::asksOnlyForText(argc, argv)) {
        // --help and --version without a display: the parser prints and exits.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        QString error;
        (void)ConsoleOptions::parse(QCoreApplication::arguments(), &error);
        std::fprintf(stderr, "lifeline-console: %s (see --help)\n", qPrintable(error));
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Lifeline Console"));

    QString error;
    const auto options = ConsoleOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "lifeline-console: %s (see --help)\n", qPrintable(error));
        return 2;
    }
    loadTranslations(app, !options->language.isEmpty() ? options->language
                                                        : QSettings().value(QStringLiteral("ui/language")).toString());

    AccountController account;
    MainWindow window(account, *options);
    QObject::connect(&window, &MainWindow::sessionCreated, &app, [](const QString& pin) {
        std::printf("PIN: %s\n", qPrintable(pin));
        std::fflush(stdout);
    });
    bool firstSignIn = true;
    QObject::connect(&account, &AccountController::signedIn, &window, [&] {
        window.show();
        if (firstSignIn && !options->newSession.isEmpty()) (void)window.startSession(options->newSession, {});
        firstSignIn = false;
    });

    if (options->signsInWithoutDialog()) {
        QFile file(options->passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "lifeline-console: cannot read %s\n", qPrintable(options->passwordFile));
            return 2;
        }
        const QString password = QString::fromUtf8(file.readLine()).trimmed();
        const auto address = parseRelayAddress(options->relay);
        auto tls = net::TlsClientConfig::fromCaFile(options->caFile);
        if (!address || !tls) {
            std::fprintf(stderr, "lifeline-console: %s\n",
                         !address ? "--relay must be HOST:PORT" : tls.error().toString().c_str());
            return 2;
        }
        QObject::connect(&account, &AccountController::signInFailed, &app, [](const base::Error& failure) {
            std::fprintf(stderr, "lifeline-console: sign-in failed: %s\n", qPrintable(Texts::error(failure)));
            QApplication::exit(1);
        });
        account.signIn({address->first, address->second, *tls}, options->email, password);
        return QApplication::exec();
    }

    SignInDialog signIn(account);
    if (!options->relay.isEmpty()) signIn.relayEdit()->setText(options->relay);
    if (!options->caFile.isEmpty()) signIn.caEdit()->setText(options->caFile);
    if (!options->email.isEmpty()) signIn.emailEdit()->setText(options->email);
    if (signIn.exec() != QDialog::Accepted) return 0;
    return QApplication::exec();
}
