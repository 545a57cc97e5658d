#include "core/protocol/envelope.h"

#include <gtest/gtest.h>

#include "core/protocol/frame.h"

namespace lifeline::protocol {
namespace {

TEST(ErrorCodeMappingTest, EveryWireCodeMapsOneToOne)
{
    for (int value = v1::ErrorCode_MIN; value <= v1::ErrorCode_MAX; ++value) {
        if (!v1::ErrorCode_IsValid(value)) {
            continue;
        }
        const auto wire = static_cast<v1::ErrorCode>(value);
        const base::ErrorCode code = fromWire(value);
        EXPECT_EQ(static_cast<int>(code), value);
        EXPECT_EQ(toWire(code), wire);
        EXPECT_EQ("ERROR_CODE_" + std::string(base::errorCodeName(code)), v1::ErrorCode_Name(wire));
    }
    EXPECT_EQ(v1::ErrorCode_MAX, base::kErrorCodeMax);
    for (int value = 0; value <= base::kErrorCodeMax; ++value) {
        EXPECT_TRUE(v1::ErrorCode_IsValid(value)) << "C++ code " << value << " has no wire value";
    }
}

TEST(ErrorCodeMappingTest, UnknownWireCodeBecomesUnspecified)
{
    EXPECT_EQ(fromWire(9999), base::ErrorCode::kUnspecified);
    EXPECT_EQ(fromWire(-1), base::ErrorCode::kUnspecified);
}

TEST(EnvelopeTest, RoundTripsAndKeepsRetryAfter)
{
    v1::Envelope envelope;
    envelope.set_request_id(7);
    fillError(envelope.mutable_error(),
              base::Error{base::ErrorCode::kAccountLocked, "locked", 120});
    auto parsed = parseEnvelope(serializeEnvelope(envelope));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->request_id(), 7u);
    ASSERT_TRUE(parsed->has_error());
    const base::Error error = toError(parsed->error());
    EXPECT_EQ(error.code, base::ErrorCode::kAccountLocked);
    EXPECT_EQ(error.retryAfterSeconds, 120u);
}

TEST(EnvelopeTest, GarbageIsAProtocolError)
{
    auto parsed = parseEnvelope("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, base::ErrorCode::kProtocolError);
}

TEST(EnvelopeTest, HelloFrameMatchesTheDocumentedBytes)
{
    // The worked example at the end of docs/protocol.md.
    v1::Envelope envelope;
    envelope.set_request_id(1);
    envelope.mutable_hello()->set_protocol_version(1);
    envelope.mutable_hello()->set_client_kind(v1::CLIENT_KIND_CONSOLE);
    auto frame = encodeFrame(Route::kRelay, serializeEnvelope(envelope));
    ASSERT_TRUE(frame.ok());
    const std::string expected("\x00\x00\x00\x09\x00\x08\x01\x12\x04\x08\x01\x18\x01", 13);
    EXPECT_EQ(*frame, expected);
}

TEST(CapabilitiesTest, IntersectionKeepsOnlyCommonOnes)
{
    auto common = intersectCapabilities({"a", "b", "c"}, {"c", "x", "a"});
    EXPECT_EQ(common, (std::vector<std::string>{"a", "c"}));
}

}  // namespace
}  // namespace lifeline::protocol
