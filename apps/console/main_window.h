#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <map>

#include "console/account_controller.h"
#include "console/console_options.h"
#include "console/session_list_model.h"
#include "console/person_dialog.h"
#include "console/session_tab.h"
#include "console/two_factor_dialog.h"

class QLabel;
class QTabWidget;
class QTableView;

namespace lifeline::console {

class SessionController;

// The console's window: the Sessions tab (the live queue) and one tab per support session
// this console runs, up to the technician's limit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AccountController& account, ConsoleOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Creates a session on the relay and opens its tab; nullptr (after telling the
    // technician) when the tab limit is reached.
    SessionController* startSession(const QString& customerName, const QString& reference);
    // The New session dialog; returns it (open, not modal) for tests.
    class NewSessionDialog* openNewSessionDialog();

    SessionListModel& model() { return m_model; }
    QTableView* list() const { return m_list; }
    QTabWidget* tabs() const { return m_tabs; }
    int sessionTabCount() const;
    // Administrators only (nullptr otherwise, and before signing in).
    class AdminCenter* adminCenter() const { return m_adminCenter; }
    // Sets up two-step sign-in (asked at sign-in when the group requires it, or from the
    // Settings menu); returns the dialog (open, window-modal) for tests.
    TwoFactorDialog* openTwoFactorDialog();
    TwoFactorDialog* twoFactorDialog() const { return m_twoFactor; }
    // Changes one's own password (asked at sign-in when it has expired, or from the
    // Settings menu); returns the dialog (open, window-modal) for tests.
    PasswordDialog* openPasswordChange();
    PasswordDialog* passwordChangeDialog() const { return m_passwordChange; }
    // Whether the group allows starting sessions (the New session commands are hidden if not).
    bool mayStartSessions() const;
    SessionTab* tabFor(quint64 sessionId) const;
    QString lastWarning() const { return m_lastWarning; }
    // How the window and its tabs ask "are you sure?" (tests answer it themselves).
    void setConfirm(SessionTab::Confirm confirm) { m_confirm = std::move(confirm); }

signals:
    // Each session this window started, once the relay gave it a PIN.
    void sessionCreated(const QString& pin);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void closeTab(int index);
    void warn(const QString& title, const QString& text);
    // True (after telling the technician) when the session tabs are at the limit.
    bool refuseWhenFull();
    void updateStatus();
    void showAdminCenter();
    void onAccountChanged();

    AccountController& m_account;
    ConsoleOptions m_options;
    SessionListModel m_model;
    QSortFilterProxyModel m_proxy;
    QTabWidget* m_tabs;
    QTableView* m_list;
    QLabel* m_status;
    QTimer m_tick;
    std::map<SessionController*, SessionTab*> m_sessions;
    QString m_lastWarning;
    bool m_quitting = false;    // sessions told to end; closing when they have
    bool m_forceClose = false;
    SessionTab::Confirm m_confirm;
    class AdminCenter* m_adminCenter = nullptr;
    QPointer<TwoFactorDialog> m_twoFactor;
    QAction* m_twoFactorAction = nullptr;
    QPointer<PasswordDialog> m_passwordChange;
    quint64 m_passwordCall = 0;
    QList<QAction*> m_newSessionActions;
};

}  // namespace lifeline::console
