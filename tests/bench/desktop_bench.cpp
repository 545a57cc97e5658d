// desktop_bench: real desktop scenes end to end, against TigerVNC on the same scenes in the
// same run.
//
// Two private Xvfb servers of the same size: A, the customer's, and B, the technician's.
// Each system shares A and shows it on B at 1:1 in full screen:
//   lifeline-automatic / -standard / -performance: the real lifeline-relay program, the real
//     lifeline-applet on A (its line to the relay through a counting proxy), the console's
//     window on B (in this process), in Automatic (the default), Standard or Performance;
//   tigervnc-lossless / tigervnc-default: x0vncserver on A, vncviewer -FullScreen on B (its
//     line through the same kind of proxy), Tight without JPEG, or the viewer's defaults
//     (Tight with JPEG). Only when TigerVNC is installed (tools/setup --bench).
// Scenes, driven with real X clients on A: scroll (less in an xterm, a line every 25 ms by
// xdotool), typing (xdotool into cat, 30 ms a key), video (ffplay's testsrc2 at 640×360,
// 30 fps; a window of this bench's own when ffplay is missing), idle (nothing at all).
// Figures per system and scene: bytes the sharing end sent (TLS or RFB, as on the wire),
// the sharing end's CPU seconds (applet or x0vncserver). Then click-to-picture: a square is
// drawn on A in a new colour and a thread with its own X connection polls B's pixel there
// until it shows that colour (within 40 levels a channel: lossy modes count when a person
// sees the colour, not when the refresh makes it exact); p50/p99 over --probes draws.
//
// Usage: desktop_bench [--seconds 5] [--probes 40] [--width 1920] [--height 1080]
//     [--systems lifeline-automatic,lifeline-standard,lifeline-performance,tigervnc-lossless,tigervnc-default]
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <atomic>
#include <cstdlib>
#include <chrono>
#include <cstdio>
#include <map>
#include <thread>
#include <vector>

#include <unistd.h>

#include "console/session_controller.h"
#include "relay_process.h"
#include "console/session_tab.h"
#include "support/desktop_session.h"
#include "support/tcp_proxy.h"
#include "support/wait.h"
#include "support/xvfb_server.h"
#include "ui/remote_view.h"

namespace {

using namespace lifeline;
using test::spinFor;
using test::waitUntil;

struct Options
{
    int seconds = 5;
    int probes = 40;
    QSize size{1920, 1080};
    QStringList systems{"lifeline-automatic", "lifeline-standard", "lifeline-performance", "tigervnc-lossless",
                        "tigervnc-default"};
};

std::string g_customer;
std::string g_technician;

double cpuSeconds(qint64 pid)
{
    return bench::cpuSecondsOf(std::to_string(pid));
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool installed(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

// One system under measurement: who shares, how to read its bytes and CPU.
class System
{
public:
    virtual ~System() = default;
    virtual bool start(QString* error) = 0;
    virtual qint64 bytesSent() const = 0;
    virtual qint64 sharingPid() const = 0;
};

class Lifeline final : public System
{
public:
    Lifeline(QSize size, v1::QualityMode quality) : m_desk(g_customer, size), m_quality(quality) {}

    bool start(QString* error) override
    {
        if (!m_desk.start(error)) return false;
        console::SessionTab& tab = m_desk.tab();
        QComboBox* box = tab.qualityBox();
        const int row = box->findData(int(m_quality));
        box->setCurrentIndex(row);
        emit box->activated(row);
        if (!waitUntil([&] { return !tab.view()->picture().isNull(); }, 20000)) {
            *error = "no picture";
            return false;
        }
        tab.showFullScreen();
        return true;
    }
    qint64 bytesSent() const override { return m_desk.appletBytesSent(); }
    qint64 sharingPid() const override { return m_desk.appletPid(); }

private:
    test::DesktopSession m_desk;
    v1::QualityMode m_quality;
};

class TigerVnc final : public System
{
public:
    explicit TigerVnc(bool lossless) : m_lossless(lossless) {}
    ~TigerVnc() override
    {
        for (QProcess* p : {&m_viewer, &m_server}) {
            p->kill();
            p->waitForFinished();
        }
    }

    bool start(QString* error) override
    {
        const quint16 port = freePort();
        m_server.setProcessEnvironment(test::displayEnvironment(g_customer));
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        // Debian's x0vncserver is a Perl wrapper that daemonises X0tigervnc; run the server
        // itself, so its CPU is this process's child's.
        m_server.start(installed("X0tigervnc") ? "X0tigervnc" : "x0vncserver", {"-display", QString::fromStdString(g_customer), "-rfbport", QString::number(port),
                                       "-SecurityTypes", "None", "-interface", "127.0.0.1"});
        if (!m_server.waitForStarted()) return fail(error, "x0vncserver did not start");
        QTcpSocket probe;
        if (!waitUntil(
                [&] {
                    probe.abort();
                    probe.connectToHost(QHostAddress::LocalHost, port);
                    return probe.waitForConnected(100);
                },
                10000)) {
            return fail(error, "x0vncserver does not listen: " + QString::fromUtf8(m_server.readAll()));
        }
        probe.abort();
        m_line = std::make_unique<test::TcpProxy>(port);
        QStringList args{"-FullScreen", "-SecurityTypes", "None", "-Shared"};
        if (m_lossless) args << "-PreferredEncoding" << "Tight" << "-NoJPEG";
        args << QStringLiteral("127.0.0.1::%1").arg(m_line->port());
        m_viewer.setProcessEnvironment(test::displayEnvironment(g_technician));
        m_viewer.setProcessChannelMode(QProcess::MergedChannels);
        m_viewer.start("vncviewer", args);
        if (!m_viewer.waitForStarted()) return fail(error, "vncviewer did not start");
        return true;
    }
    qint64 bytesSent() const override { return m_line ? m_line->bytesToClient() : 0; }
    qint64 sharingPid() const override { return m_server.processId(); }

private:
    static bool fail(QString* error, const QString& what)
    {
        *error = what;
        return false;
    }

    bool m_lossless;
    QProcess m_server;
    QProcess m_viewer;
    std::unique_ptr<test::TcpProxy> m_line;
};

struct Figures
{
    double megabytes = 0;
    double cpu = 0;
};

struct Result
{
    std::map<QString, Figures> scenes;
    double p50 = -1;
    double p99 = -1;
    int seen = 0;
};

// An xterm on A running `command`, mapped and holding the keyboard focus.
QProcess* terminal(const QString& title, const QStringList& command)
{
    auto* process = new QProcess;
    process->setProcessEnvironment(test::displayEnvironment(g_customer));
    process->start("xterm", QStringList{"-T", title, "-geometry", "120x40+20+20", "+sb", "-e"} + command);
    QString id;
    test::runOnDisplay(g_customer, "xdotool", {"search", "--sync", "--onlyvisible", "--name", "^" + title + "$"}, &id);
    test::runOnDisplay(g_customer, "xdotool", {"windowfocus", "--sync", id.split('\n').first().trimmed()});
    spinFor(300);
    return process;
}

void stop(QProcess* process)
{
    process->kill();
    process->waitForFinished();
    delete process;
}

Result measure(System& system, const Options& options, const QString& textFile)
{
    Result result;
    testing::X11Painter a(g_customer);
    a.warpPointer({options.size.width() - 1, options.size.height() - 1});
    spinFor(2000);  // first picture, full-screen bar gone
    auto scene = [&](const QString& name, const std::function<void()>& play) {
        const qint64 bytes = system.bytesSent();
        const double cpu = cpuSeconds(system.sharingPid());
        play();
        spinFor(1000);  // the last frames of the scene
        result.scenes[name] = {double(system.bytesSent() - bytes) / 1e6, cpuSeconds(system.sharingPid()) - cpu};
    };
    const int keys = options.seconds * 1000 / 25;
    QProcess* less = terminal("bench-scroll", {"less", textFile});
    scene("scroll", [&] {
        test::runOnDisplay(g_customer, "xdotool", {"key", "--delay", "25", "--repeat", QString::number(keys), "j"}, nullptr,
                           options.seconds * 4000 + 10000);
    });
    stop(less);
    QProcess* cat = terminal("bench-typing", {"cat"});
    scene("typing", [&] {
        QString text;
        for (int i = 0; text.size() < options.seconds * 1000 / 30; ++i) text += QStringLiteral("The quick brown fox %1 ").arg(i);
        test::runOnDisplay(g_customer, "xdotool", {"type", "--delay", "30", text}, nullptr, options.seconds * 4000 + 10000);
    });
    stop(cat);
    scene("video", [&] {
        const int videoSeconds = options.seconds * 2;
        if (installed("ffplay")) {
            QProcess ffplay;
            ffplay.setProcessEnvironment(test::displayEnvironment(g_customer));
            ffplay.start("ffplay", {"-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30", "-an", "-noborder", "-left",
                                    "400", "-top", "300", "-loglevel", "quiet"});
            spinFor(videoSeconds * 1000);
            ffplay.kill();
            ffplay.waitForFinished();
        } else {
            test::PatternWindow window(a, QRect(400, 300, 640, 360), 1);
            QElapsedTimer clock;
            clock.start();
            for (std::uint32_t frame = 2; clock.elapsed() < videoSeconds * 1000; ++frame) {
                window.drawFrame(frame);
                spinFor(33);
            }
        }
    });
    scene("idle", [&] { spinFor(options.seconds * 2000); });

    // Click-to-picture: a square drawn on A in a new colour, timed until B shows it.
    test::PixelWatch watch(g_technician);
    std::vector<double> latencies;
    // Bottom middle: clear of the applet's window (top left) and its bar (top middle).
    const base::Rect square{options.size.width() / 2 - 12, options.size.height() - 140, 24, 24};
    for (int i = 0; i < options.probes; ++i) {
        // Far apart from one probe to the next, so "near" never mistakes the last one.
        static constexpr std::uint32_t kColours[] = {0xE02020, 0x20C040, 0x2040E0, 0xF0E020, 0x20D0D0, 0xD020D0};
        const std::uint32_t colour = kColours[std::size_t(i) % std::size(kColours)];
        watch.watch(square.x + 12, square.y + 12, colour);
        a.fill(square, colour);  // returns after the server drew it
        waitUntil([&] { return watch.done(); }, 4000);
        if (watch.seenMs() >= 0) latencies.push_back(watch.seenMs());
        spinFor(60);
    }
    result.seen = int(latencies.size());
    result.p50 = percentile(latencies, 0.5);
    result.p99 = percentile(latencies, 0.99);
    return result;
}

}  // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--seconds") options.seconds = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--probes") options.probes = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--width") options.size.setWidth(std::atoi(argv[i + 1]));
        else if (flag == "--height") options.size.setHeight(std::atoi(argv[i + 1]));
        else if (flag == "--systems") options.systems = QString::fromUtf8(argv[i + 1]).split(',');
        else {
            std::fprintf(stderr, "usage: desktop_bench [--seconds N] [--probes N] [--width W] [--height H] [--systems A,B]\n");
            return 2;
        }
    }
    const std::string geometry = std::to_string(options.size.width()) + "x" + std::to_string(options.size.height()) + "x24";
    testing::XvfbServer customer(geometry);
    testing::XvfbServer technician(geometry);
    if (!customer.ok() || !technician.ok()) {
        std::fprintf(stderr, "desktop_bench: cannot start Xvfb: %s %s\n", customer.error().c_str(), technician.error().c_str());
        return 1;
    }
    g_customer = customer.display();
    g_technician = technician.display();
    qputenv("DISPLAY", QByteArray::fromStdString(g_technician));
    qputenv("QT_QPA_PLATFORM", "xcb");
    if (!qEnvironmentVariableIsSet("LIFELINE_BIN_DIR")) qputenv("LIFELINE_BIN_DIR", LIFELINE_BIN_DIR);
    QApplication app(argc, argv);

    for (const char* tool : {"xterm", "xdotool"}) {
        if (!installed(tool)) {
            std::fprintf(stderr, "desktop_bench: %s is missing (tools/setup installs it)\n", tool);
            return 1;
        }
    }
    QTemporaryDir dir;
    const QString textFile = dir.filePath("long.txt");
    {
        QFile text(textFile);
        if (!text.open(QIODevice::WriteOnly)) return 1;
        for (int i = 1; i <= 20000; ++i) {
            text.write(QStringLiteral("%1  The quick brown fox jumps over the lazy dog; pack my box with %2 liquor jugs.\n")
                           .arg(i, 6)
                           .arg(i * 7 % 1000)
                           .toUtf8());
        }
    }

    std::map<QString, Result> results;
    for (const QString& name : options.systems) {
        std::unique_ptr<System> system;
        if (name == "lifeline-automatic") system = std::make_unique<Lifeline>(options.size, v1::QUALITY_MODE_AUTOMATIC);
        else if (name == "lifeline-standard") system = std::make_unique<Lifeline>(options.size, v1::QUALITY_MODE_STANDARD);
        else if (name == "lifeline-performance") system = std::make_unique<Lifeline>(options.size, v1::QUALITY_MODE_PERFORMANCE);
        else if (name == "tigervnc-lossless" || name == "tigervnc-default") {
            if (!installed("x0vncserver") || !installed("vncviewer")) {
                std::printf("%s: TigerVNC is not installed (tools/setup --bench installs it); left out\n", qPrintable(name));
                continue;
            }
            system = std::make_unique<TigerVnc>(name == "tigervnc-lossless");
        } else {
            std::fprintf(stderr, "desktop_bench: unknown system %s\n", qPrintable(name));
            return 2;
        }
        QString error;
        if (!system->start(&error)) {
            std::fprintf(stderr, "desktop_bench: %s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }
        results[name] = measure(*system, options, textFile);
        std::fflush(stdout);
    }

    std::printf("desktop_bench: %dx%d, scenes of %d s (video and idle %d s), %d click probes; "
                "sharing end = applet or x0vncserver\n\n",
                options.size.width(), options.size.height(), options.seconds, options.seconds * 2, options.probes);
    std::printf("| system | scroll MB / CPU s | typing MB / CPU s | video MB / CPU s | idle MB / CPU s "
                "| click-to-picture p50 / p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
    for (const auto& [name, r] : results) {
        std::printf("| %s ", qPrintable(name));
        for (const char* scene : {"scroll", "typing", "video", "idle"}) {
            const Figures f = r.scenes.at(scene);
            std::printf("| %.3f / %.2f ", f.megabytes, f.cpu);
        }
        std::printf("| %.1f / %.1f (%d of %d seen) |\n", r.p50, r.p99, r.seen, options.probes);
    }
    auto ratio = [&](const QString& ours, const QString& theirs, const char* scene, bool cpu) {
        if (!results.count(ours) || !results.count(theirs)) return std::string("—");
        const Figures& a = results[ours].scenes[scene];
        const Figures& b = results[theirs].scenes[scene];
        const double x = cpu ? a.cpu : a.megabytes;
        const double y = cpu ? b.cpu : b.megabytes;
        char text[32];
        std::snprintf(text, sizeof text, "%.2f", y > 0 ? x / y : 0.0);
        return std::string(text);
    };
    std::printf("\n| ratio (target) | scroll | typing | video |\n|---|---:|---:|---:|\n");
    const struct
    {
        const char* label;
        const char* ours;
        const char* theirs;
        bool cpu;
    } rows[] = {
        {"Standard bytes / TigerVNC lossless Tight (≤ 0.5)", "lifeline-standard", "tigervnc-lossless", false},
        {"Standard CPU / x0vncserver (≤ 0.5)", "lifeline-standard", "tigervnc-lossless", true},
        {"Performance bytes / TigerVNC default JPEG (≤ 0.5)", "lifeline-performance", "tigervnc-default", false},
        {"Performance CPU / x0vncserver (≤ 1)", "lifeline-performance", "tigervnc-default", true},
    };
    for (const auto& row : rows) {
        std::printf("| %s | %s | %s | %s |\n", row.label, ratio(row.ours, row.theirs, "scroll", row.cpu).c_str(),
                    ratio(row.ours, row.theirs, "typing", row.cpu).c_str(), ratio(row.ours, row.theirs, "video", row.cpu).c_str());
    }
    // Automatic against the better fixed mode of each scene (target: within 10 % in bytes).
    if (results.count("lifeline-automatic") && results.count("lifeline-standard") && results.count("lifeline-performance")) {
        std::printf("| Automatic bytes / the better of Standard and Performance (≤ 1.1) ");
        for (const char* scene : {"scroll", "typing", "video"}) {
            const double better = std::min(results["lifeline-standard"].scenes[scene].megabytes,
                                           results["lifeline-performance"].scenes[scene].megabytes);
            std::printf("| %.2f ", better > 0 ? results["lifeline-automatic"].scenes[scene].megabytes / better : 0.0);
        }
        std::printf("|\n");
    }
    for (const char* name : {"lifeline-automatic", "lifeline-standard", "lifeline-performance"}) {
        if (!results.count(name)) continue;
        const Figures& idle = results[name].scenes["idle"];
        std::printf("%s idle: %.0f bytes and %.0f ms CPU per 10 s (target 0 bytes, ≤ 50 ms)\n", name,
                    idle.megabytes * 1e6 * 10 / (options.seconds * 2), idle.cpu * 1000 * 10 / (options.seconds * 2));
    }
    return 0;
}
