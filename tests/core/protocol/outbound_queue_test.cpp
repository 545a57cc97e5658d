#include "core/protocol/outbound_queue.h"

#include <gtest/gtest.h>

namespace lifeline::protocol {
namespace {

TEST(OutboundQueueTest, KeystrokeOvertakesQueuedFileData)
{
    OutboundQueue queue;
    for (int i = 0; i < 100; ++i) {
        queue.push(TrafficClass::kFile, std::string(16 * 1024, 'f'));
    }
    queue.push(TrafficClass::kVideo, "video");
    queue.push(TrafficClass::kChat, "chat");
    queue.push(TrafficClass::kControl, "key");

    EXPECT_EQ(queue.pop(), "key");
    EXPECT_EQ(queue.pop(), "chat");
    EXPECT_EQ(queue.pop(), "video");
    EXPECT_EQ(queue.pop()->size(), 16u * 1024u);
}

TEST(OutboundQueueTest, KeepsOrderWithinAClass)
{
    OutboundQueue queue;
    for (int i = 0; i < 10; ++i) {
        queue.push(TrafficClass::kVideo, std::to_string(i));
    }
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(queue.pop(), std::to_string(i));
    }
    EXPECT_FALSE(queue.pop().has_value());
}

TEST(OutboundQueueTest, CountsBytesPerClass)
{
    OutboundQueue queue;
    queue.push(TrafficClass::kFile, std::string(100, 'f'));
    queue.push(TrafficClass::kControl, std::string(10, 'c'));
    EXPECT_EQ(queue.bytes(), 110u);
    EXPECT_EQ(queue.bytes(TrafficClass::kFile), 100u);
    EXPECT_EQ(queue.frames(), 2u);
    (void)queue.pop();
    EXPECT_EQ(queue.bytes(), 100u);
    EXPECT_EQ(queue.bytes(TrafficClass::kControl), 0u);
    queue.clear();
    EXPECT_TRUE(queue.empty());
    EXPECT_EQ(queue.bytes(TrafficClass::kFile), 0u);
}

TEST(OutboundQueueTest, EmptyFramesStillCount)
{
    OutboundQueue queue;
    queue.push(TrafficClass::kChat, "");
    EXPECT_FALSE(queue.empty());
    EXPECT_EQ(queue.pop(), "");
    EXPECT_TRUE(queue.empty());
}

}  // namespace
}  // namespace lifeline::protocol
