#pragma once

#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <vector>

namespace lifeline::test {

// A loopback TCP forwarder standing for the network between an end and the relay, so a
// test can cut the line (dropAll) or keep it cut (setRefusing) without either side's help,
// and a benchmark can count what crossed it.
class TcpProxy : public QObject
{
    Q_OBJECT

public:
    explicit TcpProxy(quint16 targetPort, QObject* parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    // Aborts every forwarded connection on both sides (the ends see a reset).
    void dropAll();
    // While refusing, new connections are closed at once.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    int accepted() const { return m_accepted; }
    // Bytes forwarded so far, over every connection: from the clients to the target, and back.
    qint64 bytesToTarget() const { return m_toTarget; }
    qint64 bytesToClient() const { return m_toClient; }

private:
    struct Pipe
    {
        QTcpSocket* client;
        QTcpSocket* target;
    };
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_refusing = false;
    int m_accepted = 0;
    qint64 m_toTarget = 0;
    qint64 m_toClient = 0;
    std::vector<Pipe> m_pipes;
};

}  // namespace lifeline::test
