#pragma once

#include <QDialog>

#include <vector>

#include "lifeline/v1/admin.pb.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lifeline::console {

namespace v1 = ::lifeline::v1;

// A new password typed twice (for `own`: after the current one). The relay checks it
// against the organisation's policy.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class For : std::uint8_t { kSomeoneElse, kMyself, kMyselfExpired };
    PasswordDialog(const QString& forWhom, For whose, QWidget* parent = nullptr);

    QString password() const;
    QString currentPassword() const;
    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* okButton() const { return m_ok; }

private:
    void check();

    QLineEdit* m_current;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QPushButton* m_ok;
};

// A new technician or administrator: name, nickname (what customers see), e-mail, role,
// technician group, first password. `groups`: those the administrator may place people in;
// `masterAdministrator`: whether administrator roles are offered.
class NewPersonDialog : public QDialog
{
    Q_OBJECT

public:
    NewPersonDialog(const std::vector<v1::Group>& groups, qint64 preselectedGroup, bool masterAdministrator,
                    QWidget* parent = nullptr);

    // What to send (AdminRequest.create_member).
    v1::CreateMember request() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* nicknameEdit() const { return m_nickname; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* groupBox() const { return m_group; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* okButton() const { return m_ok; }

private:
    void check();

    QLineEdit* m_name;
    QLineEdit* m_nickname;
    QLineEdit* m_email;
    QComboBox* m_role;
    QComboBox* m_group;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QCheckBox* m_enabled;
    QLabel* m_problem;
    QPushButton* m_ok;
};

// The display name of a role ("Technician", "Administrator", "Master administrator").
QString roleName(v1::Role role);

}  // namespace lifeline::console
