#pragma once

// A real lifeline-relay process for the benchmarks: a temporary data directory with one
// technician account (bench@example.com), the relay on 127.0.0.1:<free port>, and that
// technician's resume token. Pinned to CPU 1 (the bench to CPU 0) when there are two.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>
#include <optional>
#include <sched.h>
#include <string>
#include <unistd.h>

#include "net/tls_config.h"
#include "session/relay_link.h"
#include "support/wait.h"

namespace lifeline::bench {

using test::waitUntil;

inline constexpr char kPassword[] = "bench password 1234";

// CPU seconds (user + system) a process has used so far, from /proc/PID/stat ("self" for
// this one); 0 when it cannot be read.
inline double cpuSecondsOf(const std::string& pid)
{
    std::ifstream stat("/proc/" + pid + "/stat");
    std::string line;
    if (!std::getline(stat, line) || line.find(')') == std::string::npos) return 0;
    // Fields after the ")" of the command name: state is field 3; utime 14, stime 15.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::vector<std::string> fields;
    for (std::string field; rest >> field;) fields.push_back(field);
    if (fields.size() <= 12) return 0;
    return (std::stod(fields[11]) + std::stod(fields[12])) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// A relay process with technician accounts and their resume tokens. A technician may have at
// most OrganisationSettings::kMaxSessionsLimit sessions at once, so a bench that runs more
// pairs asks for enough technicians and spreads its sessions over them (tokenFor()).
struct RelayUnderTest
{
    static constexpr int kSessionsPerTechnician = 10;

    QTemporaryDir tempDir;
    QString dataDir;
    QProcess process;
    quint16 port = 0;
    qint64 pid = 0;  // 0 for an external relay: no CPU/RSS figures
    std::optional<net::TlsClientConfig> tls;
    std::string token;                // the first technician's
    std::vector<std::string> tokens;  // every technician's

    static QString email(int i) { return i == 0 ? QStringLiteral("bench@example.com") : QStringLiteral("bench%1@example.com").arg(i); }

    // Technician i's token for the n-th session: round robin, so no technician has more
    // than kSessionsPerTechnician of the sessions asked for at start().
    const std::string& tokenFor(std::size_t n) const { return tokens[n % tokens.size()]; }

    // technicians: enough for the most sessions the bench will hold at once (an external
    // relay has one, bench@example.com).
    bool start(quint16 externalPort, const QString& externalDir, std::size_t sessions = 1)
    {
        const QString relay = LIFELINE_RELAY_BINARY;
        dataDir = externalPort ? externalDir : tempDir.path();
        port = externalPort;
        const int technicians = externalPort ? 1 : int((std::max<std::size_t>(sessions, 1) + kSessionsPerTechnician - 1) / kSessionsPerTechnician);
        if (!externalPort) {
            for (int i = 0; i < technicians; ++i) {
                QProcess add;
                add.start(relay, {"user", "add", "--data-dir", dataDir, "--email", email(i), "--name",
                                  QStringLiteral("Bench Tech %1").arg(i), "--password-stdin"});
                add.write(QByteArray(kPassword) + "\n");
                add.closeWriteChannel();
                add.waitForFinished(30000);
                if (add.exitCode() != 0) {
                    std::fprintf(stderr, "bench: user add failed: %s\n", add.readAllStandardError().constData());
                    return false;
                }
            }
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(relay, {"serve", "--data-dir", dataDir, "--listen", "127.0.0.1",
                                  "--port", "0", "--keepalive-timeout", "600"});
            QString output;
            waitUntil([&] {
                output += QString::fromUtf8(process.readAll());
                auto m = QRegularExpression("listening on 127\\.0\\.0\\.1:(\\d+)").match(output);
                port = m.hasMatch() ? static_cast<quint16>(m.captured(1).toUInt()) : 0;
                return port != 0;
            }, 20000);
            if (port == 0) {
                std::fprintf(stderr, "bench: relay did not start:\n%s\n", qPrintable(output));
                return false;
            }
            pid = process.processId();
            // One core each, so the scheduler does not move them around between runs.
            if (sysconf(_SC_NPROCESSORS_ONLN) >= 2) {
                cpu_set_t cpus;
                CPU_ZERO(&cpus);
                CPU_SET(0, &cpus);
                sched_setaffinity(0, sizeof cpus, &cpus);
                CPU_ZERO(&cpus);
                CPU_SET(1, &cpus);
                sched_setaffinity(static_cast<pid_t>(pid), sizeof cpus, &cpus);
            }
        }
        auto config = net::TlsClientConfig::fromCaFile(dataDir + "/tls/ca.pem");
        if (!config) {
            std::fprintf(stderr, "bench: %s\n", config.error().toString().c_str());
            return false;
        }
        tls = *config;
        for (int i = 0; i < technicians; ++i) {
            std::string signedIn;
            session::TechnicianEnd link;
            QObject::connect(&link, &session::RelayLink::ready, [&] {
                link.signIn(email(i), QString::fromUtf8(kPassword), [&](auto r) {
                    signedIn = r ? r->resume_token() : std::string("!");
                });
            });
            link.connectToRelay("127.0.0.1", port, *tls);
            waitUntil([&] { return !signedIn.empty(); }, 20000);
            if (signedIn.empty() || signedIn == "!") {
                std::fprintf(stderr, "bench: sign-in of %s failed\n", qPrintable(email(i)));
                return false;
            }
            tokens.push_back(signedIn);
        }
        token = tokens.front();
        return true;
    }

    ~RelayUnderTest()
    {
        if (pid != 0) {
            process.terminate();
            process.waitForFinished(10000);
        }
    }
};

}  // namespace lifeline::bench
