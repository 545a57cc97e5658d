#include "core/transfer/send_window.h"

#include <algorithm>

namespace lifeline::transfer {

namespace {

constexpr std::size_t kMinChunks = 4;
constexpr std::size_t kInitialWindow = 256 * 1024;
constexpr auto kMinSpan = std::chrono::milliseconds(20);  // rate over at least this long
constexpr double kChunkSeconds = 0.004;                   // what a chunk carries of the rate
constexpr double kWindowLimited = 0.8;  // BDP this close to the window: it limits
constexpr double kGrowth = 1.25;        // start-up goes on while a round raises the rate this much
constexpr std::size_t kRoundsKept = 10;
// Once the path limits: what may wait in its slowest queue, as time. Ahead of a keystroke or
// a picture there, no priority helps (issue 16: keystroke-to-picture p95 <= 2 x RTT + 30 ms).
constexpr auto kQueueTarget = std::chrono::milliseconds(15);

}  // namespace

SendWindow::SendWindow(std::size_t maxChunkBytes)
    : m_maxChunk(maxChunkBytes)
    , m_chunk(std::min(maxChunkBytes, kFirstChunk))
    , m_window(std::max(kInitialWindow, kMinChunks * m_chunk))
{
}

void SendWindow::acknowledged(std::size_t bytes, Clock::duration rtt, Clock::time_point now)
{
    m_minRtt = std::min(m_minRtt, std::max(rtt, Clock::duration(1)));
    m_recent.emplace_back(now, bytes);
    m_recentBytes += bytes;
    const Clock::duration span = std::max<Clock::duration>(kMinSpan, 2 * m_minRtt);
    while (m_recent.size() > 1 && now - m_recent.front().first > span) {
        m_recentBytes -= m_recent.front().second;
        m_recent.pop_front();
    }
    if (m_recent.size() < 2) return;
    // Bytes acknowledged after the oldest ack kept, over the time since it.
    const std::size_t total = m_recentBytes - m_recent.front().second;
    const double seconds = std::chrono::duration<double>(now - m_recent.front().first).count();
    if (seconds <= 0) return;
    m_rate = double(total) / seconds;
    m_chunk = std::clamp(std::size_t(m_rate * kChunkSeconds), std::min(kMinChunk, m_maxChunk), m_maxChunk);

    // Once a round trip: the rate of that round, kept for kRoundsKept rounds; the window is
    // sized from the best of them, so a smaller window (and rate) does not shrink it further.
    if (m_rounds.empty() || now - m_roundStart >= std::max<Clock::duration>(kMinSpan, m_minRtt)) {
        // Start-up also ends when even the quickest acknowledgement of the round that ended
        // waited in a queue for twice the target: the window fills the path already.
        if (m_startingUp && !m_rounds.empty() && m_roundMinRtt > m_minRtt + 2 * kQueueTarget) m_startingUp = false;
        m_roundStart = now;
        m_roundMinRtt = rtt;
        m_rounds.push_back(m_rate);
        if (m_rounds.size() > kRoundsKept) m_rounds.pop_front();
        if (m_startingUp) {
            // Start-up ends when three rounds in a row did not raise the rate by a quarter.
            if (m_rate >= kGrowth * m_plateau) {
                m_plateau = m_rate;
                m_flatRounds = 0;
            } else if (++m_flatRounds >= 3) {
                m_startingUp = false;
            }
        }
    } else {
        m_rounds.back() = std::max(m_rounds.back(), m_rate);
        m_roundMinRtt = std::min(m_roundMinRtt, rtt);
    }
    const double bestRate = *std::max_element(m_rounds.begin(), m_rounds.end());
    const double minRtt = std::chrono::duration<double>(m_minRtt).count();
    std::size_t next = m_window;
    if (m_startingUp) {
        // While the window limits (the path delivered nearly all of it in a round trip),
        // double it each round trip; otherwise hold it until start-up ends.
        if (m_rate * minRtt >= kWindowLimited * double(m_window)) next = 2 * m_window;
    } else {
        // The bandwidth-delay product and the queue target. Should the path get faster, the
        // rate rises, and with it the window, by (1 + target / round trip) a round trip.
        next = std::size_t(bestRate * (minRtt + std::chrono::duration<double>(kQueueTarget).count()));
    }
    m_window = std::clamp(next, m_chunk * kMinChunks, kMaxWindow);
}

}  // namespace lifeline::transfer
