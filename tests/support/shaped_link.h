#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <thread>

namespace lifeline::test {

// A loopback TCP forwarder that behaves like a slow real line between an end and the relay.
// Each direction is a bottleneck of `bitsPerSecond` (sent in 1448-byte packets), a one-way
// delay of half `roundTripMs`, and a queue of `queueBytes` in front of the bottleneck. While
// the queue is full the forwarder stops reading, so TCP slows the sender: back-pressure
// stands for the drops a router would make, and no byte is lost. The forwarder's own
// socket buffers are kept small (kKernelBytes each), so they add little to the queue.
//
// Runs on its own thread with its own event loop, so the shaping keeps time while the
// test's thread is busy. Counters may be read from any thread.
class ShapedLink
{
public:
    struct Shape
    {
        double bitsPerSecond = 20e6;
        int roundTripMs = 40;
        qint64 queueBytes = 256 * 1024;
    };
    static constexpr int kKernelBytes = 16 * 1024;

    ShapedLink(quint16 targetPort, Shape shape);
    ~ShapedLink();
    ShapedLink(const ShapedLink&) = delete;
    ShapedLink& operator=(const ShapedLink&) = delete;

    quint16 port() const { return m_port; }
    const Shape& shape() const { return m_shape; }
    // Bytes delivered so far, over every connection: to the target, and back to the clients.
    qint64 bytesToTarget() const { return m_toTarget; }
    qint64 bytesToClient() const { return m_toClient; }

private:
    class Worker;

    Shape m_shape;
    quint16 m_port = 0;
    std::atomic<qint64> m_toTarget{0};
    std::atomic<qint64> m_toClient{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

}  // namespace lifeline::test
