#include "console/admin_center.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "console/texts.h"

namespace lifeline::console {

namespace {

enum ItemRole { kKindRole = Qt::UserRole, kIdRole };
enum ItemKind { kGroupItem = 1, kMemberItem, kHeadingItem };

constexpr v1::GroupPermission kAllPermissions[] = {
    v1::GROUP_PERMISSION_CHAT,           v1::GROUP_PERMISSION_CHAT_TOGGLE,
    v1::GROUP_PERMISSION_VIEW_DESKTOP,   v1::GROUP_PERMISSION_REMOTE_CONTROL,
    v1::GROUP_PERMISSION_SEND_FILES,     v1::GROUP_PERMISSION_RECEIVE_FILES,
    v1::GROUP_PERMISSION_FILE_MANAGER,   v1::GROUP_PERMISSION_MANAGE_FILES,
    v1::GROUP_PERMISSION_SEND_URLS,      v1::GROUP_PERMISSION_SYSTEM_INFO,
    v1::GROUP_PERMISSION_REBOOT,         v1::GROUP_PERMISSION_CLIPBOARD,
    v1::GROUP_PERMISSION_RECORD,         v1::GROUP_PERMISSION_RECORD_ONLY_WITH_CONSENT,
    v1::GROUP_PERMISSION_PRIVATE_SESSIONS, v1::GROUP_PERMISSION_SINGLE_PROMPT,
    v1::GROUP_PERMISSION_TRANSFER_TO_ANYONE, v1::GROUP_PERMISSION_TRANSFER_TO_CHOSEN_GROUPS,
    v1::GROUP_PERMISSION_HOLD,           v1::GROUP_PERMISSION_SHARE_OWN_SCREEN,
    v1::GROUP_PERMISSION_COLLABORATION,  v1::GROUP_PERMISSION_SCRIPTS,
    v1::GROUP_PERMISSION_UNATTENDED,
};

}  // namespace

QString AdminCenter::permissionName(v1::GroupPermission permission)
{
    switch (permission) {
    case v1::GROUP_PERMISSION_CHAT: return tr("Chat (on at the start)");
    case v1::GROUP_PERMISSION_CHAT_TOGGLE: return tr("Technician may switch chat on and off");
    case v1::GROUP_PERMISSION_REMOTE_CONTROL: return tr("Start remote control");
    case v1::GROUP_PERMISSION_VIEW_DESKTOP: return tr("Start desktop viewing");
    case v1::GROUP_PERMISSION_SEND_FILES: return tr("Send files");
    case v1::GROUP_PERMISSION_RECEIVE_FILES: return tr("Receive files");
    case v1::GROUP_PERMISSION_FILE_MANAGER: return tr("File manager");
    case v1::GROUP_PERMISSION_MANAGE_FILES: return tr("Manage the customer's files");
    case v1::GROUP_PERMISSION_SEND_URLS: return tr("Send web addresses");
    case v1::GROUP_PERMISSION_SYSTEM_INFO: return tr("View system information");
    case v1::GROUP_PERMISSION_REBOOT: return tr("Restart the customer's computer");
    case v1::GROUP_PERMISSION_RECORD: return tr("Record sessions");
    case v1::GROUP_PERMISSION_RECORD_ONLY_WITH_CONSENT: return tr("Record only with the customer's consent");
    case v1::GROUP_PERMISSION_PRIVATE_SESSIONS: return tr("Start private (PIN) sessions");
    case v1::GROUP_PERMISSION_SINGLE_PROMPT: return tr("One question for all permissions");
    case v1::GROUP_PERMISSION_TRANSFER_TO_ANYONE: return tr("Transfer sessions to anyone");
    case v1::GROUP_PERMISSION_TRANSFER_TO_CHOSEN_GROUPS: return tr("Transfer sessions to chosen groups");
    case v1::GROUP_PERMISSION_HOLD: return tr("Put sessions on hold");
    case v1::GROUP_PERMISSION_CLIPBOARD: return tr("Clipboard synchronisation");
    case v1::GROUP_PERMISSION_SHARE_OWN_SCREEN: return tr("Share own screen with customers");
    case v1::GROUP_PERMISSION_COLLABORATION: return tr("Invite another technician");
    case v1::GROUP_PERMISSION_SCRIPTS: return tr("Run scripts");
    case v1::GROUP_PERMISSION_UNATTENDED: return tr("Unattended access");
    default: return QString::number(int(permission));
    }
}

AdminCenter::AdminCenter(AccountController& account, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
{
    m_master = m_account.account().role() == v1::ROLE_MASTER_ADMIN;

    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("Organisation")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && item->data(0, kKindRole).toInt() == kGroupItem) showGroup(item->data(0, kIdRole).toLongLong());
    });
    auto* refreshButton = new QPushButton(tr("Refresh"));
    connect(refreshButton, &QPushButton::clicked, this, &AdminCenter::refresh);
    auto* newGroupButton = new QPushButton(tr("New group…"));
    connect(newGroupButton, &QPushButton::clicked, this, &AdminCenter::newGroup);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newGroupButton);
    leftButtons->addStretch();
    leftButtons->addWidget(refreshButton);
    leftLayout->addLayout(leftButtons);

    // The selected group: details and permissions.
    auto* groupPage = new QWidget;
    m_groupName = new QLineEdit;
    m_groupDescription = new QLineEdit;
    m_inherit = new QCheckBox(tr("Use the permissions of the group above"));
    m_locked = new QCheckBox(tr("Lock these permissions (other administrators cannot change them, here or below)"));
    m_locked->setEnabled(m_master);
    m_requireTwoFactor = new QCheckBox(tr("Technicians sign in with an authenticator code (two-step sign-in)"));
    // The console cannot ask for the code at sign-in or set the app up yet: offering the
    // switch would lock the group's technicians out of the console. It comes with those.
    m_requireTwoFactor->setVisible(false);
    m_lockNote = new QLabel;
    m_lockNote->setWordWrap(true);
    auto* permissionsBox = new QGroupBox(tr("What technicians in this group may do"));
    auto* grid = new QGridLayout(permissionsBox);
    int index = 0;
    for (v1::GroupPermission permission : kAllPermissions) {
        auto* box = new QCheckBox(permissionName(permission));
        m_permissions[permission] = box;
        grid->addWidget(box, index / 2, index % 2);
        ++index;
    }
    connect(m_inherit, &QCheckBox::toggled, this, [this](bool inherit) {
        for (auto& [permission, box] : m_permissions) box->setEnabled(!inherit && m_inherit->isEnabled());
    });
    m_saveGroup = new QPushButton(tr("Save"));
    connect(m_saveGroup, &QPushButton::clicked, this, &AdminCenter::saveGroup);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_groupName);
    form->addRow(tr("Description:"), m_groupDescription);
    auto* groupLayout = new QVBoxLayout(groupPage);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_inherit);
    groupLayout->addWidget(permissionsBox);
    groupLayout->addWidget(m_requireTwoFactor);
    groupLayout->addWidget(m_locked);
    groupLayout->addWidget(m_lockNote);
    groupLayout->addStretch();
    groupLayout->addWidget(m_saveGroup, 0, Qt::AlignRight);
    auto* groupScroll = new QScrollArea;
    groupScroll->setWidget(groupPage);
    groupScroll->setWidgetResizable(true);

    // The organisation's sign-in rules (master administrators).
    m_rulesPage = new QWidget;
    m_minLength = new QSpinBox;
    m_minLength->setRange(8, 1024);
    m_minClasses = new QSpinBox;
    m_minClasses->setRange(1, 4);
    m_maxAge = new QSpinBox;
    m_maxAge->setRange(0, 3650);
    m_maxAge->setSpecialValueText(tr("never"));
    m_warnDays = new QSpinBox;
    m_warnDays->setRange(0, 3650);
    m_warnDays->setSpecialValueText(tr("no warning"));
    m_ipRules = new QPlainTextEdit;
    m_ipRules->setPlaceholderText(tr("Empty: sign-in from anywhere. Otherwise, for example:\n"
                                     "default deny\nallow 192.0.2.0/24\nallow 2001:db8::/32"));
    m_pinValidity = new QSpinBox;
    m_pinValidity->setRange(1, 999);
    m_pinValidity->setValue(20);
    m_pinValidity->setSuffix(tr(" min"));
    m_storeAddresses = new QCheckBox(tr("Keep customers' IP addresses in the session records"));
    m_storeAddresses->setChecked(true);
    m_saveRules = new QPushButton(tr("Save"));
    connect(m_saveRules, &QPushButton::clicked, this, &AdminCenter::saveRules);
    auto* rulesForm = new QFormLayout;
    rulesForm->addRow(tr("Minimum password length:"), m_minLength);
    rulesForm->addRow(tr("Character classes (of lower, upper, digit, symbol):"), m_minClasses);
    rulesForm->addRow(tr("Password expires after (days):"), m_maxAge);
    rulesForm->addRow(tr("Warn before it expires (days):"), m_warnDays);
    auto* rulesLayout = new QVBoxLayout(m_rulesPage);
    rulesLayout->addWidget(new QLabel(tr("Password policy")));
    rulesLayout->addLayout(rulesForm);
    rulesLayout->addWidget(new QLabel(tr("IP restrictions for signing in (the most specific network decides):")));
    rulesLayout->addWidget(m_ipRules, 1);
    auto* sessionsForm = new QFormLayout;
    sessionsForm->addRow(tr("A PIN is valid for:"), m_pinValidity);
    rulesLayout->addLayout(sessionsForm);
    rulesLayout->addWidget(m_storeAddresses);
    rulesLayout->addWidget(m_saveRules, 0, Qt::AlignRight);

    m_pages = new QTabWidget;
    m_pages->addTab(groupScroll, tr("Group and permissions"));
    m_pages->addTab(m_rulesPage, tr("Sign-in rules"));
    m_pages->setTabVisible(1, m_master);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 900});  // names with e-mail addresses need the room
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(&m_account, &AccountController::adminAnswered, this, &AdminCenter::onAnswer);
    showGroup(0);
    refresh();
}

QString AdminCenter::statusText() const
{
    return m_status->text();
}

void AdminCenter::showStatus(const QString& text)
{
    m_status->setText(text);
}

QCheckBox* AdminCenter::permissionBox(v1::GroupPermission permission) const
{
    auto it = m_permissions.find(permission);
    return it == m_permissions.end() ? nullptr : it->second;
}

void AdminCenter::refresh()
{
    v1::AdminRequest get;
    get.mutable_get_organisation();
    m_calls[m_account.admin(get)] = QStringLiteral("organisation");
    if (m_master) {
        v1::AdminRequest rules;
        rules.mutable_get_global_settings();
        m_calls[m_account.admin(rules)] = QStringLiteral("rules");
    }
}

void AdminCenter::onAnswer(quint64 id, bool ok, const v1::AdminResponse& response, const base::Error& error)
{
    auto call = m_calls.find(id);
    if (call == m_calls.end()) return;
    const QString what = call->second;
    m_calls.erase(call);
    if (!ok) {
        showStatus(tr("Not done: %1").arg(Texts::error(error)));
        return;
    }
    if (what == "organisation") {
        showOrganisation(response.organisation());
    } else if (what == "rules") {
        const v1::GlobalSettings& rules = response.global_settings();
        m_minLength->setValue(rules.password_policy().min_length());
        m_minClasses->setValue(rules.password_policy().min_classes());
        m_maxAge->setValue(rules.password_policy().max_age_days());
        m_warnDays->setValue(rules.password_policy().warn_days());
        m_ipRules->setPlainText(QString::fromStdString(rules.ip_restrictions()));
        if (rules.pin_validity_minutes() > 0) m_pinValidity->setValue(rules.pin_validity_minutes());
        m_storeAddresses->setChecked(rules.store_customer_addresses());
    } else {
        showStatus(tr("Saved."));
        refresh();
    }
}

void AdminCenter::showOrganisation(const v1::OrganisationView& view)
{
    m_view = view;
    const qint64 selected = m_group;
    m_tree->clear();
    std::map<qint64, QTreeWidgetItem*> items;
    std::map<qint64, const v1::Group*> byId;
    for (const v1::Group& g : view.groups()) byId[g.id()] = &g;
    // Parents before children: attach each group under its parent when visible, else at the top.
    std::function<QTreeWidgetItem*(const v1::Group&)> itemFor = [&](const v1::Group& g) -> QTreeWidgetItem* {
        if (auto it = items.find(g.id()); it != items.end()) return it->second;
        QTreeWidgetItem* parent = nullptr;
        if (auto p = byId.find(g.parent_id()); p != byId.end() && p->first != g.id()) parent = itemFor(*p->second);
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, g.permissions_locked() ? tr("%1 (locked)").arg(QString::fromStdString(g.name())) : QString::fromStdString(g.name()));
        item->setData(0, kKindRole, kGroupItem);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(g.id()));
        items[g.id()] = item;
        return item;
    };
    for (const v1::Group& g : view.groups()) itemFor(g);
    QTreeWidgetItem* admins = nullptr;
    for (const v1::Member& m : view.members()) {
        const QString label = tr("%1 <%2>").arg(QString::fromStdString(m.name()), QString::fromStdString(m.email())) +
                              (m.enabled() ? QString() : tr(" (disabled)"));
        QTreeWidgetItem* parent = nullptr;
        if (m.role() == v1::ROLE_TECHNICIAN) {
            if (auto it = items.find(m.group_id()); it != items.end()) parent = it->second;
        } else {
            if (admins == nullptr) {
                admins = new QTreeWidgetItem(m_tree);
                admins->setText(0, tr("Administrators"));
                admins->setData(0, kKindRole, kHeadingItem);
            }
            parent = admins;
        }
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, label);
        item->setData(0, kKindRole, kMemberItem);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(m.id()));
    }
    m_tree->expandAll();
    m_loaded = true;
    if (selected != 0 && items.count(selected) != 0) {
        selectGroup(selected);
    } else {
        showGroup(0);
    }
    emit loaded();
}

void AdminCenter::selectGroup(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it != nullptr; ++it) {
        if ((*it)->data(0, kKindRole).toInt() == kGroupItem && (*it)->data(0, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            showGroup(id);
            return;
        }
    }
}

void AdminCenter::showGroup(qint64 id)
{
    m_group = id;
    const v1::Group* group = nullptr;
    for (const v1::Group& g : m_view.groups()) {
        if (g.id() == id) group = &g;
    }
    // Locked here or above (as far as this administrator can see): only a master edits.
    bool locked = false;
    for (const v1::Group* g = group; g != nullptr;) {
        if (g->permissions_locked()) locked = true;
        const v1::Group* parent = nullptr;
        for (const v1::Group& p : m_view.groups()) {
            if (p.id() == g->parent_id() && p.id() != g->id()) parent = &p;
        }
        g = parent;
    }
    const bool editable = group != nullptr && (m_master || !locked);
    m_groupName->setEnabled(group != nullptr);
    m_groupDescription->setEnabled(group != nullptr);
    m_groupName->setText(group != nullptr ? QString::fromStdString(group->name()) : QString());
    m_groupDescription->setText(group != nullptr ? QString::fromStdString(group->description()) : QString());
    m_inherit->setEnabled(editable && group->parent_id() != 0);
    m_inherit->setChecked(group != nullptr && group->inherit_permissions());
    std::set<int> own;
    if (group != nullptr) own.insert(group->permissions().begin(), group->permissions().end());
    for (auto& [permission, box] : m_permissions) {
        box->setChecked(own.count(permission) != 0);
        box->setEnabled(editable && !m_inherit->isChecked());
    }
    m_requireTwoFactor->setEnabled(editable);
    m_requireTwoFactor->setChecked(group != nullptr && group->require_two_factor());
    m_locked->setEnabled(m_master && group != nullptr);
    m_locked->setChecked(group != nullptr && group->permissions_locked());
    m_lockNote->setText(locked && !m_master ? tr("A master administrator has locked these permissions.") : QString());
    m_saveGroup->setEnabled(group != nullptr);
}

void AdminCenter::saveGroup()
{
    const v1::Group* group = nullptr;
    for (const v1::Group& g : m_view.groups()) {
        if (g.id() == m_group) group = &g;
    }
    if (group == nullptr) return;
    v1::AdminRequest request;
    v1::Group* wire = request.mutable_update_group();
    *wire = *group;
    wire->set_name(m_groupName->text().trimmed().toStdString());
    wire->set_description(m_groupDescription->text().trimmed().toStdString());
    wire->set_inherit_permissions(m_inherit->isChecked());
    wire->clear_permissions();
    for (const auto& [permission, box] : m_permissions) {
        if (box->isChecked()) wire->add_permissions(permission);
    }
    wire->set_require_two_factor(m_requireTwoFactor->isChecked());
    wire->set_permissions_locked(m_locked->isChecked());
    m_calls[m_account.admin(request)] = QStringLiteral("save");
}

void AdminCenter::newGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New group"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty()) return;
    v1::AdminRequest request;
    request.mutable_create_group()->set_name(name.toStdString());
    request.mutable_create_group()->set_parent_id(m_group);
    request.mutable_create_group()->set_inherit_permissions(m_group != 0);
    m_calls[m_account.admin(request)] = QStringLiteral("new");
}

void AdminCenter::saveRules()
{
    v1::AdminRequest request;
    v1::GlobalSettings* rules = request.mutable_set_global_settings();
    rules->mutable_password_policy()->set_min_length(m_minLength->value());
    rules->mutable_password_policy()->set_min_classes(m_minClasses->value());
    rules->mutable_password_policy()->set_max_age_days(m_maxAge->value());
    rules->mutable_password_policy()->set_warn_days(m_warnDays->value());
    rules->set_ip_restrictions(m_ipRules->toPlainText().trimmed().toStdString());
    rules->set_pin_validity_minutes(m_pinValidity->value());
    rules->set_store_customer_addresses(m_storeAddresses->isChecked());
    m_calls[m_account.admin(request)] = QStringLiteral("rules-save");
}

}  // namespace lifeline::console
