#include "session/screen_viewer.h"

namespace lifeline::session {

namespace {

using base::ErrorCode;
using base::makeError;

}  // namespace

ScreenViewer::ScreenViewer(PeerSender send, QObject* parent) : QObject(parent), m_send(std::move(send))
{
    m_keyFrameRetry.setSingleShot(true);
    m_keyFrameRetry.setInterval(kKeyFrameRetryMs);
    connect(&m_keyFrameRetry, &QTimer::timeout, this, &ScreenViewer::retryKeyFrame);
}

ScreenViewer::~ScreenViewer() = default;

bool ScreenViewer::handle(const v1::Envelope& envelope)
{
    if (envelope.has_video_frame()) {
        onFrame(envelope.video_frame());
        return true;
    }
    if (envelope.has_display_layout()) {
        m_layout = envelope.display_layout();
        emit layoutChanged();
        return true;
    }
    if (envelope.has_cursor_shape()) {
        const v1::CursorShape& shape = envelope.cursor_shape();
        // Untrusted: a shape must be what it says it is, and small.
        if (shape.width() > 0 && shape.height() > 0 && shape.width() <= 256 && shape.height() <= 256
            && shape.argb().size() == std::size_t(shape.width()) * std::size_t(shape.height()) * 4) {
            m_cursorShape = shape;
            emit cursorChanged();
        }
        return true;
    }
    if (envelope.has_cursor_position()) {
        m_cursorPosition = envelope.cursor_position();
        emit cursorChanged();
        return true;
    }
    return false;
}

void ScreenViewer::retryKeyFrame()
{
    if (!m_waitingForKeyFrame) return;
    ++m_recoveries;
    qWarning("screen viewer: no key frame came after a broken frame; asking again (recovery %llu)",
        static_cast<unsigned long long>(m_recoveries));
    (void)requestKeyFrame();  // a dead link is reported by the link
    m_keyFrameRetry.start();
}

void ScreenViewer::onFrame(const v1::VideoFrame& frame)
{
    m_bytesReceived += qint64(frame.data().size());
    m_sharerRecoveries = frame.recoveries();
    if (v1::QualityMode_IsValid(frame.quality())) m_lastQuality = frame.quality();
    if (frame.frame_id() != m_partialId) {
        m_partial.clear();
        m_partialId = frame.frame_id();
        m_partialTooLarge = false;
    }
    if (!m_partialTooLarge) {
        if (m_partial.size() + frame.data().size() > kMaxFrameBytes) {
            m_partialTooLarge = true;
            m_partial.clear();
            m_partial.shrink_to_fit();
        } else {
            m_partial.insert(m_partial.end(), frame.data().begin(), frame.data().end());
        }
    }
    if (frame.more_chunks()) return;

    base::Status status;
    if (m_partialTooLarge) {
        status = makeError(ErrorCode::kCorruptData, "video frame larger than the viewer accepts");
    } else if (m_waitingForKeyFrame && !frame.key_frame()) {
        // Deltas after a failure cannot apply; acknowledge them so the sender keeps pacing.
        m_partial.clear();
        acknowledge(frame, false);
        return;
    } else {
        base::Result<base::Region> decoded = base::makeError(ErrorCode::kCorruptData, "unknown video codec");
        switch (frame.codec()) {
        case v1::VIDEO_CODEC_LOSSLESS:
            decoded = m_lossless.decode(m_partial, m_framebuffer);
            m_lastCodec = codec::Codec::kLossless;
            break;
        case v1::VIDEO_CODEC_VP8:
        case v1::VIDEO_CODEC_VP9:
            decoded = m_vpx.decode(m_partial, m_framebuffer);
            m_lastCodec = frame.codec() == v1::VIDEO_CODEC_VP8 ? codec::Codec::kVp8 : codec::Codec::kVp9;
            break;
        default:
            break;
        }
        if (decoded) {
            ++m_framesDecoded;
            m_waitingForKeyFrame = false;
            m_keyFrameRetry.stop();
            QList<QRect> dirty;
            for (const base::Rect& r : decoded->rects()) dirty.append(QRect(r.x, r.y, r.width, r.height));
            m_partial.clear();
            acknowledge(frame, false);
            emit pictureUpdated(dirty);
            return;
        }
        status = decoded.error();
    }
    m_partial.clear();
    const bool firstFailure = !m_waitingForKeyFrame;
    m_waitingForKeyFrame = true;
    acknowledge(frame, firstFailure);  // ask for a key frame once, not for every late delta
    if (firstFailure) m_keyFrameRetry.start();
    emit decodeFailed(status.error());
}

void ScreenViewer::acknowledge(const v1::VideoFrame& frame, bool failed)
{
    v1::Envelope envelope;
    v1::VideoAck* ack = envelope.mutable_video_ack();
    ack->set_frame_id(frame.frame_id());
    ack->set_capture_time_us(frame.capture_time_us());
    ack->set_decode_failed(failed);
    (void)m_send(envelope, protocol::TrafficClass::kControl);  // a dead link is reported by the link
}

base::Status ScreenViewer::sendControl(const v1::ScreenControl& control)
{
    v1::Envelope envelope;
    *envelope.mutable_screen_control() = control;
    return m_send(envelope, protocol::TrafficClass::kControl);
}

base::Status ScreenViewer::requestQuality(v1::QualityMode mode, v1::VideoCodec lossyCodec)
{
    v1::ScreenControl control;
    control.set_quality(mode);
    control.set_lossy_codec(lossyCodec);
    return sendControl(control);
}

base::Status ScreenViewer::requestColourDepth(int bits)
{
    if (bits != 24 && bits != 16 && bits != 8) return makeError(ErrorCode::kInvalidArgument, "colour depth");
    v1::ScreenControl control;
    control.set_colour_depth(std::uint32_t(bits));
    return sendControl(control);
}

base::Status ScreenViewer::requestMonitor(int index)
{
    v1::ScreenControl control;
    control.set_set_monitor(true);
    control.set_monitor(index);
    return sendControl(control);
}

base::Status ScreenViewer::requestMaxFps(int fps)
{
    if (fps < 1 || fps > 60) return makeError(ErrorCode::kInvalidArgument, "frame rate");
    v1::ScreenControl control;
    control.set_max_fps(std::uint32_t(fps));
    return sendControl(control);
}

base::Status ScreenViewer::requestKeyFrame()
{
    v1::ScreenControl control;
    control.set_key_frame(true);
    return sendControl(control);
}

}  // namespace lifeline::session
