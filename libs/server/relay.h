#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/base/clock.h"
#include "core/protocol/envelope.h"
#include "net/tls_config.h"
#include "server/admin_api.h"
#include "server/attempt_limiter.h"
#include "server/relay_config.h"
#include "server/store.h"

namespace lifeline::net {
class Connection;
class TlsServer;
}  // namespace lifeline::net

namespace lifeline::server {

// The relay: accepts TLS connections, signs technicians in, issues PINs, pairs a
// customer end with the technician end of a session and forwards route-1 frames between
// them unparsed, in order, with back-pressure. Keeps session records and the audit log
// in the Store.
//
// A session has one customer end and a list of technician ends (one today; collaboration
// and supervision add more later). One connection serves at most one live session; a
// technician with several customers opens one connection per session.
//
// Lives on one thread (the one that created it): all sockets, the store and the timers are
// used there. Password hashing runs on a private thread pool and posts its result back.
class Relay : public QObject
{
    Q_OBJECT

public:
    // `store` and `clock` must outlive the Relay.
    Relay(const RelayConfig& config, Store& store, const base::Clock& clock,
          QObject* parent = nullptr);
    ~Relay() override;

    base::Status listen(const net::TlsServerConfig& tls, const QHostAddress& address,
                        quint16 port);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Ends every live session (RELAY_SHUTDOWN), tells the ends, closes their connections.
    void shutdown();
    // Ends sessions whose PIN validity ran out. Runs on a timer; public for tests.
    void sweepExpired();

    struct Stats
    {
        std::size_t connections = 0;
        std::size_t liveSessions = 0;    // waiting, connecting or active
        std::size_t activeSessions = 0;
        std::size_t pausedReaders = 0;   // senders held back by a slow peer right now
        std::int64_t largestPendingBytes = 0;  // most bytes queued towards any one end
        std::uint64_t forwardedFrames = 0;
        std::uint64_t droppedFrames = 0;  // route-1 frames with no active session
    };
    Stats stats() const;

private:
    struct Client;
    struct LiveSession;

    void onNewConnection(net::Connection* connection);
    void onFrame(net::Connection* connection, const protocol::Frame& frame);
    void onClosed(net::Connection* connection, const base::Error& reason);
    void onDrained(net::Connection* connection);

    void handleEnvelope(Client& client, const v1::Envelope& envelope);
    void handleHello(Client& client, const v1::Envelope& envelope);
    void handleSignIn(Client& client, const v1::Envelope& envelope);
    void finishSignIn(QPointer<net::Connection> connection, quint64 requestId, QString email,
                      bool passwordMatches, std::string secondFactor);
    // Checks a TOTP or recovery code of `account` (and uses it up); false: wrong.
    bool checkSecondFactor(const Account& account, const std::string& code, Client& client);
    void signInWithToken(Client& client, quint64 requestId, const std::string& token);
    // The IP restrictions of `account`'s technician group and the groups above it; true
    // (after answering and auditing) when they refuse `client`'s address.
    bool refusedByGroupRules(Client& client, quint64 requestId, const Account& account);
    // Closes every connection of `accountId` (disabled or deleted) and forgets its resume
    // tokens; their sessions end as their console's connection does.
    void disconnectAccount(qint64 accountId, const QString& why);
    void completeSignIn(Client& client, quint64 requestId, const Account& account,
                        bool issueToken);
    void handleCreateSession(Client& client, const v1::Envelope& envelope);
    void handleJoinSession(Client& client, const v1::Envelope& envelope);
    void sendJoinResult(Client& client, quint64 requestId, const LiveSession& session,
                        const std::string& rejoinToken);
    void rejoinSession(Client& client, quint64 requestId, const std::string& token);
    void handleConsentRecord(Client& client, const v1::Envelope& envelope);
    void handleChatLog(Client& client, const v1::Envelope& envelope);
    void handleListSessions(Client& client, const v1::Envelope& envelope);
    void handleSetSessionNotes(Client& client, const v1::Envelope& envelope);
    void handleAdminRequest(Client& client, const v1::Envelope& envelope);
    void finishAdminRequest(Client& client, quint64 requestId, const v1::AdminRequest& request, const AdminApi::Prepared& prepared);
    void handleEndSession(Client& client, const v1::Envelope& envelope);
    void forward(Client& from, const protocol::Frame& frame);

    void endSession(qint64 sessionId, v1::SessionStatus status, v1::EndReason reason);
    void notifyState(const LiveSession& session, v1::SessionStatus status, v1::EndReason reason);
    void replyError(net::Connection* connection, quint64 requestId, const base::Error& error);
    void audit(const QString& event, qint64 accountId, qint64 sessionId, const QString& source,
               const QString& detail = {});
    void resumeSendersBehind(net::Connection* destination);
    QString organisationName() const;
    std::chrono::seconds pinValidity() const;
    QString terms() const;
    static std::string attemptKey(const QHostAddress& address);

    RelayConfig m_config;
    Store& m_store;
    const base::Clock& m_clock;
    std::unique_ptr<net::TlsServer> m_server;
    QThreadPool m_hashPool;
    QTimer m_sweepTimer;
    std::unique_ptr<AdminApi> m_admin;

    std::unordered_map<net::Connection*, std::unique_ptr<Client>> m_clients;
    std::map<qint64, std::unique_ptr<LiveSession>> m_sessions;
    std::unordered_map<std::string, qint64> m_pins;  // live PIN -> session id
    struct ResumeToken
    {
        qint64 accountId = 0;
        base::Clock::TimePoint expiresAt;
    };
    std::unordered_map<std::string, ResumeToken> m_resumeTokens;  // SHA-256 of token -> owner
    // destination -> senders paused until it drains
    std::unordered_map<net::Connection*, std::vector<QPointer<net::Connection>>> m_pausedBehind;
    // account -> connections watching that technician's sessions (ListSessions with watch)
    std::unordered_map<qint64, std::set<net::Connection*>> m_watchers;
    AttemptLimiter m_pinFailuresByAddress;
    AttemptLimiter m_pinFailuresGlobal;
    std::uint64_t m_forwardedFrames = 0;
    std::uint64_t m_droppedFrames = 0;
};

}  // namespace lifeline::server
