#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>

namespace lifeline::transfer {

// How many bytes of file data may be on their way unacknowledged. Sized from what is
// measured, not a constant: twice the bandwidth-delay product (delivery rate over the last
// round trips × the smallest round trip seen), so the window grows each round trip while
// the path takes more and settles where it does not; at least four chunks, at most 64 MiB.
//
// Thread: the sender's.
class SendWindow
{
public:
    using Clock = std::chrono::steady_clock;

    explicit SendWindow(std::size_t chunkBytes);

    // A chunk of `bytes` was acknowledged `rtt` after it was sent.
    void acknowledged(std::size_t bytes, Clock::duration rtt, Clock::time_point now);

    std::size_t windowBytes() const { return m_window; }
    Clock::duration minRtt() const { return m_minRtt; }
    double deliveryBytesPerSecond() const { return m_rate; }

    static constexpr std::size_t kMaxWindow = 64u * 1024 * 1024;

private:
    std::size_t m_chunk;
    std::size_t m_window;
    Clock::duration m_minRtt = Clock::duration::max();
    double m_rate = 0;
    std::deque<std::pair<Clock::time_point, std::size_t>> m_recent;  // acks over the last round trips
    std::size_t m_recentBytes = 0;                                   // their sum
};

}  // namespace lifeline::transfer
