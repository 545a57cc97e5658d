// transfer_bench: file transfer throughput through the relay beside a plain TLS stream.
//
// Starts the real lifeline-relay (its own process, pinned to CPU 1; this bench to CPU 0),
// then for each added round trip (0, 50 and 150 ms, by a delaying TCP proxy in this
// process, one-way delay = half; none at 0 ms):
//   - plain TLS: one TLS connection from a client to a server in this process, 64 KiB
//     frames as fast as the connection takes them — the ceiling of one TLS stream here;
//   - through the relay: a technician's session end sends a file (default 1 GiB of random
//     bytes, incompressible) to a customer's session end through the relay: read, SHA-256,
//     TLS to the relay, relay decrypts and re-encrypts, TLS, SHA-256, write, rename.
// Prints MB/s of each and the ratio (target ≥ 80 %).
//
// Usage: transfer_bench [--size-mb 1024] [--delays 0,50,150]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

#include "net/connection.h"
#include "net/tls_server.h"
#include "relay_process.h"
#include "session/customer_session.h"
#include "core/transfer/sha256.h"
#include "session/file_transfers.h"
#include "session/technician_session.h"

using namespace lifeline;
namespace fs = std::filesystem;

namespace {

// Forwards TCP connections to `target`, holding every byte for `delayMs` in each direction.
class DelayProxy : public QObject
{
public:
    DelayProxy(quint16 target, int delayMs)
        : m_target(target)
        , m_delayMs(delayMs)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                auto* upstream = new QTcpSocket(this);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                join(client, upstream);
                join(upstream, client);
            }
        });
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
        m_timer.start();
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Pending
    {
        qint64 dueMs;
        QByteArray bytes;
        QTcpSocket* to;
    };
    void join(QTcpSocket* from, QTcpSocket* to)
    {
        QObject::connect(from, &QTcpSocket::readyRead, this, [this, from, to] {
            m_pending.push_back({m_clock.elapsed() + m_delayMs, from->readAll(), to});
            flush();
        });
        QObject::connect(from, &QTcpSocket::disconnected, to, &QTcpSocket::disconnectFromHost);
    }
    void flush()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_pending.empty() && m_pending.front().dueMs <= now) {
            Pending p = std::move(m_pending.front());
            m_pending.pop_front();
            if (p.to->state() == QAbstractSocket::ConnectedState || p.to->state() == QAbstractSocket::ConnectingState) {
                p.to->write(p.bytes);
            }
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    int m_delayMs;
    QTimer m_timer;
    QElapsedTimer m_clock{[] {
        QElapsedTimer t;
        t.start();
        return t;
    }()};
    std::deque<Pending> m_pending;
};

// What one run measured: throughput, and the CPU each side used meanwhile (seconds of
// CPU per second of the run: 1.0 = one core busy all the time).
struct Run
{
    double mbps = 0;
    double endsCpu = 0;   // this process: both ends (and the delaying proxy)
    double relayCpu = 0;  // the relay process
    double endsNsPerByte = 0;
};

// Measures CPU of this process and the relay between start() and stop().
class CpuClock
{
public:
    explicit CpuClock(qint64 relayPid)
        : m_relay(std::to_string(relayPid))
    {
    }
    void start()
    {
        m_wall.start();
        m_self = bench::cpuSecondsOf("self");
        m_relayStart = bench::cpuSecondsOf(m_relay);
    }
    Run stop(std::uint64_t bytes) const
    {
        Run run;
        const double seconds = m_wall.elapsed() / 1000.0;
        if (seconds <= 0) return run;
        const double self = bench::cpuSecondsOf("self") - m_self;
        run.mbps = double(bytes) / 1e6 / seconds;
        run.endsCpu = self / seconds;
        run.relayCpu = (bench::cpuSecondsOf(m_relay) - m_relayStart) / seconds;
        run.endsNsPerByte = self * 1e9 / double(bytes);
        return run;
    }

private:
    std::string m_relay;
    QElapsedTimer m_wall;
    double m_self = 0;
    double m_relayStart = 0;
};

// One TLS stream of `bytes` through a proxy adding `rttMs`.
Run plainTls(const bench::RelayUnderTest& relay, std::uint64_t bytes, int rttMs)
{
    auto serverTls = net::TlsServerConfig::fromFiles(relay.dataDir + "/tls/server.pem", relay.dataDir + "/tls/server.key");
    if (!serverTls) return {};
    net::TlsServer server(*serverTls);
    if (!server.listen(QHostAddress::LocalHost, 0).ok()) return {};
    std::uint64_t received = 0;
    QObject::connect(&server, &net::TlsServer::newConnection, [&](net::Connection* c) {
        QObject::connect(c, &net::Connection::frameReceived, [&](const protocol::Frame& f) { received += f.payload.size(); });
    });
    // No proxy without a delay: every copy it makes would count against both paths.
    std::unique_ptr<DelayProxy> proxy = rttMs > 0 ? std::make_unique<DelayProxy>(server.serverPort(), rttMs / 2) : nullptr;
    net::Connection* client =
        net::Connection::connectToRelay("127.0.0.1", proxy ? proxy->port() : server.serverPort(), *relay.tls);
    const std::string block(64 * 1024, 'x');
    std::uint64_t sent = 0;
    auto fill = [&] {
        while (sent < bytes && client->pendingBytes() < 4 * 1024 * 1024) {
            (void)client->send(protocol::Route::kPeer, block, protocol::TrafficClass::kFile);
            sent += block.size();
        }
    };
    CpuClock clock(relay.pid);
    QObject::connect(client, &net::Connection::established, [&] {
        clock.start();
        fill();
    });
    client->setLowWaterMark(1024 * 1024);
    QObject::connect(client, &net::Connection::drained, fill);
    bench::waitUntil([&] { return received >= bytes; }, 600000);
    const Run run = clock.stop(received);
    delete client;
    return run;
}

// One file of `bytes` from a technician's session end to a customer's, through the relay,
// the customer's line through a proxy adding `rttMs`.
Run throughRelay(const bench::RelayUnderTest& relay, const fs::path& file, std::uint64_t bytes, int rttMs)
{
    QTemporaryDir inbox;
    std::unique_ptr<DelayProxy> proxy = rttMs > 0 ? std::make_unique<DelayProxy>(relay.port, rttMs / 2) : nullptr;
    session::TechnicianSession::Options options;
    options.host = "127.0.0.1";
    options.port = relay.port;
    options.tls = *relay.tls;
    options.resumeToken = relay.token;
    options.myName = "Bench";
    session::TechnicianSession technician(options);
    QString pin;
    QObject::connect(&technician, &session::TechnicianSession::created, [&](const v1::CreateSessionResult& r) {
        pin = QString::fromStdString(r.pin());
    });
    technician.create("Bench customer", {});
    if (!bench::waitUntil([&] { return !pin.isEmpty(); }, 20000)) return {};

    session::CustomerSession::Options customerOptions;
    customerOptions.host = "127.0.0.1";
    customerOptions.port = proxy ? proxy->port() : relay.port;
    customerOptions.tls = *relay.tls;
    customerOptions.customerName = "Bench customer";
    customerOptions.receiveFolder = inbox.path().toStdString();
    session::CustomerSession customer(customerOptions, {});
    QObject::connect(&customer, &session::CustomerSession::permissionAsked,
                     [&](session::Permission p) { customer.answer(p, true); });
    customer.join(pin);
    if (!bench::waitUntil([&] { return customer.state() == session::CustomerSession::State::kActive; }, 20000)) return {};
    (void)technician.consent().request(session::Permission::kSendFiles);
    if (!bench::waitUntil([&] { return technician.consent().isGranted(session::Permission::kSendFiles); }, 20000)) return {};

    bool done = false;
    bool ok = false;
    QObject::connect(&technician.files(), &session::FileTransfers::finished, [&](quint64, bool success, const base::Error& e) {
        done = true;
        ok = success;
        if (!success) std::fprintf(stderr, "bench: transfer failed: %s\n", e.toString().c_str());
    });
    CpuClock clock(relay.pid);
    clock.start();
    if (!technician.files().send({file})) return {};
    bench::waitUntil([&] { return done; }, 1200000);
    return ok ? clock.stop(bytes) : Run{};
}

// SHA-256 throughput here (the engine's own hasher, 64 KiB updates): every byte of a file
// is hashed once by the sender and once by the receiver.
double sha256MBps()
{
    std::vector<std::uint8_t> block(64 * 1024, 0x5a);
    transfer::Sha256 hash;
    QElapsedTimer clock;
    clock.start();
    const int blocks = 8192;  // 512 MiB
    for (int i = 0; i < blocks; ++i) hash.update(block);
    (void)hash.digest();
    return double(blocks) * double(block.size()) / 1e6 / (clock.elapsed() / 1000.0);
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::uint64_t sizeMb = 1024;
    std::vector<int> delays{0, 50, 150};
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--size-mb") sizeMb = std::stoull(argv[i + 1]);
        if (flag == "--delays") {
            delays.clear();
            std::stringstream list(argv[i + 1]);
            for (std::string item; std::getline(list, item, ',');) delays.push_back(std::stoi(item));
        }
    }
    bench::RelayUnderTest relay;
    if (!relay.start(0, {})) return 1;

    QTemporaryDir source;
    const fs::path file = fs::path(source.path().toStdString()) / "payload.bin";
    {
        std::ofstream out(file, std::ios::binary);
        std::mt19937_64 random(1);
        std::vector<std::uint64_t> block(1 << 17);
        for (std::uint64_t written = 0; written < sizeMb << 20; written += block.size() * 8) {
            for (auto& w : block) w = random();
            out.write(reinterpret_cast<const char*>(block.data()), std::streamsize(block.size() * 8));
        }
    }
    const std::uint64_t bytes = sizeMb << 20;
    const double sha = sha256MBps();
    std::printf("transfer_bench: %llu MiB of random bytes; relay on CPU 1, both ends on CPU 0; "
                "SHA-256 %.0f MB/s (%.2f ns per byte, twice per byte for the file)\n\n",
                static_cast<unsigned long long>(sizeMb), sha, 1000.0 / sha);
    std::printf("| added round trip | plain TLS stream MB/s | file through the relay MB/s | ratio "
                "| ends' CPU, plain / file | ends' CPU ns per byte, plain / file | relay CPU, file | ceiling |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int rtt : delays) {
        const Run plain = plainTls(relay, bytes, rtt);
        const Run viaRelay = throughRelay(relay, file, bytes, rtt);
        // The ceiling: the plain stream's work per byte on the ends' core plus the two hashes
        // and nothing else (no file I/O, no framing) — the best the file could do here.
        const double ceiling = plain.endsNsPerByte > 0 ? plain.endsNsPerByte / (plain.endsNsPerByte + 2000.0 / sha) : 0;
        std::printf("| %d ms | %.0f | %.0f | %.0f %% | %.0f %% / %.0f %% | %.2f / %.2f | %.0f %% | %.0f %% |\n", rtt, plain.mbps,
                    viaRelay.mbps, plain.mbps > 0 ? 100.0 * viaRelay.mbps / plain.mbps : 0.0, 100 * plain.endsCpu,
                    100 * viaRelay.endsCpu, plain.endsNsPerByte, viaRelay.endsNsPerByte, 100 * viaRelay.relayCpu, 100 * ceiling);
        std::fflush(stdout);
    }
    return 0;
}
