// lifeline-relay: the Lifeline relay server, and its account administration commands.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "net/dev_pki.h"
#include "net/process_tuning.h"
#include "server/demo_organisation.h"
#include "server/password_hasher.h"
#include "server/relay.h"
#include "server/store.h"

namespace {

using namespace lifeline;


int fail(const QString& message)
{
    std::fprintf(stderr, "lifeline-relay: %s\n", qPrintable(message));
    return 1;
}

const char* roleName(v1::Role role)
{
    switch (role) {
    case v1::ROLE_MASTER_ADMIN: return "master";
    case v1::ROLE_ADMIN: return "admin";
    default: return "technician";
    }
}

QString errorText(const base::Error& error)
{
    return QString::fromStdString(error.toString());
}

// Every option of lifeline-relay. Settings come from the config file; a flag given on the
// command line wins.
struct Options
{
    QCommandLineParser parser;
    QSettings* file = nullptr;
    QString dataDir;
    QString databasePath;

    const QCommandLineOption config{"config", "INI config file.", "file"};
    const QCommandLineOption dataDirOption{
        "data-dir", "Data directory (database, TLS files).", "dir",
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/lifeline-relay"};
    const QCommandLineOption database{"database", "SQLite file (default DATA-DIR/relay.db).",
                                      "path"};
    const QCommandLineOption listen{"listen", "Address to listen on (default 0.0.0.0).", "addr"};
    const QCommandLineOption port{"port", "TCP port (default 7443; 0 = any free port).", "port"};
    const QCommandLineOption organisation{"organisation",
                                          "Organisation name shown to customers.", "name"};
    const QCommandLineOption hostNames{
        "host-names", "Extra names/addresses for the generated certificate (comma-separated).",
        "names"};
    const QCommandLineOption certificate{"certificate", "Server certificate (PEM) to use.",
                                         "file"};
    const QCommandLineOption privateKey{"private-key", "Private key (PEM) of --certificate.",
                                        "file"};
    const QCommandLineOption pinValidity{"pin-validity",
                                         "Minutes a PIN stays valid (default 20).", "min"};
    const QCommandLineOption keepaliveTimeout{
        "keepalive-timeout", "Seconds of silence after which an end counts as gone (default 45).",
        "s"};
    const QCommandLineOption reconnectGrace{
        "reconnect-grace", "Seconds a session waits for its customer to reconnect (default 120).", "s"};
    const QCommandLineOption termsFile{
        "terms-file", "Plain-text terms and conditions every customer must accept first.", "file"};
    const QCommandLineOption email{"email", "Account e-mail (user commands).", "email"};
    const QCommandLineOption name{"name", "Full name (user add).", "name"};
    const QCommandLineOption nickname{"nickname",
                                      "Name customers see (user add; default: first name).",
                                      "nick"};
    const QCommandLineOption role{"role",
                                  "master (the master administrator: everything), admin (the technician groups "
                                  "a master assigns) or technician (user add; default technician).",
                                  "role"};
    const QCommandLineOption passwordStdin{"password-stdin",
                                           "Read the password from standard input (user add)."};

    Options()
    {
        parser.addOptions({config, dataDirOption, database, listen, port, organisation,
                           hostNames, certificate, privateKey, pinValidity, keepaliveTimeout,
                           reconnectGrace, termsFile, email, name, nickname, role, passwordStdin});
    }

    QString value(const QCommandLineOption& option, const QString& key,
                  const QString& fallback = {}) const
    {
        if (parser.isSet(option)) {
            return parser.value(option);
        }
        if (file && file->contains(key)) {
            return file->value(key).toString();
        }
        return fallback;
    }
};

int serve(const Options& o)
{
    server::RelayConfig config;
    config.organisationName = o.value(o.organisation, "organisation", config.organisationName);
    bool ok = true;
    const int pinMinutes = o.value(o.pinValidity, "pin_validity_minutes", "20").toInt(&ok);
    if (!ok || pinMinutes < 1 || pinMinutes > 24 * 60) {
        return fail("pin validity must be 1 to 1440 minutes");
    }
    config.pinValidity = std::chrono::minutes(pinMinutes);
    const int keepaliveSeconds = o.value(o.keepaliveTimeout, "keepalive_timeout_seconds", "45").toInt(&ok);
    if (!ok || keepaliveSeconds < 1) {
        return fail("keepalive timeout must be at least 1 s");
    }
    config.keepaliveTimeoutMs = keepaliveSeconds * 1000;
    const int graceSeconds = o.value(o.reconnectGrace, "reconnect_grace_seconds", "120").toInt(&ok);
    if (!ok || graceSeconds < 0 || graceSeconds > 3600) {
        return fail("reconnect grace must be 0 to 3600 s");
    }
    config.reconnectGrace = std::chrono::seconds(graceSeconds);
    if (const QString terms = o.value(o.termsFile, "terms_file"); !terms.isEmpty()) {
        QFile file(terms);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return fail("cannot read the terms file " + terms + ": " + file.errorString());
        }
        config.terms = QString::fromUtf8(file.readAll()).trimmed();
    }
    // Session policy until the Admin Center sets it per group: a comma-separated list of
    // permission names (view-screen, control, send-files, receive-files, manage-files,
    // system-info, reboot, clipboard, recording), one question for all, Pause/Break.
    if (o.file && o.file->contains("policy_allowed")) {
        config.sessionPolicy.clear_allowed();
        for (const QString& item : o.file->value("policy_allowed").toStringList()) {
            v1::Permission permission{};
            const QString wireName = "PERMISSION_" + item.trimmed().toUpper().replace('-', '_');
            if (!v1::Permission_Parse(wireName.toStdString(), &permission) ||
                permission == v1::PERMISSION_UNSPECIFIED) {
                return fail("policy_allowed: unknown permission " + item.trimmed());
            }
            config.sessionPolicy.add_allowed(permission);
        }
    }
    if (o.file) {
        config.sessionPolicy.set_single_prompt(o.file->value("policy_single_prompt", false).toBool());
        config.sessionPolicy.set_pause_break_disabled(o.file->value("policy_pause_break_disabled", false).toBool());
    }

    const QHostAddress address(o.value(o.listen, "listen", "0.0.0.0"));
    if (address.isNull()) {
        return fail("--listen needs an IP address");
    }
    const uint port = o.value(o.port, "port", "7443").toUInt(&ok);
    if (!ok || port > 65535) {
        return fail("--port must be 0 to 65535");
    }

    // TLS identity: given files, or the relay's own CA made on first start.
    QString certificate = o.value(o.certificate, "certificate");
    QString privateKey = o.value(o.privateKey, "private_key");
    if (certificate.isEmpty() != privateKey.isEmpty()) {
        return fail("--certificate and --private-key go together");
    }
    if (certificate.isEmpty()) {
        const auto paths = net::PkiPaths::inDirectory((o.dataDir + "/tls").toStdString());
        certificate = QString::fromStdString(paths.serverCertificate.string());
        privateKey = QString::fromStdString(paths.serverKey.string());
        if (!QFileInfo::exists(certificate)) {
            QStringList hosts = {"localhost", "127.0.0.1", "::1", QHostInfo::localHostName()};
            const QString extra = o.value(o.hostNames, "host_names");
            for (const auto& h : extra.split(',', Qt::SkipEmptyParts)) {
                hosts << h.trimmed();
            }
            hosts.removeDuplicates();
            std::vector<std::string> names;
            for (const auto& h : hosts) {
                names.push_back(h.toStdString());
            }
            if (auto s = net::generateDevPki(paths, config.organisationName.toStdString(), names);
                !s) {
                return fail(errorText(s.error()));
            }
            auto fingerprint = net::certificateFingerprint(paths.caCertificate);
            std::printf("created a private CA and a server certificate for %s\n"
                        "clients trust this relay with: --ca %s\n"
                        "CA SHA-256 fingerprint: %s\n",
                        qPrintable(hosts.join(", ")), paths.caCertificate.c_str(),
                        fingerprint ? fingerprint->c_str() : "?");
        }
    }
    auto tls = net::TlsServerConfig::fromFiles(certificate, privateKey);
    if (!tls) {
        return fail(errorText(tls.error()));
    }

    auto store = server::Store::openSqlite(o.databasePath);
    if (!store) {
        return fail(errorText(store.error()));
    }
    base::SystemClock clock;
    server::Relay relay(config, **store, clock);
    if (auto s = relay.listen(*tls, address, static_cast<quint16>(port)); !s) {
        return fail(errorText(s.error()));
    }
    QString host = relay.serverAddress().toString();
    if (relay.serverAddress().protocol() == QAbstractSocket::IPv6Protocol) {
        host = "[" + host + "]";
    }
    std::printf("listening on %s:%u\n", qPrintable(host), relay.serverPort());
    std::fflush(stdout);

    // SIGINT/SIGTERM: end sessions cleanly (the ends are told why), then quit.
    static int signalPipe[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return fail("socketpair failed");
    }
    auto handler = [](int) {
        const char byte = 1;
        (void)!::write(signalPipe[0], &byte, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        notifier.setEnabled(false);
        std::printf("shutting down\n");
        std::fflush(stdout);
        relay.shutdown();
        QTimer::singleShot(300, qApp, &QCoreApplication::quit);
    });
    return QCoreApplication::exec();
}

// `demo-organisation`: groups and people to look at in the demo (tools/demo), once.
int demoOrganisationCommand(const Options& o)
{
    if (!o.parser.isSet(o.passwordStdin)) return fail("demo-organisation needs --password-stdin (the accounts' password)");
    std::string password;
    std::getline(std::cin, password);
    auto store = server::Store::openSqlite(o.databasePath);
    if (!store) return fail(errorText(store.error()));
    if (auto ok = (*store)->passwordPolicy().check(QString::fromStdString(password)); !ok) {
        return fail(QString::fromStdString(ok.error().detail));
    }
    auto seeded = server::seedDemoOrganisation(**store, password, QDateTime::currentMSecsSinceEpoch());
    if (!seeded) return fail(errorText(seeded.error()));
    std::printf(*seeded ? "demo organisation created\n" : "there are groups already: nothing changed\n");
    return 0;
}

// `audit verify`: walks the audit log's hash chain; exit 0 when it holds, 1 when an entry
// was changed, inserted, removed or reordered (named), 2 when the log cannot be read.
int auditCommand(const QStringList& args, const Options& o)
{
    auto unreadable = [](const QString& message) { return fail(message) + 1; };
    if (args.value(1) != "verify") return unreadable("usage: lifeline-relay audit verify [--data-dir DIR]");
    auto store = server::Store::openSqlite(o.databasePath);
    if (!store) return unreadable(errorText(store.error()));
    auto check = (*store)->verifyAuditLog();
    if (!check) return unreadable(errorText(check.error()));
    if (check->firstBrokenId != 0) {
        std::printf("audit log: BROKEN at entry %lld — it was changed, or an entry before it was inserted, removed "
                    "or reordered (%lld entries before it hold)\n",
                    static_cast<long long>(check->firstBrokenId), static_cast<long long>(check->entries));
        return 1;
    }
    std::printf("audit log: %lld entries, chain intact; head %s\n"
                "(entries removed from the end cannot be seen from the database alone: note the head elsewhere)\n",
                static_cast<long long>(check->entries), qPrintable(check->headHash));
    return 0;
}

int userCommand(const QStringList& args, const Options& o)
{
    const QString action = args.value(1);
    auto store = server::Store::openSqlite(o.databasePath);
    if (!store) {
        return fail(errorText(store.error()));
    }
    if (action == "add") {
        server::Account account;
        account.email = o.parser.value(o.email).trimmed().toLower();
        account.name = o.parser.value(o.name).trimmed();
        account.nickname = o.parser.isSet(o.nickname) ? o.parser.value(o.nickname).trimmed()
                                                       : account.name.section(' ', 0, 0);
        const QString role = o.parser.value(o.role);
        if (account.email.isEmpty() || !account.email.contains('@') || account.name.isEmpty()) {
            return fail("user add needs --email and --name");
        }
        if (role == "master") {
            account.role = v1::ROLE_MASTER_ADMIN;
        } else if (role == "admin") {
            account.role = v1::ROLE_ADMIN;
        } else if (role == "technician" || role.isEmpty()) {
            account.role = v1::ROLE_TECHNICIAN;
        } else {
            return fail("--role is master, admin or technician");
        }
        if (!o.parser.isSet(o.passwordStdin)) {
            return fail("user add needs --password-stdin (the password is read from standard "
                        "input, never from the command line)");
        }
        std::string password;
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') {
            password.pop_back();
        }
        if (auto allowed = (*store)->passwordPolicy().check(QString::fromStdString(password)); !allowed) {
            return fail(QString::fromStdString(allowed.error().detail));
        }
        auto hash = server::hashPassword(password);
        if (!hash) {
            return fail(errorText(hash.error()));
        }
        account.passwordHash = QString::fromStdString(*hash);
        account.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        auto id = (*store)->addAccount(account);
        if (!id) {
            return fail(errorText(id.error()));
        }
        (void)(*store)->appendAudit({0, account.createdAtMs, "user.added", *id, 0, "cli",
                                     account.email + " as " + (role.isEmpty() ? "technician" : role), {}});
        std::printf("added %s (%s) with id %lld\n", qPrintable(account.email),
                    roleName(account.role),
                    static_cast<long long>(*id));
        return 0;
    }
    if (action == "list") {
        auto accounts = (*store)->accounts();
        if (!accounts) {
            return fail(errorText(accounts.error()));
        }
        std::printf("%-6s %-32s %-24s %-12s %-10s %s\n", "ID", "E-MAIL", "NAME", "NICKNAME",
                    "ROLE", "STATE");
        for (const auto& a : *accounts) {
            std::printf("%-6lld %-32s %-24s %-12s %-10s %s\n", static_cast<long long>(a.id),
                        qPrintable(a.email), qPrintable(a.name), qPrintable(a.nickname),
                        roleName(a.role),
                        a.enabled ? "enabled" : "disabled");
        }
        return 0;
    }
    if (action == "disable" || action == "enable") {
        auto account = (*store)->accountByEmail(o.parser.value(o.email));
        if (!account) {
            return fail(errorText(account.error()));
        }
        if (!account->has_value()) {
            return fail("no account with e-mail " + o.parser.value(o.email));
        }
        if (auto s = (*store)->setAccountEnabled((*account)->id, action == "enable"); !s) {
            return fail(errorText(s.error()));
        }
        (void)(*store)->appendAudit({0, QDateTime::currentMSecsSinceEpoch(), "user." + action + "d",
                                     (*account)->id, 0, "cli", (*account)->email, {}});
        std::printf("%sd %s\n", qPrintable(action), qPrintable((*account)->email));
        return 0;
    }
    return fail("user takes add, list, disable or enable");
}

}  // namespace

int main(int argc, char** argv)
{
    // The database holds password hashes and the TLS keys live beside it: private by default.
    ::umask(077);
    net::tuneProcessForNetworking();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("lifeline-relay");
    QCoreApplication::setApplicationVersion(LIFELINE_VERSION);

    Options o;
    QCommandLineParser& p = o.parser;
    p.setApplicationDescription(
        "Lifeline relay: signs technicians in, issues session PINs, pairs the technician's\n"
        "console with the customer's applet and forwards their traffic over TLS.\n"
        "\n"
        "Commands:\n"
        "  serve (default)        run the relay\n"
        "  user add               add an account; the password is read from standard input\n"
        "  user list              list accounts\n"
        "  user disable|enable    disable or enable an account (--email)\n"
        "  audit verify           check the audit log's hash chain (exit 1 names the first\n"
        "                         entry that was changed, inserted, removed or reordered)\n"
        "  demo-organisation      groups and people for a demo (once; --password-stdin)\n"
        "\n"
        "Settings are read from --config (INI; default DATA-DIR/relay.conf when present);\n"
        "flags override the file. Keys: data_dir, listen, port, database, organisation, host_names,\n"
        "certificate, private_key, pin_validity_minutes, keepalive_timeout_seconds,\n"
        "reconnect_grace_seconds, terms_file, and (file only) policy_allowed (comma-separated:\n"
        "view-screen, control, send-files, receive-files, manage-files, system-info, reboot,\n"
        "clipboard, recording; default all), policy_single_prompt, policy_pause_break_disabled.\n"
        "On first start without --certificate, a private CA and a server certificate are\n"
        "created in DATA-DIR/tls; point clients at DATA-DIR/tls/ca.pem.");
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument("command", "serve | user add | user list | user disable | user enable | audit verify | demo-organisation",
                            "[command]");
    p.process(app);

    QString dataDir = p.value(o.dataDirOption);
    QString configPath = p.value(o.config);
    if (configPath.isEmpty() && QFileInfo::exists(dataDir + "/relay.conf")) {
        configPath = dataDir + "/relay.conf";
    }
    std::unique_ptr<QSettings> file;
    if (!configPath.isEmpty()) {
        if (!QFileInfo::exists(configPath)) {
            return fail("config file " + configPath + " does not exist");
        }
        file = std::make_unique<QSettings>(configPath, QSettings::IniFormat);
        o.file = file.get();
        if (!p.isSet(o.dataDirOption) && file->contains("data_dir")) {
            dataDir = file->value("data_dir").toString();
        }
    }
    if (!QDir().mkpath(dataDir)) {
        return fail("cannot create data directory " + dataDir);
    }
    o.dataDir = dataDir;
    o.databasePath = o.value(o.database, "database", dataDir + "/relay.db");

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0, "serve");
    if (command == "serve") {
        return serve(o);
    }
    if (command == "user") {
        return userCommand(args, o);
    }
    if (command == "audit") {
        return auditCommand(args, o);
    }
    if (command == "demo-organisation") {
        return demoOrganisationCommand(o);
    }
    return fail("unknown command " + command + "; see --help");
}
