// lifeline-tech: the headless technician end on a terminal, until the console exists (and
// for scripts after). Signs in, makes a session and prints its PIN, asks the customer for
// permissions, shows their answers and the chat, saves what it sees of their screen.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

#include "session/chat.h"
#include "session/relay_link.h"
#include "session/remote_consent.h"
#include "session/remote_control.h"
#include "session/screen_viewer.h"

using namespace lifeline;
using session::Permission;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::optional<Permission> permissionByName(const QString& name)
{
    for (Permission p : session::kAllPermissions) {
        if (name.trimmed().toStdString() == session::permissionName(p)) return p;
    }
    return std::nullopt;
}

QString names(const std::vector<Permission>& list)
{
    QStringList out;
    for (Permission p : list) out << QString::fromUtf8(session::permissionName(p).data());
    return out.isEmpty() ? QStringLiteral("nothing") : out.join(u", ");
}

const char* kCommands =
    "Commands (anything else is sent as chat):\n"
    "  /ask PERMISSION     view-screen, control, send-files, receive-files, manage-files,\n"
    "                      system-info, reboot, clipboard, recording\n"
    "  /release PERMISSION give it back (or withdraw the question)\n"
    "  /snapshot FILE.png  save the customer's screen as last received\n"
    "  /click X Y          left click at X,Y of the customer's desktop (needs control)\n"
    "  /end                end the session\n";

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeline-tech"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless technician end: signs in to a Lifeline relay, creates a session, prints its\n"
        "PIN and works with the customer's applet from the terminal.\n\n") + QString::fromUtf8(kCommands));
    parser.addHelpOption();
    const QCommandLineOption relay(QStringLiteral("relay"), QStringLiteral("Relay HOST:PORT (default 127.0.0.1:7443)."),
                                   QStringLiteral("host:port"), QStringLiteral("127.0.0.1:7443"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA certificate (PEM) of the relay."), QStringLiteral("file"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account e-mail."), QStringLiteral("email"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("Read the password from this file (default: first line of stdin)."),
                                          QStringLiteral("file"));
    const QCommandLineOption customer(QStringLiteral("customer"), QStringLiteral("Customer name for the session record."),
                                      QStringLiteral("name"), QStringLiteral("Customer"));
    const QCommandLineOption ask(QStringLiteral("ask"), QStringLiteral("Permissions to ask for when the customer joins (comma-separated)."),
                                 QStringLiteral("list"));
    const QCommandLineOption pinFile(QStringLiteral("pin-file"), QStringLiteral("Also write the PIN to this file."),
                                     QStringLiteral("file"));
    parser.addOptions({relay, ca, email, passwordFile, customer, ask, pinFile});
    parser.process(app);

    if (!parser.isSet(ca) || !parser.isSet(email)) {
        std::fprintf(stderr, "lifeline-tech: --ca and --email are required (see --help)\n");
        return 2;
    }
    std::vector<Permission> toAsk;
    for (const QString& name : parser.value(ask).split(u',', Qt::SkipEmptyParts)) {
        auto p = permissionByName(name);
        if (!p) {
            std::fprintf(stderr, "lifeline-tech: unknown permission %s\n", qPrintable(name));
            return 2;
        }
        toAsk.push_back(*p);
    }
    QString password;
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "lifeline-tech: cannot read %s\n", qPrintable(file.fileName()));
            return 2;
        }
        password = QString::fromUtf8(file.readLine()).trimmed();
    } else {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line).trimmed();
    }
    auto tls = net::TlsClientConfig::fromCaFile(parser.value(ca));
    if (!tls) {
        std::fprintf(stderr, "lifeline-tech: %s\n", tls.error().toString().c_str());
        return 2;
    }
    const QString relayValue = parser.value(relay);
    const int colon = relayValue.lastIndexOf(u':');
    const QString host = colon > 0 ? relayValue.left(colon) : relayValue;
    const quint16 port = colon > 0 ? quint16(relayValue.mid(colon + 1).toUInt()) : 7443;

    session::TechnicianEnd end;
    auto send = session::peerSenderFor(end);
    session::ScreenViewer viewer(send);
    session::ControlSender input(send);
    session::RemoteConsent consent(send);
    session::Chat chat(send, QStringLiteral("me"), QStringLiteral("customer"));
    quint64 sessionId = 0;
    bool asked = false;

    QObject::connect(&end, &session::RelayLink::failed, &app, [&](const base::Error& error) {
        say(QStringLiteral("connection: %1").arg(QString::fromStdString(error.toString())));
        app.exit(1);
    });
    QObject::connect(&end, &session::RelayLink::peerFrame, &app, [&](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        if (!envelope) return;
        (void)(viewer.handle(*envelope) || input.handle(*envelope) || consent.handle(*envelope) || chat.handle(*envelope));
    });
    QObject::connect(&chat, &session::Chat::lineAdded, &app, [&](const session::ChatLine& line) {
        if (line.kind == session::ChatLine::Kind::kPeer) say(QStringLiteral("%1: %2").arg(line.sender, line.text));
    });
    QObject::connect(&consent, &session::RemoteConsent::changed, &app, [&](Permission p, v1::PermissionAnswer answer) {
        std::vector<Permission> granted;
        for (Permission q : session::kAllPermissions) {
            if (consent.isGranted(q)) granted.push_back(q);
        }
        QString what = QString::fromStdString(v1::PermissionAnswer_Name(answer)).remove(QStringLiteral("PERMISSION_ANSWER_")).toLower();
        if (static_cast<int>(p) != 0) what = QString::fromUtf8(session::permissionName(p).data()) + ": " + what;
        say(QStringLiteral("consent: %1 (granted now: %2)").arg(what, names(granted)));
    });
    QObject::connect(&viewer, &session::ScreenViewer::layoutChanged, &app, [&] {
        say(QStringLiteral("screen: %1x%2").arg(viewer.layout().desktop_width()).arg(viewer.layout().desktop_height()));
    });
    QObject::connect(&end, &session::RelayLink::sessionStateChanged, &app, [&](const v1::SessionState& state) {
        say(QStringLiteral("session: %1 %2").arg(QString::fromStdString(v1::SessionStatus_Name(state.status())),
                                                 state.end_reason() ? QString::fromStdString(v1::EndReason_Name(state.end_reason())) : QString()));
        chat.setPeerName(QString::fromStdString(state.customer_name()).isEmpty() ? QStringLiteral("customer")
                                                                                   : QString::fromStdString(state.customer_name()));
        if (state.status() == v1::SESSION_STATUS_ACTIVE && !asked) {
            asked = true;
            for (Permission p : toAsk) (void)consent.request(p);
        }
        if (state.status() == v1::SESSION_STATUS_CLOSED || state.status() == v1::SESSION_STATUS_ABORTED ||
            state.status() == v1::SESSION_STATUS_EXPIRED) {
            app.exit(0);
        }
    });
    QObject::connect(&end, &session::RelayLink::ready, &app, [&] {
        end.signIn(parser.value(email), password, [&](base::Result<v1::SignInResult> signedIn) {
            if (!signedIn) {
                say(QStringLiteral("sign-in failed: %1").arg(QString::fromStdString(signedIn.error().toString())));
                app.exit(1);
                return;
            }
            say(QStringLiteral("signed in as %1 (%2)").arg(QString::fromStdString(signedIn->nickname()),
                                                           QString::fromStdString(signedIn->organisation_name())));
            end.createSession(parser.value(customer), {}, [&](base::Result<v1::CreateSessionResult> created) {
                if (!created) {
                    say(QStringLiteral("cannot create a session: %1").arg(QString::fromStdString(created.error().toString())));
                    app.exit(1);
                    return;
                }
                sessionId = created->session_id();
                const QString pin = QString::fromStdString(created->pin());
                say(QStringLiteral("PIN: %1   (give it to the customer; they run lifeline-applet with it)").arg(pin));
                if (parser.isSet(pinFile)) {
                    QFile file(parser.value(pinFile));
                    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) file.write(pin.toUtf8() + "\n");
                }
                say(QString::fromUtf8(kCommands));
            });
        });
    });

    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinNotifier.setEnabled(false);  // no terminal: keep running until the session ends
            return;
        }
        for (const QString& raw : QString::fromUtf8(buffer, int(n)).split(u'\n', Qt::SkipEmptyParts)) {
            const QString line = raw.trimmed();
            const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            if (words.isEmpty()) continue;
            if (words[0] == u"/ask" && words.size() == 2) {
                if (auto p = permissionByName(words[1])) {
                    (void)consent.request(*p);
                } else {
                    say(QStringLiteral("unknown permission"));
                }
            } else if (words[0] == u"/release" && words.size() == 2) {
                if (auto p = permissionByName(words[1])) {
                    (void)consent.release(*p);
                } else {
                    say(QStringLiteral("unknown permission"));
                }
            } else if (words[0] == u"/snapshot" && words.size() == 2) {
                const base::Frame& frame = viewer.framebuffer();
                QImage image(reinterpret_cast<const uchar*>(frame.pixels().data()), frame.width(), frame.height(),
                             QImage::Format_RGB32);
                say(!frame.isEmpty() && image.save(words[1]) ? QStringLiteral("saved %1").arg(words[1])
                                                              : QStringLiteral("nothing to save yet"));
            } else if (words[0] == u"/click" && words.size() == 3) {
                const base::Point at{words[1].toInt(), words[2].toInt()};
                (void)input.button(at, 1, true);
                (void)input.button(at, 1, false);
            } else if (words[0] == u"/end") {
                end.endSession(sessionId);
            } else if (line.startsWith(u'/')) {
                say(QString::fromUtf8(kCommands));
            } else if (auto status = chat.send(line); !status) {
                say(QStringLiteral("not sent: %1").arg(QString::fromStdString(status.error().detail)));
            }
        }
    });

    end.connectToRelay(host, port, *tls);
    return app.exec();
}
