// responsiveness_bench: how the session feels on a slow real line while a big file crosses it.
//
// Two private Xvfb servers: A, the customer's, and B, the technician's. The real lifeline-relay
// program, the real lifeline-applet on A, the console's window on B (in this process, full
// screen at 1:1, Automatic quality). The applet's line to the relay is a shaping proxy
// (tests/support/shaped_link.h): by default 20 Mbit/s each way, 40 ms round trip, a 256 KiB
// bottleneck queue. On A a small window plays an animation at 30 fps, and a square changes
// colour on every key press.
//
// Three phases: no transfer; the technician sends a file of --size-mb random bytes to the
// customer (it shares the line's downlink with the keystrokes); the technician fetches one
// as big from the customer (it shares the uplink with the picture). Throughout, keystrokes
// are sent from the console's session (as its view sends them) and timed until B's pixel in
// the square shows the new colour, and the console's decoded frames per second are sampled.
// Prints per phase: the transfer's goodput and its share of the link, keystroke-to-picture
// p50 / p95 / max, and the picture's frames per second (median and lowest one-second sample).
// Targets (issue 16): ≥ 90 % of the link; p95 ≤ 2 × RTT + 30 ms; ≥ 10 fps.
//
// Usage: responsiveness_bench [--size-mb 200] [--mbit 20] [--rtt 40] [--queue-kb 256]
//     [--idle-probes 20] [--animation-fps 30] [--width 1280] [--height 720] [--verbose]
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "console/session_controller.h"
#include "console/session_tab.h"
#include "support/desktop_session.h"
#include "support/wait.h"
#include "support/xvfb_server.h"
#include "ui/remote_view.h"

namespace {

using namespace lifeline;
using test::spinFor;
using test::waitUntil;

struct Options
{
    int sizeMb = 200;
    double mbit = 20;
    int rttMs = 40;
    int queueKb = 256;
    int idleProbes = 20;
    int animationFps = 30;
    bool verbose = false;  // every probe and frame-rate sample, as it comes
    QSize size{1280, 720};
};

struct Phase
{
    QString name;
    double seconds = 0;
    double megabytes = 0;  // file bytes moved (0: no transfer)
    bool ok = true;
    std::vector<double> latencies;
    int lost = 0;  // keystrokes whose picture did not come within 3 s
    std::vector<double> fps;
    double upMbit = 0;    // what the applet sent, over the phase (Mbit/s)
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

bool writeRandomFile(const QString& path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    std::mt19937_64 random(bytes);
    std::vector<std::uint64_t> block(1 << 16);
    for (qint64 left = bytes; left > 0;) {
        for (auto& word : block) word = random();
        const qint64 n = std::min<qint64>(left, qint64(block.size() * sizeof(std::uint64_t)));
        if (file.write(reinterpret_cast<const char*>(block.data()), n) != n) return false;
        left -= n;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--verbose") {
            options.verbose = true;
            --i;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "responsiveness_bench: %s needs a value\n", flag.c_str());
            return 2;
        }
        const char* value = argv[i + 1];
        if (flag == "--size-mb") options.sizeMb = std::max(1, std::atoi(value));
        else if (flag == "--mbit") options.mbit = std::max(0.0, std::atof(value));  // 0: no shaping
        else if (flag == "--rtt") options.rttMs = std::max(0, std::atoi(value));
        else if (flag == "--queue-kb") options.queueKb = std::max(16, std::atoi(value));
        else if (flag == "--idle-probes") options.idleProbes = std::max(1, std::atoi(value));
        else if (flag == "--animation-fps") options.animationFps = std::max(0, std::atoi(value));
        else if (flag == "--width") options.size.setWidth(std::atoi(value));
        else if (flag == "--height") options.size.setHeight(std::atoi(value));
        else {
            std::fprintf(stderr, "usage: responsiveness_bench [--size-mb N] [--mbit N] [--rtt MS] [--queue-kb N] "
                                 "[--idle-probes N] [--animation-fps N] [--width W] [--height H] [--verbose]\n");
            return 2;
        }
    }
    const std::string geometry = std::to_string(options.size.width()) + "x" + std::to_string(options.size.height()) + "x24";
    testing::XvfbServer customer(geometry);
    testing::XvfbServer technician(geometry);
    if (!customer.ok() || !technician.ok()) {
        std::fprintf(stderr, "responsiveness_bench: cannot start Xvfb: %s %s\n", customer.error().c_str(),
                     technician.error().c_str());
        return 1;
    }
    qputenv("DISPLAY", QByteArray::fromStdString(technician.display()));
    qputenv("QT_QPA_PLATFORM", "xcb");
    if (!qEnvironmentVariableIsSet("LIFELINE_BIN_DIR")) qputenv("LIFELINE_BIN_DIR", LIFELINE_BIN_DIR);
    QApplication app(argc, argv);

    test::DesktopSession desk(customer.display(), options.size);
    if (options.mbit > 0) desk.shapeCustomerLine({options.mbit * 1e6, options.rttMs, qint64(options.queueKb) * 1024});
    QString error;
    auto fail = [](const QString& what) {
        std::fprintf(stderr, "responsiveness_bench: %s\n", qPrintable(what));
        return 1;
    };
    if (!desk.start(&error)) return fail(error);
    console::SessionTab& tab = desk.tab();
    console::SessionController& session = desk.session();
    if (!waitUntil([&] { return !tab.view()->picture().isNull(); }, 20000)) return fail("no picture");
    tab.showFullScreen();
    for (auto permission : {session::Permission::kControl, session::Permission::kSendFiles,
                            session::Permission::kReceiveFiles}) {
        if (!desk.allow(permission)) return fail(QStringLiteral("permission %1 not granted").arg(int(permission)));
    }

    // The files: one on the technician's side to send, one in the customer's home to fetch.
    QTemporaryDir dir;
    const qint64 bytes = qint64(options.sizeMb) * 1000 * 1000;
    const QString outgoing = dir.filePath("to-customer.bin");
    const QString incoming = desk.customerHome() + "/from-customer.bin";
    if (!writeRandomFile(outgoing, bytes) || !writeRandomFile(incoming, bytes)) return fail("cannot write the files");

    // What happens on A: an animation, a square for the keys, the pointer out of the way.
    testing::X11Painter a(customer.display());
    const int w = options.size.width();
    const int h = options.size.height();
    test::PatternWindow animation(a, QRect(w - 400, h - 260, 320, 180), 1);
    std::uint32_t frame = 1;
    QTimer animate;
    QObject::connect(&animate, &QTimer::timeout, [&] { animation.drawFrame(++frame); });
    if (options.animationFps > 0) animate.start(1000 / options.animationFps);
    const base::Rect square{w / 2 - 12, h - 140, 24, 24};
    test::KeyPainter keys(customer.display(), square);
    if (!keys.ready()) return fail("cannot watch the customer's keys");
    a.warpPointer({8, h - 8});  // over the bare root window: keys go there
    test::PixelWatch watch(technician.display());
    spinFor(2000);  // the animation's first frames, the full-screen bar gone

    std::vector<double>* fpsSamples = nullptr;
    QObject::connect(&session, &console::SessionController::telemetryChanged,
                     [&](const session::SessionTelemetry& t) {
                         if (fpsSamples == nullptr) return;
                         fpsSamples->push_back(t.fps);
                         if (options.verbose) std::printf("  fps %.1f, recoveries %llu\n", t.fps, static_cast<unsigned long long>(t.recoveries));
                     });

    // A keystroke: the square's next colour, the key down and up as the view sends them.
    int probe = 0;
    auto keystroke = [&](Phase& phase) {
        static constexpr std::uint32_t kColours[] = {0xE02020, 0x20C040, 0x2040E0, 0xF0E020, 0x20D0D0, 0xD020D0};
        const std::uint32_t colour = kColours[std::size_t(probe++) % std::size(kColours)];
        keys.setNextColour(colour);
        watch.watch(square.x + 12, square.y + 12, colour);
        session.key(0x61, 0, true);  // 'a'
        session.key(0x61, 0, false);
        waitUntil([&] { return watch.done(); }, 4000);
        if (watch.seenMs() >= 0) phase.latencies.push_back(watch.seenMs());
        else ++phase.lost;
        if (options.verbose) std::printf("  keystroke %d: %.0f ms\n", probe, watch.seenMs());
        spinFor(100);
    };

    std::vector<Phase> phases;
    auto run = [&](const QString& name, const std::function<quint64()>& start) {
        Phase phase;
        phase.name = name;
        fpsSamples = &phase.fps;
        bool finished = false;
        quint64 id = 0;
        QMetaObject::Connection done = QObject::connect(
            &session, &console::SessionController::transferFinished,
            [&](quint64 which, bool ok, const base::Error& why) {
                if (which != id) return;
                finished = true;
                phase.ok = ok;
                if (!ok) std::fprintf(stderr, "responsiveness_bench: %s: %s\n", qPrintable(name), why.toString().c_str());
            });
        QElapsedTimer clock;
        clock.start();
        const qint64 upBefore = desk.appletBytesSent();
        if (start) {
            id = start();
            while (!finished && clock.elapsed() < 3600 * 1000) keystroke(phase);
            phase.seconds = clock.elapsed() / 1000.0;
            phase.megabytes = double(bytes) / 1e6;
        } else {
            for (int i = 0; i < options.idleProbes; ++i) keystroke(phase);
            phase.seconds = clock.elapsed() / 1000.0;
        }
        phase.upMbit = double(desk.appletBytesSent() - upBefore) * 8 / 1e6 / phase.seconds;
        QObject::disconnect(done);
        fpsSamples = nullptr;
        // The first sample of a phase still counts frames from before it.
        if (!phase.fps.empty()) phase.fps.erase(phase.fps.begin());
        phases.push_back(std::move(phase));
        std::fflush(stdout);
    };
    run("no transfer", {});
    run("sending to the customer", [&] { return session.sendFiles({outgoing}, 0, transfer::Collision::kOverwrite); });
    run("fetching from the customer",
        [&] { return session.fetchFiles({"from-customer.bin"}, 0, transfer::Collision::kOverwrite); });

    const double link = options.mbit * 1e6 / 8 / 1e6;  // MB/s
    const double target = 2.0 * options.rttMs + 30;
    std::printf("responsiveness_bench: %dx%d, line %.0f Mbit/s each way, %d ms round trip, %d KiB queue; "
                "a %d MB file; animation 320x180 at %d fps; Automatic\n\n",
                options.size.width(), options.size.height(), options.mbit, options.rttMs, options.queueKb,
                options.sizeMb, options.animationFps);
    std::printf("| phase | transfer MB/s (%% of link; target ≥ 90) | keystroke-to-picture p50 / p95 / max ms "
                "(target p95 ≤ %.0f) | lost | fps median / lowest (target ≥ 10) |\n|---|---:|---:|---:|---:|\n",
                target);
    bool allOk = true;
    for (const Phase& p : phases) {
        std::printf("| %s ", qPrintable(p.name));
        if (p.megabytes > 0) {
            const double rate = p.megabytes / p.seconds;
            std::printf("| %.2f (%.0f %%)%s ", rate, 100 * rate / link, p.ok ? "" : " FAILED");
        } else {
            std::printf("| — ");
        }
        std::printf("| %.0f / %.0f / %.0f | %d | %.1f / %.1f | %.1f |\n", percentile(p.latencies, 0.5),
                    percentile(p.latencies, 0.95), percentile(p.latencies, 1.0), p.lost, percentile(p.fps, 0.5),
                    p.fps.empty() ? -1.0 : *std::min_element(p.fps.begin(), p.fps.end()), p.upMbit);
        allOk = allOk && p.ok && !p.latencies.empty();
    }
    std::printf("\nkey presses seen on the customer's display: %d of %d\n", keys.presses(), probe);
    if (qEnvironmentVariableIsSet("BENCH_APPLET_LOG")) std::fprintf(stderr, "%s", desk.applet().readAll().constData());
    return allOk ? 0 : 1;
}
