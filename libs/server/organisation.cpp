#include "server/organisation.h"

#include <QStringList>

namespace lifeline::server {

Organisation::Organisation(std::vector<Group> groups, std::vector<Account> accounts, std::multimap<qint64, qint64> managedGroups)
    : m_managed(std::move(managedGroups))
{
    for (Group& g : groups) m_groups.emplace(g.id, std::move(g));
    for (Account& a : accounts) m_accounts.emplace(a.id, std::move(a));
}

const Group* Organisation::group(qint64 id) const
{
    auto it = m_groups.find(id);
    return it == m_groups.end() ? nullptr : &it->second;
}

const Account* Organisation::account(qint64 id) const
{
    auto it = m_accounts.find(id);
    return it == m_accounts.end() ? nullptr : &it->second;
}

std::vector<qint64> Organisation::managedBy(qint64 adminId) const
{
    std::vector<qint64> ids;
    for (auto [it, end] = m_managed.equal_range(adminId); it != end; ++it) ids.push_back(it->second);
    return ids;
}

std::vector<qint64> Organisation::ancestry(qint64 groupId) const
{
    std::vector<qint64> chain;
    // Bounded by the number of groups: a cycle in a hand-edited database ends here too.
    for (const Group* g = group(groupId); g != nullptr && chain.size() <= m_groups.size(); g = group(g->parentId)) {
        chain.push_back(g->id);
    }
    return chain;
}

bool Organisation::isWithin(qint64 groupId, qint64 ancestorId) const
{
    for (qint64 id : ancestry(groupId)) {
        if (id == ancestorId) return true;
    }
    return false;
}

GroupPermissions Organisation::effectivePermissions(qint64 groupId) const
{
    for (qint64 id : ancestry(groupId)) {
        const Group& g = m_groups.at(id);
        if (!g.inheritPermissions || g.parentId == 0) return g.inheritPermissions ? GroupPermissions{} : g.permissions;
    }
    return {};
}

bool Organisation::permissionsLocked(qint64 groupId) const
{
    for (qint64 id : ancestry(groupId)) {
        if (m_groups.at(id).permissionsLocked) return true;
    }
    return false;
}

bool Organisation::twoFactorRequired(const Account& account) const
{
    for (qint64 id : ancestry(account.groupId)) {
        if (m_groups.at(id).requireTwoFactor) return true;
    }
    return false;
}

bool Organisation::isMaster(const Account& actor) const
{
    return actor.enabled && actor.role == v1::ROLE_MASTER_ADMIN;
}

bool Organisation::isAdmin(const Account& actor) const
{
    return actor.enabled && (actor.role == v1::ROLE_ADMIN || actor.role == v1::ROLE_MASTER_ADMIN);
}

bool Organisation::inReach(const Account& actor, qint64 groupId) const
{
    if (isMaster(actor)) return group(groupId) != nullptr;
    if (!isAdmin(actor) || group(groupId) == nullptr) return false;
    for (qint64 managed : managedBy(actor.id)) {
        if (isWithin(groupId, managed)) return true;
    }
    return false;
}

bool Organisation::canManageGroup(const Account& actor, qint64 groupId) const
{
    return inReach(actor, groupId);
}

bool Organisation::canCreateGroupUnder(const Account& actor, qint64 parentId) const
{
    return parentId == 0 ? isMaster(actor) : inReach(actor, parentId);
}

bool Organisation::canEditPermissions(const Account& actor, qint64 groupId) const
{
    return inReach(actor, groupId) && (isMaster(actor) || !permissionsLocked(groupId));
}

bool Organisation::canLockPermissions(const Account& actor) const
{
    return isMaster(actor);
}

bool Organisation::canMoveGroup(const Account& actor, qint64 groupId, qint64 newParentId) const
{
    if (!inReach(actor, groupId) || !canCreateGroupUnder(actor, newParentId)) return false;
    if (newParentId != 0 && isWithin(newParentId, groupId)) return false;  // under itself
    // An administrator cannot move a group they were assigned (its place is the master's).
    if (!isMaster(actor)) {
        for (qint64 managed : managedBy(actor.id)) {
            if (managed == groupId) return false;
        }
        // Nor slip a locked group out from under its lock.
        if (permissionsLocked(groupId) || permissionsLocked(newParentId)) return false;
    }
    return true;
}

bool Organisation::canManageAccount(const Account& actor, const Account& target) const
{
    if (!isAdmin(actor)) return false;
    if (isMaster(actor)) return true;
    if (target.role != v1::ROLE_TECHNICIAN) return false;  // administrators: the master's
    return inReach(actor, target.groupId);
}

bool Organisation::canPlaceAccount(const Account& actor, v1::Role role, qint64 groupId) const
{
    if (isMaster(actor)) return role != v1::ROLE_TECHNICIAN || group(groupId) != nullptr;
    return isAdmin(actor) && role == v1::ROLE_TECHNICIAN && inReach(actor, groupId);
}

bool Organisation::canEditGlobalSettings(const Account& actor) const
{
    return isMaster(actor);
}

bool Organisation::canSeeReports(const Account& actor, qint64 groupId) const
{
    return groupId == 0 ? isMaster(actor) : inReach(actor, groupId);
}

GroupPermissions Organisation::defaultPermissions()
{
    return {v1::GROUP_PERMISSION_CHAT,          v1::GROUP_PERMISSION_CHAT_TOGGLE,      v1::GROUP_PERMISSION_REMOTE_CONTROL,
            v1::GROUP_PERMISSION_VIEW_DESKTOP,  v1::GROUP_PERMISSION_SEND_FILES,       v1::GROUP_PERMISSION_RECEIVE_FILES,
            v1::GROUP_PERMISSION_FILE_MANAGER,  v1::GROUP_PERMISSION_MANAGE_FILES,     v1::GROUP_PERMISSION_SEND_URLS,
            v1::GROUP_PERMISSION_SYSTEM_INFO,   v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_TRANSFER_TO_ANYONE,
            v1::GROUP_PERMISSION_HOLD,          v1::GROUP_PERMISSION_CLIPBOARD,        v1::GROUP_PERMISSION_COLLABORATION};
}

v1::SessionPolicy Organisation::sessionPolicyFor(const GroupPermissions& permissions)
{
    v1::SessionPolicy policy;
    const std::pair<v1::GroupPermission, v1::Permission> map[] = {
        {v1::GROUP_PERMISSION_VIEW_DESKTOP, v1::PERMISSION_VIEW_SCREEN},
        {v1::GROUP_PERMISSION_REMOTE_CONTROL, v1::PERMISSION_CONTROL},
        {v1::GROUP_PERMISSION_SEND_FILES, v1::PERMISSION_SEND_FILES},
        {v1::GROUP_PERMISSION_RECEIVE_FILES, v1::PERMISSION_RECEIVE_FILES},
        {v1::GROUP_PERMISSION_MANAGE_FILES, v1::PERMISSION_MANAGE_FILES},
        {v1::GROUP_PERMISSION_SYSTEM_INFO, v1::PERMISSION_SYSTEM_INFO},
        {v1::GROUP_PERMISSION_REBOOT, v1::PERMISSION_REBOOT},
        {v1::GROUP_PERMISSION_CLIPBOARD, v1::PERMISSION_CLIPBOARD},
        {v1::GROUP_PERMISSION_RECORD, v1::PERMISSION_RECORDING},
    };
    for (const auto& [group, permission] : map) {
        if (permissions.count(group) != 0) policy.add_allowed(permission);
    }
    policy.set_single_prompt(permissions.count(v1::GROUP_PERMISSION_SINGLE_PROMPT) != 0);
    for (v1::GroupPermission p : permissions) policy.add_group_permissions(p);
    policy.set_from_group(true);
    return policy;
}

QString Organisation::permissionsToText(const GroupPermissions& permissions)
{
    QStringList numbers;
    for (v1::GroupPermission p : permissions) numbers << QString::number(int(p));
    return numbers.join(u',');
}

GroupPermissions Organisation::permissionsFromText(const QString& text)
{
    GroupPermissions permissions;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = item.trimmed().toInt(&ok);
        if (ok && value != 0 && v1::GroupPermission_IsValid(value)) permissions.insert(v1::GroupPermission(value));
    }
    return permissions;
}

}  // namespace lifeline::server
