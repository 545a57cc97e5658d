#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

#include "core/input/input_injector.h"
#include "session/peer_sender.h"

namespace lifeline::session {

// The customer's end of remote control: injects the technician's InputEvents, but only
// while the customer has granted control (the applet's consent decides, never the
// console), and not while the customer is using their own mouse or keyboard — local input
// pauses remote input for pauseAfterLocalInputMs (the seeds' "input priority"). Revoking
// control releases every key and button the technician held. The technician is told the
// state (ControlState) whenever it changes.
//
// Lives on the applet's input (network) thread. Owns its injector.
class RemoteControl : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pauseAfterLocalInputMs = 1000;
        int localInputPollMs = 50;  // how often the customer's own input is looked for
    };

    RemoteControl(std::unique_ptr<input::InputInjector> injector, PeerSender send, Options options,
        QObject* parent = nullptr);
    ~RemoteControl() override;

    void setGranted(bool granted);
    bool isGranted() const { return m_granted; }
    bool isPausedByCustomer() const;

    // Takes InputEvent messages; returns false for anything else. Input that is not allowed
    // now, or that is malformed, is dropped and counted.
    bool handle(const v1::Envelope& envelope);

    quint64 injected() const { return m_injected; }
    quint64 refused() const { return m_refused; }
    input::InputInjector& injector() { return *m_injector; }

signals:
    // After each injected event, with the event's sent_time_us (latency measurements).
    void injectedEvent(qint64 sentTimeUs);

private:
    void pollLocalInput();
    void sendState();

    std::unique_ptr<input::InputInjector> m_injector;
    PeerSender m_send;
    Options m_options;
    QTimer m_pollTimer;
    QElapsedTimer m_sinceLocalInput;
    bool m_granted = false;
    bool m_lastSentPaused = false;
    quint64 m_injected = 0;
    quint64 m_refused = 0;
};

// The technician's end: turns pointer, wheel and key input into InputEvents. Pointer
// motion is coalesced to the display rate (only the last position of each 1/60 s goes
// out); buttons, wheel and keys go at once, after any motion still pending, so order is
// kept. Everything travels in the control class, ahead of chat, video and files.
// Lives on the console's per-session worker thread.
class ControlSender : public QObject
{
    Q_OBJECT

public:
    explicit ControlSender(PeerSender send, int motionIntervalMs = 16, QObject* parent = nullptr);

    base::Status movePointer(base::Point position);
    base::Status button(base::Point position, int button, bool down);
    base::Status wheel(int dx, int dy);
    base::Status key(std::uint32_t keysym, std::uint32_t physicalCode, bool down);
    base::Status specialKeys(v1::SpecialKeys keys);

    // The customer's side of the story, from ControlState messages.
    bool handle(const v1::Envelope& envelope);
    bool isGranted() const { return m_state.granted(); }
    bool isPausedByCustomer() const { return m_state.paused_by_customer(); }
    quint64 motionEventsSent() const { return m_motionSent; }

signals:
    void controlStateChanged();

private:
    base::Status flushMotion();
    base::Status send(v1::InputEvent event);

    PeerSender m_send;
    QTimer m_motionTimer;
    std::optional<base::Point> m_pendingMotion;
    v1::ControlState m_state;
    quint64 m_motionSent = 0;
};

}  // namespace lifeline::session
