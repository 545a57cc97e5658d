#include "support/test_pki.h"

#include <gtest/gtest.h>

#include "net/dev_pki.h"

namespace lifeline::test {

TestPki::TestPki()
{
    auto status = net::generateDevPki(net::PkiPaths::inDirectory(m_dir.path().toStdString()),
                                      "Test Org", {"localhost", "127.0.0.1", "::1"});
    EXPECT_TRUE(status.ok()) << (status ? "" : status.error().toString());
}

QString TestPki::caPath() const
{
    return m_dir.filePath("ca.pem");
}

net::TlsServerConfig TestPki::serverConfig() const
{
    auto config = net::TlsServerConfig::fromFiles(m_dir.filePath("server.pem"),
                                                  m_dir.filePath("server.key"));
    EXPECT_TRUE(config.ok());
    return config.ok() ? *config : net::TlsServerConfig();
}

net::TlsClientConfig TestPki::clientConfig() const
{
    auto config = net::TlsClientConfig::fromCaFile(caPath());
    EXPECT_TRUE(config.ok());
    return config.ok() ? *config : net::TlsClientConfig();
}

}  // namespace lifeline::test
