#include "core/protocol/frame_reader.h"

namespace lifeline::protocol {

namespace {

std::uint32_t readBigEndian32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (std::uint32_t{u[0]} << 24) | (std::uint32_t{u[1]} << 16) |
           (std::uint32_t{u[2]} << 8) | std::uint32_t{u[3]};
}

}  // namespace

FrameReader::FrameReader(std::uint32_t maxFrameLength) : m_maxFrameLength(maxFrameLength) {}

void FrameReader::append(std::string_view bytes)
{
    if (m_error || bytes.empty()) {
        return;
    }
    compact();
    m_buffer.append(bytes);
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
    const char* head = m_buffer.data() + m_offset;
    const std::uint32_t length = readBigEndian32(head);
    if (length == 0) {
        m_error = base::makeError(base::ErrorCode::kProtocolError, "frame length 0");
    } else if (length > m_maxFrameLength) {
        m_error = base::makeError(base::ErrorCode::kFrameTooLarge,
                                  "frame length " + std::to_string(length) + " above limit " +
                                      std::to_string(m_maxFrameLength));
    } else if (available >= kFrameHeaderSize) {
        const auto route = static_cast<unsigned char>(head[kLengthFieldSize]);
        if (route > static_cast<unsigned char>(Route::kPeer)) {
            m_error = base::makeError(base::ErrorCode::kProtocolError,
                                      "unknown route " + std::to_string(route));
        }
    }
    if (m_error) {
        // Drop what we hold: nothing after a malformed frame can be trusted.
        m_buffer.clear();
        m_buffer.shrink_to_fit();
        m_offset = 0;
        return *m_error;
    }
    if (available < kLengthFieldSize + length) {
        return std::optional<Frame>{};
    }
    Frame frame;
    frame.route = static_cast<Route>(head[kLengthFieldSize]);
    frame.payload.assign(head + kFrameHeaderSize, length - 1);
    m_offset += kLengthFieldSize + length;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
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

void FrameReader::compact()
{
    // Move unread bytes to the front once the consumed prefix dominates, so the buffer
    // does not grow with the total traffic.
    if (m_offset > 0 && m_offset * 2 >= m_buffer.size()) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
}

}  // namespace lifeline::protocol
