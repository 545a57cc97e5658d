// The sign-in rules an administrator sets: password policy and IP restrictions.
#include <gtest/gtest.h>

#include "server/ip_restrictions.h"
#include "server/password_policy.h"

namespace lifeline::server {
namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

TEST(PasswordPolicyTest, LengthAndClassesAreEnforcedWithASentenceThatSaysWhat)
{
    PasswordPolicy policy;  // the floor: 8 characters, any
    EXPECT_TRUE(policy.check("abcdefgh").ok());
    auto tooShort = policy.check("abcdefg");
    ASSERT_FALSE(tooShort.ok());
    EXPECT_EQ(tooShort.error().code, base::ErrorCode::kInvalidArgument);
    EXPECT_EQ(tooShort.error().detail, "The password must be at least 8 characters long.");

    policy.minLength = 12;
    policy.minClasses = 3;
    EXPECT_EQ(policy.check("sample1").error().detail,
              "The password must be at least 12 characters long and mix at least 3 of: lower-case letters, capitals, digits, "
              "symbols.");
    EXPECT_FALSE(policy.check("samplesample").ok()) << "one class";
    EXPECT_FALSE(policy.check("Samplesample").ok()) << "two classes";
    EXPECT_TRUE(policy.check("Samplesample1").ok());
    EXPECT_TRUE(policy.check("sample sample1").ok()) << "a space is a symbol";
    EXPECT_TRUE(policy.check("påsswörd-läng1").ok());
    EXPECT_EQ(PasswordPolicy::classesIn("Sample1%"), 4);
    EXPECT_EQ(PasswordPolicy::classesIn("密码密码密码密码"), 1) << "letters without case count as symbols";
    // Length in characters, not UTF-16 units: 7 emoji are 7 characters.
    policy = {};
    EXPECT_FALSE(policy.check(QString::fromUtf8("😀😀😀😀😀😀😀")).ok());
    EXPECT_FALSE(policy.check(QString(1025, u'a')).ok());

    policy.minLength = 4;  // below the floor: the floor holds anyway
    EXPECT_FALSE(policy.check("abcdefg").ok());
    EXPECT_FALSE(policy.validate().ok());
}

TEST(PasswordPolicyTest, AgeExpiresAndWarnsByWholeDays)
{
    PasswordPolicy policy;
    EXPECT_FALSE(policy.daysLeft(0, 1000 * kDay).has_value()) << "no maximum age: never expires";
    EXPECT_FALSE(policy.expired(0, 1000 * kDay));
    policy.maxAgeDays = 90;
    policy.warnDays = 14;
    ASSERT_TRUE(policy.validate().ok());
    const qint64 changed = 10 * kDay;
    EXPECT_EQ(policy.daysLeft(changed, changed), 90);
    EXPECT_FALSE(policy.warn(changed, changed + 75 * kDay)) << "15 days left";
    EXPECT_TRUE(policy.warn(changed, changed + 77 * kDay)) << "13 days left";
    EXPECT_FALSE(policy.expired(changed, changed + 90 * kDay - 1));
    EXPECT_TRUE(policy.expired(changed, changed + 90 * kDay));
    EXPECT_FALSE(policy.warn(changed, changed + 91 * kDay)) << "expired, not warned";
    EXPECT_EQ(policy.daysLeft(changed, changed + 91 * kDay), -1);
    policy.warnDays = 90;
    EXPECT_FALSE(policy.validate().ok()) << "a warning as long as the age";
}

TEST(IpRestrictionsTest, Ipv4AndIpv6NetworksWithTheMostSpecificRuleDeciding)
{
    auto parsed = IpRestrictions::parse(
        "# Contoso: office networks only, but not the guest Wi-Fi\n"
        "default deny\n"
        "allow 192.0.2.0/24\n"
        "deny 192.0.2.128/255.255.255.192\n"
        "allow 2001:db8:10::/48\n"
        "deny 2001:db8:10:66::/64\n"
        "allow 198.51.100.7\n");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    const IpRestrictions& r = *parsed;
    EXPECT_FALSE(r.allowByDefault);
    ASSERT_EQ(r.exceptions.size(), 5u);
    EXPECT_TRUE(r.allows(QHostAddress("192.0.2.10")));
    EXPECT_FALSE(r.allows(QHostAddress("192.0.2.130"))) << "the /26 inside the /24 denies";
    EXPECT_TRUE(r.allows(QHostAddress("192.0.2.200")));
    EXPECT_FALSE(r.allows(QHostAddress("192.0.3.1"))) << "default deny";
    EXPECT_TRUE(r.allows(QHostAddress("198.51.100.7")));
    EXPECT_FALSE(r.allows(QHostAddress("198.51.100.8")));
    EXPECT_TRUE(r.allows(QHostAddress("2001:db8:10:1::5")));
    EXPECT_FALSE(r.allows(QHostAddress("2001:db8:10:66::5")));
    EXPECT_FALSE(r.allows(QHostAddress("2001:db8:11::1")));
    EXPECT_TRUE(r.allows(QHostAddress("::ffff:192.0.2.10"))) << "IPv4 arriving as IPv6";
    EXPECT_FALSE(r.allows(QHostAddress("::ffff:192.0.2.130")));
    EXPECT_FALSE(r.allows(QHostAddress("fe80::1%eth0")));

    auto again = IpRestrictions::parse(r.toText());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toText(), r.toText());
    EXPECT_EQ(r.exceptions[1].toText(), "deny 192.0.2.128/26");
}

TEST(IpRestrictionsTest, AllowByDefaultWithExceptionsAndEqualRulesDeny)
{
    IpRestrictions r;
    EXPECT_TRUE(r.allows(QHostAddress("203.0.113.9"))) << "nothing set: everyone";
    r.exceptions.push_back(*IpRule::parse("deny 203.0.113.0/24"));
    r.exceptions.push_back(*IpRule::parse("allow 203.0.113.0/24"));
    EXPECT_FALSE(r.allows(QHostAddress("203.0.113.9"))) << "same network both ways: deny";
    EXPECT_TRUE(r.allows(QHostAddress("203.0.114.9")));
}

TEST(IpRestrictionsTest, BadRulesAreRefusedNamingTheLine)
{
    for (const char* bad : {"permit 10.0.0.0/8", "allow 10.0.0.0/33", "allow 300.1.1.1", "allow", "deny 2001:db8::/129",
                            "allow 10.0.0.0/8 extra"}) {
        EXPECT_FALSE(IpRule::parse(bad).ok()) << bad;
    }
    auto missingDefault = IpRestrictions::parse("allow 10.0.0.0/8");
    ASSERT_FALSE(missingDefault.ok());
    EXPECT_NE(missingDefault.error().detail.find("line 1"), std::string::npos);
    auto badLine = IpRestrictions::parse("default allow\n\ndeny banana");
    ASSERT_FALSE(badLine.ok());
    EXPECT_NE(badLine.error().detail.find("line 3"), std::string::npos) << badLine.error().detail;
}

}  // namespace
}  // namespace lifeline::server
