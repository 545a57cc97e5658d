#include "core/transfer/send_window.h"

#include <algorithm>

namespace lifeline::transfer {

namespace {

constexpr std::size_t kMinChunks = 4;
constexpr std::size_t kInitialChunks = 16;
constexpr auto kMinSpan = std::chrono::milliseconds(20);  // rate over at least this long

}  // namespace

SendWindow::SendWindow(std::size_t chunkBytes)
    : m_chunk(chunkBytes)
    , m_window(chunkBytes * kInitialChunks)
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
    // What the path delivers in one round trip (the bandwidth-delay product). While it
    // delivers at least half a window per round trip the window is what limits: double it.
    // Otherwise the path limits: settle at twice what it delivers.
    const double bdp = m_rate * std::chrono::duration<double>(m_minRtt).count();
    const std::size_t next = bdp >= 0.5 * double(m_window) ? 2 * m_window : std::size_t(2.0 * bdp);
    m_window = std::clamp(next, m_chunk * kMinChunks, kMaxWindow);
}

}  // namespace lifeline::transfer
