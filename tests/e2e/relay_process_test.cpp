// The lifeline-relay binary as a user runs it: user add, serve with port 0, restart.
#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "server/organisation.h"
#include "server/password_hasher.h"
#include "server/store.h"
#include "session/relay_link.h"
#include "support/relay_process.h"
#include "support/wait.h"

namespace lifeline {
namespace {

using test::runRelay;
using test::ServingRelay;
using test::waitUntil;

base::Result<v1::SignInResult> signInTo(quint16 port, const QString& caPath, const QString& email,
                                        const QString& password)
{
    auto tls = net::TlsClientConfig::fromCaFile(caPath);
    EXPECT_TRUE(tls.ok());
    session::TechnicianEnd technician;
    std::optional<base::Result<v1::SignInResult>> result;
    QObject::connect(&technician, &session::RelayLink::failed, [&](const base::Error& e) {
        if (!result) {
            result.emplace(e);
        }
    });
    QObject::connect(&technician, &session::RelayLink::ready, [&] {
        technician.signIn(email, password, [&](auto r) { result.emplace(std::move(r)); });
    });
    technician.connectToRelay("127.0.0.1", port, *tls);
    if (!waitUntil([&] { return result.has_value(); }, 20000)) {
        return base::makeError(base::ErrorCode::kTimeout, "no answer");
    }
    return std::move(*result);
}

TEST(RelayProcessTest, HelpDocumentsTheOptions)
{
    auto help = runRelay({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* option : {"--data-dir", "--port", "--listen", "--config", "--database",
                               "--password-stdin", "user add"}) {
        EXPECT_TRUE(help.output.contains(option)) << option;
    }
}

TEST(RelayProcessTest, UserAddRefusesAShortPasswordAndADuplicate)
{
    QTemporaryDir dir;
    auto shortPassword = runRelay({"user", "add", "--data-dir", dir.path(), "--email",
                                   "ann@example.com", "--name", "Ann", "--password-stdin"},
                                  "short\n");
    EXPECT_NE(shortPassword.exitCode, 0);
    EXPECT_TRUE(shortPassword.output.contains("at least 8")) << shortPassword.output.toStdString();
    const QStringList add = {"user", "add", "--data-dir", dir.path(), "--email",
                             "ann@example.com", "--name", "Ann Smith", "--role", "admin",
                             "--password-stdin"};
    EXPECT_EQ(runRelay(add, "correct horse battery\n").exitCode, 0);
    auto again = runRelay(add, "correct horse battery\n");
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.output.contains("exists")) << again.output.toStdString();
    auto list = runRelay({"user", "list", "--data-dir", dir.path()});
    EXPECT_TRUE(list.output.contains("ann@example.com"));
    // The organisation's password policy holds for accounts made here too.
    {
        auto store = server::Store::openSqlite(dir.filePath("relay.db"));
        ASSERT_TRUE(store.ok());
        server::PasswordPolicy policy;
        policy.minLength = 12;
        policy.minClasses = 3;
        ASSERT_TRUE((*store)->setPasswordPolicy(policy).ok());
    }
    const QStringList bob = {"user", "add", "--data-dir", dir.path(), "--email", "bob@example.com", "--name", "Bob", "--password-stdin"};
    auto weak = runRelay(bob, "correct horse battery\n");
    EXPECT_NE(weak.exitCode, 0);
    EXPECT_TRUE(weak.output.contains("mix at least 3 of")) << weak.output.toStdString();
    EXPECT_EQ(runRelay(bob, "Correct horse battery 9\n").exitCode, 0);
    EXPECT_TRUE(list.output.contains("admin"));
}

TEST(RelayProcessTest, AuditVerifySaysWhetherTheChainHoldsAndNamesTheChangedEntry)
{
    QTemporaryDir dir;
    for (const char* email : {"ann@example.com", "bob@example.com"}) {
        ASSERT_EQ(runRelay({"user", "add", "--data-dir", dir.path(), "--email", email, "--name", "Someone", "--password-stdin"},
                           "correct horse battery\n")
                      .exitCode,
                  0);
    }
    ASSERT_EQ(runRelay({"user", "disable", "--data-dir", dir.path(), "--email", "bob@example.com"}).exitCode, 0);
    auto intact = runRelay({"audit", "verify", "--data-dir", dir.path()});
    EXPECT_EQ(intact.exitCode, 0) << intact.output.toStdString();
    EXPECT_TRUE(intact.output.contains("3 entries, chain intact")) << intact.output.toStdString();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(dir.filePath("relay.db"));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec("UPDATE audit_log SET event = 'user.enabled' WHERE id = 3"));
    }
    QSqlDatabase::removeDatabase("tamper");
    auto broken = runRelay({"audit", "verify", "--data-dir", dir.path()});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.output.contains("BROKEN at entry 3")) << broken.output.toStdString();
}

TEST(RelayProcessTest, TheDemoOrganisationIsMadeOnce)
{
    QTemporaryDir dir;
    const QStringList seed = {"demo-organisation", "--data-dir", dir.path(), "--password-stdin"};
    auto made = runRelay(seed, "demo password 1234\n");
    EXPECT_EQ(made.exitCode, 0) << made.output.toStdString();
    EXPECT_TRUE(made.output.contains("demo organisation created"));
    auto again = runRelay(seed, "demo password 1234\n");
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.output.contains("nothing changed"));
    auto store = server::Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    auto org = (*store)->organisation();
    ASSERT_TRUE(org.ok());
    EXPECT_EQ(org->groups().size(), 5u);
    auto bob = (*store)->accountByEmail("bob@lifeline.test");
    ASSERT_TRUE(bob.ok() && bob->has_value());
    EXPECT_EQ(org->group((*bob)->groupId)->name, "Tier 1");
    EXPECT_EQ(org->effectivePermissions((*bob)->groupId), server::Organisation::defaultPermissions());
    auto eve = (*store)->accountByEmail("eve@lifeline.test");
    EXPECT_TRUE(org->canManageAccount(**eve, **bob));
    EXPECT_TRUE(server::verifyPassword("demo password 1234", (*bob)->passwordHash.toStdString()));
}

TEST(RelayProcessTest, AccountsSurviveARelayRestart)
{
    QTemporaryDir dir;
    ASSERT_EQ(runRelay({"user", "add", "--data-dir", dir.path(), "--email", "ann@example.com",
                        "--name", "Ann Smith", "--role", "technician", "--password-stdin"},
                       "correct horse battery\n")
                  .exitCode,
              0);
    const QString ca = dir.filePath("tls/ca.pem");
    {
        ServingRelay relay(dir.path());
        ASSERT_NE(relay.port(), 0);
        EXPECT_TRUE(relay.output().contains("--ca")) << relay.output().toStdString();
        auto first = signInTo(relay.port(), ca, "ann@example.com", "correct horse battery");
        ASSERT_TRUE(first.ok()) << first.error().toString();
        EXPECT_EQ(first->nickname(), "Ann");
    }
    {
        ServingRelay relay(dir.path());  // same data directory, same CA, new process
        ASSERT_NE(relay.port(), 0);
        EXPECT_FALSE(relay.output().contains("created a private CA"));
        auto second = signInTo(relay.port(), ca, "ann@example.com", "correct horse battery");
        ASSERT_TRUE(second.ok()) << second.error().toString();
        auto wrong = signInTo(relay.port(), ca, "ann@example.com", "wrong password");
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, base::ErrorCode::kInvalidCredentials);
    }
    auto disable = runRelay({"user", "disable", "--data-dir", dir.path(), "--email",
                             "ann@example.com"});
    EXPECT_EQ(disable.exitCode, 0);
    {
        ServingRelay relay(dir.path());
        auto refused = signInTo(relay.port(), ca, "ann@example.com", "correct horse battery");
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, base::ErrorCode::kAccountDisabled);
    }
}

TEST(RelayProcessTest, ClientWithAnotherCaIsRefusedByTheRealRelay)
{
    QTemporaryDir dir;
    QTemporaryDir otherDir;
    ServingRelay other(otherDir.path());  // makes a second, unrelated CA
    ServingRelay relay(dir.path());
    auto refused = signInTo(relay.port(), otherDir.filePath("tls/ca.pem"), "ann@example.com",
                            "whatever password");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, base::ErrorCode::kTlsError);
}

TEST(RelayProcessTest, BadFlagsGiveAClearError)
{
    QTemporaryDir dir;
    auto badPort = runRelay({"serve", "--data-dir", dir.path(), "--port", "99999"});
    EXPECT_NE(badPort.exitCode, 0);
    EXPECT_TRUE(badPort.output.contains("--port")) << badPort.output.toStdString();
    auto missingConfig = runRelay({"--config", dir.filePath("nope.conf")});
    EXPECT_NE(missingConfig.exitCode, 0);
    EXPECT_TRUE(missingConfig.output.contains("does not exist"));
}

TEST(RelayProcessTest, ConfigFileIsReadAndFlagsOverrideIt)
{
    QTemporaryDir dir;
    QFile conf(dir.filePath("relay.conf"));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("listen=127.0.0.1\nport=0\norganisation=Fabrikam Support\n");
    conf.close();
    ASSERT_EQ(runRelay({"user", "add", "--data-dir", dir.path(), "--email", "ann@example.com",
                        "--name", "Ann Smith", "--password-stdin"},
                       "correct horse battery\n")
                  .exitCode,
              0);
    const QString ca = dir.filePath("tls/ca.pem");
    {
        // No --listen/--port: without DATA-DIR/relay.conf it would bind 0.0.0.0:7443.
        ServingRelay relay(dir.path(), {});
        ASSERT_NE(relay.port(), 0) << relay.output().toStdString();
        auto signedIn = signInTo(relay.port(), ca, "ann@example.com", "correct horse battery");
        ASSERT_TRUE(signedIn.ok()) << signedIn.error().toString();
        EXPECT_EQ(signedIn->organisation_name(), "Fabrikam Support");
    }
    {
        ServingRelay relay(dir.path(), {"--organisation", "Flag Org"});
        auto signedIn = signInTo(relay.port(), ca, "ann@example.com", "correct horse battery");
        ASSERT_TRUE(signedIn.ok()) << signedIn.error().toString();
        EXPECT_EQ(signedIn->organisation_name(), "Flag Org");
    }
}

}  // namespace
}  // namespace lifeline
