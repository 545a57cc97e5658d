#include "server/password_hasher.h"

#include <gtest/gtest.h>

namespace lifeline::server {
namespace {

TEST(PasswordHasherTest, VerifiesTheRightPasswordOnly)
{
    auto hash = hashPassword("correct horse battery");
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(verifyPassword("correct horse battery", *hash));
    EXPECT_FALSE(verifyPassword("correct horse batterY", *hash));
    EXPECT_FALSE(verifyPassword("", *hash));
}

TEST(PasswordHasherTest, SaltsEveryHash)
{
    auto a = hashPassword("same password");
    auto b = hashPassword("same password");
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(*a, *b);
    EXPECT_EQ(a->rfind("$scrypt$ln=15,r=8,p=1$", 0), 0u) << *a;
}

TEST(PasswordHasherTest, KeepsItsParametersSoCostCanChange)
{
    auto cheap = hashPassword("pw", ScryptParams{12, 8, 1});
    ASSERT_TRUE(cheap.ok());
    EXPECT_EQ(cheap->rfind("$scrypt$ln=12,", 0), 0u);
    EXPECT_TRUE(verifyPassword("pw", *cheap));
}

TEST(PasswordHasherTest, MalformedHashesNeverVerify)
{
    auto good = hashPassword("pw");
    ASSERT_TRUE(good.ok());
    for (std::string bad : {std::string(), std::string("pw"), std::string("$scrypt$"),
                            std::string("$scrypt$ln=15,r=8,p=1$$"),
                            std::string("$scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$") +
                                std::string(44, 'A'),
                            std::string("$scrypt$ln=15,r=8,p=1$!!!!$!!!!"),
                            good->substr(0, good->size() - 4), *good + "AAAA",
                            std::string("$pbkdf2$") + *good}) {
        EXPECT_FALSE(verifyPassword("pw", bad)) << bad;
    }
}

}  // namespace
}  // namespace lifeline::server
