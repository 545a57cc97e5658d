// How long the customer waits for the applet's window: runs lifeline-applet on a private
// Xvfb until its first paint (LIFELINE_APPLET_QUIT_WHEN_SHOWN), N times, and prints the
// wall time of each run (process start to exit after the first paint) and the in-process
// time to first paint, as percentiles.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "net/dev_pki.h"
#include "support/xvfb_server.h"

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())))];
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--runs") runs = std::max(1, QByteArray(argv[i + 1]).toInt());
    }
    lifeline::testing::XvfbServer xvfb("1280x800x24");
    if (!xvfb.ok()) {
        std::fprintf(stderr, "applet_start_bench: %s\n", xvfb.error().c_str());
        return 1;
    }
    QTemporaryDir dir;  // a CA for the applet to load; nothing connects
    const auto paths = lifeline::net::PkiPaths::inDirectory(dir.path().toStdString());
    if (auto made = lifeline::net::generateDevPki(paths, "Bench", {"127.0.0.1"}); !made) {
        std::fprintf(stderr, "applet_start_bench: %s\n", made.error().toString().c_str());
        return 1;
    }
    const QString caPath = QString::fromStdString(paths.caCertificate.string());

    std::vector<double> wall;
    std::vector<double> painted;
    for (int i = 0; i < runs + 1; ++i) {  // the first run warms the page cache and is dropped
        QProcess applet;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DISPLAY", QString::fromStdString(xvfb.display()));
        env.insert("QT_QPA_PLATFORM", "xcb");
        env.insert("LIFELINE_APPLET_QUIT_WHEN_SHOWN", "1");
        applet.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        applet.start(LIFELINE_APPLET_BINARY, {"--relay", "127.0.0.1:1", "--ca", caPath, "--lang", "en"});
        if (!applet.waitForFinished(20000) || applet.exitCode() != 0) {
            std::fprintf(stderr, "applet_start_bench: run %d failed: %s\n", i, applet.readAllStandardError().constData());
            return 1;
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const auto match = QRegularExpression("first paint after (\\d+) ms").match(QString::fromUtf8(applet.readAllStandardOutput()));
        if (i == 0) continue;
        wall.push_back(ms);
        if (match.hasMatch()) painted.push_back(match.captured(1).toDouble());
    }
    std::printf("applet start to first paint (Xvfb, %d runs)\n", runs);
    std::printf("  wall, exec to exit after first paint: p50 %.0f ms  p95 %.0f ms  max %.0f ms\n", percentile(wall, 50),
                percentile(wall, 95), percentile(wall, 100));
    if (!painted.empty()) {
        std::printf("  in process, main() to first paint:    p50 %.0f ms  p95 %.0f ms\n", percentile(painted, 50),
                    percentile(painted, 95));
    }
    return 0;
}
