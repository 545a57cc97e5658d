#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QElapsedTimer>
#include <QTimer>

#include <optional>
#include <string>
#include <string_view>

#include "core/base/error.h"
#include "core/protocol/envelope.h"
#include "core/protocol/frame_reader.h"
#include "core/protocol/outbound_queue.h"

class QSslSocket;

namespace lifeline::net {

// One framed, prioritised TLS connection (either side). Reads frames with a FrameReader
// and hands them out through frameReceived(); writes frames from an OutboundQueue into the
// socket only while the socket's own buffer is small, so traffic-class priority decides
// what goes on the wire next.
//
// Lives on the thread that created it (its socket's thread); not thread-safe. Owns its
// socket. The owner deletes the Connection, with deleteLater() when inside its signals.
// closed() is emitted exactly once, after which no frameReceived() follows.
class Connection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of an encrypted (or encrypting) socket.
    explicit Connection(QSslSocket* socket, QObject* parent = nullptr);
    ~Connection() override;

    // Queues one frame. Refused (kFrameTooLarge) when it does not fit the frame limit;
    // ignored after close.
    base::Status send(protocol::Route route, std::string_view payload,
                      protocol::TrafficClass trafficClass);
    base::Status sendEnvelope(const protocol::v1::Envelope& envelope,
                              protocol::TrafficClass trafficClass = protocol::TrafficClass::kControl);

    // Closes after writing what is queued (bounded by a short grace period); emits closed().
    void close(const base::Error& reason);
    // Closes at once, dropping queued frames.
    void abort(const base::Error& reason);
    bool isOpen() const { return !m_closed; }

    // Back-pressure: while paused no frames are handed out and the socket stops reading
    // from the kernel once its small read buffer is full, so TCP slows the sender.
    void pauseReading();
    void resumeReading();
    bool isReadingPaused() const { return m_readingPaused; }

    // Bytes accepted by send() but not yet handed to the kernel.
    qint64 pendingBytes() const;
    // pendingBytes() at or below which drained() is emitted after having been above it.
    void setLowWaterMark(qint64 bytes) { m_lowWaterMark = bytes; }
    // Closes with kTimeout when nothing at all arrives for this long (0 = never).
    void setIdleTimeout(int milliseconds);
    void setMaxFrameLength(std::uint32_t bytes);

    // Client side: starts a TLS connection to a relay. The result emits established() or
    // closed(kTlsError / kConnectionFailed / kTimeout). Certificates are verified against
    // `config` only; there is no way to continue past a verification error.
    static Connection* connectToRelay(const QString& host, quint16 port,
                                      const struct TlsClientConfig& config,
                                      QObject* parent = nullptr, int handshakeTimeoutMs = 10000);

    QHostAddress peerAddress() const;
    QString negotiatedAlpn() const;

signals:
    // Client side: the handshake finished, the relay's certificate verified and the
    // ALPN protocol is lifeline/1. Frames sent earlier are written from now on.
    void established();
    void frameReceived(const lifeline::protocol::Frame& frame);
    void drained();
    void closed(const lifeline::base::Error& reason);

private:
    void onReadyRead();
    void processBuffered();
    void pump();
    void finish(const base::Error& reason);

    QSslSocket* m_socket;  // owned (child)
    protocol::FrameReader m_reader;
    protocol::OutboundQueue m_queue;
    QTimer m_idleTimer;
    QElapsedTimer m_sinceLastReceive;
    int m_idleTimeoutMs = 0;
    QTimer m_closeGraceTimer;
    std::optional<base::Error> m_closeReason;  // set by close(): finish when drained
    qint64 m_lowWaterMark = 256 * 1024;
    bool m_aboveLowWater = false;
    bool m_readingPaused = false;
    bool m_closed = false;
    bool m_dispatching = false;
    std::string m_tlsErrorDetail;  // certificate errors seen during the handshake
};

}  // namespace lifeline::net
