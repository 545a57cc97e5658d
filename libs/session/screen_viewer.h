#pragma once

#include <QList>
#include <QObject>
#include <QRect>
#include <QTimer>

#include <optional>
#include <vector>

#include "core/base/frame.h"
#include "core/codec/lossless_codec.h"
#include "core/codec/vpx_codec.h"
#include "session/peer_sender.h"

namespace lifeline::session {

// The viewing end of screen sharing (the technician's console): reassembles and decodes
// VideoFrames into its framebuffer, acknowledges each one (which paces the sender), keeps
// the customer's display layout and cursor, and sends the technician's requests (quality,
// colour depth, monitor, frame rate). A frame that does not decode asks for a key frame
// once, and the picture stays as it was until the key frame comes; when none has come
// after kKeyFrameRetryMs it asks again and counts a recovery. recoveries() adds the
// sharing end's own (sent with each frame): the Connection panel shows them.
//
// Lives on the console's per-session worker thread (or a test's main thread). The GUI
// gets pictures as copies with dirty rectangles through queued signals (console issue).
class ScreenViewer : public QObject
{
    Q_OBJECT

public:
    // A frame reassembled from chunks may not exceed this; the largest legal lossless
    // update of a 32-megapixel screen fits.
    static constexpr std::size_t kMaxFrameBytes = 160u * 1024 * 1024;
    static constexpr int kKeyFrameRetryMs = 2000;

    explicit ScreenViewer(PeerSender send, QObject* parent = nullptr);
    ~ScreenViewer() override;

    // Takes the messages meant for the viewing end (VideoFrame, DisplayLayout,
    // CursorShape, CursorPosition); returns false for anything else.
    bool handle(const v1::Envelope& envelope);

    const base::Frame& framebuffer() const { return m_framebuffer; }
    const v1::DisplayLayout& layout() const { return m_layout; }
    const v1::CursorPosition& cursorPosition() const { return m_cursorPosition; }
    const v1::CursorShape& cursorShape() const { return m_cursorShape; }
    quint64 framesDecoded() const { return m_framesDecoded; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    std::optional<codec::Codec> lastCodec() const { return m_lastCodec; }
    // The sharer's quality mode, as its last frame said (unspecified from an older sharer).
    v1::QualityMode lastQuality() const { return m_lastQuality; }
    // Resynchronisations so far, the sharing end's and this end's together.
    quint64 recoveries() const { return quint64(m_sharerRecoveries) + m_recoveries; }

    // Requests to the sharing end; each sends one ScreenControl.
    base::Status requestQuality(v1::QualityMode mode, v1::VideoCodec lossyCodec = v1::VIDEO_CODEC_UNSPECIFIED);
    base::Status requestColourDepth(int bits);
    base::Status requestMonitor(int index);  // -1: all monitors
    base::Status requestMaxFps(int fps);
    base::Status requestKeyFrame();

signals:
    void pictureUpdated(const QList<QRect>& dirty);
    void layoutChanged();
    void cursorChanged();
    void decodeFailed(const lifeline::base::Error& error);

private:
    void onFrame(const v1::VideoFrame& frame);
    void acknowledge(const v1::VideoFrame& frame, bool failed);
    void retryKeyFrame();
    base::Status sendControl(const v1::ScreenControl& control);

    PeerSender m_send;
    codec::LosslessDecoder m_lossless;
    codec::VpxDecoder m_vpx;
    base::Frame m_framebuffer;
    std::vector<std::uint8_t> m_partial;  // chunks of the frame being reassembled
    quint64 m_partialId = 0;
    bool m_partialTooLarge = false;
    bool m_waitingForKeyFrame = false;
    v1::DisplayLayout m_layout;
    v1::CursorPosition m_cursorPosition;
    v1::CursorShape m_cursorShape;
    quint64 m_framesDecoded = 0;
    qint64 m_bytesReceived = 0;
    std::optional<codec::Codec> m_lastCodec;
    v1::QualityMode m_lastQuality = v1::QUALITY_MODE_UNSPECIFIED;
    QTimer m_keyFrameRetry;
    quint32 m_sharerRecoveries = 0;
    quint64 m_recoveries = 0;
};

}  // namespace lifeline::session
