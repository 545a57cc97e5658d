#pragma once

#include <QObject>

#include <memory>
#include <string>

#include "core/base/result.h"

class QSocketNotifier;

namespace lifeline::applet {

// The Pause/Break key as the customer's panic button: grabbed on the X11 root window, so
// it works whichever window has the focus (with any modifiers). pressed() on each press.
//
// Lives on the GUI thread.
class PanicKey : public QObject
{
    Q_OBJECT

public:
    ~PanicKey() override;

    // kUnavailable when the display cannot be opened or another program holds the grab.
    static base::Result<std::unique_ptr<PanicKey>> grab(const std::string& display);

signals:
    void pressed();

private:
    struct X11;
    explicit PanicKey(std::unique_ptr<X11> x11);
    void readEvents();

    std::unique_ptr<X11> m_x11;
    QSocketNotifier* m_notifier = nullptr;
};

}  // namespace lifeline::applet
