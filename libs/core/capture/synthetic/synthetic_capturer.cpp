#include "core/capture/synthetic/synthetic_capturer.h"

#include <algorithm>

namespace lifeline::capture {

SyntheticCapturer::SyntheticCapturer(base::Size size, std::unique_ptr<Scene> scene)
    : m_screen(size), m_scene(std::move(scene))
{
}

base::Status SyntheticCapturer::selectMonitor(int index)
{
    if (index != kAllMonitors && (index < 0 || std::size_t(index) >= m_screen.layout().monitors.size())) {
        return base::makeError(base::ErrorCode::kInvalidArgument, "no such monitor");
    }
    m_selected = index;
    m_needFull = true;
    return {};
}

base::Rect SyntheticCapturer::capturedArea() const
{
    const DisplayLayout& layout = m_screen.layout();
    if (m_selected == kAllMonitors) return base::Rect{0, 0, layout.desktop.width, layout.desktop.height};
    return layout.monitors[std::size_t(m_selected)].geometry.intersected(m_screen.frame().rect());
}

base::Result<Capture> SyntheticCapturer::captureFrame()
{
    if (m_stepOnCapture) step();
    Capture result;
    if (m_screen.takeLayoutChanged()) {
        if (m_selected != kAllMonitors && std::size_t(m_selected) >= m_screen.layout().monitors.size()) {
            m_selected = kAllMonitors;  // the chosen monitor went away
        }
        m_needFull = true;
    }
    const base::Rect area = capturedArea();
    base::Region damage = m_screen.takeDamage();
    if (m_needFull || m_frame.size() != area.size()) {
        result.layoutChanged = m_frame.size() != area.size() || m_needFull;
        m_frame.reset(area.size());
        damage.clear();
        damage.add(area);
        m_needFull = false;
    }
    damage.clipTo(area);
    for (const base::Rect& r : damage.rects()) {
        const base::Rect local = r.translated(-area.x, -area.y);
        for (std::int32_t y = 0; y < local.height; ++y) {
            std::copy_n(m_screen.frame().row(r.y + y) + r.x, r.width, m_frame.row(local.y + y) + local.x);
        }
        result.damage.add(local);
    }
    return result;
}

CursorState SyntheticCapturer::cursor()
{
    CursorState state = m_screen.cursor();
    const base::Rect area = capturedArea();
    state.position = base::Point{state.position.x - area.x, state.position.y - area.y};
    return state;
}

}  // namespace lifeline::capture
