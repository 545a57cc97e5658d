#include "ui/remote_view.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

#include "core/input/keysym.h"

namespace lifeline::ui {

namespace {

constexpr int kWheelStep = 120;  // one notch of a classic wheel, in Qt's eighths of a degree

int x11Button(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton: return 1;
    case Qt::MiddleButton: return 2;
    case Qt::RightButton: return 3;
    case Qt::BackButton: return 8;
    case Qt::ForwardButton: return 9;
    default: return 0;
    }
}

}  // namespace

quint32 keysymForKeyEvent(const QKeyEvent& event)
{
    if (event.nativeVirtualKey() != 0) return event.nativeVirtualKey();  // xcb: the keysym itself
    const int key = event.key();
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) return 0xffbe + quint32(key - Qt::Key_F1);
    switch (key) {
    case Qt::Key_Escape: return 0xff1b;
    case Qt::Key_Tab: return 0xff09;
    case Qt::Key_Backtab: return 0xfe20;  // ISO_Left_Tab
    case Qt::Key_Backspace: return 0xff08;
    case Qt::Key_Return: return 0xff0d;
    case Qt::Key_Enter: return 0xff8d;
    case Qt::Key_Insert: return 0xff63;
    case Qt::Key_Delete: return 0xffff;
    case Qt::Key_Pause: return 0xff13;
    case Qt::Key_Print: return 0xff61;
    case Qt::Key_Home: return 0xff50;
    case Qt::Key_End: return 0xff57;
    case Qt::Key_Left: return 0xff51;
    case Qt::Key_Up: return 0xff52;
    case Qt::Key_Right: return 0xff53;
    case Qt::Key_Down: return 0xff54;
    case Qt::Key_PageUp: return 0xff55;
    case Qt::Key_PageDown: return 0xff56;
    case Qt::Key_Shift: return 0xffe1;
    case Qt::Key_Control: return 0xffe3;
    case Qt::Key_Meta: return 0xffeb;  // Super_L: Qt's Meta is the Windows/Command key
    case Qt::Key_Alt: return 0xffe9;
    case Qt::Key_AltGr: return 0xfe03;
    case Qt::Key_CapsLock: return 0xffe5;
    case Qt::Key_NumLock: return 0xff7f;
    case Qt::Key_ScrollLock: return 0xff14;
    case Qt::Key_Menu: return 0xff67;
    case Qt::Key_Space: return 0x20;
    default: break;
    }
    const QString text = event.text();
    if (text.size() == 1 && text[0].isPrint()) return input::unicodeToKeysym(char32_t(text[0].unicode()));
    if (text.size() == 2 && text[0].isHighSurrogate()) {
        return input::unicodeToKeysym(QChar::surrogateToUcs4(text[0], text[1]));
    }
    // Ctrl+letter gives a control character as text; the key code still names the letter.
    if (key >= Qt::Key_A && key <= Qt::Key_Z) return quint32('a' + (key - Qt::Key_A));
    if (key >= 0x20 && key <= 0x7e) return quint32(key);
    return 0;
}

RemoteView::RemoteView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
}

void RemoteView::resetPicture(QSize size)
{
    m_picture = QImage(size, QImage::Format_RGB32);
    m_picture.fill(Qt::black);
    updateScrollBars();
    viewport()->update();
}

void RemoteView::updatePicture(const QImage& patch, QPoint at)
{
    if (m_picture.isNull()) return;
    const QRect target = QRect(at, patch.size()).intersected(m_picture.rect());
    if (target.isEmpty()) return;
    QPainter painter(&m_picture);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(target.topLeft(), patch, QRect(target.topLeft() - at, target.size()));
    painter.end();
    viewport()->update(viewportRectOf(target));
}

void RemoteView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void RemoteView::setScale(Scale scale)
{
    if (m_scale == scale) return;
    m_scale = scale;
    updateScrollBars();
    viewport()->update();
}

void RemoteView::setControlEnabled(bool enabled)
{
    if (m_control == enabled) return;
    if (!enabled) releaseEverything();
    m_control = enabled;
    if (m_control && hasFocus() && !m_keyboardGrabbed) {
        grabKeyboard();
        m_keyboardGrabbed = true;
    }
    updateLocalCursor();
    viewport()->update();
}

void RemoteView::setCursorImage(const QImage& image, QPoint hotspot)
{
    m_cursorImage = image;
    m_cursorHotspot = hotspot;
    updateLocalCursor();
    viewport()->update();
}

void RemoteView::setRemoteCursor(QPoint desktopPosition)
{
    if (m_control || m_picture.isNull()) {
        m_remoteCursor = desktopPosition;
        return;
    }
    if (auto before = mapFromRemote(m_remoteCursor)) viewport()->update(cursorRectAt(*before));
    m_remoteCursor = desktopPosition;
    if (auto now = mapFromRemote(m_remoteCursor)) viewport()->update(cursorRectAt(*now));
}

QRect RemoteView::pictureRect() const
{
    if (m_picture.isNull()) return {};
    const QSize area = viewport()->size();
    const QSize size = m_picture.size();
    if (m_scale == Scale::kFit) {
        // Never enlarged: a small screen stays sharp in a big window.
        const double s = std::min({1.0, double(area.width()) / size.width(), double(area.height()) / size.height()});
        const int w = std::max(1, int(std::lround(size.width() * s)));
        const int h = std::max(1, int(std::lround(size.height() * s)));
        return {(area.width() - w) / 2, (area.height() - h) / 2, w, h};
    }
    const int x = size.width() < area.width() ? (area.width() - size.width()) / 2 : -horizontalScrollBar()->value();
    const int y = size.height() < area.height() ? (area.height() - size.height()) / 2 : -verticalScrollBar()->value();
    return {x, y, size.width(), size.height()};
}

std::optional<QPoint> RemoteView::mapToRemote(QPoint viewportPosition) const
{
    const QRect r = pictureRect();
    if (r.isEmpty() || !r.contains(viewportPosition)) return std::nullopt;
    const qint64 x = qint64(viewportPosition.x() - r.x()) * m_picture.width() / r.width();
    const qint64 y = qint64(viewportPosition.y() - r.y()) * m_picture.height() / r.height();
    return m_origin + QPoint(int(std::min<qint64>(x, m_picture.width() - 1)), int(std::min<qint64>(y, m_picture.height() - 1)));
}

std::optional<QPoint> RemoteView::mapFromRemote(QPoint desktopPosition) const
{
    const QRect r = pictureRect();
    const QPoint p = desktopPosition - m_origin;
    if (r.isEmpty() || !m_picture.rect().contains(p)) return std::nullopt;
    return QPoint(r.x() + int((2 * qint64(p.x()) + 1) * r.width() / (2 * qint64(m_picture.width()))),
                  r.y() + int((2 * qint64(p.y()) + 1) * r.height() / (2 * qint64(m_picture.height()))));
}

QRect RemoteView::viewportRectOf(const QRect& pictureArea) const
{
    const QRect r = pictureRect();
    if (r.isEmpty()) return {};
    const double sx = double(r.width()) / m_picture.width();
    const double sy = double(r.height()) / m_picture.height();
    const int left = r.x() + int(std::floor(pictureArea.x() * sx));
    const int top = r.y() + int(std::floor(pictureArea.y() * sy));
    const int right = r.x() + int(std::ceil((pictureArea.x() + pictureArea.width()) * sx));
    const int bottom = r.y() + int(std::ceil((pictureArea.y() + pictureArea.height()) * sy));
    return QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-1, -1, 1, 1);  // smoothing reaches a pixel out
}

QRect RemoteView::cursorRectAt(QPoint viewportPosition) const
{
    if (m_cursorImage.isNull()) return {};
    return QRect(viewportPosition - m_cursorHotspot, m_cursorImage.size()).adjusted(-1, -1, 1, 1);
}

void RemoteView::updateScrollBars()
{
    // Whether bars are needed is decided on the area without them: measured with the bars
    // shown, a picture exactly the size of the view (full screen on a screen as large as
    // the customer's) needed bars because the bars took room, and kept them.
    const QSize whole = maximumViewportSize();
    const bool fits = m_picture.width() <= whole.width() && m_picture.height() <= whole.height();
    const QSize area = fits ? whole : viewport()->size();
    const bool actual = m_scale == Scale::kActual && !m_picture.isNull();
    horizontalScrollBar()->setRange(0, actual ? std::max(0, m_picture.width() - area.width()) : 0);
    verticalScrollBar()->setRange(0, actual ? std::max(0, m_picture.height() - area.height()) : 0);
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
}

void RemoteView::updateLocalCursor()
{
    // In control the customer's cursor image follows the local mouse; the system's is hidden.
    viewport()->setCursor(m_control && !m_cursorImage.isNull() ? Qt::BlankCursor : Qt::ArrowCursor);
}

bool RemoteView::event(QEvent* event)
{
    // Tab and Backtab belong to the customer while in control, not to focus navigation.
    if (m_control && (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            handleKey(key, event->type() == QEvent::KeyPress);
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void RemoteView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    const QRect r = pictureRect();
    // Background around the picture only, so the picture is painted once.
    const QRegion around = QRegion(dirty).subtracted(QRegion(r));
    for (const QRect& part : around) painter.fillRect(part, palette().color(QPalette::Dark));
    if (r.isEmpty()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QRect target = dirty.intersected(r);
    if (!target.isEmpty()) {
        const double sx = double(m_picture.width()) / r.width();
        const double sy = double(m_picture.height()) / r.height();
        const QRectF source((target.x() - r.x()) * sx, (target.y() - r.y()) * sy, target.width() * sx, target.height() * sy);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, r.size() != m_picture.size());
        painter.drawImage(QRectF(target), m_picture, source);
    }
    if (m_cursorImage.isNull()) return;
    if (m_control) {
        if (m_localMouse) painter.drawImage(*m_localMouse - m_cursorHotspot, m_cursorImage);
    } else {
        if (auto at = mapFromRemote(m_remoteCursor)) painter.drawImage(*at - m_cursorHotspot, m_cursorImage);
    }
}

void RemoteView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void RemoteView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void RemoteView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    if (m_control) {
        const QRect before = m_localMouse ? cursorRectAt(*m_localMouse) : QRect();
        auto remote = mapToRemote(position);
        if (!remote && !m_heldButtons.empty()) {
            // Dragging past the edge: keep to the edge of the picture.
            const QRect r = pictureRect().adjusted(0, 0, -1, -1);
            remote = mapToRemote(QPoint(std::clamp(position.x(), r.left(), r.right()),
                                        std::clamp(position.y(), r.top(), r.bottom())));
        }
        m_localMouse = pictureRect().contains(position) ? std::optional(position) : std::nullopt;
        viewport()->update(before);
        if (m_localMouse) viewport()->update(cursorRectAt(*m_localMouse));
        if (remote) {
            m_remoteCursor = *remote;
            emit pointerMoved(*remote);
        }
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void RemoteView::handleButton(QMouseEvent* event, bool down)
{
    const int button = x11Button(event->button());
    const auto remote = mapToRemote(event->position().toPoint());
    if (!m_control || button == 0) return;
    if (down && !remote) return;  // a press beside the picture is not the customer's
    if (!down && m_heldButtons.erase(button) == 0) return;
    if (down) m_heldButtons.insert(button);
    const QRect r = pictureRect().adjusted(0, 0, -1, -1);
    const QPoint at = remote ? *remote
                             : *mapToRemote(QPoint(std::clamp(event->position().toPoint().x(), r.left(), r.right()),
                                                   std::clamp(event->position().toPoint().y(), r.top(), r.bottom())));
    m_remoteCursor = at;
    emit buttonChanged(at, button, down);
    event->accept();
}

void RemoteView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    handleButton(event, true);
}

void RemoteView::mouseReleaseEvent(QMouseEvent* event)
{
    handleButton(event, false);
}

void RemoteView::wheelEvent(QWheelEvent* event)
{
    if (!m_control) {
        QAbstractScrollArea::wheelEvent(event);  // scrolls the 1:1 view
        return;
    }
    m_wheelRemainder += event->angleDelta();
    const int dx = m_wheelRemainder.x() / kWheelStep;
    const int dy = m_wheelRemainder.y() / kWheelStep;
    m_wheelRemainder -= QPoint(dx * kWheelStep, dy * kWheelStep);
    // Qt: positive is away from the user (up); the wire: positive dy scrolls down.
    if (dx != 0 || dy != 0) emit wheelTurned(-dx, -dy);
    event->accept();
}

void RemoteView::handleKey(QKeyEvent* event, bool down)
{
    event->accept();
    if (event->isAutoRepeat()) return;  // the customer's own key repeat does this
    const quint32 keysym = keysymForKeyEvent(*event);
    if (keysym == 0) return;
    const std::pair<quint32, quint32> key{keysym, event->nativeScanCode()};
    if (down) {
        m_heldKeys.insert(key);
    } else if (m_heldKeys.erase(key) == 0) {
        return;  // its press went elsewhere
    }
    emit keyChanged(key.first, key.second, down);
}

void RemoteView::keyPressEvent(QKeyEvent* event)
{
    if (!m_control) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    handleKey(event, true);
}

void RemoteView::keyReleaseEvent(QKeyEvent* event)
{
    if (!m_control) {
        QAbstractScrollArea::keyReleaseEvent(event);
        return;
    }
    handleKey(event, false);
}

void RemoteView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_control && !m_keyboardGrabbed) {
        grabKeyboard();  // Alt+Tab and friends reach the customer where the window system allows
        m_keyboardGrabbed = true;
    }
}

void RemoteView::focusOutEvent(QFocusEvent* event)
{
    releaseEverything();
    QAbstractScrollArea::focusOutEvent(event);
}

void RemoteView::leaveEvent(QEvent* event)
{
    if (m_localMouse) {
        viewport()->update(cursorRectAt(*m_localMouse));
        m_localMouse.reset();
    }
    QAbstractScrollArea::leaveEvent(event);
}

void RemoteView::releaseEverything()
{
    if (m_keyboardGrabbed) {
        releaseKeyboard();
        m_keyboardGrabbed = false;
    }
    const auto keys = std::exchange(m_heldKeys, {});
    for (const auto& [keysym, code] : keys) emit keyChanged(keysym, code, false);
    const auto buttons = std::exchange(m_heldButtons, {});
    for (int button : buttons) emit buttonChanged(m_remoteCursor, button, false);
}

}  // namespace lifeline::ui
