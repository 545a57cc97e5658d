#pragma once

#include <QString>

#include <map>
#include <set>
#include <vector>

#include "lifeline/v1/admin.pb.h"
#include "lifeline/v1/consent.pb.h"
#include "server/store.h"

namespace lifeline::server {

using GroupPermissions = std::set<v1::GroupPermission>;

// A technician group as the relay keeps it.
struct Group
{
    qint64 id = 0;
    qint64 parentId = 0;  // 0: at the top
    QString name;
    QString description;
    GroupPermissions permissions;  // its own
    bool inheritPermissions = true;
    bool permissionsLocked = false;
    bool requireTwoFactor = false;  // for its technicians and every group below
    QString ipRestrictions;         // IpRestrictions text for its technicians and below; "" = none
    qint64 createdAtMs = 0;
};

// The organisation tree and who may change what in it (Rescue's Admin Center model):
//   - master administrators manage everything, alone edit global settings and lock a
//     group's permissions against other administrators;
//   - administrators manage the technician groups assigned to them, with every group and
//     technician below them — never other administrators, never locked permissions;
//   - technicians take their permissions from their group (which may inherit its parent's).
// A value built from the store for one question or one change; every admin call on the
// relay asks it before anything is written.
class Organisation
{
public:
    Organisation(std::vector<Group> groups, std::vector<Account> accounts, std::multimap<qint64, qint64> managedGroups);

    const Group* group(qint64 id) const;
    const Account* account(qint64 id) const;
    const std::map<qint64, Group>& groups() const { return m_groups; }
    // The groups an administrator was assigned (not those below them).
    std::vector<qint64> managedBy(qint64 adminId) const;

    // `groupId` itself and the groups above it, nearest first.
    std::vector<qint64> ancestry(qint64 groupId) const;
    bool isWithin(qint64 groupId, qint64 ancestorId) const;
    // What the group's technicians may do: its own permissions, or (inheriting) its
    // parent's, up the tree; a top group that inherits has none.
    GroupPermissions effectivePermissions(qint64 groupId) const;
    // The group or one above it is locked.
    bool permissionsLocked(qint64 groupId) const;
    // The account must sign in with a second factor: its group or one above requires it.
    bool twoFactorRequired(const Account& account) const;

    // Authorisation. `actor` is the signed-in account; none of these hold for a disabled
    // one, and none for a technician.
    bool canManageGroup(const Account& actor, qint64 groupId) const;
    // A new group under `parentId` (0: at the top — master administrators only).
    bool canCreateGroupUnder(const Account& actor, qint64 parentId) const;
    bool canEditPermissions(const Account& actor, qint64 groupId) const;
    bool canLockPermissions(const Account& actor) const;
    // Moving group `groupId` under `newParentId`: both places in the actor's reach and no
    // group under itself.
    bool canMoveGroup(const Account& actor, qint64 groupId, qint64 newParentId) const;
    // People: technicians of a group in reach; administrators and master administrators
    // only by a master administrator.
    bool canManageAccount(const Account& actor, const Account& target) const;
    // Placing an account (new or moved) with `role` in group `groupId`.
    bool canPlaceAccount(const Account& actor, v1::Role role, qint64 groupId) const;
    bool canEditGlobalSettings(const Account& actor) const;
    // Reports and the audit log of a group (0: the whole organisation).
    bool canSeeReports(const Account& actor, qint64 groupId) const;

    // What a new group at the top allows: the everyday tools, not recording, reboot,
    // scripts or unattended access (an administrator switches those on).
    static GroupPermissions defaultPermissions();
    // The session policy the applet enforces for a technician with these permissions.
    static v1::SessionPolicy sessionPolicyFor(const GroupPermissions& permissions);
    // Stored form: the numbers, comma-separated; unknown numbers are dropped.
    static QString permissionsToText(const GroupPermissions& permissions);
    static GroupPermissions permissionsFromText(const QString& text);

private:
    bool isAdmin(const Account& actor) const;
    bool isMaster(const Account& actor) const;
    bool inReach(const Account& actor, qint64 groupId) const;

    std::map<qint64, Group> m_groups;
    std::map<qint64, Account> m_accounts;
    std::multimap<qint64, qint64> m_managed;  // admin id -> group id
};

}  // namespace lifeline::server
