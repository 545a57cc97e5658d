#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include "core/capture/screen_capturer.h"
#include "core/input/clipboard.h"
#include "core/input/input_injector.h"
#include "net/tls_config.h"
#include "session/chat.h"
#include "session/consent.h"
#include "session/relay_link.h"
#include "session/remote_control.h"

namespace lifeline::session {

class ClipboardSync;
class FileTransfers;
class ScreenSharer;

// The customer's whole end of a session, without any window: joins by PIN, learns who is
// asking and the session policy from the relay, holds everything back until the terms are
// accepted, asks the customer (through signals the applet turns into dialogs) before the
// technician may do anything, and turns the customer's answers into screen sharing, remote
// control and clipboard sharing. It enforces the policy and the answers itself: a request
// the policy forbids is refused without a question, and input, screen requests or clipboard
// content that were not allowed are dropped here whatever the console sends. Stop revokes
// everything (chat stays); Leave ends the session. If the link drops, it rejoins the same
// session with its rejoin token until the relay's grace period runs out.
//
// Lives on the applet's network thread (or a test's main thread); the applet talks to it by
// queued calls and signals.
class CustomerSession : public QObject
{
    Q_OBJECT

public:
    // Where the screen, input and clipboard come from. Each is opened when first needed
    // (screen: first grant; input: first control grant; clipboard: first clipboard grant).
    struct Devices
    {
        std::function<base::Result<std::unique_ptr<capture::ScreenCapturer>>()> openCapturer;
        std::function<base::Result<std::unique_ptr<input::InputInjector>>()> openInjector;
        std::function<base::Result<std::unique_ptr<input::Clipboard>>()> openClipboard;  // optional
    };
    struct Options
    {
        QString host;
        quint16 port = 0;
        net::TlsClientConfig tls;
        QString customerName;
        RemoteControl::Options control;
        int keepaliveMs = 15000;
        int retryIntervalMs = 2000;  // between reconnect attempts
        // Where the screen is captured and encoded (the applet's capture worker), so the
        // network thread never waits for an encode. Null: on this thread (tests). Must run
        // as long as the session exists.
        QThread* captureThread = nullptr;
        // Files the technician sends land here (made when first needed); the technician
        // fetches and manages files only inside sharedFolder. Empty: ~/Downloads/Lifeline
        // and the home folder.
        std::filesystem::path receiveFolder;
        std::filesystem::path sharedFolder;
    };
    enum class State : std::uint8_t {
        kIdle,
        kConnecting,    // connecting and joining
        kTerms,         // joined; the customer has not accepted the terms yet
        kActive,
        kReconnecting,  // link dropped; rejoining within the grace period
        kEnded,
    };
    enum class EndCause : std::uint8_t {
        kNone,
        kJoinFailed,         // see joinError()
        kDeclinedTerms,
        kCustomerLeft,
        kTechnicianEnded,
        kTechnicianGone,     // the technician's console disconnected or timed out
        kConnectionLost,     // no way back within the grace period
        kRelayShutdown,
        kTimedOut,           // the organisation's connecting or idle timeout
        kOther,
    };
    struct Info
    {
        quint64 sessionId = 0;
        QString technician;    // nickname, vouched for by the relay
        QString organisation;
        QString terms;         // empty: none to accept
        SessionPolicy policy;
        int reconnectGraceSeconds = 0;
    };

    CustomerSession(Options options, Devices devices, QObject* parent = nullptr);
    ~CustomerSession() override;

    void join(const QString& pin);
    void acceptTerms(bool accept);  // declining ends the session
    // The customer's answer to permissionAsked / singlePromptAsked.
    void answer(Permission permission, bool allow);
    void answerSinglePrompt(bool allowAll);
    // Stop (the indicator's button, Pause/Break): revokes every permission, ends what is
    // going on, keeps chat and the session.
    void stop();
    void leave();
    base::Status sendChat(const QString& text);

    State state() const { return m_state; }
    EndCause endCause() const { return m_endCause; }
    const base::Error& joinError() const { return m_joinError; }
    const Info& info() const { return m_info; }
    const Consent* consent() const { return m_consent.get(); }
    bool isGranted(Permission permission) const { return m_consent && m_consent->isGranted(permission); }
    bool isSharingScreen() const;
    bool isControlled() const { return m_control && m_control->isGranted(); }
    // Seconds of the grace period left while reconnecting.
    int reconnectSecondsLeft() const;
    Chat& chat() { return m_chat; }
    // For tests and the indicator: the parts in use (null until first granted). The sharer
    // lives on the capture thread when there is one.
    ScreenSharer* sharer() { return m_sharer.get(); }
    RemoteControl* control() { return m_control.get(); }
    ClipboardSync* clipboard() { return m_clipboard.get(); }
    FileTransfers& files() { return *m_files; }
    quint64 malformedFrames() const { return m_malformed; }
    // Input events dropped because control was not granted when they came.
    quint64 refusedInput() const { return m_refusedInput + (m_control ? m_control->refused() : 0); }

    // Bit (1 << permission) for each granted permission.
    quint32 grantedMask() const;

signals:
    void stateChanged(lifeline::session::CustomerSession::State state);
    // After the first join: who is asking, terms, policy.
    void joined(const lifeline::session::CustomerSession::Info& info);
    void ended(lifeline::session::CustomerSession::EndCause cause, const lifeline::base::Error& joinError);
    void permissionAsked(lifeline::session::Permission permission);
    // The technician withdrew a request (or gave a grant back): close its question if open.
    void questionWithdrawn(lifeline::session::Permission permission);
    void singlePromptAsked();  // everything info().policy allows except recording
    void permissionsChanged(quint32 grantedMask);
    // Something the customer allowed could not be done (no display, no XTEST, ...).
    void deviceFailed(lifeline::session::Permission permission, const QString& detail);

private:
    void setState(State state);
    void connectLink();
    void onLinkReady();
    void onJoined(const v1::JoinSessionResult& result);
    void onLinkFailed(const base::Error& error);
    void onSessionState(const v1::SessionState& state);
    void onPeerFrame(const std::string& payload);
    void onPermissionRequest(Permission permission);
    void release(Permission permission);
    void openGate();  // terms accepted and no single prompt open: deferred requests go on
    void applyGrants();
    // Starts or stops screen sharing to match the grants and the link.
    void updateSharing();
    template <typename F>
    void onSharer(F call);
    PeerSender sharerSender();
    void sendPermissionState(Permission changed, v1::PermissionAnswer answer);
    void record(Permission permission, v1::PermissionAnswer answer);
    // To the relay now, or when the link is back (kept in order).
    void sendRecord(const v1::ConsentRecord& record);
    void retry();
    void finish(EndCause cause);  // asks the relay to end the session, then end()
    void end(EndCause cause);
    base::Status sendToPeer(const v1::Envelope& envelope, protocol::TrafficClass trafficClass);

    Options m_options;
    Devices m_devices;
    State m_state = State::kIdle;
    EndCause m_endCause = EndCause::kNone;
    base::Error m_joinError;
    QString m_pin;
    Info m_info;
    std::string m_rejoinToken;
    std::unique_ptr<CustomerEnd> m_link;
    std::unique_ptr<Consent> m_consent;
    bool m_termsAccepted = false;
    bool m_singlePromptOpen = false;
    bool m_singlePromptAsked = false;
    bool m_finishing = false;  // EndSession sent, waiting for the relay
    EndCause m_finishCause = EndCause::kNone;
    std::vector<Permission> m_deferred;      // asked before the gate opened
    std::vector<v1::ConsentRecord> m_unsentRecords;  // decided while the link was down
    Chat m_chat;
    // The sharer owns the capturer a synthetic injector may point into: control goes first.
    std::unique_ptr<ScreenSharer> m_sharer;
    bool m_sharing = false;                // what the sharer was last told
    QObject* m_captureAnchor = nullptr;    // lives on the capture thread
    std::unique_ptr<RemoteControl> m_control;
    std::unique_ptr<FileTransfers> m_files;
    std::unique_ptr<ClipboardSync> m_clipboard;
    QTimer m_retryTimer;
    QElapsedTimer m_reconnectClock;
    quint64 m_malformed = 0;
    quint64 m_refusedInput = 0;  // input events that came before control was ever granted
};

}  // namespace lifeline::session
