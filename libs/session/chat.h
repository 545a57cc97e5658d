#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <vector>

#include "session/peer_sender.h"

namespace lifeline::session {

// One line of a session's chat as an end shows it.
struct ChatLine
{
    enum class Kind : std::uint8_t { kMine, kPeer, kNotice };
    Kind kind = Kind::kNotice;
    QString sender;  // empty for notices
    QString text;
    QDateTime at;    // local time of sending or arrival
};

// A session's chat at one end: sends ChatMessages in the chat class (behind input, ahead
// of video and files), takes the peer's, and keeps the history with names and times. The
// peer's name is the one the relay vouched for, not anything the peer writes. Notices
// ("Connection lost") go into the history too. Empty or oversized messages are refused.
//
// Lives on the thread of the end it serves.
class Chat : public QObject
{
    Q_OBJECT

public:
    static constexpr std::size_t kMaxBytes = 4000;

    Chat(PeerSender send, QString myName, QString peerName, QObject* parent = nullptr);

    void setPeerName(const QString& name) { m_peerName = name; }
    // Called with each message this end sent, for the relay's chat log (route 0).
    void setLogger(std::function<void(const v1::ChatMessage&)> log) { m_log = std::move(log); }
    const QString& peerName() const { return m_peerName; }

    // kInvalidArgument for empty or too long text; the link's error when it is down.
    base::Status send(const QString& text);
    // Takes ChatMessage; returns false for anything else. A malformed one is dropped.
    bool handle(const v1::Envelope& envelope);
    void addNotice(const QString& text);

    const std::vector<ChatLine>& history() const { return m_history; }

signals:
    void lineAdded(const lifeline::session::ChatLine& line);

private:
    void append(ChatLine line);

    PeerSender m_send;
    std::function<void(const v1::ChatMessage&)> m_log;
    QString m_myName;
    QString m_peerName;
    std::vector<ChatLine> m_history;
};

}  // namespace lifeline::session
