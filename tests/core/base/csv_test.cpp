#include "core/base/csv.h"

#include <gtest/gtest.h>

namespace lifeline::base {
namespace {

TEST(CsvTest, QuotesWhatNeedsQuotingAndNothingElse)
{
    EXPECT_EQ(csvField("Bob"), "Bob");
    EXPECT_EQ(csvField(""), "");
    EXPECT_EQ(csvField("Smith, Bob"), "\"Smith, Bob\"");
    EXPECT_EQ(csvField("the \"printer\""), "\"the \"\"printer\"\"\"");
    EXPECT_EQ(csvField("line one\nline two"), "\"line one\nline two\"");
    EXPECT_EQ(csvField("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(csvField("Zoë 支持"), "Zoë 支持");
}

TEST(CsvTest, FormulasFromCustomersAreDefused)
{
    EXPECT_EQ(csvField("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
    EXPECT_EQ(csvField("+1"), "'+1");
    EXPECT_EQ(csvField("-2"), "'-2");
    EXPECT_EQ(csvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvField("a=b"), "a=b") << "only at the start";
}

TEST(CsvTest, RowsEndWithCrLf)
{
    EXPECT_EQ(toCsv({{"name", "minutes"}, {"Smith, Bob", "12"}, {"Ann", ""}}),
              "name,minutes\r\n\"Smith, Bob\",12\r\nAnn,\r\n");
    EXPECT_EQ(toCsv({}), "");
}

}  // namespace
}  // namespace lifeline::base
