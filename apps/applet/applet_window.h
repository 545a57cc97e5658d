#pragma once

#include <QPointer>
#include <QWidget>

#include <deque>
#include <map>

#include "applet/applet_controller.h"
#include "applet/consent_dialog.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace lifeline::ui {
class ChatView;
class PinEdit;
}  // namespace lifeline::ui

namespace lifeline::applet {

class IndicatorBar;

// The applet's one window, a page at a time: the code, connecting, who is asking (and the
// terms to accept), the session (what is shared, chat, Stop, Leave), the end and why. Asks
// the permission questions one after another, shows the indicator bar while anything is
// shared, and brings itself forward when a chat message arrives while it is hidden.
class AppletWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page { kPin, kConnecting, kTerms, kSession, kEnded };

    explicit AppletWindow(AppletController& controller, QWidget* parent = nullptr);
    ~AppletWindow() override;

    // Fills the code in and joins at once (PIN from the command line or the file name).
    void joinWith(const QString& pin);
    // The Pause/Break key, or anything else that must act like Stop.
    void panic();

    Page page() const;
    // For tests and screenshots.
    ui::PinEdit* pinEdit() const { return m_pin; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* declineButton() const { return m_decline; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* leaveButton() const { return m_leave; }
    ui::ChatView* chat() const { return m_chat; }
    // Files received (their paths here) and the line about the transfer under way.
    QStringList savedFiles() const;
    QString fileActivity() const;
    // Basic mode: what the technician publishes, and downloading one into `folder` (the
    // Download… button asks the customer for the folder first).
    QStringList publishedNames() const;
    QWidget* publishedBox() const { return m_publishedBox; }
    QListWidget* publishedList() const { return m_publishedList; }
    void downloadPublished(quint32 id, const QString& folder);
    IndicatorBar* indicator() const { return m_indicator; }
    ConsentDialog* openQuestion() const { return m_question; }
    QString statusText() const;
    QString endedText() const;
    QString whoText() const;
    int unreadMessages() const { return m_unread; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void onFileProgress(const session::TransferProgress& progress);
    void onPublishedChanged();
    QWidget* buildPinPage();
    QWidget* buildConnectingPage();
    QWidget* buildTermsPage();
    QWidget* buildSessionPage();
    QWidget* buildEndedPage();
    void onStateChanged(AppletController::State state);
    void onGrantsChanged();
    void onChatLine(const session::ChatLine& line);
    void ask(session::Permission permission);
    void askSinglePrompt();
    void withdraw(session::Permission permission);
    void showNextQuestion();
    void closeQuestions();
    void updateStatus();
    void updateTitle();

    AppletController& m_controller;
    QStackedWidget* m_pages;
    // PIN page
    ui::PinEdit* m_pin;
    QPushButton* m_connect;
    QLabel* m_pinError;
    // terms page
    QLabel* m_termsWho;
    QTextBrowser* m_terms;
    QPushButton* m_accept;
    QPushButton* m_decline;
    // session page
    QLabel* m_who;
    QLabel* m_status;
    ui::ChatView* m_chat;
    QWidget* m_filesBox = nullptr;
    QLabel* m_fileActivity = nullptr;
    QProgressBar* m_fileProgress = nullptr;
    QListWidget* m_files = nullptr;
    QWidget* m_publishedBox = nullptr;
    QLabel* m_publishedTitle = nullptr;
    QListWidget* m_publishedList = nullptr;
    std::map<quint64, QString> m_downloadFolders;  // downloads under way -> the folder chosen
    QPushButton* m_stop;
    QPushButton* m_leave;
    // ended page
    QLabel* m_ended;
    IndicatorBar* m_indicator;
    QTimer* m_reconnectTicker;
    // Questions wait their turn: one dialog at a time.
    struct Question
    {
        bool singlePrompt = false;
        session::Permission permission{};
    };
    std::deque<Question> m_questions;
    QPointer<ConsentDialog> m_question;
    int m_unread = 0;
    bool m_closeWhenEnded = false;  // the customer closed the window during the session
};

}  // namespace lifeline::applet
