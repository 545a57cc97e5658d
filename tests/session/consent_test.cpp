#include <gtest/gtest.h>

#include "session/consent.h"

namespace lifeline::session {
namespace {

using Outcome = Consent::Outcome;

SessionPolicy policyOf(std::set<Permission> allowed, bool singlePrompt = false)
{
    SessionPolicy policy;
    policy.allowed = std::move(allowed);
    policy.singlePrompt = singlePrompt;
    return policy;
}

TEST(ConsentTest, NothingIsGrantedUntilTheCustomerSaysYes)
{
    Consent consent(policyOf({Permission::kViewScreen, Permission::kControl}));
    EXPECT_FALSE(consent.isGranted(Permission::kViewScreen));
    EXPECT_EQ(consent.request(Permission::kViewScreen), Outcome::kAskCustomer);
    EXPECT_TRUE(consent.isPending(Permission::kViewScreen));
    EXPECT_FALSE(consent.isGranted(Permission::kViewScreen)) << "asking is not granting";
    EXPECT_TRUE(consent.answer(Permission::kViewScreen, true));
    EXPECT_TRUE(consent.isGranted(Permission::kViewScreen));
    EXPECT_EQ(consent.request(Permission::kViewScreen), Outcome::kGranted);
    EXPECT_FALSE(consent.isGranted(Permission::kControl));
}

TEST(ConsentTest, PolicyForbidsWithoutAskingAndAnAnswerCannotOverrideIt)
{
    Consent consent(policyOf({Permission::kViewScreen}));
    EXPECT_EQ(consent.request(Permission::kReboot), Outcome::kRefusedByPolicy);
    EXPECT_FALSE(consent.isPending(Permission::kReboot));
    EXPECT_FALSE(consent.answer(Permission::kReboot, true)) << "an answer to a question never asked";
    EXPECT_FALSE(consent.isGranted(Permission::kReboot));
    ASSERT_FALSE(consent.decisions().empty());
    EXPECT_EQ(consent.decisions().back().source, Consent::Source::kPolicy);
}

TEST(ConsentTest, DenyingKeepsItDeniedUntilAskedAgain)
{
    Consent consent(policyOf({Permission::kControl}));
    ASSERT_EQ(consent.request(Permission::kControl), Outcome::kAskCustomer);
    EXPECT_TRUE(consent.answer(Permission::kControl, false));
    EXPECT_FALSE(consent.isGranted(Permission::kControl));
    EXPECT_FALSE(consent.answer(Permission::kControl, true)) << "no late change of mind without a question";
    EXPECT_EQ(consent.request(Permission::kControl), Outcome::kAskCustomer);
}

TEST(ConsentTest, SinglePromptGrantsThePolicyButRecordingIsAskedApart)
{
    Consent consent(policyOf({Permission::kViewScreen, Permission::kControl, Permission::kRecording}, true));
    consent.answerSinglePrompt(true);
    EXPECT_TRUE(consent.isGranted(Permission::kViewScreen));
    EXPECT_TRUE(consent.isGranted(Permission::kControl));
    EXPECT_FALSE(consent.isGranted(Permission::kRecording));
    EXPECT_EQ(consent.request(Permission::kRecording), Outcome::kAskCustomer);
    EXPECT_FALSE(consent.isGranted(Permission::kClipboard)) << "not in the policy";
}

TEST(ConsentTest, DecliningTheSinglePromptMeansAskingEachTime)
{
    Consent consent(policyOf({Permission::kViewScreen}, true));
    consent.answerSinglePrompt(false);
    EXPECT_FALSE(consent.anyGranted());
    EXPECT_EQ(consent.request(Permission::kViewScreen), Outcome::kAskCustomer);
}

TEST(ConsentTest, StopRevokesEverythingAndIsRecorded)
{
    Consent consent(policyOf({Permission::kViewScreen, Permission::kControl, Permission::kClipboard}, true));
    consent.answerSinglePrompt(true);
    ASSERT_TRUE(consent.anyGranted());
    ASSERT_EQ(consent.request(Permission::kControl), Outcome::kGranted);
    consent.revokeAll();
    EXPECT_FALSE(consent.anyGranted());
    EXPECT_EQ(consent.request(Permission::kControl), Outcome::kAskCustomer) << "asked again after Stop";
    int stops = 0;
    for (const auto& d : consent.decisions()) stops += d.source == Consent::Source::kStop;
    EXPECT_EQ(stops, 3);
}

}  // namespace
}  // namespace lifeline::session
