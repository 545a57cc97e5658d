#include "support/tcp_proxy.h"

#include <gtest/gtest.h>

namespace lifeline::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject* parent) : QObject(parent), m_targetPort(targetPort)
{
    EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(this);
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto* target = new QTcpSocket(this);
        target->connectToHost(QHostAddress::LocalHost, m_targetPort);
        // Bytes from the client wait in its socket until the target is connected.
        auto pump = [](QTcpSocket* from, QTcpSocket* to, qint64& counter) {
            if (to->state() != QAbstractSocket::ConnectedState) return;
            const QByteArray bytes = from->readAll();
            counter += bytes.size();
            to->write(bytes);
        };
        connect(client, &QTcpSocket::readyRead, target, [=, this] { pump(client, target, m_toTarget); });
        connect(target, &QTcpSocket::readyRead, client, [=, this] { pump(target, client, m_toClient); });
        connect(target, &QTcpSocket::connected, client, [=, this] { pump(client, target, m_toTarget); });
        auto closeBoth = [=] {
            client->disconnectFromHost();
            target->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, target, closeBoth);
        connect(target, &QTcpSocket::disconnected, client, closeBoth);
        m_pipes.push_back(Pipe{client, target});
    }
}

void TcpProxy::dropAll()
{
    for (const Pipe& pipe : std::exchange(m_pipes, {})) {
        pipe.client->abort();
        pipe.target->abort();
        pipe.client->deleteLater();
        pipe.target->deleteLater();
    }
}

}  // namespace lifeline::test
