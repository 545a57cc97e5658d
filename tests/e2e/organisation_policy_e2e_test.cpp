// The Admin Center's session and sign-in policies, enforced by a real relay (loopback, real
// TLS, fake clock): connecting, waiting and idle timeouts; sessions per technician; a
// group's own IP restrictions; the password's maximum age; terms from the settings;
// disabled accounts signed out at once; the group's permissions told to the console.
#include <gtest/gtest.h>

#include "server/organisation.h"
#include "server/organisation_settings.h"
#include "server/password_hasher.h"
#include "support/relay_harness.h"
#include "support/wait.h"

namespace lifeline {
namespace {

using base::ErrorCode;
using test::RelayHarness;
using test::waitUntil;

constexpr char kPassword[] = "correct horse battery";

server::RelayConfig quickSweep()
{
    server::RelayConfig config;
    config.expirySweepMs = 50;
    return config;
}

void setSessionSettings(RelayHarness& relay, int connecting, int waiting, int idle, int maxSessions = 10, const QString& terms = {})
{
    server::SessionSettings settings;
    settings.connectingTimeoutMinutes = connecting;
    settings.waitingTimeoutMinutes = waiting;
    settings.idleTimeoutMinutes = idle;
    settings.maxSessionsPerTechnician = maxSessions;
    settings.terms = terms;
    ASSERT_TRUE(settings.write(relay.store()).ok());
}

v1::EndReason endReason(RelayHarness& relay, quint64 sessionId)
{
    auto record = relay.store().session(static_cast<qint64>(sessionId));
    return record ? record->endReason : v1::END_REASON_UNSPECIFIED;
}

base::Result<v1::AdminResponse> admin(session::TechnicianEnd& end, const v1::AdminRequest& request)
{
    return test::awaitAnswer<v1::AdminResponse>([&](auto done) { end.admin(request, std::move(done)); });
}

TEST(OrganisationPolicyE2eTest, WaitingConnectingAndIdleTimeoutsEndSessions)
{
    RelayHarness relay(quickSweep());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    setSessionSettings(relay, 2, 3, 5);

    // Waiting: the PIN (valid 20 minutes) is out, nobody came in 3.
    auto technician = relay.connectTechnician();
    test::LinkRecorder technicianLog(technician.get());
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    auto waiting = relay.createSession(*technician, "Bob");
    ASSERT_TRUE(waiting.ok());
    relay.clock().advance(std::chrono::minutes(2) + std::chrono::seconds(59));
    test::spinFor(200);
    EXPECT_FALSE(technicianLog.hasStatus(v1::SESSION_STATUS_EXPIRED));
    relay.clock().advance(std::chrono::seconds(2));
    ASSERT_TRUE(waitUntil([&] { return technicianLog.hasStatus(v1::SESSION_STATUS_EXPIRED); }));
    EXPECT_EQ(technicianLog.lastState()->end_reason(), v1::END_REASON_WAITING_TIMED_OUT);
    EXPECT_EQ(endReason(relay, waiting->session_id()), v1::END_REASON_WAITING_TIMED_OUT);

    // Idle: 5 minutes without anything between the ends; traffic keeps it going.
    auto pair = relay.makePair();
    relay.clock().advance(std::chrono::minutes(4));
    ASSERT_TRUE(pair.customer->sendToPeer("a screen update", protocol::TrafficClass::kVideo).ok());
    ASSERT_TRUE(waitUntil([&] { return pair.technicianLog->peerFrames.size() == 1; }));
    relay.clock().advance(std::chrono::minutes(4));
    test::spinFor(200);
    EXPECT_FALSE(pair.technicianLog->hasStatus(v1::SESSION_STATUS_CLOSED)) << "4 minutes since the last frame";
    relay.clock().advance(std::chrono::minutes(1) + std::chrono::seconds(1));
    ASSERT_TRUE(waitUntil([&] { return pair.technicianLog->hasStatus(v1::SESSION_STATUS_CLOSED); }));
    EXPECT_EQ(pair.technicianLog->lastState()->end_reason(), v1::END_REASON_IDLE_TIMED_OUT);
    EXPECT_TRUE(waitUntil([&] { return pair.customerLog->hasStatus(v1::SESSION_STATUS_CLOSED); })) << "the customer is told too";

    // Connecting: with terms, the customer has 2 minutes to accept them.
    setSessionSettings(relay, 2, 0, 0, 10, "Be nice.");
    auto accepting = relay.makePair();
    auto slow = relay.makePair();
    v1::Envelope accepted;
    accepted.mutable_consent_record()->set_terms(true);
    accepted.mutable_consent_record()->set_answer(v1::PERMISSION_ANSWER_GRANTED);
    ASSERT_TRUE(accepting.customer->notifyRelay(accepted).ok());
    test::spinFor(200);
    relay.clock().advance(std::chrono::minutes(2) + std::chrono::seconds(1));
    ASSERT_TRUE(waitUntil([&] { return slow.technicianLog->hasStatus(v1::SESSION_STATUS_ABORTED); }));
    EXPECT_EQ(slow.technicianLog->lastState()->end_reason(), v1::END_REASON_CONNECTING_TIMED_OUT);
    test::spinFor(200);
    EXPECT_FALSE(accepting.technicianLog->hasStatus(v1::SESSION_STATUS_ABORTED)) << "accepted in time";
    auto log = relay.store().auditLog();
    EXPECT_TRUE(std::any_of(log->begin(), log->end(), [](const server::AuditEntry& e) {
        return e.event == "consent.granted" && e.detail == "terms";
    })) << "the acceptance is in the audit log";
}

TEST(OrganisationPolicyE2eTest, TermsFromTheSettingsReachTheCustomerAndATermsRecordMustNotNameAPermission)
{
    server::RelayConfig config = quickSweep();
    config.terms = "From the command line.";
    RelayHarness relay(config);
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    auto created = relay.createSession(*technician, "Bob");
    auto customer = relay.connectCustomer();
    auto joined = relay.join(*customer, QString::fromStdString(created->pin()));
    ASSERT_TRUE(joined.ok());
    EXPECT_EQ(joined->terms(), "From the command line.") << "the relay's file until the Admin Center saves terms";

    setSessionSettings(relay, 0, 0, 0, 10, "From the Admin Center.");
    auto second = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*second, "ann@example.com", kPassword).ok());
    created = relay.createSession(*second, "Carol");
    auto other = relay.connectCustomer();
    test::LinkRecorder otherLog(other.get());
    joined = relay.join(*other, QString::fromStdString(created->pin()));
    ASSERT_TRUE(joined.ok());
    EXPECT_EQ(joined->terms(), "From the Admin Center.");

    v1::Envelope forged;
    forged.set_request_id(77);
    forged.mutable_consent_record()->set_terms(true);
    forged.mutable_consent_record()->set_permission(v1::PERMISSION_CONTROL);
    forged.mutable_consent_record()->set_answer(v1::PERMISSION_ANSWER_GRANTED);
    ASSERT_TRUE(other->notifyRelay(forged).ok());
    test::spinFor(200);
    auto log = relay.store().auditLog();
    EXPECT_FALSE(std::any_of(log->begin(), log->end(), [](const server::AuditEntry& e) { return e.event.startsWith("consent."); }));
}

TEST(OrganisationPolicyE2eTest, ATechnicianHasAtMostTheOrganisationsSessionsAtOnce)
{
    RelayHarness relay(quickSweep());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    setSessionSettings(relay, 0, 0, 0, 2);
    std::vector<std::unique_ptr<session::TechnicianEnd>> ends;
    for (int i = 0; i < 3; ++i) {
        ends.push_back(relay.connectTechnician());
        auto signedIn = relay.signIn(*ends.back(), "ann@example.com", kPassword);
        ASSERT_TRUE(signedIn.ok());
        EXPECT_EQ(signedIn->max_sessions(), 2);
    }
    test::LinkRecorder firstLog(ends[0].get());
    auto first = relay.createSession(*ends[0], "Bob");
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(relay.createSession(*ends[1], "Carol").ok());
    auto third = relay.createSession(*ends[2], "Dan");
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, ErrorCode::kLimitReached);
    EXPECT_NE(third.error().detail.find("2 sessions"), std::string::npos) << third.error().detail;
    // One ends: room for the next.
    ends[0]->endSession(first->session_id());
    ASSERT_TRUE(waitUntil([&] { return firstLog.hasStatus(v1::SESSION_STATUS_CLOSED); }));
    EXPECT_TRUE(relay.createSession(*ends[2], "Dan").ok());
}

TEST(OrganisationPolicyE2eTest, AGroupsIpRestrictionsRefuseItsTechniciansBeforeThePasswordIsChecked)
{
    RelayHarness relay(quickSweep());
    server::Group support;
    support.name = "Support";
    support.inheritPermissions = false;
    support.permissions = server::Organisation::defaultPermissions();
    support.ipRestrictions = "default deny\nallow 192.0.2.0/24";  // this test comes from 127.0.0.1
    auto supportId = relay.store().addGroup(support);
    server::Group nights;
    nights.name = "Nights";
    nights.parentId = *supportId;
    auto nightsId = relay.store().addGroup(nights);
    server::Group sales;
    sales.name = "Sales";
    sales.inheritPermissions = false;
    auto salesId = relay.store().addGroup(sales);
    const qint64 bob = relay.addAccount("bob@example.com", kPassword, "Bob");
    const qint64 sam = relay.addAccount("sam@example.com", kPassword, "Sam");
    ASSERT_TRUE(relay.store().setAccountGroup(bob, *nightsId).ok());
    ASSERT_TRUE(relay.store().setAccountGroup(sam, *salesId).ok());

    for (const char* password : {kPassword, "a wrong password"}) {
        auto end = relay.connectTechnician();
        auto refused = relay.signIn(*end, "bob@example.com", password);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::kPermissionDenied) << "the rules of the group above, whatever the password";
        EXPECT_NE(refused.error().detail.find("technician group"), std::string::npos);
    }
    auto samEnd = relay.connectTechnician();
    EXPECT_TRUE(relay.signIn(*samEnd, "sam@example.com", kPassword).ok()) << "another group's rules are not Sam's";
    auto org = relay.store().organisation();
    server::Group open = *org->group(*supportId);
    open.ipRestrictions = "default deny\nallow 127.0.0.0/8";
    ASSERT_TRUE(relay.store().updateGroup(open).ok());
    auto end = relay.connectTechnician();
    EXPECT_TRUE(relay.signIn(*end, "bob@example.com", kPassword).ok()) << "a change applies to the next sign-in";
}

TEST(OrganisationPolicyE2eTest, AnExpiredPasswordSignsInOnlyToBeChanged)
{
    RelayHarness relay(quickSweep());
    const qint64 ann = relay.addAccount("ann@example.com", kPassword, "Ann");
    server::PasswordPolicy policy;
    policy.maxAgeDays = 30;
    policy.warnDays = 7;
    ASSERT_TRUE(relay.store().setPasswordPolicy(policy).ok());
    const qint64 now = base::toUnixMillis(relay.clock().now());
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    auto hash = server::hashPassword(kPassword);
    ASSERT_TRUE(relay.store().setPasswordHash(ann, QString::fromStdString(*hash), now - 25 * kDay).ok());

    // 25 days old: fine, and the console learns when it expires (to warn within 7 days).
    auto end = relay.connectTechnician();
    auto fresh = relay.signIn(*end, "ann@example.com", kPassword);
    ASSERT_TRUE(fresh.ok());
    EXPECT_FALSE(fresh->password_change_required());
    EXPECT_EQ(fresh->password_expires_at_unix_ms(), now + 5 * kDay);
    EXPECT_EQ(fresh->password_warn_days(), 7);

    // 31 days old: signed in, but only to change it.
    relay.clock().advance(std::chrono::hours(24 * 6));
    auto expiredEnd = relay.connectTechnician();
    auto expired = relay.signIn(*expiredEnd, "ann@example.com", kPassword);
    ASSERT_TRUE(expired.ok());
    EXPECT_TRUE(expired->password_change_required());
    EXPECT_EQ(relay.createSession(*expiredEnd, "Bob").error().code, ErrorCode::kPermissionDenied);
    v1::AdminRequest look;
    look.mutable_get_organisation();
    EXPECT_EQ(admin(*expiredEnd, look).error().code, ErrorCode::kPermissionDenied);
    v1::AdminRequest change;
    change.mutable_set_password()->set_member_id(ann);
    change.mutable_set_password()->set_current_password(kPassword);
    change.mutable_set_password()->set_password(kPassword);
    EXPECT_EQ(admin(*expiredEnd, change).error().code, ErrorCode::kInvalidArgument) << "not the same again";
    change.mutable_set_password()->set_password("a brand new password");
    ASSERT_TRUE(admin(*expiredEnd, change).ok());
    EXPECT_TRUE(relay.createSession(*expiredEnd, "Bob").ok()) << "changed: the connection works";
    auto again = relay.connectTechnician();
    auto renewed = relay.signIn(*again, "ann@example.com", "a brand new password");
    ASSERT_TRUE(renewed.ok());
    EXPECT_FALSE(renewed->password_change_required());
}

TEST(OrganisationPolicyE2eTest, DisablingAnAccountSignsItOutEverywhereAtOnce)
{
    RelayHarness relay(quickSweep());
    relay.addAccount("master@example.com", kPassword, "Mia", v1::ROLE_MASTER_ADMIN);
    auto master = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*master, "master@example.com", kPassword).ok());
    auto pair = relay.makePair("ann@example.com");
    auto account = relay.connectTechnician();
    test::LinkRecorder accountLog(account.get());
    auto signedIn = relay.signIn(*account, "ann@example.com", kPassword);
    ASSERT_TRUE(signedIn.ok());

    v1::AdminRequest disable;
    v1::Member* member = disable.mutable_update_member();
    member->set_id(static_cast<qint64>(signedIn->account_id()));
    member->set_name("Ann");
    member->set_nickname("Ann");
    member->set_role(v1::ROLE_TECHNICIAN);
    member->set_enabled(false);
    ASSERT_TRUE(admin(*master, disable).ok());
    ASSERT_TRUE(waitUntil([&] { return accountLog.failure.has_value() && pair.technicianLog->failure.has_value(); }));
    ASSERT_TRUE(waitUntil([&] { return pair.customerLog->hasStatus(v1::SESSION_STATUS_ABORTED); }))
        << "the customer's session ends with the technician's connection";
    auto token = relay.connectTechnician();
    auto byToken = test::awaitAnswer<v1::SignInResult>(
        [&](auto done) { token->signInWithToken(signedIn->resume_token(), std::move(done)); });
    EXPECT_FALSE(byToken.ok());
}

TEST(OrganisationPolicyE2eTest, TheChatLogReportHasWhatBothEndsSentUnderTheRelaysNames)
{
    RelayHarness relay(quickSweep());
    relay.addAccount("master@example.com", kPassword, "Mia", v1::ROLE_MASTER_ADMIN);
    auto pair = relay.makePair();
    auto line = [](const std::string& text) {
        v1::Envelope envelope;
        envelope.mutable_chat_log()->set_text(text);
        envelope.mutable_chat_log()->set_sent_at_unix_ms(1);  // the sender's clock is not taken
        return envelope;
    };
    ASSERT_TRUE(pair.technician->notifyRelay(line("Hello, I am Ann.")).ok());
    ASSERT_TRUE(pair.customer->notifyRelay(line("Smith, \"Bob\" here")).ok());
    ASSERT_TRUE(pair.customer->notifyRelay(line(std::string(4001, 'x'))).ok());  // too long: not kept
    auto stranger = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*stranger, "master@example.com", kPassword).ok());
    ASSERT_TRUE(stranger->notifyRelay(line("not in a session")).ok());
    test::spinFor(300);

    auto master = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*master, "master@example.com", kPassword).ok());
    v1::AdminRequest request;
    request.mutable_get_report()->set_kind(v1::REPORT_KIND_CHAT_LOGS);
    const qint64 now = base::toUnixMillis(relay.clock().now());
    request.mutable_get_report()->set_from_unix_ms(now - 3'600'000);
    request.mutable_get_report()->set_to_unix_ms(now + 3'600'000);
    auto report = admin(*master, request);
    ASSERT_TRUE(report.ok()) << report.error().toString();
    ASSERT_EQ(report->report().rows_size(), 2);
    const auto& first = report->report().rows(0);
    EXPECT_EQ(first.cells(0), std::to_string(pair.sessionId));
    EXPECT_EQ(first.cells(2), "ann@example.com");
    EXPECT_EQ(first.cells(3), "technician");
    EXPECT_EQ(first.cells(4), "Ann");
    EXPECT_EQ(first.cells(5), "Hello, I am Ann.");
    const auto& second = report->report().rows(1);
    EXPECT_EQ(second.cells(3), "customer");
    EXPECT_EQ(second.cells(4), "Bob Customer") << "the name the relay knows, not one the applet makes up";
    EXPECT_EQ(second.cells(5), "Smith, \"Bob\" here");
}

TEST(OrganisationPolicyE2eTest, TheConsoleLearnsTheGroupsPermissionsAndTheSessionsPolicy)
{
    RelayHarness relay(quickSweep());
    server::Group group;
    group.name = "Viewers";
    group.inheritPermissions = false;
    group.permissions = {v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_VIEW_DESKTOP, v1::GROUP_PERMISSION_CHAT};
    auto id = relay.store().addGroup(group);
    const qint64 ann = relay.addAccount("ann@example.com", kPassword, "Ann");
    ASSERT_TRUE(relay.store().setAccountGroup(ann, *id).ok());
    auto end = relay.connectTechnician();
    auto signedIn = relay.signIn(*end, "ann@example.com", kPassword);
    ASSERT_TRUE(signedIn.ok());
    EXPECT_TRUE(signedIn->in_group());
    std::set<int> permissions(signedIn->permissions().begin(), signedIn->permissions().end());
    EXPECT_EQ(permissions, (std::set<int>{v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_VIEW_DESKTOP,
                                          v1::GROUP_PERMISSION_CHAT}));
    auto created = relay.createSession(*end, "Bob");
    ASSERT_TRUE(created.ok());
    ASSERT_EQ(created->policy().allowed_size(), 1);
    EXPECT_EQ(created->policy().allowed(0), v1::PERMISSION_VIEW_SCREEN);
}

}  // namespace
}  // namespace lifeline
