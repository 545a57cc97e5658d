// Every Admin Center call against every kind of caller, on a real store: only the right
// ones succeed, and what succeeded is in the audit log.
#include "server/admin_api.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <functional>

#include "core/base/csv.h"
#include "server/organisation.h"
#include "server/password_hasher.h"

namespace lifeline::server {
namespace {

using base::ErrorCode;

class FixedClock final : public base::Clock
{
public:
    TimePoint now() const override { return TimePoint(std::chrono::milliseconds(1'764'000'000'000)); }
};

// Support ─┬─ Tier 1 ─┬─ Night (a technician)
//          │          └─ Weekend (empty)
//          └─ Tier 2 (a technician)
// Sales
struct World
{
    World()
    {
        auto opened = Store::openSqlite(dir.filePath("relay.db"));
        EXPECT_TRUE(opened.ok());
        store = std::move(*opened);
        auto group = [&](const char* name, qint64 parent) {
            Group g;
            g.name = name;
            g.parentId = parent;
            g.inheritPermissions = parent != 0;
            if (parent == 0) g.permissions = Organisation::defaultPermissions();
            return *store->addGroup(g);
        };
        support = group("Support", 0);
        tier1 = group("Tier 1", support);
        night = group("Night", tier1);
        weekend = group("Weekend", tier1);
        tier2 = group("Tier 2", support);
        sales = group("Sales", 0);
        auto person = [&](const char* email, v1::Role role, qint64 groupId) {
            Account a;
            a.email = email;
            a.name = email;
            a.nickname = "N";
            a.role = role;
            a.groupId = groupId;
            a.passwordHash = "x";
            return *store->addAccount(a);
        };
        master = person("master@example.com", v1::ROLE_MASTER_ADMIN, 0);
        tier1Admin = person("tier1-admin@example.com", v1::ROLE_ADMIN, 0);
        salesAdmin = person("sales-admin@example.com", v1::ROLE_ADMIN, 0);
        nightTech = person("night@example.com", v1::ROLE_TECHNICIAN, night);
        tier2Tech = person("tier2@example.com", v1::ROLE_TECHNICIAN, tier2);
        EXPECT_TRUE(store->setManagedGroups(tier1Admin, {tier1}).ok());
        EXPECT_TRUE(store->setManagedGroups(salesAdmin, {sales}).ok());
        api = std::make_unique<AdminApi>(*store, clock, [this](const QString& event, qint64 who, const QString& source, const QString& detail) {
            audited.push_back({event, who, source, detail});
        });
    }
    base::Result<v1::AdminResponse> call(qint64 actor, const v1::AdminRequest& request)
    {
        return api->handle(actor, QStringLiteral("192.0.2.10"), request);
    }

    struct Audited
    {
        QString event;
        qint64 who;
        QString source;
        QString detail;
    };
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<AdminApi> api;
    std::vector<Audited> audited;
    qint64 support = 0, tier1 = 0, night = 0, weekend = 0, tier2 = 0, sales = 0;
    qint64 master = 0, tier1Admin = 0, salesAdmin = 0, nightTech = 0, tier2Tech = 0;
};

TEST(AdminApiTest, AuthorisationMatrix)
{
    // Each call aims at the Tier 1 subtree; built against a fresh world.
    struct Call
    {
        const char* name;
        std::function<v1::AdminRequest(const World&)> make;
        bool masterOnly;  // false: the master and the subtree's administrator
        bool readOnly;    // changes nothing (nothing audited)
        bool anyAdmin = false;  // every administrator may (each sees their own part)
    };
    const std::vector<Call> calls = {
        {"get organisation", [](const World&) { v1::AdminRequest r; r.mutable_get_organisation(); return r; }, false, true, true},
        {"get report", [](const World& w) {
             v1::AdminRequest r;
             r.mutable_get_report()->set_kind(v1::REPORT_KIND_SESSIONS);
             r.mutable_get_report()->set_from_unix_ms(0);
             r.mutable_get_report()->set_to_unix_ms(24LL * 60 * 60 * 1000);
             r.mutable_get_report()->set_group_id(w.tier1);
             return r; }, false, true},
        {"create group", [](const World& w) {
             v1::AdminRequest r;
             r.mutable_create_group()->set_name("Evening");
             r.mutable_create_group()->set_parent_id(w.night);
             r.mutable_create_group()->set_inherit_permissions(true);
             return r; }, false, false},
        {"update group", [](const World& w) {
             v1::AdminRequest r;
             r.mutable_update_group()->set_id(w.night);
             r.mutable_update_group()->set_parent_id(w.tier1);
             r.mutable_update_group()->set_name("Night shift");
             r.mutable_update_group()->set_inherit_permissions(true);
             return r; }, false, false},
        {"delete group", [](const World& w) { v1::AdminRequest r; r.set_delete_group(w.weekend); return r; }, false, false},
        {"create member", [](const World& w) {
             v1::AdminRequest r;
             auto* m = r.mutable_create_member();
             m->mutable_member()->set_email("new@example.com");
             m->mutable_member()->set_name("New Person");
             m->mutable_member()->set_role(v1::ROLE_TECHNICIAN);
             m->mutable_member()->set_enabled(true);
             m->mutable_member()->set_group_id(w.night);
             m->set_password("correct horse battery");
             return r; }, false, false},
        {"update member", [](const World& w) {
             v1::AdminRequest r;
             auto* m = r.mutable_update_member();
             m->set_id(w.nightTech);
             m->set_name("Night Tech");
             m->set_nickname("Nick");
             m->set_role(v1::ROLE_TECHNICIAN);
             m->set_enabled(false);
             m->set_group_id(w.night);
             return r; }, false, false},
        {"delete member", [](const World& w) { v1::AdminRequest r; r.set_delete_member(w.nightTech); return r; }, false, false},
        {"set password", [](const World& w) {
             v1::AdminRequest r;
             r.mutable_set_password()->set_member_id(w.nightTech);
             r.mutable_set_password()->set_password("another good password");
             return r; }, false, false},
        {"reset two-step sign-in", [](const World& w) { v1::AdminRequest r; r.set_reset_two_factor(w.nightTech); return r; }, false, false},
        {"get global settings", [](const World&) { v1::AdminRequest r; r.mutable_get_global_settings(); return r; }, true, true},
        {"set global settings", [](const World&) {
             v1::AdminRequest r;
             r.mutable_set_global_settings()->mutable_password_policy()->set_min_length(10);
             r.mutable_set_global_settings()->mutable_password_policy()->set_min_classes(2);
             return r; }, true, false},
    };
    enum Actor { kMaster, kSubtreeAdmin, kOtherAdmin, kTechnician, kSignedOut };
    for (const Call& call : calls) {
        for (Actor actor : {kMaster, kSubtreeAdmin, kOtherAdmin, kTechnician, kSignedOut}) {
            World w;
            const qint64 id = actor == kMaster         ? w.master
                            : actor == kSubtreeAdmin   ? w.tier1Admin
                            : actor == kOtherAdmin     ? w.salesAdmin
                            : actor == kTechnician     ? w.tier2Tech
                                                       : 0;
            const bool expected = actor == kMaster || (actor == kSubtreeAdmin && !call.masterOnly) ||
                                  (actor == kOtherAdmin && call.anyAdmin);
            auto result = w.call(id, call.make(w));
            EXPECT_EQ(result.ok(), expected) << call.name << " by actor " << actor << ": "
                                             << (result.ok() ? std::string("ok") : result.error().toString());
            if (!result.ok()) {
                EXPECT_EQ(result.error().code, actor == kSignedOut ? ErrorCode::kNotSignedIn : ErrorCode::kPermissionDenied)
                    << call.name << " by actor " << actor;
                EXPECT_TRUE(w.audited.empty()) << "nothing changed, nothing recorded";
            } else if (!call.readOnly) {
                ASSERT_EQ(w.audited.size(), 1u) << call.name;
                EXPECT_EQ(w.audited[0].who, id);
                EXPECT_EQ(w.audited[0].source, "192.0.2.10");
            }
        }
    }
}

TEST(AdminApiTest, EachAdministratorSeesTheirOwnPartOfTheTree)
{
    World w;
    v1::AdminRequest get;
    get.mutable_get_organisation();
    auto names = [&](qint64 actor) {
        std::set<std::string> groups, members;
        auto r = w.call(actor, get);
        EXPECT_TRUE(r.ok());
        for (const auto& g : r->organisation().groups()) groups.insert(g.name());
        for (const auto& m : r->organisation().members()) members.insert(m.email());
        return std::make_pair(groups, members);
    };
    auto [groups, members] = names(w.tier1Admin);
    EXPECT_EQ(groups, (std::set<std::string>{"Tier 1", "Night", "Weekend"}));
    EXPECT_EQ(members, (std::set<std::string>{"tier1-admin@example.com", "night@example.com"}));
    std::tie(groups, members) = names(w.master);
    EXPECT_EQ(groups.size(), 6u);
    EXPECT_EQ(members.size(), 5u);
    auto full = w.call(w.master, get);
    for (const auto& m : full->organisation().members()) {
        if (m.email() == "tier1-admin@example.com") {
            ASSERT_EQ(m.managed_group_ids_size(), 1);
            EXPECT_EQ(m.managed_group_ids(0), w.tier1);
        }
    }
}

TEST(AdminApiTest, LocksPasswordsAndSelfProtection)
{
    World w;
    // The master locks Tier 1: its administrator can still rename Night, not change its permissions.
    v1::AdminRequest lock;
    *lock.mutable_update_group() = v1::Group();
    lock.mutable_update_group()->set_id(w.tier1);
    lock.mutable_update_group()->set_parent_id(w.support);
    lock.mutable_update_group()->set_name("Tier 1");
    lock.mutable_update_group()->set_inherit_permissions(true);
    lock.mutable_update_group()->set_permissions_locked(true);
    EXPECT_EQ(w.call(w.tier1Admin, lock).error().code, ErrorCode::kPermissionDenied) << "only the master locks";
    ASSERT_TRUE(w.call(w.master, lock).ok());
    v1::AdminRequest night;
    night.mutable_update_group()->set_id(w.night);
    night.mutable_update_group()->set_parent_id(w.tier1);
    night.mutable_update_group()->set_name("Nights");
    night.mutable_update_group()->set_inherit_permissions(true);
    EXPECT_TRUE(w.call(w.tier1Admin, night).ok());
    night.mutable_update_group()->set_inherit_permissions(false);
    night.mutable_update_group()->add_permissions(v1::GROUP_PERMISSION_REBOOT);
    EXPECT_EQ(w.call(w.tier1Admin, night).error().code, ErrorCode::kPermissionDenied);
    EXPECT_TRUE(w.call(w.master, night).ok());

    // Passwords follow the policy; technicians may set only their own.
    v1::AdminRequest weak;
    weak.mutable_set_password()->set_member_id(w.nightTech);
    weak.mutable_set_password()->set_password("short");
    EXPECT_EQ(w.call(w.master, weak).error().code, ErrorCode::kInvalidArgument);
    // One's own: with the current password, and not the same again.
    auto oldHash = hashPassword("my old password");
    ASSERT_TRUE(oldHash.ok());
    ASSERT_TRUE(w.store->setPasswordHash(w.tier2Tech, QString::fromStdString(*oldHash), 1).ok());
    v1::AdminRequest own;
    own.mutable_set_password()->set_member_id(w.tier2Tech);
    own.mutable_set_password()->set_password("my own new password");
    EXPECT_EQ(w.call(w.tier2Tech, own).error().code, ErrorCode::kInvalidCredentials) << "no current password";
    own.mutable_set_password()->set_current_password("not my old password");
    EXPECT_EQ(w.call(w.tier2Tech, own).error().code, ErrorCode::kInvalidCredentials);
    own.mutable_set_password()->set_current_password("my own new password");
    EXPECT_EQ(w.call(w.tier2Tech, own).error().code, ErrorCode::kInvalidCredentials);
    own.mutable_set_password()->set_current_password("my old password");
    own.mutable_set_password()->set_password("my old password");
    EXPECT_EQ(w.call(w.tier2Tech, own).error().code, ErrorCode::kInvalidArgument) << "the same again";
    own.mutable_set_password()->set_password("my own new password");
    EXPECT_TRUE(w.call(w.tier2Tech, own).ok());
    EXPECT_EQ(w.store->accountById(w.tier2Tech)->value().passwordChangedAtMs, 1'764'000'000'000);
    own.mutable_set_password()->set_member_id(w.nightTech);
    EXPECT_EQ(w.call(w.tier2Tech, own).error().code, ErrorCode::kPermissionDenied);

    // Nobody demotes, disables or deletes themselves, or shuts themselves out.
    v1::AdminRequest demote;
    demote.mutable_update_member()->set_id(w.master);
    demote.mutable_update_member()->set_name("Master");
    demote.mutable_update_member()->set_nickname("M");
    demote.mutable_update_member()->set_role(v1::ROLE_ADMIN);
    demote.mutable_update_member()->set_enabled(true);
    EXPECT_EQ(w.call(w.master, demote).error().code, ErrorCode::kInvalidArgument);
    v1::AdminRequest me;
    me.set_delete_member(w.master);
    EXPECT_EQ(w.call(w.master, me).error().code, ErrorCode::kInvalidArgument);
    v1::AdminRequest shut;
    shut.mutable_set_global_settings()->mutable_password_policy()->set_min_length(8);
    shut.mutable_set_global_settings()->mutable_password_policy()->set_min_classes(1);
    shut.mutable_set_global_settings()->set_ip_restrictions("default deny\nallow 198.51.100.0/24");
    auto refused = w.call(w.master, shut);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().detail.find("192.0.2.10"), std::string::npos);
    shut.mutable_set_global_settings()->set_ip_restrictions("default deny\nallow 192.0.2.0/24");
    EXPECT_TRUE(w.call(w.master, shut).ok());
    EXPECT_EQ(w.store->setting("ip_restrictions", {}), "default deny\nallow 192.0.2.0/24");

    // Administrators: only the master assigns groups or makes administrators.
    v1::AdminRequest promote;
    promote.mutable_update_member()->set_id(w.nightTech);
    promote.mutable_update_member()->set_name("Night");
    promote.mutable_update_member()->set_nickname("N");
    promote.mutable_update_member()->set_role(v1::ROLE_ADMIN);
    promote.mutable_update_member()->set_enabled(true);
    promote.mutable_update_member()->add_managed_group_ids(w.night);
    EXPECT_EQ(w.call(w.tier1Admin, promote).error().code, ErrorCode::kPermissionDenied);
    ASSERT_TRUE(w.call(w.master, promote).ok());
    auto org = w.store->organisation();
    EXPECT_EQ(org->account(w.nightTech)->role, v1::ROLE_ADMIN);
    EXPECT_EQ(org->managedBy(w.nightTech), std::vector<qint64>{w.night});
    EXPECT_EQ(org->account(w.nightTech)->groupId, 0);

    // A group with people in it is not deleted; the answer says why.
    v1::AdminRequest full;
    full.set_delete_group(w.tier2);
    EXPECT_EQ(w.call(w.master, full).error().code, ErrorCode::kAlreadyExists);
}

TEST(AdminApiTest, ReportsGiveKnownCountsAndAveragesForTheCallersPartOnly)
{
    World w;
    constexpr qint64 kDay0 = 1'764'028'800'000;  // 2025-11-25 00:00 UTC
    constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
    auto session = [&](qint64 technician, qint64 created, qint64 waitS, qint64 handleS, const char* customer) {
        SessionRecord r;
        r.technicianId = technician;
        r.customerName = customer;
        r.createdAtMs = created;
        r.expiresAtMs = created + 20 * 60 * 1000;
        auto id = w.store->createSession(r);
        EXPECT_TRUE(id.ok());
        if (waitS < 0) {
            EXPECT_TRUE(w.store->markSessionEnded(*id, v1::SESSION_STATUS_EXPIRED, v1::END_REASON_PIN_EXPIRED, r.expiresAtMs).ok());
            return;
        }
        EXPECT_TRUE(w.store->markSessionJoined(*id, customer, "198.51.100.4", created + waitS * 1000 / 2).ok());
        EXPECT_TRUE(w.store->markSessionActive(*id, created + waitS * 1000).ok());
        EXPECT_TRUE(w.store->markSessionEnded(*id, v1::SESSION_STATUS_CLOSED, v1::END_REASON_TECHNICIAN_ENDED,
                                              created + (waitS + handleS) * 1000)
                        .ok());
    };
    session(w.nightTech, kDay0, 60, 600, "Smith, \"Bob\"\nJr");
    session(w.nightTech, kDay0 + 3'600'000, 120, 1200, "Carol");
    session(w.nightTech, kDay0 + 7'200'000, -1, 0, "Dan");  // the PIN expired
    session(w.tier2Tech, kDay0 + kDay, 30, 300, "Eve");
    session(w.tier2Tech, kDay0 + 5 * kDay, 10, 10, "Outside the range");

    v1::AdminRequest request;
    v1::GetReport* get = request.mutable_get_report();
    get->set_kind(v1::REPORT_KIND_SESSIONS);
    get->set_from_unix_ms(kDay0);
    get->set_to_unix_ms(kDay0 + 2 * kDay);
    auto all = w.call(w.master, request);
    ASSERT_TRUE(all.ok()) << all.error().toString();
    const v1::ReportSummary& s = all->report().summary();
    EXPECT_EQ(s.sessions(), 4);
    EXPECT_EQ(s.missed(), 1);
    EXPECT_EQ(s.average_waiting_ms(), 70'000);   // (60 + 120 + 30) / 3
    EXPECT_EQ(s.longest_waiting_ms(), 120'000);
    EXPECT_EQ(s.average_handling_ms(), 700'000);  // (600 + 1200 + 300) / 3
    EXPECT_EQ(s.longest_handling_ms(), 1'200'000);
    ASSERT_EQ(all->report().days_size(), 2);
    EXPECT_EQ(all->report().days(0).day_start_unix_ms(), kDay0);
    EXPECT_EQ(all->report().days(0).sessions(), 3);
    EXPECT_EQ(all->report().days(0).average_waiting_ms(), 90'000);
    EXPECT_EQ(all->report().days(1).average_handling_ms(), 300'000);
    ASSERT_EQ(all->report().rows_size(), 4);
    EXPECT_EQ(all->report().rows(0).cells(1), "2025-11-25T00:00:00Z");
    EXPECT_EQ(all->report().rows(0).cells(2), "night@example.com");
    EXPECT_EQ(all->report().rows(0).cells(7), "60");
    EXPECT_EQ(all->report().rows(2).cells(6), "expired");
    EXPECT_EQ(all->report().rows(2).cells(7), "") << "never active: no waiting time";

    // As CSV, the customer's comma, quotes and newline stay in their cell.
    std::vector<std::vector<std::string>> table{{all->report().columns().begin(), all->report().columns().end()}};
    for (const auto& row : all->report().rows()) table.emplace_back(row.cells().begin(), row.cells().end());
    const std::string csv = base::toCsv(table);
    EXPECT_NE(csv.find(",\"Smith, \"\"Bob\"\"\nJr\","), std::string::npos) << csv;
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "Session,Created (UTC),Technician,Customer,Reference,Customer address,Status,Waiting (s),Handling (s)");

    // Tier 1's administrator: Tier 1 and below, nothing else.
    get->set_group_id(w.tier1);
    auto tier1 = w.call(w.tier1Admin, request);
    ASSERT_TRUE(tier1.ok());
    EXPECT_EQ(tier1->report().summary().sessions(), 3);
    EXPECT_EQ(tier1->report().summary().average_waiting_ms(), 90'000);
    get->set_kind(v1::REPORT_KIND_MISSED_SESSIONS);
    EXPECT_EQ(w.call(w.tier1Admin, request)->report().rows_size(), 1);
    get->set_technician_id(w.tier2Tech);
    EXPECT_EQ(w.call(w.tier1Admin, request).error().code, ErrorCode::kPermissionDenied) << "not theirs";
    get->set_technician_id(0);
    get->set_group_id(w.tier2);
    EXPECT_EQ(w.call(w.tier1Admin, request).error().code, ErrorCode::kPermissionDenied);
    get->set_group_id(0);
    EXPECT_EQ(w.call(w.tier1Admin, request).error().code, ErrorCode::kPermissionDenied) << "the whole organisation: master";
    EXPECT_EQ(w.call(w.tier2Tech, request).error().code, ErrorCode::kPermissionDenied);
    get->set_to_unix_ms(kDay0 + 400 * kDay);
    EXPECT_EQ(w.call(w.master, request).error().code, ErrorCode::kInvalidArgument) << "more than a year";

    // Sign-ins from the audit log: each administrator sees their people's.
    for (const auto& [event, who] : {std::pair{"sign_in.ok", w.nightTech}, std::pair{"sign_in.failed", w.tier2Tech},
                                     std::pair{"sign_in.failed", qint64(0)}, std::pair{"pin.issued", w.nightTech}}) {
        ASSERT_TRUE(w.store->appendAudit({0, kDay0 + 1000, event, who, 0, "192.0.2.77", {}, {}}).ok());
    }
    get->set_kind(v1::REPORT_KIND_SIGN_INS);
    get->set_to_unix_ms(kDay0 + kDay);
    EXPECT_EQ(w.call(w.master, request)->report().rows_size(), 3);
    get->set_group_id(w.tier1);
    auto theirs = w.call(w.tier1Admin, request);
    ASSERT_EQ(theirs->report().rows_size(), 1);
    EXPECT_EQ(theirs->report().rows(0).cells(2), "night@example.com");
    get->set_kind(v1::REPORT_KIND_AUDIT);
    EXPECT_EQ(w.call(w.tier1Admin, request)->report().rows_size(), 2) << "sign-in and PIN of their technician";
}

}  // namespace
}  // namespace lifeline::server
