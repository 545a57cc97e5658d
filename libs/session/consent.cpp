#include "session/consent.h"

namespace lifeline::session {

std::string_view permissionName(Permission permission)
{
    switch (permission) {
    case Permission::kViewScreen: return "view-screen";
    case Permission::kControl: return "control";
    case Permission::kSendFiles: return "send-files";
    case Permission::kReceiveFiles: return "receive-files";
    case Permission::kManageFiles: return "manage-files";
    case Permission::kSystemInfo: return "system-info";
    case Permission::kReboot: return "reboot";
    case Permission::kClipboard: return "clipboard";
    case Permission::kRecording: return "recording";
    }
    return "unknown";
}

std::optional<Permission> permissionFromWire(int value)
{
    for (Permission permission : kAllPermissions) {
        if (static_cast<int>(permission) == value) return permission;
    }
    return std::nullopt;
}

SessionPolicy SessionPolicy::fromWire(const ::lifeline::v1::SessionPolicy& wire)
{
    SessionPolicy policy;
    for (int value : wire.allowed()) {
        if (auto permission = permissionFromWire(value)) policy.allowed.insert(*permission);
    }
    policy.singlePrompt = wire.single_prompt();
    policy.pauseBreakRevokes = !wire.pause_break_disabled();
    if (wire.from_group()) policy.groupPermissions = std::set<int>(wire.group_permissions().begin(), wire.group_permissions().end());
    return policy;
}

Consent::Outcome Consent::request(Permission permission)
{
    if (!policyAllows(permission)) {
        m_decisions.push_back(Decision{permission, false, Source::kPolicy});
        return Outcome::kRefusedByPolicy;
    }
    if (isGranted(permission)) return Outcome::kGranted;
    m_pending.insert(permission);
    return Outcome::kAskCustomer;
}

bool Consent::answer(Permission permission, bool allow)
{
    if (m_pending.erase(permission) == 0) return false;
    // The policy was checked when asked; checked again in case it is ever changed mid-way.
    const bool granted = allow && policyAllows(permission);
    if (granted) m_granted.insert(permission);
    m_decisions.push_back(Decision{permission, granted, Source::kCustomer});
    return true;
}

void Consent::answerSinglePrompt(bool allowAll)
{
    if (!allowAll) return;  // each permission will be asked on its own
    for (Permission permission : m_policy.allowed) {
        if (permission == Permission::kRecording || isGranted(permission)) continue;
        m_granted.insert(permission);
        m_pending.erase(permission);
        m_decisions.push_back(Decision{permission, true, Source::kCustomer});
    }
}

bool Consent::revoke(Permission permission)
{
    if (m_granted.erase(permission) == 0) return false;
    m_decisions.push_back(Decision{permission, false, Source::kStop});
    return true;
}

void Consent::revokeAll()
{
    for (Permission permission : m_granted) m_decisions.push_back(Decision{permission, false, Source::kStop});
    m_granted.clear();
    m_pending.clear();
}

}  // namespace lifeline::session
