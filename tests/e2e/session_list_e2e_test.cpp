// The console's session list and notes on the relay: ListSessions (with watch) and
// SetSessionNotes, through a real relay on a loopback port with real TLS.
#include <gtest/gtest.h>

#include "support/relay_harness.h"
#include "support/wait.h"

namespace lifeline::test {
namespace {

base::Result<v1::SessionList> list(session::TechnicianEnd& end, qint64 since = 0, bool watch = false)
{
    return awaitAnswer<v1::SessionList>([&](auto done) { end.listSessions(since, watch, done); });
}

base::Result<v1::SessionNotesSaved> saveNotes(session::TechnicianEnd& end, quint64 id, const QString& notes)
{
    return awaitAnswer<v1::SessionNotesSaved>([&](auto done) { end.setSessionNotes(id, notes, done); });
}

std::unique_ptr<session::TechnicianEnd> signedIn(RelayHarness& relay, const QString& email, const QString& nick)
{
    if (!relay.store().accountByEmail(email)->has_value()) relay.addAccount(email, "correct horse battery", nick);
    auto end = relay.connectTechnician();
    EXPECT_TRUE(relay.signIn(*end, email, "correct horse battery").ok());
    return end;
}

TEST(SessionListE2eTest, ListsTheTechniciansOwnSessionsWithLiveStateAndPin)
{
    RelayHarness relay;
    auto console = signedIn(relay, "ann@example.com", "Ann");
    auto first = signedIn(relay, "ann@example.com", "Ann");
    auto second = signedIn(relay, "ann@example.com", "Ann");
    auto a = relay.createSession(*first, "Alice");
    auto b = relay.createSession(*second, "Bob");
    ASSERT_TRUE(a.ok() && b.ok());
    auto other = signedIn(relay, "zoe@example.com", "Zoe");
    ASSERT_TRUE(relay.createSession(*other, "Not Ann's").ok());

    auto listed = list(*console);
    ASSERT_TRUE(listed.ok()) << listed.error().toString();
    ASSERT_EQ(listed->sessions_size(), 2) << "only Ann's sessions";
    EXPECT_EQ(listed->sessions(0).customer_name(), "Bob") << "newest first";
    EXPECT_EQ(listed->sessions(0).pin(), b->pin());
    EXPECT_EQ(listed->sessions(0).status(), v1::SESSION_STATUS_WAITING);
    EXPECT_EQ(listed->sessions(1).session_id(), a->session_id());
    EXPECT_GT(listed->sessions(1).expires_at_unix_ms(), listed->sessions(1).created_at_unix_ms());

    // Joined: the PIN is spent and no longer listed.
    auto customer = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*customer, QString::fromStdString(a->pin())).ok());
    auto after = list(*console);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->sessions(1).status(), v1::SESSION_STATUS_ACTIVE);
    EXPECT_EQ(after->sessions(1).pin(), "");
}

TEST(SessionListE2eTest, AWatchingConnectionHearsEveryStateOfItsTechniciansSessions)
{
    RelayHarness relay;
    auto console = signedIn(relay, "ann@example.com", "Ann");
    LinkRecorder heard(console.get());
    ASSERT_TRUE(list(*console, 0, true).ok());
    auto sessionLink = signedIn(relay, "ann@example.com", "Ann");
    auto created = relay.createSession(*sessionLink, "Alice");
    ASSERT_TRUE(created.ok());
    auto customer = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*customer, QString::fromStdString(created->pin())).ok());
    ASSERT_TRUE(waitUntil([&] { return heard.hasStatus(v1::SESSION_STATUS_ACTIVE); }));
    customer->endSession(created->session_id());
    ASSERT_TRUE(waitUntil([&] { return heard.hasStatus(v1::SESSION_STATUS_CLOSED); }));
    EXPECT_EQ(heard.lastState()->session_id(), created->session_id());
    EXPECT_EQ(heard.lastState()->end_reason(), v1::END_REASON_CUSTOMER_ENDED);

    // Another technician's sessions are not heard.
    auto zoe = signedIn(relay, "zoe@example.com", "Zoe");
    const std::size_t before = heard.states.size();
    auto hers = relay.createSession(*zoe, "Carol");
    ASSERT_TRUE(hers.ok());
    auto carol = relay.connectCustomer();
    ASSERT_TRUE(relay.join(*carol, QString::fromStdString(hers->pin())).ok());
    spinFor(200);
    EXPECT_EQ(heard.states.size(), before);
}

TEST(SessionListE2eTest, EndedSessionsAreListedOnlySinceTheAskedTime)
{
    RelayHarness relay;
    auto console = signedIn(relay, "ann@example.com", "Ann");
    auto link = signedIn(relay, "ann@example.com", "Ann");
    auto created = relay.createSession(*link, "Alice");
    ASSERT_TRUE(created.ok());
    link->endSession(created->session_id());
    ASSERT_TRUE(waitUntil([&] {
        auto record = relay.store().session(qint64(created->session_id()));
        return record.ok() && record->endedAtMs != 0;
    }));
    const qint64 endedAt = relay.store().session(qint64(created->session_id()))->endedAtMs;
    EXPECT_EQ(list(*console, endedAt)->sessions_size(), 1);
    EXPECT_EQ(list(*console, endedAt + 1)->sessions_size(), 0);
}

TEST(SessionListE2eTest, NotesAreKeptWithTheRecordAndOnlyForTheOwner)
{
    RelayHarness relay;
    auto console = signedIn(relay, "ann@example.com", "Ann");
    auto created = relay.createSession(*console, "Alice");
    ASSERT_TRUE(created.ok());
    const QString notes = QString::fromUtf8("Printer driver reinstalled — ticket #4711");
    auto saved = saveNotes(*console, created->session_id(), notes);
    ASSERT_TRUE(saved.ok()) << saved.error().toString();
    EXPECT_EQ(relay.store().session(qint64(created->session_id()))->notes, notes);
    EXPECT_EQ(QString::fromStdString(list(*console)->sessions(0).notes()), notes);

    auto zoe = signedIn(relay, "zoe@example.com", "Zoe");
    auto refused = saveNotes(*zoe, created->session_id(), "mine now");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, base::ErrorCode::kSessionNotFound);
    auto tooLong = saveNotes(*console, created->session_id(), QString(8001, 'x'));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, base::ErrorCode::kInvalidArgument);
    EXPECT_EQ(relay.store().session(qint64(created->session_id()))->notes, notes) << "nothing lost";

    auto anonymous = relay.connectTechnician();
    auto notSignedIn = saveNotes(*anonymous, created->session_id(), "x");
    ASSERT_FALSE(notSignedIn.ok());
    EXPECT_EQ(notSignedIn.error().code, base::ErrorCode::kNotSignedIn);
    EXPECT_EQ(list(*anonymous).error().code, base::ErrorCode::kNotSignedIn);
}

}  // namespace
}  // namespace lifeline::test
