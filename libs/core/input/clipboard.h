#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/base/result.h"

namespace lifeline::input {

// What a clipboard holds, as MIME type and bytes: "text/plain;charset=utf-8" or "image/png".
struct ClipboardContent
{
    std::string mimeType;
    std::string data;
    friend bool operator==(const ClipboardContent&, const ClipboardContent&) = default;
};

inline constexpr char kMimeText[] = "text/plain;charset=utf-8";
inline constexpr char kMimePng[] = "image/png";
// The default cap: what fits, with its envelope, in one wire frame (4 MiB).
inline constexpr std::size_t kDefaultClipboardMaxBytes = 3u * 1024u * 1024u;

// The system clipboard of one end. set() makes this process the owner of the content;
// takeChange() reports content another application put there since the last call.
// Content larger than maxBytes() is neither taken nor offered.
//
// Thread: one thread (the applet's input thread, the console's session worker); call
// process() whenever eventFd() is readable (and after set()).
class Clipboard
{
public:
    virtual ~Clipboard() = default;
    virtual base::Status set(const ClipboardContent& content) = 0;
    // Handles pending window-system events (requests for our content, owner changes) and
    // returns content newly put on the clipboard by another application, if any.
    virtual base::Result<std::optional<ClipboardContent>> process() = 0;
    virtual int eventFd() const { return -1; }
    virtual std::size_t maxBytes() const = 0;
};

// X11: the CLIPBOARD selection through xcb, owner changes from XFIXES.
// kUnavailable when the display cannot be opened or lacks XFIXES.
base::Result<std::unique_ptr<Clipboard>> openX11Clipboard(const std::string& display,
    std::size_t maxBytes = kDefaultClipboardMaxBytes);

}  // namespace lifeline::input
