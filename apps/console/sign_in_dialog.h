#pragma once

#include <QDialog>

#include <optional>
#include <utility>

#include "console/account_controller.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lifeline::console {

// Relay address and CA file (remembered), e-mail and password, and for accounts with
// two-step sign-in the authenticator app's code (asked for when the relay says so). Signs
// in through the AccountController and stays open with a clear error until that works.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AccountController& account, QWidget* parent = nullptr);

    QLineEdit* relayEdit() const { return m_relay; }
    QLineEdit* caEdit() const { return m_ca; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* passwordEdit() const { return m_password; }
    // The authenticator code: shown when the relay asks for it.
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* signInButton() const { return m_signIn; }
    QString errorText() const;

private:
    void submit();
    void showError(const QString& text);
    void showCodeRow(bool visible);

    AccountController& m_account;
    QLineEdit* m_relay;
    QLineEdit* m_ca;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_code;
    QFormLayout* m_form;
    QLabel* m_error;
    QPushButton* m_signIn;
};

// "host:port" → host and port (default 7443); nullopt when the port is not a number.
std::optional<std::pair<QString, quint16>> parseRelayAddress(const QString& text);

}  // namespace lifeline::console
