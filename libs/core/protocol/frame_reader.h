#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/protocol/frame.h"

namespace lifeline::protocol {

// Incremental frame reader: bytes go in as they arrive, in chunks of any size, and whole
// frames come out one at a time. A frame's length is checked against the limit as soon
// as its four length bytes are in, before any room is made for its payload, so a hostile
// length costs nothing. Any violation (length 0, length above the limit, unknown route)
// is a sticky kProtocolError / kFrameTooLarge: the connection must be closed.
//
// Pull-based on purpose: the caller loops over next() and can stop after any frame
// (for example because handling it closed the connection) without the reader calling
// back into freed state.
//
// Not thread-safe; lives on the thread of the connection that owns it.
class FrameReader
{
public:
    explicit FrameReader(std::uint32_t maxFrameLength = kDefaultMaxFrameLength);

    // Buffers bytes. Ignored after an error.
    void append(std::string_view bytes);

    // Zero-copy append for a socket read: room for `size` bytes at the end of the buffer,
    // to be followed by commitWrite(bytes actually written, at most `size`).
    char* prepareWrite(std::size_t size);
    void commitWrite(std::size_t written);

    // The next complete frame; std::nullopt when more bytes are needed; an Error when the
    // stream is malformed (and from then on).
    [[nodiscard]] base::Result<std::optional<Frame>> next();

    // Call at end of stream: an error when it ended inside a frame.
    [[nodiscard]] base::Status finish() const;

    std::size_t bufferedBytes() const { return m_end - m_begin; }
    std::size_t bufferCapacity() const { return m_buffer.capacity(); }
    std::uint32_t maxFrameLength() const { return m_maxFrameLength; }

private:
    // Makes room for `size` more bytes after m_end (moving unread bytes to the front first).
    void reserveTail(std::size_t size);
    void fail(base::Error error);

    std::uint32_t m_maxFrameLength;
    std::string m_buffer;     // storage; bytes [m_begin, m_end) are unread
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::optional<base::Error> m_error;
};

}  // namespace lifeline::protocol
