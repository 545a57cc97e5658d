#include "core/base/result.h"

#include <gtest/gtest.h>

namespace lifeline::base {
namespace {

Result<int> parsePositive(int v)
{
    if (v <= 0) {
        return makeError(ErrorCode::kInvalidArgument, "not positive");
    }
    return v;
}

TEST(ResultTest, CarriesValueOrError)
{
    auto good = parsePositive(3);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 3);

    auto bad = parsePositive(-1);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(bad.error().toString(), "INVALID_ARGUMENT: not positive");
}

TEST(ResultTest, StatusIsOkByDefault)
{
    Status ok;
    EXPECT_TRUE(ok.ok());
    Status failed = makeError(ErrorCode::kIoError);
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().toString(), "IO_ERROR");
}

}  // namespace
}  // namespace lifeline::base
