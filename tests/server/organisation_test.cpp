// The organisation tree and who may change what in it: the authorisation every admin call
// asks, permission inheritance and locking, and the store that keeps it.
#include "server/organisation.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace lifeline::server {
namespace {

using P = v1::GroupPermission;

// Support ─┬─ Tier 1 ── Night        Sales (locked by the master)
//          └─ Tier 2
struct Fixture
{
    enum : qint64 { kSupport = 1, kTier1, kNight, kTier2, kSales };
    enum : qint64 { kMaster = 100, kAdminTier1, kAdminSales, kDisabledAdmin, kTechTier1, kTechNight, kTechTier2, kTechSales, kOtherMaster };

    static Group group(qint64 id, qint64 parent, const char* name, bool inherit, GroupPermissions own = {}, bool locked = false)
    {
        Group g;
        g.id = id;
        g.parentId = parent;
        g.name = name;
        g.inheritPermissions = inherit;
        g.permissions = std::move(own);
        g.permissionsLocked = locked;
        return g;
    }
    static Account account(qint64 id, v1::Role role, qint64 groupId = 0, bool enabled = true)
    {
        Account a;
        a.id = id;
        a.role = role;
        a.groupId = groupId;
        a.enabled = enabled;
        a.email = QStringLiteral("user%1@example.com").arg(id);
        return a;
    }

    Fixture()
    {
        GroupPermissions tier2 = Organisation::defaultPermissions();
        tier2.insert(v1::GROUP_PERMISSION_REBOOT);
        groups = {group(kSupport, 0, "Support", false, Organisation::defaultPermissions()),
                  group(kTier1, kSupport, "Tier 1", true),
                  group(kNight, kTier1, "Night", true),
                  group(kTier2, kSupport, "Tier 2", false, tier2),
                  group(kSales, 0, "Sales", false, {v1::GROUP_PERMISSION_CHAT}, true)};
        accounts = {account(kMaster, v1::ROLE_MASTER_ADMIN),
                    account(kOtherMaster, v1::ROLE_MASTER_ADMIN),
                    account(kAdminTier1, v1::ROLE_ADMIN),
                    account(kAdminSales, v1::ROLE_ADMIN),
                    account(kDisabledAdmin, v1::ROLE_ADMIN, 0, false),
                    account(kTechTier1, v1::ROLE_TECHNICIAN, kTier1),
                    account(kTechNight, v1::ROLE_TECHNICIAN, kNight),
                    account(kTechTier2, v1::ROLE_TECHNICIAN, kTier2),
                    account(kTechSales, v1::ROLE_TECHNICIAN, kSales)};
        managed = {{kAdminTier1, kTier1}, {kAdminSales, kSales}, {kDisabledAdmin, kSupport}};
    }
    Organisation make() const { return Organisation(groups, accounts, managed); }

    std::vector<Group> groups;
    std::vector<Account> accounts;
    std::multimap<qint64, qint64> managed;
};

TEST(OrganisationTest, WhoManagesWhichGroups)
{
    Fixture f;
    const Organisation org = f.make();
    auto who = [&](qint64 id) { return *org.account(id); };
    struct Row
    {
        qint64 actor;
        std::set<qint64> groups;  // the groups this actor may manage
    };
    const Row matrix[] = {
        {Fixture::kMaster, {Fixture::kSupport, Fixture::kTier1, Fixture::kNight, Fixture::kTier2, Fixture::kSales}},
        {Fixture::kAdminTier1, {Fixture::kTier1, Fixture::kNight}},  // their subtree
        {Fixture::kAdminSales, {Fixture::kSales}},
        {Fixture::kDisabledAdmin, {}},  // disabled: nothing, though assigned the top
        {Fixture::kTechTier1, {}},       // technicians: nothing
    };
    for (const Row& row : matrix) {
        for (const auto& [id, group] : org.groups()) {
            EXPECT_EQ(org.canManageGroup(who(row.actor), id), row.groups.count(id) != 0) << row.actor << " on " << id;
        }
        EXPECT_FALSE(org.canManageGroup(who(row.actor), 999)) << "no such group";
    }
    Account signedOut;  // no account at all
    EXPECT_FALSE(org.canManageGroup(signedOut, Fixture::kSupport));
    EXPECT_FALSE(org.canEditGlobalSettings(signedOut));
}

TEST(OrganisationTest, EveryCallAgainstEveryKindOfActor)
{
    Fixture f;
    const Organisation org = f.make();
    auto who = [&](qint64 id) { return *org.account(id); };
    const Account master = who(Fixture::kMaster), admin = who(Fixture::kAdminTier1), otherAdmin = who(Fixture::kAdminSales),
                  tech = who(Fixture::kTechTier1), signedOut;

    // Groups at the top, and global settings: the master's.
    for (const Account& a : {admin, otherAdmin, tech, signedOut}) {
        EXPECT_FALSE(org.canCreateGroupUnder(a, 0));
        EXPECT_FALSE(org.canEditGlobalSettings(a));
        EXPECT_FALSE(org.canLockPermissions(a));
        EXPECT_FALSE(org.canSeeReports(a, 0));
    }
    EXPECT_TRUE(org.canCreateGroupUnder(master, 0));
    EXPECT_TRUE(org.canEditGlobalSettings(master));
    EXPECT_TRUE(org.canLockPermissions(master));
    EXPECT_TRUE(org.canSeeReports(master, 0));

    // Inside a subtree: its administrator (and the master), nobody else.
    EXPECT_TRUE(org.canCreateGroupUnder(admin, Fixture::kNight));
    EXPECT_FALSE(org.canCreateGroupUnder(otherAdmin, Fixture::kNight));
    EXPECT_FALSE(org.canCreateGroupUnder(tech, Fixture::kNight));
    EXPECT_TRUE(org.canSeeReports(admin, Fixture::kNight));
    EXPECT_FALSE(org.canSeeReports(admin, Fixture::kTier2));
    EXPECT_TRUE(org.canEditPermissions(admin, Fixture::kNight));
    EXPECT_FALSE(org.canEditPermissions(admin, Fixture::kTier2));

    // People: technicians in reach; administrators only by a master.
    EXPECT_TRUE(org.canManageAccount(admin, who(Fixture::kTechNight)));
    EXPECT_FALSE(org.canManageAccount(admin, who(Fixture::kTechTier2)));
    EXPECT_FALSE(org.canManageAccount(admin, otherAdmin));
    EXPECT_FALSE(org.canManageAccount(admin, master));
    EXPECT_FALSE(org.canManageAccount(tech, who(Fixture::kTechNight)));
    EXPECT_FALSE(org.canManageAccount(signedOut, tech));
    EXPECT_TRUE(org.canManageAccount(master, otherAdmin));
    EXPECT_TRUE(org.canManageAccount(master, who(Fixture::kOtherMaster)));
    EXPECT_TRUE(org.canPlaceAccount(admin, v1::ROLE_TECHNICIAN, Fixture::kNight));
    EXPECT_FALSE(org.canPlaceAccount(admin, v1::ROLE_TECHNICIAN, Fixture::kTier2));
    EXPECT_FALSE(org.canPlaceAccount(admin, v1::ROLE_ADMIN, Fixture::kNight));
    EXPECT_FALSE(org.canPlaceAccount(admin, v1::ROLE_MASTER_ADMIN, 0));
    EXPECT_TRUE(org.canPlaceAccount(master, v1::ROLE_ADMIN, 0));
    EXPECT_FALSE(org.canPlaceAccount(master, v1::ROLE_TECHNICIAN, 999)) << "a technician needs a real group";

    // Moving: both places in reach, never under itself, never an assigned group.
    EXPECT_TRUE(org.canMoveGroup(master, Fixture::kNight, Fixture::kTier2));
    EXPECT_FALSE(org.canMoveGroup(master, Fixture::kSupport, Fixture::kNight)) << "under itself";
    EXPECT_TRUE(org.canMoveGroup(master, Fixture::kTier1, 0));
    EXPECT_FALSE(org.canMoveGroup(admin, Fixture::kNight, Fixture::kTier2)) << "out of reach";
    EXPECT_FALSE(org.canMoveGroup(admin, Fixture::kNight, 0));
    EXPECT_FALSE(org.canMoveGroup(admin, Fixture::kTier1, Fixture::kNight)) << "the assigned group itself";
    EXPECT_FALSE(org.canMoveGroup(tech, Fixture::kNight, Fixture::kTier1));
}

TEST(OrganisationTest, PermissionsAreInheritedDownTheTreeAndReachTheSessionPolicy)
{
    Fixture f;
    Organisation org = f.make();
    EXPECT_EQ(org.effectivePermissions(Fixture::kNight), Organisation::defaultPermissions()) << "Night ← Tier 1 ← Support";
    EXPECT_EQ(org.effectivePermissions(Fixture::kTier2).count(v1::GROUP_PERMISSION_REBOOT), 1u);
    EXPECT_EQ(org.effectivePermissions(Fixture::kSupport).count(v1::GROUP_PERMISSION_REBOOT), 0u);
    EXPECT_TRUE(org.effectivePermissions(999).empty());

    // Switched off at the top mid-day: everyone below has it no longer (the next session's
    // policy is computed from this).
    f.groups[0].permissions.erase(v1::GROUP_PERMISSION_REMOTE_CONTROL);
    org = f.make();
    EXPECT_EQ(org.effectivePermissions(Fixture::kNight).count(v1::GROUP_PERMISSION_REMOTE_CONTROL), 0u);
    EXPECT_EQ(org.effectivePermissions(Fixture::kTier2).count(v1::GROUP_PERMISSION_REMOTE_CONTROL), 1u) << "its own list";

    const v1::SessionPolicy policy = Organisation::sessionPolicyFor(org.effectivePermissions(Fixture::kNight));
    std::set<int> allowed(policy.allowed().begin(), policy.allowed().end());
    EXPECT_EQ(allowed, (std::set<int>{v1::PERMISSION_VIEW_SCREEN, v1::PERMISSION_SEND_FILES, v1::PERMISSION_RECEIVE_FILES,
                                      v1::PERMISSION_MANAGE_FILES, v1::PERMISSION_SYSTEM_INFO, v1::PERMISSION_CLIPBOARD}));
    EXPECT_FALSE(policy.single_prompt());
    EXPECT_TRUE(policy.from_group());
    EXPECT_EQ(policy.group_permissions_size(), int(org.effectivePermissions(Fixture::kNight).size())) << "the whole list, for later features";
    EXPECT_TRUE(Organisation::sessionPolicyFor({v1::GROUP_PERMISSION_SINGLE_PROMPT}).single_prompt());

    const GroupPermissions some{v1::GROUP_PERMISSION_CHAT, v1::GROUP_PERMISSION_UNATTENDED};
    EXPECT_EQ(Organisation::permissionsToText(some), "1,23");
    EXPECT_EQ(Organisation::permissionsFromText("1, 23,999,abc,0"), some) << "unknown numbers are dropped";
}

TEST(OrganisationTest, ALockHoldsAgainstOtherAdministratorsHereAndBelow)
{
    Fixture f;
    Organisation org = f.make();
    const Account master = *org.account(Fixture::kMaster), salesAdmin = *org.account(Fixture::kAdminSales),
                  tier1Admin = *org.account(Fixture::kAdminTier1);
    EXPECT_TRUE(org.permissionsLocked(Fixture::kSales));
    EXPECT_FALSE(org.canEditPermissions(salesAdmin, Fixture::kSales)) << "locked by the master";
    EXPECT_TRUE(org.canManageGroup(salesAdmin, Fixture::kSales)) << "the rest of the group is still theirs";
    EXPECT_TRUE(org.canEditPermissions(master, Fixture::kSales));

    // The master locks Tier 1: its administrator can no longer change Night's permissions
    // either (it would undo the lock by not inheriting), nor move Night away from it.
    f.groups[1].permissionsLocked = true;
    org = f.make();
    EXPECT_TRUE(org.permissionsLocked(Fixture::kNight));
    EXPECT_FALSE(org.canEditPermissions(tier1Admin, Fixture::kTier1));
    EXPECT_FALSE(org.canEditPermissions(tier1Admin, Fixture::kNight));
    EXPECT_TRUE(org.canCreateGroupUnder(tier1Admin, Fixture::kNight));
    EXPECT_TRUE(org.canEditPermissions(master, Fixture::kNight));
}

TEST(OrganisationTest, HandEditedCyclesDoNotHang)
{
    Fixture f;
    f.groups[0].parentId = Fixture::kNight;  // Support under its own grandchild
    const Organisation org = f.make();
    EXPECT_LE(org.ancestry(Fixture::kNight).size(), f.groups.size() + 1);
    (void)org.effectivePermissions(Fixture::kNight);
    (void)org.permissionsLocked(Fixture::kNight);
}

// ---- the store ----------------------------------------------------------------------------

TEST(OrganisationStoreTest, GroupsPeopleAndAssignmentsAreKept)
{
    QTemporaryDir dir;
    auto store = Store::openSqlite(dir.filePath("relay.db"));
    ASSERT_TRUE(store.ok());
    Group support;
    support.name = "Support";
    support.inheritPermissions = false;
    support.permissions = Organisation::defaultPermissions();
    auto supportId = (*store)->addGroup(support);
    ASSERT_TRUE(supportId.ok());
    Group night;
    night.name = "Night";
    night.parentId = *supportId;
    auto nightId = (*store)->addGroup(night);
    ASSERT_TRUE(nightId.ok());

    Account admin = Fixture::account(0, v1::ROLE_ADMIN);
    admin.passwordHash = "x";
    admin.createdAtMs = 5;
    auto adminId = (*store)->addAccount(admin);
    Account tech = Fixture::account(0, v1::ROLE_TECHNICIAN, *nightId);
    tech.email = "tech@example.com";
    tech.passwordHash = "x";
    tech.description = "evening shift";
    auto techId = (*store)->addAccount(tech);
    ASSERT_TRUE(adminId.ok() && techId.ok());
    ASSERT_TRUE((*store)->setManagedGroups(*adminId, {*supportId}).ok());

    auto org = (*store)->organisation();
    ASSERT_TRUE(org.ok());
    ASSERT_NE(org->group(*nightId), nullptr);
    EXPECT_EQ(org->group(*nightId)->name, "Night");
    EXPECT_EQ(org->effectivePermissions(*nightId), Organisation::defaultPermissions());
    EXPECT_EQ(org->account(*techId)->groupId, *nightId);
    EXPECT_EQ(org->account(*techId)->description, "evening shift");
    EXPECT_EQ(org->account(*techId)->passwordChangedAtMs, 0 + tech.createdAtMs);
    EXPECT_TRUE(org->canManageAccount(*org->account(*adminId), *org->account(*techId)));

    // Changed and moved; an emptied group goes, a full one does not.
    Group moved = *org->group(*nightId);
    moved.parentId = 0;
    moved.inheritPermissions = false;
    moved.permissions = {v1::GROUP_PERMISSION_CHAT};
    moved.permissionsLocked = true;
    ASSERT_TRUE((*store)->updateGroup(moved).ok());
    org = (*store)->organisation();
    EXPECT_EQ(org->effectivePermissions(*nightId), GroupPermissions{v1::GROUP_PERMISSION_CHAT});
    EXPECT_TRUE(org->permissionsLocked(*nightId));
    EXPECT_FALSE(org->canManageAccount(*org->account(*adminId), *org->account(*techId))) << "moved out of reach";
    EXPECT_EQ((*store)->deleteGroup(*nightId).error().code, base::ErrorCode::kAlreadyExists) << "a technician is in it";
    ASSERT_TRUE((*store)->setAccountGroup(*techId, *supportId).ok());
    EXPECT_TRUE((*store)->deleteGroup(*nightId).ok());
    EXPECT_EQ((*store)->deleteGroup(*nightId).error().code, base::ErrorCode::kNotFound);
    EXPECT_EQ((*store)->groups()->size(), 1u);
}

TEST(OrganisationStoreTest, AdministratorsFromBeforeTheTreeBecomeMasterAdministrators)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("relay.db");
    {
        auto store = Store::openSqlite(path);
        ASSERT_TRUE(store.ok());
        Account admin = Fixture::account(0, v1::ROLE_ADMIN);
        admin.passwordHash = "x";
        admin.createdAtMs = 7;
        ASSERT_TRUE((*store)->addAccount(admin).ok());
    }
    {  // back to schema 3 (nothing of 4 to 7)
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "downgrade");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const char* sql : {"ALTER TABLE accounts DROP COLUMN totp_secret", "ALTER TABLE accounts DROP COLUMN totp_confirmed",
                                "ALTER TABLE accounts DROP COLUMN totp_last_step", "ALTER TABLE accounts DROP COLUMN recovery_codes",
                                "DROP TABLE chat_log", "DROP TABLE managed_groups", "DROP TABLE technician_groups",
                                "ALTER TABLE accounts DROP COLUMN group_id", "ALTER TABLE accounts DROP COLUMN description",
                                "ALTER TABLE accounts DROP COLUMN password_changed_at_ms", "DELETE FROM schema_migrations WHERE version >= 4"}) {
            ASSERT_TRUE(q.exec(sql)) << sql << ": " << q.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase("downgrade");
    auto store = Store::openSqlite(path);
    ASSERT_TRUE(store.ok()) << store.error().toString();
    auto accounts = (*store)->accounts();
    ASSERT_EQ(accounts->size(), 1u);
    EXPECT_EQ(accounts->front().role, v1::ROLE_MASTER_ADMIN);
    EXPECT_EQ(accounts->front().passwordChangedAtMs, 7);
}

}  // namespace
}  // namespace lifeline::server
