#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/base/result.h"
#include "core/protocol/envelope.h"
#include "server/password_policy.h"

namespace lifeline::server {

namespace v1 = ::lifeline::v1;

struct Account
{
    qint64 id = 0;
    QString email;  // stored lower-case; unique
    QString name;
    QString nickname;  // what customers see
    v1::Role role = v1::ROLE_TECHNICIAN;
    QString passwordHash;
    bool enabled = true;
    int failedSignIns = 0;      // consecutive failures since the last success or lock
    qint64 lockedUntilMs = 0;   // unix ms; 0 = not locked
    qint64 createdAtMs = 0;
    qint64 groupId = 0;         // technicians: their technician group; 0 = none yet
    QString description;        // the administrators' own reference
    qint64 passwordChangedAtMs = 0;
    // Two-step sign-in: the TOTP secret (base32; empty: none), whether the user confirmed
    // it with a code (only then is it asked at sign-in), the last step used (no replay),
    // and the SHA-256 of each unused recovery code.
    QString totpSecret;
    bool totpConfirmed = false;
    qint64 totpLastStep = 0;
    QStringList recoveryCodeHashes;
};

struct Group;
class Organisation;

struct SessionRecord
{
    qint64 id = 0;
    qint64 technicianId = 0;
    QString customerName;
    QString reference;
    QString customerAddress;
    v1::SessionStatus status = v1::SESSION_STATUS_WAITING;
    v1::EndReason endReason = v1::END_REASON_UNSPECIFIED;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 joinedAtMs = 0;
    qint64 activeAtMs = 0;
    qint64 endedAtMs = 0;
    QString notes;  // the technician's, kept with the record
};

// One chat line of a session as its sender's end reported it.
struct ChatLogLine
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 atMs = 0;         // when the relay got it
    bool fromCustomer = false;
    QString sender;          // the name the relay vouched for (technician's nickname, customer's name)
    QString text;
    qint64 technicianId = 0;  // the session's (read only: from the session record)
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString event;  // "sign_in.ok", "sign_in.failed", "pin.issued", ...
    qint64 accountId = 0;
    qint64 sessionId = 0;
    QString source;  // peer address, or "cli"
    QString detail;
    // SHA-256 (hex) over the previous entry's hash and this entry's fields: the log is a
    // hash chain, so a changed, inserted, removed or reordered entry breaks it there.
    // Set by appendAudit.
    QString hash;
};

// What verifyAuditLog found.
struct AuditCheck
{
    qint64 entries = 0;        // entries whose link holds, from the first on
    qint64 firstBrokenId = 0;  // the first entry whose hash does not follow; 0: none
    QString headHash;          // the last entry's hash when the whole chain holds
};

// The relay's persistent state on Qt SQL: accounts, session records, audit log, settings.
// SQLite by default (one file, created on first open); the SQL is kept to what PostgreSQL
// also accepts, except the identity column, which each migration spells per driver.
// Schema changes are numbered migrations applied in order at open, each in a transaction.
//
// Lives on the thread that opened it (Qt SQL connections are per thread).
class Store
{
public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens (creating if needed) an SQLite file and applies pending migrations.
    static base::Result<std::unique_ptr<Store>> openSqlite(const QString& path);

    int schemaVersion() const;
    static int latestSchemaVersion();

    base::Result<qint64> addAccount(const Account& account);
    base::Result<std::optional<Account>> accountByEmail(const QString& email) const;
    base::Result<std::optional<Account>> accountById(qint64 id) const;
    base::Result<std::vector<Account>> accounts() const;
    base::Status setAccountEnabled(qint64 id, bool enabled);
    // Name, nickname, description, role, enabled, group (not e-mail, not password).
    base::Status updateAccount(const Account& account);
    base::Status setPasswordHash(qint64 id, const QString& hash, qint64 atMs);
    // Two-step sign-in state, all at once (an empty secret removes it).
    base::Status setTwoFactor(qint64 id, const QString& secret, bool confirmed, qint64 lastStep,
                              const QStringList& recoveryCodeHashes);
    // Only an account without session records (kAlreadyExists otherwise: disable it).
    base::Status deleteAccount(qint64 id);
    base::Status setSignInFailures(qint64 id, int failedSignIns, qint64 lockedUntilMs);

    base::Result<qint64> createSession(const SessionRecord& record);
    base::Status markSessionJoined(qint64 id, const QString& customerName,
                                   const QString& customerAddress, qint64 atMs);
    base::Status markSessionActive(qint64 id, qint64 atMs);
    base::Status markSessionEnded(qint64 id, v1::SessionStatus status, v1::EndReason reason,
                                  qint64 atMs);
    base::Result<SessionRecord> session(qint64 id) const;
    // The technician's sessions still open or ended at or after `endedSinceMs`, newest first.
    base::Result<std::vector<SessionRecord>> sessionsOfTechnician(qint64 technicianId, qint64 endedSinceMs,
                                                                  int limit) const;
    base::Status setSessionNotes(qint64 id, const QString& notes);
    // Sessions made in [fromMs, toMs), oldest first (reports).
    base::Result<std::vector<SessionRecord>> sessionsCreatedBetween(qint64 fromMs, qint64 toMs) const;
    // At start: sessions a previous run left open can never resume; mark them aborted.
    base::Result<int> abortOpenSessions(qint64 atMs);

    base::Status appendAudit(const AuditEntry& entry);
    base::Result<std::vector<AuditEntry>> auditLog() const;
    // Walks the chain from the first entry. Removing entries from the end cannot be seen
    // from inside the database: compare the head hash with one noted elsewhere for that.
    base::Result<AuditCheck> verifyAuditLog() const;
    // Entries in [fromMs, toMs), oldest first (reports).
    base::Result<std::vector<AuditEntry>> auditBetween(qint64 fromMs, qint64 toMs) const;
    base::Status appendChatLine(const ChatLogLine& line);
    // Lines with at_ms in [fromMs, toMs), oldest first, with their session's technician.
    base::Result<std::vector<ChatLogLine>> chatLinesBetween(qint64 fromMs, qint64 toMs) const;
    // How many lines a session has (the relay's limit per session).
    base::Result<qint64> chatLineCount(qint64 sessionId) const;

    QString setting(const QString& key, const QString& fallback) const;
    base::Status setSetting(const QString& key, const QString& value);
    // The organisation's password policy (settings password_min_length, _min_classes,
    // _max_age_days, _warn_days); the defaults until an administrator sets one. Setting
    // one that does not validate changes nothing.
    PasswordPolicy passwordPolicy() const;
    base::Status setPasswordPolicy(const PasswordPolicy& policy);

    // The organisation (authorisation is the caller's: see Organisation).
    base::Result<qint64> addGroup(const Group& group);
    base::Status updateGroup(const Group& group);
    // Only an empty group (no subgroups, nobody in it); kAlreadyExists otherwise.
    base::Status deleteGroup(qint64 id);
    base::Result<std::vector<Group>> groups() const;
    base::Status setAccountGroup(qint64 accountId, qint64 groupId);
    // The technician groups administrator `adminId` manages (replacing what was there).
    base::Status setManagedGroups(qint64 adminId, const std::vector<qint64>& groupIds);
    base::Result<std::multimap<qint64, qint64>> managedGroups() const;
    // Everything at once, to ask who may do what.
    base::Result<Organisation> organisation() const;

private:
    explicit Store(QSqlDatabase database);
    base::Status migrate();
    // Chains the entries a database from before the chain holds (once, in migration 3).
    base::Status sealAuditLog();
    // One account by a column of ours (never user input: it is spliced into the SQL).
    base::Result<std::optional<Account>> accountWhere(const char* column,
                                                     const QVariant& value) const;

    QSqlDatabase m_db;
    QString m_connectionName;
};

}  // namespace lifeline::server
