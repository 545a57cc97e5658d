#pragma once

#include <QWidget>

#include <functional>
#include <map>
#include <vector>

#include "console/account_controller.h"
#include "session/consent.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeline::console {

class NewPersonDialog;
class PasswordDialog;
class ReportsPage;

// The Admin Center tab (administrators only): the organisation tree — technician groups
// with their technicians, administrators apart — on the left (new groups and people, moved
// by drag and drop); on the right the selected group's details and permissions (locked
// ones shown locked) or the selected person's details (role, group, enabled, managed
// groups, password, two-step sign-in), for master administrators the organisation's
// sign-in rules, and the reports. Everything is read from and written to the relay through admin calls on
// the account link; the relay decides what this administrator may change, and refusals
// are shown as they come. Changes apply without restarting anything.
class AdminCenter : public QWidget
{
    Q_OBJECT

public:
    AdminCenter(AccountController& account, QWidget* parent = nullptr);

    // Reads the organisation (and the sign-in rules) again.
    void refresh();

    // How the Admin Center asks "are you sure?" before deleting (tests answer themselves).
    using Confirm = std::function<bool(const QString& title, const QString& question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Moves a group under `targetGroup` (0: the top) or a technician into it — what a drop
    // in the tree does.
    void move(bool isGroup, qint64 id, qint64 targetGroup);
    // The drag data of a tree item (its kind and id), as the tree's drops read it.
    static constexpr const char* kDragMimeType = "application/x-lifeline-organisation-item";

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
    QSpinBox* connectingTimeoutBox() const { return m_connectingTimeout; }
    QSpinBox* waitingTimeoutBox() const { return m_waitingTimeout; }
    QSpinBox* idleTimeoutBox() const { return m_idleTimeout; }
    QSpinBox* maxSessionsBox() const { return m_maxSessions; }
    QPlainTextEdit* termsEdit() const { return m_terms; }
    QPushButton* saveSessionRulesButton() const { return m_saveSessionRules; }
    QPlainTextEdit* groupIpRulesEdit() const { return m_groupIpRules; }
    QPushButton* saveRulesButton() const { return m_saveRules; }
    QPushButton* deleteGroupButton() const { return m_deleteGroup; }
    void selectMember(qint64 id);
    qint64 selectedMember() const { return m_member; }
    QLineEdit* personNameEdit() const { return m_personName; }
    QComboBox* personRoleBox() const { return m_personRole; }
    QComboBox* personGroupBox() const { return m_personGroup; }
    QCheckBox* personEnabledBox() const { return m_personEnabled; }
    QListWidget* managedGroupsList() const { return m_managedGroups; }
    QLabel* twoFactorLabel() const { return m_twoFactorState; }
    QPushButton* resetTwoFactorButton() const { return m_resetTwoFactor; }
    QPushButton* savePersonButton() const { return m_savePerson; }
    QPushButton* deletePersonButton() const { return m_deletePerson; }
    QCheckBox* requireTwoFactorBox() const { return m_requireTwoFactor; }
    // The New person and Set password dialogs (open, window-modal) for tests.
    NewPersonDialog* openNewPersonDialog();
    PasswordDialog* openPasswordDialog();
    ReportsPage* reportsPage() const { return m_reports; }
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
    void showMember(qint64 id);
    // Makes the tree's item of that kind and id current; false when there is none.
    bool selectItem(int kind, qint64 id);
    void saveGroup();
    void savePerson();
    void deleteSelected();
    void resetTwoFactor();
    const v1::Group* findGroup(qint64 id) const;
    const v1::Member* findMember(qint64 id) const;
    void send(const v1::AdminRequest& request, const QString& what);
    void saveRules();
    void newGroup();
    void showStatus(const QString& text);

    AccountController& m_account;
    QTreeWidget* m_tree;
    QTabWidget* m_pages;
    QStackedWidget* m_selected;
    QWidget* m_nothingPage;
    QWidget* m_groupPage;
    QWidget* m_personPage;
    QLineEdit* m_groupName;
    QLineEdit* m_groupDescription;
    QCheckBox* m_inherit;
    QCheckBox* m_locked;
    QCheckBox* m_requireTwoFactor;
    std::map<v1::GroupPermission, QCheckBox*> m_permissions;
    QLabel* m_lockNote;
    QPushButton* m_saveGroup;
    QPushButton* m_deleteGroup;
    QLineEdit* m_personName;
    QLineEdit* m_personNickname;
    QLabel* m_personEmail;
    QLineEdit* m_personDescription;
    QComboBox* m_personRole;
    QComboBox* m_personGroup;
    QCheckBox* m_personEnabled;
    QListWidget* m_managedGroups;
    QLabel* m_managedLabel;
    QFormLayout* m_personForm;
    QLabel* m_twoFactorState;
    QPushButton* m_resetTwoFactor;
    QPushButton* m_setPassword;
    QPushButton* m_savePerson;
    QPushButton* m_deletePerson;
    ReportsPage* m_reports;
    QSpinBox* m_minLength;
    QSpinBox* m_minClasses;
    QSpinBox* m_maxAge;
    QSpinBox* m_warnDays;
    QPlainTextEdit* m_ipRules;
    QSpinBox* m_pinValidity;
    QCheckBox* m_storeAddresses;
    QPushButton* m_saveRules;
    QWidget* m_rulesPage;
    QWidget* m_sessionRulesPage;
    QSpinBox* m_connectingTimeout;
    QSpinBox* m_waitingTimeout;
    QSpinBox* m_idleTimeout;
    QSpinBox* m_maxSessions;
    QPlainTextEdit* m_terms;
    QPushButton* m_saveSessionRules;
    QPlainTextEdit* m_groupIpRules;
    QLabel* m_status;

    v1::OrganisationView m_view;
    qint64 m_group = 0;
    qint64 m_member = 0;
    Confirm m_confirm;
    bool m_loaded = false;
    bool m_master = false;
    std::map<quint64, QString> m_calls;  // id -> what it was ("organisation", "rules", "save", ...)
};

}  // namespace lifeline::console
