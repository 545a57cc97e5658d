// screen_bench: what the screen pipeline costs, scene by scene, mode by mode.
//
// For each synthetic scene at 1920×1080 (one scene step = one frame = 1/30 s of activity)
// and each encoder mode, it captures, encodes and decodes --frames frames on one thread and
// prints: bytes per second of activity, CPU ms per frame split into capture, diff (the
// tile differ alone, timed on the same frames), encode (the rest of encode()) and decode,
// and the frames per second one core could sustain for capture + encode. Every decoded
// frame is compared with the source, so a figure never comes from a wrong picture.
// Then: the cost of diffing an unchanged frame beside one memcmp of it, and the tile-size
// and zlib-level comparisons that chose the defaults.
//
// Usage: screen_bench [--frames 150] [--width 1920] [--height 1080] [--only SCENE]
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "core/capture/synthetic/synthetic_capturer.h"
#include "core/codec/lossless_codec.h"
#include "core/codec/tile_differ.h"

namespace {

using namespace lifeline;

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
    std::int64_t keyFrameBytes = 0;
    bool pictureOk = true;
};

base::Frame quantised(const base::Frame& f, codec::ColourDepth depth)
{
    if (depth == codec::ColourDepth::k24) return f;
    base::Frame q = f;
    for (std::uint32_t& p : q.pixels()) p = codec::quantise(p, depth);
    return q;
}

Figures run(const std::string& scene, const Mode& mode, const Options& options, std::int32_t tileSize = 32)
{
    auto made = capture::makeScene(scene, 7);
    capture::SyntheticCapturer capturer(options.size, std::move(made).value());
    auto encoder = mode.encoder();
    auto decoder = mode.decoder();
    codec::TileDiffer differ(tileSize);
    base::Frame viewer;
    base::Frame previous;
    Figures f;
    double capture = 0, diff = 0, encode = 0, decode = 0;
    std::int64_t bytes = 0;
    for (int i = 0; i <= options.frames; ++i) {
        double t0 = cpuMs();
        auto captured = capturer.captureFrame();
        double t1 = cpuMs();
        if (i > 0 && !previous.isEmpty()) (void)differ.changedTiles(previous, capturer.frame(), captured->damage);
        double t2 = cpuMs();
        auto encoded = encoder->encode(capturer.frame(), captured->damage);
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
        previous = capturer.frame();
        if (i == 0) {  // the first frame is the key frame: reported apart
            f.keyFrameBytes = std::int64_t(encoded->data.size());
            continue;
        }
        capture += t1 - t0;
        diff += t2 - t1;
        encode += t3 - t2;
        decode += t4 - t3;
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
    return f;
}

Mode lossless(const char* name, codec::ColourDepth depth, bool scroll, int level = 6, std::int32_t tile = 32)
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
    const codec::TileDiffer differ(32);
    for (int i = 0; i < rounds; ++i) sink = sink + int(differ.changedTiles(a, b, all).size());
    double t2 = cpuMs();
    const double memcmpMs = (t1 - t0) / rounds;
    const double diffMs = (t2 - t1) / rounds;
    std::printf("\n### Unchanged %dx%d frame: tile differ vs memcmp\n\n", options.size.width, options.size.height);
    std::printf("| memcmp | tile differ (32×32, whole frame hinted) | ratio |\n|---|---|---|\n");
    std::printf("| %.3f ms | %.3f ms | %.2f× |\n", memcmpMs, diffMs, diffMs / memcmpMs);
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
    const std::vector<std::string> scenes = {"static", "idle", "typing", "scrolling", "window-drag", "video"};
    const std::vector<Mode> modes = {
        lossless("lossless 24-bit", codec::ColourDepth::k24, true),
        lossless("lossless 24-bit, no scroll detection", codec::ColourDepth::k24, false),
        lossless("lossless 16-bit", codec::ColourDepth::k16, true),
        lossless("lossless 256 colours", codec::ColourDepth::k8, true),
    };

    std::printf("### Scenes at %dx%d, %d frames each (30 frames = 1 s of activity)\n\n", options.size.width,
        options.size.height, options.frames);
    std::printf("| scene | mode | bytes/s | key frame | capture ms | diff ms | encode ms | decode ms | fps (1 core) | "
                "picture |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (const std::string& scene : scenes) {
        if (!options.only.empty() && scene != options.only) continue;
        for (const Mode& mode : modes) {
            if (mode.name.find("no scroll") != std::string::npos && scene != "scrolling") continue;
            const Figures f = run(scene, mode, options);
            std::printf("| %s | %s | %s | %.0f kB | %.3f | %.3f | %.3f | %.3f | %.0f | %s |\n", scene.c_str(),
                mode.name.c_str(), human(f.bytesPerSecond).c_str(), double(f.keyFrameBytes) / 1e3, f.captureMs,
                f.diffMs, f.encodeMs, f.decodeMs, f.fps, f.pictureOk ? "exact" : "WRONG");
            std::fflush(stdout);
        }
    }

    unchangedDiffVersusMemcmp(options);

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
