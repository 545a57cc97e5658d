#pragma once

#include <QObject>
#include <QThread>

namespace lifeline::session {

// For the GUI-thread handles (the applet's and console's controllers) whose session object
// lives on a worker thread: made there, so its timers and sockets belong to that thread,
// and destroyed there before the thread stops.

// Runs `make` on `thread` (which must be running) and returns what it made.
template <typename Make>
auto makeOnThread(QThread& thread, Make make) -> decltype(make())
{
    decltype(make()) made = nullptr;
    auto* anchor = new QObject;
    anchor->moveToThread(&thread);
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            made = make();
            delete anchor;
        },
        Qt::BlockingQueuedConnection);
    return made;
}

// Deletes `object` on its own thread, then stops `thread` and waits for it.
inline void destroyOnThreadAndStop(QObject* object, QThread& thread)
{
    QMetaObject::invokeMethod(object, [object] { delete object; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

}  // namespace lifeline::session
