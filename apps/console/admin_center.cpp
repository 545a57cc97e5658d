#include "console/admin_center.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <set>

#include "console/person_dialog.h"
#include "console/reports_page.h"
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

// The organisation tree: groups and technicians are dragged onto a group (or onto someone
// in it); a group dropped on the empty area goes to the top. The tree does not move
// anything itself: the drop asks the relay, and the tree is read again when it answers.
class OrganisationTree : public QTreeWidget
{
public:
    using Move = std::function<void(bool isGroup, qint64 id, qint64 targetGroup)>;
    explicit OrganisationTree(Move move)
        : m_move(std::move(move))
    {
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
    }

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(AdminCenter::kDragMimeType)}; }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override
    {
        if (items.size() != 1) return nullptr;
        const int kind = items.first()->data(0, kKindRole).toInt();
        if (kind != kGroupItem && kind != kMemberItem) return nullptr;
        auto* drag = new QMimeData;
        drag->setData(QString::fromLatin1(AdminCenter::kDragMimeType),
                      QStringLiteral("%1:%2").arg(kind == kGroupItem ? u'g' : u'm').arg(items.first()->data(0, kIdRole).toLongLong()).toLatin1());
        return drag;
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        QTreeWidget::dragMoveEvent(event);
        if (event->mimeData()->hasFormat(QString::fromLatin1(AdminCenter::kDragMimeType))) event->acceptProposedAction();
    }
    void dropEvent(QDropEvent* event) override
    {
        const QList<QByteArray> parts = event->mimeData()->data(QString::fromLatin1(AdminCenter::kDragMimeType)).split(':');
        event->setDropAction(Qt::IgnoreAction);  // nothing moves here until the relay says so
        event->accept();
        if (parts.size() != 2) return;
        const bool isGroup = parts[0] == "g";
        const qint64 id = parts[1].toLongLong();
        qint64 target = 0;
        if (QTreeWidgetItem* on = itemAt(event->position().toPoint())) {
            if (on->data(0, kKindRole).toInt() == kGroupItem) {
                target = on->data(0, kIdRole).toLongLong();
            } else if (on->data(0, kKindRole).toInt() == kMemberItem && on->parent() != nullptr &&
                       on->parent()->data(0, kKindRole).toInt() == kGroupItem) {
                target = on->parent()->data(0, kIdRole).toLongLong();
            } else {
                return;  // the administrators' heading: roles change on the person's page
            }
        } else if (!isGroup) {
            return;  // a technician belongs to a group
        }
        m_move(isGroup, id, target);
    }

private:
    Move m_move;
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
    , m_confirm([this](const QString& title, const QString& question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    })
{
    m_master = m_account.account().role() == v1::ROLE_MASTER_ADMIN;

    m_tree = new OrganisationTree([this](bool isGroup, qint64 id, qint64 target) { move(isGroup, id, target); });
    m_tree->setHeaderLabels({tr("Organisation")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setToolTip(tr("Drag groups and technicians onto a group to move them."));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item == nullptr) return;
        const qint64 id = item->data(0, kIdRole).toLongLong();
        switch (item->data(0, kKindRole).toInt()) {
        case kGroupItem: showGroup(id); break;
        case kMemberItem: showMember(id); break;
        default: break;
        }
    });
    auto* refreshButton = new QPushButton(tr("Refresh"));
    connect(refreshButton, &QPushButton::clicked, this, &AdminCenter::refresh);
    auto* newGroupButton = new QPushButton(tr("New group…"));
    connect(newGroupButton, &QPushButton::clicked, this, &AdminCenter::newGroup);
    auto* newPersonButton = new QPushButton(tr("New person…"));
    connect(newPersonButton, &QPushButton::clicked, this, [this] { (void)openNewPersonDialog(); });
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newGroupButton);
    leftButtons->addWidget(newPersonButton);
    leftButtons->addStretch();
    leftButtons->addWidget(refreshButton);
    leftLayout->addLayout(leftButtons);

    // The selected group: details and permissions.
    m_groupPage = new QWidget;
    m_groupName = new QLineEdit;
    m_groupDescription = new QLineEdit;
    m_inherit = new QCheckBox(tr("Use the permissions of the group above"));
    m_locked = new QCheckBox(tr("Lock these permissions (other administrators cannot change them, here or below)"));
    m_locked->setEnabled(m_master);
    m_requireTwoFactor = new QCheckBox(tr("Technicians sign in with an authenticator code (two-step sign-in)"));
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
    m_groupIpRules = new QPlainTextEdit;
    m_groupIpRules->setPlaceholderText(tr("Empty: the organisation's rules only. Otherwise, for example:\ndefault deny\nallow 192.0.2.0/24"));
    m_groupIpRules->setMaximumHeight(m_groupIpRules->fontMetrics().lineSpacing() * 5 + 12);
    m_saveGroup = new QPushButton(tr("Save"));
    connect(m_saveGroup, &QPushButton::clicked, this, &AdminCenter::saveGroup);
    m_deleteGroup = new QPushButton(tr("Delete group…"));
    connect(m_deleteGroup, &QPushButton::clicked, this, &AdminCenter::deleteSelected);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_groupName);
    form->addRow(tr("Description:"), m_groupDescription);
    auto* groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_deleteGroup);
    groupButtons->addStretch();
    groupButtons->addWidget(m_saveGroup);
    auto* groupLayout = new QVBoxLayout(m_groupPage);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_inherit);
    groupLayout->addWidget(permissionsBox);
    groupLayout->addWidget(m_requireTwoFactor);
    groupLayout->addWidget(new QLabel(tr("Where its technicians (and those below) may sign in from, besides the organisation's rules:")));
    groupLayout->addWidget(m_groupIpRules);
    groupLayout->addWidget(m_locked);
    groupLayout->addWidget(m_lockNote);
    groupLayout->addStretch();
    groupLayout->addLayout(groupButtons);
    auto* groupScroll = new QScrollArea;
    groupScroll->setWidget(m_groupPage);
    groupScroll->setWidgetResizable(true);

    // The selected person.
    m_personPage = new QWidget;
    m_personName = new QLineEdit;
    m_personNickname = new QLineEdit;
    m_personEmail = new QLabel;
    m_personEmail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_personDescription = new QLineEdit;
    m_personRole = new QComboBox;
    for (v1::Role role : {v1::ROLE_TECHNICIAN, v1::ROLE_ADMIN, v1::ROLE_MASTER_ADMIN}) m_personRole->addItem(roleName(role), int(role));
    m_personGroup = new QComboBox;
    m_personEnabled = new QCheckBox(tr("Enabled (may sign in)"));
    m_managedGroups = new QListWidget;
    m_managedGroups->setMaximumHeight(140);
    m_managedLabel = new QLabel(tr("Manages:"));
    m_twoFactorState = new QLabel;
    m_twoFactorState->setWordWrap(true);
    m_resetTwoFactor = new QPushButton(tr("Reset two-step sign-in…"));
    connect(m_resetTwoFactor, &QPushButton::clicked, this, &AdminCenter::resetTwoFactor);
    m_setPassword = new QPushButton(tr("Set password…"));
    connect(m_setPassword, &QPushButton::clicked, this, [this] { (void)openPasswordDialog(); });
    m_savePerson = new QPushButton(tr("Save"));
    connect(m_savePerson, &QPushButton::clicked, this, &AdminCenter::savePerson);
    m_deletePerson = new QPushButton(tr("Delete…"));
    connect(m_deletePerson, &QPushButton::clicked, this, &AdminCenter::deleteSelected);
    auto* personForm = m_personForm = new QFormLayout;
    personForm->addRow(tr("Name:"), m_personName);
    personForm->addRow(tr("Nickname (customers see it):"), m_personNickname);
    personForm->addRow(tr("E-mail:"), m_personEmail);
    personForm->addRow(tr("Description:"), m_personDescription);
    personForm->addRow(tr("Role:"), m_personRole);
    personForm->addRow(tr("Technician group:"), m_personGroup);
    personForm->addRow(QString(), m_personEnabled);
    personForm->addRow(m_managedLabel, m_managedGroups);
    auto* twoFactorRow = new QHBoxLayout;
    twoFactorRow->addWidget(m_twoFactorState, 1);
    twoFactorRow->addWidget(m_resetTwoFactor);
    personForm->addRow(tr("Two-step sign-in:"), twoFactorRow);
    personForm->addRow(tr("Password:"), m_setPassword);
    connect(m_personRole, &QComboBox::currentIndexChanged, this, [this, personForm] {
        const auto role = v1::Role(m_personRole->currentData().toInt());
        personForm->setRowVisible(m_personGroup, role == v1::ROLE_TECHNICIAN);
        personForm->setRowVisible(m_managedGroups, role == v1::ROLE_ADMIN);
    });
    auto* personButtons = new QHBoxLayout;
    personButtons->addWidget(m_deletePerson);
    personButtons->addStretch();
    personButtons->addWidget(m_savePerson);
    auto* personLayout = new QVBoxLayout(m_personPage);
    personLayout->addLayout(personForm);
    personLayout->addStretch();
    personLayout->addLayout(personButtons);

    m_nothingPage = new QLabel(tr("Choose a group or a person in the organisation."));
    static_cast<QLabel*>(m_nothingPage)->setAlignment(Qt::AlignCenter);
    m_selected = new QStackedWidget;
    m_selected->addWidget(m_nothingPage);
    m_selected->addWidget(groupScroll);
    m_selected->addWidget(m_personPage);

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
    rulesLayout->addWidget(m_saveRules, 0, Qt::AlignRight);

    // The organisation's session rules (master administrators): timeouts, limits, terms.
    m_sessionRulesPage = new QWidget;
    auto minutes = [this] {
        auto* box = new QSpinBox;
        box->setRange(0, 999);
        box->setSpecialValueText(tr("never"));
        box->setSuffix(tr(" min"));
        return box;
    };
    m_connectingTimeout = minutes();
    m_connectingTimeout->setToolTip(tr("From the customer joining until they accept the terms."));
    m_waitingTimeout = minutes();
    m_waitingTimeout->setToolTip(tr("From the PIN until the customer joins, even if the PIN would still be valid."));
    m_idleTimeout = minutes();
    m_idleTimeout->setToolTip(tr("An active session in which neither side sent anything: no chat, no screen, no input, no files."));
    m_maxSessions = new QSpinBox;
    m_maxSessions->setRange(1, 10);
    m_maxSessions->setValue(10);
    m_terms = new QPlainTextEdit;
    m_terms->setPlaceholderText(tr("Empty: customers are not asked to accept terms. Plain text, shown before anything else."));
    m_saveSessionRules = new QPushButton(tr("Save"));
    connect(m_saveSessionRules, &QPushButton::clicked, this, &AdminCenter::saveRules);
    auto* sessionsForm = new QFormLayout;
    sessionsForm->addRow(tr("A PIN is valid for:"), m_pinValidity);
    sessionsForm->addRow(tr("Waiting sessions time out after:"), m_waitingTimeout);
    sessionsForm->addRow(tr("Connecting sessions time out after:"), m_connectingTimeout);
    sessionsForm->addRow(tr("Idle sessions time out after:"), m_idleTimeout);
    sessionsForm->addRow(tr("Sessions at once per technician:"), m_maxSessions);
    auto* sessionsLayout = new QVBoxLayout(m_sessionRulesPage);
    sessionsLayout->addLayout(sessionsForm);
    sessionsLayout->addWidget(m_storeAddresses);
    sessionsLayout->addWidget(new QLabel(tr("Terms and conditions every customer accepts first:")));
    sessionsLayout->addWidget(m_terms, 1);
    sessionsLayout->addWidget(m_saveSessionRules, 0, Qt::AlignRight);

    m_reports = new ReportsPage(m_account);

    m_pages = new QTabWidget;
    m_pages->addTab(m_selected, tr("Group and permissions"));
    m_pages->addTab(m_rulesPage, tr("Sign-in rules"));
    m_pages->addTab(m_sessionRulesPage, tr("Session rules"));
    m_pages->addTab(m_reports, tr("Reports"));
    m_pages->setTabVisible(1, m_master);
    m_pages->setTabVisible(2, m_master);

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

void AdminCenter::send(const v1::AdminRequest& request, const QString& what)
{
    m_calls[m_account.admin(request)] = what;
}

void AdminCenter::refresh()
{
    v1::AdminRequest get;
    get.mutable_get_organisation();
    send(get, QStringLiteral("organisation"));
    if (m_master) {
        v1::AdminRequest rules;
        rules.mutable_get_global_settings();
        send(rules, QStringLiteral("rules"));
    }
}

const v1::Group* AdminCenter::findGroup(qint64 id) const
{
    for (const v1::Group& g : m_view.groups()) {
        if (g.id() == id) return &g;
    }
    return nullptr;
}

const v1::Member* AdminCenter::findMember(qint64 id) const
{
    for (const v1::Member& m : m_view.members()) {
        if (m.id() == id) return &m;
    }
    return nullptr;
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
        m_connectingTimeout->setValue(rules.connecting_timeout_minutes());
        m_waitingTimeout->setValue(rules.waiting_timeout_minutes());
        m_idleTimeout->setValue(rules.idle_timeout_minutes());
        if (rules.max_sessions_per_technician() > 0) m_maxSessions->setValue(rules.max_sessions_per_technician());
        m_terms->setPlainText(QString::fromStdString(rules.terms()));
    } else {
        showStatus(what == "deleted" ? tr("Deleted.") : what == "created" ? tr("Created.") : what == "moved" ? tr("Moved.") : tr("Saved."));
        refresh();
    }
}

void AdminCenter::showOrganisation(const v1::OrganisationView& view)
{
    m_view = view;
    const qint64 selected = m_group;
    const qint64 selectedMember = m_member;
    m_tree->clear();
    // Only groups and technicians are dragged; everything takes drops.
    m_tree->invisibleRootItem()->setFlags(m_tree->invisibleRootItem()->flags() | Qt::ItemIsDropEnabled);
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
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
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
                admins->setFlags(Qt::ItemIsEnabled);
            }
            parent = admins;
        }
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, label);
        item->setData(0, kKindRole, kMemberItem);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(m.id()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled |
                       (m.role() == v1::ROLE_TECHNICIAN ? Qt::ItemIsDragEnabled : Qt::NoItemFlags));
        if (!m.enabled()) item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_tree->expandAll();
    m_loaded = true;
    // The group choices of the person page.
    {
        const QSignalBlocker block(m_personGroup);
        m_personGroup->clear();
        for (const v1::Group& g : view.groups()) m_personGroup->addItem(QString::fromStdString(g.name()), QVariant::fromValue<qint64>(g.id()));
    }
    m_reports->setOrganisation(view, m_master);
    if (selectedMember != 0 && findMember(selectedMember) != nullptr) {
        selectMember(selectedMember);
    } else if (selected != 0 && items.count(selected) != 0) {
        selectGroup(selected);
    } else {
        showGroup(0);
    }
    emit loaded();
}

void AdminCenter::selectGroup(qint64 id)
{
    if (selectItem(kGroupItem, id)) showGroup(id);
}

void AdminCenter::selectMember(qint64 id)
{
    if (selectItem(kMemberItem, id)) showMember(id);
}

bool AdminCenter::selectItem(int kind, qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it != nullptr; ++it) {
        if ((*it)->data(0, kKindRole).toInt() == kind && (*it)->data(0, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void AdminCenter::showMember(qint64 id)
{
    const v1::Member* member = findMember(id);
    if (member == nullptr) {
        showGroup(0);
        return;
    }
    m_member = id;
    m_group = 0;
    m_selected->setCurrentWidget(m_personPage);
    m_pages->setTabText(0, tr("Person"));
    const bool self = member->id() == qint64(m_account.account().account_id());
    m_personName->setText(QString::fromStdString(member->name()));
    m_personNickname->setText(QString::fromStdString(member->nickname()));
    m_personEmail->setText(QString::fromStdString(member->email()));
    m_personDescription->setText(QString::fromStdString(member->description()));
    // Administrator roles are the master's to give; nobody changes their own role.
    m_personRole->setCurrentIndex(std::max(0, m_personRole->findData(int(member->role()))));
    m_personRole->setEnabled(m_master && !self);
    m_personForm->setRowVisible(m_personGroup, member->role() == v1::ROLE_TECHNICIAN);
    m_personForm->setRowVisible(m_managedGroups, member->role() == v1::ROLE_ADMIN);
    m_personGroup->setCurrentIndex(std::max(0, m_personGroup->findData(QVariant::fromValue<qint64>(member->group_id()))));
    m_personEnabled->setChecked(member->enabled());
    m_personEnabled->setEnabled(!self);
    m_managedGroups->clear();
    const std::set<qint64> managed(member->managed_group_ids().begin(), member->managed_group_ids().end());
    for (const v1::Group& g : m_view.groups()) {
        auto* item = new QListWidgetItem(QString::fromStdString(g.name()), m_managedGroups);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(g.id()));
        item->setFlags(m_master ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setCheckState(managed.count(g.id()) != 0 ? Qt::Checked : Qt::Unchecked);
    }
    m_twoFactorState->setText(member->two_factor_enrolled() ? tr("Set up.") : tr("Not set up."));
    m_resetTwoFactor->setEnabled(member->two_factor_enrolled() && !self);
    m_deletePerson->setEnabled(!self);
}

void AdminCenter::showGroup(qint64 id)
{
    m_group = id;
    m_member = 0;
    const v1::Group* group = findGroup(id);
    m_selected->setCurrentIndex(group != nullptr ? 1 : 0);  // the group page (in its scroll area) or the hint
    m_pages->setTabText(0, tr("Group and permissions"));
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
    m_groupIpRules->setPlainText(group != nullptr ? QString::fromStdString(group->ip_restrictions()) : QString());
    m_groupIpRules->setReadOnly(!editable);
    m_requireTwoFactor->setChecked(group != nullptr && group->require_two_factor());
    m_locked->setEnabled(m_master && group != nullptr);
    m_locked->setChecked(group != nullptr && group->permissions_locked());
    m_lockNote->setText(locked && !m_master ? tr("A master administrator has locked these permissions.") : QString());
    m_saveGroup->setEnabled(group != nullptr);
    m_deleteGroup->setEnabled(group != nullptr);
}

void AdminCenter::saveGroup()
{
    const v1::Group* group = findGroup(m_group);
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
    wire->set_ip_restrictions(m_groupIpRules->toPlainText().trimmed().toStdString());
    wire->set_permissions_locked(m_locked->isChecked());
    send(request, QStringLiteral("save"));
}

void AdminCenter::savePerson()
{
    const v1::Member* member = findMember(m_member);
    if (member == nullptr) return;
    v1::AdminRequest request;
    v1::Member* wire = request.mutable_update_member();
    *wire = *member;
    wire->set_name(m_personName->text().trimmed().toStdString());
    wire->set_nickname(m_personNickname->text().trimmed().toStdString());
    wire->set_description(m_personDescription->text().trimmed().toStdString());
    wire->set_role(v1::Role(m_personRole->currentData().toInt()));
    wire->set_group_id(wire->role() == v1::ROLE_TECHNICIAN ? m_personGroup->currentData().toLongLong() : 0);
    wire->set_enabled(m_personEnabled->isChecked());
    wire->clear_managed_group_ids();
    if (wire->role() == v1::ROLE_ADMIN) {
        for (int i = 0; i < m_managedGroups->count(); ++i) {
            QListWidgetItem* item = m_managedGroups->item(i);
            if (item->checkState() == Qt::Checked) wire->add_managed_group_ids(item->data(Qt::UserRole).toLongLong());
        }
    }
    send(request, QStringLiteral("save"));
}

void AdminCenter::deleteSelected()
{
    v1::AdminRequest request;
    if (const v1::Member* member = findMember(m_member)) {
        const QString who = QString::fromStdString(member->name());
        if (!m_confirm(tr("Delete %1?").arg(who),
                       tr("%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for "
                          "the records: disable them instead.")
                           .arg(who))) {
            return;
        }
        request.set_delete_member(member->id());
    } else if (const v1::Group* group = findGroup(m_group)) {
        const QString name = QString::fromStdString(group->name());
        if (!m_confirm(tr("Delete the group %1?").arg(name), tr("Only an empty group can be deleted: move its groups and technicians first."))) {
            return;
        }
        request.set_delete_group(group->id());
    } else {
        return;
    }
    send(request, QStringLiteral("deleted"));
}

void AdminCenter::resetTwoFactor()
{
    const v1::Member* member = findMember(m_member);
    if (member == nullptr) return;
    const QString who = QString::fromStdString(member->name());
    if (!m_confirm(tr("Reset two-step sign-in for %1?").arg(who),
                   tr("Their authenticator app and recovery codes stop working. They sign in with the password alone and "
                      "set it up again (at once, when their group requires it)."))) {
        return;
    }
    v1::AdminRequest request;
    request.set_reset_two_factor(member->id());
    send(request, QStringLiteral("save"));
}

void AdminCenter::move(bool isGroup, qint64 id, qint64 targetGroup)
{
    v1::AdminRequest request;
    if (isGroup) {
        const v1::Group* group = findGroup(id);
        if (group == nullptr || id == targetGroup || group->parent_id() == targetGroup) return;
        *request.mutable_update_group() = *group;
        request.mutable_update_group()->set_parent_id(targetGroup);
    } else {
        const v1::Member* member = findMember(id);
        if (member == nullptr || member->role() != v1::ROLE_TECHNICIAN || targetGroup == 0 || member->group_id() == targetGroup) return;
        *request.mutable_update_member() = *member;
        request.mutable_update_member()->set_group_id(targetGroup);
    }
    send(request, QStringLiteral("moved"));
}

NewPersonDialog* AdminCenter::openNewPersonDialog()
{
    std::vector<v1::Group> groups(m_view.groups().begin(), m_view.groups().end());
    auto* dialog = new NewPersonDialog(groups, m_group, m_master, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        v1::AdminRequest request;
        *request.mutable_create_member() = dialog->request();
        send(request, QStringLiteral("created"));
    });
    dialog->open();
    return dialog;
}

PasswordDialog* AdminCenter::openPasswordDialog()
{
    const v1::Member* member = findMember(m_member);
    if (member == nullptr) return nullptr;
    const qint64 id = member->id();
    const bool own = id == qint64(m_account.account().account_id());
    auto* dialog = new PasswordDialog(QString::fromStdString(member->name()), own ? PasswordDialog::For::kMyself : PasswordDialog::For::kSomeoneElse,
                                      this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        v1::AdminRequest request;
        request.mutable_set_password()->set_member_id(id);
        request.mutable_set_password()->set_password(dialog->password().toStdString());
        request.mutable_set_password()->set_current_password(dialog->currentPassword().toStdString());
        send(request, QStringLiteral("save"));
    });
    dialog->open();
    return dialog;
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
    send(request, QStringLiteral("created"));
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
    rules->set_connecting_timeout_minutes(m_connectingTimeout->value());
    rules->set_waiting_timeout_minutes(m_waitingTimeout->value());
    rules->set_idle_timeout_minutes(m_idleTimeout->value());
    rules->set_max_sessions_per_technician(m_maxSessions->value());
    rules->set_terms(m_terms->toPlainText().trimmed().toStdString());
    send(request, QStringLiteral("rules-save"));
}

}  // namespace lifeline::console
