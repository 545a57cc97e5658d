#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>

#include "core/base/result.h"
#include "core/protocol/envelope.h"
#include "core/protocol/frame.h"
#include "core/protocol/outbound_queue.h"
#include "net/tls_config.h"

namespace lifeline::net {
class Connection;
}

namespace lifeline::session {

namespace v1 = ::lifeline::v1;

// One end's link to the relay: TLS connection, Hello exchange, keepalive pings, request /
// answer matching by request id, session-state notices and route-1 frames from the peer.
// TechnicianEnd and CustomerEnd add the calls of their side; both are headless so tests,
// benchmarks and the two GUI apps share them.
//
// Lives on the thread that created it (the console's per-session worker, the applet's
// network thread, or a test's main thread).
class RelayLink : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(base::Result<v1::Envelope>)>;

    RelayLink(v1::ClientKind kind, QString build, QObject* parent = nullptr);
    ~RelayLink() override;

    // Connects and says Hello; ready() or failed() follows.
    void connectToRelay(const QString& host, quint16 port, const net::TlsClientConfig& tls);
    bool isReady() const { return m_ready; }

    // Sends a request on route 0 and calls `answer` with the reply, or with the Error the
    // relay sent, or with kConnectionClosed if the link goes down first.
    void request(v1::Envelope envelope, Answer answer);
    // Sends a frame to the paired end (route 1). Fails when the link is not up.
    base::Status sendToPeer(std::string_view payload, protocol::TrafficClass trafficClass);
    // Sends a message to the relay that has no answer (route 0, request id 0).
    base::Status notifyRelay(const v1::Envelope& envelope);
    void endSession(quint64 sessionId);

    void setKeepaliveInterval(int milliseconds);  // 0 = no pings
    void pauseReading();
    void resumeReading();
    qint64 pendingBytes() const;
    // Round trip of the last Ping/Pong, in milliseconds (-1 before the first).
    qint64 lastRoundTripMs() const { return m_lastRoundTripMs; }
    const std::vector<std::string>& commonCapabilities() const { return m_capabilities; }

signals:
    void ready();
    void failed(const lifeline::base::Error& error);  // could not connect, or lost the link
    void sessionStateChanged(const lifeline::v1::SessionState& state);
    void peerFrame(const std::string& payload);
    void drained();

protected:
    // request(), then hands `done` the answer's body selected by `get`, or kProtocolError
    // when the relay answered with another message than `has` expects.
    template <typename T>
    void requestFor(v1::Envelope envelope, bool (v1::Envelope::*has)() const,
                    const T& (v1::Envelope::*get)() const,
                    std::function<void(base::Result<T>)> done)
    {
        request(std::move(envelope),
                [has, get, done = std::move(done)](base::Result<v1::Envelope> reply) {
                    if (!reply) {
                        done(reply.error());
                    } else if (!((*reply).*has)()) {
                        done(base::makeError(base::ErrorCode::kProtocolError,
                                             "unexpected answer from the relay"));
                    } else {
                        done(((*reply).*get)());
                    }
                });
    }

private:
    void onFrame(const protocol::Frame& frame);
    void onClosed(const base::Error& error);
    void sendPing();
    void fail(const base::Error& error);  // emits failed() once

    v1::ClientKind m_kind;
    QString m_build;
    net::Connection* m_connection = nullptr;  // child
    QTimer m_keepaliveTimer;
    quint64 m_nextRequestId = 1;
    std::unordered_map<quint64, Answer> m_pending;
    bool m_ready = false;
    bool m_failed = false;
    qint64 m_lastRoundTripMs = -1;
    std::vector<std::string> m_capabilities;
};

// The technician's side: sign in, create a session (PIN), then talk to the customer.
class TechnicianEnd : public RelayLink
{
    Q_OBJECT

public:
    explicit TechnicianEnd(QObject* parent = nullptr);

    // `secondFactor`: the authenticator code (or a recovery code) when the relay asked for
    // one (kSecondFactorRequired).
    void signIn(const QString& email, const QString& password,
                std::function<void(base::Result<v1::SignInResult>)> done, const QString& secondFactor = {});
    // For a further connection of an already signed-in technician: no password needed.
    void signInWithToken(const std::string& resumeToken,
                         std::function<void(base::Result<v1::SignInResult>)> done);
    void createSession(const QString& customerName, const QString& reference,
                       std::function<void(base::Result<v1::CreateSessionResult>)> done);
    // This technician's sessions (open, and ended since `endedSinceMs`); with `watch`,
    // sessionStateChanged() reports every one of them on this link from now on.
    void listSessions(qint64 endedSinceMs, bool watch, std::function<void(base::Result<v1::SessionList>)> done);
    void setSessionNotes(quint64 sessionId, const QString& notes,
                         std::function<void(base::Result<v1::SessionNotesSaved>)> done);
    // One Admin Center call (administrators; the relay refuses what the caller may not do).
    void admin(v1::AdminRequest request, std::function<void(base::Result<v1::AdminResponse>)> done);
};

// The customer's side: join by PIN, then talk to the technician.
class CustomerEnd : public RelayLink
{
    Q_OBJECT

public:
    explicit CustomerEnd(QObject* parent = nullptr);

    void join(const QString& pin, const QString& customerName,
              std::function<void(base::Result<v1::JoinSessionResult>)> done);
    // Back into the session after the link dropped, with the token of the last join.
    void rejoin(const std::string& rejoinToken,
                std::function<void(base::Result<v1::JoinSessionResult>)> done);
};

}  // namespace lifeline::session
