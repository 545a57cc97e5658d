#include "support/wait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace lifeline::test {

namespace {

// Waiting sleeps in the event loop until an event comes or this much time passes: a
// condition set by another thread (an atomic, a pixel on a display) is seen within it, and
// the waiting thread does not spin a core the processes under test need (2 cores here).
constexpr int kRecheckMs = 2;

}  // namespace

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer recheck;
    recheck.start(kRecheckMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return condition();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

void spinFor(int ms)
{
    QDeadlineTimer deadline(ms);
    QTimer recheck;
    recheck.start(std::min(ms, kRecheckMs));
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

}  // namespace lifeline::test
