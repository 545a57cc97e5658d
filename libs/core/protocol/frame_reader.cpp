#include "core/protocol/frame_reader.h"

#include <algorithm>
#include <cstring>

namespace lifeline::protocol {

namespace {

std::uint32_t readBigEndian32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (std::uint32_t{u[0]} << 24) | (std::uint32_t{u[1]} << 16) |
           (std::uint32_t{u[2]} << 8) | std::uint32_t{u[3]};
}

// Storage above this is released as soon as everything in it has been read, so a connection
// that once carried bulk data does not keep a large buffer while it idles.
constexpr std::size_t kKeepCapacity = 16 * 1024;

}  // namespace

FrameReader::FrameReader(std::uint32_t maxFrameLength) : m_maxFrameLength(maxFrameLength) {}

void FrameReader::append(std::string_view bytes)
{
    if (m_error || bytes.empty()) {
        return;
    }
    std::memcpy(prepareWrite(bytes.size()), bytes.data(), bytes.size());
    commitWrite(bytes.size());
}

char* FrameReader::prepareWrite(std::size_t size)
{
    reserveTail(size);
    return m_buffer.data() + m_end;
}

void FrameReader::commitWrite(std::size_t written)
{
    if (m_error) {
        return;
    }
    m_end = std::min(m_end + written, m_buffer.size());
}

void FrameReader::reserveTail(std::size_t size)
{
    if (m_buffer.size() - m_end >= size) {
        return;
    }
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_buffer.size() - m_end < size) {
        m_buffer.resize(m_end + size);
    }
}

void FrameReader::fail(base::Error error)
{
    m_error = std::move(error);
    // Drop what we hold: nothing after a malformed frame can be trusted.
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    m_begin = m_end = 0;
}

base::Result<std::optional<Frame>> FrameReader::next()
{
    if (m_error) {
        return *m_error;
    }
    const std::size_t available = bufferedBytes();
    if (available < kLengthFieldSize) {
        return std::optional<Frame>{};
    }
    const char* head = m_buffer.data() + m_begin;
    const std::uint32_t length = readBigEndian32(head);
    if (length == 0) {
        fail(base::makeError(base::ErrorCode::kProtocolError, "frame length 0"));
        return *m_error;
    }
    if (length > m_maxFrameLength) {
        fail(base::makeError(base::ErrorCode::kFrameTooLarge,
                             "frame length " + std::to_string(length) + " above limit " +
                                 std::to_string(m_maxFrameLength)));
        return *m_error;
    }
    if (available >= kFrameHeaderSize) {
        const auto routeByte = static_cast<unsigned char>(head[kLengthFieldSize]);
        const unsigned route = routeByte & 0x0Fu;
        const unsigned trafficClass = routeByte >> 4;
        if (route > static_cast<unsigned char>(Route::kPeer) ||
            (route == static_cast<unsigned char>(Route::kRelay) && trafficClass != 0) ||
            trafficClass > kMaxTrafficClassOnWire) {
            fail(base::makeError(base::ErrorCode::kProtocolError,
                                 "unknown route byte " + std::to_string(routeByte)));
            return *m_error;
        }
    }
    if (available < kLengthFieldSize + length) {
        return std::optional<Frame>{};
    }
    Frame frame;
    frame.route = static_cast<Route>(static_cast<unsigned char>(head[kLengthFieldSize]) & 0x0Fu);
    frame.trafficClass = static_cast<std::uint8_t>(static_cast<unsigned char>(head[kLengthFieldSize]) >> 4);
    frame.payload.assign(head + kFrameHeaderSize, length - 1);
    m_begin += kLengthFieldSize + length;
    if (m_begin == m_end) {
        m_begin = m_end = 0;
        if (m_buffer.size() > kKeepCapacity) {
            m_buffer.clear();
            m_buffer.shrink_to_fit();
        }
    }
    return std::optional<Frame>{std::move(frame)};
}

base::Status FrameReader::finish() const
{
    if (m_error) {
        return *m_error;
    }
    if (bufferedBytes() != 0) {
        return base::makeError(base::ErrorCode::kConnectionClosed,
                               "stream ended inside a frame (" + std::to_string(bufferedBytes()) +
                                   " bytes pending)");
    }
    return {};
}

}  // namespace lifeline::protocol
