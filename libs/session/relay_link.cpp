#include "session/relay_link.h"

#include <QDateTime>

#include "net/connection.h"

namespace lifeline::session {

using base::ErrorCode;
using base::makeError;

namespace {
constexpr int kDefaultKeepaliveMs = 15000;
constexpr char kVersion[] = "0.1.0";
}  // namespace

RelayLink::RelayLink(v1::ClientKind kind, QString build, QObject* parent)
    : QObject(parent), m_kind(kind), m_build(std::move(build))
{
    m_keepaliveTimer.setInterval(kDefaultKeepaliveMs);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &RelayLink::sendPing);
}

RelayLink::~RelayLink()
{
    if (m_connection) {
        m_connection->disconnect(this);
    }
}

void RelayLink::connectToRelay(const QString& host, quint16 port, const net::TlsClientConfig& tls)
{
    m_connection = net::Connection::connectToRelay(host, port, tls, this);
    connect(m_connection, &net::Connection::frameReceived, this, &RelayLink::onFrame);
    connect(m_connection, &net::Connection::closed, this, &RelayLink::onClosed);
    connect(m_connection, &net::Connection::drained, this, &RelayLink::drained);

    v1::Envelope hello;
    auto* body = hello.mutable_hello();
    body->set_protocol_version(protocol::kProtocolVersion);
    body->set_client_kind(m_kind);
    body->set_build(m_build.toStdString() + " " + kVersion);
    for (const auto& capability : protocol::defaultCapabilities()) {
        body->add_capabilities(capability);
    }
    // Queued until the handshake is done.
    request(std::move(hello), [this](base::Result<v1::Envelope> reply) {
        if (!reply) {
            fail(reply.error());  // e.g. UNSUPPORTED_VERSION, before the relay hangs up
            return;
        }
        if (!reply->has_hello()) {
            m_connection->abort(makeError(ErrorCode::kProtocolError, "relay did not say Hello"));
            return;
        }
        std::vector<std::string> theirs(reply->hello().capabilities().begin(),
                                        reply->hello().capabilities().end());
        m_capabilities = protocol::intersectCapabilities(protocol::defaultCapabilities(), theirs);
        m_ready = true;
        if (m_keepaliveTimer.interval() > 0) {
            m_keepaliveTimer.start();
        }
        emit ready();
    });
}

void RelayLink::request(v1::Envelope envelope, Answer answer)
{
    if (!m_connection || !m_connection->isOpen()) {
        answer(makeError(ErrorCode::kConnectionClosed, "not connected"));
        return;
    }
    envelope.set_request_id(m_nextRequestId++);
    m_pending.emplace(envelope.request_id(), std::move(answer));
    (void)m_connection->sendEnvelope(envelope);
}

base::Status RelayLink::sendToPeer(std::string_view payload, protocol::TrafficClass trafficClass)
{
    if (!m_connection || !m_ready) {
        return makeError(ErrorCode::kConnectionClosed, "not connected");
    }
    return m_connection->send(protocol::Route::kPeer, payload, trafficClass);
}

base::Status RelayLink::notifyRelay(const v1::Envelope& envelope)
{
    if (!m_connection || !m_ready) {
        return makeError(ErrorCode::kConnectionClosed, "not connected");
    }
    return m_connection->sendEnvelope(envelope);
}

void RelayLink::endSession(quint64 sessionId)
{
    if (!m_connection) {
        return;
    }
    v1::Envelope envelope;
    envelope.mutable_end_session()->set_session_id(sessionId);
    // In the lowest class: the end goes out after every frame queued before it, of any
    // class, so the peer gets all of them before it hears the session ended.
    (void)m_connection->sendEnvelope(envelope, protocol::TrafficClass::kFile);
}

void RelayLink::setKeepaliveInterval(int milliseconds)
{
    m_keepaliveTimer.setInterval(milliseconds);
    if (milliseconds <= 0) {
        m_keepaliveTimer.stop();
    } else if (m_ready) {
        m_keepaliveTimer.start();
    }
}

void RelayLink::pauseReading()
{
    if (m_connection) {
        m_connection->pauseReading();
    }
}

void RelayLink::resumeReading()
{
    if (m_connection) {
        m_connection->resumeReading();
    }
}

qint64 RelayLink::pendingBytes() const
{
    return m_connection ? m_connection->pendingBytes() : 0;
}

void RelayLink::sendPing()
{
    if (!m_connection || !m_ready) {
        return;
    }
    v1::Envelope ping;
    ping.mutable_ping()->set_sent_at_unix_ms(QDateTime::currentMSecsSinceEpoch());
    (void)m_connection->sendEnvelope(ping);
}

void RelayLink::onFrame(const protocol::Frame& frame)
{
    if (frame.route == protocol::Route::kPeer) {
        emit peerFrame(frame.payload);
        return;
    }
    auto envelope = protocol::parseEnvelope(frame.payload);
    if (!envelope) {
        m_connection->abort(envelope.error());
        return;
    }
    if (envelope->has_pong()) {
        m_lastRoundTripMs = QDateTime::currentMSecsSinceEpoch() - envelope->pong().sent_at_unix_ms();
        return;
    }
    if (envelope->has_session_state()) {
        emit sessionStateChanged(envelope->session_state());
        return;
    }
    auto it = m_pending.find(envelope->request_id());
    if (envelope->request_id() == 0 || it == m_pending.end()) {
        if (envelope->has_error()) {
            qWarning("relay: %s", protocol::toError(envelope->error()).toString().c_str());
        }
        return;
    }
    Answer answer = std::move(it->second);
    m_pending.erase(it);
    if (envelope->has_error()) {
        answer(protocol::toError(envelope->error()));
    } else {
        answer(std::move(*envelope));
    }
}

void RelayLink::onClosed(const base::Error& error)
{
    m_keepaliveTimer.stop();
    m_ready = false;
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& [id, answer] : pending) {
        answer(error);
    }
    fail(error);
}

void RelayLink::fail(const base::Error& error)
{
    if (!m_failed) {
        m_failed = true;
        emit failed(error);
    }
}

TechnicianEnd::TechnicianEnd(QObject* parent)
    : RelayLink(v1::CLIENT_KIND_CONSOLE, QStringLiteral("lifeline-technician-end"), parent)
{
}

void TechnicianEnd::signIn(const QString& email, const QString& password,
                           std::function<void(base::Result<v1::SignInResult>)> done, const QString& secondFactor)
{
    v1::Envelope envelope;
    envelope.mutable_sign_in()->set_email(email.toStdString());
    envelope.mutable_sign_in()->set_password(password.toStdString());
    envelope.mutable_sign_in()->set_second_factor(secondFactor.toStdString());
    requestFor(std::move(envelope), &v1::Envelope::has_sign_in_result,
               &v1::Envelope::sign_in_result, std::move(done));
}

void TechnicianEnd::signInWithToken(const std::string& resumeToken,
                                    std::function<void(base::Result<v1::SignInResult>)> done)
{
    v1::Envelope envelope;
    envelope.mutable_sign_in()->set_resume_token(resumeToken);
    requestFor(std::move(envelope), &v1::Envelope::has_sign_in_result,
               &v1::Envelope::sign_in_result, std::move(done));
}

void TechnicianEnd::createSession(const QString& customerName, const QString& reference,
                                  std::function<void(base::Result<v1::CreateSessionResult>)> done)
{
    v1::Envelope envelope;
    envelope.mutable_create_session()->set_customer_name(customerName.toStdString());
    envelope.mutable_create_session()->set_reference(reference.toStdString());
    requestFor(std::move(envelope), &v1::Envelope::has_create_session_result,
               &v1::Envelope::create_session_result, std::move(done));
}

void TechnicianEnd::listSessions(qint64 endedSinceMs, bool watch,
                                 std::function<void(base::Result<v1::SessionList>)> done)
{
    v1::Envelope envelope;
    envelope.mutable_list_sessions()->set_ended_since_unix_ms(endedSinceMs);
    envelope.mutable_list_sessions()->set_watch(watch);
    requestFor(std::move(envelope), &v1::Envelope::has_session_list, &v1::Envelope::session_list, std::move(done));
}

void TechnicianEnd::setSessionNotes(quint64 sessionId, const QString& notes,
                                    std::function<void(base::Result<v1::SessionNotesSaved>)> done)
{
    v1::Envelope envelope;
    envelope.mutable_set_session_notes()->set_session_id(sessionId);
    envelope.mutable_set_session_notes()->set_notes(notes.toStdString());
    requestFor(std::move(envelope), &v1::Envelope::has_session_notes_saved, &v1::Envelope::session_notes_saved,
               std::move(done));
}

void TechnicianEnd::admin(v1::AdminRequest request, std::function<void(base::Result<v1::AdminResponse>)> done)
{
    v1::Envelope envelope;
    *envelope.mutable_admin_request() = std::move(request);
    requestFor(std::move(envelope), &v1::Envelope::has_admin_response, &v1::Envelope::admin_response, std::move(done));
}

CustomerEnd::CustomerEnd(QObject* parent)
    : RelayLink(v1::CLIENT_KIND_APPLET, QStringLiteral("lifeline-customer-end"), parent)
{
}

void CustomerEnd::join(const QString& pin, const QString& customerName,
                       std::function<void(base::Result<v1::JoinSessionResult>)> done)
{
    v1::Envelope envelope;
    envelope.mutable_join_session()->set_pin(pin.toStdString());
    envelope.mutable_join_session()->set_customer_name(customerName.toStdString());
    requestFor(std::move(envelope), &v1::Envelope::has_join_session_result,
               &v1::Envelope::join_session_result, std::move(done));
}

void CustomerEnd::rejoin(const std::string& rejoinToken,
                         std::function<void(base::Result<v1::JoinSessionResult>)> done)
{
    v1::Envelope envelope;
    envelope.mutable_join_session()->set_rejoin_token(rejoinToken);
    requestFor(std::move(envelope), &v1::Envelope::has_join_session_result,
               &v1::Envelope::join_session_result, std::move(done));
}

}  // namespace lifeline::session
