#pragma once

#include <QString>
#include <QTemporaryDir>

#include "net/tls_config.h"

namespace lifeline::test {

// A CA and a server certificate for 127.0.0.1 / ::1 / localhost, made fresh in a temporary
// directory for each test (hermetic: nothing from the machine's trust store is used).
class TestPki
{
public:
    TestPki();

    QString directory() const { return m_dir.path(); }
    QString caPath() const;
    net::TlsServerConfig serverConfig() const;
    net::TlsClientConfig clientConfig() const;

private:
    QTemporaryDir m_dir;
};

}  // namespace lifeline::test
