#pragma once

#include <QWidget>

#include <map>
#include <vector>

#include "console/account_controller.h"
#include "session/consent.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeline::console {

// The Admin Center tab (administrators only): the organisation tree — technician groups
// with their technicians — on the left; on the right the selected group's details and
// permissions (locked ones shown locked), and for master administrators the organisation's
// sign-in rules. Everything is read from and written to the relay through admin calls on
// the account link; the relay decides what this administrator may change, and refusals
// are shown as they come. Changes apply without restarting anything.
class AdminCenter : public QWidget
{
    Q_OBJECT

public:
    AdminCenter(AccountController& account, QWidget* parent = nullptr);

    // Reads the organisation (and the sign-in rules) again.
    void refresh();

    // For tests and screenshots.
    QTreeWidget* tree() const { return m_tree; }
    void selectGroup(qint64 id);
    qint64 selectedGroup() const { return m_group; }
    QCheckBox* permissionBox(v1::GroupPermission permission) const;
    QCheckBox* inheritBox() const { return m_inherit; }
    QCheckBox* lockBox() const { return m_locked; }
    QPushButton* saveGroupButton() const { return m_saveGroup; }
    QSpinBox* minLengthBox() const { return m_minLength; }
    QPlainTextEdit* ipRulesEdit() const { return m_ipRules; }
    QSpinBox* pinValidityBox() const { return m_pinValidity; }
    QCheckBox* storeAddressesBox() const { return m_storeAddresses; }
    QPushButton* saveRulesButton() const { return m_saveRules; }
    QTabWidget* pages() const { return m_pages; }
    QString statusText() const;
    bool isLoaded() const { return m_loaded; }

    // The group's display name for a permission (also the Permissions page's labels).
    static QString permissionName(v1::GroupPermission permission);

signals:
    void loaded();

private:
    void onAnswer(quint64 id, bool ok, const v1::AdminResponse& response, const base::Error& error);
    void showOrganisation(const v1::OrganisationView& view);
    void showGroup(qint64 id);
    void saveGroup();
    void saveRules();
    void newGroup();
    void showStatus(const QString& text);

    AccountController& m_account;
    QTreeWidget* m_tree;
    QTabWidget* m_pages;
    QLineEdit* m_groupName;
    QLineEdit* m_groupDescription;
    QCheckBox* m_inherit;
    QCheckBox* m_locked;
    QCheckBox* m_requireTwoFactor;
    std::map<v1::GroupPermission, QCheckBox*> m_permissions;
    QLabel* m_lockNote;
    QPushButton* m_saveGroup;
    QSpinBox* m_minLength;
    QSpinBox* m_minClasses;
    QSpinBox* m_maxAge;
    QSpinBox* m_warnDays;
    QPlainTextEdit* m_ipRules;
    QSpinBox* m_pinValidity;
    QCheckBox* m_storeAddresses;
    QPushButton* m_saveRules;
    QWidget* m_rulesPage;
    QLabel* m_status;

    v1::OrganisationView m_view;
    qint64 m_group = 0;
    bool m_loaded = false;
    bool m_master = false;
    std::map<quint64, QString> m_calls;  // id -> what it was ("organisation", "rules", "save", ...)
};

}  // namespace lifeline::console
