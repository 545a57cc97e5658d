#pragma once

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include "support/wait.h"

namespace lifeline::test {

// Where the X11 tests put the pictures of the windows they drive: LIFELINE_SCREENSHOTS_DIR
// (tools/screenshots: docs/screenshots/) or a temporary directory.
inline QString screenshotDir()
{
    static QTemporaryDir temporary;
    const QByteArray wanted = qgetenv("LIFELINE_SCREENSHOTS_DIR");
    const QString dir = wanted.isEmpty() ? temporary.path() : QString::fromLocal8Bit(wanted);
    QDir().mkpath(dir);
    return dir;
}

// Saves `widget` as NAME.png and checks the picture is not blank.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    spinFor(100);  // let the X server draw
    const QImage image = widget->grab().toImage();
    ASSERT_FALSE(image.isNull()) << name.toStdString();
    const QRgb corner = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 3) {
        for (int x = 0; x < image.width() && !varied; x += 3) varied = image.pixel(x, y) != corner;
    }
    EXPECT_TRUE(varied) << name.toStdString() << " is blank";
    const QString path = QDir(screenshotDir()).filePath(name + ".png");
    ASSERT_TRUE(image.save(path)) << path.toStdString();
}

}  // namespace lifeline::test
