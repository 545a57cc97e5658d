#include "server/admin_api.h"

#include <QDateTime>
#include <QHostAddress>

#include <algorithm>
#include <map>

#include "server/ip_restrictions.h"
#include "server/organisation.h"
#include "server/organisation_settings.h"
#include "server/password_hasher.h"
#include "server/totp.h"

namespace lifeline::server {

namespace {

using base::ErrorCode;
using base::makeError;

constexpr int kMaxName = 200;
constexpr int kMaxDescription = 2000;

base::Error denied()
{
    return makeError(ErrorCode::kPermissionDenied, "you may not do this in this part of the organisation");
}

// What a caller who may not act on something is told: that it does not exist only when it
// does not and they could see everything (a master administrator); otherwise just no, so
// administrators learn nothing about other parts of the tree.
base::Error missingOrDenied(bool missing, const Organisation& org, const Account& actor, const char* what)
{
    return missing && org.canEditGlobalSettings(actor) ? makeError(ErrorCode::kNotFound, what) : denied();
}

v1::Group groupToWire(const Group& g)
{
    v1::Group wire;
    wire.set_id(g.id);
    wire.set_parent_id(g.parentId);
    wire.set_name(g.name.toStdString());
    wire.set_description(g.description.toStdString());
    for (v1::GroupPermission p : g.permissions) wire.add_permissions(p);
    wire.set_inherit_permissions(g.inheritPermissions);
    wire.set_permissions_locked(g.permissionsLocked);
    wire.set_require_two_factor(g.requireTwoFactor);
    wire.set_ip_restrictions(g.ipRestrictions.toStdString());
    return wire;
}

Group groupFromWire(const v1::Group& wire)
{
    Group g;
    g.id = wire.id();
    g.parentId = wire.parent_id();
    g.name = QString::fromStdString(wire.name()).trimmed();
    g.description = QString::fromStdString(wire.description()).trimmed();
    for (int p : wire.permissions()) {
        if (p != 0 && v1::GroupPermission_IsValid(p)) g.permissions.insert(v1::GroupPermission(p));
    }
    g.inheritPermissions = wire.inherit_permissions();
    g.permissionsLocked = wire.permissions_locked();
    g.requireTwoFactor = wire.require_two_factor();
    g.ipRestrictions = QString::fromStdString(wire.ip_restrictions()).trimmed();
    return g;
}

v1::Member memberToWire(const Account& a, const std::vector<qint64>& managed)
{
    v1::Member wire;
    wire.set_id(a.id);
    wire.set_email(a.email.toStdString());
    wire.set_name(a.name.toStdString());
    wire.set_nickname(a.nickname.toStdString());
    wire.set_description(a.description.toStdString());
    wire.set_role(a.role);
    wire.set_enabled(a.enabled);
    wire.set_group_id(a.groupId);
    for (qint64 id : managed) wire.add_managed_group_ids(id);
    wire.set_two_factor_enrolled(a.totpConfirmed);
    return wire;
}

base::Status checkName(const QString& name, const char* what)
{
    if (name.isEmpty()) return makeError(ErrorCode::kInvalidArgument, std::string(what) + " is empty");
    if (name.size() > kMaxName) return makeError(ErrorCode::kInvalidArgument, std::string(what) + " is longer than 200 characters");
    return {};
}

bool validRole(v1::Role role)
{
    return role == v1::ROLE_TECHNICIAN || role == v1::ROLE_ADMIN || role == v1::ROLE_MASTER_ADMIN;
}

QString roleText(v1::Role role)
{
    return role == v1::ROLE_MASTER_ADMIN ? QStringLiteral("master administrator")
         : role == v1::ROLE_ADMIN       ? QStringLiteral("administrator")
                                        : QStringLiteral("technician");
}

v1::AdminResponse done()
{
    v1::AdminResponse response;
    response.set_done(true);
    return response;
}

}  // namespace

AdminApi::AdminApi(Store& store, const base::Clock& clock, Audit audit, std::function<QString()> issuer)
    : m_store(store)
    , m_clock(clock)
    , m_audit(std::move(audit))
    , m_issuer(std::move(issuer))
{
}

void AdminApi::audit(const QString& event, qint64 accountId, const QString& detail)
{
    if (m_audit) m_audit(event, accountId, m_source, detail);
}

bool AdminApi::needsPreparing(const v1::AdminRequest& request)
{
    return request.call_case() == v1::AdminRequest::kCreateMember || request.call_case() == v1::AdminRequest::kSetPassword;
}

AdminApi::Prepared AdminApi::prepare(const v1::AdminRequest& request, qint64 actorId, const std::string& actorHash)
{
    Prepared prepared;
    if (request.call_case() == v1::AdminRequest::kCreateMember) {
        prepared.newPasswordHash = hashPassword(request.create_member().password());
    } else if (request.call_case() == v1::AdminRequest::kSetPassword) {
        prepared.newPasswordHash = hashPassword(request.set_password().password());
        if (request.set_password().member_id() == actorId) {
            prepared.currentPasswordMatches = verifyPassword(request.set_password().current_password(), actorHash);
        }
    }
    return prepared;
}

base::Result<v1::AdminResponse> AdminApi::handle(qint64 actorId, const QString& source, const v1::AdminRequest& request,
                                                 const Prepared& prepared)
{
    m_prepared = &prepared;
    struct Forget  // the prepared values belong to this call only
    {
        const Prepared*& prepared;
        ~Forget() { prepared = nullptr; }
    } forget{m_prepared};
    if (actorId == 0) return makeError(ErrorCode::kNotSignedIn, "sign in first");
    auto org = m_store.organisation();
    if (!org) return org.error();
    const Account* actor = org->account(actorId);
    if (actor == nullptr || !actor->enabled) return makeError(ErrorCode::kAccountDisabled, "account is disabled");
    m_source = source;
    // Technicians may only set their own password and two-step sign-in; everything else is
    // for administrators.
    const bool ownAccount = (request.call_case() == v1::AdminRequest::kSetPassword && request.set_password().member_id() == actorId) ||
                            request.call_case() == v1::AdminRequest::kBeginTwoFactor ||
                            request.call_case() == v1::AdminRequest::kConfirmTwoFactor;
    if (actor->role == v1::ROLE_TECHNICIAN && !ownAccount) {
        return makeError(ErrorCode::kPermissionDenied, "only administrators use the Admin Center");
    }
    switch (request.call_case()) {
    case v1::AdminRequest::kGetOrganisation: return getOrganisation(*actor, *org);
    case v1::AdminRequest::kCreateGroup: return createGroup(*actor, *org, request.create_group());
    case v1::AdminRequest::kUpdateGroup: return updateGroup(*actor, *org, request.update_group());
    case v1::AdminRequest::kDeleteGroup: return deleteGroup(*actor, *org, request.delete_group());
    case v1::AdminRequest::kCreateMember: return createMember(*actor, *org, request.create_member());
    case v1::AdminRequest::kUpdateMember: return updateMember(*actor, *org, request.update_member());
    case v1::AdminRequest::kDeleteMember: return deleteMember(*actor, *org, request.delete_member());
    case v1::AdminRequest::kSetPassword: return setPassword(*actor, *org, request.set_password());
    case v1::AdminRequest::kGetGlobalSettings: return getGlobalSettings(*actor, *org);
    case v1::AdminRequest::kSetGlobalSettings: return setGlobalSettings(*actor, *org, request.set_global_settings(), source);
    case v1::AdminRequest::kGetReport: return getReport(*actor, *org, request.get_report());
    case v1::AdminRequest::kBeginTwoFactor: return beginTwoFactor(*actor);
    case v1::AdminRequest::kConfirmTwoFactor: return confirmTwoFactor(*actor, request.confirm_two_factor());
    case v1::AdminRequest::kResetTwoFactor: return resetTwoFactor(*actor, *org, request.reset_two_factor());
    default: return makeError(ErrorCode::kInvalidArgument, "unknown admin call");
    }
}

base::Result<v1::AdminResponse> AdminApi::getOrganisation(const Account& actor, const Organisation& org)
{
    v1::AdminResponse response;
    v1::OrganisationView* view = response.mutable_organisation();
    for (const auto& [id, group] : org.groups()) {
        if (org.canManageGroup(actor, id)) *view->add_groups() = groupToWire(group);
    }
    auto accounts = m_store.accounts();
    if (!accounts) return accounts.error();
    for (const Account& a : *accounts) {
        if (a.id == actor.id || org.canManageAccount(actor, a)) *view->add_members() = memberToWire(a, org.managedBy(a.id));
    }
    return response;
}

base::Result<v1::AdminResponse> AdminApi::createGroup(const Account& actor, const Organisation& org, const v1::Group& wire)
{
    Group group = groupFromWire(wire);
    if (auto ok = checkName(group.name, "the group's name"); !ok) return ok.error();
    if (group.description.size() > kMaxDescription) return makeError(ErrorCode::kInvalidArgument, "the description is too long");
    if (!org.canCreateGroupUnder(actor, group.parentId)) return denied();
    if (group.permissionsLocked && !org.canLockPermissions(actor)) return denied();
    // Under a lock, an administrator's new group can only take its parent's permissions.
    if (!group.inheritPermissions && group.parentId != 0 && !org.canEditPermissions(actor, group.parentId)) return denied();
    if (!group.ipRestrictions.isEmpty()) {
        if (auto rules = IpRestrictions::parse(group.ipRestrictions); !rules) return rules.error();
    }
    group.createdAtMs = base::toUnixMillis(m_clock.now());
    auto id = m_store.addGroup(group);
    if (!id) return id.error();
    audit("admin.group.created", actor.id,
          QStringLiteral("group %1 \"%2\" under %3").arg(*id).arg(group.name).arg(group.parentId));
    v1::AdminResponse response;
    response.set_created_id(*id);
    return response;
}

base::Result<v1::AdminResponse> AdminApi::updateGroup(const Account& actor, const Organisation& org, const v1::Group& wire)
{
    const Group* existing = org.group(wire.id());
    if (existing == nullptr || !org.canManageGroup(actor, wire.id())) {
        return missingOrDenied(existing == nullptr, org, actor, "no such group");
    }
    Group group = groupFromWire(wire);
    if (auto ok = checkName(group.name, "the group's name"); !ok) return ok.error();
    if (group.description.size() > kMaxDescription) return makeError(ErrorCode::kInvalidArgument, "the description is too long");
    QStringList changes;
    if (group.parentId != existing->parentId) {
        if (!org.canMoveGroup(actor, group.id, group.parentId)) return denied();
        changes << QStringLiteral("moved under %1").arg(group.parentId);
    }
    if (!group.ipRestrictions.isEmpty()) {
        if (auto rules = IpRestrictions::parse(group.ipRestrictions); !rules) return rules.error();
    }
    if (group.ipRestrictions != existing->ipRestrictions) {
        if (!org.canEditPermissions(actor, group.id)) return denied();  // a policy: locked with the permissions
        changes << QStringLiteral("IP restrictions: %1").arg(group.ipRestrictions.isEmpty() ? QStringLiteral("none")
                                                                                            : QString(group.ipRestrictions).replace(u'\n', QStringLiteral("; ")));
    }
    if (group.permissions != existing->permissions || group.inheritPermissions != existing->inheritPermissions ||
        group.requireTwoFactor != existing->requireTwoFactor) {
        if (!org.canEditPermissions(actor, group.id)) return denied();
        changes << (group.inheritPermissions ? QStringLiteral("permissions inherited")
                                             : QStringLiteral("permissions %1").arg(Organisation::permissionsToText(group.permissions)));
    }
    if (group.permissionsLocked != existing->permissionsLocked) {
        if (!org.canLockPermissions(actor)) return denied();
        changes << (group.permissionsLocked ? QStringLiteral("locked") : QStringLiteral("unlocked"));
    }
    if (group.name != existing->name) changes << QStringLiteral("renamed \"%1\"").arg(group.name);
    if (group.description != existing->description) changes << QStringLiteral("description changed");
    group.createdAtMs = existing->createdAtMs;
    if (auto ok = m_store.updateGroup(group); !ok) return ok.error();
    audit("admin.group.updated", actor.id, QStringLiteral("group %1: %2").arg(group.id).arg(changes.join(QStringLiteral(", "))));
    return done();
}

base::Result<v1::AdminResponse> AdminApi::deleteGroup(const Account& actor, const Organisation& org, qint64 id)
{
    const Group* existing = org.group(id);
    if (existing == nullptr || !org.canManageGroup(actor, id)) {
        return missingOrDenied(existing == nullptr, org, actor, "no such group");
    }
    const auto assigned = org.managedBy(actor.id);
    if (actor.role != v1::ROLE_MASTER_ADMIN && std::find(assigned.begin(), assigned.end(), id) != assigned.end()) return denied();
    if (auto ok = m_store.deleteGroup(id); !ok) return ok.error();
    audit("admin.group.deleted", actor.id, QStringLiteral("group %1 \"%2\"").arg(id).arg(existing->name));
    return done();
}

base::Result<v1::AdminResponse> AdminApi::createMember(const Account& actor, const Organisation& org, const v1::CreateMember& call)
{
    const v1::Member& wire = call.member();
    Account account;
    account.email = QString::fromStdString(wire.email()).trimmed().toLower();
    account.name = QString::fromStdString(wire.name()).trimmed();
    account.nickname = QString::fromStdString(wire.nickname()).trimmed();
    if (account.nickname.isEmpty()) account.nickname = account.name.section(u' ', 0, 0);
    account.description = QString::fromStdString(wire.description()).trimmed();
    account.role = wire.role();
    account.enabled = wire.enabled();
    account.groupId = wire.group_id();
    if (account.email.isEmpty() || !account.email.contains(u'@') || account.email.size() > kMaxName) {
        return makeError(ErrorCode::kInvalidArgument, "not an e-mail address");
    }
    if (auto ok = checkName(account.name, "the name"); !ok) return ok.error();
    if (auto ok = checkName(account.nickname, "the nickname"); !ok) return ok.error();
    if (!validRole(account.role)) return makeError(ErrorCode::kInvalidArgument, "no such role");
    if (account.role != v1::ROLE_TECHNICIAN) account.groupId = 0;
    if (!org.canPlaceAccount(actor, account.role, account.groupId)) return denied();
    std::vector<qint64> managed(wire.managed_group_ids().begin(), wire.managed_group_ids().end());
    if (account.role != v1::ROLE_ADMIN) managed.clear();
    for (qint64 id : managed) {
        if (org.group(id) == nullptr) return makeError(ErrorCode::kNotFound, "no group " + std::to_string(id));
    }
    if (auto ok = m_store.passwordPolicy().check(QString::fromStdString(call.password())); !ok) return ok.error();
    auto hash = m_prepared != nullptr && m_prepared->newPasswordHash ? *m_prepared->newPasswordHash : hashPassword(call.password());
    if (!hash) return hash.error();
    account.passwordHash = QString::fromStdString(*hash);
    account.createdAtMs = base::toUnixMillis(m_clock.now());
    account.passwordChangedAtMs = account.createdAtMs;
    auto id = m_store.addAccount(account);
    if (!id) return id.error();
    if (!managed.empty()) {
        if (auto ok = m_store.setManagedGroups(*id, managed); !ok) return ok.error();
    }
    audit("admin.member.created", actor.id,
          QStringLiteral("%1 (%2) as %3 in group %4").arg(account.email).arg(*id).arg(roleText(account.role)).arg(account.groupId));
    v1::AdminResponse response;
    response.set_created_id(*id);
    return response;
}

base::Result<v1::AdminResponse> AdminApi::updateMember(const Account& actor, const Organisation& org, const v1::Member& wire)
{
    const Account* target = org.account(wire.id());
    if (target == nullptr || !org.canManageAccount(actor, *target)) {
        return missingOrDenied(target == nullptr, org, actor, "no such member");
    }
    Account updated = *target;
    updated.name = QString::fromStdString(wire.name()).trimmed();
    updated.nickname = QString::fromStdString(wire.nickname()).trimmed();
    updated.description = QString::fromStdString(wire.description()).trimmed();
    updated.role = wire.role();
    updated.enabled = wire.enabled();
    updated.groupId = wire.role() == v1::ROLE_TECHNICIAN ? wire.group_id() : 0;
    if (auto ok = checkName(updated.name, "the name"); !ok) return ok.error();
    if (auto ok = checkName(updated.nickname, "the nickname"); !ok) return ok.error();
    if (!validRole(updated.role)) return makeError(ErrorCode::kInvalidArgument, "no such role");
    if (target->id == actor.id && (updated.role != target->role || !updated.enabled)) {
        return makeError(ErrorCode::kInvalidArgument, "you cannot change your own role or disable yourself");
    }
    QStringList changes;
    if (updated.role != target->role || updated.groupId != target->groupId) {
        if (!org.canPlaceAccount(actor, updated.role, updated.groupId)) return denied();
        changes << QStringLiteral("%1 in group %2").arg(roleText(updated.role)).arg(updated.groupId);
    }
    const auto before = org.managedBy(target->id);
    std::vector<qint64> managed(wire.managed_group_ids().begin(), wire.managed_group_ids().end());
    if (updated.role != v1::ROLE_ADMIN) managed.clear();
    std::sort(managed.begin(), managed.end());
    managed.erase(std::unique(managed.begin(), managed.end()), managed.end());
    const bool managedChanged = managed != before;
    if (managedChanged) {
        if (!org.canEditGlobalSettings(actor)) return denied();  // assigning groups: the master's
        for (qint64 id : managed) {
            if (org.group(id) == nullptr) return makeError(ErrorCode::kNotFound, "no group " + std::to_string(id));
        }
        QStringList ids;
        for (qint64 id : managed) ids << QString::number(id);
        changes << QStringLiteral("manages %1").arg(ids.isEmpty() ? QStringLiteral("nothing") : ids.join(u','));
    }
    if (updated.enabled != target->enabled) changes << (updated.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    if (updated.name != target->name || updated.nickname != target->nickname || updated.description != target->description) {
        changes << QStringLiteral("details");
    }
    if (auto ok = m_store.updateAccount(updated); !ok) return ok.error();
    if (managedChanged || (target->role == v1::ROLE_ADMIN && updated.role != v1::ROLE_ADMIN)) {
        if (auto ok = m_store.setManagedGroups(updated.id, managed); !ok) return ok.error();
    }
    audit("admin.member.updated", actor.id,
          QStringLiteral("%1 (%2): %3").arg(target->email).arg(target->id).arg(changes.join(QStringLiteral(", "))));
    return done();
}

base::Result<v1::AdminResponse> AdminApi::deleteMember(const Account& actor, const Organisation& org, qint64 id)
{
    const Account* target = org.account(id);
    if (target == nullptr || !org.canManageAccount(actor, *target)) {
        return missingOrDenied(target == nullptr, org, actor, "no such member");
    }
    if (target->id == actor.id) return makeError(ErrorCode::kInvalidArgument, "you cannot delete yourself");
    if (auto ok = m_store.deleteAccount(id); !ok) return ok.error();
    audit("admin.member.deleted", actor.id, QStringLiteral("%1 (%2)").arg(target->email).arg(id));
    return done();
}

base::Result<v1::AdminResponse> AdminApi::setPassword(const Account& actor, const Organisation& org, const v1::SetPassword& call)
{
    const Account* target = org.account(call.member_id());
    if (target == nullptr || (target->id != actor.id && !org.canManageAccount(actor, *target))) {
        return missingOrDenied(target == nullptr, org, actor, "no such member");
    }
    if (target->id == actor.id) {
        // Your own: the current password first (a console left signed in is not enough), and
        // a new one (an expired password is not renewed by typing it again).
        const bool matches = m_prepared != nullptr && m_prepared->currentPasswordMatches
                                 ? *m_prepared->currentPasswordMatches
                                 : verifyPassword(call.current_password(), actor.passwordHash.toStdString());
        if (!matches) {
            return makeError(ErrorCode::kInvalidCredentials, "the current password is not right");
        }
        if (call.password() == call.current_password()) {
            return makeError(ErrorCode::kInvalidArgument, "choose a password different from the current one");
        }
    }
    if (auto ok = m_store.passwordPolicy().check(QString::fromStdString(call.password())); !ok) return ok.error();
    auto hash = m_prepared != nullptr && m_prepared->newPasswordHash ? *m_prepared->newPasswordHash : hashPassword(call.password());
    if (!hash) return hash.error();
    if (auto ok = m_store.setPasswordHash(target->id, QString::fromStdString(*hash), base::toUnixMillis(m_clock.now())); !ok) {
        return ok.error();
    }
    audit("admin.password.set", actor.id, QStringLiteral("for %1 (%2)").arg(target->email).arg(target->id));
    return done();
}

base::Result<v1::AdminResponse> AdminApi::getGlobalSettings(const Account& actor, const Organisation& org)
{
    if (!org.canEditGlobalSettings(actor)) return denied();
    v1::AdminResponse response;
    v1::GlobalSettings* settings = response.mutable_global_settings();
    const PasswordPolicy policy = m_store.passwordPolicy();
    settings->mutable_password_policy()->set_min_length(policy.minLength);
    settings->mutable_password_policy()->set_min_classes(policy.minClasses);
    settings->mutable_password_policy()->set_max_age_days(policy.maxAgeDays);
    settings->mutable_password_policy()->set_warn_days(policy.warnDays);
    settings->set_ip_restrictions(m_store.setting(QStringLiteral("ip_restrictions"), {}).toStdString());
    bool set = false;
    const int pinMinutes = m_store.setting(QStringLiteral("pin_validity_minutes"), {}).toInt(&set);
    settings->set_pin_validity_minutes(set && pinMinutes > 0 ? pinMinutes : m_defaultPinMinutes);
    settings->set_store_customer_addresses(m_store.setting(QStringLiteral("store_customer_addresses"), QStringLiteral("1")) != "0");
    const SessionSettings sessions = SessionSettings::read(m_store, m_defaultTerms);
    settings->set_connecting_timeout_minutes(sessions.connectingTimeoutMinutes);
    settings->set_waiting_timeout_minutes(sessions.waitingTimeoutMinutes);
    settings->set_idle_timeout_minutes(sessions.idleTimeoutMinutes);
    settings->set_max_sessions_per_technician(sessions.maxSessionsPerTechnician);
    settings->set_terms(sessions.terms.toStdString());
    return response;
}

base::Result<v1::AdminResponse> AdminApi::setGlobalSettings(const Account& actor, const Organisation& org,
                                                             const v1::GlobalSettings& wire, const QString& source)
{
    if (!org.canEditGlobalSettings(actor)) return denied();
    PasswordPolicy policy;
    policy.minLength = wire.password_policy().min_length();
    policy.minClasses = wire.password_policy().min_classes();
    policy.maxAgeDays = wire.password_policy().max_age_days();
    policy.warnDays = wire.password_policy().warn_days();
    if (auto ok = policy.validate(); !ok) return ok.error();
    const QString rules = QString::fromStdString(wire.ip_restrictions()).trimmed();
    if (!rules.isEmpty()) {
        auto restrictions = IpRestrictions::parse(rules);
        if (!restrictions) return restrictions.error();
        if (!restrictions->allows(QHostAddress(source))) {
            return makeError(ErrorCode::kInvalidArgument,
                             "these IP restrictions would refuse your own sign-in from " + source.toStdString());
        }
    }
    if (wire.pin_validity_minutes() < 0 || wire.pin_validity_minutes() > 999) {
        return makeError(ErrorCode::kInvalidArgument, "a PIN is valid for 1 to 999 minutes");
    }
    SessionSettings sessions = SessionSettings::read(m_store, m_defaultTerms);
    sessions.connectingTimeoutMinutes = wire.connecting_timeout_minutes();
    sessions.waitingTimeoutMinutes = wire.waiting_timeout_minutes();
    sessions.idleTimeoutMinutes = wire.idle_timeout_minutes();
    if (wire.max_sessions_per_technician() != 0) sessions.maxSessionsPerTechnician = wire.max_sessions_per_technician();
    sessions.terms = QString::fromStdString(wire.terms()).trimmed();
    if (auto ok = sessions.validate(); !ok) return ok.error();
    if (auto ok = m_store.setPasswordPolicy(policy); !ok) return ok.error();
    if (auto ok = m_store.setSetting(QStringLiteral("ip_restrictions"), rules); !ok) return ok.error();
    if (wire.pin_validity_minutes() > 0) {
        if (auto ok = m_store.setSetting(QStringLiteral("pin_validity_minutes"), QString::number(wire.pin_validity_minutes())); !ok) {
            return ok.error();
        }
    }
    if (auto ok = m_store.setSetting(QStringLiteral("store_customer_addresses"), wire.store_customer_addresses() ? "1" : "0"); !ok) {
        return ok.error();
    }
    if (auto ok = sessions.write(m_store); !ok) return ok.error();
    audit("admin.settings.updated", actor.id,
          QStringLiteral("password policy %1 chars, %2 classes, %3 days (warn %4); IP restrictions: %5; PIN %6 min; "
                         "customer addresses %7; timeouts connecting %8, waiting %9, idle %10 min; at most %11 sessions; "
                         "terms %12 characters")
              .arg(policy.minLength)
              .arg(policy.minClasses)
              .arg(policy.maxAgeDays)
              .arg(policy.warnDays)
              .arg(rules.isEmpty() ? QStringLiteral("none") : QString(rules).replace(u'\n', QStringLiteral("; ")))
              .arg(wire.pin_validity_minutes())
              .arg(wire.store_customer_addresses() ? QStringLiteral("kept") : QStringLiteral("not kept"))
              .arg(sessions.connectingTimeoutMinutes)
              .arg(sessions.waitingTimeoutMinutes)
              .arg(sessions.idleTimeoutMinutes)
              .arg(sessions.maxSessionsPerTechnician)
              .arg(sessions.terms.size()));
    return done();
}

// ---- two-step sign-in ------------------------------------------------------------------------

base::Result<v1::AdminResponse> AdminApi::beginTwoFactor(const Account& actor)
{
    if (actor.totpConfirmed) {
        return makeError(ErrorCode::kAlreadyExists, "two-step sign-in is set up; an administrator resets it for a new phone");
    }
    const std::vector<std::uint8_t> secret = newTotpSecret();
    const std::vector<std::string> codes = newRecoveryCodes();
    if (secret.empty() || codes.empty()) return makeError(ErrorCode::kInternal, "no random bytes");
    QStringList hashes;
    for (const std::string& code : codes) hashes << QString::fromStdString(recoveryCodeHash(code));
    const QString base32 = QString::fromStdString(base32Encode(secret));
    if (auto ok = m_store.setTwoFactor(actor.id, base32, false, 0, hashes); !ok) return ok.error();
    audit("two_factor.begun", actor.id, actor.email);
    v1::AdminResponse response;
    v1::TwoFactorEnrolment* enrolment = response.mutable_enrolment();
    enrolment->set_secret_base32(base32.toStdString());
    const QString issuer = m_issuer ? m_issuer() : QStringLiteral("Lifeline");
    enrolment->set_otpauth_uri(otpauthUri(issuer.toStdString(), actor.email.toStdString(), secret));
    for (const std::string& code : codes) enrolment->add_recovery_codes(code);
    return response;
}

base::Result<v1::AdminResponse> AdminApi::confirmTwoFactor(const Account& actor, const std::string& code)
{
    if (actor.totpSecret.isEmpty() || actor.totpConfirmed) return makeError(ErrorCode::kInvalidArgument, "nothing to confirm");
    auto secret = base32Decode(actor.totpSecret.toStdString());
    if (!secret) return secret.error();
    const auto step = verifyTotp(*secret, code, std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count());
    if (!step) return makeError(ErrorCode::kInvalidCredentials, "that code is not the one the app shows now");
    if (auto ok = m_store.setTwoFactor(actor.id, actor.totpSecret, true, *step, actor.recoveryCodeHashes); !ok) return ok.error();
    audit("two_factor.enrolled", actor.id, actor.email);
    return done();
}

base::Result<v1::AdminResponse> AdminApi::resetTwoFactor(const Account& actor, const Organisation& org, qint64 id)
{
    const Account* target = org.account(id);
    if (target == nullptr || !org.canManageAccount(actor, *target)) {
        return missingOrDenied(target == nullptr, org, actor, "no such member");
    }
    if (auto ok = m_store.setTwoFactor(id, {}, false, 0, {}); !ok) return ok.error();
    audit("admin.two_factor.reset", actor.id, QStringLiteral("for %1 (%2)").arg(target->email).arg(id));
    return done();
}

// ---- reports ------------------------------------------------------------------------------

namespace {

std::string timeText(qint64 unixMs)
{
    return unixMs == 0 ? std::string() : QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODate).toStdString();
}

const char* statusText(v1::SessionStatus status)
{
    switch (status) {
    case v1::SESSION_STATUS_WAITING: return "waiting";
    case v1::SESSION_STATUS_CONNECTING: return "connecting";
    case v1::SESSION_STATUS_ACTIVE: return "active";
    case v1::SESSION_STATUS_RECONNECTING: return "reconnecting";
    case v1::SESSION_STATUS_CLOSED: return "closed";
    case v1::SESSION_STATUS_EXPIRED: return "expired";
    case v1::SESSION_STATUS_ABORTED: return "aborted";
    default: return "unknown";
    }
}

// Ended without ever becoming active: the PIN expired, or it was aborted before.
bool missed(const SessionRecord& r)
{
    return r.activeAtMs == 0 && (r.status == v1::SESSION_STATUS_EXPIRED || r.status == v1::SESSION_STATUS_ABORTED ||
                                 r.status == v1::SESSION_STATUS_CLOSED);
}

}  // namespace

base::Result<v1::AdminResponse> AdminApi::getReport(const Account& actor, const Organisation& org, const v1::GetReport& call)
{
    if (call.to_unix_ms() <= call.from_unix_ms() || call.to_unix_ms() - call.from_unix_ms() > kMaxReportRangeMs) {
        return makeError(ErrorCode::kInvalidArgument, "the range must be from before to, at most 366 days");
    }
    if (!org.canSeeReports(actor, call.group_id())) return denied();
    // Whose rows: the technicians of the group and below (everyone for the whole
    // organisation), or the one asked for — who must be among them.
    auto inScope = [&](qint64 accountId) {
        const Account* a = org.account(accountId);
        if (call.technician_id() != 0 && accountId != call.technician_id()) return false;
        if (call.group_id() == 0) return true;
        return a != nullptr && a->role == v1::ROLE_TECHNICIAN && org.isWithin(a->groupId, call.group_id());
    };
    if (call.technician_id() != 0 && !inScope(call.technician_id())) return denied();
    auto email = [&](qint64 accountId) {
        const Account* a = org.account(accountId);
        return a != nullptr ? a->email.toStdString() : std::string();
    };

    v1::AdminResponse response;
    v1::Report* report = response.mutable_report();
    report->set_kind(call.kind());
    auto addRow = [&](std::vector<std::string> cells) {
        if (report->rows_size() >= kMaxReportRows) {
            report->set_truncated(true);
            return;
        }
        v1::ReportRow* row = report->add_rows();
        for (auto& cell : cells) row->add_cells(std::move(cell));
    };
    switch (call.kind()) {
    case v1::REPORT_KIND_SESSIONS:
    case v1::REPORT_KIND_MISSED_SESSIONS: {
        for (const char* column : {"Session", "Created (UTC)", "Technician", "Customer", "Reference", "Customer address", "Status",
                                   "Waiting (s)", "Handling (s)"}) {
            report->add_columns(column);
        }
        auto sessions = m_store.sessionsCreatedBetween(call.from_unix_ms(), call.to_unix_ms());
        if (!sessions) return sessions.error();
        v1::ReportSummary* summary = report->mutable_summary();
        struct Sums
        {
            int sessions = 0;
            qint64 waiting = 0, handling = 0;
            int waited = 0, handled = 0;
        };
        Sums total;
        std::map<qint64, Sums> days;
        constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
        for (const SessionRecord& r : *sessions) {
            if (!inScope(r.technicianId)) continue;
            const bool wasMissed = missed(r);
            if (call.kind() == v1::REPORT_KIND_MISSED_SESSIONS && !wasMissed) continue;
            const qint64 waiting = r.activeAtMs > 0 ? r.activeAtMs - r.createdAtMs : -1;
            const qint64 handling = r.activeAtMs > 0 && r.endedAtMs > 0 ? r.endedAtMs - r.activeAtMs : -1;
            Sums& day = days[r.createdAtMs - (r.createdAtMs % kDay)];
            for (Sums* sums : {&total, &day}) {
                ++sums->sessions;
                if (waiting >= 0) {
                    sums->waiting += waiting;
                    ++sums->waited;
                }
                if (handling >= 0) {
                    sums->handling += handling;
                    ++sums->handled;
                }
            }
            if (wasMissed) summary->set_missed(summary->missed() + 1);
            summary->set_longest_waiting_ms(std::max<qint64>(summary->longest_waiting_ms(), waiting));
            summary->set_longest_handling_ms(std::max<qint64>(summary->longest_handling_ms(), handling));
            addRow({std::to_string(r.id), timeText(r.createdAtMs), email(r.technicianId), r.customerName.toStdString(),
                    r.reference.toStdString(), r.customerAddress.toStdString(), statusText(r.status),
                    waiting >= 0 ? std::to_string(waiting / 1000) : std::string(),
                    handling >= 0 ? std::to_string(handling / 1000) : std::string()});
        }
        summary->set_sessions(total.sessions);
        summary->set_average_waiting_ms(total.waited > 0 ? total.waiting / total.waited : 0);
        summary->set_average_handling_ms(total.handled > 0 ? total.handling / total.handled : 0);
        for (const auto& [start, sums] : days) {
            v1::ReportDay* day = report->add_days();
            day->set_day_start_unix_ms(start);
            day->set_sessions(sums.sessions);
            day->set_average_waiting_ms(sums.waited > 0 ? sums.waiting / sums.waited : 0);
            day->set_average_handling_ms(sums.handled > 0 ? sums.handling / sums.handled : 0);
        }
        break;
    }
    case v1::REPORT_KIND_SIGN_INS:
    case v1::REPORT_KIND_AUDIT: {
        const bool signIns = call.kind() == v1::REPORT_KIND_SIGN_INS;
        for (const char* column : {"Entry", "Time (UTC)", "Account", "Event", "Address", "Detail"}) report->add_columns(column);
        auto entries = m_store.auditBetween(call.from_unix_ms(), call.to_unix_ms());
        if (!entries) return entries.error();
        for (const AuditEntry& e : *entries) {
            if (signIns && !e.event.startsWith(QStringLiteral("sign_in."))) continue;
            // Entries about nobody in particular (failed sign-ins of unknown e-mails, the
            // relay's own) are the whole organisation's: master administrators only.
            if (e.accountId == 0 ? call.group_id() != 0 || call.technician_id() != 0 : !inScope(e.accountId)) continue;
            addRow({std::to_string(e.id), timeText(e.atMs), email(e.accountId), e.event.toStdString(), e.source.toStdString(),
                    e.detail.toStdString()});
        }
        break;
    }
    case v1::REPORT_KIND_CHAT_LOGS: {
        for (const char* column : {"Session", "Time (UTC)", "Technician", "From", "Name", "Text"}) report->add_columns(column);
        auto lines = m_store.chatLinesBetween(call.from_unix_ms(), call.to_unix_ms());
        if (!lines) return lines.error();
        for (const ChatLogLine& line : *lines) {
            if (!inScope(line.technicianId)) continue;
            addRow({std::to_string(line.sessionId), timeText(line.atMs), email(line.technicianId),
                    line.fromCustomer ? "customer" : "technician", line.sender.toStdString(), line.text.toStdString()});
        }
        break;
    }
    default: return makeError(ErrorCode::kInvalidArgument, "no such report");
    }
    return response;
}

}  // namespace lifeline::server
