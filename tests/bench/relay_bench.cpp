// relay_bench: forwarding throughput, added latency and idle memory of lifeline-relay.
//
// Starts the real lifeline-relay binary on a loopback port (its own process, so its CPU
// time and RSS come from /proc), signs one technician in, then for 1, 100 and 1,000
// concurrent pairs (technician end + customer end, each a TLS connection to the relay):
//   - throughput: every technician streams 16 KiB route-1 frames as fast as the relay
//     takes them; customers count what arrives (forwarded MB/s, relay CPU);
//   - latency: technicians send 64-byte probes (2,000 a second in all, at most 200 a second
//     each), customers echo them; one-way time = round trip / 2, through the relay and, as
//     the baseline, over direct TLS connections; added latency = the difference;
//   - idle: relay RSS growth per connected idle pair.
// The reference for throughput is `openssl speed -evp aes-128-gcm` on one core: the relay
// decrypts and re-encrypts every byte, so one core can at best forward half of that.
//
// Usage: relay_bench [--pairs 1,100,1000] [--seconds 3] [--external-relay PORT DATA-DIR]
// --external-relay uses a relay started by hand (e.g. under a profiler) whose data directory
// has the account bench@example.com with the bench password; CPU/RSS figures then read 0.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <sched.h>
#include <unistd.h>
#include <vector>

#include "net/connection.h"
#include "net/process_tuning.h"
#include "net/tls_server.h"
#include "session/relay_link.h"
#include "relay_process.h"
#include "support/wait.h"

namespace {

using namespace lifeline;
using protocol::TrafficClass;
using test::waitUntil;
using bench::RelayUnderTest;

constexpr std::size_t kChunk = 16 * 1024;
constexpr qint64 kStreamWindow = 1024 * 1024;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct ProcessStats
{
    double cpuSeconds = 0;
    double rssMiB = 0;
};

ProcessStats readProcess(qint64 pid)
{
    ProcessStats stats;
    if (pid == 0) return stats;  // not ours to read (external relay)
    stats.cpuSeconds = bench::cpuSecondsOf(std::to_string(pid));
    std::string line;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            stats.rssMiB = std::stod(line.substr(6)) / 1024.0;
        }
    }
    return stats;
}

double aesGcmMBps()
{
    QProcess openssl;
    openssl.start("openssl", {"speed", "-evp", "aes-128-gcm", "-seconds", "2", "-bytes", "16384"});
    openssl.waitForFinished(30000);
    const QString out = QString::fromUtf8(openssl.readAllStandardOutput());
    const QRegularExpression row("AES-128-GCM\\s+([0-9.]+)k");
    auto match = row.match(out);
    return match.hasMatch() ? match.captured(1).toDouble() * 1000.0 / 1e6 : 0.0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

struct Pair
{
    std::unique_ptr<session::TechnicianEnd> technician;
    std::unique_ptr<session::CustomerEnd> customer;
    bool ready = false;
    bool failed = false;
    std::uint64_t sent = 0;
    std::uint64_t received = 0;
    std::vector<double> oneWayUs;
};

class Bench
{
public:
    Bench(quint16 port, const net::TlsClientConfig& tls, const RelayUnderTest& relay)
        : m_port(port), m_tls(tls), m_relay(relay), m_chunk(kChunk, 'x')
    {
    }

    // Connects pairs until there are `count`, a batch at a time.
    bool growTo(std::size_t count)
    {
        while (m_pairs.size() < count) {
            const std::size_t batch = std::min<std::size_t>(100, count - m_pairs.size());
            const std::size_t first = m_pairs.size();
            for (std::size_t i = 0; i < batch; ++i) {
                m_pairs.push_back(std::make_unique<Pair>());
                startPair(*m_pairs.back());
            }
            const bool done = waitUntil([&] {
                return std::all_of(m_pairs.begin() + static_cast<long>(first), m_pairs.end(),
                                   [](const auto& p) { return p->ready || p->failed; });
            }, 60000);
            if (!done || std::any_of(m_pairs.begin(), m_pairs.end(),
                                     [](const auto& p) { return p->failed; })) {
                std::fprintf(stderr, "relay_bench: could not set up %zu pairs\n", count);
                return false;
            }
        }
        return true;
    }

    // Every pair streams for `seconds`; returns forwarded MB/s.
    double throughput(std::size_t count, double seconds)
    {
        std::vector<QMetaObject::Connection> refills;
        for (std::size_t i = 0; i < count; ++i) {
            Pair& pair = *m_pairs[i];
            pair.received = 0;
            pair.sent = 0;
            refills.push_back(QObject::connect(pair.technician.get(), &session::RelayLink::drained,
                                               [this, &pair] { fill(pair); }));
            fill(pair);
        }
        test::spinFor(500);  // warm up
        std::uint64_t start = received(count);
        QElapsedTimer timer;
        timer.start();
        test::spinFor(static_cast<int>(seconds * 1000));
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const std::uint64_t bytes = received(count) - start;
        m_streaming = false;
        for (const auto& refill : refills) {
            QObject::disconnect(refill);
        }
        // Everything sent must have arrived before the next phase measures anything.
        waitUntil([&] {
            return std::all_of(m_pairs.begin(), m_pairs.begin() + static_cast<long>(count),
                               [](const auto& p) { return p->received == p->sent; });
        }, 60000);
        m_streaming = true;
        return static_cast<double>(bytes) / elapsed / 1e6;
    }

    // 20 probes a second per pair for `seconds`; returns every one-way time in µs.
    std::vector<double> latency(std::size_t count, double seconds)
    {
        m_probing = true;
        for (std::size_t i = 0; i < count; ++i) {
            m_pairs[i]->oneWayUs.clear();
        }
        sendProbes(count, seconds, [this](std::size_t i, const std::string& probe) {
            (void)m_pairs[i]->technician->sendToPeer(probe, TrafficClass::kControl);
        });
        m_probing = false;
        std::vector<double> all;
        for (std::size_t i = 0; i < count; ++i) {
            all.insert(all.end(), m_pairs[i]->oneWayUs.begin(), m_pairs[i]->oneWayUs.end());
        }
        return all;
    }

    // The same probes over `count` direct TLS connections to an echo server in this process
    // (no relay): the baseline that "added latency" is measured against.
    static std::vector<double> directLatency(std::size_t count, double seconds,
                                             const net::TlsServerConfig& serverTls,
                                             const net::TlsClientConfig& clientTls)
    {
        net::TlsServer server(serverTls);
        if (!server.listen(QHostAddress::LocalHost, 0).ok()) {
            return {};
        }
        std::vector<std::unique_ptr<net::Connection>> accepted;
        QObject::connect(&server, &net::TlsServer::newConnection, [&](net::Connection* c) {
            accepted.emplace_back(c);
            QObject::connect(c, &net::Connection::frameReceived,
                             [c](const protocol::Frame& f) {
                                 (void)c->send(protocol::Route::kPeer, f.payload,
                                               TrafficClass::kControl);
                             });
        });
        std::vector<std::unique_ptr<net::Connection>> clients;
        std::vector<double> oneWay;
        std::size_t established = 0;
        for (std::size_t i = 0; i < count; ++i) {
            clients.emplace_back(net::Connection::connectToRelay("127.0.0.1", server.serverPort(),
                                                                 clientTls));
            QObject::connect(clients.back().get(), &net::Connection::established,
                             [&] { ++established; });
            QObject::connect(clients.back().get(), &net::Connection::frameReceived,
                             [&](const protocol::Frame& f) {
                                 std::int64_t sent = 0;
                                 std::memcpy(&sent, f.payload.data() + 1, sizeof sent);
                                 oneWay.push_back(static_cast<double>(nowNs() - sent) / 2000.0);
                             });
        }
        waitUntil([&] { return established == count && accepted.size() == count; }, 60000);
        sendProbes(count, seconds, [&](std::size_t i, const std::string& probe) {
            (void)clients[i]->send(protocol::Route::kPeer, probe, TrafficClass::kControl);
        });
        return oneWay;
    }

private:
    // 64-byte probes stamped with the time, every 5 ms to a slice of the ends: 2,000 a second
    // in total (at most 200 a second per end), so that the bench, which holds both ends of
    // every pair on one thread, is not what the figures measure, and even one pair gives
    // enough samples for a p99.
    static void sendProbes(std::size_t count, double seconds,
                           const std::function<void(std::size_t, const std::string&)>& send)
    {
        const std::size_t cycle = std::max<std::size_t>(1, count / 10);  // ticks per round
        std::size_t tick = 0;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            for (std::size_t i = tick % cycle; i < count; i += cycle) {
                std::string probe(64, 'P');
                const std::int64_t t = nowNs();
                std::memcpy(probe.data() + 1, &t, sizeof t);
                send(i, probe);
            }
            ++tick;
        });
        timer.start(5);
        test::spinFor(static_cast<int>(seconds * 1000));
        timer.stop();
        test::spinFor(200);
    }

    void startPair(Pair& pair)
    {
        pair.technician = std::make_unique<session::TechnicianEnd>();
        pair.customer = std::make_unique<session::CustomerEnd>();
        auto fail = [&pair](const base::Error& e) {
            if (!pair.ready && !pair.failed) {
                std::fprintf(stderr, "relay_bench: pair failed: %s\n", e.toString().c_str());
            }
            pair.failed = true;
        };
        QObject::connect(pair.technician.get(), &session::RelayLink::failed, fail);
        QObject::connect(pair.customer.get(), &session::RelayLink::failed, fail);
        QObject::connect(pair.technician.get(), &session::RelayLink::ready, [this, &pair, fail] {
            pair.technician->signInWithToken(m_relay.tokenFor(m_started++), [this, &pair, fail](auto signedIn) {
                if (!signedIn) {
                    return fail(signedIn.error());
                }
                pair.technician->createSession("bench", {}, [this, &pair, fail](auto created) {
                    if (!created) {
                        return fail(created.error());
                    }
                    const QString pin = QString::fromStdString(created->pin());
                    QObject::connect(pair.customer.get(), &session::RelayLink::ready,
                                     [&pair, pin, fail] {
                                         pair.customer->join(pin, "bench", [&pair, fail](auto j) {
                                             if (!j) {
                                                 return fail(j.error());
                                             }
                                             pair.ready = true;
                                         });
                                     });
                    pair.customer->connectToRelay("127.0.0.1", m_port, m_tls);
                });
            });
        });
        // Customer: count bytes; echo probes. Technician: time returning probes.
        QObject::connect(pair.customer.get(), &session::RelayLink::peerFrame,
                         [this, &pair](const std::string& payload) {
                             pair.received += payload.size();
                             if (m_probing && !payload.empty() && payload[0] == 'P') {
                                 (void)pair.customer->sendToPeer(payload, TrafficClass::kControl);
                             }
                         });
        QObject::connect(pair.technician.get(), &session::RelayLink::peerFrame,
                         [&pair](const std::string& payload) {
                             if (payload.size() >= 9 && payload[0] == 'P') {
                                 std::int64_t sent = 0;
                                 std::memcpy(&sent, payload.data() + 1, sizeof sent);
                                 pair.oneWayUs.push_back(static_cast<double>(nowNs() - sent) / 2000.0);
                             }
                         });
        pair.technician->connectToRelay("127.0.0.1", m_port, m_tls);
    }

    void fill(Pair& pair)
    {
        while (m_streaming && pair.technician->pendingBytes() < kStreamWindow) {
            if (!pair.technician->sendToPeer(m_chunk, TrafficClass::kVideo).ok()) {
                return;
            }
            pair.sent += m_chunk.size();
        }
    }

    std::uint64_t received(std::size_t count) const
    {
        std::uint64_t total = 0;
        for (std::size_t i = 0; i < count; ++i) {
            total += m_pairs[i]->received;
        }
        return total;
    }

    quint16 m_port;
    net::TlsClientConfig m_tls;
    const RelayUnderTest& m_relay;  // the technicians' tokens
    std::size_t m_started = 0;
    std::string m_chunk;
    bool m_streaming = true;
    bool m_probing = false;
    std::vector<std::unique_ptr<Pair>> m_pairs;
};

int run(const std::vector<std::size_t>& pairCounts, double seconds, quint16 externalPort,
        const QString& externalDir)
{
    net::tuneProcessForNetworking();  // the same as the relay, the console and the applet
    const std::size_t largest =
        pairCounts.empty() ? 0 : *std::max_element(pairCounts.begin(), pairCounts.end());

    // Idle memory on a relay of its own, before any traffic has grown a buffer.
    double baseRss = 0;
    double idleRss = 0;
    {
        RelayUnderTest relay;
        if (!relay.start(externalPort, externalDir, largest)) {
            return 1;
        }
        Bench bench(relay.port, *relay.tls, relay);
        test::spinFor(500);
        baseRss = readProcess(relay.pid).rssMiB;
        if (!bench.growTo(largest)) {
            return 1;
        }
        test::spinFor(1000);
        idleRss = readProcess(relay.pid).rssMiB;
    }

    const double aes = aesGcmMBps();
    const double ceiling = aes / 2;
    std::printf("openssl speed -evp aes-128-gcm (16 KiB blocks, one core): %.0f MB/s; "
                "forwarding ceiling for one relay core (decrypt + encrypt): %.0f MB/s\n\n",
                aes, ceiling);
    std::printf("| pairs | forwarded MB/s | relay CPU | bench CPU | MB/s per relay core "
                "| vs ceiling | one-way via relay p50 / p99 ms | direct p50 / p99 ms "
                "| added p50 / p99 ms | probes |\n"
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");

    // Traffic on a fresh relay, growing the number of connected pairs phase by phase.
    RelayUnderTest relay;
    if (!relay.start(externalPort, externalDir, largest)) {
        return 1;
    }
    Bench bench(relay.port, *relay.tls, relay);
    // The direct baseline's echo server presents the relay's own certificate.
    auto serverTls = net::TlsServerConfig::fromFiles(relay.dataDir + "/tls/server.pem",
                                                     relay.dataDir + "/tls/server.key");
    if (!serverTls) {
        std::fprintf(stderr, "relay_bench: %s\n", serverTls.error().toString().c_str());
        return 1;
    }
    std::vector<std::size_t> counts = pairCounts;
    std::sort(counts.begin(), counts.end());
    for (std::size_t count : counts) {
        if (!bench.growTo(count)) {
            return 1;
        }
        const auto before = readProcess(relay.pid);
        const auto clientBefore = readProcess(getpid());
        QElapsedTimer wall;
        wall.start();
        const double mbps = bench.throughput(count, seconds);
        const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        const double cpu = (readProcess(relay.pid).cpuSeconds - before.cpuSeconds) / elapsed;
        const double clientCpu =
            (readProcess(getpid()).cpuSeconds - clientBefore.cpuSeconds) / elapsed;
        const auto oneWay = bench.latency(count, seconds);
        const auto direct = Bench::directLatency(count, seconds, *serverTls, *relay.tls);
        const double added50 = percentile(oneWay, 0.5) - percentile(direct, 0.5);
        const double added99 = percentile(oneWay, 0.99) - percentile(direct, 0.99);
        // Per relay core-second: what one relay core forwards, comparable with the ceiling
        // even when the bench (not the relay) is what limits the run.
        const double perCore = cpu > 0 ? mbps / cpu : 0.0;
        std::printf("| %zu | %.0f | %.0f %% | %.0f %% | %.0f | %.0f %% |", count, mbps, 100 * cpu,
                    100 * clientCpu, perCore, ceiling > 0 ? 100 * perCore / ceiling : 0.0);
        std::printf(" %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %zu |\n",
                    percentile(oneWay, 0.5) / 1000, percentile(oneWay, 0.99) / 1000,
                    percentile(direct, 0.5) / 1000, percentile(direct, 0.99) / 1000,
                    added50 / 1000, added99 / 1000, oneWay.size());
        std::fflush(stdout);
    }
    std::printf("\nrelay RSS: %.1f MiB with its technicians signed in, %.1f MiB with %zu idle "
                "pairs: %.1f KiB per idle pair (%zu TLS connections)\n",
                baseRss, idleRss, largest,
                largest ? (idleRss - baseRss) * 1024 / static_cast<double>(largest) : 0.0,
                2 * largest);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::vector<std::size_t> pairs = {1, 100, 1000};
    double seconds = 3;
    quint16 externalPort = 0;
    QString externalDir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--pairs") {
            pairs.clear();
            for (const auto& n : args[i + 1].split(',')) {
                pairs.push_back(n.toULong());
            }
        } else if (args[i] == "--seconds") {
            seconds = args[i + 1].toDouble();
        } else if (args[i] == "--external-relay" && i + 2 < args.size()) {
            externalPort = static_cast<quint16>(args[i + 1].toUInt());
            externalDir = args[i + 2];
        }
    }
    return run(pairs, seconds, externalPort, externalDir);
}
