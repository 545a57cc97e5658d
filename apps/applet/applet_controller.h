#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include "session/customer_session.h"
#include "session/file_transfers.h"

namespace lifeline::applet {

using session::PublishedFileInfo;

// The GUI thread's handle on the customer's session: runs the CustomerSession on the
// applet's network thread (screen capture and encoding on a capture thread), forwards the customer's clicks to it by queued calls and keeps a
// copy of what the windows show (state, who is asking, grants), updated by its signals.
//
// Lives on the GUI thread.
class AppletController : public QObject
{
    Q_OBJECT

public:
    using State = session::CustomerSession::State;
    using EndCause = session::CustomerSession::EndCause;
    using Info = session::CustomerSession::Info;

    // `separateCapture`: capture and encode on a worker of their own (the applet). Off, they
    // share the network thread (tests whose synthetic injector draws into the captured
    // screen, which must then stay on one thread).
    AppletController(session::CustomerSession::Options options, session::CustomerSession::Devices devices,
                     bool separateCapture = true, QObject* parent = nullptr);
    ~AppletController() override;

    void join(const QString& pin);
    void acceptTerms(bool accept);
    void answer(session::Permission permission, bool allow);
    void answerSinglePrompt(bool allowAll);
    void stop();
    void leave();
    void sendChat(const QString& text);
    // Downloads published file `id` into `folder` (the customer chose both); returns the
    // transfer's id, which fileProgress carries.
    quint64 download(const PublishedFileInfo& file, const QString& folder);
    const QList<PublishedFileInfo>& published() const { return m_published; }

    State state() const { return m_state; }
    EndCause endCause() const { return m_endCause; }
    const base::Error& joinError() const { return m_joinError; }
    const Info& info() const { return m_info; }
    bool isGranted(session::Permission permission) const
    {
        return (m_granted & (1u << static_cast<int>(permission))) != 0;
    }
    bool anyGranted() const { return m_granted != 0; }
    quint32 grantedMask() const { return m_granted; }
    int reconnectSecondsLeft() const;

signals:
    void stateChanged(lifeline::applet::AppletController::State state);
    void permissionAsked(lifeline::session::Permission permission);
    void questionWithdrawn(lifeline::session::Permission permission);
    void singlePromptAsked();
    void grantsChanged();
    void chatLine(const lifeline::session::ChatLine& line);
    void deviceFailed(lifeline::session::Permission permission, const QString& detail);
    // Files on their way in or out (the technician sends, or fetches what the customer allowed).
    void fileProgress(const lifeline::session::TransferProgress& progress);
    void fileSaved(const QString& path);
    void fileFailed(const QString& path, const lifeline::base::Error& error);
    // What the technician publishes changed (empty: nothing, or the policy forbids it).
    void publishedChanged();

private:
    template <typename F>
    void onSession(F call);

    QThread m_network;
    QThread m_capture;
    session::CustomerSession* m_session = nullptr;  // lives on m_network
    State m_state = State::kIdle;
    EndCause m_endCause = EndCause::kNone;
    base::Error m_joinError;
    Info m_info;
    quint32 m_granted = 0;
    QList<PublishedFileInfo> m_published;
    QElapsedTimer m_reconnectClock;
};

}  // namespace lifeline::applet
