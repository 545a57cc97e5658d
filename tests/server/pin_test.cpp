#include "server/pin.h"

#include <gtest/gtest.h>

#include <set>

namespace lifeline::server {
namespace {

TEST(PinTest, IsSixDigitsAndVaries)
{
    std::set<std::string> seen;
    std::array<int, 10> firstDigit{};
    for (int i = 0; i < 2000; ++i) {
        auto pin = generatePin();
        ASSERT_TRUE(pin.ok());
        ASSERT_TRUE(isWellFormedPin(*pin)) << *pin;
        seen.insert(*pin);
        ++firstDigit[static_cast<std::size_t>((*pin)[0] - '0')];
    }
    EXPECT_GT(seen.size(), 1990u);  // 2000 draws from 10^6: a handful of repeats at most
    for (int count : firstDigit) {
        EXPECT_GT(count, 120);  // ~200 expected each; leading zeros included
    }
}

TEST(PinTest, WellFormedMeansExactlySixDigits)
{
    EXPECT_TRUE(isWellFormedPin("000000"));
    EXPECT_TRUE(isWellFormedPin("987654"));
    EXPECT_FALSE(isWellFormedPin("98765"));
    EXPECT_FALSE(isWellFormedPin("9876543"));
    EXPECT_FALSE(isWellFormedPin("98765a"));
    EXPECT_FALSE(isWellFormedPin(" 98765"));
    EXPECT_FALSE(isWellFormedPin(""));
}

}  // namespace
}  // namespace lifeline::server
