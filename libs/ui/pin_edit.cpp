#include "ui/pin_edit.h"

#include <QFontDatabase>

namespace lifeline::ui {

PinEdit::PinEdit(QWidget* parent) : QLineEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    setFont(font);
    setAlignment(Qt::AlignCenter);
    setPlaceholderText(QStringLiteral("000000"));
    setInputMethodHints(Qt::ImhDigitsOnly);
    // No maxLength or validator: both would refuse a paste like "123 456" as a whole.
    connect(this, &QLineEdit::textChanged, this, &PinEdit::onEdited);
}

QString PinEdit::normalise(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9') digits += c;
        if (digits.size() == kDigits) break;
    }
    return digits;
}

void PinEdit::onEdited(const QString& text)
{
    const QString digits = normalise(text);
    if (digits != text) {
        const int cursor = std::min<int>(int(digits.size()), cursorPosition());
        setText(digits);  // comes back here once, with nothing left to change
        setCursorPosition(cursor);
        return;
    }
    if (isComplete() != m_complete) {
        m_complete = isComplete();
        emit completeChanged(m_complete);
    }
}

}  // namespace lifeline::ui
