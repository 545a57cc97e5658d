#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace lifeline::protocol {

// Classes of outbound traffic, highest priority first.
enum class TrafficClass : std::uint8_t {
    kControl = 0,  // input events, session control, keepalive, relay requests
    kChat = 1,
    kVideo = 2,
    kFile = 3,     // bulk file data; file chunks are small so input never waits long
};
inline constexpr std::size_t kTrafficClassCount = 4;

// Encoded frames waiting to be written, one FIFO per traffic class. pop() always takes
// from the highest-priority non-empty class, so a keystroke queued after a megabyte of
// file data is written first. Order within a class is preserved.
//
// The owner writes into the socket only while the socket's own buffer is small (see
// net::Connection), so priority decides what goes on the wire next.
// Not thread-safe; lives on the connection's thread.
class OutboundQueue
{
public:
    void push(TrafficClass trafficClass, std::string encodedFrame);
    std::optional<std::string> pop();

    bool empty() const { return m_bytes == 0 && m_frames == 0; }
    std::size_t bytes() const { return m_bytes; }
    std::size_t bytes(TrafficClass trafficClass) const;
    std::size_t frames() const { return m_frames; }
    void clear();

private:
    std::array<std::deque<std::string>, kTrafficClassCount> m_queues;
    std::array<std::size_t, kTrafficClassCount> m_classBytes{};
    std::size_t m_bytes = 0;
    std::size_t m_frames = 0;
};

}  // namespace lifeline::protocol
