#include "server/attempt_limiter.h"

#include <gtest/gtest.h>

#include "support/fake_clock.h"

namespace lifeline::server {
namespace {

using std::chrono::seconds;

TEST(AttemptLimiterTest, BlocksAtTheLimitUntilTheOldestFailureLeavesTheWindow)
{
    test::FakeClock clock;
    AttemptLimiter limiter(3, seconds(60));
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(limiter.blockedFor("10.0.0.1", clock.now()).has_value());
        limiter.recordFailure("10.0.0.1", clock.now());
        clock.advance(seconds(10));
    }
    auto wait = limiter.blockedFor("10.0.0.1", clock.now());
    ASSERT_TRUE(wait.has_value());
    EXPECT_EQ(*wait, seconds(30));
    EXPECT_FALSE(limiter.blockedFor("10.0.0.2", clock.now()).has_value());  // per key
    clock.advance(seconds(30));
    EXPECT_FALSE(limiter.blockedFor("10.0.0.1", clock.now()).has_value());
}

TEST(AttemptLimiterTest, WaitIsRoundedUpToWholeSeconds)
{
    test::FakeClock clock;
    AttemptLimiter limiter(1, seconds(60));
    limiter.recordFailure("k", clock.now());
    clock.advance(std::chrono::milliseconds(59500));
    EXPECT_EQ(limiter.blockedFor("k", clock.now()), seconds(1));
}

TEST(AttemptLimiterTest, MemoryIsBoundedAndAFloodOfNewKeysIsBlocked)
{
    test::FakeClock clock;
    AttemptLimiter limiter(5, seconds(60), 100);
    for (int i = 0; i < 500; ++i) {
        limiter.recordFailure("key" + std::to_string(i), clock.now());
    }
    EXPECT_LE(limiter.keyCount(), 100u);
    EXPECT_TRUE(limiter.blockedFor("fresh", clock.now()).has_value());
    clock.advance(seconds(61));
    limiter.prune(clock.now());
    EXPECT_EQ(limiter.keyCount(), 0u);
    EXPECT_FALSE(limiter.blockedFor("fresh", clock.now()).has_value());
}

}  // namespace
}  // namespace lifeline::server
