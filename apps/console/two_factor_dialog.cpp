#include "console/two_factor_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QSaveFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "console/qr_code.h"
#include "console/texts.h"

namespace lifeline::console {

TwoFactorDialog::TwoFactorDialog(AccountController& account, bool required, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
{
    setWindowTitle(tr("Two-step sign-in — Lifeline Console"));
    auto* intro = new QLabel(
        (required ? tr("Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.") + u' '
                  : QString()) +
        tr("Signing in will need your password and a six-digit code from an authenticator app on your phone "
           "(any app for time-based codes, for example FreeOTP or Google Authenticator)."));
    intro->setWordWrap(true);

    m_qr = new QLabel(tr("Asking the relay for a new key…"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(220, 220);
    m_secretLabel = new QLabel;
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_secretLabel->setFont(mono);
    m_secretLabel->setWordWrap(true);

    m_codes = new QPlainTextEdit;
    m_codes->setReadOnly(true);
    m_codes->setFont(mono);
    m_codes->setFixedHeight(m_codes->fontMetrics().lineSpacing() * 10 + 12);  // all ten at once
    auto* copy = new QPushButton(tr("Copy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_codes->toPlainText()); });
    auto* save = new QPushButton(tr("Save…"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save recovery codes"), QStringLiteral("lifeline-recovery-codes.txt"),
                                                          tr("Text files (*.txt)"));
        if (path.isEmpty()) return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_codes->toPlainText().toUtf8() + '\n') < 0 ||
            !file.commit()) {
            showError(tr("The recovery codes could not be saved in %1: %2").arg(path, file.errorString()));
        }
    });
    for (QPushButton* button : {copy, save}) button->setAutoDefault(false);  // Enter turns it on
    auto* codeButtons = new QHBoxLayout;
    codeButtons->addStretch();
    codeButtons->addWidget(copy);
    codeButtons->addWidget(save);

    m_code = new QLineEdit;
    m_code->setPlaceholderText(tr("123456"));
    m_code->setMaxLength(8);
    m_code->setEnabled(false);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(required ? tr("Later") : tr("Cancel"));
    m_turnOn = buttons->addButton(tr("Turn on"), QDialogButtonBox::AcceptRole);
    m_turnOn->setDefault(true);
    m_turnOn->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_turnOn, &QPushButton::clicked, this, &TwoFactorDialog::confirm);

    auto* steps = new QFormLayout;
    steps->addRow(new QLabel(tr("1. Scan this code with the app:")));
    steps->addRow(m_qr);
    steps->addRow(tr("…or type this key into it:"), m_secretLabel);
    steps->addRow(new QLabel(tr("2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your "
                                "phone; they are not shown again.")));
    steps->addRow(m_codes);
    steps->addRow(codeButtons);
    steps->addRow(tr("3. Code the app shows now:"), m_code);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(steps);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(&m_account, &AccountController::adminAnswered, this, &TwoFactorDialog::onAnswer);
    v1::AdminRequest begin;
    begin.mutable_begin_two_factor();
    m_beginCall = m_account.admin(begin);
}

QImage TwoFactorDialog::qrImage() const
{
    return m_qr->pixmap().toImage();
}

QString TwoFactorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TwoFactorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void TwoFactorDialog::onAnswer(quint64 id, bool ok, const v1::AdminResponse& response, const base::Error& error)
{
    if (id == m_beginCall) {
        m_beginCall = 0;
        if (!ok) {
            m_qr->setText(QString());
            showError(tr("Two-step sign-in cannot be set up now: %1").arg(Texts::error(error)));
            return;
        }
        showEnrolment(response.enrolment());
    } else if (id == m_confirmCall) {
        m_confirmCall = 0;
        m_turnOn->setEnabled(true);
        if (!ok) {
            showError(error.code == base::ErrorCode::kInvalidCredentials
                          ? tr("That code is not right. Check that the phone's clock is right and type the code the app shows now.")
                          : Texts::error(error));
            m_code->selectAll();
            m_code->setFocus();
            return;
        }
        m_account.noteTwoFactorEnrolled();
        emit enrolled();
        accept();
    }
}

void TwoFactorDialog::showEnrolment(const v1::TwoFactorEnrolment& enrolment)
{
    m_secret = QString::fromStdString(enrolment.secret_base32());
    m_recoveryCodes.clear();
    for (const std::string& code : enrolment.recovery_codes()) m_recoveryCodes << QString::fromStdString(code);
    const QImage qr = qrCodeImage(QString::fromStdString(enrolment.otpauth_uri()), 5);
    if (qr.isNull()) {
        m_qr->setText(tr("(no QR code: type the key below)"));
    } else {
        m_qr->setPixmap(QPixmap::fromImage(qr));
    }
    // Groups of four are easier to type and to check.
    QString grouped;
    for (int i = 0; i < m_secret.size(); i += 4) grouped += (i > 0 ? QStringLiteral(" ") : QString()) + m_secret.mid(i, 4);
    m_secretLabel->setText(grouped);
    m_codes->setPlainText(m_recoveryCodes.join(u'\n'));
    m_code->setEnabled(true);
    m_turnOn->setEnabled(true);
    m_code->setFocus();
}

void TwoFactorDialog::confirm()
{
    const QString code = m_code->text().remove(u' ');
    if (code.isEmpty() || m_confirmCall != 0) {
        if (code.isEmpty()) showError(tr("Type the code the app shows now."));
        return;
    }
    showError({});
    m_turnOn->setEnabled(false);
    v1::AdminRequest request;
    request.set_confirm_two_factor(code.toStdString());
    m_confirmCall = m_account.admin(request);
}

}  // namespace lifeline::console
