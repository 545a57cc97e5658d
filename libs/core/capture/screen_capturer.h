#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/frame.h"
#include "core/base/geometry.h"
#include "core/base/result.h"

namespace lifeline::capture {

// One monitor of the customer's desktop, in desktop coordinates.
struct Monitor
{
    std::string name;
    base::Rect geometry;
    bool primary = false;
    friend bool operator==(const Monitor&, const Monitor&) = default;
};

// The whole desktop: its size and the monitors on it (at least one).
struct DisplayLayout
{
    base::Size desktop;
    std::vector<Monitor> monitors;
    friend bool operator==(const DisplayLayout&, const DisplayLayout&) = default;
};

// The pointer image, 0xAARRGGBB premultiplied as XFIXES delivers it. serial changes
// whenever the image does, so a sender can send each shape once.
struct CursorShape
{
    std::uint32_t serial = 0;
    base::Size size;
    base::Point hotspot;
    std::vector<std::uint32_t> argb;
};

struct CursorState
{
    base::Point position;  // in the captured area's coordinates (may lie outside it)
    bool visible = true;
    std::uint32_t shapeSerial = 0;
};

// What one capture brought: the rectangles that may have changed since the previous
// capture (a hint: the differ verifies), and whether the captured area changed size.
struct Capture
{
    base::Region damage;
    bool layoutChanged = false;
};

inline constexpr int kAllMonitors = -1;

// Captures one area of the screen (one monitor or the whole desktop) into its own
// frame. Damage-driven: captureFrame() reads only what the window system reports as
// changed, so an idle desktop costs almost nothing.
//
// Thread: created, used and destroyed on one thread (the applet's capture worker). A
// capturer never starts threads. frame() stays valid and unchanged until the next
// captureFrame() or the capturer's destruction.
class ScreenCapturer
{
public:
    virtual ~ScreenCapturer() = default;

    // The desktop as it is now.
    virtual DisplayLayout layout() const = 0;
    // Captures layout().monitors[index], or the whole desktop with kAllMonitors. The next
    // capture reports a layout change and the whole area as damaged.
    virtual base::Status selectMonitor(int index) = 0;
    virtual int selectedMonitor() const = 0;

    // A descriptor to watch for readability (X11 connection), or -1 when the backend has
    // none. When it becomes readable, hasPendingDamage() may have become true. Any other
    // call may read the backend's events off the descriptor into its own queue (xcb does
    // so while it waits for a reply), and then no readability announces them: a caller that
    // waits on the descriptor asks hasPendingDamage() after every call before it waits.
    virtual int eventFd() const { return -1; }
    // True when a capture now could find changes (events were seen since the last one).
    virtual bool hasPendingDamage() = 0;

    // Updates frame() and reports what may have changed. The first capture, and the first
    // after a monitor or layout change, reports the whole area.
    virtual base::Result<Capture> captureFrame() = 0;
    virtual const base::Frame& frame() const = 0;

    virtual CursorState cursor() = 0;
    // The current shape; its serial matches cursor().shapeSerial.
    virtual const CursorShape& cursorShape() = 0;
};

// Backend names accepted by createScreenCapturer().
struct CapturerOptions
{
    std::string backend = "x11";  // "x11" or "synthetic"
    std::string display;          // x11: the X display name; empty means $DISPLAY
    std::string scene = "idle";   // synthetic: see makeScene() in synthetic/synthetic_screen.h
    base::Size size{1920, 1080};  // synthetic: desktop size
    std::uint32_t seed = 1;       // synthetic: content seed
};

// The factory that picks a backend by name. Errors: kInvalidArgument for an unknown
// backend or scene, kUnavailable when the display cannot be opened or lacks an extension.
base::Result<std::unique_ptr<ScreenCapturer>> createScreenCapturer(const CapturerOptions& options);

}  // namespace lifeline::capture
