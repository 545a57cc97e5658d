#include "net/connection.h"

#include <QSslSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>

#include "net/tls_config.h"

namespace lifeline::net {

namespace {

using base::ErrorCode;
using base::makeError;

// The socket's own write buffer is kept this small; everything else waits in the
// prioritised queue, so a keystroke is never behind more than this many bytes.
constexpr qint64 kSocketWriteWindow = 64 * 1024;
// The kernel keeps at most this much not-yet-sent data per socket (TCP_NOTSENT_LOWAT); the
// rest waits in our prioritised queue. Without it the kernel queues megabytes on a fast
// link and a keystroke waits behind them whatever class it was given. In-flight data (the
// congestion window) is not limited by it, so throughput is not either.
constexpr int kKernelUnsentBytes = 32 * 1024;

void limitKernelQueue(QSslSocket* socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0) return;
    const int value = kKernelUnsentBytes;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_NOTSENT_LOWAT, &value, sizeof value);  // best effort
    // And no Nagle, set again on the connected socket: an option set before connecting
    // does not always reach it.
    const int on = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}
// The socket's read buffer, always bounded: Qt's TLS layer copies all pending ciphertext on
// every round, so a large buffer costs copies and page faults (relay_bench: 128 KiB beat 64 KiB,
// 256 KiB, 1 MiB and unbounded). It is also the back-pressure: when we stop reading, Qt stops
// reading from the kernel once it is full, and TCP slows the sender.
constexpr qint64 kSocketReadBuffer = 128 * 1024;
constexpr int kCloseGraceMs = 2000;

base::Error socketError(QSslSocket* socket, const std::string& tlsDetail)
{
    if (!tlsDetail.empty()) {
        return makeError(ErrorCode::kTlsError, tlsDetail);
    }
    switch (socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        return makeError(ErrorCode::kConnectionClosed, "peer closed the connection");
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return makeError(ErrorCode::kTlsError, socket->errorString().toStdString());
    case QAbstractSocket::SocketTimeoutError:
        return makeError(ErrorCode::kTimeout, socket->errorString().toStdString());
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        return makeError(ErrorCode::kConnectionFailed, socket->errorString().toStdString());
    default:
        return makeError(ErrorCode::kConnectionClosed, socket->errorString().toStdString());
    }
}

}  // namespace

Connection::Connection(QSslSocket* socket, QObject* parent) : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    limitKernelQueue(m_socket);  // accepted sockets are connected already; clients on encrypted
    connect(m_socket, &QSslSocket::encrypted, this, [this] { limitKernelQueue(m_socket); });

    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::pump);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Connection::pump);
    connect(m_socket, &QSslSocket::encrypted, this, &Connection::pump);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_closeReason) {
            finish(*m_closeReason);
            return;
        }
        if (auto status = m_reader.finish(); !status) {
            finish(status.error());
        } else {
            finish(makeError(ErrorCode::kConnectionClosed, "peer closed the connection"));
        }
    });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { finish(socketError(m_socket, m_tlsErrorDetail)); });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        m_tlsErrorDetail = "relay certificate not trusted:";
        for (const auto& error : errors) {
            m_tlsErrorDetail += " " + error.errorString().toStdString() + ";";
        }
    });

    // Periodic and coarse: a read only restarts m_sinceLastReceive, because restarting a QTimer on
    // every read costs a re-registration in Qt's sorted timer list (O(timers)).
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_sinceLastReceive.elapsed() >= m_idleTimeoutMs) {
            abort(makeError(ErrorCode::kTimeout, "nothing received within the keepalive timeout"));
        }
    });
    m_closeGraceTimer.setSingleShot(true);
    connect(&m_closeGraceTimer, &QTimer::timeout, this, [this] {
        if (m_closeReason) {
            abort(*m_closeReason);
        }
    });
    // Bytes may already be buffered if the handshake finished before we were created.
    QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

Connection::~Connection()
{
    // Destroying the socket must not call back into a half-destroyed Connection.
    m_socket->disconnect(this);
}

base::Status Connection::send(protocol::Route route, std::string_view payload,
                              protocol::TrafficClass trafficClass)
{
    if (m_closed || m_closeReason) {
        return makeError(ErrorCode::kConnectionClosed, "connection is closing");
    }
    std::string frame;
    if (auto status = protocol::appendFrame(frame, route, payload, m_reader.maxFrameLength(),
                                            static_cast<std::uint8_t>(trafficClass));
        !status) {
        return status;
    }
    m_queue.push(trafficClass, std::move(frame));
    pump();
    return {};
}

base::Status Connection::sendEnvelope(const protocol::v1::Envelope& envelope,
                                      protocol::TrafficClass trafficClass)
{
    return send(protocol::Route::kRelay, protocol::serializeEnvelope(envelope), trafficClass);
}

void Connection::pump()
{
    if (m_closed || !m_socket->isEncrypted()) {
        return;
    }
    while (!m_queue.empty() &&
           m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < kSocketWriteWindow) {
        std::string frame = *m_queue.pop();
        m_socket->write(frame.data(), static_cast<qint64>(frame.size()));
    }
    const qint64 pending = pendingBytes();
    if (pending > m_lowWaterMark) {
        m_aboveLowWater = true;
    } else if (m_aboveLowWater) {
        m_aboveLowWater = false;
        emit drained();
    }
    if (m_closeReason && m_queue.empty() && m_socket->bytesToWrite() == 0 &&
        m_socket->encryptedBytesToWrite() == 0) {
        m_socket->disconnectFromHost();
    }
}

qint64 Connection::pendingBytes() const
{
    return static_cast<qint64>(m_queue.bytes()) + m_socket->bytesToWrite() +
           m_socket->encryptedBytesToWrite();
}

void Connection::onReadyRead()
{
    if (m_closed || m_readingPaused || m_dispatching) {
        return;
    }
    // One read of everything available per wake-up (smaller reads make Qt's TLS layer
    // rework its whole ciphertext buffer each time), straight into the frame reader.
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0) {
        processBuffered();
        return;
    }
    char* destination = m_reader.prepareWrite(static_cast<std::size_t>(available));
    const qint64 n = m_socket->read(destination, available);
    m_reader.commitWrite(n > 0 ? static_cast<std::size_t>(n) : 0);
    if (n > 0) {
        m_sinceLastReceive.start();
    }
    processBuffered();
}

void Connection::processBuffered()
{
    QPointer<Connection> self(this);
    m_dispatching = true;
    while (!m_closed && !m_readingPaused) {
        auto next = m_reader.next();
        if (!next) {
            m_dispatching = false;
            abort(next.error());
            return;
        }
        if (!next->has_value()) {
            break;
        }
        emit frameReceived(**next);
        if (!self) {
            return;  // a handler deleted us
        }
    }
    m_dispatching = false;
    // More may have arrived while we dispatched (or while paused, up to the read buffer).
    if (!m_closed && !m_readingPaused && m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }
}

void Connection::pauseReading()
{
    m_readingPaused = true;
}

void Connection::resumeReading()
{
    if (!m_readingPaused || m_closed || m_closeReason) {
        return;  // close() paused for good: nothing is handed out after it
    }
    m_readingPaused = false;
    QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

void Connection::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = milliseconds;
    m_sinceLastReceive.start();
    if (milliseconds > 0 && !m_closed) {
        // Checked four times per timeout: a dead end is noticed within 1.25 x the timeout.
        m_idleTimer.start(std::max(10, milliseconds / 4));
    } else {
        m_idleTimer.stop();
    }
}

void Connection::setMaxFrameLength(std::uint32_t bytes)
{
    m_reader = protocol::FrameReader(bytes);
}

void Connection::close(const base::Error& reason)
{
    if (m_closed || m_closeReason) {
        return;
    }
    m_closeReason = reason;
    m_readingPaused = true;  // nothing more is handed out after close()
    m_closeGraceTimer.start(kCloseGraceMs);
    pump();
    if (!m_socket->isEncrypted()) {
        abort(reason);
    }
}

void Connection::abort(const base::Error& reason)
{
    if (m_closed) {
        return;
    }
    m_queue.clear();
    finish(reason);
    m_socket->abort();
}

void Connection::finish(const base::Error& reason)
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_idleTimer.stop();
    m_closeGraceTimer.stop();
    emit closed(reason);
}

Connection* Connection::connectToRelay(const QString& host, quint16 port,
                                       const TlsClientConfig& config, QObject* parent,
                                       int handshakeTimeoutMs)
{
    auto* socket = new QSslSocket();
    socket->setSslConfiguration(config.toSslConfiguration());
    auto* connection = new Connection(socket, parent);
    auto* handshakeTimer = new QTimer(connection);
    handshakeTimer->setSingleShot(true);
    QObject::connect(handshakeTimer, &QTimer::timeout, connection, [connection] {
        connection->abort(makeError(ErrorCode::kTimeout, "TLS handshake timed out"));
    });
    QObject::connect(socket, &QSslSocket::encrypted, connection, [connection, socket,
                                                                  handshakeTimer] {
        handshakeTimer->stop();
        if (socket->sslConfiguration().nextNegotiatedProtocol() != kAlpnProtocol) {
            connection->abort(makeError(ErrorCode::kTlsError,
                                        "relay did not agree on ALPN protocol lifeline/1"));
            return;
        }
        emit connection->established();
    });
    handshakeTimer->start(handshakeTimeoutMs);
    socket->connectToHostEncrypted(host, port,
                                   config.peerVerifyName.isEmpty() ? host : config.peerVerifyName);
    return connection;
}

QHostAddress Connection::peerAddress() const
{
    return m_socket->peerAddress();
}

QString Connection::negotiatedAlpn() const
{
    return QString::fromLatin1(m_socket->sslConfiguration().nextNegotiatedProtocol());
}

}  // namespace lifeline::net
