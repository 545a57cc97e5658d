#include "server/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

#include "server/organisation.h"

namespace lifeline::server {

namespace {

using base::ErrorCode;
using base::makeError;

// Numbered migrations. Never edit one that has shipped; append a new one.
// %ID% is the driver's auto-increment primary key.
const std::vector<std::vector<const char*>>& migrations()
{
    static const std::vector<std::vector<const char*>> list = {
        // 1: accounts, sessions, audit log, settings
        {
            "CREATE TABLE accounts ("
            " id %ID%,"
            " email TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " nickname TEXT NOT NULL,"
            " role INTEGER NOT NULL,"
            " password_hash TEXT NOT NULL,"
            " enabled INTEGER NOT NULL DEFAULT 1,"
            " failed_sign_ins INTEGER NOT NULL DEFAULT 0,"
            " locked_until_ms BIGINT NOT NULL DEFAULT 0,"
            " created_at_ms BIGINT NOT NULL)",
            "CREATE TABLE sessions ("
            " id %ID%,"
            " technician_id BIGINT NOT NULL REFERENCES accounts(id),"
            " customer_name TEXT NOT NULL DEFAULT '',"
            " reference TEXT NOT NULL DEFAULT '',"
            " customer_address TEXT NOT NULL DEFAULT '',"
            " status INTEGER NOT NULL,"
            " end_reason INTEGER NOT NULL DEFAULT 0,"
            " created_at_ms BIGINT NOT NULL,"
            " expires_at_ms BIGINT NOT NULL,"
            " joined_at_ms BIGINT NOT NULL DEFAULT 0,"
            " active_at_ms BIGINT NOT NULL DEFAULT 0,"
            " ended_at_ms BIGINT NOT NULL DEFAULT 0)",
            "CREATE INDEX sessions_by_technician ON sessions(technician_id, created_at_ms)",
            "CREATE TABLE audit_log ("
            " id %ID%,"
            " at_ms BIGINT NOT NULL,"
            " event TEXT NOT NULL,"
            " account_id BIGINT NOT NULL DEFAULT 0,"
            " session_id BIGINT NOT NULL DEFAULT 0,"
            " source TEXT NOT NULL DEFAULT '',"
            " detail TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX audit_by_time ON audit_log(at_ms)",
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        },
        // 2: the technician's notes kept with the session record
        {
            "ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
        },
        // 3: the audit log becomes a hash chain (rows already there are chained in order
        // when this migration runs; see kAuditChainVersion)
        {
            "ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''",
        },
        // 4: the organisation: technician groups, who is in which, which groups an
        // administrator manages; administrators from before were the only kind there was,
        // with every right: they become master administrators.
        {
            "CREATE TABLE technician_groups ("
            " id %ID%,"
            " parent_id BIGINT NOT NULL DEFAULT 0,"
            " name TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " permissions TEXT NOT NULL DEFAULT '',"
            " inherit_permissions INTEGER NOT NULL DEFAULT 1,"
            " permissions_locked INTEGER NOT NULL DEFAULT 0,"
            " created_at_ms BIGINT NOT NULL)",
            "CREATE TABLE managed_groups ("
            " account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            " group_id BIGINT NOT NULL REFERENCES technician_groups(id) ON DELETE CASCADE,"
            " PRIMARY KEY (account_id, group_id))",
            "ALTER TABLE accounts ADD COLUMN group_id BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE accounts ADD COLUMN description TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE accounts ADD COLUMN password_changed_at_ms BIGINT NOT NULL DEFAULT 0",
            "UPDATE accounts SET password_changed_at_ms = created_at_ms",
            "UPDATE accounts SET role = 3 WHERE role = 2",
        },
        // 5: two-step sign-in (TOTP) and groups that require it
        {
            "ALTER TABLE accounts ADD COLUMN totp_secret TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE accounts ADD COLUMN totp_confirmed INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE accounts ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE accounts ADD COLUMN recovery_codes TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE technician_groups ADD COLUMN require_two_factor INTEGER NOT NULL DEFAULT 0",
        },
        // 6: IP restrictions per technician group
        {
            "ALTER TABLE technician_groups ADD COLUMN ip_restrictions TEXT NOT NULL DEFAULT ''",
        },
        // 7: chat logs
        {
            "CREATE TABLE chat_log ("
            " id %ID%,"
            " session_id BIGINT NOT NULL,"
            " at_ms BIGINT NOT NULL,"
            " from_customer INTEGER NOT NULL,"
            " sender TEXT NOT NULL,"
            " text TEXT NOT NULL)",
            "CREATE INDEX chat_log_by_time ON chat_log(at_ms)",
        },
    };
    return list;
}

constexpr int kAuditChainVersion = 3;

constexpr char kAuditColumns[] = "id, at_ms, event, account_id, session_id, source, detail, hash";

AuditEntry auditFrom(const QSqlQuery& q)
{
    return AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                      q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

// An audit row's link: SHA-256 over the previous row's hash and every field of this one,
// each field length-prefixed so no two rows serialise alike. Hex.
QString chainHash(const QString& previous, const AuditEntry& e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& field) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    };
    add(QStringLiteral("lifeline-audit-1"));
    add(previous);
    add(QString::number(e.atMs));
    add(e.event);
    add(QString::number(e.accountId));
    add(QString::number(e.sessionId));
    add(e.source);
    add(e.detail);
    return QString::fromLatin1(hash.result().toHex());
}

base::Error dbError(const QString& what, const QSqlError& error)
{
    return makeError(ErrorCode::kDatabaseError,
                     (what + ": " + error.text()).toStdString());
}

// Prepares and executes; on failure returns the error. A null QString binds as SQL NULL,
// which our NOT NULL text columns refuse, so text values are bound as empty strings.
base::Status run(QSqlQuery& query, const QString& sql, const QVariantList& values = {})
{
    if (!query.prepare(sql)) {
        return dbError("prepare " + sql, query.lastError());
    }
    for (const auto& value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(QString(""));
        } else {
            query.addBindValue(value);
        }
    }
    if (!query.exec()) {
        return dbError("exec " + sql, query.lastError());
    }
    return {};
}

Account accountFrom(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.email = q.value(1).toString();
    a.name = q.value(2).toString();
    a.nickname = q.value(3).toString();
    a.role = static_cast<v1::Role>(q.value(4).toInt());
    a.passwordHash = q.value(5).toString();
    a.enabled = q.value(6).toInt() != 0;
    a.failedSignIns = q.value(7).toInt();
    a.lockedUntilMs = q.value(8).toLongLong();
    a.createdAtMs = q.value(9).toLongLong();
    a.groupId = q.value(10).toLongLong();
    a.description = q.value(11).toString();
    a.passwordChangedAtMs = q.value(12).toLongLong();
    a.totpSecret = q.value(13).toString();
    a.totpConfirmed = q.value(14).toInt() != 0;
    a.totpLastStep = q.value(15).toLongLong();
    a.recoveryCodeHashes = q.value(16).toString().split(u',', Qt::SkipEmptyParts);
    return a;
}

constexpr char kAccountColumns[] =
    "id, email, name, nickname, role, password_hash, enabled, failed_sign_ins, "
    "locked_until_ms, created_at_ms, group_id, description, password_changed_at_ms, totp_secret, totp_confirmed, "
    "totp_last_step, recovery_codes";

constexpr char kGroupColumns[] =
    "id, parent_id, name, description, permissions, inherit_permissions, permissions_locked, created_at_ms, require_two_factor, "
    "ip_restrictions";

Group groupFrom(const QSqlQuery& q)
{
    Group g;
    g.id = q.value(0).toLongLong();
    g.parentId = q.value(1).toLongLong();
    g.name = q.value(2).toString();
    g.description = q.value(3).toString();
    g.permissions = Organisation::permissionsFromText(q.value(4).toString());
    g.inheritPermissions = q.value(5).toInt() != 0;
    g.permissionsLocked = q.value(6).toInt() != 0;
    g.createdAtMs = q.value(7).toLongLong();
    g.requireTwoFactor = q.value(8).toInt() != 0;
    g.ipRestrictions = q.value(9).toString();
    return g;
}

}  // namespace

Store::Store(QSqlDatabase database) : m_db(std::move(database)), m_connectionName(m_db.connectionName())
{
}

Store::~Store()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

base::Result<std::unique_ptr<Store>> Store::openSqlite(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::kIoError, "cannot create " + info.absolutePath().toStdString());
    }
    const QString name = "lifeline-store-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
    db.setDatabaseName(path);
    std::unique_ptr<Store> store(new Store(db));
    if (!store->m_db.open()) {
        return dbError("open " + path, store->m_db.lastError());
    }
    QSqlQuery pragma(store->m_db);
    // WAL: readers do not block the writer; foreign keys: SQLite leaves them off by default.
    if (auto s = run(pragma, "PRAGMA journal_mode=WAL"); !s) {
        return s.error();
    }
    if (auto s = run(pragma, "PRAGMA foreign_keys=ON"); !s) {
        return s.error();
    }
    if (auto s = run(pragma, "PRAGMA busy_timeout=5000"); !s) {
        return s.error();
    }
    if (auto s = store->migrate(); !s) {
        return s.error();
    }
    return store;
}

int Store::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

int Store::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!run(q, "SELECT MAX(version) FROM schema_migrations").ok() || !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

base::Status Store::migrate()
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "CREATE TABLE IF NOT EXISTS schema_migrations ("
                        " version INTEGER PRIMARY KEY, applied_at_ms BIGINT NOT NULL)");
        !s) {
        return s;
    }
    const QString idColumn = m_db.driverName() == "QPSQL" ? "BIGSERIAL PRIMARY KEY"
                                                           : "INTEGER PRIMARY KEY AUTOINCREMENT";
    const int current = schemaVersion();
    const auto& list = migrations();
    if (current > static_cast<int>(list.size())) {
        return makeError(ErrorCode::kDatabaseError,
                         "database schema " + std::to_string(current) +
                             " is newer than this relay (" + std::to_string(list.size()) + ")");
    }
    for (int version = current + 1; version <= static_cast<int>(list.size()); ++version) {
        if (!m_db.transaction()) {
            return dbError("begin migration", m_db.lastError());
        }
        for (const char* statement : list[static_cast<std::size_t>(version - 1)]) {
            QString sql = QString::fromUtf8(statement);
            sql.replace("%ID%", idColumn);
            if (auto s = run(q, sql); !s) {
                m_db.rollback();
                return s;
            }
        }
        if (version == kAuditChainVersion) {
            if (auto s = sealAuditLog(); !s) {
                m_db.rollback();
                return s;
            }
        }
        if (auto s = run(q, "INSERT INTO schema_migrations (version, applied_at_ms) VALUES (?, ?)",
                         {version, QDateTime::currentMSecsSinceEpoch()});
            !s) {
            m_db.rollback();
            return s;
        }
        if (!m_db.commit()) {
            return dbError("commit migration", m_db.lastError());
        }
    }
    return {};
}

base::Result<qint64> Store::addAccount(const Account& account)
{
    QSqlQuery q(m_db);
    auto s = run(q,
                 "INSERT INTO accounts (email, name, nickname, role, password_hash, enabled, "
                 "created_at_ms, group_id, description, password_changed_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {account.email.toLower(), account.name, account.nickname,
                  static_cast<int>(account.role), account.passwordHash, account.enabled ? 1 : 0,
                  account.createdAtMs, account.groupId, account.description,
                  account.passwordChangedAtMs != 0 ? account.passwordChangedAtMs : account.createdAtMs});
    if (!s) {
        if (q.lastError().nativeErrorCode() == "2067" ||  // SQLITE_CONSTRAINT_UNIQUE
            q.lastError().text().contains("UNIQUE", Qt::CaseInsensitive)) {
            return makeError(ErrorCode::kAlreadyExists,
                             "an account with e-mail " + account.email.toStdString() +
                                 " exists");
        }
        return s.error();
    }
    return q.lastInsertId().toLongLong();
}

base::Result<std::optional<Account>> Store::accountWhere(const char* column,
                                                        const QVariant& value) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString("SELECT %1 FROM accounts WHERE %2 = ?").arg(kAccountColumns, column),
                     {value});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Account>{};
    }
    return std::optional<Account>{accountFrom(q)};
}

base::Result<std::optional<Account>> Store::accountByEmail(const QString& email) const
{
    return accountWhere("email", email.trimmed().toLower());
}

base::Result<std::optional<Account>> Store::accountById(qint64 id) const
{
    return accountWhere("id", id);
}

base::Result<std::vector<Account>> Store::accounts() const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString("SELECT %1 FROM accounts ORDER BY id").arg(kAccountColumns)); !s) {
        return s.error();
    }
    std::vector<Account> list;
    while (q.next()) {
        list.push_back(accountFrom(q));
    }
    return list;
}

base::Status Store::setAccountEnabled(qint64 id, bool enabled)
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "UPDATE accounts SET enabled = ? WHERE id = ?", {enabled ? 1 : 0, id});
        !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::kNotFound, "no account " + std::to_string(id));
    }
    return {};
}

base::Status Store::setSignInFailures(qint64 id, int failedSignIns, qint64 lockedUntilMs)
{
    QSqlQuery q(m_db);
    return run(q, "UPDATE accounts SET failed_sign_ins = ?, locked_until_ms = ? WHERE id = ?",
               {failedSignIns, lockedUntilMs, id});
}

base::Result<qint64> Store::createSession(const SessionRecord& r)
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "INSERT INTO sessions (technician_id, customer_name, reference, status, "
                     "created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?)",
                     {r.technicianId, r.customerName, r.reference, static_cast<int>(r.status),
                      r.createdAtMs, r.expiresAtMs});
        !s) {
        return s.error();
    }
    return q.lastInsertId().toLongLong();
}

base::Status Store::markSessionJoined(qint64 id, const QString& customerName,
                                      const QString& customerAddress, qint64 atMs)
{
    QSqlQuery q(m_db);
    return run(q,
               "UPDATE sessions SET status = ?, joined_at_ms = ?, customer_address = ?,"
               " customer_name = CASE WHEN customer_name = '' THEN ? ELSE customer_name END"
               " WHERE id = ?",
               {static_cast<int>(v1::SESSION_STATUS_CONNECTING), atMs, customerAddress,
                customerName, id});
}

base::Status Store::markSessionActive(qint64 id, qint64 atMs)
{
    QSqlQuery q(m_db);
    return run(q, "UPDATE sessions SET status = ?, active_at_ms = ? WHERE id = ?",
               {static_cast<int>(v1::SESSION_STATUS_ACTIVE), atMs, id});
}

base::Status Store::markSessionEnded(qint64 id, v1::SessionStatus status, v1::EndReason reason,
                                     qint64 atMs)
{
    QSqlQuery q(m_db);
    return run(q, "UPDATE sessions SET status = ?, end_reason = ?, ended_at_ms = ? WHERE id = ?",
               {static_cast<int>(status), static_cast<int>(reason), atMs, id});
}

namespace {

constexpr char kSessionColumns[] =
    "SELECT id, technician_id, customer_name, reference, customer_address, status, end_reason, "
    "created_at_ms, expires_at_ms, joined_at_ms, active_at_ms, ended_at_ms, notes FROM sessions ";

SessionRecord sessionFromRow(const QSqlQuery& q)
{
    SessionRecord r;
    r.id = q.value(0).toLongLong();
    r.technicianId = q.value(1).toLongLong();
    r.customerName = q.value(2).toString();
    r.reference = q.value(3).toString();
    r.customerAddress = q.value(4).toString();
    r.status = static_cast<v1::SessionStatus>(q.value(5).toInt());
    r.endReason = static_cast<v1::EndReason>(q.value(6).toInt());
    r.createdAtMs = q.value(7).toLongLong();
    r.expiresAtMs = q.value(8).toLongLong();
    r.joinedAtMs = q.value(9).toLongLong();
    r.activeAtMs = q.value(10).toLongLong();
    r.endedAtMs = q.value(11).toLongLong();
    r.notes = q.value(12).toString();
    return r;
}

}  // namespace

base::Result<SessionRecord> Store::session(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString(kSessionColumns) + "WHERE id = ?", {id}); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::kSessionNotFound, "no session " + std::to_string(id));
    }
    return sessionFromRow(q);
}

base::Result<std::vector<SessionRecord>> Store::sessionsCreatedBetween(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString(kSessionColumns) + "WHERE created_at_ms >= ? AND created_at_ms < ? ORDER BY created_at_ms, id",
                     {fromMs, toMs});
        !s) {
        return s.error();
    }
    std::vector<SessionRecord> records;
    while (q.next()) records.push_back(sessionFromRow(q));
    return records;
}

base::Result<std::vector<SessionRecord>> Store::sessionsOfTechnician(qint64 technicianId, qint64 endedSinceMs,
                                                                     int limit) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     QString(kSessionColumns) +
                         "WHERE technician_id = ? AND (ended_at_ms = 0 OR ended_at_ms >= ?) "
                         "ORDER BY created_at_ms DESC, id DESC LIMIT ?",
                     {technicianId, endedSinceMs, limit});
        !s) {
        return s.error();
    }
    std::vector<SessionRecord> records;
    while (q.next()) {
        records.push_back(sessionFromRow(q));
    }
    return records;
}

base::Status Store::setSessionNotes(qint64 id, const QString& notes)
{
    QSqlQuery q(m_db);
    return run(q, "UPDATE sessions SET notes = ? WHERE id = ?", {notes.isNull() ? QString("") : notes, id});
}

base::Result<int> Store::abortOpenSessions(qint64 atMs)
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "UPDATE sessions SET status = ?, end_reason = ?, ended_at_ms = ? "
                     "WHERE status IN (?, ?, ?)",
                     {static_cast<int>(v1::SESSION_STATUS_ABORTED),
                      static_cast<int>(v1::END_REASON_RELAY_SHUTDOWN), atMs,
                      static_cast<int>(v1::SESSION_STATUS_WAITING),
                      static_cast<int>(v1::SESSION_STATUS_CONNECTING),
                      static_cast<int>(v1::SESSION_STATUS_ACTIVE)});
        !s) {
        return s.error();
    }
    return q.numRowsAffected();
}

base::Status Store::appendAudit(const AuditEntry& e)
{
    // The last hash and the new row in one write transaction: another writer (the relay and
    // `lifeline-relay user add` share the file) waits instead of forking the chain.
    QSqlQuery q(m_db);
    const bool sqlite = m_db.driverName() == "QSQLITE";
    if (auto s = sqlite ? run(q, "BEGIN IMMEDIATE") : (m_db.transaction() ? base::Status{} : dbError("begin", m_db.lastError())); !s) {
        return s;
    }
    auto rollback = [&](base::Status status) {
        QSqlQuery undo(m_db);
        if (sqlite) {
            (void)run(undo, "ROLLBACK");
        } else {
            m_db.rollback();
        }
        return status;
    };
    if (!sqlite) {
        if (auto s = run(q, "LOCK TABLE audit_log IN EXCLUSIVE MODE"); !s) return rollback(s);
    }
    if (auto s = run(q, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"); !s) return rollback(s);
    const QString previous = q.next() ? q.value(0).toString() : QString();
    if (auto s = run(q,
                     "INSERT INTO audit_log (at_ms, event, account_id, session_id, source, detail, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     {e.atMs, e.event, e.accountId, e.sessionId, e.source, e.detail, chainHash(previous, e)});
        !s) {
        return rollback(s);
    }
    if (sqlite) return run(q, "COMMIT");
    return m_db.commit() ? base::Status{} : dbError("commit", m_db.lastError());
}

base::Result<std::vector<AuditEntry>> Store::auditLog() const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString("SELECT %1 FROM audit_log ORDER BY id").arg(kAuditColumns)); !s) return s.error();
    std::vector<AuditEntry> list;
    while (q.next()) list.push_back(auditFrom(q));
    return list;
}

base::Result<std::vector<AuditEntry>> Store::auditBetween(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString("SELECT %1 FROM audit_log WHERE at_ms >= ? AND at_ms < ? ORDER BY id").arg(kAuditColumns),
                     {fromMs, toMs});
        !s) {
        return s.error();
    }
    std::vector<AuditEntry> list;
    while (q.next()) list.push_back(auditFrom(q));
    return list;
}

base::Status Store::appendChatLine(const ChatLogLine& line)
{
    QSqlQuery q(m_db);
    return run(q, "INSERT INTO chat_log (session_id, at_ms, from_customer, sender, text) VALUES (?, ?, ?, ?, ?)",
               {line.sessionId, line.atMs, line.fromCustomer ? 1 : 0, line.sender, line.text});
}

base::Result<std::vector<ChatLogLine>> Store::chatLinesBetween(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "SELECT c.id, c.session_id, c.at_ms, c.from_customer, c.sender, c.text, s.technician_id FROM chat_log c "
                     "JOIN sessions s ON s.id = c.session_id WHERE c.at_ms >= ? AND c.at_ms < ? ORDER BY c.id",
                     {fromMs, toMs});
        !s) {
        return s.error();
    }
    std::vector<ChatLogLine> lines;
    while (q.next()) {
        lines.push_back(ChatLogLine{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt() != 0,
                                    q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    }
    return lines;
}

base::Result<qint64> Store::chatLineCount(qint64 sessionId) const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "SELECT COUNT(*) FROM chat_log WHERE session_id = ?", {sessionId}); !s) return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

base::Result<AuditCheck> Store::verifyAuditLog() const
{
    auto log = auditLog();
    if (!log) return log.error();
    AuditCheck check;
    QString previous;
    for (const AuditEntry& entry : *log) {
        if (chainHash(previous, entry) != entry.hash) {
            check.firstBrokenId = entry.id;
            return check;
        }
        previous = entry.hash;
        ++check.entries;
    }
    check.headHash = previous;
    return check;
}

base::Status Store::sealAuditLog()
{
    QSqlQuery q(m_db);
    auto rows = auditLog();
    if (!rows) return rows.error();
    QString previous;
    for (const AuditEntry& row : *rows) {
        previous = chainHash(previous, row);
        if (auto s = run(q, "UPDATE audit_log SET hash = ? WHERE id = ?", {previous, row.id}); !s) return s;
    }
    return {};
}

QString Store::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    if (!run(q, "SELECT value FROM settings WHERE key = ?", {key}).ok() || !q.next()) {
        return fallback;
    }
    return q.value(0).toString();
}

base::Status Store::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "UPDATE settings SET value = ? WHERE key = ?", {value, key}); !s) {
        return s;
    }
    if (q.numRowsAffected() == 1) {
        return {};
    }
    return run(q, "INSERT INTO settings (key, value) VALUES (?, ?)", {key, value});
}

PasswordPolicy Store::passwordPolicy() const
{
    PasswordPolicy policy;
    auto number = [this](const char* key, int fallback) {
        bool ok = false;
        const int value = setting(QString::fromLatin1(key), {}).toInt(&ok);
        return ok ? value : fallback;
    };
    policy.minLength = number("password_min_length", policy.minLength);
    policy.minClasses = number("password_min_classes", policy.minClasses);
    policy.maxAgeDays = number("password_max_age_days", policy.maxAgeDays);
    policy.warnDays = number("password_warn_days", policy.warnDays);
    // A stored policy that does not validate (edited by hand) falls back to the defaults
    // for what is out of range; the floor of 8 characters always holds.
    if (!policy.validate().ok()) {
        const PasswordPolicy defaults;
        policy.minLength = std::clamp(policy.minLength, PasswordPolicy::kFloorLength, PasswordPolicy::kMaxLength);
        policy.minClasses = std::clamp(policy.minClasses, 1, 4);
        if (!policy.validate().ok()) {
            policy.maxAgeDays = defaults.maxAgeDays;
            policy.warnDays = defaults.warnDays;
        }
    }
    return policy;
}

base::Status Store::setPasswordPolicy(const PasswordPolicy& policy)
{
    if (auto valid = policy.validate(); !valid) return valid;
    for (const auto& [key, value] : {std::pair{"password_min_length", policy.minLength},
                                     std::pair{"password_min_classes", policy.minClasses},
                                     std::pair{"password_max_age_days", policy.maxAgeDays},
                                     std::pair{"password_warn_days", policy.warnDays}}) {
        if (auto s = setSetting(QString::fromLatin1(key), QString::number(value)); !s) return s;
    }
    return {};
}

// ---- the organisation -----------------------------------------------------------------

base::Status Store::updateAccount(const Account& a)
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "UPDATE accounts SET name = ?, nickname = ?, description = ?, role = ?, enabled = ?, group_id = ? "
                     "WHERE id = ?",
                     {a.name, a.nickname, a.description, static_cast<int>(a.role), a.enabled ? 1 : 0, a.groupId, a.id});
        !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no account " + std::to_string(a.id));
    return {};
}

base::Status Store::setPasswordHash(qint64 id, const QString& hash, qint64 atMs)
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "UPDATE accounts SET password_hash = ?, password_changed_at_ms = ? WHERE id = ?", {hash, atMs, id}); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no account " + std::to_string(id));
    return {};
}

base::Status Store::setTwoFactor(qint64 id, const QString& secret, bool confirmed, qint64 lastStep,
                                 const QStringList& recoveryCodeHashes)
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "UPDATE accounts SET totp_secret = ?, totp_confirmed = ?, totp_last_step = ?, recovery_codes = ? WHERE id = ?",
                     {secret, confirmed && !secret.isEmpty() ? 1 : 0, lastStep, recoveryCodeHashes.join(u','), id});
        !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no account " + std::to_string(id));
    return {};
}

base::Status Store::deleteAccount(qint64 id)
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "SELECT COUNT(*) FROM sessions WHERE technician_id = ?", {id}); !s) return s;
    if (q.next() && q.value(0).toLongLong() > 0) {
        return makeError(ErrorCode::kAlreadyExists, "this account has session records; disable it instead");
    }
    if (auto s = run(q, "DELETE FROM managed_groups WHERE account_id = ?", {id}); !s) return s;
    if (auto s = run(q, "DELETE FROM accounts WHERE id = ?", {id}); !s) return s;
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no account " + std::to_string(id));
    return {};
}

base::Result<qint64> Store::addGroup(const Group& group)
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "INSERT INTO technician_groups (parent_id, name, description, permissions, inherit_permissions, "
                     "permissions_locked, created_at_ms, require_two_factor, ip_restrictions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     {group.parentId, group.name, group.description, Organisation::permissionsToText(group.permissions),
                      group.inheritPermissions ? 1 : 0, group.permissionsLocked ? 1 : 0, group.createdAtMs,
                      group.requireTwoFactor ? 1 : 0, group.ipRestrictions});
        !s) {
        return s.error();
    }
    return q.lastInsertId().toLongLong();
}

base::Status Store::updateGroup(const Group& group)
{
    QSqlQuery q(m_db);
    if (auto s = run(q,
                     "UPDATE technician_groups SET parent_id = ?, name = ?, description = ?, permissions = ?, "
                     "inherit_permissions = ?, permissions_locked = ?, require_two_factor = ?, ip_restrictions = ? WHERE id = ?",
                     {group.parentId, group.name, group.description, Organisation::permissionsToText(group.permissions),
                      group.inheritPermissions ? 1 : 0, group.permissionsLocked ? 1 : 0, group.requireTwoFactor ? 1 : 0,
                      group.ipRestrictions, group.id});
        !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no group " + std::to_string(group.id));
    return {};
}

base::Status Store::deleteGroup(qint64 id)
{
    QSqlQuery q(m_db);
    // Only an empty group goes: people and subgroups are moved or removed first, on purpose.
    for (const char* sql : {"SELECT COUNT(*) FROM technician_groups WHERE parent_id = ?", "SELECT COUNT(*) FROM accounts WHERE group_id = ?"}) {
        if (auto s = run(q, sql, {id}); !s) return s;
        if (q.next() && q.value(0).toLongLong() > 0) {
            return makeError(ErrorCode::kAlreadyExists, "the group still has subgroups or people in it");
        }
    }
    if (auto s = run(q, "DELETE FROM technician_groups WHERE id = ?", {id}); !s) return s;
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no group " + std::to_string(id));
    return {};
}

base::Result<std::vector<Group>> Store::groups() const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, QString("SELECT %1 FROM technician_groups ORDER BY id").arg(kGroupColumns)); !s) return s.error();
    std::vector<Group> list;
    while (q.next()) list.push_back(groupFrom(q));
    return list;
}

base::Status Store::setAccountGroup(qint64 accountId, qint64 groupId)
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "UPDATE accounts SET group_id = ? WHERE id = ?", {groupId, accountId}); !s) return s;
    if (q.numRowsAffected() != 1) return makeError(ErrorCode::kNotFound, "no account " + std::to_string(accountId));
    return {};
}

base::Status Store::setManagedGroups(qint64 adminId, const std::vector<qint64>& groupIds)
{
    QSqlQuery q(m_db);
    if (!m_db.transaction()) return dbError("begin", m_db.lastError());
    if (auto s = run(q, "DELETE FROM managed_groups WHERE account_id = ?", {adminId}); !s) {
        m_db.rollback();
        return s;
    }
    for (qint64 groupId : groupIds) {
        if (auto s = run(q, "INSERT INTO managed_groups (account_id, group_id) VALUES (?, ?)", {adminId, groupId}); !s) {
            m_db.rollback();
            return s;
        }
    }
    return m_db.commit() ? base::Status{} : dbError("commit", m_db.lastError());
}

base::Result<std::multimap<qint64, qint64>> Store::managedGroups() const
{
    QSqlQuery q(m_db);
    if (auto s = run(q, "SELECT account_id, group_id FROM managed_groups ORDER BY account_id, group_id"); !s) return s.error();
    std::multimap<qint64, qint64> managed;
    while (q.next()) managed.emplace(q.value(0).toLongLong(), q.value(1).toLongLong());
    return managed;
}

base::Result<Organisation> Store::organisation() const
{
    auto groupList = groups();
    if (!groupList) return groupList.error();
    auto accountList = accounts();
    if (!accountList) return accountList.error();
    auto managed = managedGroups();
    if (!managed) return managed.error();
    return Organisation(std::move(*groupList), std::move(*accountList), std::move(*managed));
}

}  // namespace lifeline::server
