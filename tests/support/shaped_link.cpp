#include "support/shaped_link.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <future>
#include <list>

namespace lifeline::test {

namespace {

constexpr qint64 kPacketBytes = 1448;  // a TCP segment's payload on a 1500-byte MTU

// Small receive buffers, and the segments of a real network: loopback's 64 KiB segments do
// not fit such a buffer, and TCP would stall on its timers between them.
void likeARealLine(qintptr fd)
{
    const int bytes = ShapedLink::kKernelBytes;
    ::setsockopt(int(fd), SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
    const int segment = int(kPacketBytes);
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_MAXSEG, &segment, sizeof segment);
}

// One direction of one connection: read into the queue while it has room, send the queue
// through the bottleneck packet by packet, deliver each packet a one-way delay later.
struct Direction
{
    QTcpSocket* from = nullptr;
    QTcpSocket* to = nullptr;
    std::atomic<qint64>* delivered = nullptr;
    std::deque<QByteArray> queue;
    qint64 queued = 0;
    double linkFreeAtMs = 0;
    std::deque<std::pair<double, QByteArray>> wire;  // packets on their way, by arrival time

    void tick(double nowMs, const ShapedLink::Shape& shape)
    {
        // Delivery first: a packet due now is not held behind this tick's reading.
        while (!wire.empty() && wire.front().first <= nowMs) {
            if (to->state() == QAbstractSocket::ConnectedState) {
                to->write(wire.front().second);
                *delivered += wire.front().second.size();
            }
            wire.pop_front();
        }
        // An idle line starts sending what comes now; a busy one keeps its own clock, so a
        // late tick sends every packet whose turn has come.
        if (queue.empty() && linkFreeAtMs < nowMs) linkFreeAtMs = nowMs;
        const qint64 room = shape.queueBytes - queued;
        if (room > 0 && from->bytesAvailable() > 0) {
            QByteArray bytes = from->read(std::min(room, from->bytesAvailable()));
            queued += bytes.size();
            queue.push_back(std::move(bytes));
        }
        const double oneWayMs = shape.roundTripMs / 2.0;
        // Packets whose sending starts by now; each holds the line for its size at the rate.
        while (!queue.empty() && linkFreeAtMs <= nowMs) {
            QByteArray& front = queue.front();
            QByteArray packet = front.left(kPacketBytes);
            front.remove(0, packet.size());
            if (front.isEmpty()) queue.pop_front();
            queued -= packet.size();
            linkFreeAtMs += double(packet.size()) * 8.0 * 1000.0 / shape.bitsPerSecond;
            wire.emplace_back(linkFreeAtMs + oneWayMs, std::move(packet));
        }
    }
};

}  // namespace

class ShapedLink::Worker
{
public:
    Worker(quint16 target, const Shape& shape, ShapedLink& link) : m_target(target), m_shape(shape), m_link(link)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        likeARealLine(m_server.socketDescriptor());  // accepted sockets inherit it
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_server, [this] { tick(); });
        m_timer.start();
    }
    ~Worker()
    {
        for (Pipe& pipe : m_pipes) {
            pipe.client->abort();
            pipe.target->abort();
            delete pipe.client;
            delete pipe.target;
        }
    }
    quint16 port() const { return m_server.serverPort(); }
    void tick()
    {
        if (m_link.m_stop) {
            m_loop.quit();
            return;
        }
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        for (Pipe& pipe : m_pipes) {
            pipe.up.tick(now, m_shape);
            pipe.down.tick(now, m_shape);
        }
    }
    void run() { m_loop.exec(); }

private:
    struct Pipe
    {
        QTcpSocket* client = nullptr;
        QTcpSocket* target = nullptr;
        Direction up;    // client -> target
        Direction down;  // target -> client
    };
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            client->setParent(nullptr);
            // Our own socket to the target, set up before it connects.
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            likeARealLine(fd);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(m_target);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            auto* target = new QTcpSocket;
            if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
                || !target->setSocketDescriptor(fd)) {
                ::close(fd);
                client->abort();
                delete client;
                delete target;
                continue;
            }
            for (QTcpSocket* s : {client, target}) {
                s->setReadBufferSize(kKernelBytes);
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            }
            Pipe& pipe = m_pipes.emplace_back();
            pipe.client = client;
            pipe.target = target;
            pipe.up.from = pipe.down.to = client;
            pipe.up.to = pipe.down.from = target;
            pipe.up.delivered = &m_link.m_toTarget;
            pipe.down.delivered = &m_link.m_toClient;
            auto closeBoth = [client, target] {
                client->disconnectFromHost();
                target->disconnectFromHost();
            };
            QObject::connect(client, &QTcpSocket::disconnected, target, closeBoth);
            QObject::connect(target, &QTcpSocket::disconnected, client, closeBoth);
            QObject::connect(client, &QTcpSocket::readyRead, &m_server, [this] { tick(); });
            QObject::connect(target, &QTcpSocket::readyRead, &m_server, [this] { tick(); });
        }
    }

    quint16 m_target;
    Shape m_shape;
    ShapedLink& m_link;
    QTcpServer m_server;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
    std::list<Pipe> m_pipes;  // stable addresses: the lambdas above hold them
};

ShapedLink::ShapedLink(quint16 targetPort, Shape shape) : m_shape(shape)
{
    std::promise<quint16> port;
    std::future<quint16> listening = port.get_future();
    m_thread = std::thread([this, targetPort, &port] {
        Worker worker(targetPort, m_shape, *this);
        port.set_value(worker.port());
        worker.run();
    });
    m_port = listening.get();
}

ShapedLink::~ShapedLink()
{
    m_stop = true;
    m_thread.join();
}

}  // namespace lifeline::test
