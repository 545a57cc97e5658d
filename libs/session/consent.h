#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "core/protocol/envelope.h"

namespace lifeline::session {

// What a technician can ask the customer for. Values are stable (session records, wire).
enum class Permission : std::uint8_t {
    kViewScreen = 1,
    kControl = 2,
    kSendFiles = 3,     // technician -> customer
    kReceiveFiles = 4,  // customer -> technician
    kManageFiles = 5,   // browse, rename, delete on the customer's machine
    kSystemInfo = 6,
    kReboot = 7,
    kClipboard = 8,
    kRecording = 9,
};

inline constexpr Permission kAllPermissions[] = {
    Permission::kViewScreen, Permission::kControl,    Permission::kSendFiles,
    Permission::kReceiveFiles, Permission::kManageFiles, Permission::kSystemInfo,
    Permission::kReboot,     Permission::kClipboard,  Permission::kRecording,
};

std::string_view permissionName(Permission permission);
// The wire enum has the same values; anything else (0, unknown) is nullopt.
std::optional<Permission> permissionFromWire(int value);
inline ::lifeline::v1::Permission toWire(Permission permission)
{
    return static_cast<::lifeline::v1::Permission>(permission);
}

// The session policy the relay sends the customer's end (the technician group's rights).
struct SessionPolicy
{
    std::set<Permission> allowed;
    // One question at the start for everything the policy allows (the seeds' single prompt);
    // recording is still asked on its own.
    bool singlePrompt = false;
    bool pauseBreakRevokes = true;
    // The technician group's whole list (SessionPolicy.group_permissions), for features a
    // later version adds; nullopt: no group (the relay's default policy).
    std::optional<std::set<int>> groupPermissions;

    // Whether the technician's group allows `permission` (a feature with no Permission of its
    // own); true without a group.
    bool groupAllows(int permission) const { return !groupPermissions || groupPermissions->count(permission) != 0; }

    static SessionPolicy fromWire(const ::lifeline::v1::SessionPolicy& wire);
};

// The customer's end of consent: a permission is granted only when the policy allows it
// AND the customer said yes. The applet enforces this itself — the console's word counts
// for nothing. Stop (or Pause/Break) revokes every grant; chat stays. Every decision is
// logged for the session record.
//
// A plain value class, used on the applet's GUI thread; the applet turns grants into
// ScreenSharer::start/stop, RemoteControl::setGranted and ClipboardSync::setAllowed.
class Consent
{
public:
    enum class Outcome {
        kGranted,          // already granted: go ahead
        kRefusedByPolicy,  // the policy forbids it: refused without asking
        kAskCustomer,      // the applet must ask (now pending)
    };
    enum class Source : std::uint8_t { kCustomer, kPolicy, kStop };
    struct Decision
    {
        Permission permission;
        bool granted;
        Source source;
    };

    explicit Consent(SessionPolicy policy) : m_policy(std::move(policy)) {}

    // The technician asks for a permission.
    Outcome request(Permission permission);
    // The customer answers a pending question. Answers to questions never asked (or
    // already answered) change nothing and return false.
    bool answer(Permission permission, bool allow);
    // The single prompt at the start: everything the policy allows except recording.
    // Declining it leaves each permission to be asked when the technician wants it.
    void answerSinglePrompt(bool allowAll);
    // Stop: revokes every grant and forgets pending questions.
    void revokeAll();
    // Takes one grant back (what was allowed could not be done, or the technician gave it
    // back); false if not granted.
    bool revoke(Permission permission);
    // Forgets a pending question (the technician withdrew it); false if none was pending.
    bool withdraw(Permission permission) { return m_pending.erase(permission) != 0; }

    bool isGranted(Permission permission) const { return m_granted.count(permission) != 0; }
    bool isPending(Permission permission) const { return m_pending.count(permission) != 0; }
    bool anyGranted() const { return !m_granted.empty(); }
    const SessionPolicy& policy() const { return m_policy; }
    const std::vector<Decision>& decisions() const { return m_decisions; }

private:
    bool policyAllows(Permission permission) const { return m_policy.allowed.count(permission) != 0; }

    SessionPolicy m_policy;
    std::set<Permission> m_granted;
    std::set<Permission> m_pending;
    std::vector<Decision> m_decisions;
};

}  // namespace lifeline::session
