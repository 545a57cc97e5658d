#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QPoint>

#include <optional>
#include <set>

class QKeyEvent;

namespace lifeline::ui {

// The X keysym a key event stands for (the wire's key vocabulary, docs/input.md): the
// native keysym where the platform gives one (xcb), else from Qt's key code and text.
// 0 when the key has none.
quint32 keysymForKeyEvent(const QKeyEvent& event);

// The customer's desktop in the console. Shows the picture scaled to fit (smoothly, aspect
// kept, centred) or at 1:1 with scroll bars; repaints only what changed. The picture may
// be one monitor of several: remoteOrigin() is where its top-left corner lies on the
// customer's desktop, and every coordinate this view reports is a desktop coordinate.
//
// While control is on it turns the mouse, wheel and keyboard into signals (the session
// sends them), keeps Tab and (where the window system lets it grab the keyboard) Alt+Tab,
// draws the customer's cursor image under the local mouse at once — the pointer never
// waits for a round trip — and releases every key and button it pressed when control ends
// or focus leaves. Without control it draws the customer's cursor where the customer's
// pointer is.
class RemoteView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Scale : std::uint8_t { kFit, kActual };

    explicit RemoteView(QWidget* parent = nullptr);

    // A new picture of `size` (black until patches arrive).
    void resetPicture(QSize size);
    // Copies `patch` into the picture at `at` (picture coordinates) and repaints that part.
    void updatePicture(const QImage& patch, QPoint at);
    const QImage& picture() const { return m_picture; }

    // Said in the middle of the view while there is no picture.
    void setPlaceholderText(const QString& text);

    void setRemoteOrigin(QPoint origin) { m_origin = origin; }
    QPoint remoteOrigin() const { return m_origin; }

    void setScale(Scale scale);
    Scale scale() const { return m_scale; }

    void setControlEnabled(bool enabled);
    bool isControlEnabled() const { return m_control; }

    void setCursorImage(const QImage& image, QPoint hotspot);
    void setRemoteCursor(QPoint desktopPosition);

    // Where a point of the viewport lies on the customer's desktop; nullopt outside the
    // picture (or before there is one).
    std::optional<QPoint> mapToRemote(QPoint viewportPosition) const;
    // Where a point of the customer's desktop is shown in the viewport (the middle of its
    // pixel); nullopt when it is not in the picture.
    std::optional<QPoint> mapFromRemote(QPoint desktopPosition) const;
    // Where the picture is drawn in the viewport.
    QRect pictureRect() const;

signals:
    void pointerMoved(QPoint desktopPosition);
    void buttonChanged(QPoint desktopPosition, int x11Button, bool down);
    void wheelTurned(int dx, int dy);
    void keyChanged(quint32 keysym, quint32 physicalCode, bool down);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updateScrollBars();
    void handleButton(QMouseEvent* event, bool down);
    void handleKey(QKeyEvent* event, bool down);
    void releaseEverything();
    void updateLocalCursor();
    QRect viewportRectOf(const QRect& pictureRect) const;
    QRect cursorRectAt(QPoint viewportPosition) const;

    QImage m_picture;
    QString m_placeholder;
    QPoint m_origin;
    Scale m_scale = Scale::kFit;
    bool m_control = false;
    QImage m_cursorImage;
    QPoint m_cursorHotspot;
    QPoint m_remoteCursor;                     // desktop coordinates; in control, the last sent
    std::optional<QPoint> m_localMouse;        // viewport coordinates, while over the picture
    std::set<int> m_heldButtons;
    std::set<std::pair<quint32, quint32>> m_heldKeys;  // keysym, physical code
    QPoint m_wheelRemainder;
    bool m_keyboardGrabbed = false;
};

}  // namespace lifeline::ui
