#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslServer>

#include "core/base/result.h"
#include "net/tls_config.h"

namespace lifeline::net {

class Connection;

// Accepts TLS 1.3 connections that agreed on ALPN lifeline/1 and hands each out as a
// Connection. A client that offers another protocol (or none) is dropped after the
// handshake; a handshake that does not finish within the timeout is dropped too.
//
// Lives on the thread that created it. newConnection() passes ownership of the
// Connection to the receiver.
class TlsServer : public QObject
{
    Q_OBJECT

public:
    explicit TlsServer(const TlsServerConfig& config, QObject* parent = nullptr);

    base::Status listen(const QHostAddress& address, quint16 port);
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    void close() { m_server.close(); }
    quint64 refusedAlpnCount() const { return m_refusedAlpn; }

signals:
    void newConnection(lifeline::net::Connection* connection);

private:
    void acceptPending();

    QSslServer m_server;
    quint64 m_refusedAlpn = 0;
};

}  // namespace lifeline::net
