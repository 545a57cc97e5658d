// The customer's end as the applet runs it (CustomerSession, headless) against a headless
// technician end, through a real relay on a loopback port with real TLS: consent, Stop,
// policy, terms, chat and reconnecting.
#include <QThread>

#include <gtest/gtest.h>

#include "session/customer_session.h"
#include "session/remote_consent.h"
#include "session/screen_sharer.h"
#include "session/screen_viewer.h"
#include "server/organisation.h"
#include "support/headless_technician.h"
#include "support/relay_harness.h"
#include "support/synthetic_devices.h"
#include "support/tcp_proxy.h"
#include "support/wait.h"

namespace lifeline::test {
namespace {

using session::CustomerSession;
using session::Permission;
using State = CustomerSession::State;

using Technician = HeadlessTechnician;

// A CustomerSession on a synthetic desktop that changes all the time ("typing").
struct Customer
{
    Customer(const RelayHarness& relay, quint16 port, QThread* captureThread = nullptr, int keepaliveMs = 15000)
    {
        CustomerSession::Options options;
        options.host = "127.0.0.1";
        options.port = port;
        options.tls = relay.pki().clientConfig();
        options.customerName = "Bob";
        options.control.pauseAfterLocalInputMs = 0;
        options.retryIntervalMs = 100;
        options.captureThread = captureThread;
        options.keepaliveMs = keepaliveMs;
        session = std::make_unique<CustomerSession>(options, syntheticDevices("typing", {320, 200}, 5));
        QObject::connect(session.get(), &CustomerSession::permissionAsked, session.get(),
                         [this](Permission p) { asked.push_back(p); });
        QObject::connect(session.get(), &CustomerSession::singlePromptAsked, session.get(),
                         [this] { ++singlePrompts; });
    }

    std::unique_ptr<CustomerSession> session;
    std::vector<Permission> asked;
    int singlePrompts = 0;
};

bool hasAudit(RelayHarness& relay, const QString& event, const QString& detail)
{
    auto log = relay.store().auditLog();
    if (!log) return false;
    return std::any_of(log->begin(), log->end(), [&](const server::AuditEntry& e) {
        return e.event == event && e.detail == detail;
    });
}

// Joins and waits until the customer's end is active and its consent is known.
void joinAndWait(Customer& customer, Technician& technician)
{
    customer.session->join(technician.pin);
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kActive; }))
        << int(customer.session->state()) << " " << customer.session->joinError().toString();
}

// Asks, lets the customer answer, waits for the answer to reach the technician.
void askAndAnswer(Customer& customer, Technician& technician, Permission permission, bool allow)
{
    const std::size_t before = customer.asked.size();
    ASSERT_TRUE(technician.consent->request(permission).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.asked.size() > before; }));
    ASSERT_EQ(customer.asked.back(), permission);
    customer.session->answer(permission, allow);
    const auto expected = allow ? v1::PERMISSION_ANSWER_GRANTED : v1::PERMISSION_ANSWER_DENIED;
    ASSERT_TRUE(waitUntil([&] { return technician.consent->lastAnswer(permission) == expected; }));
}

TEST(CustomerSessionE2eTest, JoinTellsWhoIsAskingAsTheRelayVouchesForIt)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    EXPECT_EQ(customer.session->info().technician, "Ann");
    EXPECT_EQ(customer.session->info().organisation, "Contoso IT");
    EXPECT_EQ(customer.session->info().sessionId, technician.sessionId);
    EXPECT_EQ(customer.session->info().reconnectGraceSeconds, 120);
    EXPECT_TRUE(customer.session->info().policy.allowed.count(Permission::kControl));
}

TEST(CustomerSessionE2eTest, WrongPinIsAClearJoinFailure)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    customer.session->join(technician.pin == "000000" ? "000001" : "000000");
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kEnded; }));
    EXPECT_EQ(customer.session->endCause(), CustomerSession::EndCause::kJoinFailed);
    EXPECT_EQ(customer.session->joinError().code, base::ErrorCode::kPinNotFound);
}

TEST(CustomerSessionE2eTest, DeniedMeansNoVideoFrameLeavesTheApplet)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    askAndAnswer(customer, technician, Permission::kViewScreen, false);
    // A console that asks for pictures anyway gets none.
    ASSERT_TRUE(technician.viewer->requestKeyFrame().ok());
    spinFor(300);
    EXPECT_EQ(technician.videoFrames, 0u);
    EXPECT_FALSE(customer.session->isSharingScreen());
    EXPECT_EQ(customer.session->sharer(), nullptr) << "the screen was not even opened";
    EXPECT_TRUE(waitUntil([&] { return hasAudit(relay, "consent.denied", "view_screen"); }))
        << "the decision is in the session record";
}

TEST(CustomerSessionE2eTest, GrantedFramesFlowAndStopEndsFramesAndInputAtOnce)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    askAndAnswer(customer, technician, Permission::kViewScreen, true);
    ASSERT_TRUE(waitUntil([&] { return technician.viewer->framesDecoded() >= 3; }));
    askAndAnswer(customer, technician, Permission::kControl, true);
    ASSERT_TRUE(waitUntil([&] { return technician.input->isGranted(); }));
    ASSERT_TRUE(technician.input->button({10, 10}, 1, true).ok());
    ASSERT_TRUE(technician.input->button({10, 10}, 1, false).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->control()->injected() == 2; }));

    customer.session->stop();
    const quint64 sentAtStop = customer.session->sharer()->framesSent();
    EXPECT_FALSE(customer.session->isSharingScreen());
    EXPECT_FALSE(customer.session->isControlled());
    ASSERT_TRUE(waitUntil([&] {
        return !technician.consent->isGranted(Permission::kViewScreen) &&
               !technician.consent->isGranted(Permission::kControl);
    }));
    // Input after Stop is refused in the applet, whatever the console believes.
    const quint64 refusedBefore = customer.session->refusedInput();
    ASSERT_TRUE(technician.input->button({20, 20}, 1, true).ok());
    ASSERT_TRUE(technician.input->button({20, 20}, 1, false).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->refusedInput() >= refusedBefore + 2; }));
    spinFor(300);  // the desktop keeps changing; not one more frame is made
    EXPECT_EQ(customer.session->sharer()->framesSent(), sentAtStop);
    EXPECT_EQ(customer.session->control()->injected(), 2u);
    EXPECT_TRUE(hasAudit(relay, "consent.revoked", "control"));
    // Chat stays after Stop.
    ASSERT_TRUE(technician.chat->send("Still there?").ok());
    ASSERT_TRUE(waitUntil([&] { return !customer.session->chat().history().empty(); }));
    EXPECT_EQ(customer.session->chat().history().back().text, "Still there?");
    EXPECT_EQ(customer.session->chat().history().back().sender, "Ann");
}

TEST(CustomerSessionE2eTest, SharingFromACaptureThreadFlowsAndStops)
{
    RelayHarness relay;
    HeadlessTechnician technician(relay);
    QThread capture;
    capture.start();
    {
        Customer customer(relay, relay.port(), &capture);
        joinAndWait(customer, technician);
        askAndAnswer(customer, technician, Permission::kViewScreen, true);
        ASSERT_TRUE(waitUntil([&] { return technician.viewer->framesDecoded() >= 5; }));
        EXPECT_EQ(customer.session->sharer()->thread(), &capture) << "captured and encoded off the network thread";
        customer.session->stop();
        EXPECT_FALSE(customer.session->isSharingScreen());
        spinFor(300);  // at most the frame being encoded when Stop came is still on its way
        const quint64 settled = technician.videoFrames;
        spinFor(500);  // the desktop keeps changing ("typing"); nothing more comes
        EXPECT_EQ(technician.videoFrames, settled);
        askAndAnswer(customer, technician, Permission::kViewScreen, true);
        ASSERT_TRUE(waitUntil([&] { return technician.videoFrames > settled + 2; })) << "and again after a new yes";
    }  // the session deletes its sharer on the capture thread
    capture.quit();
    capture.wait();
}

TEST(CustomerSessionE2eTest, TheTechnicianCanGiveAPermissionBackOrWithdrawAQuestion)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    std::vector<Permission> withdrawn;
    QObject::connect(customer.session.get(), &CustomerSession::questionWithdrawn,
                     [&](Permission p) { withdrawn.push_back(p); });
    joinAndWait(customer, technician);
    askAndAnswer(customer, technician, Permission::kViewScreen, true);
    askAndAnswer(customer, technician, Permission::kControl, true);
    ASSERT_TRUE(technician.consent->release(Permission::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return technician.consent->lastAnswer(Permission::kControl) == v1::PERMISSION_ANSWER_RELEASED; }));
    EXPECT_FALSE(customer.session->isControlled());
    EXPECT_TRUE(customer.session->isSharingScreen()) << "only control was given back";
    ASSERT_TRUE(technician.input->button({3, 3}, 1, true).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->refusedInput() >= 1; }));
    EXPECT_TRUE(waitUntil([&] { return hasAudit(relay, "consent.released", "control"); }));
    EXPECT_TRUE(withdrawn.empty());

    // A question still on the customer's screen is withdrawn, not answered.
    ASSERT_TRUE(technician.consent->request(Permission::kClipboard).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->consent()->isPending(Permission::kClipboard); }));
    ASSERT_TRUE(technician.consent->release(Permission::kClipboard).ok());
    ASSERT_TRUE(waitUntil([&] { return withdrawn.size() == 1; }));
    EXPECT_EQ(withdrawn[0], Permission::kClipboard);
    EXPECT_FALSE(customer.session->consent()->isPending(Permission::kClipboard));
    customer.session->answer(Permission::kClipboard, true);  // a late click on a closed question
    EXPECT_FALSE(customer.session->isGranted(Permission::kClipboard));
}

TEST(CustomerSessionE2eTest, WhatThePolicyForbidsIsRefusedWithoutAQuestionEvenIfTheConsoleSkipsIt)
{
    server::RelayConfig config;
    config.sessionPolicy.clear_allowed();
    config.sessionPolicy.add_allowed(v1::PERMISSION_VIEW_SCREEN);
    RelayHarness relay(config);
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    ASSERT_TRUE(technician.consent->request(Permission::kControl).ok());
    ASSERT_TRUE(waitUntil([&] {
        return technician.consent->lastAnswer(Permission::kControl) == v1::PERMISSION_ANSWER_REFUSED_BY_POLICY;
    }));
    EXPECT_TRUE(customer.asked.empty()) << "the customer was asked about something forbidden";
    // The console skips the question and sends input and clipboard anyway.
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(technician.input->button({5, 5}, 1, i % 2 == 0).ok());
    v1::Envelope clip;
    clip.mutable_clipboard_data()->set_mime_type("text/plain");
    clip.mutable_clipboard_data()->set_data("rm -rf");
    ASSERT_TRUE(session::peerSenderFor(*technician.end)(clip, protocol::TrafficClass::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->refusedInput() >= 5; }));
    EXPECT_EQ(customer.session->control(), nullptr) << "no input device was even opened";
    EXPECT_EQ(customer.session->clipboard(), nullptr);
    EXPECT_TRUE(waitUntil([&] { return hasAudit(relay, "consent.refused_by_policy", "control"); }));
}

TEST(CustomerSessionE2eTest, TheTechniciansGroupSetsThePolicyTheAppletEnforcesFromTheNextSessionOn)
{
    RelayHarness relay;
    server::Group helpDesk;
    helpDesk.name = "Help desk";
    helpDesk.inheritPermissions = false;
    helpDesk.permissions = {v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_VIEW_DESKTOP, v1::GROUP_PERMISSION_SEND_FILES};
    auto groupId = relay.store().addGroup(helpDesk);
    ASSERT_TRUE(groupId.ok());
    helpDesk.id = *groupId;
    const qint64 ann = relay.addAccount("ann@example.com", "correct horse battery", "Ann");
    ASSERT_TRUE(relay.store().setAccountGroup(ann, *groupId).ok());

    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    const auto& allowed = customer.session->consent()->policy().allowed;
    EXPECT_EQ(allowed, (std::set<Permission>{Permission::kViewScreen, Permission::kSendFiles}));
    // The group's whole list reaches the applet too, for features with no permission of their own.
    const session::SessionPolicy& policy = customer.session->consent()->policy();
    ASSERT_TRUE(policy.groupPermissions.has_value());
    EXPECT_EQ(*policy.groupPermissions, (std::set<int>{v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_VIEW_DESKTOP,
                                                      v1::GROUP_PERMISSION_SEND_FILES}));
    EXPECT_FALSE(policy.groupAllows(v1::GROUP_PERMISSION_SEND_URLS));
    EXPECT_TRUE(policy.groupAllows(v1::GROUP_PERMISSION_SEND_FILES));
    ASSERT_TRUE(technician.consent->request(Permission::kControl).ok());
    ASSERT_TRUE(waitUntil([&] {
        return technician.consent->lastAnswer(Permission::kControl) == v1::PERMISSION_ANSWER_REFUSED_BY_POLICY;
    }));
    EXPECT_TRUE(customer.asked.empty());

    // Switched on mid-day: this session keeps the policy it started with, the next one has it.
    helpDesk.permissions.insert(v1::GROUP_PERMISSION_REMOTE_CONTROL);
    ASSERT_TRUE(relay.store().updateGroup(helpDesk).ok());
    ASSERT_TRUE(technician.consent->request(Permission::kControl).ok());
    ASSERT_TRUE(technician.chat->send("after the second request").ok());  // arrives after it, in order
    ASSERT_TRUE(waitUntil([&] { return !customer.session->chat().history().empty(); }));
    EXPECT_TRUE(customer.asked.empty()) << "still refused by this session's policy";
    EXPECT_EQ(customer.session->consent()->policy().allowed.count(Permission::kControl), 0u);
    Technician next(relay);
    Customer nextCustomer(relay, relay.port());
    joinAndWait(nextCustomer, next);
    askAndAnswer(nextCustomer, next, Permission::kControl, true);

    // Without the private-session permission no PIN is issued at all.
    helpDesk.permissions.erase(v1::GROUP_PERMISSION_PRIVATE_SESSIONS);
    ASSERT_TRUE(relay.store().updateGroup(helpDesk).ok());
    auto third = relay.connectTechnician();
    ASSERT_TRUE(relay.signIn(*third, "ann@example.com", "correct horse battery").ok());
    auto refused = relay.createSession(*third, "Carol");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, base::ErrorCode::kPermissionDenied);
}

TEST(CustomerSessionE2eTest, SinglePromptGrantsEverythingButRecordingOnce)
{
    server::RelayConfig config;
    config.sessionPolicy.set_single_prompt(true);
    RelayHarness relay(config);
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    ASSERT_TRUE(waitUntil([&] { return customer.singlePrompts == 1; }));
    // Asked while the prompt is open: waits for the answer instead of a second dialog.
    ASSERT_TRUE(technician.consent->request(Permission::kViewScreen).ok());
    spinFor(100);
    EXPECT_TRUE(customer.asked.empty());
    customer.session->answerSinglePrompt(true);
    ASSERT_TRUE(waitUntil([&] { return technician.consent->lastAnswer(Permission::kViewScreen) == v1::PERMISSION_ANSWER_GRANTED; }));
    EXPECT_TRUE(customer.session->isGranted(Permission::kControl));
    EXPECT_FALSE(customer.session->isGranted(Permission::kRecording));
    ASSERT_TRUE(waitUntil([&] { return technician.viewer->framesDecoded() >= 1; }));
    // Recording is always its own question.
    ASSERT_TRUE(technician.consent->request(Permission::kRecording).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.asked.size() == 1; }));
    EXPECT_EQ(customer.asked[0], Permission::kRecording);
}

TEST(CustomerSessionE2eTest, DecliningTheSinglePromptAsksEachPermissionLater)
{
    server::RelayConfig config;
    config.sessionPolicy.set_single_prompt(true);
    RelayHarness relay(config);
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    ASSERT_TRUE(waitUntil([&] { return customer.singlePrompts == 1; }));
    customer.session->answerSinglePrompt(false);
    EXPECT_FALSE(customer.session->isGranted(Permission::kViewScreen));
    askAndAnswer(customer, technician, Permission::kViewScreen, true);
    EXPECT_EQ(customer.singlePrompts, 1);
}

TEST(CustomerSessionE2eTest, NothingIsAskedBeforeTheTermsAreAcceptedAndDeclineEndsTheSession)
{
    server::RelayConfig config;
    config.terms = "You agree that Contoso may look at your screen.";
    RelayHarness relay(config);
    {
        Technician technician(relay);
        Customer customer(relay, relay.port());
        customer.session->join(technician.pin);
        ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kTerms; }));
        EXPECT_EQ(customer.session->info().terms, config.terms);
        ASSERT_TRUE(technician.consent->request(Permission::kViewScreen).ok());
        spinFor(200);
        EXPECT_TRUE(customer.asked.empty());
        customer.session->acceptTerms(true);
        ASSERT_TRUE(waitUntil([&] { return customer.asked.size() == 1; }));
        EXPECT_EQ(customer.asked[0], Permission::kViewScreen);
    }
    // Same relay, a second session: Decline.
    Technician technician(relay);
    Customer customer(relay, relay.port());
    customer.session->join(technician.pin);
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kTerms; }));
    customer.session->acceptTerms(false);
    EXPECT_FALSE(customer.session->isGranted(Permission::kViewScreen));
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kEnded; }));
    EXPECT_EQ(customer.session->endCause(), CustomerSession::EndCause::kDeclinedTerms);
    ASSERT_TRUE(waitUntil([&] { return technician.log->hasStatus(v1::SESSION_STATUS_CLOSED); }));
    EXPECT_EQ(technician.log->lastState()->end_reason(), v1::END_REASON_CUSTOMER_ENDED);
}

TEST(CustomerSessionE2eTest, MalformedFramesFromTheConsoleAreDroppedAndTheSessionGoesOn)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    ASSERT_TRUE(technician.end->sendToPeer(std::string("\xff\xff\xff garbage", 12), protocol::TrafficClass::kControl).ok());
    v1::Envelope unknown;
    unknown.mutable_permission_request()->set_permission(static_cast<v1::Permission>(77));
    ASSERT_TRUE(session::peerSenderFor(*technician.end)(unknown, protocol::TrafficClass::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->malformedFrames() == 2; }));
    askAndAnswer(customer, technician, Permission::kViewScreen, true);
}

TEST(CustomerSessionE2eTest, ChatCarriesTheRelaysNamesBothWays)
{
    RelayHarness relay;
    Technician technician(relay);
    Customer customer(relay, relay.port());
    joinAndWait(customer, technician);
    ASSERT_TRUE(customer.session->sendChat("My printer is on fire").ok());
    ASSERT_TRUE(waitUntil([&] { return !technician.chat->history().empty(); }));
    EXPECT_EQ(technician.chat->history().back().text, "My printer is on fire");
    ASSERT_TRUE(technician.chat->send("Unplug it, please").ok());
    ASSERT_TRUE(waitUntil([&] { return customer.session->chat().history().size() == 2; }));
    const auto& line = customer.session->chat().history().back();
    EXPECT_EQ(line.sender, "Ann");
    EXPECT_EQ(line.kind, session::ChatLine::Kind::kPeer);
    EXPECT_FALSE(customer.session->sendChat("   ").ok());
    EXPECT_FALSE(customer.session->sendChat(QString(5000, 'x')).ok());

    // The customer's end reported its line for the organisation's chat log (route 0).
    std::vector<server::ChatLogLine> lines;
    ASSERT_TRUE(waitUntil([&] {
        auto kept = relay.store().chatLinesBetween(0, std::numeric_limits<qint64>::max());
        if (kept) lines = *kept;
        return !lines.empty();
    }));
    ASSERT_EQ(lines.size(), 1u) << "only what the customer sent; the refused ones are not logged";
    EXPECT_TRUE(lines[0].fromCustomer);
    EXPECT_EQ(lines[0].text, "My printer is on fire");
}

TEST(CustomerSessionE2eTest, ReconnectAfterTheLineDropsResumesTheSameSession)
{
    RelayHarness relay;
    TcpProxy network(relay.port());
    Technician technician(relay);
    Customer customer(relay, network.port());
    joinAndWait(customer, technician);
    askAndAnswer(customer, technician, Permission::kViewScreen, true);
    ASSERT_TRUE(waitUntil([&] { return technician.viewer->framesDecoded() >= 2; }));

    network.dropAll();
    // The technician usually sees RECONNECTING first; if the relay takes the rejoin before
    // it notices the old link died, the rejoin replaces that link and the state stays ACTIVE.
    ASSERT_TRUE(waitUntil([&] {
        return customer.session->state() == State::kActive && network.accepted() >= 2 &&
               technician.log->lastState()->status() == v1::SESSION_STATUS_ACTIVE;
    }));
    EXPECT_EQ(technician.log->lastState()->session_id(), technician.sessionId);
    EXPECT_TRUE(customer.session->isGranted(Permission::kViewScreen)) << "consent survives the drop";
    const quint64 decoded = technician.viewer->framesDecoded();
    ASSERT_TRUE(waitUntil([&] { return technician.viewer->framesDecoded() >= decoded + 3; }))
        << "pictures flow again after the rejoin";
    const auto& history = customer.session->chat().history();
    EXPECT_GE(history.size(), 2u) << "the customer was told";
}

TEST(CustomerSessionE2eTest, WhenTheRelayDropsTheConnectionTheCustomerRejoinsTheSameSession)
{
    server::RelayConfig config;
    config.keepaliveTimeoutMs = 600;
    RelayHarness relay(config);
    Technician technician(relay);
    technician.end->setKeepaliveInterval(100);
    // A customer end that goes silent: the relay takes it for dead and drops its connection.
    Customer customer(relay, relay.port(), nullptr, 0);
    joinAndWait(customer, technician);
    ASSERT_TRUE(waitUntil([&] { return technician.log->hasStatus(v1::SESSION_STATUS_RECONNECTING); }, 5000));
    const auto& states = technician.log->states;
    const auto dropped = std::find_if(states.begin(), states.end(),
                                      [](const auto& s) { return s.status() == v1::SESSION_STATUS_RECONNECTING; });
    EXPECT_EQ(dropped->end_reason(), v1::END_REASON_CUSTOMER_TIMED_OUT);
    ASSERT_TRUE(waitUntil([&] {
        return technician.log->lastState()->status() == v1::SESSION_STATUS_ACTIVE &&
               customer.session->state() == State::kActive;
    }));
    EXPECT_EQ(technician.log->lastState()->session_id(), technician.sessionId);
    EXPECT_TRUE(hasAudit(relay, "session.customer_rejoined", ""));
}

TEST(CustomerSessionE2eTest, AfterTheGracePeriodTheSessionEndsAndTheCustomerIsTold)
{
    RelayHarness relay;
    TcpProxy network(relay.port());
    Technician technician(relay);
    Customer customer(relay, network.port());
    joinAndWait(customer, technician);
    network.setRefusing(true);
    network.dropAll();
    ASSERT_TRUE(waitUntil([&] { return technician.log->hasStatus(v1::SESSION_STATUS_RECONNECTING); }));
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kReconnecting; }));
    relay.clock().advance(std::chrono::seconds(121));
    relay.relay().sweepExpired();
    ASSERT_TRUE(waitUntil([&] { return technician.log->hasStatus(v1::SESSION_STATUS_ABORTED); }));
    EXPECT_EQ(technician.log->lastState()->end_reason(), v1::END_REASON_CUSTOMER_DISCONNECTED);
    network.setRefusing(false);  // the network is back, the session is not
    ASSERT_TRUE(waitUntil([&] { return customer.session->state() == State::kEnded; }));
    EXPECT_EQ(customer.session->endCause(), CustomerSession::EndCause::kConnectionLost);
}

TEST(CustomerSessionE2eTest, ConsentRecordsAreCappedPerSession)
{
    RelayHarness relay;
    auto pair = relay.makePair();
    v1::Envelope record;
    record.mutable_consent_record()->set_permission(v1::PERMISSION_VIEW_SCREEN);
    record.mutable_consent_record()->set_answer(v1::PERMISSION_ANSWER_DENIED);
    for (int i = 0; i < 1005; ++i) ASSERT_TRUE(pair.customer->notifyRelay(record).ok());
    ASSERT_TRUE(waitUntil([&] { return hasAudit(relay, "consent.flood", ""); }));
    auto log = relay.store().auditLog();
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(std::count_if(log->begin(), log->end(), [](const auto& e) { return e.event == "consent.denied"; }), 1000);
    // A technician cannot write the customer's decisions.
    ASSERT_TRUE(pair.technician->notifyRelay(record).ok());
    spinFor(100);
    auto after = relay.store().auditLog();
    EXPECT_EQ(std::count_if(after->begin(), after->end(), [](const auto& e) { return e.event == "consent.denied"; }), 1000);
}

TEST(CustomerSessionE2eTest, RejoinWithAnUnknownTokenIsRefusedAndCounted)
{
    RelayHarness relay;
    auto customer = relay.connectCustomer();
    auto result = awaitAnswer<v1::JoinSessionResult>([&](auto done) { customer->rejoin(std::string(64, 'a'), done); });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, base::ErrorCode::kSessionNotFound);
    EXPECT_TRUE(hasAudit(relay, "rejoin.failed", ""));
}

TEST(CustomerSessionE2eTest, RejoinWhileTheOldLinkStillLooksAliveReplacesItAndTheTokenIsSingleUse)
{
    RelayHarness relay;
    Technician technician(relay);
    auto first = relay.connectCustomer();
    LinkRecorder firstLog(first.get());
    auto joined = relay.join(*first, technician.pin);
    ASSERT_TRUE(joined.ok());
    ASSERT_FALSE(joined->rejoin_token().empty());
    auto second = relay.connectCustomer();
    auto result = awaitAnswer<v1::JoinSessionResult>([&](auto done) { second->rejoin(joined->rejoin_token(), done); });
    ASSERT_TRUE(result.ok()) << result.error().toString();
    EXPECT_EQ(result->session_id(), technician.sessionId);
    EXPECT_NE(result->rejoin_token(), joined->rejoin_token()) << "a fresh token each time";
    ASSERT_TRUE(waitUntil([&] { return firstLog.failure.has_value(); })) << "the old link is closed";
    EXPECT_FALSE(technician.log->hasStatus(v1::SESSION_STATUS_ABORTED));
    // The second link now carries the session.
    ASSERT_TRUE(technician.chat->send("hello again").ok());
    LinkRecorder secondLog(second.get());
    ASSERT_TRUE(waitUntil([&] { return !secondLog.peerFrames.empty(); }));
    // The old token is spent.
    auto third = relay.connectCustomer();
    auto again = awaitAnswer<v1::JoinSessionResult>([&](auto done) { third->rejoin(joined->rejoin_token(), done); });
    EXPECT_FALSE(again.ok());
}

}  // namespace
}  // namespace lifeline::test
