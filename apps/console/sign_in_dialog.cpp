#include "console/sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include "console/texts.h"

namespace lifeline::console {

std::optional<std::pair<QString, quint16>> parseRelayAddress(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    const int colon = trimmed.lastIndexOf(u':');
    // An IPv6 address without a port has colons but no closing bracket before the last one.
    if (colon <= 0 || (trimmed.startsWith(u'[') && trimmed.lastIndexOf(u']') > colon)) {
        return std::pair{trimmed, quint16(7443)};
    }
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) return std::nullopt;
    QString host = trimmed.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) host = host.mid(1, host.size() - 2);
    return std::pair{host, quint16(port)};
}

SignInDialog::SignInDialog(AccountController& account, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
{
    setWindowTitle(tr("Sign in — Lifeline Console"));
    QSettings settings;
    m_relay = new QLineEdit(settings.value(QStringLiteral("relay/address"), QStringLiteral("127.0.0.1:7443")).toString());
    m_ca = new QLineEdit(settings.value(QStringLiteral("relay/ca")).toString());
    m_email = new QLineEdit(settings.value(QStringLiteral("account/email")).toString());
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setMaxLength(24);  // six digits, or a recovery code (XXXX-XXXX-XXXX-XXXX)
    m_code->setPlaceholderText(tr("six digits from the app, or a recovery code"));
    m_relay->setPlaceholderText(tr("host:port"));
    m_email->setPlaceholderText(tr("name@example.com"));

    auto* browse = new QToolButton;
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Relay CA certificate"), m_ca->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) m_ca->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca);
    caRow->addWidget(browse);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Relay:"), m_relay);
    auto* caLabel = new QLabel(tr("&CA certificate:"));
    caLabel->setBuddy(m_ca);
    m_form->addRow(caLabel, caRow);
    m_form->addRow(tr("&E-mail:"), m_email);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("C&ode:"), m_code);
    m_form->setRowVisible(m_code, false);
    // Another account (or relay) may not use two-step sign-in: ask again when the relay does.
    for (QLineEdit* edit : {m_relay, m_email}) connect(edit, &QLineEdit::textEdited, this, [this] { showCodeRow(false); });

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Sign in to your Lifeline relay"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();

    connect(&m_account, &AccountController::signedIn, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("relay/address"), m_relay->text().trimmed());
        s.setValue(QStringLiteral("relay/ca"), m_ca->text().trimmed());
        s.setValue(QStringLiteral("account/email"), m_email->text().trimmed());
        m_password->clear();
        m_code->clear();
        accept();
    });
    connect(&m_account, &AccountController::signInFailed, this, [this](const base::Error& error) {
        if (error.code == base::ErrorCode::kSecondFactorRequired) {
            // The password was right; not a failure yet.
            showError({});
            showCodeRow(true);
            m_error->setStyleSheet(QString());
            m_error->setText(tr("Your account uses two-step sign-in. Type the code your authenticator app shows now."));
            m_error->show();
            m_code->setFocus();
            return;
        }
        const bool withCode = m_form->isRowVisible(m_code);
        showError(withCode && error.code == base::ErrorCode::kInvalidCredentials
                      ? tr("Wrong e-mail address, password or code.")
                      : Texts::error(error));
        m_code->clear();
        m_password->selectAll();
        m_password->setFocus();
    });
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::showCodeRow(bool visible)
{
    if (!visible) m_code->clear();
    m_form->setRowVisible(m_code, visible);
}

void SignInDialog::showError(const QString& text)
{
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_signIn->setEnabled(true);
    m_signIn->setDefault(true);  // disabling it while waiting passed the default on
    setCursor(Qt::ArrowCursor);
}

void SignInDialog::submit()
{
    const auto address = parseRelayAddress(m_relay->text());
    if (!address) {
        showError(tr("Type the relay's address as host:port, for example relay.example.com:7443."));
        m_relay->setFocus();
        return;
    }
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Type your e-mail address and password."));
        return;
    }
    auto tls = net::TlsClientConfig::fromCaFile(m_ca->text().trimmed());
    if (!tls) {
        showError(tr("The CA certificate cannot be read: %1").arg(QString::fromStdString(tls.error().detail)));
        m_ca->setFocus();
        return;
    }
    const QString code = m_form->isRowVisible(m_code) ? m_code->text().remove(u' ') : QString();
    if (m_form->isRowVisible(m_code) && code.isEmpty()) {
        showError(tr("Type the code your authenticator app shows now."));
        m_code->setFocus();
        return;
    }
    showError({});
    m_signIn->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_account.signIn({address->first, address->second, *tls}, m_email->text().trimmed(), m_password->text(), code);
}

}  // namespace lifeline::console
