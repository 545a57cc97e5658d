#pragma once

// A real lifeline-relay process for the benchmarks: a temporary data directory with one
// technician account (bench@example.com), the relay on 127.0.0.1:<free port>, and that
// technician's resume token. Pinned to CPU 1 (the bench to CPU 0) when there are two.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

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

// A relay process with one technician account, and that technician's resume token.
struct RelayUnderTest
{
    QTemporaryDir tempDir;
    QString dataDir;
    QProcess process;
    quint16 port = 0;
    qint64 pid = 0;  // 0 for an external relay: no CPU/RSS figures
    std::optional<net::TlsClientConfig> tls;
    std::string token;

    bool start(quint16 externalPort, const QString& externalDir)
    {
        const QString relay = LIFELINE_RELAY_BINARY;
        dataDir = externalPort ? externalDir : tempDir.path();
        port = externalPort;
        if (!externalPort) {
            QProcess add;
            add.start(relay, {"user", "add", "--data-dir", dataDir, "--email",
                              "bench@example.com", "--name", "Bench Tech", "--password-stdin"});
            add.write(QByteArray(kPassword) + "\n");
            add.closeWriteChannel();
            add.waitForFinished(30000);
            if (add.exitCode() != 0) {
                std::fprintf(stderr, "bench: user add failed\n");
                return false;
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
        session::TechnicianEnd first;
        QObject::connect(&first, &session::RelayLink::ready, [&] {
            first.signIn("bench@example.com", kPassword, [&](auto r) {
                token = r ? r->resume_token() : std::string("!");
            });
        });
        first.connectToRelay("127.0.0.1", port, *tls);
        waitUntil([&] { return !token.empty(); }, 20000);
        if (token.empty() || token == "!") {
            std::fprintf(stderr, "bench: sign-in failed\n");
            return false;
        }
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
