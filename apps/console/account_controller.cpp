#include "console/account_controller.h"

#include <QDateTime>

#include "session/worker_thread.h"

namespace lifeline::console {

AccountController::AccountController(QObject* parent)
    : QObject(parent)
{
    m_network.setObjectName(QStringLiteral("console-account"));
    m_network.start();
    m_anchor = session::makeOnThread(m_network, [] { return new QObject; });
}

AccountController::~AccountController()
{
    session::destroyOnThreadAndStop(m_anchor, m_network);  // and the link with it
}

template <typename F>
void AccountController::onNetwork(F call)
{
    QMetaObject::invokeMethod(m_anchor, [this, call = std::move(call)] { call(m_link); }, Qt::QueuedConnection);
}

void AccountController::signIn(const RelayAddress& relay, const QString& email, const QString& password,
                               const QString& secondFactor, int historyHours)
{
    m_relay = relay;
    m_signedIn = false;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(historyHours) * 3600 * 1000;
    m_listSinceMs = since;
    // On the network thread; answers come back to this (GUI) thread by queued calls.
    onNetwork([=, this](session::TechnicianEnd* current) {
        m_link = nullptr;
        auto signInOn = [=, this](session::TechnicianEnd* link) {
            link->signIn(email, password, [=, this](base::Result<v1::SignInResult> result) {
                if (!result) {
                    QMetaObject::invokeMethod(this, [=, this] { emit signInFailed(result.error()); });
                    return;
                }
                const v1::SignInResult account = *result;
                QMetaObject::invokeMethod(this, [=, this] {
                    m_account = account;
                    m_signedIn = true;
                    emit signedIn(account);
                });
                link->listSessions(since, true, [=, this](base::Result<v1::SessionList> list) {
                    if (list) QMetaObject::invokeMethod(this, [=, this] { emit sessionsListed(*list); });
                });
            }, secondFactor);
        };
        // A new connection for each attempt: the address or the trusted CA may have changed,
        // and a link that failed cannot be reused.
        delete current;
        auto* link = new session::TechnicianEnd(m_anchor);
        m_link = link;
        QObject::connect(link, &session::RelayLink::sessionStateChanged, this, &AccountController::sessionStateChanged);
        QObject::connect(link, &session::RelayLink::failed, this, [this](const base::Error& error) {
            if (m_signedIn) {
                m_signedIn = false;
                emit connectionLost(error);
            } else {
                emit signInFailed(error);
            }
        });
        QObject::connect(link, &session::RelayLink::ready, link, [=] { signInOn(link); });
        link->connectToRelay(relay.host, relay.port, relay.tls);
    });
}

void AccountController::noteTwoFactorEnrolled()
{
    m_account.set_two_factor_enabled(true);
    m_account.set_two_factor_enrolment_required(false);
    emit accountChanged(m_account);
}

void AccountController::notePasswordChanged()
{
    m_account.set_password_change_required(false);
    m_account.set_password_expires_at_unix_ms(0);  // the relay tells at the next sign-in
    emit accountChanged(m_account);
}

void AccountController::refreshSessions()
{
    const qint64 since = m_listSinceMs;
    onNetwork([=, this](session::TechnicianEnd* link) {
        if (link == nullptr || !link->isReady()) return;
        link->listSessions(since, false, [=, this](base::Result<v1::SessionList> list) {
            if (list) QMetaObject::invokeMethod(this, [=, this] { emit sessionsListed(*list); });
        });
    });
}

quint64 AccountController::admin(const v1::AdminRequest& request)
{
    const quint64 id = m_nextAdminId++;
    onNetwork([=, this](session::TechnicianEnd* link) {
        auto answer = [=, this](base::Result<v1::AdminResponse> result) {
            QMetaObject::invokeMethod(this, [=, this] {
                if (result) {
                    emit adminAnswered(id, true, *result, {});
                } else {
                    emit adminAnswered(id, false, {}, result.error());
                }
            });
        };
        if (link == nullptr || !link->isReady()) {
            answer(base::makeError(base::ErrorCode::kConnectionClosed, "not connected"));
            return;
        }
        link->admin(request, answer);
    });
    return id;
}

void AccountController::saveNotes(quint64 sessionId, const QString& notes)
{
    onNetwork([=, this](session::TechnicianEnd* link) {
        if (link == nullptr || !link->isReady()) {
            QMetaObject::invokeMethod(this, [=, this] {
                emit notesFailed(sessionId, base::makeError(base::ErrorCode::kConnectionClosed, "not connected"));
            });
            return;
        }
        link->setSessionNotes(sessionId, notes, [=, this](base::Result<v1::SessionNotesSaved> saved) {
            QMetaObject::invokeMethod(this, [=, this] {
                if (saved) {
                    emit notesSaved(sessionId);
                } else {
                    emit notesFailed(sessionId, saved.error());
                }
            });
        });
    });
}

}  // namespace lifeline::console
