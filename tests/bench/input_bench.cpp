// input_bench: how long a technician's input takes to be injected on the customer's end.
//
// Starts the real lifeline-relay (own process, pinned to CPU 1; this bench on CPU 0), pairs
// a technician end and a customer end over TLS, grants control, and sends --events key
// presses and releases from the technician's ControlSender, one every 2 ms. The customer's
// RemoteControl injects them into a synthetic screen and notes the time; latency = the
// injection time − the send time (both ends are in this process, one monotonic clock).
// Run twice: on an idle link, and while the technician also pushes 64 KiB file-class frames
// to the customer as fast as the link takes them (input must overtake them).
//
// Usage: input_bench [--events 4000]
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/input/synthetic/synthetic_injector.h"
#include "net/process_tuning.h"
#include "relay_process.h"
#include "session/remote_control.h"

namespace {

using namespace lifeline;
using bench::RelayUnderTest;
using test::waitUntil;

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Result
{
    std::vector<double> latenciesMs;
    qint64 bulkBytes = 0;
};

Result measure(RelayUnderTest& relay, int events, bool bulk)
{
    Result result;
    session::TechnicianEnd technician;
    session::CustomerEnd customer;
    std::string pin;
    bool joined = false;
    QObject::connect(&technician, &session::RelayLink::ready, [&] {
        technician.signInWithToken(relay.token, [&](auto signedIn) {
            if (!signedIn) return;
            technician.createSession("input bench", {}, [&](auto created) {
                if (created) pin = created->pin();
            });
        });
    });
    technician.connectToRelay("127.0.0.1", relay.port, *relay.tls);
    if (!waitUntil([&] { return !pin.empty(); }, 20000)) return result;
    QObject::connect(&customer, &session::RelayLink::ready, [&] {
        customer.join(QString::fromStdString(pin), "bench", [&](auto j) { joined = j.ok(); });
    });
    customer.connectToRelay("127.0.0.1", relay.port, *relay.tls);
    if (!waitUntil([&] { return joined; }, 20000)) return result;

    capture::SyntheticCapturer screen({640, 400}, nullptr);
    session::RemoteControl control(std::make_unique<input::SyntheticInjector>(screen.screen()),
        session::peerSenderFor(customer), {});
    session::ControlSender sender(session::peerSenderFor(technician));
    QObject::connect(&customer, &session::RelayLink::peerFrame, &control, [&](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        if (envelope && envelope->has_input_event()) {
            control.handle(*envelope);
        } else if (!envelope || !envelope->has_video_frame()) {
            result.bulkBytes += qint64(payload.size());
        }
    });
    QObject::connect(&technician, &session::RelayLink::peerFrame, &sender, [&](const std::string& payload) {
        if (auto envelope = protocol::parseEnvelope(payload)) sender.handle(*envelope);
    });
    QObject::connect(&control, &session::RemoteControl::injectedEvent, [&](qint64 sentUs) {
        result.latenciesMs.push_back(double(nowUs() - sentUs) / 1000.0);
        if (getenv("INPUT_BENCH_TRACE") && result.latenciesMs.back() > 2.0) {
            std::fprintf(stderr, "slow #%zu: %.2f ms\n", result.latenciesMs.size(), result.latenciesMs.back());
        }
    });
    control.setGranted(true);
    waitUntil([&] { return sender.isGranted(); });

    // Bulk: keep about 1 MiB of file data queued at the technician's end.
    const std::string chunk(64 * 1024, 'f');
    QTimer bulkTimer;
    QObject::connect(&bulkTimer, &QTimer::timeout, [&] {
        while (technician.pendingBytes() < 1024 * 1024) (void)technician.sendToPeer(chunk, protocol::TrafficClass::kFile);
    });
    if (bulk) bulkTimer.start(1);

    int sent = 0;
    QTimer pacer;
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        if (sent < events) {
            (void)sender.key('a', 0, sent % 2 == 0);
            ++sent;
        }
    });
    pacer.start(2);
    waitUntil([&] { return int(result.latenciesMs.size()) >= events; }, events * 20 + 20000);
    pacer.stop();
    bulkTimer.stop();
    return result;
}

void print(const char* label, Result r)
{
    if (r.latenciesMs.empty()) {
        std::printf("| %s | no events arrived | | | |\n", label);
        return;
    }
    std::sort(r.latenciesMs.begin(), r.latenciesMs.end());
    auto pct = [&](double p) { return r.latenciesMs[std::min(r.latenciesMs.size() - 1, std::size_t(p * double(r.latenciesMs.size())))]; };
    std::printf("| %s | %zu | %.3f | %.3f | %.3f | %.1f MB |\n", label, r.latenciesMs.size(), pct(0.50), pct(0.99),
        r.latenciesMs.back(), double(r.bulkBytes) / 1e6);
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int events = 4000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--events") events = std::max(10, std::atoi(argv[i + 1]));
    }
    net::tuneProcessForNetworking();
    RelayUnderTest relay;
    if (!relay.start(0, {})) return 1;
    std::printf("### Input latency through the relay (technician send → customer injection), %d events\n\n", events);
    std::printf("| link | events | p50 ms | p99 ms | max ms | file data alongside |\n|---|---|---|---|---|---|\n");
    print("idle", measure(relay, events, false));
    print("busy with file data", measure(relay, events, true));
    return 0;
}
