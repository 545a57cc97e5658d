#include "session/clipboard_sync.h"

#include <QSocketNotifier>

namespace lifeline::session {

ClipboardSync::ClipboardSync(std::unique_ptr<input::Clipboard> clipboard, PeerSender send, QObject* parent)
    : QObject(parent), m_clipboard(std::move(clipboard)), m_send(std::move(send))
{
    if (const int fd = m_clipboard->eventFd(); fd >= 0) {
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ClipboardSync::poll);
    }
}

ClipboardSync::~ClipboardSync() = default;

void ClipboardSync::poll()
{
    auto changed = m_clipboard->process();
    if (!changed || !*changed) return;
    if (!m_allowed || (*changed)->data.size() > m_clipboard->maxBytes()) {
        ++m_refused;  // copied while not allowed: stays on this machine
        return;
    }
    v1::Envelope envelope;
    envelope.mutable_clipboard_data()->set_mime_type((*changed)->mimeType);
    envelope.mutable_clipboard_data()->set_data((*changed)->data);
    if (m_send(envelope, protocol::TrafficClass::kChat)) ++m_sent;
}

bool ClipboardSync::handle(const v1::Envelope& envelope)
{
    if (!envelope.has_clipboard_data()) return false;
    const v1::ClipboardData& data = envelope.clipboard_data();
    if (!m_allowed || data.data().size() > m_clipboard->maxBytes()
        || !m_clipboard->set(input::ClipboardContent{data.mime_type(), data.data()})) {
        ++m_refused;
        return true;
    }
    ++m_received;
    poll();  // answer requests that came in meanwhile
    return true;
}

}  // namespace lifeline::session
