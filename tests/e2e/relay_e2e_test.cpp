// End to end through a real relay on a loopback port with real TLS: sign-in, lockout,
// PINs, pairing, forwarding, back-pressure, ends going away, records and audit.
#include <gtest/gtest.h>

#include <openssl/sha.h>

#include <QSslSocket>

#include "core/protocol/frame.h"
#include "server/organisation.h"
#include "server/totp.h"
#include "support/relay_harness.h"
#include "support/wait.h"

namespace lifeline {
namespace {

using base::ErrorCode;
using protocol::TrafficClass;
using test::RelayHarness;
using test::waitUntil;

constexpr char kPassword[] = "correct horse battery";

// Payload i: its index then bytes derived from it, so order and integrity both show.
std::string numberedPayload(std::uint32_t index, std::size_t size)
{
    std::string payload(std::max<std::size_t>(size, 4), '\0');
    payload[0] = static_cast<char>(index >> 24);
    payload[1] = static_cast<char>(index >> 16);
    payload[2] = static_cast<char>(index >> 8);
    payload[3] = static_cast<char>(index);
    std::uint32_t x = index * 2654435761u + 1;
    for (std::size_t i = 4; i < payload.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        payload[i] = static_cast<char>(x);
    }
    return payload;
}

std::size_t sizeFor(std::uint32_t index)
{
    return 1 + (index * 7919u) % 3000;  // 1 .. 3000 bytes, varied
}

class RelayE2eTest : public ::testing::Test
{
protected:
    static server::RelayConfig shortTimes()
    {
        server::RelayConfig config;
        config.expirySweepMs = 50;
        return config;
    }
};

TEST_F(RelayE2eTest, TechnicianSignsIn)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann", v1::ROLE_ADMIN);
    auto technician = relay.connectTechnician();
    auto result = relay.signIn(*technician, "Ann@Example.com ", kPassword);
    ASSERT_TRUE(result.ok()) << result.error().toString();
    EXPECT_EQ(result->nickname(), "Ann");
    EXPECT_EQ(result->role(), v1::ROLE_ADMIN);
    EXPECT_EQ(result->organisation_name(), "Contoso IT");
    EXPECT_EQ(technician->commonCapabilities(), protocol::defaultCapabilities());
}

TEST_F(RelayE2eTest, WrongPasswordAndUnknownEmailGetTheSameError)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    auto wrong = relay.signIn(*technician, "ann@example.com", "not the password");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::kInvalidCredentials);
    auto unknown = relay.signIn(*technician, "nobody@example.com", kPassword);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::kInvalidCredentials);
    EXPECT_EQ(unknown.error().detail, wrong.error().detail);
}

TEST_F(RelayE2eTest, RepeatedFailuresLockTheAccountWithWaitTime)
{
    server::RelayConfig config = shortTimes();
    config.lockoutThreshold = 3;
    config.lockoutDuration = std::chrono::seconds(300);
    RelayHarness relay(config);
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    for (int i = 0; i < 2; ++i) {
        auto r = relay.signIn(*technician, "ann@example.com", "wrong");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::kInvalidCredentials);
    }
    auto third = relay.signIn(*technician, "ann@example.com", "wrong");
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, ErrorCode::kAccountLocked);
    EXPECT_EQ(third.error().retryAfterSeconds, 300u);

    // Even the right password is refused while locked, with the time left.
    relay.clock().advance(std::chrono::seconds(100));
    auto locked = relay.signIn(*technician, "ann@example.com", kPassword);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::kAccountLocked);
    EXPECT_EQ(locked.error().retryAfterSeconds, 200u);

    relay.clock().advance(std::chrono::seconds(201));
    auto after = relay.signIn(*technician, "ann@example.com", kPassword);
    ASSERT_TRUE(after.ok()) << after.error().toString();
}

TEST_F(RelayE2eTest, ResumeTokenSignsInFurtherConnectionsWithoutThePassword)
{
    RelayHarness relay(shortTimes());
    const qint64 id = relay.addAccount("ann@example.com", kPassword, "Ann");
    auto first = relay.connectTechnician();
    auto signedIn = relay.signIn(*first, "ann@example.com", kPassword);
    ASSERT_TRUE(signedIn.ok());
    const std::string token = signedIn->resume_token();
    EXPECT_EQ(token.size(), 64u);
    EXPECT_EQ(signedIn->resume_token_expires_at_unix_ms(),
              base::toUnixMillis(relay.clock().now() + std::chrono::hours(12)));

    auto signInWith = [&](const std::string& t) {
        auto end = relay.connectTechnician();
        std::optional<base::Result<v1::SignInResult>> result;
        end->signInWithToken(t, [&](auto r) { result.emplace(std::move(r)); });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }));
        return std::move(*result);
    };
    auto second = signInWith(token);
    ASSERT_TRUE(second.ok()) << second.error().toString();
    EXPECT_EQ(second->nickname(), "Ann");
    EXPECT_TRUE(second->resume_token().empty());  // no token minted from a token

    auto forged = signInWith(std::string(64, 'a'));
    ASSERT_FALSE(forged.ok());
    EXPECT_EQ(forged.error().code, ErrorCode::kInvalidCredentials);

    relay.clock().advance(std::chrono::hours(12));
    auto expired = signInWith(token);
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().code, ErrorCode::kInvalidCredentials);

    // A fresh token stops working when the account is disabled.
    auto again = relay.signIn(*relay.connectTechnician(), "ann@example.com", kPassword);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(relay.store().setAccountEnabled(id, false).ok());
    auto disabled = signInWith(again->resume_token());
    ASSERT_FALSE(disabled.ok());
    EXPECT_EQ(disabled.error().code, ErrorCode::kAccountDisabled);
}

TEST_F(RelayE2eTest, DisabledAccountCannotSignIn)
{
    RelayHarness relay(shortTimes());
    const qint64 id = relay.addAccount("ann@example.com", kPassword, "Ann");
    ASSERT_TRUE(relay.store().setAccountEnabled(id, false).ok());
    auto technician = relay.connectTechnician();
    auto r = relay.signIn(*technician, "ann@example.com", kPassword);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kAccountDisabled);
}

TEST_F(RelayE2eTest, IpRestrictionsRefuseSignInAtOnceAndChangesApplyToTheNextOne)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto first = relay.connectTechnician();
    auto signedIn = relay.signIn(*first, "ann@example.com", kPassword);
    ASSERT_TRUE(signedIn.ok());

    // The office network only; this test comes from 127.0.0.1.
    ASSERT_TRUE(relay.store().setSetting("ip_restrictions", "default deny\nallow 192.0.2.0/24\nallow 2001:db8::/32").ok());
    auto technician = relay.connectTechnician();
    auto refused = relay.signIn(*technician, "ann@example.com", kPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kPermissionDenied);
    EXPECT_NE(refused.error().detail.find("127.0.0.1"), std::string::npos) << refused.error().detail;
    auto token = relay.connectTechnician();
    std::optional<base::Result<v1::SignInResult>> byToken;
    token->signInWithToken(signedIn->resume_token(), [&](auto r) { byToken.emplace(std::move(r)); });
    ASSERT_TRUE(waitUntil([&] { return byToken.has_value(); }));
    EXPECT_EQ(byToken->error().code, ErrorCode::kPermissionDenied) << "a resume token does not get round it";

    // Unreadable rules refuse everyone rather than no one.
    ASSERT_TRUE(relay.store().setSetting("ip_restrictions", "allow everything").ok());
    auto unreadable = relay.connectTechnician();
    EXPECT_EQ(relay.signIn(*unreadable, "ann@example.com", kPassword).error().code, ErrorCode::kPermissionDenied);

    ASSERT_TRUE(relay.store().setSetting("ip_restrictions", "default deny\nallow 127.0.0.1").ok());
    auto allowed = relay.connectTechnician();
    EXPECT_TRUE(relay.signIn(*allowed, "ann@example.com", kPassword).ok());
    auto log = relay.store().auditLog();
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(std::count_if(log->begin(), log->end(), [](const server::AuditEntry& e) { return e.event == "sign_in.refused_ip"; }), 3);
}

TEST_F(RelayE2eTest, AdminCallsTravelOnRouteZeroAndAreRefusedToTechnicians)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("master@example.com", kPassword, "Mia", v1::ROLE_MASTER_ADMIN);
    relay.addAccount("tech@example.com", kPassword, "Tom");
    auto call = [&](session::TechnicianEnd& end, const v1::AdminRequest& request) {
        std::optional<base::Result<v1::AdminResponse>> answer;
        end.admin(request, [&](auto r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }));
        return answer.value_or(base::makeError(ErrorCode::kTimeout, "no answer"));
    };
    v1::AdminRequest create;
    create.mutable_create_group()->set_name("Help desk");
    create.mutable_create_group()->add_permissions(v1::GROUP_PERMISSION_PRIVATE_SESSIONS);

    auto nobody = relay.connectTechnician();
    EXPECT_EQ(call(*nobody, create).error().code, ErrorCode::kNotSignedIn);
    auto tech = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*tech, "tech@example.com", kPassword).ok());
    EXPECT_EQ(call(*tech, create).error().code, ErrorCode::kPermissionDenied);

    auto master = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*master, "master@example.com", kPassword).ok());
    auto created = call(*master, create);
    ASSERT_TRUE(created.ok()) << created.error().toString();
    EXPECT_GT(created->created_id(), 0);
    v1::AdminRequest get;
    get.mutable_get_organisation();
    auto view = call(*master, get);
    ASSERT_TRUE(view.ok());
    ASSERT_EQ(view->organisation().groups_size(), 1);
    EXPECT_EQ(view->organisation().groups(0).name(), "Help desk");
    EXPECT_EQ(view->organisation().members_size(), 2);

    auto log = relay.store().auditLog();
    ASSERT_TRUE(log.ok());
    auto has = [&](const char* event, qint64 who) {
        return std::any_of(log->begin(), log->end(), [&](const server::AuditEntry& e) {
            return e.event == event && e.accountId == who && e.source == "127.0.0.1";
        });
    };
    EXPECT_TRUE(has("admin.group.created", 1));
    EXPECT_TRUE(has("admin.refused", 2));
    EXPECT_EQ(relay.store().verifyAuditLog()->firstBrokenId, 0);
}

TEST_F(RelayE2eTest, TwoStepSignInEnrolsWithACodeAndThenAsksForOneEachTime)
{
    RelayHarness relay(shortTimes());
    const qint64 master = relay.addAccount("master@example.com", kPassword, "Mia", v1::ROLE_MASTER_ADMIN);
    const qint64 tom = relay.addAccount("tom@example.com", kPassword, "Tom");
    server::Group secure;
    secure.name = "Secure desk";
    secure.inheritPermissions = false;
    secure.permissions = server::Organisation::defaultPermissions();
    secure.requireTwoFactor = true;
    auto groupId = relay.store().addGroup(secure);
    ASSERT_TRUE(groupId.ok());
    ASSERT_TRUE(relay.store().setAccountGroup(tom, *groupId).ok());
    auto call = [&](session::TechnicianEnd& end, const v1::AdminRequest& request) {
        std::optional<base::Result<v1::AdminResponse>> answer;
        end.admin(request, [&](auto r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }));
        return answer.value_or(base::makeError(ErrorCode::kTimeout, "no answer"));
    };
    auto nowSeconds = [&] {
        return std::chrono::duration_cast<std::chrono::seconds>(relay.clock().now().time_since_epoch()).count();
    };

    // The group requires it and Tom has none: signed in, but only to set it up.
    auto first = relay.connectTechnician();
    auto signedIn = relay.signIn(*first, "tom@example.com", kPassword);
    ASSERT_TRUE(signedIn.ok());
    EXPECT_TRUE(signedIn->two_factor_enrolment_required());
    EXPECT_EQ(relay.createSession(*first, "Bob").error().code, ErrorCode::kPermissionDenied);
    v1::AdminRequest begin;
    begin.mutable_begin_two_factor();
    auto enrolment = call(*first, begin);
    ASSERT_TRUE(enrolment.ok()) << enrolment.error().toString();
    const auto& e = enrolment->enrolment();
    EXPECT_EQ(e.recovery_codes_size(), 10);
    EXPECT_NE(e.otpauth_uri().find("otpauth://totp/Contoso%20IT:tom@example.com?secret=" + e.secret_base32()), std::string::npos)
        << e.otpauth_uri();
    const auto secret = *server::base32Decode(e.secret_base32());
    v1::AdminRequest confirm;
    confirm.set_confirm_two_factor("000000");
    if (server::totpCode(secret, nowSeconds()) == "000000") confirm.set_confirm_two_factor("111111");
    EXPECT_EQ(call(*first, confirm).error().code, ErrorCode::kInvalidCredentials);
    confirm.set_confirm_two_factor(server::totpCode(secret, nowSeconds()));
    ASSERT_TRUE(call(*first, confirm).ok());
    EXPECT_TRUE(relay.createSession(*first, "Bob").ok()) << "set up: the session may start";

    // From now on: the password alone asks for the code; a wrong code is a failure.
    relay.clock().advance(std::chrono::seconds(30));
    auto second = relay.connectTechnician();
    EXPECT_EQ(relay.signIn(*second, "tom@example.com", kPassword).error().code, ErrorCode::kSecondFactorRequired);
    EXPECT_EQ(relay.signIn(*second, "tom@example.com", kPassword, "123").error().code, ErrorCode::kInvalidCredentials);
    const QString code = QString::fromStdString(server::totpCode(secret, nowSeconds()));
    auto withCode = relay.signIn(*second, "tom@example.com", kPassword, code);
    ASSERT_TRUE(withCode.ok()) << withCode.error().toString();
    EXPECT_FALSE(withCode->two_factor_enrolment_required());
    auto replay = relay.connectTechnician();
    EXPECT_EQ(relay.signIn(*replay, "tom@example.com", kPassword, code).error().code, ErrorCode::kInvalidCredentials)
        << "a code is taken once";
    // A recovery code, once.
    const QString recovery = QString::fromStdString(e.recovery_codes(3));
    EXPECT_TRUE(relay.signIn(*replay, "tom@example.com", kPassword, recovery.toLower()).ok());
    auto again = relay.connectTechnician();
    EXPECT_EQ(relay.signIn(*again, "tom@example.com", kPassword, recovery).error().code, ErrorCode::kInvalidCredentials);

    // The master resets it (a new phone): the next sign-in sets it up again.
    auto admin = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*admin, "master@example.com", kPassword).ok());
    v1::AdminRequest reset;
    reset.set_reset_two_factor(tom);
    ASSERT_TRUE(call(*admin, reset).ok());
    auto afterReset = relay.connectTechnician();
    auto plain = relay.signIn(*afterReset, "tom@example.com", kPassword);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->two_factor_enrolment_required());
    auto log = relay.store().auditLog();
    auto has = [&](const char* event, qint64 who) {
        return std::any_of(log->begin(), log->end(), [&](const server::AuditEntry& x) { return x.event == event && x.accountId == who; });
    };
    EXPECT_TRUE(has("two_factor.enrolled", tom));
    EXPECT_TRUE(has("sign_in.recovery_code", tom));
    EXPECT_TRUE(has("admin.two_factor.reset", master));
}

TEST_F(RelayE2eTest, TheAdminCentersPinValidityAndAddressPolicyApplyToTheNextSession)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("master@example.com", kPassword, "Mia", v1::ROLE_MASTER_ADMIN);
    auto master = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*master, "master@example.com", kPassword).ok());
    std::optional<base::Result<v1::AdminResponse>> answer;
    v1::AdminRequest get;
    get.mutable_get_global_settings();
    master->admin(get, [&](auto r) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    EXPECT_EQ((*answer)->global_settings().pin_validity_minutes(), 20) << "the relay's configuration until set";
    EXPECT_TRUE((*answer)->global_settings().store_customer_addresses());

    v1::AdminRequest set;
    set.mutable_set_global_settings()->mutable_password_policy()->set_min_length(8);
    set.mutable_set_global_settings()->mutable_password_policy()->set_min_classes(1);
    set.mutable_set_global_settings()->set_pin_validity_minutes(5);
    set.mutable_set_global_settings()->set_store_customer_addresses(false);
    answer.reset();
    master->admin(set, [&](auto r) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok()) << answer->error().toString();

    auto technician = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*technician, "master@example.com", kPassword).ok());
    const qint64 before = base::toUnixMillis(relay.clock().now());
    auto created = relay.createSession(*technician, "Bob");
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->expires_at_unix_ms() - before, 5 * 60 * 1000);
    auto customer = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*customer, QString::fromStdString(created->pin())).ok());
    auto record = relay.store().session(static_cast<qint64>(created->session_id()));
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->customerName, "Bob");
    EXPECT_TRUE(record->customerAddress.isEmpty()) << "not kept";
    auto log = relay.store().auditLog();
    const auto joined = std::find_if(log->begin(), log->end(), [](const server::AuditEntry& e) { return e.event == "session.joined"; });
    ASSERT_NE(joined, log->end());
    EXPECT_TRUE(joined->source.isEmpty()) << "nor in the audit log";
}

TEST_F(RelayE2eTest, CreatingASessionNeedsSignIn)
{
    RelayHarness relay(shortTimes());
    auto technician = relay.connectTechnician();
    auto r = relay.createSession(*technician, "Bob");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kNotSignedIn);
}

TEST_F(RelayE2eTest, CustomerEndCannotSignIn)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto customer = relay.connectCustomer();
    std::optional<base::Result<v1::Envelope>> answer;
    v1::Envelope envelope;
    envelope.mutable_sign_in()->set_email("ann@example.com");
    envelope.mutable_sign_in()->set_password(kPassword);
    customer->request(envelope, [&](base::Result<v1::Envelope> r) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().code, ErrorCode::kPermissionDenied);
}

TEST_F(RelayE2eTest, PinIsSixDigitsAndJoinPairsTheEnds)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    test::LinkRecorder technicianLog(technician.get());
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    auto created = relay.createSession(*technician, "Bob Customer");
    ASSERT_TRUE(created.ok()) << created.error().toString();
    EXPECT_EQ(created->pin().size(), 6u);
    EXPECT_TRUE(std::all_of(created->pin().begin(), created->pin().end(), ::isdigit));
    const auto expectedExpiry =
        base::toUnixMillis(relay.clock().now() + std::chrono::minutes(20));
    EXPECT_EQ(created->expires_at_unix_ms(), expectedExpiry);
    ASSERT_TRUE(waitUntil([&] { return technicianLog.hasStatus(v1::SESSION_STATUS_WAITING); }));

    auto customer = relay.connectCustomer();
    test::LinkRecorder customerLog(customer.get());
    auto joined = relay.join(*customer, QString::fromStdString(created->pin()));
    ASSERT_TRUE(joined.ok()) << joined.error().toString();
    EXPECT_EQ(joined->technician_nickname(), "Ann");
    EXPECT_EQ(joined->organisation_name(), "Contoso IT");
    EXPECT_EQ(joined->session_id(), created->session_id());
    ASSERT_TRUE(waitUntil([&] {
        return technicianLog.hasStatus(v1::SESSION_STATUS_ACTIVE) &&
               customerLog.hasStatus(v1::SESSION_STATUS_ACTIVE);
    }));
    EXPECT_EQ(technicianLog.lastState()->customer_name(), "Bob Customer");

    auto record = relay.store().session(static_cast<qint64>(created->session_id()));
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->status, v1::SESSION_STATUS_ACTIVE);
    EXPECT_EQ(record->customerAddress, "127.0.0.1");
    EXPECT_GT(record->joinedAtMs, 0);
    EXPECT_GT(record->activeAtMs, 0);
}

TEST_F(RelayE2eTest, TenThousandFramesEachWayArriveInOrderAndIntact)
{
    RelayHarness relay(shortTimes());
    auto pair = relay.makePair();
    constexpr std::uint32_t kFrames = 10000;
    for (std::uint32_t i = 0; i < kFrames; ++i) {
        ASSERT_TRUE(pair.technician->sendToPeer(numberedPayload(i, sizeFor(i)),
                                                TrafficClass::kVideo).ok());
        ASSERT_TRUE(pair.customer->sendToPeer(numberedPayload(i + kFrames, sizeFor(i)),
                                              TrafficClass::kVideo).ok());
    }
    ASSERT_TRUE(waitUntil([&] {
        return pair.customerLog->peerFrames.size() == kFrames &&
               pair.technicianLog->peerFrames.size() == kFrames;
    }, 60000)) << pair.customerLog->peerFrames.size() << " / "
               << pair.technicianLog->peerFrames.size();
    for (std::uint32_t i = 0; i < kFrames; ++i) {
        ASSERT_EQ(pair.customerLog->peerFrames[i], numberedPayload(i, sizeFor(i))) << i;
        ASSERT_EQ(pair.technicianLog->peerFrames[i], numberedPayload(i + kFrames, sizeFor(i)))
            << i;
    }
    EXPECT_EQ(relay.relay().stats().forwardedFrames, 2u * kFrames);
}

TEST_F(RelayE2eTest, SlowReaderSlowsItsSenderInsteadOfGrowingTheRelay)
{
    server::RelayConfig config = shortTimes();
    config.forwardHighWater = 256 * 1024;
    config.forwardLowWater = 64 * 1024;
    RelayHarness relay(config);
    auto pair = relay.makePair();
    pair.customer->pauseReading();

    // The technician offers 64 MiB; with the customer not reading, the relay must stop
    // taking it: what the relay holds stays bounded and the rest waits at the sender.
    const std::string chunk(64 * 1024, 'v');
    constexpr int kChunks = 1024;
    for (int i = 0; i < kChunks; ++i) {
        ASSERT_TRUE(pair.technician->sendToPeer(chunk, TrafficClass::kVideo).ok());
    }
    std::int64_t largestAtRelay = 0;
    ASSERT_TRUE(waitUntil([&] {
        largestAtRelay = std::max(largestAtRelay, relay.relay().stats().largestPendingBytes);
        return relay.relay().stats().pausedReaders >= 1;
    }));
    test::spinFor(500);  // let everything settle in this state
    const auto stats = relay.relay().stats();
    largestAtRelay = std::max(largestAtRelay, stats.largestPendingBytes);
    EXPECT_EQ(stats.pausedReaders, 1u);
    // High water + one frame in flight + the socket's window.
    EXPECT_LE(largestAtRelay, config.forwardHighWater + 2 * 64 * 1024 + 1024);
    // Most of the data is still at the sender.
    EXPECT_GT(pair.technician->pendingBytes(), 32ll * 1024 * 1024);

    pair.customer->resumeReading();
    ASSERT_TRUE(waitUntil([&] { return pair.customerLog->peerFrames.size() == kChunks; }, 60000))
        << pair.customerLog->peerFrames.size();
    EXPECT_EQ(relay.relay().stats().pausedReaders, 0u);
    for (const auto& frame : pair.customerLog->peerFrames) {
        ASSERT_EQ(frame, chunk);
    }
}

TEST_F(RelayE2eTest, WrongPinIsRefused)
{
    RelayHarness relay(shortTimes());
    auto customer = relay.connectCustomer();
    for (const char* pin : {"123456", "12345", "abcdef", "", "1234567"}) {
        auto r = relay.join(*customer, pin);
        ASSERT_FALSE(r.ok()) << pin;
        EXPECT_EQ(r.error().code, ErrorCode::kPinNotFound) << pin;
        EXPECT_EQ(r.error().detail, "PIN not found or expired");
    }
}

TEST_F(RelayE2eTest, ExpiredPinIsRefusedAndTheTechnicianIsTold)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    test::LinkRecorder technicianLog(technician.get());
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    auto created = relay.createSession(*technician, "Bob");
    ASSERT_TRUE(created.ok());

    relay.clock().advance(std::chrono::minutes(20) + std::chrono::seconds(1));
    auto customer = relay.connectCustomer();
    auto r = relay.join(*customer, QString::fromStdString(created->pin()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kPinNotFound);
    ASSERT_TRUE(waitUntil([&] { return technicianLog.hasStatus(v1::SESSION_STATUS_EXPIRED); }));
    EXPECT_EQ(technicianLog.lastState()->end_reason(), v1::END_REASON_PIN_EXPIRED);
    auto record = relay.store().session(static_cast<qint64>(created->session_id()));
    EXPECT_EQ(record->status, v1::SESSION_STATUS_EXPIRED);
}

TEST_F(RelayE2eTest, ExpiryIsNoticedWithoutAJoinAttempt)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    test::LinkRecorder technicianLog(technician.get());
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    ASSERT_TRUE(relay.createSession(*technician, "Bob").ok());
    test::spinFor(200);
    EXPECT_FALSE(technicianLog.hasStatus(v1::SESSION_STATUS_EXPIRED));
    relay.clock().advance(std::chrono::minutes(21));
    ASSERT_TRUE(waitUntil([&] { return technicianLog.hasStatus(v1::SESSION_STATUS_EXPIRED); }));
    // The connection is free for a new session.
    EXPECT_TRUE(relay.createSession(*technician, "Carol").ok());
}

TEST_F(RelayE2eTest, PinCannotBeUsedTwice)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    auto created = relay.createSession(*technician, "Bob");
    ASSERT_TRUE(created.ok());
    const QString pin = QString::fromStdString(created->pin());
    auto first = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*first, pin).ok());
    auto second = relay.connectCustomer();
    auto r = relay.join(*second, pin);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kPinNotFound);
}

TEST_F(RelayE2eTest, OneSessionPerConnection)
{
    RelayHarness relay(shortTimes());
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    ASSERT_TRUE(relay.createSession(*technician, "Bob").ok());
    auto second = relay.createSession(*technician, "Carol");
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::kLimitReached);
}

TEST_F(RelayE2eTest, TooManyWrongPinsFromOneAddressAreThrottled)
{
    server::RelayConfig config = shortTimes();
    config.pinFailuresPerAddress = 5;
    config.pinFailureWindow = std::chrono::seconds(60);
    RelayHarness relay(config);
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto technician = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*technician, "ann@example.com", kPassword).ok());
    auto created = relay.createSession(*technician, "Bob");
    ASSERT_TRUE(created.ok());
    // A wrong PIN that differs from the real one.
    const std::string wrong = created->pin() == "000000" ? "000001" : "000000";

    auto customer = relay.connectCustomer();
    for (int i = 0; i < 5; ++i) {
        auto r = relay.join(*customer, QString::fromStdString(wrong));
        ASSERT_EQ(r.error().code, ErrorCode::kPinNotFound);
        relay.clock().advance(std::chrono::seconds(1));
    }
    // Blocked now, even with the right PIN; told how long to wait.
    auto blocked = relay.join(*customer, QString::fromStdString(created->pin()));
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, ErrorCode::kTooManyAttempts);
    EXPECT_EQ(blocked.error().retryAfterSeconds, 55u);

    relay.clock().advance(std::chrono::seconds(56));
    auto ok = relay.join(*customer, QString::fromStdString(created->pin()));
    ASSERT_TRUE(ok.ok()) << ok.error().toString();
}

TEST_F(RelayE2eTest, GlobalAttemptLimitStopsDistributedGuessing)
{
    server::RelayConfig config = shortTimes();
    config.pinFailuresPerAddress = 1000;
    config.pinFailuresGlobal = 3;
    RelayHarness relay(config);
    auto customer = relay.connectCustomer();
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(relay.join(*customer, "999999").error().code, ErrorCode::kPinNotFound);
    }
    auto another = relay.connectCustomer();
    auto r = relay.join(*another, "999999");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kTooManyAttempts);
    EXPECT_GT(r.error().retryAfterSeconds, 0u);
}

TEST_F(RelayE2eTest, CustomerLeavingIsToldToTheTechnician)
{
    RelayHarness relay(shortTimes());
    auto pair = relay.makePair();
    pair.customer.reset();  // the applet is closed (or its network went away)
    ASSERT_TRUE(waitUntil([&] { return pair.technicianLog->hasStatus(v1::SESSION_STATUS_RECONNECTING); }));
    EXPECT_EQ(pair.technicianLog->lastState()->end_reason(), v1::END_REASON_CUSTOMER_DISCONNECTED);
    // The relay keeps the session for the customer's rejoin until the grace period is over.
    relay.clock().advance(std::chrono::seconds(119));
    relay.relay().sweepExpired();
    test::spinFor(50);
    EXPECT_FALSE(pair.technicianLog->hasStatus(v1::SESSION_STATUS_ABORTED));
    relay.clock().advance(std::chrono::seconds(2));
    relay.relay().sweepExpired();
    ASSERT_TRUE(waitUntil([&] { return pair.technicianLog->hasStatus(v1::SESSION_STATUS_ABORTED); }));
    EXPECT_EQ(pair.technicianLog->lastState()->end_reason(), v1::END_REASON_CUSTOMER_DISCONNECTED);
    auto record = relay.store().session(static_cast<qint64>(pair.sessionId));
    EXPECT_EQ(record->status, v1::SESSION_STATUS_ABORTED);
    EXPECT_EQ(record->endReason, v1::END_REASON_CUSTOMER_DISCONNECTED);
    EXPECT_GT(record->endedAtMs, 0);
}

TEST_F(RelayE2eTest, TechnicianLeavingIsToldToTheCustomer)
{
    RelayHarness relay(shortTimes());
    auto pair = relay.makePair();
    pair.technician.reset();
    ASSERT_TRUE(waitUntil([&] { return pair.customerLog->hasStatus(v1::SESSION_STATUS_ABORTED); }));
    EXPECT_EQ(pair.customerLog->lastState()->end_reason(),
              v1::END_REASON_TECHNICIAN_DISCONNECTED);
}

TEST_F(RelayE2eTest, SilentEndIsDetectedByKeepaliveTimeout)
{
    server::RelayConfig config = shortTimes();
    config.keepaliveTimeoutMs = 600;
    config.reconnectGrace = std::chrono::seconds(0);  // no waiting for a rejoin: ends at once
    RelayHarness relay(config);
    auto pair = relay.makePair();
    pair.technician->setKeepaliveInterval(100);
    pair.customer->setKeepaliveInterval(0);  // connected but silent, like a frozen machine
    ASSERT_TRUE(waitUntil([&] { return pair.technicianLog->hasStatus(v1::SESSION_STATUS_ABORTED); },
                          5000));
    EXPECT_EQ(pair.technicianLog->lastState()->end_reason(), v1::END_REASON_CUSTOMER_TIMED_OUT);
    EXPECT_FALSE(pair.technicianLog->failure.has_value());  // the pinging end stays connected
    EXPECT_GE(pair.technician->lastRoundTripMs(), 0);
}

TEST_F(RelayE2eTest, EndingTheSessionTellsBothEndsAndKeepsTheRecord)
{
    RelayHarness relay(shortTimes());
    auto pair = relay.makePair();
    ASSERT_TRUE(pair.customer->sendToPeer("last words", TrafficClass::kChat).ok());
    pair.customer->endSession(pair.sessionId);
    ASSERT_TRUE(waitUntil([&] {
        return pair.technicianLog->hasStatus(v1::SESSION_STATUS_CLOSED) &&
               pair.customerLog->hasStatus(v1::SESSION_STATUS_CLOSED);
    }));
    // The frame sent before the end arrived before the notice.
    ASSERT_EQ(pair.technicianLog->peerFrames.size(), 1u);
    EXPECT_EQ(pair.technicianLog->lastState()->end_reason(), v1::END_REASON_CUSTOMER_ENDED);
    auto record = relay.store().session(static_cast<qint64>(pair.sessionId));
    EXPECT_EQ(record->status, v1::SESSION_STATUS_CLOSED);

    auto audit = relay.store().auditLog();
    ASSERT_TRUE(audit.ok());
    QStringList events;
    for (const auto& e : *audit) {
        events.push_back(e.event);
    }
    for (const char* expected : {"sign_in.ok", "pin.issued", "session.joined", "session.ended"}) {
        EXPECT_TRUE(events.contains(expected)) << expected << " not in "
                                               << events.join(",").toStdString();
    }
}

TEST_F(RelayE2eTest, ControlFramesOvertakeFileDataAndTheEndNoticeComesLast)
{
    RelayHarness relay(shortTimes());
    auto pair = relay.makePair();
    // What the technician receives, in order: frames by content, states as "state".
    std::vector<std::string> arrivals;
    QObject::connect(pair.technician.get(), &session::RelayLink::peerFrame,
                     [&](const std::string& p) { arrivals.push_back(p.substr(0, 4)); });
    QObject::connect(pair.technician.get(), &session::RelayLink::sessionStateChanged,
                     [&](const v1::SessionState& s) {
                         if (s.status() == v1::SESSION_STATUS_CLOSED) arrivals.push_back("closed");
                     });
    const std::string chunk = "file" + std::string(32 * 1024, 'f');
    constexpr int kChunks = 200;
    for (int i = 0; i < kChunks; ++i) {
        ASSERT_TRUE(pair.customer->sendToPeer(chunk, TrafficClass::kFile).ok());
    }
    ASSERT_TRUE(pair.customer->sendToPeer("keys", TrafficClass::kControl).ok());
    pair.customer->endSession(pair.sessionId);
    ASSERT_TRUE(waitUntil([&] { return !arrivals.empty() && arrivals.back() == "closed"; }, 30000));
    ASSERT_EQ(arrivals.size(), std::size_t(kChunks + 2)) << "every frame, then the notice";
    const auto keys = std::find(arrivals.begin(), arrivals.end(), "keys");
    ASSERT_NE(keys, arrivals.end());
    EXPECT_LT(keys - arrivals.begin(), kChunks / 2) << "the keystroke waited behind file data";
}

TEST_F(RelayE2eTest, ShutdownTellsEveryEnd)
{
    RelayHarness relay(shortTimes());
    auto pair = relay.makePair();
    relay.relay().shutdown();
    ASSERT_TRUE(waitUntil([&] {
        return pair.technicianLog->hasStatus(v1::SESSION_STATUS_ABORTED) &&
               pair.customerLog->hasStatus(v1::SESSION_STATUS_ABORTED);
    }));
    EXPECT_EQ(pair.customerLog->lastState()->end_reason(), v1::END_REASON_RELAY_SHUTDOWN);
}

// A raw TLS client that writes bytes the relay must refuse.
class RawClient
{
public:
    explicit RawClient(const RelayHarness& relay)
    {
        m_socket.setSslConfiguration(relay.pki().clientConfig().toSslConfiguration());
        QObject::connect(&m_socket, &QSslSocket::disconnected, [this] { m_disconnected = true; });
        // Recorded from the signal: a relay that refuses at once may already have hung up
        // (isEncrypted() is false again) by the time we look.
        QObject::connect(&m_socket, &QSslSocket::encrypted, [this] { m_encrypted = true; });
        m_socket.connectToHostEncrypted("127.0.0.1", const_cast<RelayHarness&>(relay).port());
        EXPECT_TRUE(waitUntil([this] { return m_encrypted; }));
    }
    void write(const std::string& bytes) { m_socket.write(bytes.data(), static_cast<qint64>(bytes.size())); }
    bool waitForHangUp() { return waitUntil([this] { return m_disconnected; }); }

private:
    QSslSocket m_socket;
    bool m_encrypted = false;
    bool m_disconnected = false;
};

TEST_F(RelayE2eTest, GarbageClosesTheConnectionAndTheRelayLivesOn)
{
    RelayHarness relay(shortTimes());
    RawClient raw(relay);
    raw.write("GET / HTTP/1.1\r\nHost: relay\r\n\r\n");
    ASSERT_TRUE(raw.waitForHangUp());
    // Others are unaffected.
    auto pair = relay.makePair();
    ASSERT_TRUE(pair.technician->sendToPeer("still here", TrafficClass::kChat).ok());
    ASSERT_TRUE(waitUntil([&] { return pair.customerLog->peerFrames.size() == 1; }));
}

TEST_F(RelayE2eTest, PeerTrafficBeforeHelloIsAProtocolError)
{
    RelayHarness relay(shortTimes());
    RawClient raw(relay);
    raw.write(*protocol::encodeFrame(protocol::Route::kPeer, "sneaky"));
    ASSERT_TRUE(raw.waitForHangUp());
}

TEST_F(RelayE2eTest, MalformedEnvelopeClosesTheConnection)
{
    RelayHarness relay(shortTimes());
    RawClient raw(relay);
    raw.write(*protocol::encodeFrame(protocol::Route::kRelay, "\xff\xff\xff\xff\xff\xff"));
    ASSERT_TRUE(raw.waitForHangUp());
}

TEST_F(RelayE2eTest, IdleUnauthenticatedConnectionsAreCappedPerAddress)
{
    server::RelayConfig config = shortTimes();
    config.maxUnauthenticatedPerAddress = 3;
    RelayHarness relay(config);
    relay.addAccount("ann@example.com", kPassword, "Ann");
    auto raw1 = std::make_unique<RawClient>(relay);
    RawClient raw2(relay);
    RawClient raw3(relay);
    ASSERT_TRUE(waitUntil([&] { return relay.relay().stats().connections == 3; }));
    RawClient refused(relay);  // TLS completes, then the relay hangs up
    ASSERT_TRUE(refused.waitForHangUp());
    EXPECT_EQ(relay.relay().stats().connections, 3u);

    // A slot frees up; signed-in and joined ends do not count against the cap.
    raw1.reset();
    ASSERT_TRUE(waitUntil([&] { return relay.relay().stats().connections == 2; }));
    auto pair = relay.makePair();
    ASSERT_TRUE(pair.technician->sendToPeer("hello", TrafficClass::kChat).ok());
    ASSERT_TRUE(waitUntil([&] { return pair.customerLog->peerFrames.size() == 1; }));
    RawClient fourth(relay);
    test::spinFor(200);
    EXPECT_EQ(relay.relay().stats().connections, 5u);  // raw2, raw3, fourth + the pair
}

TEST_F(RelayE2eTest, SilentNewConnectionIsDroppedAfterHelloTimeout)
{
    server::RelayConfig config = shortTimes();
    config.helloTimeoutMs = 300;
    RelayHarness relay(config);
    RawClient raw(relay);
    ASSERT_TRUE(raw.waitForHangUp());
}

}  // namespace
}  // namespace lifeline
