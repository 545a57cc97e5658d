#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/capture/screen_capturer.h"

struct xcb_connection_t;

namespace lifeline::capture {

// X11 capture on xcb: MIT-SHM images of the root window, DAMAGE for what changed,
// RandR 1.5 monitors for the layout, XFIXES for the cursor. The X server must run at
// depth 24 with 32-bit pixels (every current X server and Xvfb's default).
//
// Thread and lifetime: as ScreenCapturer. Owns its own X connection; eventFd() is that
// connection's socket.
class X11ScreenCapturer final : public ScreenCapturer
{
public:
    // Opens display (empty: $DISPLAY). kUnavailable when it cannot be opened or lacks
    // SHM, DAMAGE, XFIXES or RandR 1.5, or uses another pixel format.
    static base::Result<std::unique_ptr<X11ScreenCapturer>> open(const std::string& display);
    ~X11ScreenCapturer() override;

    DisplayLayout layout() const override { return m_layout; }
    base::Status selectMonitor(int index) override;
    int selectedMonitor() const override { return m_selected; }
    int eventFd() const override;
    bool hasPendingDamage() override;
    base::Result<Capture> captureFrame() override;
    const base::Frame& frame() const override { return m_frame; }
    CursorState cursor() override;
    const CursorShape& cursorShape() override;

private:
    struct Shm;
    explicit X11ScreenCapturer(xcb_connection_t* connection);

    base::Status initialise();
    void drainEvents();
    base::Status refreshLayout();
    base::Rect capturedArea() const;
    base::Status ensureShm(std::size_t bytes);
    base::Status grab(const base::Rect& desktopRect, const base::Rect& area);
    void fetchCursorShape();

    xcb_connection_t* m_connection;
    std::uint32_t m_root = 0;
    std::uint32_t m_damage = 0;
    std::uint32_t m_region = 0;
    std::uint8_t m_damageEvent = 0;
    std::uint8_t m_xfixesEvent = 0;
    std::uint8_t m_randrEvent = 0;
    std::unique_ptr<Shm> m_shm;
    DisplayLayout m_layout;
    int m_selected = kAllMonitors;
    base::Frame m_frame;
    bool m_needFull = true;
    bool m_damagePending = true;
    bool m_layoutDirty = false;
    bool m_cursorDirty = true;
    CursorShape m_cursorShape;
};

}  // namespace lifeline::capture
