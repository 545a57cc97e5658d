#pragma once

#include <QString>

#include <functional>
#include <optional>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "lifeline/v1/admin.pb.h"
#include "server/store.h"

namespace lifeline::server {

// The Admin Center's calls (AdminRequest on route 0), answered from the store: every call
// is authorised against the caller's place in the organisation (Organisation) before
// anything is read or written, and every change goes to the audit log with who, what and
// from where. The relay hands it the signed-in account; tests call it directly.
//
// Lives on the relay's thread (the store's).
class AdminApi
{
public:
    static constexpr int kMaxReportRows = 100'000;
    static constexpr qint64 kMaxReportRangeMs = 366LL * 24 * 60 * 60 * 1000;

    // `audit(event, accountId, source, detail)` records a change.
    using Audit = std::function<void(const QString& event, qint64 accountId, const QString& source, const QString& detail)>;

    // `issuer`: what authenticator apps show above the code (the organisation's name).
    AdminApi(Store& store, const base::Clock& clock, Audit audit, std::function<QString()> issuer = {});

    // What the relay's configuration says where no setting was made (shown as the value).
    void setDefaultPinMinutes(int minutes) { m_defaultPinMinutes = minutes; }
    void setDefaultTerms(const QString& terms) { m_defaultTerms = terms; }

    // The slow password work of a call (scrypt, ~0.1 s each), done beforehand off the relay's
    // thread: the new password's hash, and whether the current password (own change) matched.
    // What is missing is done in handle().
    struct Prepared
    {
        std::optional<base::Result<std::string>> newPasswordHash;
        std::optional<bool> currentPasswordMatches;
    };
    // What a call needs prepared (nothing for most calls); `actorHash`: the caller's stored hash.
    static bool needsPreparing(const v1::AdminRequest& request);
    static Prepared prepare(const v1::AdminRequest& request, qint64 actorId, const std::string& actorHash);

    // `actorId`: the signed-in account (0: nobody — kNotSignedIn); `source`: where the call
    // comes from (audit, and IP restrictions that would lock the caller out are refused).
    base::Result<v1::AdminResponse> handle(qint64 actorId, const QString& source, const v1::AdminRequest& request,
                                           const Prepared& prepared = {});

private:
    base::Result<v1::AdminResponse> getOrganisation(const Account& actor, const Organisation& org);
    base::Result<v1::AdminResponse> createGroup(const Account& actor, const Organisation& org, const v1::Group& wire);
    base::Result<v1::AdminResponse> updateGroup(const Account& actor, const Organisation& org, const v1::Group& wire);
    base::Result<v1::AdminResponse> deleteGroup(const Account& actor, const Organisation& org, qint64 id);
    base::Result<v1::AdminResponse> createMember(const Account& actor, const Organisation& org, const v1::CreateMember& call);
    base::Result<v1::AdminResponse> updateMember(const Account& actor, const Organisation& org, const v1::Member& wire);
    base::Result<v1::AdminResponse> deleteMember(const Account& actor, const Organisation& org, qint64 id);
    base::Result<v1::AdminResponse> setPassword(const Account& actor, const Organisation& org, const v1::SetPassword& call);
    base::Result<v1::AdminResponse> getGlobalSettings(const Account& actor, const Organisation& org);
    base::Result<v1::AdminResponse> setGlobalSettings(const Account& actor, const Organisation& org, const v1::GlobalSettings& wire,
                                                      const QString& source);
    base::Result<v1::AdminResponse> getReport(const Account& actor, const Organisation& org, const v1::GetReport& call);
    base::Result<v1::AdminResponse> beginTwoFactor(const Account& actor);
    base::Result<v1::AdminResponse> confirmTwoFactor(const Account& actor, const std::string& code);
    base::Result<v1::AdminResponse> resetTwoFactor(const Account& actor, const Organisation& org, qint64 id);
    void audit(const QString& event, qint64 accountId, const QString& detail);

    Store& m_store;
    const base::Clock& m_clock;
    Audit m_audit;
    std::function<QString()> m_issuer;
    int m_defaultPinMinutes = 20;
    QString m_defaultTerms;
    QString m_source;  // of the call being handled, for the audit log
    const Prepared* m_prepared = nullptr;  // of the call being handled
};

}  // namespace lifeline::server
