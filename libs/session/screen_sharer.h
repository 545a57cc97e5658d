#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

#include "core/capture/screen_capturer.h"
#include "core/codec/lossless_codec.h"
#include "core/codec/vpx_codec.h"
#include "session/peer_sender.h"

class QSocketNotifier;

namespace lifeline::session {

// The sharing end of screen sharing (the customer's applet): captures when the window
// system reports damage (or, for a backend without events, at the frame rate cap), encodes
// in the chosen quality mode and sends VideoFrames, with at most two frames unacknowledged
// so a slow link delays the picture instead of queueing it. An idle screen sends nothing.
// It starts in Automatic quality (text and interface lossless, VP8 where video plays).
// Also sends the display layout and the cursor (shape once per serial, position as it
// moves), and obeys the viewer's ScreenControl (quality, colour depth, monitor, key frame,
// frame rate) — the applet decides elsewhere whether sharing is allowed at all.
//
// It cannot wait forever (docs/architecture.md, "The picture always converges"): a
// watchdog looks for damage that no wake-up announced and for frames the viewer never
// answered, and resynchronises with a key frame. Each such recovery is counted and sent
// with every frame; a recovery means a bug elsewhere, never a normal path.
//
// Lives on the applet's capture worker thread (or a test's main thread); the capturer and
// encoders are used only there. Owned by whoever started sharing.
class ScreenSharer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFramesInFlight = 2;
    static constexpr std::size_t kChunkBytes = 64 * 1024;  // input never waits behind more
    // A pointer that has not moved for kPointerRestMs is polled every kRestingPointerPollMs.
    static constexpr qint64 kPointerRestMs = 1000;
    static constexpr int kRestingPointerPollMs = 100;
    // How often the watchdog looks for changes that no capture is due for.
    static constexpr int kWatchdogMs = 250;
    // Frames unanswered for this long (or four times the slowest recent answer, or what
    // their bytes take at kSlowestLinkBytesPerMs, doubled for each timeout in a row) are
    // taken as lost.
    static constexpr qint64 kMinAckTimeoutMs = 3000;
    static constexpr qint64 kSlowestLinkBytesPerMs = 16;  // 128 kbit/s

    ScreenSharer(std::unique_ptr<capture::ScreenCapturer> capturer, PeerSender send, QObject* parent = nullptr);
    ~ScreenSharer() override;

    // Sends the layout and a key frame, then keeps the viewer up to date until stop().
    void start();
    // Stops capturing; acknowledgements are still taken.
    void stop();
    bool isRunning() const { return m_running; }

    // Takes the messages meant for the sharing end (VideoAck, ScreenControl); returns
    // false for anything else.
    bool handle(const v1::Envelope& envelope);

    void setMaxFps(int fps);
    int framesInFlight() const { return int(m_inFlight.size()); }
    quint64 framesSent() const { return m_framesSent; }
    qint64 bytesSent() const { return m_bytesSent; }
    quint32 recoveries() const { return m_recoveries; }
    codec::Codec currentCodec() const { return m_encoder->codec(); }
    const capture::ScreenCapturer& capturer() const { return *m_capturer; }

signals:
    // Capture or encoding broke (display gone, ...); sharing has stopped.
    void failed(const lifeline::base::Error& error);

private:
    void tick();
    void scheduleTick(qint64 delayMs);
    // Damage the capturer saw while answering another request (its events were taken off
    // the descriptor, so the notifier stays silent): tick for it now.
    void pollDamage();
    void watchdog();
    void recover(const char* why);
    void captureAndSend();
    void sendLayout();
    void sendCursor();
    void fail(const base::Error& error);
    void applyControl(const v1::ScreenControl& control);

    std::unique_ptr<capture::ScreenCapturer> m_capturer;
    PeerSender m_send;
    codec::LosslessEncoder m_lossless;
    codec::VpxEncoder m_vp8;
    codec::VpxEncoder m_vp9;
    codec::VpxEncoder m_automatic;             // VP8 for video-like tiles only; the default
    codec::VideoEncoder* m_encoder = nullptr;  // one of the four
    codec::Codec m_lossyCodec = codec::Codec::kVp8;
    QSocketNotifier* m_notifier = nullptr;  // child; X11 events
    QTimer m_tickTimer;
    QTimer m_cursorTimer;
    QTimer m_watchdogTimer;
    QElapsedTimer m_clock;
    qint64 m_lastCaptureMs = -1;
    qint64 m_pointerMovedMs = 0;
    int m_minIntervalMs = 1000 / 30;
    bool m_running = false;
    bool m_damagePending = true;
    struct InFlight
    {
        quint64 id = 0;
        qint64 sentMs = 0;
        qint64 bytes = 0;
    };
    std::deque<InFlight> m_inFlight;
    qint64 m_slowestAckMs = 0;  // the slowest answer among the recent ones, decaying
    quint32 m_recoveries = 0;
    int m_ackTimeoutsInARow = 0;
    quint64 m_nextFrameId = 1;
    quint64 m_framesSent = 0;
    qint64 m_bytesSent = 0;
    capture::CursorState m_lastCursor{{-1, -1}, false, 0};
    std::uint32_t m_sentShapeSerial = 0;
    bool m_shapeSent = false;
};

}  // namespace lifeline::session
