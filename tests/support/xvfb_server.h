#pragma once

#include <string>
#include <sys/types.h>

namespace lifeline::testing {

// A private Xvfb for one test binary, so X11 tests never disturb each other or the
// display the test command started. The server picks a free display number itself
// (-displayfd). A missing Xvfb is a test failure, never a skip: check ok().
class XvfbServer
{
public:
    // screens: Xvfb "-screen" geometries, e.g. {"1280x800x24"}.
    explicit XvfbServer(const std::string& geometry = "1280x800x24");
    ~XvfbServer();
    XvfbServer(const XvfbServer&) = delete;
    XvfbServer& operator=(const XvfbServer&) = delete;

    bool ok() const { return !m_display.empty(); }
    // ":N", for xcb_connect() and for DISPLAY.
    const std::string& display() const { return m_display; }
    const std::string& error() const { return m_error; }

private:
    pid_t m_pid = -1;
    std::string m_display;
    std::string m_error;
};

}  // namespace lifeline::testing
