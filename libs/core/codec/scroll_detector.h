#pragma once

#include <cstdint>
#include <optional>
#include <vector>

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

// Paces scroll detection, which costs a few milliseconds on a full screen of change: after
// a miss it skips 1, then 2, 4 and at most 8 frames before trying again; a hit keeps it
// trying every frame (scrolling lasts). A value type for the encoder's thread.
class ScrollBackoff
{
public:
    bool shouldTry()
    {
        if (m_skip == 0) return true;
        --m_skip;
        return false;
    }
    void hit() { m_nextSkip = 1; }
    void miss()
    {
        m_skip = m_nextSkip;
        m_nextSkip = m_nextSkip < 8 ? m_nextSkip * 2 : 8;
    }

private:
    int m_skip = 0;
    int m_nextSkip = 1;
};

class TileDiffer;

// The encoders' use of the detector: when tiles (the changed tiles, row-major) hold a
// vertical scroll and copying it within reference leaves fewer tiles to send, applies the
// copy to reference, replaces tiles with what is left and returns the motion; otherwise
// changes nothing. Needs at least 8 tiles and obeys backoff.
std::optional<ScrollMotion> applyScrollIfItHelps(const TileDiffer& differ, base::Frame& reference,
    const base::Frame& current, std::vector<base::Rect>& tiles, ScrollBackoff& backoff);

}  // namespace lifeline::codec
