#include "server/totp.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace lifeline::server {
namespace {

std::vector<std::uint8_t> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

TEST(TotpTest, Rfc4226HotpVectors)
{
    const auto key = bytesOf("12345678901234567890");
    const std::uint32_t expected[] = {755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489};
    for (std::uint64_t counter = 0; counter < 10; ++counter) {
        EXPECT_EQ(hotp(key, counter, 6, TotpHash::kSha1), expected[counter]) << counter;
    }
}

TEST(TotpTest, Rfc6238VectorsForEveryHash)
{
    // RFC 6238 Appendix B: 8 digits, 30 s steps; the seed is the ASCII digits repeated to
    // the hash's length.
    const auto sha1 = bytesOf("12345678901234567890");
    const auto sha256 = bytesOf("12345678901234567890123456789012");
    const auto sha512 = bytesOf("1234567890123456789012345678901234567890123456789012345678901234");
    struct Vector
    {
        std::int64_t time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    const Vector vectors[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Vector& v : vectors) {
        EXPECT_EQ(totpCode(sha1, v.time, {8, 30, TotpHash::kSha1}), v.sha1) << v.time;
        EXPECT_EQ(totpCode(sha256, v.time, {8, 30, TotpHash::kSha256}), v.sha256) << v.time;
        EXPECT_EQ(totpCode(sha512, v.time, {8, 30, TotpHash::kSha512}), v.sha512) << v.time;
    }
}

TEST(TotpTest, VerifyAcceptsOneStepOfDriftAndNothingElse)
{
    const auto key = newTotpSecret();
    ASSERT_EQ(key.size(), 20u);
    const std::int64_t now = 1'764'000'000;
    const std::int64_t step = now / 30;
    EXPECT_EQ(verifyTotp(key, totpCode(key, now), now), step);
    EXPECT_EQ(verifyTotp(key, totpCode(key, now - 30), now), step - 1) << "typed just before the step turned";
    EXPECT_EQ(verifyTotp(key, totpCode(key, now + 30), now), step + 1) << "a phone a little ahead";
    EXPECT_FALSE(verifyTotp(key, totpCode(key, now - 90), now).has_value()) << "too old";
    EXPECT_FALSE(verifyTotp(key, totpCode(key, now + 90), now).has_value());
    const std::string code = totpCode(key, now);
    EXPECT_EQ(verifyTotp(key, code.substr(0, 3) + " " + code.substr(3), now), step) << "as the apps show it";
    EXPECT_FALSE(verifyTotp(key, "12345", now).has_value());
    EXPECT_FALSE(verifyTotp(key, "12345a", now).has_value());
    EXPECT_FALSE(verifyTotp(key, "", now).has_value());
    EXPECT_FALSE(verifyTotp(newTotpSecret(), code, now).has_value()) << "another secret";
    EXPECT_NE(newTotpSecret(), newTotpSecret());
}

TEST(TotpTest, Base32IsRfc4648AndTheUriIsWhatAppsScan)
{
    const std::pair<const char*, const char*> vectors[] = {{"", ""},          {"f", "MY"},         {"fo", "MZXQ"},
                                                           {"foo", "MZXW6"},  {"foob", "MZXW6YQ"}, {"fooba", "MZXW6YTB"},
                                                           {"foobar", "MZXW6YTBOI"}};
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(base32Encode(bytesOf(plain)), encoded);
        auto decoded = base32Decode(encoded);
        ASSERT_TRUE(decoded.ok());
        EXPECT_EQ(*decoded, bytesOf(plain));
    }
    EXPECT_EQ(*base32Decode("mzxw 6ytb oi======"), bytesOf("foobar"));
    EXPECT_FALSE(base32Decode("MZXW1").ok()) << "1 is not base32";

    const auto secret = bytesOf("12345678901234567890");
    EXPECT_EQ(otpauthUri("Contoso IT", "ann@example.com", secret),
              "otpauth://totp/Contoso%20IT:ann@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Contoso%20IT"
              "&algorithm=SHA1&digits=6&period=30");
}

TEST(TotpTest, RecoveryCodesAreRandomAndMatchHoweverTyped)
{
    const auto codes = newRecoveryCodes();
    ASSERT_EQ(codes.size(), 10u);
    EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 10u);
    EXPECT_EQ(codes[0].size(), 19u);
    EXPECT_EQ(codes[0][4], '-');
    std::string typed;
    for (char c : codes[0]) {
        if (c != '-') typed += char(std::tolower(static_cast<unsigned char>(c)));
    }
    EXPECT_EQ(recoveryCodeHash(typed), recoveryCodeHash(codes[0]));
    EXPECT_EQ(recoveryCodeHash(codes[0]).size(), 64u);
    EXPECT_NE(recoveryCodeHash(codes[0]), recoveryCodeHash(codes[1]));
}

}  // namespace
}  // namespace lifeline::server
