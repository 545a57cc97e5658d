#include "console/person_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeline::console {

namespace {

// The passwords' problem in words, or nothing when they can be sent.
QString passwordProblem(const QString& password, const QString& repeat)
{
    if (password.size() < 8) return QObject::tr("At least 8 characters (your organisation may ask for more).");
    if (password != repeat) return QObject::tr("The two passwords differ.");
    return {};
}

QLabel* problemLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

}  // namespace

QString roleName(v1::Role role)
{
    switch (role) {
    case v1::ROLE_TECHNICIAN: return QObject::tr("Technician");
    case v1::ROLE_ADMIN: return QObject::tr("Administrator");
    case v1::ROLE_MASTER_ADMIN: return QObject::tr("Master administrator");
    default: return QObject::tr("Unknown role");
    }
}

PasswordDialog::PasswordDialog(const QString& forWhom, For whose, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(whose == For::kSomeoneElse ? tr("Set password") : tr("Change password"));
    m_current = new QLineEdit(this);
    m_current->setEchoMode(QLineEdit::Password);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem = problemLabel();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    if (whose != For::kSomeoneElse) form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Again:"), m_repeat);
    m_current->setVisible(whose != For::kSomeoneElse);
    auto* layout = new QVBoxLayout(this);
    QString introText;
    switch (whose) {
    case For::kSomeoneElse:
        introText = tr("A new password for %1. Tell it to them in person or by phone; they can change it later.").arg(forWhom);
        break;
    case For::kMyself: introText = tr("A new password for your account (%1).").arg(forWhom); break;
    case For::kMyselfExpired:
        introText = tr("Your password has expired. Choose a new one to go on working (%1).").arg(forWhom);
        break;
    }
    auto* intro = new QLabel(introText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_current, m_password, m_repeat}) connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::check);
    check();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

QString PasswordDialog::currentPassword() const
{
    return m_current->text();
}

void PasswordDialog::check()
{
    QString problem = passwordProblem(m_password->text(), m_repeat->text());
    if (problem.isEmpty() && m_current->isVisibleTo(this) && m_current->text().isEmpty()) problem = tr("Type your current password too.");
    if (problem.isEmpty() && m_current->isVisibleTo(this) && m_current->text() == m_password->text()) {
        problem = tr("The new password must differ from the current one.");
    }
    m_problem->setText(m_password->text().isEmpty() ? QString() : problem);
    m_ok->setEnabled(problem.isEmpty());
}

NewPersonDialog::NewPersonDialog(const std::vector<v1::Group>& groups, qint64 preselectedGroup, bool masterAdministrator,
                                 QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New person"));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("First and last name"));
    m_nickname = new QLineEdit;
    m_nickname->setPlaceholderText(tr("What customers see (the first name if empty)"));
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("name@example.com"));
    m_role = new QComboBox;
    m_role->addItem(roleName(v1::ROLE_TECHNICIAN), int(v1::ROLE_TECHNICIAN));
    if (masterAdministrator) {
        m_role->addItem(roleName(v1::ROLE_ADMIN), int(v1::ROLE_ADMIN));
        m_role->addItem(roleName(v1::ROLE_MASTER_ADMIN), int(v1::ROLE_MASTER_ADMIN));
    }
    m_group = new QComboBox;
    for (const v1::Group& g : groups) {
        m_group->addItem(QString::fromStdString(g.name()), QVariant::fromValue<qint64>(g.id()));
        if (g.id() == preselectedGroup) m_group->setCurrentIndex(m_group->count() - 1);
    }
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setEchoMode(QLineEdit::Password);
    m_enabled = new QCheckBox(tr("May sign in now"));
    m_enabled->setChecked(true);
    m_problem = problemLabel();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Nickname:"), m_nickname);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Technician group:"), m_group);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Again:"), m_repeat);
    form->addRow(QString(), m_enabled);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_role, &QComboBox::currentIndexChanged, this, [this, form] {
        form->setRowVisible(m_group, m_role->currentData().toInt() == v1::ROLE_TECHNICIAN);
        check();
    });
    for (QLineEdit* edit : {m_name, m_email, m_password, m_repeat}) connect(edit, &QLineEdit::textChanged, this, &NewPersonDialog::check);
    check();
}

void NewPersonDialog::check()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Type a name.");
    } else if (!m_email->text().contains(u'@')) {
        problem = tr("Type an e-mail address.");
    } else if (m_role->currentData().toInt() == v1::ROLE_TECHNICIAN && m_group->currentIndex() < 0) {
        problem = tr("Technicians belong to a group: make one first.");
    } else {
        problem = passwordProblem(m_password->text(), m_repeat->text());
    }
    // Quiet until the administrator has started typing the password.
    m_problem->setText(m_password->text().isEmpty() ? QString() : problem);
    m_ok->setEnabled(problem.isEmpty());
}

v1::CreateMember NewPersonDialog::request() const
{
    v1::CreateMember call;
    v1::Member* member = call.mutable_member();
    member->set_name(m_name->text().trimmed().toStdString());
    member->set_nickname(m_nickname->text().trimmed().toStdString());
    member->set_email(m_email->text().trimmed().toStdString());
    const auto role = v1::Role(m_role->currentData().toInt());
    member->set_role(role);
    if (role == v1::ROLE_TECHNICIAN) member->set_group_id(m_group->currentData().toLongLong());
    member->set_enabled(m_enabled->isChecked());
    call.set_password(m_password->text().toStdString());
    return call;
}

}  // namespace lifeline::console
