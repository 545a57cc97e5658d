// screen_bench: what the screen pipeline costs, scene by scene, mode by mode.
//
// For each synthetic scene at 1920×1080 (one scene step = one frame = 1/30 s of activity)
// and each encoder mode, it captures, encodes and decodes --frames frames on one thread and
// prints: bytes per second of activity, CPU ms per frame split into capture (copying the
// damaged area out of the synthetic screen; drawing the scene is not counted), diff (the
// tile differ alone, timed on the same frames), encode (the rest of encode(), CPU of the
// calling thread, and wall time, since libvpx also encodes on two threads of its own) and
// decode, and the frames per second the sharing end sustains for capture + diff + encode:
// on one core (CPU time) and on this machine (wall time). Every decoded
// frame is compared with the source, so a figure never comes from a wrong picture.
// Then: the cost of diffing an unchanged frame beside one memcmp of it, what X11 capture
// costs on a private Xvfb, and the tile-size and zlib-level comparisons that chose the
// defaults.
//
// Usage: screen_bench [--frames 150] [--width 1920] [--height 1080] [--only SCENE]
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/capture/x11/x11_screen_capturer.h"
#include "core/codec/lossless_codec.h"
#include "core/codec/tile_differ.h"
#include "core/codec/quality.h"
#include "core/codec/vpx_codec.h"
#include "support/x11_painter.h"
#include "support/xvfb_server.h"

namespace {

using namespace lifeline;

double wallMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Options
{
    int frames = 150;
    base::Size size{1920, 1080};
    std::string only;
};

struct Mode
{
    std::string name;
    std::function<std::unique_ptr<codec::VideoEncoder>()> encoder;
    std::function<std::unique_ptr<codec::VideoDecoder>()> decoder;
    bool exact = true;  // decoded picture must equal the source
    codec::ColourDepth depth = codec::ColourDepth::k24;
};

struct Figures
{
    double bytesPerSecond = 0;
    double captureMs = 0;
    double diffMs = 0;
    double encodeMs = 0;
    double decodeMs = 0;
    double fps = 0;
    double encodeWallMs = 0;  // libvpx also works on its own threads: wall time tells
    double wallFps = 0;
    std::int64_t keyFrameBytes = 0;
    bool pictureOk = true;
    double minPsnr = INFINITY;   // lossy modes: worst frame
    double meanPsnr = 0;
};

base::Frame quantised(const base::Frame& f, codec::ColourDepth depth)
{
    if (depth == codec::ColourDepth::k24) return f;
    base::Frame q = f;
    for (std::uint32_t& p : q.pixels()) p = codec::quantise(p, depth);
    return q;
}

Figures run(const std::string& scene, const Mode& mode, const Options& options,
    std::int32_t tileSize = codec::kDefaultTileSize)
{
    auto made = capture::makeScene(scene, 7);
    capture::SyntheticCapturer capturer(options.size, std::move(made).value());
    capturer.setStepOnCapture(false);  // drawing the scene is not capture
    auto encoder = mode.encoder();
    auto decoder = mode.decoder();
    codec::TileDiffer differ(tileSize);
    base::Frame viewer;
    base::Frame previous;
    Figures f;
    double capture = 0, diff = 0, encode = 0, decode = 0, encodeWall = 0;
    std::int64_t bytes = 0;
    for (int i = 0; i <= options.frames; ++i) {
        capturer.step();
        double t0 = cpuMs();
        auto captured = capturer.captureFrame();
        double t1 = cpuMs();
        if (i > 0 && !previous.isEmpty()) (void)differ.changedTiles(previous, capturer.frame(), captured->damage);
        double t2 = cpuMs();
        const double w2 = wallMs();
        auto encoded = encoder->encode(capturer.frame(), captured->damage);
        const double w3 = wallMs();
        double t3 = cpuMs();
        if (!encoded.ok()) {
            std::fprintf(stderr, "encode failed: %s\n", encoded.error().toString().c_str());
            f.pictureOk = false;
            return f;
        }
        if (!encoded->data.empty()) {
            auto decoded = decoder->decode(encoded->data, viewer);
            if (!decoded.ok()) f.pictureOk = false;
        }
        double t4 = cpuMs();
        if (mode.exact && !(viewer == quantised(capturer.frame(), mode.depth))) f.pictureOk = false;
        if (!mode.exact && i > 0) {
            const double p = std::min(codec::psnr(viewer, capturer.frame()), 99.0);
            f.minPsnr = std::min(f.minPsnr, p);
            f.meanPsnr += p / options.frames;
        }
        previous = capturer.frame();
        if (i == 0) {  // the first frame is the key frame: reported apart
            f.keyFrameBytes = std::int64_t(encoded->data.size());
            continue;
        }
        capture += t1 - t0;
        diff += t2 - t1;
        encode += t3 - t2;
        decode += t4 - t3;
        encodeWall += w3 - w2;
        bytes += std::int64_t(encoded->data.size());
    }
    const double n = options.frames;
    f.bytesPerSecond = double(bytes) / (n / 30.0);
    f.captureMs = capture / n;
    f.diffMs = diff / n;
    // encode() diffs again internally; "encode" is the rest of its cost.
    f.encodeMs = std::max(0.0, encode / n - f.diffMs);
    f.decodeMs = decode / n;
    const double perFrame = f.captureMs + f.diffMs + f.encodeMs;
    f.fps = perFrame > 0 ? 1000.0 / perFrame : 0;
    f.encodeWallMs = encodeWall / n;
    const double perFrameWall = f.captureMs + f.diffMs + f.encodeWallMs;
    f.wallFps = perFrameWall > 0 ? 1000.0 / perFrameWall : 0;
    return f;
}

Mode lossless(const char* name, codec::ColourDepth depth, bool scroll, int level = 6,
    std::int32_t tile = codec::kDefaultTileSize)
{
    Mode m;
    m.name = name;
    m.depth = depth;
    m.encoder = [=] {
        codec::LosslessOptions o;
        o.depth = depth;
        o.scrollDetection = scroll;
        o.zlibLevel = level;
        o.tileSize = tile;
        return std::unique_ptr<codec::VideoEncoder>(std::make_unique<codec::LosslessEncoder>(o));
    };
    m.decoder = [] { return std::unique_ptr<codec::VideoDecoder>(std::make_unique<codec::LosslessDecoder>()); };
    return m;
}

Mode vpx(const char* name, codec::Codec which)
{
    Mode m;
    m.name = name;
    m.exact = false;
    m.encoder = [=] {
        codec::VpxOptions o;
        o.codec = which;
        return std::unique_ptr<codec::VideoEncoder>(std::make_unique<codec::VpxEncoder>(o));
    };
    m.decoder = [] { return std::unique_ptr<codec::VideoDecoder>(std::make_unique<codec::VpxDecoder>()); };
    return m;
}

std::string human(double bytesPerSecond)
{
    char buf[32];
    if (bytesPerSecond >= 1e6) {
        std::snprintf(buf, sizeof buf, "%.2f MB/s", bytesPerSecond / 1e6);
    } else if (bytesPerSecond >= 1e3) {
        std::snprintf(buf, sizeof buf, "%.1f kB/s", bytesPerSecond / 1e3);
    } else {
        std::snprintf(buf, sizeof buf, "%.0f B/s", bytesPerSecond);
    }
    return buf;
}

void unchangedDiffVersusMemcmp(const Options& options)
{
    auto made = capture::makeScene("idle", 7);
    capture::SyntheticCapturer capturer(options.size, std::move(made).value());
    (void)capturer.captureFrame();
    const base::Frame a = capturer.frame();
    const base::Frame b = capturer.frame();
    const base::Region all(a.rect());
    const int rounds = 200;
    volatile int sink = 0;
    double t0 = cpuMs();
    for (int i = 0; i < rounds; ++i) {
        sink = sink + std::memcmp(a.pixels().data(), b.pixels().data(), a.pixels().size_bytes());
    }
    double t1 = cpuMs();
    const codec::TileDiffer differ(codec::kDefaultTileSize);
    for (int i = 0; i < rounds; ++i) sink = sink + int(differ.changedTiles(a, b, all).size());
    double t2 = cpuMs();
    const double memcmpMs = (t1 - t0) / rounds;
    const double diffMs = (t2 - t1) / rounds;
    std::printf("\n### Unchanged %dx%d frame: tile differ vs memcmp\n\n", options.size.width, options.size.height);
    std::printf("| memcmp | tile differ (%d×%d, whole frame hinted) | ratio |\n|---|---|---|\n", codec::kDefaultTileSize,
        codec::kDefaultTileSize);
    std::printf("| %.3f ms | %.3f ms | %.2f× |\n", memcmpMs, diffMs, diffMs / memcmpMs);
}

// What the X11 backend costs on a private Xvfb at the bench size: a full-screen capture, and
// a capture after a 200×100 rectangle was drawn (DAMAGE + SHM of that rectangle alone).
void x11Capture(const Options& options)
{
    char geometry[32];
    std::snprintf(geometry, sizeof geometry, "%dx%dx24", options.size.width, options.size.height);
    testing::XvfbServer server(geometry);
    std::printf("\n### X11 capture (Xvfb %s)\n\n", geometry);
    if (!server.ok()) {
        std::printf("Xvfb did not start: %s\n", server.error().c_str());
        return;
    }
    testing::X11Painter painter(server.display());
    auto capturer = capture::X11ScreenCapturer::open(server.display());
    if (!capturer) {
        std::printf("capture unavailable: %s\n", capturer.error().toString().c_str());
        return;
    }
    const int rounds = 100;
    double full = 0, fullWall = 0, small = 0, smallWall = 0;
    for (int i = 0; i < rounds; ++i) {
        (void)(*capturer)->selectMonitor(capture::kAllMonitors);  // forces a full capture
        double w0 = wallMs(), t0 = cpuMs();
        (void)(*capturer)->captureFrame();
        full += cpuMs() - t0;
        fullWall += wallMs() - w0;
    }
    const base::Rect r{400, 300, 200, 100};
    for (int i = 0; i < rounds; ++i) {
        painter.fill(r, 0x010101u * std::uint32_t(i % 200));
        while (!(*capturer)->hasPendingDamage()) {
        }
        double w0 = wallMs(), t0 = cpuMs();
        (void)(*capturer)->captureFrame();
        small += cpuMs() - t0;
        smallWall += wallMs() - w0;
    }
    std::printf("| capture | CPU ms (capturer thread) | wall ms (incl. X server) |\n|---|---|---|\n");
    std::printf("| whole screen | %.3f | %.3f |\n", full / rounds, fullWall / rounds);
    std::printf("| 200×100 damaged | %.3f | %.3f |\n", small / rounds, smallWall / rounds);
}

}  // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--frames") options.frames = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--width") options.size.width = std::atoi(argv[i + 1]);
        else if (flag == "--height") options.size.height = std::atoi(argv[i + 1]);
        else if (flag == "--only") options.only = argv[i + 1];
    }
    const std::vector<std::string> scenes = {"static", "idle", "typing", "scrolling", "window-drag", "video", "full-motion"};
    const std::vector<Mode> modes = {
        lossless("lossless 24-bit", codec::ColourDepth::k24, true),
        lossless("lossless 24-bit, no scroll detection", codec::ColourDepth::k24, false),
        lossless("lossless 16-bit", codec::ColourDepth::k16, true),
        lossless("lossless 256 colours", codec::ColourDepth::k8, true),
        vpx("VP8 + lossless refresh", codec::Codec::kVp8),
        vpx("VP9 + lossless refresh", codec::Codec::kVp9),
    };

    std::printf("### Scenes at %dx%d, %d frames each (30 frames = 1 s of activity)\n\n", options.size.width,
        options.size.height, options.frames);
    std::printf("| scene | mode | bytes/s | key frame | capture ms | diff ms | encode ms | encode wall ms | decode ms | "
                "fps (1 core) | fps (wall) | picture |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    auto picture = [](const Mode& mode, const Figures& f) {
        char buf[64];
        if (!f.pictureOk) return std::string("WRONG");
        if (mode.exact) return std::string("exact");
        std::snprintf(buf, sizeof buf, "PSNR min %.1f / mean %.1f dB", f.minPsnr, f.meanPsnr);
        return std::string(buf);
    };
    for (const std::string& scene : scenes) {
        if (!options.only.empty() && scene != options.only) continue;
        for (const Mode& mode : modes) {
            if (mode.name.find("no scroll") != std::string::npos && scene != "scrolling") continue;
            const Figures f = run(scene, mode, options);
            std::printf("| %s | %s | %s | %.0f kB | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f | %.0f | %s |\n",
                scene.c_str(), mode.name.c_str(), human(f.bytesPerSecond).c_str(), double(f.keyFrameBytes) / 1e3,
                f.captureMs, f.diffMs, f.encodeMs, f.encodeWallMs, f.decodeMs, f.fps, f.wallFps, picture(mode, f).c_str());
            std::fflush(stdout);
        }
    }

    unchangedDiffVersusMemcmp(options);
    if (options.only.empty()) x11Capture(options);

    if (options.only.empty()) {
        std::printf("\n### Tile size (lossless 24-bit)\n\n| scene | tile | bytes/s | diff ms | encode ms |\n|---|---|---|---|---|\n");
        for (const char* scene : {"typing", "scrolling", "window-drag"}) {
            for (std::int32_t tile : {16, 32, 64}) {
                const Figures f = run(scene, lossless("", codec::ColourDepth::k24, true, 6, tile), options, tile);
                std::printf("| %s | %d | %s | %.3f | %.3f |\n", scene, tile, human(f.bytesPerSecond).c_str(), f.diffMs,
                    f.encodeMs);
            }
        }
        std::printf("\n### zlib level (lossless 24-bit)\n\n| scene | level | bytes/s | key frame | encode ms |\n|---|---|---|---|---|\n");
        for (const char* scene : {"typing", "scrolling", "window-drag"}) {
            for (int level : {1, 6, 9}) {
                const Figures f = run(scene, lossless("", codec::ColourDepth::k24, true, level), options);
                std::printf("| %s | %d | %s | %.0f kB | %.3f |\n", scene, level, human(f.bytesPerSecond).c_str(),
                    double(f.keyFrameBytes) / 1e3, f.encodeMs);
            }
        }
    }
    return 0;
}
