#include "net/tls_server.h"

#include <QSslSocket>

#include "net/connection.h"

namespace lifeline::net {

namespace {
constexpr int kHandshakeTimeoutMs = 10000;
}

TlsServer::TlsServer(const TlsServerConfig& config, QObject* parent) : QObject(parent)
{
    m_server.setSslConfiguration(config.toSslConfiguration());
    m_server.setHandshakeTimeout(kHandshakeTimeoutMs);
    m_server.setMaxPendingConnections(1000);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TlsServer::acceptPending);
}

base::Status TlsServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        return base::makeError(base::ErrorCode::kIoError,
                               "cannot listen on " + address.toString().toStdString() + ":" +
                                   std::to_string(port) + ": " +
                                   m_server.errorString().toStdString());
    }
    return {};
}

void TlsServer::acceptPending()
{
    while (m_server.hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (!socket) {
            continue;
        }
        if (socket->sslConfiguration().nextNegotiatedProtocol() != kAlpnProtocol) {
            ++m_refusedAlpn;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        emit newConnection(new Connection(socket));
    }
}

}  // namespace lifeline::net
