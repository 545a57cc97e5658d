#pragma once

#include <memory>

#include "core/capture/screen_capturer.h"
#include "core/capture/synthetic/synthetic_screen.h"

namespace lifeline::capture {

// ScreenCapturer over a SyntheticScreen. Each captureFrame() first advances the scene by
// one step (when there is one), then copies the damaged part of the selected monitor.
// Thread and lifetime: as ScreenCapturer; screen() lives as long as the capturer.
class SyntheticCapturer final : public ScreenCapturer
{
public:
    SyntheticCapturer(base::Size size, std::unique_ptr<Scene> scene);

    SyntheticScreen& screen() { return m_screen; }
    // Benchmarks advance the scene themselves, so that drawing it is not counted as
    // capture: with false, captureFrame() only copies and step() advances.
    void setStepOnCapture(bool step) { m_stepOnCapture = step; }
    void step()
    {
        if (m_scene) m_scene->step(m_screen);
    }

    DisplayLayout layout() const override { return m_screen.layout(); }
    base::Status selectMonitor(int index) override;
    int selectedMonitor() const override { return m_selected; }
    bool hasPendingDamage() override { return true; }
    base::Result<Capture> captureFrame() override;
    const base::Frame& frame() const override { return m_frame; }
    CursorState cursor() override;
    const CursorShape& cursorShape() override { return m_screen.cursorShape(); }

private:
    base::Rect capturedArea() const;

    SyntheticScreen m_screen;
    std::unique_ptr<Scene> m_scene;
    base::Frame m_frame;
    int m_selected = kAllMonitors;
    bool m_needFull = true;
    bool m_stepOnCapture = true;
};

}  // namespace lifeline::capture
