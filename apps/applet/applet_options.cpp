#include "applet/applet_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace lifeline::applet {

namespace {

base::Error invalid(const QString& message)
{
    return base::makeError(base::ErrorCode::kInvalidArgument, message.toStdString());
}

}  // namespace

QString pinFromFileName(const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^lifeline-applet-(\\d{6})(\\D.*)?$"));
    const auto match = pattern.match(QFileInfo(fileName).fileName());
    return match.hasMatch() ? match.captured(1) : QString();
}

base::Result<AppletOptions> parseAppletOptions(const QStringList& arguments, const QString& configFile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lifeline applet: lets a technician help you, with your permission for everything.\n"
        "Run it with the 6-digit code your technician gives you."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption version({"v", "version"}, QStringLiteral("Show the version."));
    const QCommandLineOption relay(QStringLiteral("relay"), QStringLiteral("Lifeline server as HOST[:PORT] (port 7443 if not given)."),
                                   QStringLiteral("host:port"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA certificate (PEM) the server's certificate must chain to."),
                                QStringLiteral("file"));
    const QCommandLineOption pin(QStringLiteral("pin"), QStringLiteral("The 6-digit session code."), QStringLiteral("code"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: en, nl, de, fr, it, pl or es (default: the system's)."),
                                  QStringLiteral("code"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Your name, shown to the technician."), QStringLiteral("name"));
    parser.addOptions({help, version, relay, ca, pin, lang, name});
    parser.addPositionalArgument(QStringLiteral("pin"), QStringLiteral("The 6-digit session code (same as --pin)."), QStringLiteral("[code]"));

    AppletOptions options;
    if (!parser.parse(arguments)) return invalid(parser.errorText());
    if (parser.isSet(help)) {
        options.showHelp = true;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.showHelp = true;
        options.helpText = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return options;
    }
    QSettings file(configFile, QSettings::IniFormat);
    auto value = [&](const QCommandLineOption& option, const QString& key) {
        if (parser.isSet(option)) return parser.value(option);
        if (!configFile.isEmpty() && QFileInfo::exists(configFile)) return file.value(key).toString();
        return QString();
    };

    const QString relayValue = value(relay, QStringLiteral("relay"));
    if (!relayValue.isEmpty()) {
        const int colon = relayValue.lastIndexOf(u':');
        options.relayHost = colon > 0 ? relayValue.left(colon) : relayValue;
        if (colon > 0) {
            bool ok = false;
            const uint port = relayValue.mid(colon + 1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) return invalid(QStringLiteral("--relay: the port must be 1 to 65535"));
            options.relayPort = quint16(port);
        }
    }
    options.caFile = value(ca, QStringLiteral("ca"));
    if (!options.caFile.isEmpty() && QFileInfo(options.caFile).isRelative() && !parser.isSet(ca)) {
        // A CA named in the file is beside the file.
        options.caFile = QFileInfo(configFile).dir().filePath(options.caFile);
    }
    options.language = value(lang, QStringLiteral("lang"));
    options.customerName = value(name, QStringLiteral("name")).trimmed();

    QString code = parser.isSet(pin) ? parser.value(pin) : QString();
    if (code.isEmpty() && !parser.positionalArguments().isEmpty()) code = parser.positionalArguments().constFirst();
    if (code.isEmpty()) code = value(pin, QStringLiteral("pin"));
    if (code.isEmpty() && !arguments.isEmpty()) code = pinFromFileName(arguments.constFirst());
    code.remove(u' ').remove(u'-');
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (!code.isEmpty() && !sixDigits.match(code).hasMatch()) {
        return invalid(QStringLiteral("the session code must be 6 digits"));
    }
    options.pin = code;

    if (options.relayHost.isEmpty()) {
        return invalid(QStringLiteral("no Lifeline server given: use --relay HOST:PORT or lifeline-applet.conf"));
    }
    if (options.caFile.isEmpty()) {
        return invalid(QStringLiteral("no CA certificate given: use --ca FILE or lifeline-applet.conf"));
    }
    return options;
}

}  // namespace lifeline::applet
