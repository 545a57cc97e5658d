#pragma once

#include <cstdint>
#include <optional>

#include "core/base/frame.h"
#include "core/base/geometry.h"

namespace lifeline::codec {

// A block of the previous frame that reappears dy rows lower (dy < 0: higher) in the
// current one: dest holds, in the current frame, exactly the pixels of
// dest.translated(0, -dy) in the previous frame.
struct ScrollMotion
{
    base::Rect dest;
    std::int32_t dy = 0;

    base::Rect source() const { return dest.translated(0, -dy); }
};

// Recognises vertical scrolling inside area: rows of each 32-pixel column strip are
// hashed, rows whose hash is unique in the previous frame vote for a shift, and the
// winning shift is verified row by row with memcmp. A result is always exact: copying
// source() to dest in the previous frame reproduces dest of the current frame.
// Stateless; call it on the encoder's thread.
std::optional<ScrollMotion> detectVerticalScroll(const base::Frame& previous, const base::Frame& current,
    const base::Rect& area);

}  // namespace lifeline::codec
