#include "console/new_session_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lifeline::console {

NewSessionDialog::NewSessionDialog(const QString& technician, QWidget* parent)
    : QDialog(parent)
    , m_technician(technician)
{
    setWindowTitle(tr("New session"));
    m_pages = new QStackedWidget;

    // Page 1: who is it for.
    auto* ask = new QWidget;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Customer's name"));
    m_name->setMaxLength(200);
    m_reference = new QLineEdit;
    m_reference->setPlaceholderText(tr("Ticket number or note (optional)"));
    m_reference->setMaxLength(200);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_name);
    form->addRow(tr("&Reference:"), m_reference);
    auto* askButtons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = askButtons->addButton(tr("Create session"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    m_create->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) { m_create->setEnabled(!text.trimmed().isEmpty()); });
    connect(askButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_create->setEnabled(false);
        m_error->hide();
        emit createRequested(customerName(), reference());
    });
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->addLayout(form);
    askLayout->addWidget(m_error);
    askLayout->addStretch();
    askLayout->addWidget(askButtons);

    // Page 2: the PIN.
    auto* show = new QWidget;
    auto* heading = new QLabel(tr("Give the customer this PIN:"));
    m_pin = new QLabel;
    QFont pinFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    pinFont.setPointSize(36);
    pinFont.setBold(true);
    m_pin->setFont(pinFont);
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pin->setAlignment(Qt::AlignCenter);
    auto* copy = new QPushButton(tr("&Copy PIN"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_pinDigits); });
    auto* pinRow = new QHBoxLayout;
    pinRow->addStretch();
    pinRow->addWidget(m_pin);
    pinRow->addWidget(copy);
    pinRow->addStretch();
    m_expiry = new QLabel;
    m_expiry->setAlignment(Qt::AlignCenter);
    m_script = new QLabel;
    m_script->setWordWrap(true);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 8px;"));
    auto* done = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(done, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* showLayout = new QVBoxLayout(show);
    showLayout->addWidget(heading);
    showLayout->addLayout(pinRow);
    showLayout->addWidget(m_expiry);
    showLayout->addWidget(new QLabel(tr("Read this to the customer:")));
    showLayout->addWidget(m_script);
    showLayout->addStretch();
    showLayout->addWidget(done);

    m_pages->addWidget(ask);
    m_pages->addWidget(show);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(480);
    m_name->setFocus();
}

QString NewSessionDialog::customerName() const
{
    return m_name->text().trimmed();
}

QString NewSessionDialog::reference() const
{
    return m_reference->text().trimmed();
}

QString NewSessionDialog::pinText() const
{
    return m_pinDigits;
}

QString NewSessionDialog::scriptText() const
{
    return m_script->text();
}

void NewSessionDialog::showCreated(const v1::CreateSessionResult& result)
{
    m_pinDigits = QString::fromStdString(result.pin());
    const QString spaced = m_pinDigits.size() == 6 ? m_pinDigits.left(3) + u' ' + m_pinDigits.mid(3) : m_pinDigits;
    m_pin->setText(spaced);
    const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(result.expires_at_unix_ms()).time(),
                                             QLocale::ShortFormat);
    m_expiry->setText(tr("Valid once, until %1.").arg(until));
    m_script->setText(tr("“Please start the Lifeline support program I sent you. When it asks for a PIN, type "
                         "%1. You will see my name, %2, and the program will ask you before I can see or "
                         "do anything. The PIN works until %3.”")
                          .arg(spaced, m_technician, until));
    m_pages->setCurrentIndex(1);
    adjustSize();  // the PIN page is taller than the question page
}

void NewSessionDialog::showFailed(const QString& error)
{
    m_error->setText(error);
    m_error->show();
    m_create->setEnabled(!customerName().isEmpty());
}

}  // namespace lifeline::console
