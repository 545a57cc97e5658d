#include "ui/chat_view.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lifeline::ui {

ChatView::ChatView(QWidget* parent)
    : QWidget(parent), m_history(new QTextBrowser(this)), m_input(new QLineEdit(this)), m_send(new QPushButton(this))
{
    m_history->setOpenLinks(false);
    m_input->setPlaceholderText(tr("Type a message"));
    m_input->setMaxLength(2000);
    m_send->setText(tr("Send"));
    m_send->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_history, 1);
    layout->addLayout(row);
    connect(m_input, &QLineEdit::returnPressed, this, &ChatView::submit);
    connect(m_send, &QPushButton::clicked, this, &ChatView::submit);
    connect(m_input, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_send->setEnabled(m_input->isEnabled() && !text.trimmed().isEmpty()); });
}

void ChatView::addLine(const session::ChatLine& line)
{
    const QString time = line.at.toString(QStringLiteral("HH:mm"));
    const QString text = line.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    QString html;
    switch (line.kind) {
    case session::ChatLine::Kind::kNotice:
        html = QStringLiteral("<p style='color:#666'><i>%1 — %2</i></p>").arg(time, text);
        break;
    case session::ChatLine::Kind::kMine:
    case session::ChatLine::Kind::kPeer: {
        const QString colour = line.kind == session::ChatLine::Kind::kMine ? QStringLiteral("#1f5f9f")
                                                                           : QStringLiteral("#2e7d32");
        html = QStringLiteral("<p><span style='color:#666'>%1</span> <b style='color:%2'>%3</b><br>%4</p>")
                   .arg(time, colour, line.sender.toHtmlEscaped(), text);
        break;
    }
    }
    m_history->append(html);
    m_history->verticalScrollBar()->setValue(m_history->verticalScrollBar()->maximum());
    ++m_lines;
}

void ChatView::setInputEnabled(bool enabled)
{
    m_input->setEnabled(enabled);
    m_send->setEnabled(enabled && !m_input->text().trimmed().isEmpty());
}

QString ChatView::historyText() const
{
    return m_history->toPlainText();
}

void ChatView::submit()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || !m_input->isEnabled()) return;
    emit sendRequested(text);
    m_input->clear();
}

}  // namespace lifeline::ui
