// The technician's picture matches the customer's screen on a real X desktop, judged the way
// a person judges it: by the pixels on the technician's screen.
//
// Two private Xvfb servers: A is the customer's desktop, where the real lifeline-applet
// program runs and real X clients (xterm with less and cat, driven by xdotool through XTEST,
// and windows of this test's own) scroll, type, move, open, close and play a video-like
// animation; B is the technician's, where the console's window lives (in this process, so
// the test can press its buttons as a technician would). The relay is the real
// lifeline-relay program on a loopback port with real TLS. After each scene the checker
// grabs both screens and compares the picture on B with A: it must converge within
// kConvergeMs of A going still (docs/architecture.md, "The picture always converges"):
// pixel-exact in the lossless modes, at least 35 dB PSNR in the lossy ones and exact after
// the lossless refresh.
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <xcb/xcb.h>

#include <array>
#include <chrono>
#include <functional>
#include <cmath>
#include <cstdlib>
#include <random>
#include <thread>

#include "console/account_controller.h"
#include "console/main_window.h"
#include "console/session_controller.h"
#include "console/session_tab.h"
#include "core/input/input_injector.h"
#include "support/relay_process.h"
#include "support/wait.h"
#include "support/xvfb_server.h"
#include "ui/remote_view.h"

namespace lifeline::test {
namespace {

std::string g_customer;    // display A
std::string g_technician;  // display B, this process's
const QSize kCustomerSize(1024, 640);
const QSize kTechnicianSize(1920, 1080);
constexpr int kConvergeMs = 1000;
const QString kPassword = QStringLiteral("correct horse battery staple");

QProcessEnvironment customerEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DISPLAY", QString::fromStdString(g_customer));
    env.insert("QT_QPA_PLATFORM", "xcb");
    env.remove("XAUTHORITY");
    return env;
}

// Runs an X client on the customer's display to completion while the console keeps working.
int runOnCustomer(const QString& program, const QStringList& args, QString* output = nullptr, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(customerEnvironment());
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

int xdotool(const QStringList& args, QString* output = nullptr)
{
    return runOnCustomer(QStringLiteral("xdotool"), args, output);
}

// The whole screen of an X display, as a person would see it (no pointer: Xvfb draws none
// into its framebuffer; the console draws the customer's pointer, see pointerBox()).
class Screen
{
public:
    explicit Screen(const std::string& display) : m_c(xcb_connect(display.c_str(), nullptr))
    {
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_c)).data->root;
    }
    ~Screen() { xcb_disconnect(m_c); }
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    xcb_connection_t* connection() const { return m_c; }
    xcb_window_t root() const { return m_root; }

    QImage grab() const
    {
        auto* geometry = xcb_get_geometry_reply(m_c, xcb_get_geometry(m_c, m_root), nullptr);
        if (geometry == nullptr) return {};
        const int w = geometry->width;
        const int h = geometry->height;
        std::free(geometry);
        QImage image(w, h, QImage::Format_RGB32);
        // In bands, to stay clear of the largest request and reply an X server takes.
        for (int y = 0; y < h; y += 128) {
            const int rows = std::min(128, h - y);
            auto* reply = xcb_get_image_reply(
                m_c, xcb_get_image(m_c, XCB_IMAGE_FORMAT_Z_PIXMAP, m_root, 0, std::int16_t(y), std::uint16_t(w),
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

    void warpPointer(QPoint p)
    {
        xcb_warp_pointer(m_c, XCB_NONE, m_root, 0, 0, 0, 0, std::int16_t(p.x()), std::int16_t(p.y()));
        sync();
    }
    void sync() const { std::free(xcb_get_input_focus_reply(m_c, xcb_get_input_focus(m_c), nullptr)); }

private:
    xcb_connection_t* m_c;
    xcb_window_t m_root;
};

// How the picture at `offset` on B differs from A, outside `excluded` (A's coordinates).
struct Difference
{
    qint64 pixels = 0;  // pixels not exactly equal
    double psnr = INFINITY;
    QPoint first{-1, -1};
    int maxError[3] = {0, 0, 0};  // red, green, blue
};

// What "matches" means in each mode.
using Match = std::function<bool(const Difference&)>;
const Match kExact = [](const Difference& d) { return d.pixels == 0; };
const Match kLossy = [](const Difference& d) { return d.psnr >= 35.0; };
// Fewer colours: every pixel within the depth's worst-case rounding (core/codec/colour.h).
Match withinDepth(int bits)
{
    const std::array<int, 3> limit = bits == 16 ? std::array<int, 3>{4, 2, 4} : std::array<int, 3>{18, 18, 42};
    return [limit](const Difference& d) {
        return d.maxError[0] <= limit[0] && d.maxError[1] <= limit[1] && d.maxError[2] <= limit[2];
    };
}

Difference compare(const QImage& a, const QImage& b, QPoint offset, const QRect& excluded)
{
    Difference d;
    if (a.isNull() || b.isNull() || !b.rect().contains(QRect(offset, a.size()))) {
        d.pixels = qint64(a.width()) * a.height();
        d.psnr = 0;
        return d;
    }
    double squares = 0;
    qint64 counted = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* pa = reinterpret_cast<const std::uint32_t*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const std::uint32_t*>(b.constScanLine(y + offset.y())) + offset.x();
        for (int x = 0; x < a.width(); ++x) {
            if (excluded.contains(x, y)) continue;
            ++counted;
            const std::uint32_t va = pa[x] & 0xFFFFFFu;
            const std::uint32_t vb = pb[x] & 0xFFFFFFu;
            if (va == vb) continue;
            if (d.pixels++ == 0) d.first = QPoint(x, y);
            for (int channel = 0; channel < 3; ++channel) {
                const int shift = 16 - 8 * channel;
                const int e = std::abs(int((va >> shift) & 0xFF) - int((vb >> shift) & 0xFF));
                d.maxError[channel] = std::max(d.maxError[channel], e);
                squares += double(e) * double(e);
            }
        }
    }
    if (d.pixels > 0) d.psnr = 10 * std::log10(255.0 * 255.0 / (squares / (3.0 * double(std::max<qint64>(counted, 1)))));
    return d;
}

// A window of this test on the customer's display whose background is a pixmap with a
// pattern, so the X server repaints it on every exposure without the test's help.
class PatternWindow
{
public:
    PatternWindow(Screen& screen, QRect geometry, std::uint32_t seed) : m_screen(screen), m_geometry(geometry)
    {
        xcb_connection_t* c = screen.connection();
        m_pixmap = xcb_generate_id(c);
        xcb_create_pixmap(c, 24, m_pixmap, screen.root(), std::uint16_t(geometry.width()), std::uint16_t(geometry.height()));
        m_gc = xcb_generate_id(c);
        xcb_create_gc(c, m_gc, m_pixmap, 0, nullptr);
        paint(m_pixmap, seed);
        m_window = xcb_generate_id(c);
        const std::uint32_t values[] = {m_pixmap, 1};
        xcb_create_window(c, 24, m_window, screen.root(), std::int16_t(geometry.x()), std::int16_t(geometry.y()),
                          std::uint16_t(geometry.width()), std::uint16_t(geometry.height()), 0,
                          XCB_WINDOW_CLASS_INPUT_OUTPUT, XCB_COPY_FROM_PARENT,
                          XCB_CW_BACK_PIXMAP | XCB_CW_OVERRIDE_REDIRECT, values);
        xcb_map_window(c, m_window);
        screen.sync();
    }
    ~PatternWindow()
    {
        xcb_connection_t* c = m_screen.connection();
        xcb_destroy_window(c, m_window);
        xcb_free_gc(c, m_gc);
        xcb_free_pixmap(c, m_pixmap);
        m_screen.sync();
    }

    void moveTo(QPoint p)
    {
        const std::uint32_t values[] = {std::uint32_t(p.x()), std::uint32_t(p.y())};
        xcb_configure_window(m_screen.connection(), m_window, XCB_CONFIG_WINDOW_X | XCB_CONFIG_WINDOW_Y, values);
        m_geometry.moveTopLeft(p);
        m_screen.sync();
    }
    // New content straight into the window, as a video player draws a frame.
    void drawFrame(std::uint32_t seed) { paint(m_window, seed); }
    QRect geometry() const { return m_geometry; }

private:
    // Coloured blocks with edges and a little noise: what video and photos look like to
    // a codec, and distinct everywhere.
    void paint(xcb_drawable_t target, std::uint32_t seed)
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
            xcb_put_image(m_screen.connection(), XCB_IMAGE_FORMAT_Z_PIXMAP, target, m_gc, std::uint16_t(w),
                          std::uint16_t(rows), 0, std::int16_t(y), 0, 24, std::uint32_t(rows * w * 4),
                          reinterpret_cast<const std::uint8_t*>(pixels.data() + std::size_t(y) * std::size_t(w)));
        }
        m_screen.sync();
    }

    Screen& m_screen;
    QRect m_geometry;
    xcb_pixmap_t m_pixmap = 0;
    xcb_gcontext_t m_gc = 0;
    xcb_window_t m_window = 0;
};

// Everything one support session needs: a relay process, the console signed in with a
// session tab, the applet on the customer's display, the customer's consent to view.
class RealDesktop : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString data = m_dir.filePath("relay");
        const Finished added = runRelay({"user", "add", "--data-dir", data, "--email", "ann@example.com", "--name",
                                         "Ann Smith", "--nickname", "Ann", "--role", "master", "--password-stdin"},
                                        kPassword.toUtf8() + "\n");
        ASSERT_EQ(added.exitCode, 0) << added.output.toStdString();
        m_relay = std::make_unique<ServingRelay>(data);
        ASSERT_NE(m_relay->port(), 0);
        const QString ca = data + "/tls/ca.pem";
        auto tls = net::TlsClientConfig::fromCaFile(ca);
        ASSERT_TRUE(tls.ok()) << tls.error().toString();

        m_account.signIn({"127.0.0.1", m_relay->port(), *tls}, "ann@example.com", kPassword);
        ASSERT_TRUE(waitUntil([&] { return m_account.isSignedIn(); }));
        m_window = std::make_unique<console::MainWindow>(m_account, console::ConsoleOptions{});
        m_window->setGeometry(QRect(QPoint(0, 0), kTechnicianSize));
        m_window->show();
        m_session = m_window->startSession("Bob", {});
        ASSERT_NE(m_session, nullptr);
        ASSERT_TRUE(waitUntil([&] { return m_session->pin().size() == 6; }));
        m_tab = m_window->tabFor(m_session->sessionId());
        ASSERT_NE(m_tab, nullptr);

        m_applet.setProcessChannelMode(QProcess::MergedChannels);
        m_applet.setProcessEnvironment(customerEnvironment());
        m_applet.start(binaryPath("lifeline-applet"), {"--relay", QStringLiteral("127.0.0.1:%1").arg(m_relay->port()),
                                                       "--ca", ca, "--pin", m_session->pin(), "--name", "Bob", "--lang", "en"});
        ASSERT_TRUE(m_applet.waitForStarted());
        ASSERT_TRUE(waitUntil([&] { return m_session->state().status() == v1::SESSION_STATUS_ACTIVE; }, 20000))
            << m_applet.readAll().toStdString();

        ASSERT_TRUE(waitUntil([&] { return m_tab->viewAction()->isEnabled(); }));
        m_tab->viewAction()->trigger();
        ASSERT_TRUE(allowOnTheCustomersScreen()) << m_applet.readAll().toStdString();
        ASSERT_TRUE(waitUntil([&] { return m_tab->view()->picture().size() == kCustomerSize; }, 20000));
        // The customer's pointer rests in the bottom-right corner; the console draws it there.
        m_a.warpPointer(QPoint(kCustomerSize.width() - 1, kCustomerSize.height() - 1));
    }

    void TearDown() override
    {
        for (QProcess* p : m_clients) {
            p->kill();
            p->waitForFinished();
            delete p;
        }
        if (m_session != nullptr) m_session->end();
        m_applet.kill();
        m_applet.waitForFinished();
    }

    // The customer's answer, given the way a customer gives it: a click on Allow.
    bool allowOnTheCustomersScreen()
    {
        auto injector = input::createInputInjector({"x11", g_customer, nullptr});
        if (!injector.ok()) return false;
        return waitUntil(
            [&] {
                QString out;
                if (xdotool({"search", "--onlyvisible", "--name", "^Permission request$"}, &out) == 0) {
                    const QString id = out.split('\n').first().trimmed();
                    QString geometry;
                    xdotool({"getwindowgeometry", "--shell", id}, &geometry);
                    const QRegularExpression field("(X|Y|WIDTH|HEIGHT)=(\\d+)");
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
                return m_session->isGranted(session::Permission::kViewScreen);
            },
            30000);
    }

    // Where the console shows the customer's desktop on B: in full screen, centred on the
    // screen (the person's expectation, not the widget's word); in the window, where the
    // view says it drew it.
    QPoint pictureOnB() const
    {
        if (m_tab->isFullScreen()) {
            return QPoint((kTechnicianSize.width() - kCustomerSize.width()) / 2,
                          (kTechnicianSize.height() - kCustomerSize.height()) / 2);
        }
        const ui::RemoteView* view = m_tab->view();
        return view->viewport()->mapToGlobal(view->pictureRect().topLeft());
    }

    // The customer's pointer as the console draws it; left out of the comparison.
    QRect pointerBox() const
    {
        return QRect(kCustomerSize.width() - 40, kCustomerSize.height() - 40, 40, 40);
    }

    // Waits until A is still and B shows it; returns how long that took (ms), or -1 with
    // the last difference in `last`.
    qint64 converge(int timeoutMs, const Match& match, Difference* last)
    {
        QElapsedTimer clock;
        clock.start();
        qint64 took = -1;
        waitUntil(
            [&] {
                const QImage a1 = m_a.grab();
                const QImage b = m_b.grab();
                const QImage a2 = m_a.grab();
                if (a1 != a2) return false;  // A still moving: not yet a still screen
                *last = compare(a1, b, pictureOnB(), pointerBox());
                const bool ok = match(*last);
                if (ok) took = clock.elapsed();
                return ok;
            },
            timeoutMs);
        return took;
    }

    // After a scene: the picture must match within the invariant's second.
    void expectConverges(const char* scene)
    {
        Difference d;
        const qint64 ms = converge(kConvergeMs, m_match, &d);
        EXPECT_GE(ms, 0) << scene << ": the picture did not match within " << kConvergeMs << " ms: " << d.pixels
                         << " pixels differ, first at (" << d.first.x() << "," << d.first.y() << "), PSNR " << d.psnr
                         << " dB, largest error " << d.maxError[0] << "/" << d.maxError[1] << "/" << d.maxError[2]
                         << "; recoveries " << recoveries().toStdString();
        if (ms < 0) {
            std::fprintf(stderr, "applet says: %s\n", m_applet.readAll().constData());
            m_a.grab().save(QString("/tmp/real-desktop-%1-A.png").arg(scene));
            m_b.grab().save(QString("/tmp/real-desktop-%1-B.png").arg(scene));
        }
    }

    // The Connection panel's count of resynchronisations, as the technician reads it.
    QString recoveries() const
    {
        spinFor(1100);  // the panel is refreshed every second
        return m_tab->telemetryLabel(7)->text();
    }

    QProcess* startClient(const QString& program, const QStringList& args)
    {
        auto* process = new QProcess;
        process->setProcessEnvironment(customerEnvironment());
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(program, args);
        EXPECT_TRUE(process->waitForStarted());
        m_clients.push_back(process);
        return process;
    }
    void stopClient(QProcess* process)
    {
        process->kill();
        process->waitForFinished();
        m_clients.erase(std::find(m_clients.begin(), m_clients.end(), process));
        delete process;
    }

    // An xterm titled `title`, mapped and holding the keyboard focus.
    QProcess* terminal(const QString& title, const QString& geometry, const QStringList& command)
    {
        QProcess* process = startClient("xterm", QStringList{"-T", title, "-geometry", geometry, "+sb", "-e"} + command);
        QString id;
        EXPECT_EQ(xdotool({"search", "--sync", "--onlyvisible", "--name", "^" + title + "$"}, &id), 0);
        EXPECT_EQ(xdotool({"windowfocus", "--sync", id.split('\n').first().trimmed()}), 0);
        spinFor(200);
        return process;
    }

    // Scenes, each ending in a still screen.
    void scrollFast(int lines, int everyMs)
    {
        QFile text(m_dir.filePath("long.txt"));
        ASSERT_TRUE(text.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 4000; ++i) {
            text.write(QStringLiteral("%1  The quick brown fox jumps over the lazy dog; pack my box with %2 liquor jugs.\n")
                           .arg(i, 5)
                           .arg(i * 7 % 1000)
                           .toUtf8());
        }
        text.close();
        QProcess* less = terminal("scroll", "110x36+4+4", {"less", text.fileName()});
        // A line every `everyMs` (less scrolls one line per j), then pages.
        EXPECT_EQ(xdotool({"key", "--delay", QString::number(everyMs), "--repeat", QString::number(lines), "j"}), 0);
        expectConverges("scroll");
        EXPECT_EQ(xdotool({"key", "--delay", "150", "--repeat", "6", "space"}), 0);
        expectConverges("page");
        // q: less ends, and its window closes.
        EXPECT_EQ(xdotool({"key", "q"}), 0);
        EXPECT_TRUE(waitUntil([&] { return less->state() == QProcess::NotRunning; }));
        stopClient(less);
        expectConverges("terminal-closed");
    }

    void typing()
    {
        QProcess* cat = terminal("typing", "80x12+300+260", {"cat"});
        EXPECT_EQ(xdotool({"type", "--delay", "30", "Hello, I am typing on the customer's desktop: 0123456789"}), 0);
        EXPECT_EQ(xdotool({"key", "Return"}), 0);
        expectConverges("typing");
        stopClient(cat);
        expectConverges("typing-closed");
    }

    void dragWindow()
    {
        {
            PatternWindow window(m_a, QRect(0, 100, 240, 160), 7);
            for (int x = 0; x <= 760; x += 8) {
                window.moveTo(QPoint(x, 100 + (x / 4) % 300));
                spinFor(16);
            }
            expectConverges("drag");
        }
        expectConverges("drag-closed");
    }

    void windowsOpenAndClose()
    {
        std::vector<std::unique_ptr<PatternWindow>> windows;
        for (int i = 0; i < 6; ++i) {
            windows.push_back(std::make_unique<PatternWindow>(m_a, QRect(60 + i * 120, 60 + i * 70, 300, 200), 100 + i));
            spinFor(40);
        }
        expectConverges("windows-open");
        for (int i = 0; i < 6; i += 2) {
            windows[std::size_t(i)].reset();
            spinFor(40);
        }
        expectConverges("windows-some-closed");
        windows.clear();
        expectConverges("windows-closed");
    }

    void video(int seconds)
    {
        PatternWindow window(m_a, QRect(200, 120, 480, 270), 1);
        QElapsedTimer clock;
        clock.start();
        for (std::uint32_t frame = 2; clock.elapsed() < seconds * 1000; ++frame) {
            window.drawFrame(frame);
            spinFor(33);
        }
        expectConverges("video");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ServingRelay> m_relay;
    console::AccountController m_account;
    std::unique_ptr<console::MainWindow> m_window;
    console::SessionController* m_session = nullptr;
    console::SessionTab* m_tab = nullptr;
    QProcess m_applet;
    Screen m_a{g_customer};
    Screen m_b{g_technician};
    std::vector<QProcess*> m_clients;
    Match m_match = kExact;  // what the current mode promises
};

void choose(QComboBox* box, int value)
{
    const int row = box->findData(value);
    ASSERT_GE(row, 0);
    box->setCurrentIndex(row);
    emit box->activated(row);
}

TEST_F(RealDesktop, StandardModeMatchesThroughEverySceneInFullScreen)
{
    m_tab->showFullScreen();
    expectConverges("full-screen");
    // The freeze of the first real-desktop trial: less scrolled a line every 25 ms.
    scrollFast(160, 25);
    typing();
    dragWindow();
    windowsOpenAndClose();
    video(3);
    EXPECT_EQ(recoveries(), "0") << "the picture stalled and was resynchronised";
    m_tab->showFullScreen();  // again: back to the tab
    EXPECT_FALSE(m_tab->isFullScreen());
    expectConverges("window-again");
}

TEST_F(RealDesktop, StandardModeMatchesAtOneToOneInTheWindowInEveryColourDepth)
{
    m_tab->fitAction()->trigger();  // Fit off: 1:1
    ASSERT_EQ(m_tab->view()->scale(), ui::RemoteView::Scale::kActual);
    scrollFast(80, 16);
    // Fewer colours: every pixel within the depth's rounding of the customer's.
    for (int bits : {16, 8}) {
        // A window closes onto the black desktop just as the key frame of the new depth
        // goes: the closed window stayed on the technician's screen (the key frame reported
        // only its non-black tiles as changed).
        { PatternWindow closing(m_a, QRect(700, 300, 240, 160), 11); spinFor(100); }
        choose(m_tab->coloursBox(), bits);
        m_match = withinDepth(bits);
        expectConverges(bits == 16 ? "16-bit" : "8-bit");
        typing();
        dragWindow();
    }
    choose(m_tab->coloursBox(), 24);
    m_match = kExact;
    expectConverges("full-colour-again");
    EXPECT_EQ(recoveries(), "0");
}

TEST_F(RealDesktop, PerformanceModeIsCloseAtOnceAndExactAfterTheRefresh)
{
    m_tab->showFullScreen();
    choose(m_tab->qualityBox(), int(v1::QUALITY_MODE_PERFORMANCE));
    m_match = kLossy;
    video(3);
    scrollFast(80, 25);
    dragWindow();
    // The lossless refresh makes a still screen exact.
    Difference d;
    EXPECT_GE(converge(5000, kExact, &d), 0) << d.pixels << " pixels differ; PSNR " << d.psnr;
    EXPECT_EQ(recoveries(), "0");
}

TEST_F(RealDesktop, MonitorLayoutChangeAndOneMonitorAreFollowed)
{
    // Xvfb cannot change its screen size (RRSetScreenSize answers BadValue), so the RandR
    // change here is the monitor layout: the desktop becomes two monitors, the technician
    // picks the right-hand one, and the picture is that monitor alone.
    ASSERT_EQ(runOnCustomer("xrandr", {"--setmonitor", "left", "512/135x640/169+0+0", "none"}), 0);
    ASSERT_EQ(runOnCustomer("xrandr", {"--setmonitor", "right", "512/135x640/169+512+0", "none"}), 0);
    // The layout is read at every capture: a change on the screen brings it.
    PatternWindow window(m_a, QRect(400, 200, 300, 200), 3);
    int right = -1;
    ASSERT_TRUE(waitUntil(
        [&] {
            const v1::DisplayLayout& layout = m_session->layout();
            for (int i = 0; i < layout.monitors_size(); ++i) {
                if (layout.monitors(i).name() == "right") right = i;
            }
            return right >= 0;
        },
        5000));
    m_session->selectMonitor(right);
    ASSERT_TRUE(waitUntil([&] { return m_tab->view()->picture().size() == QSize(512, 640); }, 5000));
    m_tab->showFullScreen();
    const QPoint at((kTechnicianSize.width() - 512) / 2, (kTechnicianSize.height() - 640) / 2);
    const bool matched = waitUntil(
        [&] {
            const QImage a = m_a.grab().copy(512, 0, 512, 640);
            return compare(a, m_b.grab(), at, QRect(512 - 40, 640 - 40, 40, 40)).pixels == 0;
        },
        kConvergeMs + 2000);
    EXPECT_TRUE(matched) << "the right-hand monitor at 1:1 in full screen";
    m_session->selectMonitor(-1);
    ASSERT_TRUE(waitUntil([&] { return m_tab->view()->picture().size() == kCustomerSize; }, 5000));
    expectConverges("all-monitors");
}

// Random scenes in random modes, one after another: the picture never freezes and never
// drifts away from the customer's screen. Short in the test suite; tools/desktop-soak runs
// it for ten minutes (LIFELINE_SOAK_SECONDS) with a seed it prints (LIFELINE_SOAK_SEED).
TEST_F(RealDesktop, RandomScenesInRandomModesNeverFreezeOrDiverge)
{
    const int seconds = qEnvironmentVariableIsSet("LIFELINE_SOAK_SECONDS")
        ? qEnvironmentVariableIntValue("LIFELINE_SOAK_SECONDS") : 20;
    const unsigned seed = qEnvironmentVariableIsSet("LIFELINE_SOAK_SEED")
        ? unsigned(qEnvironmentVariableIntValue("LIFELINE_SOAK_SEED")) : unsigned(std::random_device{}());
    std::printf("soak: %d s, seed %u (LIFELINE_SOAK_SEED=%u repeats it)\n", seconds, seed, seed);
    std::mt19937 random(seed);
    m_tab->fitAction()->trigger();  // 1:1 in the window too
    m_tab->showFullScreen();
    QElapsedTimer clock;
    clock.start();
    int scenes = 0;
    while (clock.elapsed() < qint64(seconds) * 1000 && !HasFailure()) {
        switch (random() % 7) {
        case 0: scrollFast(20 + int(random() % 60), 16 + int(random() % 18)); break;
        case 1: typing(); break;
        case 2: dragWindow(); break;
        case 3: windowsOpenAndClose(); break;
        case 4: video(1); break;
        case 5: {
            const bool performance = random() % 3 == 0;
            choose(m_tab->qualityBox(), int(performance ? v1::QUALITY_MODE_PERFORMANCE : v1::QUALITY_MODE_STANDARD));
            const int bits = performance ? 24 : std::array<int, 3>{24, 16, 8}[random() % 3];
            choose(m_tab->coloursBox(), bits);
            m_match = performance ? kLossy : bits == 24 ? kExact : withinDepth(bits);
            expectConverges("mode");
            break;
        }
        default: m_tab->showFullScreen(); expectConverges("full-screen-toggled"); break;
        }
        ++scenes;
    }
    std::printf("soak: %d scenes in %lld s\n", scenes, static_cast<long long>(clock.elapsed() / 1000));
    EXPECT_EQ(recoveries(), "0");
}

// --help and --version are answered on a machine without a display (a server, an ssh
// session), instead of aborting with "could not connect to display".
TEST(WithoutADisplay, HelpAndVersionAreAnswered)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    for (const QString program : {"lifeline-console", "lifeline-applet"}) {
        for (const QString flag : {"--help", "--version"}) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(binaryPath(program), {flag});
            ASSERT_TRUE(process.waitForFinished(20000)) << program.toStdString();
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            const QString err = QString::fromUtf8(process.readAllStandardError());
            EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << program.toStdString() << " " << flag.toStdString();
            EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << " " << flag.toStdString() << ": "
                                             << err.toStdString();
            EXPECT_FALSE(err.contains("display")) << err.toStdString();
            if (flag == "--help") {
                EXPECT_TRUE(out.contains("Usage:") && out.contains("--help")) << out.toStdString();
            } else {
                EXPECT_TRUE(out.startsWith(program + " ") && out.contains(QRegularExpression("\\d+\\.\\d+")))
                    << out.toStdString();
            }
        }
    }
}

}  // namespace
}  // namespace lifeline::test

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (::testing::GTEST_FLAG(list_tests)) return RUN_ALL_TESTS();  // CTest's discovery
    using lifeline::testing::XvfbServer;
    XvfbServer customer(QStringLiteral("%1x%2x24").arg(lifeline::test::kCustomerSize.width())
                            .arg(lifeline::test::kCustomerSize.height()).toStdString());
    XvfbServer technician(QStringLiteral("%1x%2x24").arg(lifeline::test::kTechnicianSize.width())
                              .arg(lifeline::test::kTechnicianSize.height()).toStdString());
    if (!customer.ok() || !technician.ok()) {
        std::fprintf(stderr, "cannot start Xvfb: %s %s\n", customer.error().c_str(), technician.error().c_str());
        return 1;
    }
    lifeline::test::g_customer = customer.display();
    lifeline::test::g_technician = technician.display();
    qputenv("DISPLAY", QByteArray::fromStdString(technician.display()));
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
