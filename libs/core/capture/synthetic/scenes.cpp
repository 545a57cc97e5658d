// The scripted scenes of the synthetic desktop. Every scene draws the same desktop (a
// gradient wallpaper, a taskbar with a clock ticking once a second, a text window) and
// then animates one thing. Everything is a pure function of the seed and the step count,
// so benchmarks and tests see the same pictures on every machine.

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "core/capture/synthetic/synthetic_screen.h"

namespace lifeline::capture {

namespace {

using base::Point;
using base::Rect;

constexpr std::int32_t kFramesPerSecond = 30;
constexpr std::int32_t kTaskbarHeight = 40;
constexpr std::int32_t kTitleHeight = 28;
constexpr std::int32_t kScrollbarWidth = 16;
constexpr std::int32_t kLineHeight = SyntheticScreen::kGlyphHeight;
constexpr std::uint32_t kPaper = 0xFFFFFF;
constexpr std::uint32_t kInk = 0x202020;
constexpr std::uint32_t kTitle = 0x3060A0;
constexpr std::uint32_t kTaskbar = 0x202830;
constexpr std::uint32_t kScrollTrack = 0xE0E0E0;
constexpr std::uint32_t kScrollThumb = 0x909090;

std::uint32_t rgb(int r, int g, int b)
{
    return std::uint32_t(std::clamp(r, 0, 255)) << 16 | std::uint32_t(std::clamp(g, 0, 255)) << 8
        | std::uint32_t(std::clamp(b, 0, 255));
}

std::uint32_t xorshift(std::uint32_t& state)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

// A stable pseudo-English line of the document: words of 1–10 letters, some lines blank.
std::string documentLine(std::uint32_t seed, std::int64_t index)
{
    std::uint32_t state = seed * 2654435761u + std::uint32_t(index) * 40503u + 1u;
    xorshift(state);
    if (state % 9 == 0) return {};
    const std::size_t length = 20 + state % 80;
    std::string line;
    while (line.size() < length) {
        const std::uint32_t r = xorshift(state);
        const std::size_t word = 1 + r % 10;
        for (std::size_t i = 0; i < word; ++i) line.push_back(char('a' + (xorshift(state) % 26)));
        if (r % 7 == 0) line.push_back(',');
        line.push_back(' ');
    }
    return line;
}

void paintWallpaper(SyntheticScreen& screen, const Rect& r)
{
    base::Frame& frame = screen.mutableFrame();
    const Rect c = r.intersected(frame.rect());
    const std::int32_t h = std::max(frame.height(), 1);
    for (std::int32_t y = c.top(); y < c.bottom(); ++y) {
        std::fill_n(frame.row(y) + c.x, c.width, rgb(20 + 40 * y / h, 60 + 60 * y / h, 120 + 100 * y / h));
    }
    screen.damage(c);
}

// The window all scenes share: a title bar, a content area of text, a scroll bar.
struct TextWindow
{
    Rect frame;

    Rect content() const
    {
        return Rect{frame.x, frame.y + kTitleHeight, frame.width - kScrollbarWidth, frame.height - kTitleHeight};
    }
    Rect scrollbar() const
    {
        return Rect{frame.right() - kScrollbarWidth, frame.y + kTitleHeight, kScrollbarWidth,
            frame.height - kTitleHeight};
    }
    std::int32_t visibleLines() const { return content().height / kLineHeight; }
    Point lineOrigin(std::int32_t visibleIndex) const
    {
        return Point{content().x + 8, content().y + 4 + visibleIndex * kLineHeight};
    }
};

class DesktopScene : public Scene
{
public:
    explicit DesktopScene(std::uint32_t seed) : m_seed(seed) {}

    void step(SyntheticScreen& screen) final
    {
        if (m_step == 0) {
            paintDesktop(screen);
            paint(screen);
        } else {
            if (m_step % kFramesPerSecond == 0) paintClock(screen);
            animate(screen);
        }
        ++m_step;
    }

protected:
    virtual void paint(SyntheticScreen&) {}
    virtual void animate(SyntheticScreen&) {}

    TextWindow window(const SyntheticScreen& screen) const
    {
        const base::Size s = screen.frame().size();
        return TextWindow{Rect{s.width / 8, s.height / 10, s.width * 3 / 4, s.height * 3 / 4}};
    }

    void paintWindow(SyntheticScreen& screen, const TextWindow& w, std::int64_t firstLine) const
    {
        screen.fill(Rect{w.frame.x, w.frame.y, w.frame.width, kTitleHeight}, kTitle);
        screen.drawText(Point{w.frame.x + 10, w.frame.y + 6}, "notes.txt - Editor", kPaper, kTitle, w.frame);
        screen.fill(w.content(), kPaper);
        for (std::int32_t i = 0; i < w.visibleLines(); ++i) {
            paintLine(screen, w, i, firstLine + i);
        }
        paintScrollbar(screen, w, firstLine);
    }

    void paintLine(SyntheticScreen& screen, const TextWindow& w, std::int32_t visibleIndex, std::int64_t line) const
    {
        const Point origin = w.lineOrigin(visibleIndex);
        const Rect clip = w.content();
        screen.fill(Rect{clip.x, origin.y, clip.width, kLineHeight}.intersected(clip), kPaper);
        screen.drawText(origin, documentLine(m_seed, line), kInk, kPaper, clip);
    }

    void paintScrollbar(SyntheticScreen& screen, const TextWindow& w, std::int64_t firstLine) const
    {
        const Rect bar = w.scrollbar();
        screen.fill(bar, kScrollTrack);
        const std::int32_t thumb = 60;
        const std::int32_t travel = std::max(bar.height - thumb, 1);
        const std::int32_t offset = std::int32_t(firstLine % 1000) * travel / 1000;
        screen.fill(Rect{bar.x + 3, bar.y + offset, bar.width - 6, thumb}, kScrollThumb);
    }

    std::int64_t stepCount() const { return m_step; }
    std::uint32_t seed() const { return m_seed; }

private:
    void paintDesktop(SyntheticScreen& screen) const
    {
        const Rect all = screen.frame().rect();
        paintWallpaper(screen, all);
        screen.fill(Rect{0, all.height - kTaskbarHeight, all.width, kTaskbarHeight}, kTaskbar);
        screen.drawText(Point{12, all.height - kTaskbarHeight + 12}, "Start", kPaper, kTaskbar, all);
        paintClock(screen);
    }

    void paintClock(SyntheticScreen& screen) const
    {
        const Rect all = screen.frame().rect();
        const std::int64_t seconds = 9 * 3600 + 41 * 60 + m_step / kFramesPerSecond;
        char text[16];
        std::snprintf(text, sizeof text, "%02d:%02d:%02d", int(seconds / 3600 % 24), int(seconds / 60 % 60),
            int(seconds % 60));
        screen.drawText(Point{all.width - 90, all.height - kTaskbarHeight + 12}, text, kPaper, kTaskbar, all);
    }

    std::uint32_t m_seed;
    std::int64_t m_step = 0;
};

// Only the clock changes.
class IdleScene final : public DesktopScene
{
public:
    using DesktopScene::DesktopScene;

protected:
    void paint(SyntheticScreen& screen) override { paintWindow(screen, window(screen), 0); }
};

// Nothing changes after the first frame: the reference for "idle costs nothing".
class StaticScene final : public Scene
{
public:
    explicit StaticScene(std::uint32_t seed) : m_inner(seed) {}
    void step(SyntheticScreen& screen) override
    {
        if (!m_painted) m_inner.step(screen);
        m_painted = true;
    }

private:
    IdleScene m_inner;
    bool m_painted = false;
};

// Someone types five characters a second into the page; the caret blinks twice a second.
class TypingScene final : public DesktopScene
{
public:
    using DesktopScene::DesktopScene;

protected:
    void paint(SyntheticScreen& screen) override
    {
        const TextWindow w = window(screen);
        paintWindow(screen, w, 0);
        m_line = w.visibleLines() / 2;
        screen.fill(Rect{w.content().x, w.lineOrigin(m_line).y, w.content().width, kLineHeight}, kPaper);
    }

    void animate(SyntheticScreen& screen) override
    {
        const TextWindow w = window(screen);
        const Point origin = w.lineOrigin(m_line);
        const Rect caret{origin.x + m_column * SyntheticScreen::kGlyphWidth, origin.y, 2, kLineHeight};
        if (stepCount() % (kFramesPerSecond / 5) == 0) {
            static constexpr std::string_view kSentence =
                "Hello, this is Ann from IT. I am looking at your screen now; please keep this window open. ";
            const char ch = kSentence[std::size_t(m_typed++) % kSentence.size()];
            screen.fill(caret, kPaper);
            const std::int32_t maxColumns = (w.content().width - 16) / SyntheticScreen::kGlyphWidth;
            screen.drawText(Point{caret.x, origin.y}, std::string_view(&ch, 1), kInk, kPaper, w.content());
            if (++m_column >= maxColumns) {
                m_column = 0;
                m_line = m_line + 1 < w.visibleLines() ? m_line + 1 : 0;
                screen.fill(Rect{w.content().x, w.lineOrigin(m_line).y, w.content().width, kLineHeight}, kPaper);
            }
        } else if (stepCount() % (kFramesPerSecond / 4) == 0) {
            m_caretOn = !m_caretOn;
            screen.fill(caret, m_caretOn ? kInk : kPaper);
        }
    }

private:
    std::int32_t m_line = 0;
    std::int32_t m_column = 0;
    std::int64_t m_typed = 0;
    bool m_caretOn = false;
};

// The page scrolls one line per frame, as an editor does: the content moves up, the new
// line is drawn at the bottom, the scroll bar thumb follows.
class ScrollingScene final : public DesktopScene
{
public:
    using DesktopScene::DesktopScene;

protected:
    void paint(SyntheticScreen& screen) override { paintWindow(screen, window(screen), 0); }

    void animate(SyntheticScreen& screen) override
    {
        const TextWindow w = window(screen);
        const Rect content = w.content();
        const std::int32_t lines = w.visibleLines();
        if (lines < 2) return;  // a screen too small to scroll on
        const Rect text{content.x, w.lineOrigin(0).y, content.width, lines * kLineHeight};
        ++m_firstLine;
        screen.mutableFrame().moveRect(Rect{text.x, text.y + kLineHeight, text.width, text.height - kLineHeight},
            Point{text.x, text.y});
        screen.damage(text);
        paintLine(screen, w, lines - 1, m_firstLine + lines - 1);
        paintScrollbar(screen, w, m_firstLine);
    }

private:
    std::int64_t m_firstLine = 0;
};

// The text window is dragged across the wallpaper, bouncing off the edges, with the
// pointer on its title bar.
class WindowDragScene final : public DesktopScene
{
public:
    using DesktopScene::DesktopScene;

protected:
    void paint(SyntheticScreen& screen) override
    {
        const base::Size size = screen.frame().size();
        const TextWindow w = smallWindow(screen, Point{std::min(100, size.width / 8), std::min(100, size.height / 8)});
        paintWindow(screen, w, 0);
        m_window = base::Frame(w.frame.size());
        for (std::int32_t y = 0; y < w.frame.height; ++y) {
            std::copy_n(screen.frame().row(w.frame.y + y) + w.frame.x, w.frame.width, m_window.row(y));
        }
        m_position = w.frame;
        screen.setCursorPosition(Point{m_position.x + 200, m_position.y + 10});
    }

    void animate(SyntheticScreen& screen) override
    {
        const Rect desk{0, 0, screen.frame().width(), screen.frame().height() - kTaskbarHeight};
        Rect next = m_position.translated(m_dx, m_dy);
        if (next.left() < desk.left() || next.right() > desk.right()) m_dx = -m_dx;
        if (next.top() < desk.top() || next.bottom() > desk.bottom()) m_dy = -m_dy;
        next = m_position.translated(m_dx, m_dy);
        if (!desk.contains(next)) return;  // a screen too small to move the window on
        // Expose the wallpaper the window leaves, then draw the window at its new place.
        paintWallpaper(screen, Rect{m_position.x, m_position.y, m_position.width, std::abs(m_dy)}.translated(
                                   0, m_dy > 0 ? 0 : m_position.height + m_dy));
        paintWallpaper(screen, Rect{m_position.x, m_position.y, std::abs(m_dx), m_position.height}.translated(
                                   m_dx > 0 ? 0 : m_position.width + m_dx, 0));
        base::Frame& frame = screen.mutableFrame();
        for (std::int32_t y = 0; y < next.height; ++y) {
            std::copy_n(m_window.row(y), next.width, frame.row(next.y + y) + next.x);
        }
        screen.damage(next);
        m_position = next;
        screen.setCursorPosition(Point{m_position.x + 200, m_position.y + 10});
    }

private:
    TextWindow smallWindow(const SyntheticScreen& screen, Point at) const
    {
        const base::Size s = screen.frame().size();
        return TextWindow{Rect{at.x, at.y, std::max(s.width / 3, std::min(200, s.width / 2)),
            std::max(s.height / 3, std::min(120, s.height / 2))}};
    }

    base::Frame m_window;
    Rect m_position;
    std::int32_t m_dx = 6;
    std::int32_t m_dy = 3;
};

// A 640×360 video playing inside the window (or, full screen, over everything): moving
// plasma with per-pixel noise. Full screen keeps the grain small: uniform noise of ±8 on
// every pixel of 1080p is no film, it is a test of the noise.
class VideoScene final : public DesktopScene
{
public:
    VideoScene(std::uint32_t seed, bool fullScreen) : DesktopScene(seed), m_noise(seed | 1u), m_fullScreen(fullScreen)
    {
        for (std::size_t i = 0; i < m_wave.size(); ++i) {
            m_wave[i] = int(64.0 + 63.0 * std::sin(double(i) * 2.0 * 3.14159265358979 / 256.0));
        }
    }

protected:
    void paint(SyntheticScreen& screen) override
    {
        paintWindow(screen, window(screen), 0);
        animate(screen);
    }

    void animate(SyntheticScreen& screen) override
    {
        const Rect content = window(screen).content();
        const Rect video = m_fullScreen ? screen.frame().rect()
                                        : Rect{content.x + 40, content.y + 40, 640, 360}.intersected(content);
        base::Frame& frame = screen.mutableFrame();
        const int t = int(stepCount());
        for (std::int32_t y = video.top(); y < video.bottom(); ++y) {
            std::uint32_t* row = frame.row(y);
            const int wy = m_wave[std::size_t((y * 2 + t * 5) & 255)];
            for (std::int32_t x = video.left(); x < video.right(); ++x) {
                const int v = m_wave[std::size_t((x + t * 3) & 255)] + wy + m_wave[std::size_t((x + y + t * 7) & 255)];
                // Film grain: ±8 in the window, ±2 full screen (a camera's sensor noise).
                const int n = m_fullScreen ? int(xorshift(m_noise) & 3) - 2 : int(xorshift(m_noise) & 15) - 8;
                row[x] = rgb(v + n, (v * 3 / 4) + n, 255 - v / 2 + n);
            }
        }
        screen.damage(video);
    }

private:
    std::array<int, 256> m_wave{};
    std::uint32_t m_noise;
    bool m_fullScreen;
};

}  // namespace

base::Result<std::unique_ptr<Scene>> makeScene(std::string_view name, std::uint32_t seed)
{
    if (name == "idle") return std::unique_ptr<Scene>(std::make_unique<IdleScene>(seed));
    if (name == "static") return std::unique_ptr<Scene>(std::make_unique<StaticScene>(seed));
    if (name == "typing") return std::unique_ptr<Scene>(std::make_unique<TypingScene>(seed));
    if (name == "scrolling") return std::unique_ptr<Scene>(std::make_unique<ScrollingScene>(seed));
    if (name == "window-drag") return std::unique_ptr<Scene>(std::make_unique<WindowDragScene>(seed));
    if (name == "video") return std::unique_ptr<Scene>(std::make_unique<VideoScene>(seed, false));
    if (name == "full-motion") return std::unique_ptr<Scene>(std::make_unique<VideoScene>(seed, true));
    return base::makeError(base::ErrorCode::kInvalidArgument, "unknown scene: " + std::string(name));
}

}  // namespace lifeline::capture
