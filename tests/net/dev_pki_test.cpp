#include "net/dev_pki.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <filesystem>

namespace lifeline::net {
namespace {

TEST(DevPkiTest, WritesCaAndServerCertificateWithPrivateKeys)
{
    QTemporaryDir dir;
    const auto paths = PkiPaths::inDirectory(dir.filePath("tls").toStdString());
    ASSERT_TRUE(generateDevPki(paths, "Contoso", {"relay.contoso.test", "127.0.0.1"}).ok());
    for (const auto& key : {paths.caKey, paths.serverKey}) {
        const auto perms = std::filesystem::status(key).permissions();
        EXPECT_EQ(perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all),
                  std::filesystem::perms::none)
            << key;
    }
    auto fingerprint = certificateFingerprint(paths.caCertificate);
    ASSERT_TRUE(fingerprint.ok());
    EXPECT_EQ(fingerprint->size(), 32u * 3u - 1u);
}

TEST(DevPkiTest, NeverOverwritesAnExistingIdentity)
{
    QTemporaryDir dir;
    const auto paths = PkiPaths::inDirectory(dir.path().toStdString());
    ASSERT_TRUE(generateDevPki(paths, "Contoso", {"localhost"}).ok());
    auto before = certificateFingerprint(paths.serverCertificate);
    auto again = generateDevPki(paths, "Contoso", {"localhost"});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, base::ErrorCode::kAlreadyExists);
    EXPECT_EQ(*certificateFingerprint(paths.serverCertificate), *before);
}

}  // namespace
}  // namespace lifeline::net
