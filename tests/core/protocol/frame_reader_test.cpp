#include "core/protocol/frame_reader.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <vector>

namespace lifeline::protocol {
namespace {

std::string frameBytes(Route route, std::string_view payload)
{
    auto encoded = encodeFrame(route, payload);
    EXPECT_TRUE(encoded.ok());
    return *encoded;
}

// Drains every complete frame; fails the test on a reader error.
std::vector<Frame> drain(FrameReader& reader)
{
    std::vector<Frame> frames;
    for (;;) {
        auto next = reader.next();
        EXPECT_TRUE(next.ok()) << next.error().toString();
        if (!next.ok() || !next->has_value()) {
            return frames;
        }
        frames.push_back(std::move(**next));
    }
}

TEST(FrameReaderTest, ReadsOneFrame)
{
    FrameReader reader;
    reader.append(frameBytes(Route::kPeer, "hello"));
    auto frames = drain(reader);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].route, Route::kPeer);
    EXPECT_EQ(frames[0].payload, "hello");
    EXPECT_EQ(reader.bufferedBytes(), 0u);
    EXPECT_TRUE(reader.finish().ok());
}

TEST(FrameReaderTest, ReadsEmptyPayload)
{
    FrameReader reader;
    reader.append(frameBytes(Route::kRelay, ""));
    auto frames = drain(reader);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].route, Route::kRelay);
    EXPECT_TRUE(frames[0].payload.empty());
}

TEST(FrameReaderTest, ReadsTwoFramesFromOneChunk)
{
    FrameReader reader;
    reader.append(frameBytes(Route::kRelay, "first") + frameBytes(Route::kPeer, "second"));
    auto frames = drain(reader);
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(frames[0].route, Route::kRelay);
    EXPECT_EQ(frames[0].payload, "first");
    EXPECT_EQ(frames[1].route, Route::kPeer);
    EXPECT_EQ(frames[1].payload, "second");
}

TEST(FrameReaderTest, ReadsFramesSplitByteByByte)
{
    std::string stream;
    std::vector<std::string> payloads = {"a", std::string(1000, 'x'), "", "last one"};
    for (const auto& payload : payloads) {
        stream += frameBytes(Route::kPeer, payload);
    }
    FrameReader reader;
    std::vector<Frame> frames;
    for (char byte : stream) {
        reader.append(std::string_view(&byte, 1));
        for (auto& frame : drain(reader)) {
            frames.push_back(std::move(frame));
        }
    }
    ASSERT_EQ(frames.size(), payloads.size());
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        EXPECT_EQ(frames[i].payload, payloads[i]) << "frame " << i;
    }
}

TEST(FrameReaderTest, ReadsAnySplitOfAStream)
{
    std::mt19937 random(42);
    std::string stream;
    std::vector<std::string> payloads;
    for (int i = 0; i < 200; ++i) {
        std::string payload(random() % 3000, '\0');
        for (auto& c : payload) {
            c = static_cast<char>(random());
        }
        stream += frameBytes(Route::kPeer, payload);
        payloads.push_back(std::move(payload));
    }
    FrameReader reader;
    std::vector<Frame> frames;
    std::size_t pos = 0;
    while (pos < stream.size()) {
        const std::size_t n = std::min<std::size_t>(1 + random() % 5000, stream.size() - pos);
        reader.append(std::string_view(stream).substr(pos, n));
        pos += n;
        for (auto& frame : drain(reader)) {
            frames.push_back(std::move(frame));
        }
    }
    ASSERT_EQ(frames.size(), payloads.size());
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        ASSERT_EQ(frames[i].payload, payloads[i]) << "frame " << i;
    }
}

TEST(FrameReaderTest, LengthAboveLimitIsRejectedWithoutAllocating)
{
    FrameReader reader(1024);
    // Length 0xFFFFFFF0 announced; only the header arrives.
    const char header[] = {'\xff', '\xff', '\xff', '\xf0', '\x01'};
    reader.append(std::string_view(header, sizeof header));
    auto next = reader.next();
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().code, base::ErrorCode::kFrameTooLarge);
    // Nothing was reserved for the announced payload, and nothing is kept.
    EXPECT_LT(reader.bufferCapacity(), 64u);
    EXPECT_EQ(reader.bufferedBytes(), 0u);
}

TEST(FrameReaderTest, LimitIsCheckedBeforeThePayloadArrives)
{
    FrameReader reader(1024);
    const char lengthOnly[] = {'\x00', '\x00', '\x04', '\x01'};  // 1025: one above
    reader.append(std::string_view(lengthOnly, sizeof lengthOnly));
    auto next = reader.next();
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().code, base::ErrorCode::kFrameTooLarge);
}

TEST(FrameReaderTest, FrameExactlyAtLimitIsAccepted)
{
    FrameReader reader(1024);
    reader.append(frameBytes(Route::kPeer, std::string(1023, 'z')));
    auto frames = drain(reader);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].payload.size(), 1023u);
}

TEST(FrameReaderTest, EndOfStreamMidFrameIsAnError)
{
    FrameReader reader;
    const std::string frame = frameBytes(Route::kPeer, "truncated payload");
    reader.append(std::string_view(frame).substr(0, frame.size() - 3));
    EXPECT_TRUE(drain(reader).empty());
    auto status = reader.finish();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, base::ErrorCode::kConnectionClosed);
}

TEST(FrameReaderTest, EndOfStreamMidHeaderIsAnError)
{
    FrameReader reader;
    reader.append(std::string_view("\x00\x00", 2));
    EXPECT_TRUE(drain(reader).empty());
    EXPECT_FALSE(reader.finish().ok());
}

TEST(FrameReaderTest, ZeroLengthIsAProtocolError)
{
    FrameReader reader;
    reader.append(std::string_view("\x00\x00\x00\x00\x01", 5));
    auto next = reader.next();
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().code, base::ErrorCode::kProtocolError);
}

TEST(FrameReaderTest, UnknownRouteIsAProtocolError)
{
    FrameReader reader;
    reader.append(std::string_view("\x00\x00\x00\x02\x07x", 6));
    auto next = reader.next();
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().code, base::ErrorCode::kProtocolError);
}

TEST(FrameReaderTest, PeerFramesCarryTheirTrafficClass)
{
    FrameReader reader;
    reader.append(*encodeFrame(Route::kPeer, "file", kDefaultMaxFrameLength, 3));
    reader.append(*encodeFrame(Route::kPeer, "key", kDefaultMaxFrameLength, 0));
    reader.append(*encodeFrame(Route::kRelay, "hello", kDefaultMaxFrameLength, 2));  // ignored for route 0
    auto frames = drain(reader);
    ASSERT_EQ(frames.size(), 3u);
    EXPECT_EQ(frames[0].route, Route::kPeer);
    EXPECT_EQ(frames[0].trafficClass, 3);
    EXPECT_EQ(frames[1].trafficClass, 0);
    EXPECT_EQ(frames[2].route, Route::kRelay);
    EXPECT_EQ(frames[2].trafficClass, 0);
    EXPECT_EQ(static_cast<unsigned char>((*encodeFrame(Route::kPeer, "x", kDefaultMaxFrameLength, 2))[4]), 0x21);
}

TEST(FrameReaderTest, BadRouteBytesAreProtocolErrors)
{
    for (unsigned char routeByte : {0x02, 0x10, 0x41, 0x81, 0xF1}) {
        FrameReader reader;
        const char frame[] = {0, 0, 0, 2, static_cast<char>(routeByte), 'x'};
        reader.append(std::string_view(frame, sizeof frame));
        auto next = reader.next();
        ASSERT_FALSE(next.ok()) << int(routeByte);
        EXPECT_EQ(next.error().code, base::ErrorCode::kProtocolError);
    }
}

TEST(FrameReaderTest, GarbageIsRejectedAndTheErrorSticks)
{
    FrameReader reader;
    reader.append("GET / HTTP/1.1\r\nHost: relay\r\n\r\n");
    auto first = reader.next();
    ASSERT_FALSE(first.ok());
    // Further bytes, even a valid frame, are ignored: the connection is finished.
    reader.append(frameBytes(Route::kPeer, "ok"));
    auto second = reader.next();
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, first.error().code);
    EXPECT_FALSE(reader.finish().ok());
}

TEST(FrameReaderTest, BufferDoesNotGrowWithTotalTraffic)
{
    FrameReader reader;
    const std::string frame = frameBytes(Route::kPeer, std::string(500, 'q'));
    for (int i = 0; i < 10000; ++i) {
        // Deliver each frame in two pieces so a tail is always pending.
        reader.append(std::string_view(frame).substr(0, 300));
        EXPECT_TRUE(drain(reader).empty());
        reader.append(std::string_view(frame).substr(300));
        ASSERT_EQ(drain(reader).size(), 1u);
    }
    EXPECT_LT(reader.bufferCapacity(), 8192u);
}

TEST(FrameReaderTest, DirectWritesWithPartialCommitsReassembleFrames)
{
    const std::string stream = frameBytes(Route::kPeer, "first") + frameBytes(Route::kPeer, "second");
    FrameReader reader;
    std::size_t pos = 0;
    while (pos < stream.size()) {
        // Room for 7 bytes, but only 3 arrive (a short socket read).
        char* room = reader.prepareWrite(7);
        const std::size_t n = std::min<std::size_t>(3, stream.size() - pos);
        std::memcpy(room, stream.data() + pos, n);
        reader.commitWrite(n);
        pos += n;
    }
    auto frames = drain(reader);
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(frames[0].payload, "first");
    EXPECT_EQ(frames[1].payload, "second");
}

TEST(FrameReaderTest, LargeStorageIsReleasedOnceEverythingIsRead)
{
    // An idle connection must not keep the buffer a burst of bulk data needed.
    FrameReader reader;
    reader.append(frameBytes(Route::kPeer, std::string(200 * 1024, 'b')));
    EXPECT_GE(reader.bufferCapacity(), 200u * 1024u);
    ASSERT_EQ(drain(reader).size(), 1u);
    EXPECT_LT(reader.bufferCapacity(), 1024u);
}

TEST(FrameEncodingTest, PayloadAboveLimitIsRefused)
{
    auto encoded = encodeFrame(Route::kPeer, std::string(100, 'x'), 100);
    ASSERT_FALSE(encoded.ok());
    EXPECT_EQ(encoded.error().code, base::ErrorCode::kFrameTooLarge);
}

TEST(FrameEncodingTest, HeaderIsBigEndianLengthThenRoute)
{
    auto encoded = encodeFrame(Route::kPeer, std::string(0x0102, 'p'));
    ASSERT_TRUE(encoded.ok());
    ASSERT_GE(encoded->size(), kFrameHeaderSize);
    EXPECT_EQ(static_cast<unsigned char>((*encoded)[0]), 0x00);
    EXPECT_EQ(static_cast<unsigned char>((*encoded)[1]), 0x00);
    EXPECT_EQ(static_cast<unsigned char>((*encoded)[2]), 0x01);
    EXPECT_EQ(static_cast<unsigned char>((*encoded)[3]), 0x03);  // payload + route byte
    EXPECT_EQ(static_cast<unsigned char>((*encoded)[4]), 0x01);
}

}  // namespace
}  // namespace lifeline::protocol
