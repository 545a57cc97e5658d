#include "console/main_window.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "console/admin_center.h"
#include "console/new_session_dialog.h"
#include "console/person_dialog.h"
#include "console/session_controller.h"
#include "console/session_tab.h"
#include "console/texts.h"
#include "console/two_factor_dialog.h"
#include "core/input/clipboard.h"

namespace lifeline::console {

MainWindow::MainWindow(AccountController& account, ConsoleOptions options, QWidget* parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_options(std::move(options))
    , m_confirm([this](const QString& title, const QString& question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    })
{
    setWindowTitle(tr("Lifeline Console"));
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(SessionListModel::kSortRole);

    m_list = new QTableView;
    m_list->setModel(&m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SessionListModel::kStatus, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::kCustomer, QHeaderView::Stretch);
    m_list->setAlternatingRowColors(false);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) {
        const quint64 id = index.data(SessionListModel::kSessionIdRole).value<quint64>();
        if (SessionTab* tab = tabFor(id)) m_tabs->setCurrentWidget(tab);
    });

    auto* queue = new QWidget;
    auto* queueBar = new QToolBar;
    queueBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newSessionActions << queueBar->addAction(tr("New session…"), this, [this] { (void)openNewSessionDialog(); });
    auto* queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(queueBar);
    queueLayout->addWidget(m_list);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(queue, tr("Sessions"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);  // the queue stays
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    setCentralWidget(m_tabs);

    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    buildMenus();

    connect(&m_account, &AccountController::sessionsListed, &m_model, &SessionListModel::setList);
    connect(&m_account, &AccountController::sessionStateChanged, &m_model, &SessionListModel::applyState);
    connect(&m_model, &SessionListModel::unknownSession, &m_account, &AccountController::refreshSessions);
    connect(&m_account, &AccountController::signedIn, this, &MainWindow::updateStatus);
    connect(&m_account, &AccountController::signedIn, this, &MainWindow::showAdminCenter);
    connect(&m_account, &AccountController::signedIn, this, &MainWindow::onAccountChanged);
    connect(&m_account, &AccountController::accountChanged, this, &MainWindow::onAccountChanged);
    connect(&m_account, &AccountController::adminAnswered, this,
            [this](quint64 id, bool ok, const v1::AdminResponse&, const base::Error& error) {
                if (id != m_passwordCall) return;
                m_passwordCall = 0;
                if (ok) {
                    m_account.notePasswordChanged();
                    statusBar()->showMessage(tr("Your password was changed."), 15000);
                } else {
                    warn(tr("Password not changed"), tr("Your password was not changed: %1").arg(Texts::error(error)));
                }
            });
    if (m_account.isSignedIn()) {
        showAdminCenter();
        onAccountChanged();
    }
    connect(&m_account, &AccountController::connectionLost, this, [this](const base::Error& error) {
        updateStatus();
        warn(tr("Connection lost"), tr("The console lost its connection to the relay: %1 Sessions in tabs keep their own "
                                       "connections; sign in again to see the queue.")
                                        .arg(Texts::error(error)));
    });
    connect(&m_account, &AccountController::notesSaved, this, [this](quint64 id) {
        const QString text = tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        if (SessionTab* tab = tabFor(id)) tab->showNotesState(text);
    });
    connect(&m_account, &AccountController::notesFailed, this, [this](quint64 id, const base::Error& error) {
        if (SessionTab* tab = tabFor(id)) tab->showNotesState(tr("Not saved: %1").arg(Texts::error(error)));
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, &m_model, &SessionListModel::tick);
    m_tick.start();
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Tabs first: they refer to their controllers.
    for (auto& [controller, tab] : m_sessions) delete tab;
    for (auto& [controller, tab] : m_sessions) delete controller;
}

void MainWindow::buildMenus()
{
    QMenu* sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction* newSession = sessionMenu->addAction(tr("&New session…"), this, [this] { (void)openNewSessionDialog(); });
    newSession->setShortcut(QKeySequence::New);
    m_newSessionActions << newSession;
    QAction* closeTab = sessionMenu->addAction(tr("&End session and close tab"), this,
                                               [this] { this->closeTab(m_tabs->currentIndex()); });
    closeTab->setShortcut(QKeySequence::Close);
    sessionMenu->addSeparator();
    sessionMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* settings = menuBar()->addMenu(tr("S&ettings"));
    m_twoFactorAction = settings->addAction(tr("Set up &two-step sign-in…"), this, [this] { (void)openTwoFactorDialog(); });
    m_twoFactorAction->setEnabled(false);
    settings->addAction(tr("Change &password…"), this, [this] { (void)openPasswordChange(); });
    QMenu* languages = settings->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(languages);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const QString& code : consoleLanguages()) {
        const QString name = QLocale(code).nativeLanguageName();
        QAction* action = languages->addAction(name.left(1).toUpper() + name.mid(1));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The console uses the new language from its next start."), 10000);
        });
    }
}

int MainWindow::sessionTabCount() const
{
    int count = 0;
    for (int i = 0; i < m_tabs->count(); ++i) count += qobject_cast<SessionTab*>(m_tabs->widget(i)) != nullptr ? 1 : 0;
    return count;
}

void MainWindow::showAdminCenter()
{
    const v1::Role role = m_account.account().role();
    const bool administrator = role == v1::ROLE_ADMIN || role == v1::ROLE_MASTER_ADMIN;
    if (!administrator || m_adminCenter != nullptr) return;
    // Beside the queue, not closable: the administrator's second fixed tab.
    m_adminCenter = new AdminCenter(m_account);
    m_tabs->insertTab(1, m_adminCenter, tr("Admin Center"));
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
}

void MainWindow::onAccountChanged()
{
    const v1::SignInResult& me = m_account.account();
    m_twoFactorAction->setEnabled(m_account.isSignedIn() && !me.two_factor_enabled());
    for (QAction* action : m_newSessionActions) action->setVisible(mayStartSessions());
    // The password: expired (only changing it works now), or expiring within the warning days.
    if (m_account.isSignedIn() && me.password_change_required() && m_passwordChange == nullptr) {
        QTimer::singleShot(0, this, [this] {
            if (m_passwordChange == nullptr && m_account.account().password_change_required()) (void)openPasswordChange();
        });
    } else if (m_account.isSignedIn() && me.password_expires_at_unix_ms() > 0 && me.password_warn_days() > 0) {
        const qint64 left = me.password_expires_at_unix_ms() - QDateTime::currentMSecsSinceEpoch();
        const int days = int(left / (24LL * 3600 * 1000));
        if (left > 0 && days < me.password_warn_days()) {
            statusBar()->showMessage(tr("Your password expires in %n day(s): Settings → Change password.", nullptr, days), 60000);
        }
    }
    // Asked once per sign-in while the group requires it; "Later" leaves the menu item.
    // (After this pass, so that the window it belongs to is on the screen first.)
    if (m_account.isSignedIn() && me.two_factor_enrolment_required() && m_twoFactor == nullptr) {
        QTimer::singleShot(0, this, [this] {
            if (m_twoFactor == nullptr && m_account.account().two_factor_enrolment_required()) (void)openTwoFactorDialog();
        });
    }
}

bool MainWindow::mayStartSessions() const
{
    const v1::SignInResult& me = m_account.account();
    if (!me.in_group()) return true;
    return std::find(me.permissions().begin(), me.permissions().end(), v1::GROUP_PERMISSION_PRIVATE_SESSIONS) != me.permissions().end();
}

PasswordDialog* MainWindow::openPasswordChange()
{
    if (m_passwordChange != nullptr) {
        m_passwordChange->raise();
        return m_passwordChange;
    }
    const v1::SignInResult& me = m_account.account();
    m_passwordChange = new PasswordDialog(QString::fromStdString(me.email()),
                                          me.password_change_required() ? PasswordDialog::For::kMyselfExpired
                                                                        : PasswordDialog::For::kMyself,
                                          this);
    m_passwordChange->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordChange, &QDialog::accepted, this, [this, dialog = m_passwordChange] {
        v1::AdminRequest request;
        request.mutable_set_password()->set_member_id(qint64(m_account.account().account_id()));
        request.mutable_set_password()->set_current_password(dialog->currentPassword().toStdString());
        request.mutable_set_password()->set_password(dialog->password().toStdString());
        m_passwordCall = m_account.admin(request);
    });
    m_passwordChange->open();
    return m_passwordChange;
}

TwoFactorDialog* MainWindow::openTwoFactorDialog()
{
    if (m_twoFactor != nullptr) {
        m_twoFactor->raise();
        return m_twoFactor;
    }
    m_twoFactor = new TwoFactorDialog(m_account, m_account.account().two_factor_enrolment_required(), this);
    m_twoFactor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_twoFactor, &TwoFactorDialog::enrolled, this, [this] {
        statusBar()->showMessage(tr("Two-step sign-in is on: from now on, signing in asks for the app's code."), 15000);
    });
    m_twoFactor->open();
    return m_twoFactor;
}

SessionTab* MainWindow::tabFor(quint64 sessionId) const
{
    for (const auto& [controller, tab] : m_sessions) {
        if (controller->sessionId() == sessionId && sessionId != 0) return tab;
    }
    return nullptr;
}

void MainWindow::warn(const QString& title, const QString& text)
{
    m_lastWarning = text;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // never blocks the event loop
}

void MainWindow::updateStatus()
{
    if (!m_account.isSignedIn()) {
        m_status->setText(tr("Not connected to the relay."));
        return;
    }
    const v1::SignInResult& me = m_account.account();
    m_status->setText(tr("Signed in as %1 (%2) — %3 — relay %4:%5")
                          .arg(QString::fromStdString(me.nickname()), QString::fromStdString(me.email()),
                               QString::fromStdString(me.organisation_name()), m_account.relay().host)
                          .arg(m_account.relay().port));
}

bool MainWindow::refuseWhenFull()
{
    // This console's own limit, or the organisation's when lower (the relay enforces that one).
    const int organisation = m_account.account().max_sessions();
    const int most = organisation > 0 ? std::min(m_options.maxSessions, organisation) : m_options.maxSessions;
    if (sessionTabCount() < most) return false;
    warn(tr("Too many sessions"),
         tr("You already have %n session(s) open, the most allowed. End one to start another.", nullptr, most));
    return true;
}

SessionController* MainWindow::startSession(const QString& customerName, const QString& reference)
{
    if (refuseWhenFull()) return nullptr;
    session::TechnicianSession::Options options;
    options.host = m_account.relay().host;
    options.port = m_account.relay().port;
    options.tls = m_account.relay().tls;
    options.resumeToken = m_account.account().resume_token();
    options.myName = QString::fromStdString(m_account.account().nickname());
    options.openClipboard = [] { return input::openX11Clipboard({}, input::kDefaultClipboardMaxBytes); };
    options.receiveFolder = (m_options.downloadFolder.isEmpty()
                                 ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) + QStringLiteral("/Lifeline")
                                 : m_options.downloadFolder)
                                .toStdString();
    auto* controller = new SessionController(std::move(options));
    auto* tab = new SessionTab(*controller, {});
    tab->setConfirm([this](const QString& title, const QString& question) { return m_confirm(title, question); });
    tab->setFullScreenWhenShared(m_options.fullScreenView);
    m_sessions.emplace(controller, tab);
    m_tabs->addTab(tab, customerName);
    m_tabs->setCurrentWidget(tab);

    connect(tab, &SessionTab::notesSaveRequested, &m_account, &AccountController::saveNotes);
    connect(tab, &SessionTab::titleChanged, this, [this, tab](const QString& title) {
        const int index = m_tabs->indexOf(tab);
        if (index > 0 && !title.isEmpty()) m_tabs->setTabText(index, title);
    });
    connect(controller, &SessionController::created, this,
            [this, controller, customerName, reference](const v1::CreateSessionResult& result) {
                m_model.addCreated(result.session_id(), customerName, reference, result);
                emit sessionCreated(QString::fromStdString(result.pin()));
            });
    connect(controller, &SessionController::failed, this, [this, tab, controller](const base::Error& error) {
        if (controller->sessionId() == 0) {
            // Never made: nothing to keep.
            const int index = m_tabs->indexOf(tab);
            if (index > 0) closeTab(index);
        }
        warn(tr("Session"), Texts::error(error));
    });
    controller->create(customerName, reference);
    return controller;
}

NewSessionDialog* MainWindow::openNewSessionDialog()
{
    if (refuseWhenFull()) return nullptr;
    auto* dialog = new NewSessionDialog(QString::fromStdString(m_account.account().nickname()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewSessionDialog::createRequested, this, [this, dialog](const QString& name, const QString& reference) {
        SessionController* controller = startSession(name, reference);
        if (controller == nullptr) {
            dialog->showFailed(m_lastWarning);
            return;
        }
        QPointer<NewSessionDialog> guard(dialog);
        connect(controller, &SessionController::created, dialog, &NewSessionDialog::showCreated);
        connect(controller, &SessionController::failed, dialog,
                [guard](const base::Error& error) { if (guard) guard->showFailed(Texts::error(error)); });
    });
    dialog->open();
    return dialog;
}

void MainWindow::closeTab(int index)
{
    if (index <= 0) return;
    auto* tab = qobject_cast<SessionTab*>(m_tabs->widget(index));
    if (tab == nullptr) return;
    SessionController* controller = &tab->session();
    if (controller->sessionId() != 0 && !controller->isEnded() && !tab->confirmEnd()) return;
    m_tabs->removeTab(index);
    m_sessions.erase(controller);
    tab->deleteLater();
    // The End goes out first on the session's own connection; give it a moment before the
    // connection closes, so the relay records "ended by technician", not a disconnect.
    if (controller->isEnded() || controller->sessionId() == 0) {
        controller->deleteLater();
    } else {
        connect(controller, &SessionController::stateChanged, controller, [controller] {
            if (controller->isEnded()) controller->deleteLater();
        });
        QTimer::singleShot(3000, controller, &QObject::deleteLater);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_forceClose) {
        event->accept();
        return;
    }
    if (m_quitting) {
        event->ignore();  // already ending the sessions; closes by itself
        return;
    }
    int open = 0;
    for (const auto& [controller, tab] : m_sessions) open += controller->sessionId() != 0 && !controller->isEnded();
    if (open > 0) {
        if (!m_confirm(tr("Quit"), tr("%n session(s) still open. Quit and end them?", nullptr, open))) {
            event->ignore();
            return;
        }
        // Each End goes out on its session's own connection; quit once the relay confirmed
        // them all (or after a few seconds), so the records say "ended by technician".
        event->ignore();
        m_quitting = true;
        for (const auto& [controller, tab] : m_sessions) {
            controller->end();
            connect(controller, &SessionController::stateChanged, this, [this] {
                for (const auto& [c, t] : m_sessions) {
                    if (c->sessionId() != 0 && !c->isEnded()) return;
                }
                m_forceClose = true;
                close();
            });
        }
        QTimer::singleShot(3000, this, [this] {
            m_forceClose = true;
            close();
        });
        return;
    }
    event->accept();
}

}  // namespace lifeline::console
