#pragma once

#include <QDialog>

#include "console/account_controller.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lifeline::console {

// Sets up two-step sign-in for the signed-in account: asks the relay for a new secret,
// shows it as a QR code for the authenticator app (and as text to type in), shows the
// recovery codes once, and turns it on when the app's first code is right. Until then the
// old way of signing in (or the old secret) stays in force. `required`: the account's group
// requires it and the relay refuses sessions until it is set up.
class TwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    TwoFactorDialog(AccountController& account, bool required, QWidget* parent = nullptr);

    // For tests and screenshots.
    bool isReady() const { return !m_secret.isEmpty(); }
    QString secret() const { return m_secret; }
    QStringList recoveryCodes() const { return m_recoveryCodes; }
    QImage qrImage() const;
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* turnOnButton() const { return m_turnOn; }
    QString errorText() const;

signals:
    // The relay took the code: two-step sign-in is in force for this account.
    void enrolled();

private:
    void onAnswer(quint64 id, bool ok, const v1::AdminResponse& response, const base::Error& error);
    void showEnrolment(const v1::TwoFactorEnrolment& enrolment);
    void confirm();
    void showError(const QString& text);

    AccountController& m_account;
    QLabel* m_qr;
    QLabel* m_secretLabel;
    QPlainTextEdit* m_codes;
    QLineEdit* m_code;
    QLabel* m_error;
    QPushButton* m_turnOn;
    QString m_secret;
    QStringList m_recoveryCodes;
    quint64 m_beginCall = 0;
    quint64 m_confirmCall = 0;
};

}  // namespace lifeline::console
