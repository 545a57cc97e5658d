#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/base/clock.h"

namespace lifeline::server {

// Counts failures per key (a source address, or "*" for all) within a sliding window.
// Once a key has `limit` failures in the window it is blocked until the oldest of them
// leaves the window. Memory is bounded: old entries are pruned, and past `maxKeys`
// distinct keys every new key counts as blocked (a flood from many addresses is itself
// an attack). Not thread-safe; lives on the relay's thread.
class AttemptLimiter
{
public:
    AttemptLimiter(std::size_t limit, std::chrono::seconds window, std::size_t maxKeys = 100000);

    // Seconds until `key` may try again, or nullopt when it may try now.
    std::optional<std::chrono::seconds> blockedFor(const std::string& key,
                                                   base::Clock::TimePoint now);
    void recordFailure(const std::string& key, base::Clock::TimePoint now);
    void prune(base::Clock::TimePoint now);
    std::size_t keyCount() const { return m_failures.size(); }

private:
    std::size_t m_limit;
    std::chrono::seconds m_window;
    std::size_t m_maxKeys;
    std::unordered_map<std::string, std::deque<base::Clock::TimePoint>> m_failures;
};

}  // namespace lifeline::server
