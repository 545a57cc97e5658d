#pragma once

#include <QObject>

#include <memory>

#include "core/input/clipboard.h"
#include "session/peer_sender.h"

class QSocketNotifier;

namespace lifeline::session {

// Keeps the two ends' clipboards in step, in both directions, only while allowed: on the
// customer's end "allowed" is the customer's consent to clipboard sharing (the applet
// decides; incoming content is refused there otherwise, whatever the console does), on the
// technician's end it follows the customer's ControlState. Nothing is sent or taken after
// it stops being allowed. Content above the clipboard's cap is neither sent nor taken.
//
// Lives on the thread of the end it serves (applet input thread, console session worker).
class ClipboardSync : public QObject
{
    Q_OBJECT

public:
    ClipboardSync(std::unique_ptr<input::Clipboard> clipboard, PeerSender send, QObject* parent = nullptr);
    ~ClipboardSync() override;

    void setAllowed(bool allowed) { m_allowed = allowed; }
    bool isAllowed() const { return m_allowed; }

    // Takes ClipboardData; returns false for anything else.
    bool handle(const v1::Envelope& envelope);
    // Reads the local clipboard's events now (also done whenever its descriptor is readable).
    void poll();

    quint64 sent() const { return m_sent; }
    quint64 received() const { return m_received; }
    quint64 refused() const { return m_refused; }

private:
    std::unique_ptr<input::Clipboard> m_clipboard;
    PeerSender m_send;
    QSocketNotifier* m_notifier = nullptr;
    bool m_allowed = false;
    quint64 m_sent = 0;
    quint64 m_received = 0;
    quint64 m_refused = 0;
};

}  // namespace lifeline::session
