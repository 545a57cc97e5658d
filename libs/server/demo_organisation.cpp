#include "server/demo_organisation.h"

#include "server/organisation.h"
#include "server/password_hasher.h"

namespace lifeline::server {

base::Result<bool> seedDemoOrganisation(Store& store, const std::string& password, qint64 nowMs)
{
    auto existing = store.groups();
    if (!existing) return existing.error();
    if (!existing->empty()) return false;
    auto hash = hashPassword(password);
    if (!hash) return hash.error();

    auto group = [&](const char* name, qint64 parent, bool inherit, GroupPermissions permissions, bool locked,
                     const char* description) -> base::Result<qint64> {
        Group g;
        g.name = QString::fromUtf8(name);
        g.parentId = parent;
        g.inheritPermissions = inherit;
        g.permissions = std::move(permissions);
        g.permissionsLocked = locked;
        g.description = QString::fromUtf8(description);
        g.createdAtMs = nowMs;
        return store.addGroup(g);
    };
    auto support = group("Support", 0, false, Organisation::defaultPermissions(), false, "First-line support");
    if (!support) return support.error();
    auto tier1 = group("Tier 1", *support, true, {}, false, "Takes the calls");
    if (!tier1) return tier1.error();
    auto night = group("Night shift", *tier1, true, {}, false, "Evenings and weekends");
    if (!night) return night.error();
    GroupPermissions tier2Permissions = Organisation::defaultPermissions();
    tier2Permissions.insert({v1::GROUP_PERMISSION_REBOOT, v1::GROUP_PERMISSION_RECORD, v1::GROUP_PERMISSION_RECORD_ONLY_WITH_CONSENT});
    auto tier2 = group("Tier 2", *support, false, tier2Permissions, false, "Escalations");
    if (!tier2) return tier2.error();
    auto sales = group("Sales", 0, false,
                       {v1::GROUP_PERMISSION_CHAT, v1::GROUP_PERMISSION_VIEW_DESKTOP, v1::GROUP_PERMISSION_PRIVATE_SESSIONS}, true,
                       "Shows customers around; no control");
    if (!sales) return sales.error();

    auto person = [&](const char* email, const char* name, const char* nickname, v1::Role role, qint64 groupId) -> base::Result<qint64> {
        Account a;
        a.email = QString::fromUtf8(email);
        a.name = QString::fromUtf8(name);
        a.nickname = QString::fromUtf8(nickname);
        a.role = role;
        a.groupId = groupId;
        a.passwordHash = QString::fromStdString(*hash);
        a.createdAtMs = nowMs;
        a.passwordChangedAtMs = nowMs;
        return store.addAccount(a);
    };
    for (const auto& [email, name, nickname, groupId] :
         {std::tuple{"bob@lifeline.test", "Bob Jansen", "Bob", *tier1}, std::tuple{"chloe@lifeline.test", "Chloé Martin", "Chloé", *tier1},
          std::tuple{"dev@lifeline.test", "Dev Patel", "Dev", *night}, std::tuple{"erik@lifeline.test", "Erik Nowak", "Erik", *tier2},
          std::tuple{"fatima@lifeline.test", "Fatima Rossi", "Fatima", *sales}}) {
        if (auto id = person(email, name, nickname, v1::ROLE_TECHNICIAN, groupId); !id) return id.error();
    }
    auto eve = person("eve@lifeline.test", "Eve Schmidt", "Eve", v1::ROLE_ADMIN, 0);
    if (!eve) return eve.error();
    if (auto ok = store.setManagedGroups(*eve, {*support}); !ok) return ok.error();
    return true;
}

}  // namespace lifeline::server
