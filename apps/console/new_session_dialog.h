#pragma once

#include <QDialog>

#include "core/protocol/envelope.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace lifeline::console {

namespace v1 = ::lifeline::v1;

// New session: the customer's name and an optional reference, then — once the relay made
// the session — the PIN in large digits with a copy button, its expiry time and the words
// to read to the customer.
class NewSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // `technician`: the nickname the customer will see.
    explicit NewSessionDialog(const QString& technician, QWidget* parent = nullptr);

    QString customerName() const;
    QString reference() const;
    // The relay's answer: shows the PIN page.
    void showCreated(const v1::CreateSessionResult& result);
    void showFailed(const QString& error);

    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* createButton() const { return m_create; }
    QString pinText() const;
    QString scriptText() const;

signals:
    void createRequested(const QString& customerName, const QString& reference);

private:
    QStackedWidget* m_pages;
    QLineEdit* m_name;
    QLineEdit* m_reference;
    QLabel* m_error;
    QPushButton* m_create;
    QLabel* m_pin;
    QLabel* m_expiry;
    QLabel* m_script;
    QString m_pinDigits;
    QString m_technician;
};

}  // namespace lifeline::console
