#pragma once

#include <QLineEdit>

namespace lifeline::ui {

// The six-digit session code field. Takes digits only, as you type or paste: anything
// else is dropped ("PIN: 123 456" pastes as 123456), at most six are kept. complete() says
// whether the code can be sent.
class PinEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kDigits = 6;

    explicit PinEdit(QWidget* parent = nullptr);

    bool isComplete() const { return text().size() == kDigits; }
    QString pin() const { return text(); }

    // The digits of `text`, at most six ("" when there are none).
    static QString normalise(const QString& text);

signals:
    void completeChanged(bool complete);

private:
    void onEdited(const QString& text);

    bool m_complete = false;
};

}  // namespace lifeline::ui
