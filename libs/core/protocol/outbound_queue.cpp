#include "core/protocol/outbound_queue.h"

namespace lifeline::protocol {

void OutboundQueue::push(TrafficClass trafficClass, std::string encodedFrame)
{
    const auto index = static_cast<std::size_t>(trafficClass);
    m_classBytes[index] += encodedFrame.size();
    m_bytes += encodedFrame.size();
    ++m_frames;
    m_queues[index].push_back(std::move(encodedFrame));
}

std::optional<std::string> OutboundQueue::pop()
{
    for (std::size_t index = 0; index < kTrafficClassCount; ++index) {
        auto& queue = m_queues[index];
        if (queue.empty()) {
            continue;
        }
        std::string frame = std::move(queue.front());
        queue.pop_front();
        m_classBytes[index] -= frame.size();
        m_bytes -= frame.size();
        --m_frames;
        return frame;
    }
    return std::nullopt;
}

std::size_t OutboundQueue::bytes(TrafficClass trafficClass) const
{
    return m_classBytes[static_cast<std::size_t>(trafficClass)];
}

void OutboundQueue::clear()
{
    for (auto& queue : m_queues) {
        queue.clear();
    }
    m_classBytes = {};
    m_bytes = 0;
    m_frames = 0;
}

}  // namespace lifeline::protocol
