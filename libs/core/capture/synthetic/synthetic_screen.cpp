#include "core/capture/synthetic/synthetic_screen.h"

#include <array>
#include <cstring>
#include <utility>

namespace lifeline::capture {

namespace {

using base::Point;
using base::Rect;
using base::Size;

std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A made-up but stable font: each printable character gets a few strokes inside a 6×11
// box, chosen from a hash of its code. It looks and compresses like text (two colours,
// thin strokes, repeated shapes), which is all the scenes need.
class GlyphTable
{
public:
    GlyphTable()
    {
        for (int c = 33; c < 127; ++c) {
            auto& g = m_rows[std::size_t(c)];
            std::uint64_t h = splitMix(std::uint64_t(c) * 7919u);
            const int strokes = 2 + int(h % 3);
            for (int s = 0; s < strokes; ++s) {
                h = splitMix(h);
                switch (h % 4) {
                case 0: {  // vertical stroke
                    const int col = 1 + int((h >> 8) % 6);
                    const int from = 3 + int((h >> 16) % 4);
                    for (int r = from; r < 14; ++r) g[std::size_t(r)] |= std::uint8_t(1u << col);
                    break;
                }
                case 1: {  // horizontal stroke
                    const int row = 3 + int((h >> 8) % 11);
                    g[std::size_t(row)] |= 0x7E;
                    break;
                }
                case 2: {  // bowl
                    for (int r = 8; r < 14; ++r) g[std::size_t(r)] |= (r == 8 || r == 13) ? 0x3C : 0x42;
                    break;
                }
                default: {  // diagonal
                    for (int i = 0; i < 6; ++i) g[std::size_t(13 - 2 * i)] |= std::uint8_t(1u << (1 + i));
                    break;
                }
                }
            }
        }
    }
    std::uint8_t row(unsigned char c, int r) const { return m_rows[c][std::size_t(r)]; }

private:
    std::array<std::array<std::uint8_t, 16>, 256> m_rows{};
};

const GlyphTable& glyphs()
{
    static const GlyphTable table;
    return table;
}

CursorShape arrowCursor()
{
    CursorShape shape;
    shape.serial = 1;
    shape.size = Size{12, 19};
    shape.hotspot = Point{0, 0};
    shape.argb.assign(12 * 19, 0);
    for (int y = 0; y < 19; ++y) {
        const int w = y < 12 ? y + 1 : 12 - (y - 12);
        for (int x = 0; x < w && x < 12; ++x) {
            const bool edge = x == 0 || x == w - 1 || y == 18;
            shape.argb[std::size_t(y * 12 + x)] = edge ? 0xFF000000u : 0xFFFFFFFFu;
        }
    }
    return shape;
}

}  // namespace

SyntheticScreen::SyntheticScreen(base::Size size)
    : m_frame(size),
      m_layout{size, {Monitor{"synthetic-0", Rect{0, 0, size.width, size.height}, true}}},
      m_cursorShape(arrowCursor())
{
    m_cursor.shapeSerial = m_cursorShape.serial;
    m_cursor.position = Point{size.width / 2, size.height / 2};
}

base::Region SyntheticScreen::takeDamage()
{
    base::Region out;
    std::swap(out, m_damage);
    return out;
}

void SyntheticScreen::setLayout(DisplayLayout layout)
{
    base::Frame resized(layout.desktop);
    resized.copyFrom(m_frame, resized.rect());
    m_frame = std::move(resized);
    m_layout = std::move(layout);
    m_layoutChanged = true;
    m_damage.clear();
    m_damage.add(m_frame.rect());
}

bool SyntheticScreen::takeLayoutChanged()
{
    return std::exchange(m_layoutChanged, false);
}

void SyntheticScreen::fill(const base::Rect& r, std::uint32_t pixel)
{
    m_frame.fill(r, pixel);
    damage(r);
}

std::int32_t SyntheticScreen::drawText(base::Point topLeft, std::string_view text, std::uint32_t fg,
    std::uint32_t bg, const base::Rect& clip)
{
    const GlyphTable& table = glyphs();
    const Rect bounds = clip.intersected(m_frame.rect());
    std::int32_t x = topLeft.x;
    for (const char ch : text) {
        const Rect cell = Rect{x, topLeft.y, kGlyphWidth, kGlyphHeight}.intersected(bounds);
        for (std::int32_t y = cell.top(); y < cell.bottom(); ++y) {
            const std::uint8_t bits = table.row(static_cast<unsigned char>(ch), y - topLeft.y);
            std::uint32_t* row = m_frame.row(y);
            for (std::int32_t px = cell.left(); px < cell.right(); ++px) {
                row[px] = (bits >> (px - x)) & 1u ? fg : bg;
            }
        }
        x += kGlyphWidth;
    }
    damage(Rect{topLeft.x, topLeft.y, x - topLeft.x, kGlyphHeight}.intersected(bounds));
    return x;
}

}  // namespace lifeline::capture
