#pragma once

#include <QObject>
#include <QThread>

#include "net/tls_config.h"
#include "session/relay_link.h"

namespace lifeline::console {

namespace v1 = ::lifeline::v1;

// Where the console's relay is and how it is trusted.
struct RelayAddress
{
    QString host;
    quint16 port = 0;
    net::TlsClientConfig tls;
};

// The console's account link to the relay, run on a network thread of its own: signs the
// technician in, then watches this technician's sessions (ListSessions with watch), and
// saves session notes. Each support session has a connection of its own
// (SessionController); this one only carries the queue and the account.
//
// Lives on the GUI thread; every signal arrives there.
class AccountController : public QObject
{
    Q_OBJECT

public:
    explicit AccountController(QObject* parent = nullptr);
    ~AccountController() override;

    // Connects and signs in; signedIn() or signInFailed() follows. `secondFactor`: the
    // authenticator app's code (or a recovery code) for an account with two-step sign-in —
    // without it such an account fails with SECOND_FACTOR_REQUIRED. After a success the
    // sessions of the last `historyHours` come in sessionsListed(), then every change.
    void signIn(const RelayAddress& relay, const QString& email, const QString& password,
                const QString& secondFactor = {}, int historyHours = 24);
    void saveNotes(quint64 sessionId, const QString& notes);
    // Lists the sessions again (sessionsListed() follows); the watch stays as it is.
    void refreshSessions();
    // One Admin Center call on the account link; adminAnswered() with the same id follows.
    quint64 admin(const v1::AdminRequest& request);

    // Two-step sign-in was set up on this link (TwoFactorDialog): account() says so from now.
    void noteTwoFactorEnrolled();
    // The expired password was changed on this link: account() no longer asks for it.
    void notePasswordChanged();

    bool isSignedIn() const { return m_signedIn; }
    const v1::SignInResult& account() const { return m_account; }
    const RelayAddress& relay() const { return m_relay; }

signals:
    void signedIn(const lifeline::v1::SignInResult& account);
    void signInFailed(const lifeline::base::Error& error);
    void sessionsListed(const lifeline::v1::SessionList& list);
    void sessionStateChanged(const lifeline::v1::SessionState& state);
    void notesSaved(quint64 sessionId);
    void notesFailed(quint64 sessionId, const lifeline::base::Error& error);
    void connectionLost(const lifeline::base::Error& error);
    // `ok` false: `error` says why (nothing was changed).
    void accountChanged(const lifeline::v1::SignInResult& account);
    void adminAnswered(quint64 id, bool ok, const lifeline::v1::AdminResponse& response, const lifeline::base::Error& error);

private:
    // Runs `call` on the network thread with the current link (null before the first
    // sign-in).
    template <typename F>
    void onNetwork(F call);

    QThread m_network;
    QObject* m_anchor = nullptr;                // lives on m_network; owns the link
    session::TechnicianEnd* m_link = nullptr;  // touched only on m_network
    RelayAddress m_relay;
    v1::SignInResult m_account;
    bool m_signedIn = false;
    qint64 m_listSinceMs = 0;
    quint64 m_nextAdminId = 1;
};

}  // namespace lifeline::console
