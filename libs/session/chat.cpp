#include "session/chat.h"

namespace lifeline::session {

Chat::Chat(PeerSender send, QString myName, QString peerName, QObject* parent)
    : QObject(parent), m_send(std::move(send)), m_myName(std::move(myName)), m_peerName(std::move(peerName))
{
}

base::Status Chat::send(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QByteArray utf8 = trimmed.toUtf8();
    if (utf8.isEmpty() || std::size_t(utf8.size()) > kMaxBytes) {
        return base::makeError(base::ErrorCode::kInvalidArgument, "a chat message is 1 to 4,000 bytes");
    }
    v1::Envelope envelope;
    envelope.mutable_chat_message()->set_text(utf8.toStdString());
    envelope.mutable_chat_message()->set_sent_at_unix_ms(QDateTime::currentMSecsSinceEpoch());
    if (auto status = m_send(envelope, protocol::TrafficClass::kChat); !status) return status;
    if (m_log) m_log(envelope.chat_message());
    append(ChatLine{ChatLine::Kind::kMine, m_myName, trimmed, QDateTime::currentDateTime()});
    return {};
}

bool Chat::handle(const v1::Envelope& envelope)
{
    if (!envelope.has_chat_message()) return false;
    const std::string& text = envelope.chat_message().text();
    if (text.empty() || text.size() > kMaxBytes) return true;  // dropped, nothing shown
    append(ChatLine{ChatLine::Kind::kPeer, m_peerName, QString::fromUtf8(text.data(), qsizetype(text.size())),
                    QDateTime::currentDateTime()});
    return true;
}

void Chat::addNotice(const QString& text)
{
    append(ChatLine{ChatLine::Kind::kNotice, {}, text, QDateTime::currentDateTime()});
}

void Chat::append(ChatLine line)
{
    m_history.push_back(std::move(line));
    emit lineAdded(m_history.back());
}

}  // namespace lifeline::session
