#include "server/attempt_limiter.h"

namespace lifeline::server {

AttemptLimiter::AttemptLimiter(std::size_t limit, std::chrono::seconds window, std::size_t maxKeys)
    : m_limit(limit), m_window(window), m_maxKeys(maxKeys)
{
}

std::optional<std::chrono::seconds> AttemptLimiter::blockedFor(const std::string& key,
                                                               base::Clock::TimePoint now)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end()) {
        if (m_failures.size() >= m_maxKeys) {
            return m_window;
        }
        return std::nullopt;
    }
    auto& times = it->second;
    while (!times.empty() && times.front() + m_window <= now) {
        times.pop_front();
    }
    if (times.size() < m_limit) {
        return std::nullopt;
    }
    const auto wait = times.front() + m_window - now;
    // Round up: "try again in 0 s" would be a lie.
    return std::chrono::ceil<std::chrono::seconds>(wait);
}

void AttemptLimiter::recordFailure(const std::string& key, base::Clock::TimePoint now)
{
    if (m_failures.size() >= m_maxKeys && !m_failures.contains(key)) {
        prune(now);
        if (m_failures.size() >= m_maxKeys) {
            return;  // blockedFor() already refuses new keys
        }
    }
    m_failures[key].push_back(now);
}

void AttemptLimiter::prune(base::Clock::TimePoint now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        auto& times = it->second;
        while (!times.empty() && times.front() + m_window <= now) {
            times.pop_front();
        }
        it = times.empty() ? m_failures.erase(it) : std::next(it);
    }
}

}  // namespace lifeline::server
