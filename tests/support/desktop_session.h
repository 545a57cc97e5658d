#pragma once

#include <QImage>
#include <QProcess>
#include <QRect>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "console/account_controller.h"
#include "session/consent.h"
#include "support/shaped_link.h"
#include "support/x11_painter.h"

namespace lifeline::console {
class MainWindow;
class SessionController;
class SessionTab;
}  // namespace lifeline::console

namespace lifeline::test {

class ServingRelay;
class TcpProxy;

// An environment for X clients on `display` (DISPLAY set, Qt on xcb).
QProcessEnvironment displayEnvironment(const std::string& display);
// Runs an X client on `display` to completion while this process's event loop keeps running;
// its exit code, or -1 when it did not start or finish within timeoutMs.
int runOnDisplay(const std::string& display, const QString& program, const QStringList& args,
                 QString* output = nullptr, int timeoutMs = 30000);

// The whole screen of an X display as a person sees it (Xvfb draws no pointer into its
// framebuffer), read with GetImage in bands; null when the display is gone.
QImage grabScreen(const testing::X11Painter& display);
// One pixel, 0x00RRGGBB; a cheap poll for latency measurements.
std::uint32_t grabPixel(const testing::X11Painter& display, int x, int y);

// Polls one pixel of a display from its own thread and X connection, so the console in this
// process keeps painting while it waits: the far end of a latency measurement.
class PixelWatch
{
public:
    explicit PixelWatch(std::string display);
    ~PixelWatch();
    PixelWatch(const PixelWatch&) = delete;
    PixelWatch& operator=(const PixelWatch&) = delete;

    // Seen is near enough: a lossy picture shows the colour within a few levels before the
    // lossless refresh makes it exact, and a person sees it then.
    static bool near(std::uint32_t a, std::uint32_t b);

    // Starts the clock and watches for `colour` at (x, y); done() when seen or after 3 s.
    void watch(int x, int y, std::uint32_t colour);
    bool done() const { return !m_active; }
    // Milliseconds from watch() until the colour was seen; -1 when it was not.
    double seenMs() const { return m_seenMs; }

private:
    void run();

    std::string m_display;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_active{false};
    std::atomic<int> m_x{0};
    std::atomic<int> m_y{0};
    std::atomic<std::uint32_t> m_colour{0};
    std::atomic<double> m_seenMs{-1};
    std::chrono::steady_clock::time_point m_start;  // written before m_active is set
    std::thread m_thread;
};

// A square on a display that takes the next colour each time a key is pressed there (the
// display's keyboard focus left at PointerRoot, the pointer over the bare root window): the
// near end of a keystroke-to-picture measurement. Watches from its own thread and X
// connection.
class KeyPainter
{
public:
    KeyPainter(std::string display, base::Rect square);
    ~KeyPainter();
    KeyPainter(const KeyPainter&) = delete;
    KeyPainter& operator=(const KeyPainter&) = delete;

    // The colour the square takes at the next key press (0x00RRGGBB).
    void setNextColour(std::uint32_t colour) { m_next = colour; }
    int presses() const { return m_presses; }
    // False when it could not watch the display's keys.
    bool ready();

private:
    void run();

    std::string m_display;
    base::Rect m_square;
    std::atomic<std::uint32_t> m_next{0};
    std::atomic<int> m_presses{0};
    std::atomic<int> m_ready{0};  // 1 watching, -1 failed
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// A window on a display whose background is a pixmap with a pattern (coloured blocks with
// edges and a little noise, distinct everywhere), so the X server repaints it on every
// exposure by itself. drawFrame() draws new content straight into it, as a video player does.
class PatternWindow
{
public:
    PatternWindow(testing::X11Painter& display, QRect geometry, std::uint32_t seed);
    ~PatternWindow();
    PatternWindow(const PatternWindow&) = delete;
    PatternWindow& operator=(const PatternWindow&) = delete;

    void moveTo(QPoint p);
    void drawFrame(std::uint32_t seed);
    QRect geometry() const { return m_geometry; }

private:
    void paint(std::uint32_t target, std::uint32_t seed);

    testing::X11Painter& m_display;
    QRect m_geometry;
    std::uint32_t m_pixmap = 0;
    std::uint32_t m_gc = 0;
    std::uint32_t m_window = 0;
};

// One support session across two X displays, as people run it: the real lifeline-relay
// program on a loopback port with real TLS, the console's window in this process (on this
// process's display, the technician's), a session tab, the real lifeline-applet program on
// the customer's display — through a counting TCP proxy — and the customer's consent to view
// given by a click on Allow (XTEST). For tests and benchmarks of what the technician sees.
class DesktopSession
{
public:
    DesktopSession(std::string customerDisplay, QSize technicianScreen);
    ~DesktopSession();

    // Before start(): the applet's line to the relay behaves like this slow real line.
    void shapeCustomerLine(ShapedLink::Shape shape) { m_shape = shape; }
    // Sets everything up; false with `error` said when a step failed.
    bool start(QString* error);
    // Asks for `permission` and gives the customer's answer the way a customer gives it: a
    // click on Allow on the customer's display. False when it was not granted within 30 s.
    bool allow(session::Permission permission);
    // The applet's home folder: it receives files in Downloads/Lifeline there and shares it.
    QString customerHome() const { return m_dir.filePath("customer-home"); }

    console::SessionController& session() const { return *m_session; }
    console::SessionTab& tab() const { return *m_tab; }
    QProcess& applet() { return m_applet; }
    qint64 appletPid() const { return m_applet.processId(); }
    // What the applet sent towards the relay so far (TLS records included).
    qint64 appletBytesSent() const;

private:
    bool clickAllow(session::Permission permission);

    std::string m_customer;
    QSize m_technicianScreen;
    QTemporaryDir m_dir;
    std::unique_ptr<ServingRelay> m_relay;
    std::unique_ptr<TcpProxy> m_appletLine;
    std::optional<ShapedLink::Shape> m_shape;
    std::unique_ptr<ShapedLink> m_shapedLine;  // instead of m_appletLine when shaped
    console::AccountController m_account;
    std::unique_ptr<console::MainWindow> m_window;
    console::SessionController* m_session = nullptr;
    console::SessionTab* m_tab = nullptr;
    QProcess m_applet;
};

}  // namespace lifeline::test
