#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include "core/base/result.h"

namespace lifeline::net {

// The only ALPN protocol a Lifeline relay and its clients speak.
inline constexpr char kAlpnProtocol[] = "lifeline/1";

// What a client trusts. Only these CA certificates are used (the system store is not):
// a Lifeline relay's certificate comes from its own CA.
struct TlsClientConfig
{
    QList<QSslCertificate> caCertificates;
    // Name checked against the server certificate; empty: the host connected to.
    QString peerVerifyName;
    // For tests only: offer another ALPN protocol to prove the server refuses it.
    QByteArray alpnProtocol = kAlpnProtocol;

    static base::Result<TlsClientConfig> fromCaFile(const QString& caPemPath);
    QSslConfiguration toSslConfiguration() const;
};

struct TlsServerConfig
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QList<QSslCertificate> chain;  // intermediates, if any

    static base::Result<TlsServerConfig> fromFiles(const QString& certificatePemPath,
                                                   const QString& keyPemPath);
    QSslConfiguration toSslConfiguration() const;
};

}  // namespace lifeline::net
