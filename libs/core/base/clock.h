#pragma once

#include <chrono>
#include <cstdint>

namespace lifeline::base {

// Wall-clock time source, injectable so tests can expire PINs and lockouts without
// waiting. Used from whichever thread owns the object that holds it; implementations
// must be thread-safe for reads.
class Clock
{
public:
    using TimePoint = std::chrono::system_clock::time_point;
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock
{
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

inline std::int64_t toUnixMillis(Clock::TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

}  // namespace lifeline::base
