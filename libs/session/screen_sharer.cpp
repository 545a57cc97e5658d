#include "session/screen_sharer.h"

#include <QSocketNotifier>

#include <poll.h>

#include <algorithm>

#include "session/relay_link.h"

namespace lifeline::session {

namespace {

using base::ErrorCode;
using base::makeError;

v1::VideoCodec toWire(codec::Codec c)
{
    switch (c) {
    case codec::Codec::kLossless: return v1::VIDEO_CODEC_LOSSLESS;
    case codec::Codec::kVp8: return v1::VIDEO_CODEC_VP8;
    case codec::Codec::kVp9: return v1::VIDEO_CODEC_VP9;
    }
    return v1::VIDEO_CODEC_UNSPECIFIED;
}

constexpr std::int32_t kMaxCursorSide = 256;

codec::VpxOptions vpxOptions(codec::Codec c, bool automatic = false)
{
    codec::VpxOptions o;
    o.codec = c;
    o.automatic = automatic;
    return o;
}

}  // namespace

PeerSender peerSenderFor(RelayLink& link)
{
    return [&link](const v1::Envelope& envelope, protocol::TrafficClass trafficClass) {
        return link.sendToPeer(protocol::serializeEnvelope(envelope), trafficClass);
    };
}

ScreenSharer::ScreenSharer(std::unique_ptr<capture::ScreenCapturer> capturer, PeerSender send, QObject* parent)
    : QObject(parent),
      m_capturer(std::move(capturer)),
      m_send(std::move(send)),
      m_vp8(vpxOptions(codec::Codec::kVp8)),
      m_vp9(vpxOptions(codec::Codec::kVp9)),
      m_automatic(vpxOptions(codec::Codec::kVp8, true)),
      m_encoder(&m_automatic)
{
    m_clock.start();
    m_tickTimer.setSingleShot(true);
    connect(&m_tickTimer, &QTimer::timeout, this, &ScreenSharer::tick);
    // The pointer moves without damage; its position is polled (at the frame rate while it
    // moves), a cheap query, and sent only when it changed.
    connect(&m_cursorTimer, &QTimer::timeout, this, [this] {
        const capture::CursorState before = m_lastCursor;
        sendCursor();
        pollDamage();
        // The poll is an X round trip, most of what an idle desktop costs: a pointer at rest
        // is asked for less often, a moving one at the frame rate.
        const qint64 now = m_clock.elapsed();
        if (m_lastCursor.position != before.position || m_lastCursor.visible != before.visible) m_pointerMovedMs = now;
        const int interval = now - m_pointerMovedMs > kPointerRestMs ? std::max(m_minIntervalMs, kRestingPointerPollMs)
                                                                      : m_minIntervalMs;
        if (m_cursorTimer.interval() != interval) m_cursorTimer.setInterval(interval);
    });
    connect(&m_watchdogTimer, &QTimer::timeout, this, &ScreenSharer::watchdog);
    if (const int fd = m_capturer->eventFd(); fd >= 0) {
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        m_notifier->setEnabled(false);
        connect(m_notifier, &QSocketNotifier::activated, this, &ScreenSharer::tick);
    }
}

ScreenSharer::~ScreenSharer() = default;

void ScreenSharer::start()
{
    if (m_running) return;
    m_running = true;
    m_damagePending = true;
    m_inFlight.clear();  // frames of an earlier run were lost or settled; a key frame follows
    m_encoder->requestKeyFrame();
    sendLayout();
    if (m_notifier) m_notifier->setEnabled(true);
    m_cursorTimer.start(m_minIntervalMs);
    m_watchdogTimer.start(kWatchdogMs);
    tick();
}

void ScreenSharer::stop()
{
    m_running = false;
    m_tickTimer.stop();
    m_cursorTimer.stop();
    m_watchdogTimer.stop();
    if (m_notifier) m_notifier->setEnabled(false);
}

void ScreenSharer::setMaxFps(int fps)
{
    m_minIntervalMs = 1000 / std::clamp(fps, 1, 60);
    if (m_cursorTimer.isActive()) m_cursorTimer.start(m_minIntervalMs);
}

void ScreenSharer::scheduleTick(qint64 delayMs)
{
    if (!m_tickTimer.isActive()) m_tickTimer.start(int(std::max<qint64>(delayMs, 0)));
}

void ScreenSharer::pollDamage()
{
    if (!m_running) return;
    // Every request the capturer makes (the pointer query above, a layout refresh) reads
    // whatever the window system sent meanwhile into the library's queue, where the
    // notifier cannot see it. X11 DAMAGE reports a region only when it becomes non-empty,
    // so a report read there and never looked at is the last one: the picture froze for
    // good after fast scrolling (docs/architecture.md). Look at it here instead.
    if (m_capturer->hasPendingDamage()) {
        m_damagePending = true;
        tick();
    }
}

void ScreenSharer::watchdog()
{
    if (!m_running) return;
    if (!m_inFlight.empty()) {
        // Lost frames are a bug, a slow link is not: a large frame on a slow link gets time
        // in proportion to its size, and every timeout in a row doubles the wait, so a link
        // slower than all that is not flooded with key frames.
        qint64 bytes = 0;
        for (const InFlight& f : m_inFlight) bytes += f.bytes;
        const qint64 timeout = std::max({kMinAckTimeoutMs, 4 * m_slowestAckMs, bytes / kSlowestLinkBytesPerMs})
            << std::min(m_ackTimeoutsInARow, 5);
        if (m_clock.elapsed() - m_inFlight.front().sentMs > timeout) {
            ++m_ackTimeoutsInARow;
            recover("frames left unanswered");
        }
        return;  // otherwise paced by the viewer's answers: the next one ticks
    }
    if (m_tickTimer.isActive()) return;  // a capture is due
    // Nothing in flight and no capture due: work the sharer knows of is a stall, and so is
    // damage the capturer holds while its descriptor is quiet (the notifier will not fire).
    // Damage announced by a readable descriptor is the notifier's, a moment from now.
    const bool known = m_damagePending || m_encoder->hasPendingWork();
    const int fd = m_capturer->eventFd();
    pollfd watched{fd, POLLIN, 0};
    const bool wakeUpComing = fd >= 0 && ::poll(&watched, 1, 0) > 0;
    if (known) return recover("changes left uncaptured");
    if (!wakeUpComing && m_capturer->hasPendingDamage()) recover("a change came without a wake-up");
}

void ScreenSharer::recover(const char* why)
{
    ++m_recoveries;
    qWarning("screen sharing: %s; resynchronising with a key frame (recovery %u)", why, m_recoveries);
    m_inFlight.clear();  // late answers for these settle nothing that is still in flight
    m_encoder->requestKeyFrame();
    m_damagePending = true;
    m_lastCaptureMs = -1;
    tick();
}

void ScreenSharer::tick()
{
    if (!m_running) return;
    // Reading the events also empties the X socket, so the notifier does not fire again
    // for events already seen.
    if (m_capturer->hasPendingDamage()) m_damagePending = true;
    if (std::ssize(m_inFlight) >= kMaxFramesInFlight) return;  // the next ack ticks
    const bool events = m_capturer->eventFd() >= 0;
    if (!m_damagePending && !m_encoder->hasPendingWork()) {
        if (!events) scheduleTick(m_minIntervalMs);
        return;  // wait for damage
    }
    const qint64 now = m_clock.elapsed();
    if (m_lastCaptureMs >= 0 && now - m_lastCaptureMs < m_minIntervalMs) {
        scheduleTick(m_minIntervalMs - (now - m_lastCaptureMs));
        return;
    }
    captureAndSend();
    // Events read off the socket while waiting for the capture's replies sit in xcb's queue,
    // where the notifier cannot see them: look now.
    if (m_running && m_capturer->hasPendingDamage()) m_damagePending = true;
    if (m_running && (m_damagePending || m_encoder->hasPendingWork() || !events)) scheduleTick(m_minIntervalMs);
}

void ScreenSharer::captureAndSend()
{
    m_lastCaptureMs = m_clock.elapsed();
    m_damagePending = false;
    const qint64 captureTimeUs = m_clock.nsecsElapsed() / 1000;
    auto capture = m_capturer->captureFrame();
    if (!capture) return fail(capture.error());
    if (capture->layoutChanged) sendLayout();
    auto encoded = m_encoder->encode(m_capturer->frame(), capture->damage);
    if (!encoded) return fail(encoded.error());
    sendCursor();
    if (encoded->data.empty()) return;

    const quint64 id = m_nextFrameId++;
    const std::vector<std::uint8_t>& data = encoded->data;
    for (std::size_t offset = 0; offset < data.size() || offset == 0; offset += kChunkBytes) {
        const std::size_t length = std::min(kChunkBytes, data.size() - offset);
        v1::Envelope envelope;
        v1::VideoFrame* frame = envelope.mutable_video_frame();
        frame->set_frame_id(id);
        frame->set_codec(toWire(m_encoder->codec()));
        frame->set_key_frame(encoded->keyFrame);
        frame->set_capture_time_us(captureTimeUs);
        frame->set_recoveries(m_recoveries);
        frame->set_quality(m_encoder == &m_automatic ? v1::QUALITY_MODE_AUTOMATIC
                           : m_encoder == &m_lossless ? v1::QUALITY_MODE_STANDARD
                                                      : v1::QUALITY_MODE_PERFORMANCE);
        frame->set_data(reinterpret_cast<const char*>(data.data() + offset), length);
        frame->set_more_chunks(offset + length < data.size());
        if (base::Status s = m_send(envelope, protocol::TrafficClass::kVideo); !s) return fail(s.error());
        if (offset + length >= data.size()) break;
    }
    m_inFlight.push_back({id, m_clock.elapsed(), qint64(data.size())});
    ++m_framesSent;
    m_bytesSent += qint64(data.size());
}

void ScreenSharer::sendLayout()
{
    const capture::DisplayLayout layout = m_capturer->layout();
    v1::Envelope envelope;
    v1::DisplayLayout* wire = envelope.mutable_display_layout();
    wire->set_desktop_width(layout.desktop.width);
    wire->set_desktop_height(layout.desktop.height);
    for (const capture::Monitor& m : layout.monitors) {
        v1::MonitorInfo* info = wire->add_monitors();
        info->set_name(m.name);
        info->set_x(m.geometry.x);
        info->set_y(m.geometry.y);
        info->set_width(m.geometry.width);
        info->set_height(m.geometry.height);
        info->set_primary(m.primary);
    }
    wire->set_shared_monitor(m_capturer->selectedMonitor());
    if (base::Status s = m_send(envelope, protocol::TrafficClass::kControl); !s) fail(s.error());
}

void ScreenSharer::sendCursor()
{
    if (!m_running) return;
    const capture::CursorState cursor = m_capturer->cursor();
    if (!m_shapeSent || cursor.shapeSerial != m_sentShapeSerial) {
        const capture::CursorShape& shape = m_capturer->cursorShape();
        if (shape.size.width <= kMaxCursorSide && shape.size.height <= kMaxCursorSide
            && shape.argb.size() == std::size_t(shape.size.width) * std::size_t(shape.size.height)) {
            v1::Envelope envelope;
            v1::CursorShape* wire = envelope.mutable_cursor_shape();
            wire->set_serial(shape.serial);
            wire->set_width(shape.size.width);
            wire->set_height(shape.size.height);
            wire->set_hotspot_x(shape.hotspot.x);
            wire->set_hotspot_y(shape.hotspot.y);
            wire->set_argb(reinterpret_cast<const char*>(shape.argb.data()), shape.argb.size() * 4);
            if (base::Status s = m_send(envelope, protocol::TrafficClass::kVideo); !s) return fail(s.error());
        }
        m_sentShapeSerial = cursor.shapeSerial;
        m_shapeSent = true;
    }
    if (cursor.position == m_lastCursor.position && cursor.visible == m_lastCursor.visible
        && cursor.shapeSerial == m_lastCursor.shapeSerial) {
        return;
    }
    m_lastCursor = cursor;
    v1::Envelope envelope;
    v1::CursorPosition* wire = envelope.mutable_cursor_position();
    wire->set_x(cursor.position.x);
    wire->set_y(cursor.position.y);
    wire->set_visible(cursor.visible);
    wire->set_shape_serial(cursor.shapeSerial);
    if (base::Status s = m_send(envelope, protocol::TrafficClass::kControl); !s) fail(s.error());
}

bool ScreenSharer::handle(const v1::Envelope& envelope)
{
    if (envelope.has_video_ack()) {
        const v1::VideoAck& ack = envelope.video_ack();
        // Acks come in order; one for frame N also settles anything before it.
        const qint64 now = m_clock.elapsed();
        m_slowestAckMs = m_slowestAckMs * 7 / 8;
        while (!m_inFlight.empty() && m_inFlight.front().id <= ack.frame_id()) {
            m_slowestAckMs = std::max(m_slowestAckMs, now - m_inFlight.front().sentMs);
            m_inFlight.pop_front();
            m_ackTimeoutsInARow = 0;
        }
        if (ack.decode_failed()) {
            // The key frame goes now, not with the next change: an idle screen would
            // otherwise leave the viewer's picture broken.
            m_encoder->requestKeyFrame();
            m_damagePending = true;
        }
        tick();
        return true;
    }
    if (envelope.has_screen_control()) {
        applyControl(envelope.screen_control());
        return true;
    }
    return false;
}

void ScreenSharer::applyControl(const v1::ScreenControl& control)
{
    if (control.lossy_codec() == v1::VIDEO_CODEC_VP8) m_lossyCodec = codec::Codec::kVp8;
    if (control.lossy_codec() == v1::VIDEO_CODEC_VP9) m_lossyCodec = codec::Codec::kVp9;
    codec::VideoEncoder* wanted = m_encoder;
    if (control.quality() == v1::QUALITY_MODE_STANDARD) wanted = &m_lossless;
    if (control.quality() == v1::QUALITY_MODE_AUTOMATIC) wanted = &m_automatic;
    const bool performance = m_encoder == &m_vp8 || m_encoder == &m_vp9;
    if (control.quality() == v1::QUALITY_MODE_PERFORMANCE
        || (control.lossy_codec() != v1::VIDEO_CODEC_UNSPECIFIED && performance && control.quality() == v1::QUALITY_MODE_UNSPECIFIED)) {
        wanted = m_lossyCodec == codec::Codec::kVp9 ? static_cast<codec::VideoEncoder*>(&m_vp9) : &m_vp8;
    }
    if (wanted != m_encoder) {
        m_encoder = wanted;
        m_encoder->requestKeyFrame();  // the viewer switches decoders at a key frame
        m_damagePending = true;
    }
    if (control.colour_depth() != 0) {
        const std::uint32_t depth = control.colour_depth();
        if (codec::isValidDepth(std::uint8_t(depth)) && depth <= 24) {
            m_lossless.setColourDepth(codec::ColourDepth(depth));
            m_damagePending = true;
        }
    }
    if (control.set_monitor()) {
        if (m_capturer->selectMonitor(control.monitor())) {
            m_damagePending = true;  // the capture reports the layout change and the encoder keys
        } else {
            sendLayout();  // an index the viewer had wrong: tell it the truth
        }
    }
    if (control.key_frame()) {
        m_encoder->requestKeyFrame();
        m_damagePending = true;
    }
    if (control.max_fps() != 0) setMaxFps(int(std::min<std::uint32_t>(control.max_fps(), 60)));
    tick();
}

void ScreenSharer::fail(const base::Error& error)
{
    stop();
    emit failed(error);
}

}  // namespace lifeline::session
