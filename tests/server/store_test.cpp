#include "server/store.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace lifeline::server {
namespace {

Account makeAccount(const QString& email)
{
    Account a;
    a.email = email;
    a.name = "Ann Smith";
    a.nickname = "Ann";
    a.passwordHash = "$scrypt$x";
    a.createdAtMs = 1000;
    return a;
}

TEST(StoreTest, CreatesTheSchemaAndReopensWithoutMigratingAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/relay.db");
    {
        auto store = Store::openSqlite(path);
        ASSERT_TRUE(store.ok()) << store.error().toString();
        EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
        ASSERT_TRUE((*store)->addAccount(makeAccount("ann@example.com")).ok());
    }
    auto again = Store::openSqlite(path);
    ASSERT_TRUE(again.ok()) << again.error().toString();
    EXPECT_EQ((*again)->schemaVersion(), Store::latestSchemaVersion());
    auto accounts = (*again)->accounts();
    ASSERT_TRUE(accounts.ok());
    ASSERT_EQ(accounts->size(), 1u);
    EXPECT_EQ((*accounts)[0].nickname, "Ann");
}

TEST(StoreTest, EmailIsCaseInsensitiveAndUnique)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->addAccount(makeAccount("Ann@Example.com")).ok());
    auto duplicate = (*store)->addAccount(makeAccount("ann@example.COM"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, base::ErrorCode::kAlreadyExists);
    auto found = (*store)->accountByEmail(" ANN@example.com ");
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->email, "ann@example.com");
}

TEST(StoreTest, SessionLifeCycleIsRecordedWithTimes)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    auto tech = (*store)->addAccount(makeAccount("ann@example.com"));
    ASSERT_TRUE(tech.ok());
    SessionRecord record;
    record.technicianId = *tech;
    record.customerName = "Bob";
    record.createdAtMs = 100;
    record.expiresAtMs = 200;
    auto id = (*store)->createSession(record);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE((*store)->markSessionJoined(*id, "Robert", "192.0.2.7", 150).ok());
    ASSERT_TRUE((*store)->markSessionActive(*id, 151).ok());
    ASSERT_TRUE((*store)->markSessionEnded(*id, v1::SESSION_STATUS_CLOSED,
                                           v1::END_REASON_TECHNICIAN_ENDED, 400).ok());
    auto read = (*store)->session(*id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->customerName, "Bob");  // the technician's name for the customer stays
    EXPECT_EQ(read->customerAddress, "192.0.2.7");
    EXPECT_EQ(read->joinedAtMs, 150);
    EXPECT_EQ(read->activeAtMs, 151);
    EXPECT_EQ(read->endedAtMs, 400);
    EXPECT_EQ(read->status, v1::SESSION_STATUS_CLOSED);
    EXPECT_EQ(read->endReason, v1::END_REASON_TECHNICIAN_ENDED);
}

TEST(StoreTest, OpenSessionsOfAPreviousRunAreMarkedAborted)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    auto tech = (*store)->addAccount(makeAccount("ann@example.com"));
    SessionRecord record;
    record.technicianId = *tech;
    auto waiting = (*store)->createSession(record);
    auto closed = (*store)->createSession(record);
    ASSERT_TRUE((*store)->markSessionEnded(*closed, v1::SESSION_STATUS_CLOSED,
                                           v1::END_REASON_CUSTOMER_ENDED, 5).ok());
    auto count = (*store)->abortOpenSessions(10);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1);
    EXPECT_EQ((*store)->session(*waiting)->status, v1::SESSION_STATUS_ABORTED);
    EXPECT_EQ((*store)->session(*waiting)->endReason, v1::END_REASON_RELAY_SHUTDOWN);
    EXPECT_EQ((*store)->session(*closed)->status, v1::SESSION_STATUS_CLOSED);
}

TEST(StoreTest, AuditEntriesWithEmptyFieldsAreKept)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    AuditEntry entry;
    entry.atMs = 42;
    entry.event = "sign_in.ok";  // source and detail left null
    ASSERT_TRUE((*store)->appendAudit(entry).ok());
    auto log = (*store)->auditLog();
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ((*log)[0].event, "sign_in.ok");
    EXPECT_EQ((*log)[0].source, "");
}

// Raw SQL on the store's file, as someone with the file (not the relay) would edit it.
void tamper(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase("tamper");
}

TEST(StoreTest, TheAuditLogIsAHashChainThatNamesTheFirstChangedEntry)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("relay.db");
    auto store = Store::openSqlite(path);
    ASSERT_TRUE(store.ok());
    for (int i = 1; i <= 5; ++i) {
        ASSERT_TRUE((*store)->appendAudit({0, 1000 + i, "sign_in.ok", i, 0, "192.0.2.7", QStringLiteral("entry %1").arg(i), {}}).ok());
    }
    auto check = (*store)->verifyAuditLog();
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(check->entries, 5);
    EXPECT_EQ(check->firstBrokenId, 0);
    auto log = (*store)->auditLog();
    ASSERT_EQ(log->size(), 5u);
    EXPECT_EQ(check->headHash, log->back().hash);
    EXPECT_EQ(log->front().hash.size(), 64);
    EXPECT_NE((*log)[0].hash, (*log)[1].hash);

    // One field of entry 3 edited: the chain breaks there, and only there.
    tamper(path, "UPDATE audit_log SET source = '198.51.100.1' WHERE id = 3");
    check = (*store)->verifyAuditLog();
    EXPECT_EQ(check->firstBrokenId, 3);
    EXPECT_EQ(check->entries, 2);
    tamper(path, "UPDATE audit_log SET source = '192.0.2.7' WHERE id = 3");
    EXPECT_EQ((*store)->verifyAuditLog()->firstBrokenId, 0) << "restored: holds again";

    // Edited with its hash blanked: named all the same.
    tamper(path, "UPDATE audit_log SET detail = 'nothing happened', hash = '' WHERE id = 2");
    EXPECT_EQ((*store)->verifyAuditLog()->firstBrokenId, 2);
    // An entry removed: the one after it no longer follows.
    tamper(path, "UPDATE audit_log SET detail = 'entry 2' WHERE id = 2");
    tamper(path, "DELETE FROM audit_log WHERE id = 2");
    EXPECT_EQ((*store)->verifyAuditLog()->firstBrokenId, 3);
}

TEST(StoreTest, AnAuditLogFromBeforeTheChainIsChainedOnceWhenMigrated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("relay.db");
    {
        auto store = Store::openSqlite(path);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->appendAudit({0, 1, "user.added", 1, 0, "cli", {}, {}}).ok());
        ASSERT_TRUE((*store)->appendAudit({0, 2, "sign_in.ok", 1, 0, "192.0.2.7", {}, {}}).ok());
    }
    // Back to schema 2: no chat log (7), no two-step sign-in (5), no organisation tables (4,
    // and 6 with them), no hash column (3).
    for (const char* sql : {"ALTER TABLE accounts DROP COLUMN totp_secret", "ALTER TABLE accounts DROP COLUMN totp_confirmed",
                                "ALTER TABLE accounts DROP COLUMN totp_last_step", "ALTER TABLE accounts DROP COLUMN recovery_codes",
                                "DROP TABLE chat_log", "DROP TABLE managed_groups", "DROP TABLE technician_groups", "ALTER TABLE accounts DROP COLUMN group_id",
                            "ALTER TABLE accounts DROP COLUMN description", "ALTER TABLE accounts DROP COLUMN password_changed_at_ms",
                            "ALTER TABLE audit_log DROP COLUMN hash", "DELETE FROM schema_migrations WHERE version >= 3"}) {
        tamper(path, sql);
    }
    auto store = Store::openSqlite(path);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->schemaVersion(), Store::latestSchemaVersion());
    auto check = (*store)->verifyAuditLog();
    EXPECT_EQ(check->entries, 2);
    EXPECT_EQ(check->firstBrokenId, 0);
    ASSERT_TRUE((*store)->appendAudit({0, 3, "sign_in.ok", 1, 0, "192.0.2.7", {}, {}}).ok());
    EXPECT_EQ((*store)->verifyAuditLog()->entries, 3);
}

TEST(StoreTest, ThePasswordPolicyIsKeptAndAnInvalidOneRefused)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->passwordPolicy().minLength, 8);
    PasswordPolicy policy;
    policy.minLength = 14;
    policy.minClasses = 3;
    policy.maxAgeDays = 180;
    policy.warnDays = 10;
    ASSERT_TRUE((*store)->setPasswordPolicy(policy).ok());
    const PasswordPolicy kept = (*store)->passwordPolicy();
    EXPECT_EQ(kept.minLength, 14);
    EXPECT_EQ(kept.minClasses, 3);
    EXPECT_EQ(kept.maxAgeDays, 180);
    EXPECT_EQ(kept.warnDays, 10);
    policy.minLength = 6;
    EXPECT_FALSE((*store)->setPasswordPolicy(policy).ok());
    EXPECT_EQ((*store)->passwordPolicy().minLength, 14) << "unchanged";
    ASSERT_TRUE((*store)->setSetting("password_min_length", "3").ok());  // by hand
    EXPECT_EQ((*store)->passwordPolicy().minLength, 8) << "the floor holds";
}

TEST(StoreTest, SettingsFallBackUntilSet)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->setting("organisation_name", "Lifeline"), "Lifeline");
    ASSERT_TRUE((*store)->setSetting("organisation_name", "Contoso").ok());
    ASSERT_TRUE((*store)->setSetting("organisation_name", "Contoso IT").ok());
    EXPECT_EQ((*store)->setting("organisation_name", "Lifeline"), "Contoso IT");
}

TEST(StoreTest, UnwritableLocationIsAClearError)
{
    auto store = Store::openSqlite("/proc/lifeline/relay.db");
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().code == base::ErrorCode::kIoError ||
                store.error().code == base::ErrorCode::kDatabaseError);
}

}  // namespace
}  // namespace lifeline::server
