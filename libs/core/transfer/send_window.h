#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>

namespace lifeline::transfer {

// How many bytes of file data may be on their way unacknowledged, and how big each chunk
// is. Sized from what is measured, not from constants: the delivery rate over the last round
// trips and the smallest round trip seen give the path's bandwidth-delay product (BDP).
//
// Start-up: while the path delivers nearly a whole window per smallest round trip, the
// window is what limits, and it doubles each round trip; it ends when three round trips in a
// row did not raise the rate by a quarter, or when a whole round trip's acknowledgements
// waited in a queue for over 30 ms. After it the window is the best rate of the last
// ten round trips times (the smallest round trip + 15 ms): the path stays full, and what
// waits in the slowest queue on the way (where no priority lets a keystroke or a picture
// overtake file data) stays at about 15 ms. Within 4 chunks and 64 MiB.
//
// A chunk carries about 4 ms of the measured rate (8–64 KiB, the first ones 16 KiB), so no
// chunk holds a slow line for long and the first round trip, measured on a small chunk, is
// close to the path's own.
//
// Thread: the sender's.
class SendWindow
{
public:
    using Clock = std::chrono::steady_clock;

    // `maxChunkBytes`: the largest chunk the receiver takes.
    explicit SendWindow(std::size_t maxChunkBytes);

    // A chunk of `bytes` was acknowledged `rtt` after it was sent.
    void acknowledged(std::size_t bytes, Clock::duration rtt, Clock::time_point now);

    std::size_t windowBytes() const { return m_window; }
    // How many bytes the next chunk should carry.
    std::size_t chunkBytes() const { return m_chunk; }
    Clock::duration minRtt() const { return m_minRtt; }
    double deliveryBytesPerSecond() const { return m_rate; }

    static constexpr std::size_t kMaxWindow = 64u * 1024 * 1024;
    static constexpr std::size_t kMinChunk = 8u * 1024;
    static constexpr std::size_t kFirstChunk = 16u * 1024;

private:
    std::size_t m_maxChunk;
    std::size_t m_chunk;
    std::size_t m_window;
    Clock::duration m_minRtt = Clock::duration::max();
    double m_rate = 0;
    bool m_startingUp = true;
    double m_plateau = 0;  // start-up: the rate the last growing round reached
    int m_flatRounds = 0;
    Clock::time_point m_roundStart;
    Clock::duration m_roundMinRtt{};  // the quickest acknowledgement of this round
    std::deque<double> m_rounds;  // the best rate of each of the last round trips
    std::deque<std::pair<Clock::time_point, std::size_t>> m_recent;  // acks over the last round trips
    std::size_t m_recentBytes = 0;                                   // their sum
};

}  // namespace lifeline::transfer
