#include "console/console_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lifeline::console {

QStringList consoleLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("it"), QStringLiteral("pl"), QStringLiteral("es")};
}

std::optional<ConsoleOptions> ConsoleOptions::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lifeline Console: the technician's desktop. Sign in, create sessions and read the PIN to\n"
        "the customer, then chat, view and control their desktop, keep notes.\n\n"
        "With --relay, --ca, --email and --password-file it signs in without the dialog."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption relay(QStringLiteral("relay"), QStringLiteral("Relay address HOST:PORT."), QStringLiteral("host:port"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA certificate (PEM) the relay's certificate must chain to."),
                                QStringLiteral("file"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account e-mail address."), QStringLiteral("email"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("Read the password from the first line of this file."),
                                          QStringLiteral("file"));
    const QCommandLineOption newSession(QStringLiteral("new-session"),
                                        QStringLiteral("After sign-in, create a session for this customer and print its\n"
                                                       "PIN on standard output as \"PIN: 123456\"."),
                                        QStringLiteral("name"));
    const QCommandLineOption fullScreen(QStringLiteral("fullscreen-view"),
                                        QStringLiteral("As soon as a customer shares their screen, show it full screen at 1:1\n"
                                                       "on the current display."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Language: en, nl, de, fr, it, pl or es (default: the one chosen in\n"
                                                     "the console, else the system's)."),
                                      QStringLiteral("code"));
    const QCommandLineOption maxSessions(QStringLiteral("max-sessions"),
                                         QStringLiteral("Session tabs open at once, 1 to 10 (default 8)."), QStringLiteral("n"),
                                         QStringLiteral("8"));
    parser.addOptions({relay, ca, email, passwordFile, newSession, fullScreen, language, maxSessions});
    // process() handles --help and --version (prints, exits) and unknown options (prints, exits 1).
    parser.process(arguments);

    ConsoleOptions options;
    options.relay = parser.value(relay);
    options.caFile = parser.value(ca);
    options.email = parser.value(email);
    options.passwordFile = parser.value(passwordFile);
    options.newSession = parser.value(newSession).trimmed();
    options.fullScreenView = parser.isSet(fullScreen);
    options.language = parser.value(language);
    bool ok = false;
    options.maxSessions = parser.value(maxSessions).toInt(&ok);
    if (!ok || options.maxSessions < 1 || options.maxSessions > 10) {
        *error = QStringLiteral("--max-sessions must be a number from 1 to 10");
        return std::nullopt;
    }
    if (!options.language.isEmpty() && !consoleLanguages().contains(options.language)) {
        *error = QStringLiteral("--lang must be one of: %1").arg(consoleLanguages().join(u", "));
        return std::nullopt;
    }
    if (parser.isSet(newSession) && options.newSession.isEmpty()) {
        *error = QStringLiteral("--new-session needs the customer's name");
        return std::nullopt;
    }
    if (!options.passwordFile.isEmpty() && !options.signsInWithoutDialog()) {
        *error = QStringLiteral("--password-file needs --relay, --ca and --email too");
        return std::nullopt;
    }
    return options;
}

}  // namespace lifeline::console
