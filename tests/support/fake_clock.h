#pragma once

#include <atomic>
#include <chrono>

#include "core/base/clock.h"

namespace lifeline::test {

// A clock that moves only when the test says so.
class FakeClock final : public base::Clock
{
public:
    FakeClock() : m_now(std::chrono::system_clock::now().time_since_epoch().count()) {}
    TimePoint now() const override { return TimePoint(TimePoint::duration(m_now.load())); }
    void advance(std::chrono::system_clock::duration by) { m_now += by.count(); }

private:
    std::atomic<TimePoint::rep> m_now;
};

}  // namespace lifeline::test
