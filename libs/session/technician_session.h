#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <filesystem>
#include <memory>
#include <string>

#include "core/input/clipboard.h"
#include "net/tls_config.h"
#include "session/chat.h"
#include "session/relay_link.h"
#include "session/remote_consent.h"
#include "session/remote_control.h"
#include "session/screen_viewer.h"

namespace lifeline::session {

// What the console's Connection panel shows, measured at the technician's end.
struct SessionTelemetry
{
    qint64 roundTripMs = -1;     // relay keepalive Ping/Pong (-1: none yet)
    qint64 clickToFrameMs = -1;  // a button press sent → the next picture change (-1: none yet)
    double fps = 0;              // pictures decoded per second over the last second
    double kbitPerSecond = 0;    // screen data received over the last second
    QString codec;               // of the last frame: "lossless", "VP8", "VP9", or empty
    QString path;                // "relay HOST:PORT, TLS 1.3"
    quint64 framesDecoded = 0;
    quint64 recoveries = 0;      // screen resynchronisations, both ends (a bug signal)
};

// One support session at the technician's end, without any window: its own connection to
// the relay (signed in with the console's resume token, so no password is kept), creates
// the session (PIN), and while paired routes the customer's messages to a screen viewer, an
// input sender, the consent mirror and the chat. Measures what the Connection panel shows.
//
// Lives on the console's per-session worker thread (or a test's main thread).
class ClipboardSync;
class FileTransfers;

class TechnicianSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString host;
        quint16 port = 0;
        net::TlsClientConfig tls;
        std::string resumeToken;  // SignInResult.resume_token of the console's sign-in
        QString myName;           // shown in the chat history
        int keepaliveMs = 2000;   // also how often the round trip is measured
        // The technician's clipboard, opened when the customer first allows clipboard
        // sharing (optional: without it the permission changes nothing here).
        std::function<base::Result<std::unique_ptr<input::Clipboard>>()> openClipboard;
        // Where files fetched from the customer land. Empty: ~/Downloads/Lifeline.
        std::filesystem::path receiveFolder;
    };

    explicit TechnicianSession(Options options, QObject* parent = nullptr);
    ~TechnicianSession() override;

    // Connects, signs in with the token and creates the session; created() or failed().
    void create(const QString& customerName, const QString& reference);
    // Clipboard sharing, once the customer allowed it: nullptr before, or when the
    // clipboard could not be opened (clipboardFailed()).
    ClipboardSync* clipboard() const { return m_clipboard.get(); }
    // Ends the session on the relay; the CLOSED state follows.
    void end();

    quint64 sessionId() const { return m_sessionId; }
    const v1::SessionState& state() const { return m_state; }
    bool isEnded() const;
    SessionTelemetry telemetry() const;

    ScreenViewer& viewer() { return *m_viewer; }
    ControlSender& input() { return *m_input; }
    RemoteConsent& consent() { return *m_consent; }
    Chat& chat() { return *m_chat; }
    FileTransfers& files() { return *m_files; }
    TechnicianEnd& link() { return *m_link; }

    // Starts the click-to-frame clock: the next picture change is timed from now. Called
    // after a button press went out through input().
    void noteButtonSent();

signals:
    void created(const lifeline::v1::CreateSessionResult& result);
    void failed(const lifeline::base::Error& error);  // could not create, or the link died
    void stateChanged(const lifeline::v1::SessionState& state);
    void telemetryChanged(const lifeline::session::SessionTelemetry& telemetry);
    void clipboardFailed(const lifeline::base::Error& error);

private:
    void onPeerFrame(const std::string& payload);
    void followClipboardConsent();
    void onState(const v1::SessionState& state);
    void sampleTelemetry();

    Options m_options;
    std::unique_ptr<TechnicianEnd> m_link;
    std::unique_ptr<ScreenViewer> m_viewer;
    std::unique_ptr<ControlSender> m_input;
    std::unique_ptr<RemoteConsent> m_consent;
    std::unique_ptr<Chat> m_chat;
    std::unique_ptr<ClipboardSync> m_clipboard;
    std::unique_ptr<FileTransfers> m_files;
    QString m_customerName;
    QString m_reference;
    quint64 m_sessionId = 0;
    v1::SessionState m_state;
    QTimer m_telemetryTimer;
    QElapsedTimer m_sinceSample;
    quint64 m_framesAtSample = 0;
    qint64 m_bytesAtSample = 0;
    SessionTelemetry m_telemetry;
    QElapsedTimer m_clickClock;
    bool m_clickPending = false;
};

}  // namespace lifeline::session
