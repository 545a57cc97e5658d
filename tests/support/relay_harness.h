#pragma once

#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

#include "server/relay.h"
#include "server/store.h"
#include "session/relay_link.h"
#include "support/fake_clock.h"
#include "support/test_pki.h"
#include "support/wait.h"

namespace lifeline::test {

// Calls `call` with a completion callback and spins the event loop until it is called
// (kTimeout after 10 s): the synchronous form of a RelayLink request.
template <typename T, typename Call>
base::Result<T> awaitAnswer(Call call)
{
    std::optional<base::Result<T>> result;
    call([&](base::Result<T> r) { result.emplace(std::move(r)); });
    if (!waitUntil([&] { return result.has_value(); })) {
        return base::makeError(base::ErrorCode::kTimeout, "no answer from relay");
    }
    return std::move(*result);
}

// Records what a RelayLink was told, for assertions.
struct LinkRecorder
{
    explicit LinkRecorder(session::RelayLink* link);

    std::vector<v1::SessionState> states;
    std::vector<std::string> peerFrames;
    std::optional<base::Error> failure;
    bool ready = false;

    bool hasStatus(v1::SessionStatus status) const;
    std::optional<v1::SessionState> lastState() const;
};

// A relay in this process on 127.0.0.1:<free port>, with a fresh SQLite store and test
// CA in a temporary directory and a fake clock. Ends connect over real TLS.
class RelayHarness
{
public:
    explicit RelayHarness(server::RelayConfig config = {});
    ~RelayHarness();

    server::Relay& relay() { return *m_relay; }
    server::Store& store() { return *m_store; }
    FakeClock& clock() { return m_clock; }
    quint16 port() const { return m_relay->serverPort(); }
    const TestPki& pki() const { return m_pki; }

    // Adds a technician (or admin) account straight into the store.
    qint64 addAccount(const QString& email, const QString& password, const QString& nickname,
                      v1::Role role = v1::ROLE_TECHNICIAN);

    // Connected (Hello done) ends; nullptr-free or the test fails.
    std::unique_ptr<session::TechnicianEnd> connectTechnician();
    std::unique_ptr<session::CustomerEnd> connectCustomer();

    // Synchronous helpers over the asynchronous calls (they spin the event loop).
    base::Result<v1::SignInResult> signIn(session::TechnicianEnd& end, const QString& email,
                                          const QString& password, const QString& secondFactor = {});
    base::Result<v1::CreateSessionResult> createSession(session::TechnicianEnd& end,
                                                        const QString& customerName);
    base::Result<v1::JoinSessionResult> join(session::CustomerEnd& end, const QString& pin);

    // A signed-in technician with a session and a customer joined to it.
    struct Pair
    {
        std::unique_ptr<session::TechnicianEnd> technician;
        std::unique_ptr<session::CustomerEnd> customer;
        std::unique_ptr<LinkRecorder> technicianLog;
        std::unique_ptr<LinkRecorder> customerLog;
        quint64 sessionId = 0;
    };
    Pair makePair(const QString& email = "ann@example.com");

private:
    QTemporaryDir m_dir;
    TestPki m_pki;
    FakeClock m_clock;
    std::unique_ptr<server::Store> m_store;
    std::unique_ptr<server::Relay> m_relay;
};

}  // namespace lifeline::test
