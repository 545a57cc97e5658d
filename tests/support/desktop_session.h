#pragma once

#include <QImage>
#include <QProcess>
#include <QRect>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <string>

#include "console/account_controller.h"
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

    // Sets everything up; false with `error` said when a step failed.
    bool start(QString* error);

    console::SessionController& session() const { return *m_session; }
    console::SessionTab& tab() const { return *m_tab; }
    QProcess& applet() { return m_applet; }
    qint64 appletPid() const { return m_applet.processId(); }
    // What the applet sent towards the relay so far (TLS records included).
    qint64 appletBytesSent() const;

private:
    bool allowOnTheCustomersScreen();

    std::string m_customer;
    QSize m_technicianScreen;
    QTemporaryDir m_dir;
    std::unique_ptr<ServingRelay> m_relay;
    std::unique_ptr<TcpProxy> m_appletLine;
    console::AccountController m_account;
    std::unique_ptr<console::MainWindow> m_window;
    console::SessionController* m_session = nullptr;
    console::SessionTab* m_tab = nullptr;
    QProcess m_applet;
};

}  // namespace lifeline::test
