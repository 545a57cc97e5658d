#include "server/relay.h"

#include <QDebug>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

#include "net/connection.h"
#include "net/tls_server.h"
#include "server/ip_restrictions.h"
#include "server/organisation.h"
#include "server/organisation_settings.h"
#include "server/password_hasher.h"
#include "server/pin.h"
#include "server/totp.h"

namespace lifeline::server {

namespace {

using base::ErrorCode;
using base::makeError;
using protocol::Route;
using protocol::TrafficClass;

// Route-1 frames are forwarded in the class their sender gave them. Session notices go in
// the lowest class, behind every forwarded frame already queued, so an end sees "session
// closed" only after the last frame its peer sent, whatever its class.
constexpr TrafficClass kSessionClass = TrafficClass::kFile;
constexpr int kMaxTextField = 256;
constexpr int kMaxConsentRecords = 1000;  // per session
constexpr int kMaxChatLogLines = 5000;     // per session
constexpr std::size_t kMaxChatLogBytes = 4000;  // a chat message's limit (session::Chat)
constexpr int kMaxListedSessions = 500;
constexpr std::size_t kMaxNotesBytes = 8000;

bool isTechnicianKind(v1::ClientKind kind)
{
    return kind == v1::CLIENT_KIND_CONSOLE || kind == v1::CLIENT_KIND_TOOL;
}

// ACCOUNT_LOCKED with the whole seconds left until `lockedUntilMs` (rounded up, at least 1).
base::Error accountLocked(qint64 lockedUntilMs, qint64 nowMs)
{
    auto error = makeError(ErrorCode::kAccountLocked, "too many failed sign-ins");
    error.retryAfterSeconds =
        static_cast<std::uint32_t>(std::max<qint64>(1, (lockedUntilMs - nowMs + 999) / 1000));
    return error;
}

std::uint32_t toSeconds(std::chrono::seconds s)
{
    return static_cast<std::uint32_t>(std::max<std::int64_t>(1, s.count()));
}

std::string toHex(const unsigned char* data, std::size_t size)
{
    static const char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * size);
    for (std::size_t i = 0; i < size; ++i) {
        hex += kHex[data[i] >> 4];
        hex += kHex[data[i] & 0xf];
    }
    return hex;
}

// Resume tokens are kept only as their SHA-256: a memory dump does not yield usable tokens.
std::string sha256Hex(const std::string& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
    return toHex(digest, length);
}

// `bytes` from the CSPRNG as hex; empty if it failed (then no token is handed out).
std::string randomHex(std::size_t bytes)
{
    std::vector<unsigned char> random(bytes);
    if (RAND_bytes(random.data(), static_cast<int>(bytes)) != 1) {
        return {};
    }
    return toHex(random.data(), random.size());
}

}  // namespace

struct Relay::Client
{
    net::Connection* connection = nullptr;
    QString source;           // peer address, for the audit log
    std::string attemptKey;   // address (IPv6: its /64) for attempt and connection limits
    v1::ClientKind kind = v1::CLIENT_KIND_UNSPECIFIED;
    bool helloDone = false;
    bool signInPending = false;
    qint64 accountId = 0;  // signed in when non-zero
    QString nickname;
    v1::Role role = v1::ROLE_UNSPECIFIED;
    qint64 sessionId = 0;  // the live session this connection serves
    bool isCustomer = false;
    // Signed in, but the group requires two-step sign-in and it is not set up yet: only
    // setting it up is allowed.
    bool mustEnrolTwoFactor = false;
    // Signed in with a password older than the organisation allows: only changing it is allowed.
    bool mustChangePassword = false;
    bool adminHashPending = false;  // an admin call's password work runs on the hash pool
};

struct Relay::LiveSession
{
    // Every end's connection: the technicians, then the customer (null until joined).
    std::vector<net::Connection*> ends() const
    {
        std::vector<net::Connection*> all = technicians;
        all.push_back(customer);
        return all;
    }

    qint64 id = 0;
    std::string pin;  // empty once used
    base::Clock::TimePoint expiresAt;
    v1::SessionStatus status = v1::SESSION_STATUS_WAITING;
    qint64 technicianAccountId = 0;
    QString technicianNickname;
    QString customerName;
    // What the applet enforces, fixed when the session is made: a permission switched off
    // later applies to the next session.
    v1::SessionPolicy policy;
    std::vector<net::Connection*> technicians;
    net::Connection* customer = nullptr;  // null until joined, and while reconnecting
    std::string rejoinTokenHash;          // SHA-256 of the customer's rejoin token
    base::Clock::TimePoint reconnectDeadline;  // while RECONNECTING
    v1::EndReason droppedReason = v1::END_REASON_CUSTOMER_DISCONNECTED;  // why it is
    int consentRecords = 0;  // written to the audit log so far
    // For the organisation's timeouts: when the PIN went out and the customer joined,
    // whether the customer accepted the terms (or there were none), and when either end
    // last sent the other anything.
    base::Clock::TimePoint createdAt;
    base::Clock::TimePoint joinedAt;
    bool termsAccepted = false;
    base::Clock::TimePoint lastActivity;
    int chatLines = 0;  // kept in the chat log so far
};

Relay::Relay(const RelayConfig& config, Store& store, const base::Clock& clock, QObject* parent)
    : QObject(parent),
      m_config(config),
      m_store(store),
      m_clock(clock),
      m_pinFailuresByAddress(static_cast<std::size_t>(config.pinFailuresPerAddress),
                             config.pinFailureWindow),
      m_pinFailuresGlobal(static_cast<std::size_t>(config.pinFailuresGlobal),
                          config.pinFailureWindow)
{
    m_hashPool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_admin = std::make_unique<AdminApi>(m_store, m_clock,
                                         [this](const QString& event, qint64 accountId, const QString& source, const QString& detail) {
                                             audit(event, accountId, 0, source, detail);
                                         },
                                         [this] { return organisationName(); });
    m_admin->setDefaultPinMinutes(int(std::max<qint64>(1, std::chrono::duration_cast<std::chrono::minutes>(m_config.pinValidity).count())));
    m_admin->setDefaultTerms(m_config.terms);
    connect(&m_sweepTimer, &QTimer::timeout, this, &Relay::sweepExpired);
    const qint64 nowMs = base::toUnixMillis(m_clock.now());
    if (auto aborted = m_store.abortOpenSessions(nowMs); aborted && *aborted > 0) {
        qInfo().noquote() << "relay: marked" << *aborted
                          << "session(s) left open by the previous run as aborted";
    }
}

Relay::~Relay()
{
    m_hashPool.waitForDone();  // no sign-in result may arrive at a dead relay
    m_sweepTimer.stop();
    for (auto& [connection, client] : m_clients) {
        connection->disconnect(this);
        delete connection;
    }
}

base::Status Relay::listen(const net::TlsServerConfig& tls, const QHostAddress& address,
                           quint16 port)
{
    m_server = std::make_unique<net::TlsServer>(tls);
    connect(m_server.get(), &net::TlsServer::newConnection, this, &Relay::onNewConnection);
    if (auto status = m_server->listen(address, port); !status) {
        return status;
    }
    m_sweepTimer.start(m_config.expirySweepMs);
    return {};
}

QHostAddress Relay::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 Relay::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void Relay::onNewConnection(net::Connection* connection)
{
    connection->setParent(this);
    const std::string key = attemptKey(connection->peerAddress());
    int fromAddress = 0;
    int total = 0;
    for (const auto& [other, client] : m_clients) {
        if (client->accountId == 0 && client->sessionId == 0) {
            ++total;
            fromAddress += client->attemptKey == key ? 1 : 0;
        }
    }
    if (fromAddress >= m_config.maxUnauthenticatedPerAddress ||
        total >= m_config.maxUnauthenticatedTotal) {
        const auto error = makeError(ErrorCode::kLimitReached,
                                     "too many connections waiting to sign in or join");
        replyError(connection, 0, error);
        connect(connection, &net::Connection::closed, connection, &QObject::deleteLater);
        connection->close(error);
        audit("connection.refused", 0, 0, connection->peerAddress().toString(),
              QString::fromStdString(error.detail));
        return;
    }
    connection->setMaxFrameLength(m_config.maxFrameLength);
    connection->setIdleTimeout(m_config.helloTimeoutMs);
    connection->setLowWaterMark(m_config.forwardLowWater);
    auto client = std::make_unique<Client>();
    client->connection = connection;
    client->source = connection->peerAddress().toString();
    client->attemptKey = key;
    m_clients.emplace(connection, std::move(client));
    connect(connection, &net::Connection::frameReceived, this,
            [this, connection](const protocol::Frame& frame) { onFrame(connection, frame); });
    connect(connection, &net::Connection::closed, this,
            [this, connection](const base::Error& reason) { onClosed(connection, reason); });
    connect(connection, &net::Connection::drained, this,
            [this, connection] { onDrained(connection); });
}

void Relay::onFrame(net::Connection* connection, const protocol::Frame& frame)
{
    auto it = m_clients.find(connection);
    if (it == m_clients.end()) {
        return;
    }
    Client& client = *it->second;
    if (frame.route == Route::kPeer) {
        if (!client.helloDone) {
            connection->abort(makeError(ErrorCode::kProtocolError, "route 1 before Hello"));
            return;
        }
        forward(client, frame);
        return;
    }
    auto envelope = protocol::parseEnvelope(frame.payload);
    if (!envelope) {
        replyError(connection, 0, envelope.error());
        connection->close(envelope.error());
        return;
    }
    handleEnvelope(client, *envelope);
}

void Relay::handleEnvelope(Client& client, const v1::Envelope& envelope)
{
    if (!client.helloDone) {
        handleHello(client, envelope);
        return;
    }
    switch (envelope.body_case()) {
    case v1::Envelope::kSignIn:
        handleSignIn(client, envelope);
        break;
    case v1::Envelope::kCreateSession:
        handleCreateSession(client, envelope);
        break;
    case v1::Envelope::kJoinSession:
        handleJoinSession(client, envelope);
        break;
    case v1::Envelope::kEndSession:
        handleEndSession(client, envelope);
        break;
    case v1::Envelope::kListSessions:
        handleListSessions(client, envelope);
        break;
    case v1::Envelope::kSetSessionNotes:
        handleSetSessionNotes(client, envelope);
        break;
    case v1::Envelope::kConsentRecord:
        handleConsentRecord(client, envelope);
        break;
    case v1::Envelope::kChatLog:
        handleChatLog(client, envelope);
        break;
    case v1::Envelope::kAdminRequest:
        handleAdminRequest(client, envelope);
        break;
    case v1::Envelope::kPing: {
        v1::Envelope pong;
        pong.mutable_pong()->set_nonce(envelope.ping().nonce());
        pong.mutable_pong()->set_sent_at_unix_ms(envelope.ping().sent_at_unix_ms());
        (void)client.connection->sendEnvelope(pong);
        break;
    }
    case v1::Envelope::kPong:
        break;
    default:
        // Unknown to this relay (a newer client) or not a request: say so, stay connected.
        replyError(client.connection, envelope.request_id(),
                   makeError(ErrorCode::kProtocolError, "message not accepted by the relay"));
        break;
    }
}

void Relay::handleHello(Client& client, const v1::Envelope& envelope)
{
    if (!envelope.has_hello()) {
        const auto error = makeError(ErrorCode::kProtocolError, "first message must be Hello");
        replyError(client.connection, envelope.request_id(), error);
        client.connection->close(error);
        return;
    }
    const v1::Hello& hello = envelope.hello();
    if (hello.protocol_version() < 1) {
        const auto error = makeError(ErrorCode::kUnsupportedVersion,
                                     "relay speaks protocol 1 to " +
                                         std::to_string(protocol::kProtocolVersion));
        replyError(client.connection, envelope.request_id(), error);
        client.connection->close(error);
        return;
    }
    const auto kind = hello.client_kind();
    if (kind != v1::CLIENT_KIND_CONSOLE && kind != v1::CLIENT_KIND_APPLET &&
        kind != v1::CLIENT_KIND_TOOL) {
        const auto error = makeError(ErrorCode::kProtocolError, "unknown client kind");
        replyError(client.connection, envelope.request_id(), error);
        client.connection->close(error);
        return;
    }
    client.kind = kind;
    client.helloDone = true;
    client.connection->setIdleTimeout(m_config.keepaliveTimeoutMs);

    v1::Envelope reply;
    reply.set_request_id(envelope.request_id());
    auto* ours = reply.mutable_hello();
    ours->set_protocol_version(std::min<std::uint32_t>(hello.protocol_version(),
                                                       protocol::kProtocolVersion));
    ours->set_client_kind(v1::CLIENT_KIND_RELAY);
    ours->set_build("lifeline-relay " LIFELINE_VERSION);
    for (const auto& capability : protocol::defaultCapabilities()) {
        ours->add_capabilities(capability);
    }
    (void)client.connection->sendEnvelope(reply);
}

void Relay::handleSignIn(Client& client, const v1::Envelope& envelope)
{
    const auto requestId = envelope.request_id();
    if (!isTechnicianKind(client.kind)) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kPermissionDenied, "only a console signs in"));
        return;
    }
    if (client.accountId != 0) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kInvalidArgument, "already signed in"));
        return;
    }
    if (client.signInPending) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kLimitReached, "a sign-in is already in progress"));
        return;
    }
    // The organisation's IP restrictions, read at each sign-in (a change applies to the
    // next one). A stored text that does not parse refuses everyone: fail closed.
    const QString rules = m_store.setting(QStringLiteral("ip_restrictions"), {});
    if (!rules.isEmpty()) {
        auto restrictions = IpRestrictions::parse(rules);
        if (!restrictions || !restrictions->allows(QHostAddress(client.source))) {
            audit("sign_in.refused_ip", 0, 0, client.source,
                  restrictions ? QString() : QString::fromStdString("ip_restrictions unreadable: " + restrictions.error().detail));
            replyError(client.connection, requestId,
                       makeError(ErrorCode::kPermissionDenied, "signing in from " + client.source.toStdString() +
                                                                   " is not allowed by the organisation's IP restrictions"));
            return;
        }
    }
    const auto& request = envelope.sign_in();
    if (!request.resume_token().empty()) {
        signInWithToken(client, requestId, request.resume_token());
        return;
    }
    if (request.email().size() > kMaxTextField || request.password().size() > 1024) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kInvalidCredentials, "wrong e-mail or password"));
        return;
    }
    const QString email = QString::fromStdString(request.email()).trimmed().toLower();
    auto account = m_store.accountByEmail(email);
    if (!account) {
        replyError(client.connection, requestId, account.error());
        return;
    }
    // The group's own IP rules before the password is even looked at: a refused address
    // learns nothing about the password.
    if (account->has_value() && refusedByGroupRules(client, requestId, **account)) {
        return;
    }
    const qint64 nowMs = base::toUnixMillis(m_clock.now());
    if (account->has_value() && (*account)->lockedUntilMs > nowMs) {
        audit("sign_in.refused_locked", (*account)->id, 0, client.source);
        replyError(client.connection, requestId, accountLocked((*account)->lockedUntilMs, nowMs));
        return;
    }
    client.signInPending = true;
    // The relay is the slow one while it hashes (more so on a loaded machine): the client's
    // silence meanwhile is not a dead peer. The keepalive timeout restarts with the answer.
    client.connection->setIdleTimeout(0);
    const std::string hash = account->has_value() ? (*account)->passwordHash.toStdString() : "";
    QPointer<net::Connection> connection = client.connection;
    m_hashPool.start([this, connection, requestId, email, hash, password = request.password(),
                      secondFactor = request.second_factor()] {
        bool matches = false;
        if (hash.empty()) {
            verifyAgainstDummy(password);  // same time as a real account: no oracle
        } else {
            matches = verifyPassword(password, hash);
        }
        QMetaObject::invokeMethod(
            this, [=, this] { finishSignIn(connection, requestId, email, matches, secondFactor); },
            Qt::QueuedConnection);
    });
}

void Relay::finishSignIn(QPointer<net::Connection> connection, quint64 requestId, QString email,
                         bool passwordMatches, std::string secondFactor)
{
    if (!connection) {
        return;
    }
    auto it = m_clients.find(connection.data());
    if (it == m_clients.end()) {
        return;
    }
    Client& client = *it->second;
    client.signInPending = false;
    connection->setIdleTimeout(m_config.keepaliveTimeoutMs);
    auto found = m_store.accountByEmail(email);
    if (!found) {
        replyError(connection, requestId, found.error());
        return;
    }
    const auto invalid = makeError(ErrorCode::kInvalidCredentials, "wrong e-mail or password");
    if (!found->has_value()) {
        audit("sign_in.failed", 0, 0, client.source, "unknown e-mail " + email);
        replyError(connection, requestId, invalid);
        return;
    }
    Account account = **found;
    const qint64 nowMs = base::toUnixMillis(m_clock.now());
    if (account.lockedUntilMs > nowMs) {  // locked by a parallel attempt meanwhile
        replyError(connection, requestId, accountLocked(account.lockedUntilMs, nowMs));
        return;
    }
    // With two-step sign-in, a right password without a code asks for the code (not a
    // failure); a wrong code counts like a wrong password.
    bool secondFactorOk = true;
    if (passwordMatches && account.enabled && account.totpConfirmed) {
        if (secondFactor.empty()) {
            replyError(connection, requestId,
                       makeError(ErrorCode::kSecondFactorRequired, "enter the code from your authenticator app"));
            return;
        }
        secondFactorOk = checkSecondFactor(account, secondFactor, client);
    }
    if (!passwordMatches || !secondFactorOk) {
        const int failures = account.failedSignIns + 1;
        if (failures >= m_config.lockoutThreshold) {
            const qint64 until = nowMs + m_config.lockoutDuration.count() * 1000;
            (void)m_store.setSignInFailures(account.id, 0, until);
            audit("sign_in.locked", account.id, 0, client.source,
                  QString("locked for %1 s after %2 failures")
                      .arg(m_config.lockoutDuration.count())
                      .arg(failures));
            replyError(connection, requestId, accountLocked(until, nowMs));
            return;
        }
        (void)m_store.setSignInFailures(account.id, failures, 0);
        audit("sign_in.failed", account.id, 0, client.source, passwordMatches ? "wrong code" : "wrong password");
        replyError(connection, requestId, invalid);
        return;
    }
    if (!account.enabled) {
        audit("sign_in.refused_disabled", account.id, 0, client.source);
        replyError(connection, requestId,
                   makeError(ErrorCode::kAccountDisabled, "account is disabled"));
        return;
    }
    (void)m_store.setSignInFailures(account.id, 0, 0);
    completeSignIn(client, requestId, account, true);
}

bool Relay::checkSecondFactor(const Account& account, const std::string& code, Client& client)
{
    auto secret = base32Decode(account.totpSecret.toStdString());
    if (!secret) return false;
    const std::int64_t nowSeconds = std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count();
    if (const auto step = verifyTotp(*secret, code, nowSeconds); step && *step > account.totpLastStep) {
        (void)m_store.setTwoFactor(account.id, account.totpSecret, true, *step, account.recoveryCodeHashes);
        return true;  // a code seen once is never taken again
    }
    QStringList left = account.recoveryCodeHashes;
    if (left.removeOne(QString::fromStdString(recoveryCodeHash(code)))) {
        (void)m_store.setTwoFactor(account.id, account.totpSecret, true, account.totpLastStep, left);
        audit("sign_in.recovery_code", account.id, 0, client.source, QStringLiteral("%1 recovery code(s) left").arg(left.size()));
        return true;
    }
    return false;
}

void Relay::signInWithToken(Client& client, quint64 requestId, const std::string& token)
{
    const auto invalid = makeError(ErrorCode::kInvalidCredentials, "resume token not valid");
    auto it = m_resumeTokens.find(sha256Hex(token));
    const auto now = m_clock.now();
    if (it == m_resumeTokens.end() || it->second.expiresAt <= now) {
        audit("sign_in.failed", 0, 0, client.source, "resume token not valid");
        replyError(client.connection, requestId, invalid);
        return;
    }
    const qint64 accountId = it->second.accountId;
    auto account = m_store.accountById(accountId);
    if (!account) {
        replyError(client.connection, requestId, account.error());
        return;
    }
    if (!account->has_value() || !(*account)->enabled) {
        m_resumeTokens.erase(it);
        audit("sign_in.refused_disabled", accountId, 0, client.source);
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kAccountDisabled, "account is disabled"));
        return;
    }
    if (refusedByGroupRules(client, requestId, **account)) {
        return;
    }
    completeSignIn(client, requestId, **account, false);
}

bool Relay::refusedByGroupRules(Client& client, quint64 requestId, const Account& account)
{
    if (account.role != v1::ROLE_TECHNICIAN || account.groupId == 0) {
        return false;
    }
    auto organisation = m_store.organisation();
    if (!organisation) {
        replyError(client.connection, requestId, organisation.error());
        return true;  // cannot tell: the safe side
    }
    for (qint64 id : organisation->ancestry(account.groupId)) {
        const Group* group = organisation->group(id);
        if (group == nullptr || group->ipRestrictions.trimmed().isEmpty()) {
            continue;
        }
        auto restrictions = IpRestrictions::parse(group->ipRestrictions);
        if (restrictions && restrictions->allows(QHostAddress(client.source))) {
            continue;
        }
        audit("sign_in.refused_ip", account.id, 0, client.source,
              restrictions ? QStringLiteral("group %1").arg(id)
                           : QString::fromStdString("group " + std::to_string(id) + " rules unreadable: " + restrictions.error().detail));
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kPermissionDenied, "signing in from " + client.source.toStdString() +
                                                               " is not allowed by your technician group's IP restrictions"));
        return true;
    }
    return false;
}

void Relay::disconnectAccount(qint64 accountId, const QString& why)
{
    std::erase_if(m_resumeTokens, [&](const auto& entry) { return entry.second.accountId == accountId; });
    std::vector<net::Connection*> connections;
    for (const auto& [connection, client] : m_clients) {
        if (client->accountId == accountId) {
            connections.push_back(connection);
        }
    }
    if (!connections.empty()) {
        audit("account.disconnected", accountId, 0, {}, QStringLiteral("%1 connection(s): %2").arg(connections.size()).arg(why));
    }
    for (net::Connection* connection : connections) {
        connection->close(makeError(ErrorCode::kAccountDisabled, why.toStdString()));
    }
}

void Relay::completeSignIn(Client& client, quint64 requestId, const Account& account,
                           bool issueToken)
{
    client.accountId = account.id;
    client.nickname = account.nickname;
    client.role = account.role;
    auto organisation = m_store.organisation();
    if (organisation) {
        client.mustEnrolTwoFactor = !account.totpConfirmed && organisation->twoFactorRequired(account);
    } else {
        client.mustEnrolTwoFactor = true;  // cannot tell: the safe side
    }
    // The password policy's maximum age: an expired password signs in only to be changed.
    const PasswordPolicy passwordPolicy = m_store.passwordPolicy();
    const qint64 nowMs = base::toUnixMillis(m_clock.now());
    const qint64 expiresAtMs = passwordPolicy.maxAgeDays > 0 && account.passwordChangedAtMs > 0
                                   ? account.passwordChangedAtMs + qint64(passwordPolicy.maxAgeDays) * 24 * 3600 * 1000
                                   : 0;
    client.mustChangePassword = expiresAtMs != 0 && expiresAtMs <= nowMs;
    audit(issueToken ? "sign_in.ok" : "sign_in.resumed", account.id, 0, client.source);

    v1::Envelope reply;
    reply.set_request_id(requestId);
    auto* result = reply.mutable_sign_in_result();
    result->set_account_id(static_cast<std::uint64_t>(account.id));
    result->set_name(account.name.toStdString());
    result->set_nickname(account.nickname.toStdString());
    result->set_email(account.email.toStdString());
    result->set_role(account.role);
    result->set_organisation_name(organisationName().toStdString());
    result->set_two_factor_enrolment_required(client.mustEnrolTwoFactor);
    result->set_two_factor_enabled(account.totpConfirmed);
    result->set_password_change_required(client.mustChangePassword);
    result->set_password_expires_at_unix_ms(expiresAtMs);
    result->set_password_warn_days(passwordPolicy.warnDays);
    if (account.role == v1::ROLE_TECHNICIAN) {
        result->set_max_sessions(SessionSettings::read(m_store, m_config.terms).maxSessionsPerTechnician);
        if (organisation && organisation->group(account.groupId) != nullptr) {
            result->set_in_group(true);
            for (v1::GroupPermission p : organisation->effectivePermissions(account.groupId)) result->add_permissions(p);
        }
    }
    if (issueToken) {
        if (const std::string token = randomHex(32); !token.empty()) {
            const auto expiresAt = m_clock.now() + m_config.resumeTokenValidity;
            m_resumeTokens[sha256Hex(token)] = ResumeToken{account.id, expiresAt};
            result->set_resume_token(token);
            result->set_resume_token_expires_at_unix_ms(base::toUnixMillis(expiresAt));
        }
    }
    (void)client.connection->sendEnvelope(reply);
}

void Relay::handleCreateSession(Client& client, const v1::Envelope& envelope)
{
    const auto requestId = envelope.request_id();
    if (client.accountId == 0) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kNotSignedIn, "sign in first"));
        return;
    }
    if (client.sessionId != 0) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kLimitReached,
                             "this connection already serves a session; open another "
                             "connection for another customer"));
        return;
    }
    if (client.mustEnrolTwoFactor) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kPermissionDenied, "set up two-step sign-in first (your group requires it)"));
        return;
    }
    if (client.mustChangePassword) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kPermissionDenied, "your password has expired: change it first"));
        return;
    }
    // The organisation's limit of sessions at once per technician (every session not ended).
    const int maxSessions = SessionSettings::read(m_store, m_config.terms).maxSessionsPerTechnician;
    const auto open = std::count_if(m_sessions.begin(), m_sessions.end(),
                                    [&](const auto& entry) { return entry.second->technicianAccountId == client.accountId; });
    if (open >= maxSessions) {
        audit("pin.refused", client.accountId, 0, client.source, QStringLiteral("%1 sessions open, the most allowed").arg(open));
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kLimitReached, "you have " + std::to_string(open) +
                                                           " sessions open, the most your organisation allows; end one first"));
        return;
    }
    // The session's policy comes from the technician's group (up the tree), or from the
    // relay's configuration for accounts not in a group.
    v1::SessionPolicy policy = m_config.sessionPolicy;
    auto organisation = m_store.organisation();
    if (!organisation) {
        replyError(client.connection, requestId, organisation.error());
        return;
    }
    if (const Account* me = organisation->account(client.accountId); me != nullptr && organisation->group(me->groupId) != nullptr) {
        const GroupPermissions permissions = organisation->effectivePermissions(me->groupId);
        if (permissions.count(v1::GROUP_PERMISSION_PRIVATE_SESSIONS) == 0) {
            audit("pin.refused", client.accountId, 0, client.source, "no private-session permission");
            replyError(client.connection, requestId,
                       makeError(ErrorCode::kPermissionDenied, "your technician group may not start PIN sessions"));
            return;
        }
        policy = Organisation::sessionPolicyFor(permissions);
        policy.set_pause_break_disabled(m_config.sessionPolicy.pause_break_disabled());
    }
    const auto& request = envelope.create_session();
    if (request.customer_name().size() > kMaxTextField ||
        request.reference().size() > kMaxTextField) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kInvalidArgument, "customer name or reference too long"));
        return;
    }
    std::string pin;
    for (int attempt = 0; attempt < 20 && pin.empty(); ++attempt) {
        auto candidate = generatePin();
        if (!candidate) {
            replyError(client.connection, requestId, candidate.error());
            return;
        }
        if (!m_pins.contains(*candidate)) {
            pin = *candidate;
        }
    }
    if (pin.empty()) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kLimitReached, "no free PIN; try again"));
        return;
    }
    const auto now = m_clock.now();
    SessionRecord record;
    record.technicianId = client.accountId;
    record.customerName = QString::fromStdString(request.customer_name()).trimmed();
    record.reference = QString::fromStdString(request.reference()).trimmed();
    record.status = v1::SESSION_STATUS_WAITING;
    record.createdAtMs = base::toUnixMillis(now);
    const auto pinValidity = this->pinValidity();
    record.expiresAtMs = base::toUnixMillis(now + pinValidity);
    auto id = m_store.createSession(record);
    if (!id) {
        replyError(client.connection, requestId, id.error());
        return;
    }
    auto session = std::make_unique<LiveSession>();
    session->id = *id;
    session->pin = pin;
    session->expiresAt = now + pinValidity;
    session->technicianAccountId = client.accountId;
    session->technicianNickname = client.nickname;
    session->customerName = record.customerName;
    session->policy = policy;
    session->createdAt = now;
    session->technicians.push_back(client.connection);
    m_pins.emplace(pin, *id);
    client.sessionId = *id;
    audit("pin.issued", client.accountId, *id, client.source,
          "customer " + record.customerName);

    v1::Envelope reply;
    reply.set_request_id(requestId);
    auto* result = reply.mutable_create_session_result();
    result->set_session_id(static_cast<std::uint64_t>(*id));
    result->set_pin(pin);
    result->set_expires_at_unix_ms(record.expiresAtMs);
    *result->mutable_policy() = policy;
    (void)client.connection->sendEnvelope(reply);
    notifyState(*session, v1::SESSION_STATUS_WAITING, v1::END_REASON_UNSPECIFIED);
    m_sessions.emplace(*id, std::move(session));
}

void Relay::handleJoinSession(Client& client, const v1::Envelope& envelope)
{
    const auto requestId = envelope.request_id();
    if (client.kind != v1::CLIENT_KIND_APPLET) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kPermissionDenied, "only the customer applet joins"));
        return;
    }
    if (client.sessionId != 0) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kInvalidArgument, "already in a session"));
        return;
    }
    const auto now = m_clock.now();
    const std::string& key = client.attemptKey;
    std::optional<std::chrono::seconds> wait = m_pinFailuresGlobal.blockedFor("*", now);
    if (auto own = m_pinFailuresByAddress.blockedFor(key, now); own && (!wait || *own > *wait)) {
        wait = own;
    }
    if (wait) {
        auto error = makeError(ErrorCode::kTooManyAttempts, "too many wrong PINs");
        error.retryAfterSeconds = toSeconds(*wait);
        audit("join.throttled", 0, 0, client.source);
        replyError(client.connection, requestId, error);
        return;
    }
    if (!envelope.join_session().rejoin_token().empty()) {
        rejoinSession(client, requestId, envelope.join_session().rejoin_token());
        return;
    }
    const std::string& pin = envelope.join_session().pin();
    auto pinIt = isWellFormedPin(pin) ? m_pins.find(pin) : m_pins.end();
    LiveSession* session = nullptr;
    if (pinIt != m_pins.end()) {
        auto sessionIt = m_sessions.find(pinIt->second);
        if (sessionIt != m_sessions.end()) {
            session = sessionIt->second.get();
        }
    }
    if (session && session->expiresAt <= now) {
        endSession(session->id, v1::SESSION_STATUS_EXPIRED, v1::END_REASON_PIN_EXPIRED);
        session = nullptr;
    }
    if (!session || session->status != v1::SESSION_STATUS_WAITING) {
        m_pinFailuresByAddress.recordFailure(key, now);
        m_pinFailuresGlobal.recordFailure("*", now);
        audit("join.failed", 0, 0, client.source, "PIN not found or expired");
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kPinNotFound, "PIN not found or expired"));
        return;
    }

    // Single use: the PIN is gone from now on, whatever happens next.
    m_pins.erase(session->pin);
    session->pin.clear();
    session->customer = client.connection;
    session->status = v1::SESSION_STATUS_CONNECTING;
    session->joinedAt = now;
    session->lastActivity = now;
    session->termsAccepted = terms().trimmed().isEmpty();
    client.sessionId = session->id;
    client.isCustomer = true;
    const QString customerName =
        QString::fromStdString(envelope.join_session().customer_name()).trimmed().left(kMaxTextField);
    if (session->customerName.isEmpty()) {
        session->customerName = customerName;
    }
    const qint64 nowMs = base::toUnixMillis(now);
    // The organisation may choose not to keep customers' addresses (privacy).
    const bool keepAddress = m_store.setting(QStringLiteral("store_customer_addresses"), QStringLiteral("1")) != "0";
    (void)m_store.markSessionJoined(session->id, customerName, keepAddress ? client.source : QString(), nowMs);
    audit("session.joined", session->technicianAccountId, session->id, keepAddress ? client.source : QString());

    const std::string rejoinToken = randomHex(32);
    session->rejoinTokenHash = rejoinToken.empty() ? std::string() : sha256Hex(rejoinToken);
    sendJoinResult(client, requestId, *session, rejoinToken);
    notifyState(*session, v1::SESSION_STATUS_CONNECTING, v1::END_REASON_UNSPECIFIED);

    // Both ends are bound; nothing else to negotiate at the relay.
    session->status = v1::SESSION_STATUS_ACTIVE;
    (void)m_store.markSessionActive(session->id, nowMs);
    notifyState(*session, v1::SESSION_STATUS_ACTIVE, v1::END_REASON_UNSPECIFIED);
}

void Relay::sendJoinResult(Client& client, quint64 requestId, const LiveSession& session,
                           const std::string& rejoinToken)
{
    v1::Envelope reply;
    reply.set_request_id(requestId);
    auto* result = reply.mutable_join_session_result();
    result->set_session_id(static_cast<std::uint64_t>(session.id));
    result->set_technician_nickname(session.technicianNickname.toStdString());
    result->set_organisation_name(organisationName().toStdString());
    *result->mutable_policy() = session.policy;
    result->set_terms(terms().toStdString());
    result->set_rejoin_token(rejoinToken);
    result->set_reconnect_grace_seconds(
        rejoinToken.empty()
            ? 0
            : static_cast<std::uint32_t>(std::max<std::int64_t>(0, m_config.reconnectGrace.count())));
    (void)client.connection->sendEnvelope(reply);
}

void Relay::rejoinSession(Client& client, quint64 requestId, const std::string& token)
{
    const auto now = m_clock.now();
    const std::string hash = sha256Hex(token);
    LiveSession* session = nullptr;
    for (auto& [id, live] : m_sessions) {
        if (!live->rejoinTokenHash.empty() && live->rejoinTokenHash == hash) {
            session = live.get();
            break;
        }
    }
    const bool waiting = session && session->status == v1::SESSION_STATUS_RECONNECTING &&
                         session->reconnectDeadline > now;
    // The old link may still look alive here (the relay has not noticed it died yet): the
    // customer holding the token is the one that counts, the old connection goes.
    const bool replacing = session && session->status == v1::SESSION_STATUS_ACTIVE;
    if (!waiting && !replacing) {
        m_pinFailuresByAddress.recordFailure(client.attemptKey, now);
        m_pinFailuresGlobal.recordFailure("*", now);
        audit("rejoin.failed", 0, 0, client.source);
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kSessionNotFound, "session ended or not found"));
        return;
    }
    if (replacing && session->customer) {
        net::Connection* old = session->customer;
        if (auto it = m_clients.find(old); it != m_clients.end()) {
            it->second->sessionId = 0;
            it->second->isCustomer = false;
        }
        resumeSendersBehind(old);
        old->close(makeError(ErrorCode::kConnectionClosed, "replaced by the customer's new link"));
    }
    session->customer = client.connection;
    client.sessionId = session->id;
    client.isCustomer = true;
    // A fresh token each time: an old one is never good twice.
    const std::string rejoinToken = randomHex(32);
    session->rejoinTokenHash = rejoinToken.empty() ? std::string() : sha256Hex(rejoinToken);
    session->status = v1::SESSION_STATUS_ACTIVE;
    audit("session.customer_rejoined", session->technicianAccountId, session->id, client.source);
    sendJoinResult(client, requestId, *session, rejoinToken);
    notifyState(*session, v1::SESSION_STATUS_ACTIVE, v1::END_REASON_UNSPECIFIED);
}

void Relay::handleConsentRecord(Client& client, const v1::Envelope& envelope)
{
    const auto& record = envelope.consent_record();
    auto it = m_sessions.find(client.sessionId);
    if (!client.isCustomer || it == m_sessions.end() || !v1::Permission_IsValid(record.permission()) ||
        !v1::PermissionAnswer_IsValid(record.answer()) || (record.terms() && record.permission() != v1::PERMISSION_UNSPECIFIED)) {
        replyError(client.connection, envelope.request_id(),
                   makeError(ErrorCode::kInvalidArgument, "not a consent record of this session"));
        return;
    }
    // A customer decides a few dozen things in a session; an applet that sends thousands
    // is broken or hostile and does not get to fill the audit log.
    if (++it->second->consentRecords > kMaxConsentRecords) {
        if (it->second->consentRecords == kMaxConsentRecords + 1) {
            audit("consent.flood", it->second->technicianAccountId, client.sessionId, client.source);
        }
        replyError(client.connection, envelope.request_id(),
                   makeError(ErrorCode::kLimitReached, "too many consent records in this session"));
        return;
    }
    if (record.terms() && record.answer() == v1::PERMISSION_ANSWER_GRANTED) {
        it->second->termsAccepted = true;  // no longer connecting
        it->second->lastActivity = m_clock.now();
    }
    audit("consent." + QString::fromStdString(v1::PermissionAnswer_Name(record.answer()))
                           .remove("PERMISSION_ANSWER_").toLower(),
          it->second->technicianAccountId, client.sessionId, client.source,
          record.terms() ? QStringLiteral("terms")
                         : QString::fromStdString(v1::Permission_Name(record.permission())).remove("PERMISSION_").toLower());
}

void Relay::handleChatLog(Client& client, const v1::Envelope& envelope)
{
    auto it = m_sessions.find(client.sessionId);
    const std::string& text = envelope.chat_log().text();
    if (it == m_sessions.end() || text.empty() || text.size() > kMaxChatLogBytes) {
        replyError(client.connection, envelope.request_id(), makeError(ErrorCode::kInvalidArgument, "not a chat line of this session"));
        return;
    }
    LiveSession& session = *it->second;
    // A chat of thousands of lines is a broken or hostile end: the log stops taking them.
    if (++session.chatLines > kMaxChatLogLines) {
        if (session.chatLines == kMaxChatLogLines + 1) audit("chat_log.flood", session.technicianAccountId, session.id, client.source);
        return;
    }
    ChatLogLine line;
    line.sessionId = session.id;
    line.atMs = base::toUnixMillis(m_clock.now());
    line.fromCustomer = client.isCustomer;
    // The names the relay vouches for, not what the end says.
    line.sender = client.isCustomer ? (session.customerName.isEmpty() ? QStringLiteral("customer") : session.customerName)
                                    : client.nickname;
    line.text = QString::fromStdString(text);
    if (auto ok = m_store.appendChatLine(line); !ok) {
        qWarning().noquote() << "relay: chat line of session" << session.id << "not kept:" << QString::fromStdString(ok.error().toString());
    }
}

void Relay::handleListSessions(Client& client, const v1::Envelope& envelope)
{
    if (client.accountId == 0) {
        replyError(client.connection, envelope.request_id(), makeError(ErrorCode::kNotSignedIn, "sign in first"));
        return;
    }
    const auto& request = envelope.list_sessions();
    auto records = m_store.sessionsOfTechnician(client.accountId, request.ended_since_unix_ms(), kMaxListedSessions);
    if (!records) {
        replyError(client.connection, envelope.request_id(), records.error());
        return;
    }
    v1::Envelope reply;
    reply.set_request_id(envelope.request_id());
    auto* list = reply.mutable_session_list();  // set even when empty
    for (const SessionRecord& record : *records) {
        auto* summary = list->add_sessions();
        summary->set_session_id(static_cast<std::uint64_t>(record.id));
        summary->set_status(record.status);
        summary->set_end_reason(record.endReason);
        summary->set_customer_name(record.customerName.toStdString());
        summary->set_reference(record.reference.toStdString());
        summary->set_created_at_unix_ms(record.createdAtMs);
        summary->set_expires_at_unix_ms(record.expiresAtMs);
        summary->set_active_at_unix_ms(record.activeAtMs);
        summary->set_ended_at_unix_ms(record.endedAtMs);
        summary->set_notes(record.notes.toStdString());
        // What only the relay's memory knows: the live state and the PIN.
        if (auto live = m_sessions.find(record.id); live != m_sessions.end()) {
            summary->set_status(live->second->status);
            if (live->second->status == v1::SESSION_STATUS_WAITING) summary->set_pin(live->second->pin);
        }
    }
    if (request.watch()) {
        m_watchers[client.accountId].insert(client.connection);
    }
    (void)client.connection->sendEnvelope(reply);
}

void Relay::handleSetSessionNotes(Client& client, const v1::Envelope& envelope)
{
    const auto requestId = envelope.request_id();
    if (client.accountId == 0) {
        replyError(client.connection, requestId, makeError(ErrorCode::kNotSignedIn, "sign in first"));
        return;
    }
    const auto& request = envelope.set_session_notes();
    if (request.notes().size() > kMaxNotesBytes) {
        replyError(client.connection, requestId,
                   makeError(ErrorCode::kInvalidArgument, "notes are at most 8,000 bytes"));
        return;
    }
    const auto sessionId = static_cast<qint64>(request.session_id());
    auto record = m_store.session(sessionId);
    if (!record || record->technicianId != client.accountId) {
        // Someone else's session looks like no session at all.
        replyError(client.connection, requestId, makeError(ErrorCode::kSessionNotFound, "no such session"));
        return;
    }
    if (auto saved = m_store.setSessionNotes(sessionId, QString::fromStdString(request.notes())); !saved) {
        replyError(client.connection, requestId, saved.error());
        return;
    }
    v1::Envelope reply;
    reply.set_request_id(requestId);
    reply.mutable_session_notes_saved()->set_session_id(request.session_id());
    (void)client.connection->sendEnvelope(reply);
}

void Relay::handleAdminRequest(Client& client, const v1::Envelope& envelope)
{
    if (!isTechnicianKind(client.kind)) {
        replyError(client.connection, envelope.request_id(), makeError(ErrorCode::kPermissionDenied, "only a console administers"));
        return;
    }
    const v1::AdminRequest& request = envelope.admin_request();
    const auto call = request.call_case();
    const bool enrolling = call == v1::AdminRequest::kBeginTwoFactor || call == v1::AdminRequest::kConfirmTwoFactor;
    if (client.mustEnrolTwoFactor && !enrolling) {
        replyError(client.connection, envelope.request_id(),
                   makeError(ErrorCode::kPermissionDenied, "set up two-step sign-in first (your group requires it)"));
        return;
    }
    const bool ownPassword = call == v1::AdminRequest::kSetPassword && request.set_password().member_id() == client.accountId;
    if (client.mustChangePassword && !ownPassword) {
        replyError(client.connection, envelope.request_id(),
                   makeError(ErrorCode::kPermissionDenied, "your password has expired: change it first"));
        return;
    }
    if (client.accountId == 0 || !AdminApi::needsPreparing(request)) {
        finishAdminRequest(client, envelope.request_id(), request, {});
        return;
    }
    // Passwords are hashed (and the current one checked) on the hash pool, as at sign-in:
    // the relay's thread forwards everyone's frames meanwhile. One such call at a time per
    // connection.
    if (client.adminHashPending) {
        replyError(client.connection, envelope.request_id(), makeError(ErrorCode::kLimitReached, "a password change is already in progress"));
        return;
    }
    auto actor = m_store.accountById(client.accountId);
    if (!actor || !actor->has_value()) {
        replyError(client.connection, envelope.request_id(),
                   actor ? makeError(ErrorCode::kAccountDisabled, "account is disabled") : actor.error());
        return;
    }
    client.adminHashPending = true;
    client.connection->setIdleTimeout(0);  // the relay is the slow one now
    QPointer<net::Connection> connection = client.connection;
    m_hashPool.start([this, connection, requestId = envelope.request_id(), request, actorId = client.accountId,
                      actorHash = (*actor)->passwordHash.toStdString()] {
        AdminApi::Prepared prepared = AdminApi::prepare(request, actorId, actorHash);
        QMetaObject::invokeMethod(
            this,
            [this, connection, requestId, request, prepared = std::move(prepared)] {
                if (!connection) return;
                auto it = m_clients.find(connection.data());
                if (it == m_clients.end()) return;
                it->second->adminHashPending = false;
                connection->setIdleTimeout(m_config.keepaliveTimeoutMs);
                finishAdminRequest(*it->second, requestId, request, prepared);
            },
            Qt::QueuedConnection);
    });
}

void Relay::finishAdminRequest(Client& client, quint64 requestId, const v1::AdminRequest& request, const AdminApi::Prepared& prepared)
{
    const auto call = request.call_case();
    const bool ownPassword = call == v1::AdminRequest::kSetPassword && request.set_password().member_id() == client.accountId;
    auto response = m_admin->handle(client.accountId, client.source, request, prepared);
    if (response && call == v1::AdminRequest::kConfirmTwoFactor) client.mustEnrolTwoFactor = false;
    if (response && ownPassword) client.mustChangePassword = false;
    if (!response) {
        if (response.error().code == ErrorCode::kPermissionDenied) {
            audit("admin.refused", client.accountId, 0, client.source, QString::number(int(call)));
        }
        replyError(client.connection, requestId, response.error());
        return;
    }
    v1::Envelope reply;
    reply.set_request_id(requestId);
    *reply.mutable_admin_response() = std::move(*response);
    (void)client.connection->sendEnvelope(reply);
    // A disabled or deleted account is signed out everywhere at once; a password an
    // administrator set ends the old one's resume tokens. (After the answer: the caller's
    // own connection is never among them.)
    if (call == v1::AdminRequest::kUpdateMember && !request.update_member().enabled()) {
        disconnectAccount(request.update_member().id(), QStringLiteral("the account was disabled"));
    } else if (call == v1::AdminRequest::kDeleteMember) {
        disconnectAccount(request.delete_member(), QStringLiteral("the account was deleted"));
    } else if (call == v1::AdminRequest::kSetPassword && !ownPassword) {
        const qint64 target = request.set_password().member_id();
        std::erase_if(m_resumeTokens, [&](const auto& entry) { return entry.second.accountId == target; });
    }
}

void Relay::handleEndSession(Client& client, const v1::Envelope& envelope)
{
    const auto requested = static_cast<qint64>(envelope.end_session().session_id());
    if (client.sessionId == 0 || (requested != 0 && requested != client.sessionId)) {
        replyError(client.connection, envelope.request_id(),
                   makeError(ErrorCode::kSessionNotFound, "not in that session"));
        return;
    }
    endSession(client.sessionId, v1::SESSION_STATUS_CLOSED,
               client.isCustomer ? v1::END_REASON_CUSTOMER_ENDED
                                 : v1::END_REASON_TECHNICIAN_ENDED);
}

void Relay::forward(Client& from, const protocol::Frame& frame)
{
    auto it = m_sessions.find(from.sessionId);
    if (it == m_sessions.end() || it->second->status != v1::SESSION_STATUS_ACTIVE) {
        ++m_droppedFrames;  // in flight when the session ended; nobody to give it to
        return;
    }
    LiveSession& session = *it->second;
    session.lastActivity = m_clock.now();
    auto deliver = [&](net::Connection* to) {
        if (!to || !to->isOpen()) {
            return;
        }
        // In the class the sender gave it: input overtakes video and files here too.
        (void)to->send(Route::kPeer, frame.payload, static_cast<TrafficClass>(frame.trafficClass));
        if (to->pendingBytes() > m_config.forwardHighWater && !from.connection->isReadingPaused()) {
            from.connection->pauseReading();
            m_pausedBehind[to].emplace_back(from.connection);
        }
    };
    if (from.isCustomer) {
        for (auto* technician : session.technicians) {
            deliver(technician);
        }
    } else {
        deliver(session.customer);
    }
    ++m_forwardedFrames;
}

void Relay::onDrained(net::Connection* connection)
{
    resumeSendersBehind(connection);
}

void Relay::resumeSendersBehind(net::Connection* destination)
{
    auto it = m_pausedBehind.find(destination);
    if (it == m_pausedBehind.end()) {
        return;
    }
    auto senders = std::move(it->second);
    m_pausedBehind.erase(it);
    for (const auto& sender : senders) {
        if (sender) {
            sender->resumeReading();
        }
    }
}

void Relay::onClosed(net::Connection* connection, const base::Error& reason)
{
    auto it = m_clients.find(connection);
    if (it == m_clients.end()) {
        return;
    }
    std::unique_ptr<Client> client = std::move(it->second);
    m_clients.erase(it);
    if (auto watching = m_watchers.find(client->accountId); watching != m_watchers.end()) {
        watching->second.erase(connection);
        if (watching->second.empty()) m_watchers.erase(watching);
    }
    if (client->sessionId != 0) {
        const bool timedOut = reason.code == ErrorCode::kTimeout;
        v1::EndReason why;
        if (client->isCustomer) {
            why = timedOut ? v1::END_REASON_CUSTOMER_TIMED_OUT
                           : v1::END_REASON_CUSTOMER_DISCONNECTED;
        } else {
            why = timedOut ? v1::END_REASON_TECHNICIAN_TIMED_OUT
                           : v1::END_REASON_TECHNICIAN_DISCONNECTED;
        }
        const bool broken =
            reason.code == ErrorCode::kProtocolError || reason.code == ErrorCode::kFrameTooLarge;
        if (broken) {
            why = v1::END_REASON_PROTOCOL_ERROR;
        }
        auto session = m_sessions.find(client->sessionId);
        if (client->isCustomer && !broken && m_config.reconnectGrace.count() > 0 &&
            session != m_sessions.end() && session->second->status == v1::SESSION_STATUS_ACTIVE &&
            !session->second->rejoinTokenHash.empty()) {
            // A dropped network is not the end: the customer's applet comes back with its
            // rejoin token within the grace period, or the sweep ends the session.
            LiveSession& live = *session->second;
            live.customer = nullptr;
            live.status = v1::SESSION_STATUS_RECONNECTING;
            live.reconnectDeadline = m_clock.now() + m_config.reconnectGrace;
            live.droppedReason = why;
            audit("session.customer_reconnecting", live.technicianAccountId, live.id,
                  client->source, QString::fromStdString(reason.detail));
            notifyState(live, v1::SESSION_STATUS_RECONNECTING, why);
        } else {
            endSession(client->sessionId, v1::SESSION_STATUS_ABORTED, why);
        }
    }
    resumeSendersBehind(connection);
    connection->deleteLater();
}

void Relay::endSession(qint64 sessionId, v1::SessionStatus status, v1::EndReason reason)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end()) {
        return;
    }
    std::unique_ptr<LiveSession> session = std::move(it->second);
    m_sessions.erase(it);
    if (!session->pin.empty()) {
        m_pins.erase(session->pin);
    }
    (void)m_store.markSessionEnded(sessionId, status, reason, base::toUnixMillis(m_clock.now()));
    audit("session.ended", session->technicianAccountId, sessionId, {},
          QString::fromStdString(v1::SessionStatus_Name(status) + " " +
                                 v1::EndReason_Name(reason)));
    notifyState(*session, status, reason);
    for (auto* end : session->ends()) {
        auto client = m_clients.find(end);
        if (client != m_clients.end()) {
            client->second->sessionId = 0;
            client->second->isCustomer = false;
        }
        if (end) {
            resumeSendersBehind(end);  // nobody waits for a peer that is gone
        }
    }
    // The customer end has no business on the relay once its session is over.
    if (session->customer && m_clients.contains(session->customer)) {
        session->customer->close(makeError(ErrorCode::kConnectionClosed, "session ended"));
    }
}

void Relay::notifyState(const LiveSession& session, v1::SessionStatus status,
                        v1::EndReason reason)
{
    v1::Envelope envelope;
    auto* state = envelope.mutable_session_state();
    state->set_session_id(static_cast<std::uint64_t>(session.id));
    state->set_status(status);
    state->set_end_reason(reason);
    state->set_customer_name(session.customerName.toStdString());
    state->set_technician_nickname(session.technicianNickname.toStdString());
    state->set_changed_at_unix_ms(base::toUnixMillis(m_clock.now()));
    const std::string payload = protocol::serializeEnvelope(envelope);
    const std::vector<net::Connection*> ends = session.ends();
    for (auto* end : ends) {
        if (end && end->isOpen() && m_clients.contains(end)) {
            (void)end->send(Route::kRelay, payload, kSessionClass);
        }
    }
    // The technician's session lists, on their other connections.
    if (auto watching = m_watchers.find(session.technicianAccountId); watching != m_watchers.end()) {
        for (auto* watcher : watching->second) {
            if (std::find(ends.begin(), ends.end(), watcher) == ends.end() && watcher->isOpen()) {
                (void)watcher->send(Route::kRelay, payload, kSessionClass);
            }
        }
    }
}

void Relay::sweepExpired()
{
    const auto now = m_clock.now();
    std::vector<qint64> expired;
    for (const auto& [id, session] : m_sessions) {
        if (session->status == v1::SESSION_STATUS_WAITING && session->expiresAt <= now) {
            expired.push_back(id);
        }
    }
    for (qint64 id : expired) {
        endSession(id, v1::SESSION_STATUS_EXPIRED, v1::END_REASON_PIN_EXPIRED);
    }
    std::vector<std::pair<qint64, v1::EndReason>> abandoned;
    for (const auto& [id, session] : m_sessions) {
        if (session->status == v1::SESSION_STATUS_RECONNECTING && session->reconnectDeadline <= now) {
            abandoned.emplace_back(id, session->droppedReason);
        }
    }
    for (const auto& [id, why] : abandoned) {
        endSession(id, v1::SESSION_STATUS_ABORTED, why);
    }
    // The organisation's timeouts (0 = never), read each time: a change applies at once
    // (and not read at all while there is no session).
    const SessionSettings settings = m_sessions.empty() ? SessionSettings{} : SessionSettings::read(m_store, m_config.terms);
    auto past = [&](base::Clock::TimePoint since, int minutes) { return minutes > 0 && since + std::chrono::minutes(minutes) <= now; };
    std::vector<std::tuple<qint64, v1::SessionStatus, v1::EndReason>> timedOut;
    for (const auto& [id, session] : m_sessions) {
        if (session->status == v1::SESSION_STATUS_WAITING && past(session->createdAt, settings.waitingTimeoutMinutes)) {
            timedOut.emplace_back(id, v1::SESSION_STATUS_EXPIRED, v1::END_REASON_WAITING_TIMED_OUT);
        } else if (session->status == v1::SESSION_STATUS_ACTIVE && !session->termsAccepted &&
                   past(session->joinedAt, settings.connectingTimeoutMinutes)) {
            timedOut.emplace_back(id, v1::SESSION_STATUS_ABORTED, v1::END_REASON_CONNECTING_TIMED_OUT);
        } else if (session->status == v1::SESSION_STATUS_ACTIVE && session->termsAccepted &&
                   past(session->lastActivity, settings.idleTimeoutMinutes)) {
            timedOut.emplace_back(id, v1::SESSION_STATUS_CLOSED, v1::END_REASON_IDLE_TIMED_OUT);
        }
    }
    for (const auto& [id, status, why] : timedOut) {
        endSession(id, status, why);
    }
    m_pinFailuresByAddress.prune(now);
    m_pinFailuresGlobal.prune(now);
    std::erase_if(m_resumeTokens, [&](const auto& entry) { return entry.second.expiresAt <= now; });
}

void Relay::shutdown()
{
    std::vector<qint64> ids;
    for (const auto& [id, session] : m_sessions) {
        ids.push_back(id);
    }
    for (qint64 id : ids) {
        endSession(id, v1::SESSION_STATUS_ABORTED, v1::END_REASON_RELAY_SHUTDOWN);
    }
    if (m_server) {
        m_server->close();
    }
    for (auto& [connection, client] : m_clients) {
        connection->close(makeError(ErrorCode::kConnectionClosed, "relay shutting down"));
    }
}

void Relay::replyError(net::Connection* connection, quint64 requestId, const base::Error& error)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    protocol::fillError(envelope.mutable_error(), error);
    (void)connection->sendEnvelope(envelope);
}

void Relay::audit(const QString& event, qint64 accountId, qint64 sessionId, const QString& source,
                  const QString& detail)
{
    AuditEntry entry;
    entry.atMs = base::toUnixMillis(m_clock.now());
    entry.event = event;
    entry.accountId = accountId;
    entry.sessionId = sessionId;
    entry.source = source;
    entry.detail = detail;
    if (auto status = m_store.appendAudit(entry); !status) {
        qWarning().noquote() << "relay: audit write failed:"
                             << QString::fromStdString(status.error().toString());
    }
}

std::chrono::seconds Relay::pinValidity() const
{
    // The Admin Center's setting when there is one, else the relay's configuration.
    bool ok = false;
    const int minutes = m_store.setting(QStringLiteral("pin_validity_minutes"), {}).toInt(&ok);
    if (ok && minutes >= 1 && minutes <= 999) return std::chrono::minutes(minutes);
    return std::chrono::duration_cast<std::chrono::seconds>(m_config.pinValidity);
}

QString Relay::terms() const
{
    return SessionSettings::read(m_store, m_config.terms).terms;
}

QString Relay::organisationName() const
{
    return m_store.setting("organisation_name", m_config.organisationName);
}

std::string Relay::attemptKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QHostAddress(v4).toString().toStdString();
    }
    // One IPv6 user usually holds a whole /64: count attempts per /64.
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i) {
        bytes[i] = 0;
    }
    return QHostAddress(bytes).toString().toStdString() + "/64";
}

Relay::Stats Relay::stats() const
{
    Stats stats;
    stats.connections = m_clients.size();
    stats.liveSessions = m_sessions.size();
    for (const auto& [id, session] : m_sessions) {
        if (session->status == v1::SESSION_STATUS_ACTIVE) {
            ++stats.activeSessions;
        }
    }
    for (const auto& [connection, client] : m_clients) {
        if (connection->isReadingPaused()) {
            ++stats.pausedReaders;
        }
        stats.largestPendingBytes = std::max<std::int64_t>(stats.largestPendingBytes,
                                                           connection->pendingBytes());
    }
    stats.forwardedFrames = m_forwardedFrames;
    stats.droppedFrames = m_droppedFrames;
    return stats;
}

}  // namespace lifeline::server
