#include "support/desktop_session.h"

#include <QDir>
#include <QRegularExpression>

#include <xcb/xcb.h>

#include <cstdlib>
#include <map>
#include <random>

#include "console/main_window.h"
#include "console/session_controller.h"
#include "console/session_tab.h"
#include "core/input/input_injector.h"
#include "support/relay_process.h"
#include "support/tcp_proxy.h"
#include "support/wait.h"

namespace lifeline::test {

namespace {

const QString kEmail = QStringLiteral("ann@example.com");
const QString kPassword = QStringLiteral("correct horse battery staple");

}  // namespace

QProcessEnvironment displayEnvironment(const std::string& display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DISPLAY", QString::fromStdString(display));
    env.insert("QT_QPA_PLATFORM", "xcb");
    env.remove("XAUTHORITY");
    return env;
}

int runOnDisplay(const std::string& display, const QString& program, const QStringList& args, QString* output,
                 int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(displayEnvironment(display));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted()) return -1;
    waitUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output) *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

QImage grabScreen(const testing::X11Painter& display)
{
    xcb_connection_t* c = display.connection();
    auto* geometry = xcb_get_geometry_reply(c, xcb_get_geometry(c, display.root()), nullptr);
    if (geometry == nullptr) return {};
    const int w = geometry->width;
    const int h = geometry->height;
    std::free(geometry);
    QImage image(w, h, QImage::Format_RGB32);
    // In bands, to stay clear of the largest reply an X server sends.
    for (int y = 0; y < h; y += 128) {
        const int rows = std::min(128, h - y);
        auto* reply = xcb_get_image_reply(c,
            xcb_get_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, display.root(), 0, std::int16_t(y), std::uint16_t(w),
                          std::uint16_t(rows), ~0u),
            nullptr);
        if (reply == nullptr) return {};
        const auto* data = reinterpret_cast<const std::uint32_t*>(xcb_get_image_data(reply));
        for (int r = 0; r < rows; ++r) {
            auto* line = reinterpret_cast<std::uint32_t*>(image.scanLine(y + r));
            for (int x = 0; x < w; ++x) line[x] = data[std::size_t(r) * std::size_t(w) + std::size_t(x)] | 0xFF000000u;
        }
        std::free(reply);
    }
    return image;
}

std::uint32_t grabPixel(const testing::X11Painter& display, int x, int y)
{
    xcb_connection_t* c = display.connection();
    auto* reply = xcb_get_image_reply(
        c, xcb_get_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, display.root(), std::int16_t(x), std::int16_t(y), 1, 1, ~0u),
        nullptr);
    if (reply == nullptr) return 0xFFFFFFFFu;
    const std::uint32_t pixel = *reinterpret_cast<const std::uint32_t*>(xcb_get_image_data(reply)) & 0xFFFFFFu;
    std::free(reply);
    return pixel;
}

PatternWindow::PatternWindow(testing::X11Painter& display, QRect geometry, std::uint32_t seed)
    : m_display(display), m_geometry(geometry)
{
    xcb_connection_t* c = display.connection();
    m_pixmap = xcb_generate_id(c);
    xcb_create_pixmap(c, 24, m_pixmap, display.root(), std::uint16_t(geometry.width()), std::uint16_t(geometry.height()));
    m_gc = xcb_generate_id(c);
    xcb_create_gc(c, m_gc, m_pixmap, 0, nullptr);
    paint(m_pixmap, seed);
    m_window = xcb_generate_id(c);
    const std::uint32_t values[] = {m_pixmap, 1};
    xcb_create_window(c, 24, m_window, display.root(), std::int16_t(geometry.x()), std::int16_t(geometry.y()),
                      std::uint16_t(geometry.width()), std::uint16_t(geometry.height()), 0,
                      XCB_WINDOW_CLASS_INPUT_OUTPUT, XCB_COPY_FROM_PARENT, XCB_CW_BACK_PIXMAP | XCB_CW_OVERRIDE_REDIRECT,
                      values);
    xcb_map_window(c, m_window);
    display.sync();
}

PatternWindow::~PatternWindow()
{
    xcb_connection_t* c = m_display.connection();
    xcb_destroy_window(c, m_window);
    xcb_free_gc(c, m_gc);
    xcb_free_pixmap(c, m_pixmap);
    m_display.sync();
}

void PatternWindow::moveTo(QPoint p)
{
    const std::uint32_t values[] = {std::uint32_t(p.x()), std::uint32_t(p.y())};
    xcb_configure_window(m_display.connection(), m_window, XCB_CONFIG_WINDOW_X | XCB_CONFIG_WINDOW_Y, values);
    m_geometry.moveTopLeft(p);
    m_display.sync();
}

void PatternWindow::drawFrame(std::uint32_t seed)
{
    paint(m_window, seed);
}

void PatternWindow::paint(std::uint32_t target, std::uint32_t seed)
{
    const int w = m_geometry.width();
    const int h = m_geometry.height();
    std::vector<std::uint32_t> pixels(std::size_t(w) * std::size_t(h));
    std::mt19937 random(seed);
    const int phase = int(seed % 97);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int bx = (x + phase * 3) / 24;
            const int by = (y + phase) / 16;
            const std::uint32_t base = std::uint32_t((bx * 73 + by * 151 + int(seed) * 29) & 0xFF) << 16
                | std::uint32_t((bx * 37 + by * 11 + x) & 0xFF) << 8 | std::uint32_t((by * 53 + y) & 0xFF);
            pixels[std::size_t(y) * std::size_t(w) + std::size_t(x)] = base ^ (random() & 0x070707u);
        }
    }
    // One request per band keeps each under the server's request size.
    const int band = std::max(1, 60000 / w);
    for (int y = 0; y < h; y += band) {
        const int rows = std::min(band, h - y);
        xcb_put_image(m_display.connection(), XCB_IMAGE_FORMAT_Z_PIXMAP, target, m_gc, std::uint16_t(w),
                      std::uint16_t(rows), 0, std::int16_t(y), 0, 24, std::uint32_t(rows * w * 4),
                      reinterpret_cast<const std::uint8_t*>(pixels.data() + std::size_t(y) * std::size_t(w)));
    }
    m_display.sync();
}

PixelWatch::PixelWatch(std::string display) : m_display(std::move(display)), m_thread([this] { run(); }) {}

PixelWatch::~PixelWatch()
{
    m_stop = true;
    m_thread.join();
}

bool PixelWatch::near(std::uint32_t a, std::uint32_t b)
{
    for (int shift = 0; shift < 24; shift += 8) {
        if (std::abs(int((a >> shift) & 0xFF) - int((b >> shift) & 0xFF)) > 40) return false;
    }
    return true;
}

void PixelWatch::watch(int x, int y, std::uint32_t colour)
{
    m_x = x;
    m_y = y;
    m_seenMs = -1;
    m_colour = colour;
    m_start = std::chrono::steady_clock::now();
    m_active = true;
}

void PixelWatch::run()
{
    testing::X11Painter display(m_display);
    while (!m_stop) {
        if (!m_active) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            continue;
        }
        const std::uint32_t pixel = grabPixel(display, m_x, m_y);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
        if (near(pixel, m_colour) || ms > 3000) {
            m_seenMs = near(pixel, m_colour) ? ms : -1;
            m_active = false;
        } else {
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    }
}

KeyPainter::KeyPainter(std::string display, base::Rect square)
    : m_display(std::move(display)), m_square(square), m_thread([this] { run(); })
{
}

KeyPainter::~KeyPainter()
{
    m_stop = true;
    m_thread.join();
}

bool KeyPainter::ready()
{
    waitUntil([&] { return m_ready != 0; }, 5000);
    return m_ready == 1;
}

void KeyPainter::run()
{
    testing::X11Painter display(m_display);
    if (!display.ok()) {
        m_ready = -1;
        return;
    }
    xcb_connection_t* c = display.connection();
    const std::uint32_t mask = XCB_EVENT_MASK_KEY_PRESS;
    xcb_generic_error_t* error =
        xcb_request_check(c, xcb_change_window_attributes_checked(c, display.root(), XCB_CW_EVENT_MASK, &mask));
    m_ready = error == nullptr ? 1 : -1;
    std::free(error);
    while (!m_stop) {
        xcb_generic_event_t* event = xcb_poll_for_event(c);
        if (event == nullptr) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            continue;
        }
        if ((event->response_type & 0x7F) == XCB_KEY_PRESS) {
            display.fill(m_square, m_next);
            ++m_presses;
        }
        std::free(event);
    }
}

DesktopSession::DesktopSession(std::string customerDisplay, QSize technicianScreen)
    : m_customer(std::move(customerDisplay)), m_technicianScreen(technicianScreen)
{
}

DesktopSession::~DesktopSession()
{
    if (m_session != nullptr) m_session->end();
    m_applet.kill();
    m_applet.waitForFinished();
}

qint64 DesktopSession::appletBytesSent() const
{
    if (m_shapedLine) return m_shapedLine->bytesToTarget();
    return m_appletLine ? m_appletLine->bytesToTarget() : 0;
}

bool DesktopSession::start(QString* error)
{
    auto fail = [&](const QString& what) {
        *error = what;
        return false;
    };
    if (!m_dir.isValid()) return fail("no temporary directory");
    const QString data = m_dir.filePath("relay");
    const Finished added = runRelay({"user", "add", "--data-dir", data, "--email", kEmail, "--name", "Ann Smith",
                                     "--nickname", "Ann", "--role", "master", "--password-stdin"},
                                    kPassword.toUtf8() + "\n");
    if (added.exitCode != 0) return fail("user add: " + added.output);
    m_relay = std::make_unique<ServingRelay>(data);
    if (m_relay->port() == 0) return fail("the relay did not start: " + m_relay->output());
    const QString ca = data + "/tls/ca.pem";
    auto tls = net::TlsClientConfig::fromCaFile(ca);
    if (!tls) return fail(QString::fromStdString(tls.error().toString()));

    m_account.signIn({"127.0.0.1", m_relay->port(), *tls}, kEmail, kPassword);
    if (!waitUntil([&] { return m_account.isSignedIn(); })) return fail("sign-in");
    m_window = std::make_unique<console::MainWindow>(m_account, console::ConsoleOptions{});
    m_window->setGeometry(QRect(QPoint(0, 0), m_technicianScreen));
    m_window->show();
    m_session = m_window->startSession("Bob", {});
    if (m_session == nullptr || !waitUntil([&] { return m_session->pin().size() == 6; })) return fail("no PIN");
    m_tab = m_window->tabFor(m_session->sessionId());
    if (m_tab == nullptr) return fail("no session tab");

    // The applet's line: counting, or shaped like a slow real line (which counts too; on
    // its own thread, so it keeps time while this one paints).
    quint16 line = 0;
    if (m_shape) {
        m_shapedLine = std::make_unique<ShapedLink>(m_relay->port(), *m_shape);
        line = m_shapedLine->port();
    } else {
        m_appletLine = std::make_unique<TcpProxy>(m_relay->port());
        line = m_appletLine->port();
    }
    if (!QDir().mkpath(customerHome())) return fail("no home for the applet");
    QProcessEnvironment environment = displayEnvironment(m_customer);
    environment.insert("HOME", customerHome());
    m_applet.setProcessChannelMode(QProcess::MergedChannels);
    m_applet.setProcessEnvironment(environment);
    m_applet.start(binaryPath("lifeline-applet"), {"--relay", QStringLiteral("127.0.0.1:%1").arg(line),
                                                   "--ca", ca, "--pin", m_session->pin(), "--name", "Bob", "--lang", "en"});
    if (!m_applet.waitForStarted()) return fail("the applet did not start");
    if (!waitUntil([&] { return m_session->state().status() == v1::SESSION_STATUS_ACTIVE; }, 20000)) {
        return fail("the applet did not join: " + QString::fromUtf8(m_applet.readAll()));
    }
    if (!waitUntil([&] { return m_tab->viewAction()->isEnabled(); })) return fail("View screen stayed disabled");
    m_tab->viewAction()->trigger();
    if (!clickAllow(session::Permission::kViewScreen)) return fail("no consent: " + QString::fromUtf8(m_applet.readAll()));
    return true;
}

bool DesktopSession::allow(session::Permission permission)
{
    m_session->requestPermission(permission);
    return clickAllow(permission);
}

// The customer's answer, given the way a customer gives it: a click on Allow.
bool DesktopSession::clickAllow(session::Permission permission)
{
    auto injector = input::createInputInjector({"x11", m_customer, nullptr});
    if (!injector.ok()) return false;
    return waitUntil(
        [&] {
            QString out;
            if (runOnDisplay(m_customer, "xdotool", {"search", "--onlyvisible", "--name", "^Permission request$"}, &out)
                == 0) {
                QString geometry;
                runOnDisplay(m_customer, "xdotool", {"getwindowgeometry", "--shell", out.split('\n').first().trimmed()},
                             &geometry);
                static const QRegularExpression field("(X|Y|WIDTH|HEIGHT)=(\\d+)");
                std::map<QString, int> g;
                for (auto it = field.globalMatch(geometry); it.hasNext();) {
                    auto m = it.next();
                    g[m.captured(1)] = m.captured(2).toInt();
                }
                // Allow is the right-hand button at the bottom (Deny is the default).
                const base::Point allow{g["X"] + g["WIDTH"] - 40, g["Y"] + g["HEIGHT"] - 24};
                (void)(*injector)->movePointer(allow);
                (void)(*injector)->button(1, true);
                (void)(*injector)->button(1, false);
                spinFor(300);
            }
            return m_session->isGranted(permission);
        },
        30000);
}

}  // namespace lifeline::test
