#include "support/relay_harness.h"

#include <gtest/gtest.h>

#include "server/password_hasher.h"
#include "support/wait.h"

namespace lifeline::test {

LinkRecorder::LinkRecorder(session::RelayLink* link)
{
    QObject::connect(link, &session::RelayLink::sessionStateChanged,
                     [this](const v1::SessionState& s) { states.push_back(s); });
    QObject::connect(link, &session::RelayLink::peerFrame,
                     [this](const std::string& p) { peerFrames.push_back(p); });
    QObject::connect(link, &session::RelayLink::failed,
                     [this](const base::Error& e) { failure = e; });
    QObject::connect(link, &session::RelayLink::ready, [this] { ready = true; });
}

bool LinkRecorder::hasStatus(v1::SessionStatus status) const
{
    return std::any_of(states.begin(), states.end(),
                       [status](const auto& s) { return s.status() == status; });
}

std::optional<v1::SessionState> LinkRecorder::lastState() const
{
    if (states.empty()) {
        return std::nullopt;
    }
    return states.back();
}

RelayHarness::RelayHarness(server::RelayConfig config)
{
    auto store = server::Store::openSqlite(m_dir.filePath("relay.db"));
    EXPECT_TRUE(store.ok()) << store.error().toString();
    m_store = std::move(*store);
    config.organisationName = "Contoso IT";
    m_relay = std::make_unique<server::Relay>(config, *m_store, m_clock);
    auto status = m_relay->listen(m_pki.serverConfig(), QHostAddress::LocalHost, 0);
    EXPECT_TRUE(status.ok()) << status.error().toString();
}

RelayHarness::~RelayHarness() = default;

qint64 RelayHarness::addAccount(const QString& email, const QString& password,
                                const QString& nickname, v1::Role role)
{
    server::Account account;
    account.email = email;
    account.name = nickname + " Tester";
    account.nickname = nickname;
    account.role = role;
    auto hash = server::hashPassword(password.toStdString());
    EXPECT_TRUE(hash.ok());
    account.passwordHash = QString::fromStdString(*hash);
    auto id = m_store->addAccount(account);
    EXPECT_TRUE(id.ok()) << id.error().toString();
    return id.ok() ? *id : 0;
}

namespace {

template <typename End>
std::unique_ptr<End> connectEnd(quint16 port, const TestPki& pki)
{
    auto end = std::make_unique<End>();
    bool ready = false;
    std::optional<base::Error> failure;
    auto c1 = QObject::connect(end.get(), &session::RelayLink::ready, [&] { ready = true; });
    auto c2 = QObject::connect(end.get(), &session::RelayLink::failed,
                               [&](const base::Error& e) { failure = e; });
    end->connectToRelay("127.0.0.1", port, pki.clientConfig());
    EXPECT_TRUE(waitUntil([&] { return ready || failure.has_value(); }));
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    EXPECT_TRUE(ready) << (failure ? failure->toString() : "timed out");
    return end;
}

}  // namespace

std::unique_ptr<session::TechnicianEnd> RelayHarness::connectTechnician()
{
    return connectEnd<session::TechnicianEnd>(port(), m_pki);
}

std::unique_ptr<session::CustomerEnd> RelayHarness::connectCustomer()
{
    return connectEnd<session::CustomerEnd>(port(), m_pki);
}

base::Result<v1::SignInResult> RelayHarness::signIn(session::TechnicianEnd& end,
                                                    const QString& email, const QString& password, const QString& secondFactor)
{
    return awaitAnswer<v1::SignInResult>([&](auto done) { end.signIn(email, password, done, secondFactor); });
}

base::Result<v1::CreateSessionResult> RelayHarness::createSession(session::TechnicianEnd& end,
                                                                  const QString& customerName)
{
    return awaitAnswer<v1::CreateSessionResult>(
        [&](auto done) { end.createSession(customerName, {}, done); });
}

base::Result<v1::JoinSessionResult> RelayHarness::join(session::CustomerEnd& end,
                                                       const QString& pin)
{
    return awaitAnswer<v1::JoinSessionResult>([&](auto done) { end.join(pin, "Bob", done); });
}

RelayHarness::Pair RelayHarness::makePair(const QString& email)
{
    Pair pair;
    if (!m_store->accountByEmail(email)->has_value()) {
        addAccount(email, "correct horse battery", "Ann");
    }
    pair.technician = connectTechnician();
    pair.technicianLog = std::make_unique<LinkRecorder>(pair.technician.get());
    auto signedIn = signIn(*pair.technician, email, "correct horse battery");
    EXPECT_TRUE(signedIn.ok()) << signedIn.error().toString();
    auto created = createSession(*pair.technician, "Bob Customer");
    EXPECT_TRUE(created.ok()) << created.error().toString();
    pair.customer = connectCustomer();
    pair.customerLog = std::make_unique<LinkRecorder>(pair.customer.get());
    auto joined = join(*pair.customer, QString::fromStdString(created->pin()));
    EXPECT_TRUE(joined.ok()) << joined.error().toString();
    pair.sessionId = created->session_id();
    EXPECT_TRUE(waitUntil([&] {
        return pair.technicianLog->hasStatus(v1::SESSION_STATUS_ACTIVE) &&
               pair.customerLog->hasStatus(v1::SESSION_STATUS_ACTIVE);
    }));
    return pair;
}

}  // namespace lifeline::test
