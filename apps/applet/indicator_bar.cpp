#include "applet/indicator_bar.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>

namespace lifeline::applet {

IndicatorBar::IndicatorBar(QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus),
      m_text(new QLabel(this)),
      m_stop(new QPushButton(this)),
      m_leave(new QPushButton(this))
{
    setObjectName(QStringLiteral("indicatorBar"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#indicatorBar { background: #b3261e; border: 1px solid #7a1a14; border-radius: 6px; }"
        "#indicatorBar QLabel { color: white; font-weight: bold; }"
        "#indicatorBar QPushButton { background: white; color: #b3261e; border-radius: 4px; padding: 4px 12px;"
        " font-weight: bold; }"
        "#indicatorBar QPushButton#leave { background: transparent; color: white; border: 1px solid white; }"));
    auto* dot = new QLabel(QStringLiteral("●"), this);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Take back every permission now (or press Pause/Break). Chat stays open."));
    m_leave->setText(tr("Leave session"));
    m_leave->setObjectName(QStringLiteral("leave"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(dot);
    layout->addWidget(m_text, 1);
    layout->addSpacing(12);
    layout->addWidget(m_stop);
    layout->addWidget(m_leave);
    connect(m_stop, &QPushButton::clicked, this, &IndicatorBar::stopClicked);
    connect(m_leave, &QPushButton::clicked, this, &IndicatorBar::leaveClicked);
}

void IndicatorBar::setActivity(const QString& text)
{
    m_text->setText(text);
    adjustSize();
    place();
}

QString IndicatorBar::activity() const
{
    return m_text->text();
}

void IndicatorBar::place()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QRect area = screen->availableGeometry();
        move(area.x() + (area.width() - width()) / 2, area.y() + 4);
    }
}

}  // namespace lifeline::applet
