#pragma once

#include <cstdint>
#include <string_view>

#include "core/base/frame.h"
#include "core/base/geometry.h"
#include "core/capture/screen_capturer.h"

namespace lifeline::capture {

// An in-memory desktop for tests and benchmarks: a frame, the damage drawn since the last
// capture, a monitor layout and a pointer. Scenes draw into it; the synthetic input
// injector draws clicks into it, so an end-to-end test can see input change the picture.
//
// Thread: whoever owns it (the capture worker); not thread-safe.
class SyntheticScreen
{
public:
    explicit SyntheticScreen(base::Size size);

    const base::Frame& frame() const { return m_frame; }
    // Direct access for drawing; the caller reports what it changed with damage().
    base::Frame& mutableFrame() { return m_frame; }
    void damage(const base::Rect& r) { m_damage.add(r.intersected(m_frame.rect())); }
    base::Region takeDamage();

    const DisplayLayout& layout() const { return m_layout; }
    // Replaces the layout (a monitor plugged in or out): the frame is resized to the new
    // desktop, keeps what overlaps, and the next capture sees a layout change.
    void setLayout(DisplayLayout layout);
    bool takeLayoutChanged();

    CursorState cursor() const { return m_cursor; }
    const CursorShape& cursorShape() const { return m_cursorShape; }
    void setCursorPosition(base::Point p) { m_cursor.position = p; }

    // Drawing helpers that also record damage.
    void fill(const base::Rect& r, std::uint32_t pixel);
    // Text in the built-in 8×16 cell font; returns the x after the last character.
    std::int32_t drawText(base::Point topLeft, std::string_view text, std::uint32_t fg, std::uint32_t bg,
        const base::Rect& clip);

    static constexpr std::int32_t kGlyphWidth = 8;
    static constexpr std::int32_t kGlyphHeight = 16;

private:
    base::Frame m_frame;
    base::Region m_damage;
    DisplayLayout m_layout;
    bool m_layoutChanged = false;
    CursorState m_cursor;
    CursorShape m_cursorShape;
};

// A scripted animation of the synthetic desktop. The first step() paints the whole
// screen; each later step is one frame time (1/30 s) of activity.
class Scene
{
public:
    virtual ~Scene() = default;
    virtual void step(SyntheticScreen& screen) = 0;
};

// Scenes by name: "static" (nothing moves), "idle" (a clock ticks), "typing" (a line of text being typed into a
// page), "scrolling" (a page of text scrolling one line a frame), "window-drag" (a window
// moved across the wallpaper), "video" (a 640×360 region of motion and noise),
// "full-motion" (the same over the whole screen).
base::Result<std::unique_ptr<Scene>> makeScene(std::string_view name, std::uint32_t seed);

}  // namespace lifeline::capture
