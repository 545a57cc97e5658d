#pragma once

#include <QApplication>

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "support/xvfb_server.h"

namespace lifeline::testing {

// The main() of a GoogleTest binary whose tests need a real X server with widgets: starts a
// private Xvfb of `geometry`, sets `display` to it, points DISPLAY and Qt's xcb platform at
// it and runs the tests in a QApplication. No X server is a failure, never a skip.
inline int runTestsOnXvfb(int argc, char** argv, const char* geometry, std::string& display)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (::testing::GTEST_FLAG(list_tests)) return RUN_ALL_TESTS();  // CTest's discovery
    XvfbServer xvfb(geometry);
    if (!xvfb.ok()) {
        std::fprintf(stderr, "cannot start Xvfb: %s\n", xvfb.error().c_str());
        return 1;
    }
    display = xvfb.display();
    qputenv("DISPLAY", QByteArray::fromStdString(xvfb.display()));
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}

}  // namespace lifeline::testing
