#include "net/tls_config.h"

#include <QFile>

namespace lifeline::net {

using base::ErrorCode;
using base::makeError;

namespace {

base::Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::kIoError,
                         "cannot read " + path.toStdString() + ": " +
                             file.errorString().toStdString());
    }
    return file.readAll();
}

}  // namespace

base::Result<TlsClientConfig> TlsClientConfig::fromCaFile(const QString& caPemPath)
{
    auto pem = readFile(caPemPath);
    if (!pem) {
        return pem.error();
    }
    TlsClientConfig config;
    config.caCertificates = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (config.caCertificates.isEmpty()) {
        return makeError(ErrorCode::kInvalidArgument,
                         caPemPath.toStdString() + " holds no PEM certificate");
    }
    return config;
}

QSslConfiguration TlsClientConfig::toSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCaCertificates(caCertificates);
    config.setAllowedNextProtocols({alpnProtocol});
    return config;
}

base::Result<TlsServerConfig> TlsServerConfig::fromFiles(const QString& certificatePemPath,
                                                         const QString& keyPemPath)
{
    auto certificatePem = readFile(certificatePemPath);
    if (!certificatePem) {
        return certificatePem.error();
    }
    auto keyPem = readFile(keyPemPath);
    if (!keyPem) {
        return keyPem.error();
    }
    const auto certificates = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (certificates.isEmpty()) {
        return makeError(ErrorCode::kInvalidArgument,
                         certificatePemPath.toStdString() + " holds no PEM certificate");
    }
    TlsServerConfig config;
    config.certificate = certificates.front();
    config.chain = certificates.mid(1);
    config.privateKey = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
    if (config.privateKey.isNull()) {
        config.privateKey = QSslKey(*keyPem, QSsl::Rsa, QSsl::Pem);
    }
    if (config.privateKey.isNull()) {
        return makeError(ErrorCode::kInvalidArgument,
                         keyPemPath.toStdString() + " holds no EC or RSA private key");
    }
    return config;
}

QSslConfiguration TlsServerConfig::toSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3OrLater);
    // Clients authenticate by password or PIN inside the channel, not by certificate, so
    // the server needs no CA store; Qt builds a TLS context per socket, and the system
    // store in each would cost memory per connection.
    config.setCaCertificates({});
    config.setLocalCertificate(certificate);
    config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    config.setPrivateKey(privateKey);
    config.setAllowedNextProtocols({kAlpnProtocol});
    return config;
}

}  // namespace lifeline::net
