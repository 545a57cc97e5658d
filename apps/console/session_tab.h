#pragma once

#include <QPointer>
#include <QWidget>

#include "console/session_controller.h"

#include <functional>

class QAction;
class QMenu;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace lifeline::ui {
class ChatView;
class RemoteView;
}  // namespace lifeline::ui

namespace lifeline::console {

class FileManager;

// One session in the workspace: a state banner, the desktop toolbar (request view and
// control, fit or 1:1, full screen on a chosen monitor, customer monitor, quality, colours,
// special keys, clipboard, screenshot, end), the customer's desktop, and beside it chat,
// notes and the connection panel.
class SessionTab : public QWidget
{
    Q_OBJECT

public:
    SessionTab(SessionController& session, const QString& notes, QWidget* parent = nullptr);
    ~SessionTab() override;

    SessionController& session() { return m_session; }
    ui::RemoteView* view() const { return m_view; }
    ui::ChatView* chat() const { return m_chat; }
    QString bannerText() const;
    QString notes() const;
    void showNotesState(const QString& text);
    QAction* viewAction() const { return m_viewAction; }
    QAction* controlAction() const { return m_controlAction; }
    QAction* clipboardAction() const { return m_clipboardAction; }
    // Hides what the session's policy (the technician's group, fixed when the session was
    // made) does not allow: the customer's applet would refuse it anyway.
    void applyPolicy(const v1::SessionPolicy& policy);
    QLabel* telemetryLabel(int row) const;
    QComboBox* monitorBox() const { return m_monitor; }
    QComboBox* qualityBox() const { return m_quality; }
    QComboBox* coloursBox() const { return m_colours; }
    QMenu* specialKeysMenu() const;
    QAction* fitAction() const { return m_fitAction; }
    // Chat, Notes, Connection.
    QTabWidget* sidePages() const { return m_side; }
    // Desktop, File Manager.
    QTabWidget* mainPages() const { return m_main; }
    FileManager* fileManager() const { return m_files; }

    // How the tab asks "are you sure?" (a message box; tests answer it themselves).
    using Confirm = std::function<bool(const QString& title, const QString& question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Saves the customer's screen as it is now as PNG; false when there is none or the
    // file cannot be written.
    bool saveScreenshotTo(const QString& path) const;

    // Full screen at 1:1 on `screenIndex` of QGuiApplication::screens() (-1: the screen the
    // console is on); again to leave.
    void showFullScreen(int screenIndex = -1);
    bool isFullScreen() const { return m_fullScreen != nullptr; }
    // With --fullscreen-view: goes full screen as soon as the customer shares the screen.
    void setFullScreenWhenShared(bool on) { m_fullScreenWhenShared = on; }
    // Asks to confirm, then ends the session; false when the technician changed their mind.
    bool confirmEnd();

signals:
    void notesSaveRequested(quint64 sessionId, const QString& notes);
    void titleChanged(const QString& title);

private:
    void buildToolbar();
    void updateState();
    void onLayout(const v1::DisplayLayout& layout);
    void saveScreenshot();
    void leaveFullScreen();

    SessionController& m_session;
    QLabel* m_banner;
    QToolBar* m_toolbar;
    QSplitter* m_splitter;
    QTabWidget* m_side;
    QTabWidget* m_main;
    FileManager* m_files;
    ui::RemoteView* m_view;
    ui::ChatView* m_chat;
    QPlainTextEdit* m_notes;
    QLabel* m_notesState;
    QList<QLabel*> m_telemetry;
    QAction* m_viewAction = nullptr;
    QAction* m_controlAction = nullptr;
    QAction* m_clipboardAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_endAction = nullptr;
    QComboBox* m_monitor = nullptr;
    QComboBox* m_quality = nullptr;
    QComboBox* m_colours = nullptr;
    QToolButton* m_keys = nullptr;
    QPointer<QWidget> m_fullScreen;
    bool m_fullScreenWhenShared = false;
    bool m_wentFullScreen = false;
    Confirm m_confirm;
};

}  // namespace lifeline::console
