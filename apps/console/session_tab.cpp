#include "console/session_tab.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "console/file_manager.h"
#include "console/session_list_model.h"
#include "console/texts.h"
#include "ui/chat_view.h"
#include "ui/remote_view.h"

namespace lifeline::console {

using session::Permission;

namespace {

enum TelemetryRow { kRoundTrip, kClickToFrame, kFps, kBitrate, kEncoder, kPath, kFrames, kRecoveries, kRowCount };

// The full-screen window: the view fills the screen edge to edge, so the customer's desktop
// shows at 1:1 when the two screens are the same size. The way out is a small bar over the
// top edge that slides away after a few seconds and comes back when the pointer touches the
// top edge. Closing the window in any way (window manager included) hands the view back to
// the tab instead of deleting it.
class FullScreenWindow : public QWidget
{
public:
    static constexpr int kBarShownMs = 3000;

    FullScreenWindow(QWidget* view, QWidget* bar, std::function<void()> onClose)
        : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint)
        , m_view(view)
        , m_bar(bar)
        , m_onClose(std::move(onClose))
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(view);
        view->show();  // a widget taken from a tab widget's stack stays hidden until shown
        bar->setParent(this);
        bar->setAutoFillBackground(true);
        m_hideBar.setSingleShot(true);
        m_hideBar.setInterval(kBarShownMs);
        connect(&m_hideBar, &QTimer::timeout, this, [this] {
            if (!m_bar->underMouse()) m_bar->hide();
        });
        view->setMouseTracking(true);
        view->installEventFilter(this);
        if (auto* area = qobject_cast<QAbstractScrollArea*>(view)) area->viewport()->installEventFilter(this);
        showBar();
    }

    void showBar()
    {
        m_bar->adjustSize();
        m_bar->move((width() - m_bar->width()) / 2, 0);
        m_bar->show();
        m_bar->raise();
        m_hideBar.start();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::MouseMove) {
            const QPoint at = mapFromGlobal(static_cast<QMouseEvent*>(event)->globalPosition().toPoint());
            if (at.y() <= 1 && !m_bar->isVisible()) showBar();
        }
        return QWidget::eventFilter(watched, event);
    }
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        m_bar->move((width() - m_bar->width()) / 2, 0);
    }
    void closeEvent(QCloseEvent* event) override
    {
        event->ignore();
        m_onClose();
    }

private:
    QWidget* m_view;
    QWidget* m_bar;
    QTimer m_hideBar;
    std::function<void()> m_onClose;
};

QString msText(qint64 ms)
{
    return ms < 0 ? QStringLiteral("—") : SessionTab::tr("%1 ms").arg(ms);
}

}  // namespace

SessionTab::SessionTab(SessionController& session, const QString& notes, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm([this](const QString& title, const QString& question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    })
{
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_toolbar = new QToolBar;
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view = new ui::RemoteView;
    m_view->setPlaceholderText(tr("The customer's screen shows here once they allow it."));
    m_chat = new ui::ChatView;

    m_notes = new QPlainTextEdit(notes);
    m_notes->setPlaceholderText(tr("Notes about this session, kept with its record on the relay."));
    m_notesState = new QLabel;
    auto* saveNotes = new QPushButton(tr("&Save notes"));
    connect(saveNotes, &QPushButton::clicked, this, [this] {
        m_notesState->setText(tr("Saving…"));
        emit notesSaveRequested(m_session.sessionId(), m_notes->toPlainText());
    });
    auto* notesPage = new QWidget;
    auto* notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_notes);
    auto* notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notesState, 1);
    notesRow->addWidget(saveNotes);
    notesLayout->addLayout(notesRow);

    auto* connectionPage = new QWidget;
    auto* form = new QFormLayout(connectionPage);
    const QStringList names{tr("Round trip:"), tr("Click to picture:"), tr("Frame rate:"), tr("Bitrate:"),
                            tr("Encoder:"),    tr("Path:"),             tr("Frames:"),      tr("Recoveries:")};
    for (const QString& name : names) {
        auto* value = new QLabel(QStringLiteral("—"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(name, value);
        m_telemetry.push_back(value);
    }

    m_side = new QTabWidget;
    m_side->addTab(m_chat, tr("Chat"));
    m_side->addTab(notesPage, tr("Notes"));
    m_side->addTab(connectionPage, tr("Connection"));

    m_files = new FileManager(m_session);
    m_main = new QTabWidget;
    m_main->setDocumentMode(true);
    m_main->addTab(m_view, tr("Desktop"));
    m_main->addTab(m_files, tr("File Manager"));
    m_splitter = new QSplitter;
    m_splitter->addWidget(m_main);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    buildToolbar();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_splitter, 1);

    // Chat keeps focus in its field after sending.
    connect(m_chat, &ui::ChatView::sendRequested, this, [this](const QString& text) {
        m_session.sendChat(text);
        m_chat->input()->setFocus();
    });
    connect(&m_session, &SessionController::chatLine, m_chat, &ui::ChatView::addLine);

    // Picture, cursor, layout.
    connect(&m_session, &SessionController::pictureReset, this, [this](QSize size) {
        if (m_view->picture().size() == size) return;
        m_view->resetPicture(size);
        if (m_fullScreenWhenShared) updateState();  // the first picture: --fullscreen-view may go now
    });
    connect(&m_session, &SessionController::pictureUpdated, this, [this](const QList<PicturePatch>& patches) {
        for (const PicturePatch& patch : patches) m_view->updatePicture(patch.image, patch.at);
    });
    connect(&m_session, &SessionController::cursorImageChanged, m_view, &ui::RemoteView::setCursorImage);
    connect(&m_session, &SessionController::cursorMoved, this,
            [this](QPoint at) { m_view->setRemoteCursor(m_view->remoteOrigin() + at); });
    connect(&m_session, &SessionController::layoutChanged, this, &SessionTab::onLayout);

    // Input from the view goes to the customer.
    connect(m_view, &ui::RemoteView::pointerMoved, &m_session, &SessionController::movePointer);
    connect(m_view, &ui::RemoteView::buttonChanged, &m_session, &SessionController::button);
    connect(m_view, &ui::RemoteView::wheelTurned, &m_session, &SessionController::wheel);
    connect(m_view, &ui::RemoteView::keyChanged, &m_session, &SessionController::key);

    connect(&m_session, &SessionController::created, this, [this](const v1::CreateSessionResult& result) {
        if (result.has_policy()) applyPolicy(result.policy());
    });
    connect(&m_session, &SessionController::stateChanged, this, &SessionTab::updateState);
    connect(&m_session, &SessionController::consentChanged, this, &SessionTab::updateState);
    connect(&m_session, &SessionController::controlStateChanged, this, &SessionTab::updateState);
    connect(&m_session, &SessionController::telemetryChanged, this, [this](const session::SessionTelemetry& t) {
        m_telemetry[kRoundTrip]->setText(msText(t.roundTripMs));
        m_telemetry[kClickToFrame]->setText(msText(t.clickToFrameMs));
        m_telemetry[kFps]->setText(tr("%1 fps").arg(t.fps, 0, 'f', 1));
        m_telemetry[kBitrate]->setText(t.kbitPerSecond >= 1000 ? tr("%1 Mbit/s").arg(t.kbitPerSecond / 1000, 0, 'f', 2)
                                                               : tr("%1 kbit/s").arg(t.kbitPerSecond, 0, 'f', 0));
        m_telemetry[kEncoder]->setText(t.codec.isEmpty() ? QStringLiteral("—") : t.codec);
        m_telemetry[kPath]->setText(t.path);
        m_telemetry[kFrames]->setText(QString::number(t.framesDecoded));
        // A recovery means the picture stalled and had to be resynchronised: worth a report.
        m_telemetry[kRecoveries]->setText(QString::number(t.recoveries));
        m_telemetry[kRecoveries]->setToolTip(
            t.recoveries == 0 ? QString()
                              : tr("The picture stalled and was resynchronised. Please report this with the "
                                   "customer's log."));
    });
    connect(&m_session, &SessionController::clipboardFailed, this, [this](const base::Error& error) {
        m_chat->addLine({session::ChatLine::Kind::kNotice, {},
                         tr("Clipboard sharing is not available here: %1").arg(Texts::error(error)),
                         QDateTime::currentDateTime()});
    });
    updateState();
}

SessionTab::~SessionTab()
{
    leaveFullScreen();
}

void SessionTab::buildToolbar()
{
    m_viewAction = m_toolbar->addAction(tr("View screen"));
    m_viewAction->setCheckable(true);
    m_viewAction->setToolTip(tr("Ask the customer to show their screen; again to stop viewing."));
    connect(m_viewAction, &QAction::triggered, this, [this](bool on) {
        if (on) {
            m_session.requestPermission(Permission::kViewScreen);
        } else {
            m_session.releasePermission(Permission::kControl);
            m_session.releasePermission(Permission::kViewScreen);
        }
        updateState();
    });
    m_controlAction = m_toolbar->addAction(tr("Control"));
    m_controlAction->setCheckable(true);
    m_controlAction->setToolTip(tr("Ask the customer for control of mouse and keyboard; again to give it back."));
    connect(m_controlAction, &QAction::triggered, this, [this](bool on) {
        if (on) {
            if (!m_session.isGranted(Permission::kViewScreen)) m_session.requestPermission(Permission::kViewScreen);
            m_session.requestPermission(Permission::kControl);
        } else {
            m_session.releasePermission(Permission::kControl);
        }
        updateState();
    });
    m_toolbar->addSeparator();

    m_fitAction = m_toolbar->addAction(tr("Fit"));
    m_fitAction->setCheckable(true);
    m_fitAction->setChecked(true);
    m_fitAction->setToolTip(tr("Scale the customer's screen to fit; off: 1:1 with scroll bars."));
    connect(m_fitAction, &QAction::toggled, this,
            [this](bool fit) { m_view->setScale(fit ? ui::RemoteView::Scale::kFit : ui::RemoteView::Scale::kActual); });

    auto* fullScreen = new QToolButton;
    fullScreen->setText(tr("Full screen"));
    fullScreen->setPopupMode(QToolButton::MenuButtonPopup);
    auto* screens = new QMenu(fullScreen);
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        screens->clear();
        const auto list = QGuiApplication::screens();
        for (int i = 0; i < list.size(); ++i) {
            const QRect g = list[i]->geometry();
            screens->addAction(tr("On %1 (%2×%3)").arg(list[i]->name()).arg(g.width()).arg(g.height()), this,
                               [this, i] { showFullScreen(i); });
        }
    });
    fullScreen->setMenu(screens);
    connect(fullScreen, &QToolButton::clicked, this, [this] { showFullScreen(-1); });
    m_toolbar->addWidget(fullScreen);

    m_monitor = new QComboBox;
    m_monitor->setToolTip(tr("Which of the customer's monitors to show"));
    m_monitor->setEnabled(false);
    connect(m_monitor, &QComboBox::activated, this, [this](int row) { m_session.selectMonitor(m_monitor->itemData(row).toInt()); });
    m_toolbar->addWidget(m_monitor);

    m_quality = new QComboBox;
    m_quality->addItem(tr("Automatic"), int(v1::QUALITY_MODE_AUTOMATIC));
    m_quality->addItem(tr("Standard (sharp)"), int(v1::QUALITY_MODE_STANDARD));
    m_quality->addItem(tr("Performance (fast)"), int(v1::QUALITY_MODE_PERFORMANCE));
    m_quality->setToolTip(tr("Automatic keeps text sharp and sends moving pictures as video; Standard sends "
                             "everything sharp; Performance sends everything that moves as video."));
    connect(m_quality, &QComboBox::activated, this,
            [this](int row) { m_session.setQuality(v1::QualityMode(m_quality->itemData(row).toInt())); });
    m_toolbar->addWidget(m_quality);

    m_colours = new QComboBox;
    m_colours->addItem(tr("Full colour"), 24);
    m_colours->addItem(tr("16-bit colour"), 16);
    m_colours->addItem(tr("256 colours"), 8);
    connect(m_colours, &QComboBox::activated, this, [this](int row) {
        const int bits = m_colours->itemData(row).toInt();
        // Fewer colours is a way of sending everything sharp with fewer bytes: Standard.
        if (bits != 24 && m_quality->currentData().toInt() != int(v1::QUALITY_MODE_STANDARD)) {
            m_quality->setCurrentIndex(m_quality->findData(int(v1::QUALITY_MODE_STANDARD)));
            m_session.setQuality(v1::QUALITY_MODE_STANDARD);
        }
        m_session.setColourDepth(bits);
    });
    m_toolbar->addWidget(m_colours);

    m_keys = new QToolButton;
    m_keys->setText(tr("Special keys"));
    m_keys->setPopupMode(QToolButton::InstantPopup);
    auto* keys = new QMenu(m_keys);
    const std::pair<QString, v1::SpecialKeys> sequences[] = {
        {tr("Ctrl+Alt+Del"), v1::SPECIAL_KEYS_CTRL_ALT_DEL},
        {tr("Alt+Tab"), v1::SPECIAL_KEYS_ALT_TAB},
        {tr("Windows / Super key"), v1::SPECIAL_KEYS_SUPER},
        {tr("Print Screen"), v1::SPECIAL_KEYS_PRINT_SCREEN},
        {tr("Ctrl+Esc"), v1::SPECIAL_KEYS_CTRL_ESC},
    };
    for (const auto& [label, keysToSend] : sequences) {
        keys->addAction(label, this, [this, k = keysToSend] { m_session.specialKeys(k); });
    }
    m_keys->setMenu(keys);
    m_toolbar->addWidget(m_keys);

    m_clipboardAction = m_toolbar->addAction(tr("Clipboard"));
    m_clipboardAction->setCheckable(true);
    m_clipboardAction->setToolTip(tr("Share the clipboard with the customer (they are asked first)."));
    connect(m_clipboardAction, &QAction::triggered, this, [this](bool on) {
        if (on) {
            m_session.requestPermission(Permission::kClipboard);
        } else {
            m_session.releasePermission(Permission::kClipboard);
        }
        updateState();
    });

    m_toolbar->addAction(tr("Screenshot"), this, &SessionTab::saveScreenshot);
    m_toolbar->addSeparator();
    m_endAction = m_toolbar->addAction(tr("End session"), this, [this] { (void)confirmEnd(); });
}

void SessionTab::applyPolicy(const v1::SessionPolicy& policy)
{
    auto allowed = [&](v1::Permission permission) {
        return std::find(policy.allowed().begin(), policy.allowed().end(), permission) != policy.allowed().end();
    };
    m_viewAction->setVisible(allowed(v1::PERMISSION_VIEW_SCREEN) || allowed(v1::PERMISSION_CONTROL));
    m_controlAction->setVisible(allowed(v1::PERMISSION_CONTROL));
    m_clipboardAction->setVisible(allowed(v1::PERMISSION_CLIPBOARD));
    const bool files = allowed(v1::PERMISSION_SEND_FILES) || allowed(v1::PERMISSION_RECEIVE_FILES) || allowed(v1::PERMISSION_MANAGE_FILES);
    m_main->setTabVisible(m_main->indexOf(m_files), files);
}

QLabel* SessionTab::telemetryLabel(int row) const
{
    return m_telemetry.value(row);
}

QString SessionTab::bannerText() const
{
    return m_banner->text();
}

void SessionTab::showNotesState(const QString& text)
{
    m_notesState->setText(text);
}

QString SessionTab::notes() const
{
    return m_notes->toPlainText();
}

void SessionTab::updateState()
{
    const v1::SessionState& state = m_session.state();
    const QString customer = m_session.customerName().isEmpty() ? tr("the customer") : m_session.customerName();
    const bool active = state.status() == v1::SESSION_STATUS_ACTIVE;
    const bool viewing = active && m_session.isGranted(Permission::kViewScreen);
    const bool control = active && m_session.isGranted(Permission::kControl);
    QString text;
    QColor colour(230, 230, 230);
    if (m_session.isEnded()) {
        text = tr("Session ended: %1.").arg(SessionListModel::endReasonText(state.end_reason()).isEmpty()
                                                ? SessionListModel::statusText(state.status())
                                                : SessionListModel::endReasonText(state.end_reason()));
        colour = QColor(246, 210, 210);
    } else if (state.status() == v1::SESSION_STATUS_WAITING) {
        const QString pin = m_session.pin();
        text = tr("Waiting for %1 to join with PIN %2.").arg(customer, pin.left(3) + u' ' + pin.mid(3));
    } else if (state.status() == v1::SESSION_STATUS_CONNECTING || state.status() == v1::SESSION_STATUS_UNSPECIFIED) {
        text = tr("Connecting…");
    } else if (state.status() == v1::SESSION_STATUS_RECONNECTING) {
        text = tr("%1's connection dropped; waiting for the applet to come back.").arg(customer);
        colour = QColor(255, 224, 160);
    } else if (control && m_session.controlPausedByCustomer()) {
        text = tr("Control paused: %1 is using the mouse or keyboard.").arg(customer);
        colour = QColor(255, 224, 160);
    } else if (control) {
        text = tr("In control of %1's computer.").arg(customer);
        colour = QColor(214, 240, 214);
    } else if (m_session.isPending(Permission::kViewScreen) || m_session.isPending(Permission::kControl)) {
        text = tr("Waiting for %1 to answer…").arg(customer);
    } else if (const auto last = m_session.lastConsentChange(); last.answer == v1::PERMISSION_ANSWER_REVOKED) {
        text = tr("Stopped by %1: nothing is shared now. Ask again when they are ready.").arg(customer);
        colour = QColor(255, 224, 160);
    } else if (viewing) {
        text = last.permission == Permission::kControl && last.answer == v1::PERMISSION_ANSWER_DENIED
                   ? tr("Viewing %1's screen (view only); %1 declined control.").arg(customer)
                   : tr("Viewing %1's screen (view only).").arg(customer);
        colour = QColor(214, 228, 246);
    } else if (last.answer == v1::PERMISSION_ANSWER_DENIED) {
        text = tr("%1 declined. Ask again, or explain in the chat why you need it.").arg(customer);
        colour = QColor(255, 224, 160);
    } else if (last.answer == v1::PERMISSION_ANSWER_REFUSED_BY_POLICY) {
        text = tr("Your organisation's policy does not allow this in this session.");
        colour = QColor(255, 224, 160);
    } else {
        text = tr("Connected with %1. Ask to view the screen or chat.").arg(customer);
    }
    m_banner->setText(text);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(palette);

    const bool open = !m_session.isEnded();
    m_viewAction->setEnabled(active);
    m_viewAction->setChecked(viewing || m_session.isPending(Permission::kViewScreen));
    m_controlAction->setEnabled(active);
    m_controlAction->setChecked(control || m_session.isPending(Permission::kControl));
    m_clipboardAction->setEnabled(active);
    m_clipboardAction->setChecked(m_session.isGranted(Permission::kClipboard) || m_session.isPending(Permission::kClipboard));
    m_keys->setEnabled(control);
    m_monitor->setEnabled(viewing && m_monitor->count() > 1);
    m_quality->setEnabled(viewing);
    m_colours->setEnabled(viewing);
    m_endAction->setEnabled(open);
    m_chat->setInputEnabled(active || state.status() == v1::SESSION_STATUS_RECONNECTING);
    m_view->setControlEnabled(control && !m_session.controlPausedByCustomer());

    if (viewing && m_fullScreenWhenShared && !m_wentFullScreen && !m_view->picture().isNull()) {
        m_wentFullScreen = true;
        showFullScreen(-1);
    }
    if (!viewing && m_fullScreen) leaveFullScreen();
    emit titleChanged(m_session.customerName());
}

void SessionTab::onLayout(const v1::DisplayLayout& layout)
{
    m_monitor->clear();
    if (layout.monitors_size() > 1) m_monitor->addItem(tr("All monitors"), -1);
    for (int i = 0; i < layout.monitors_size(); ++i) {
        const auto& m = layout.monitors(i);
        m_monitor->addItem(tr("Monitor %1 (%2×%3)%4")
                               .arg(i + 1)
                               .arg(m.width())
                               .arg(m.height())
                               .arg(m.primary() ? tr(", primary") : QString()),
                           i);
    }
    const int shared = layout.shared_monitor();
    m_monitor->setCurrentIndex(std::max(0, m_monitor->findData(layout.monitors_size() > 1 ? shared : 0)));
    // The picture is the shared monitor: its corner's place on the customer's desktop.
    if (shared >= 0 && shared < layout.monitors_size()) {
        m_view->setRemoteOrigin(QPoint(layout.monitors(shared).x(), layout.monitors(shared).y()));
    } else {
        m_view->setRemoteOrigin({});
    }
    if (m_view->picture().size() != QSize(layout.desktop_width(), layout.desktop_height()) && shared < 0) {
        m_view->resetPicture(QSize(layout.desktop_width(), layout.desktop_height()));
    }
    updateState();
}

void SessionTab::saveScreenshot()
{
    if (m_view->picture().isNull()) {
        QMessageBox::information(this, tr("Screenshot"), tr("There is no picture of the customer's screen yet."));
        return;
    }
    const QImage copy = m_view->picture().copy();  // as it is now, whatever arrives while the dialog is open
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/' +
        tr("session-%1-%2.png").arg(m_session.sessionId()).arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save screenshot"), suggested, tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    if (copy.isNull() || !copy.save(file, "PNG")) {
        QMessageBox::warning(this, tr("Screenshot"), tr("Could not save %1.").arg(file));
    }
}

bool SessionTab::saveScreenshotTo(const QString& path) const
{
    return !m_view->picture().isNull() && m_view->picture().save(path, "PNG");
}

QMenu* SessionTab::specialKeysMenu() const
{
    return m_keys->menu();
}

void SessionTab::showFullScreen(int screenIndex)
{
    if (m_fullScreen) {
        leaveFullScreen();
        return;
    }
    m_view->setScale(ui::RemoteView::Scale::kActual);
    auto* bar = new QToolBar;
    bar->addAction(tr("Leave full screen (Ctrl+Alt+Shift+F)"), this, &SessionTab::leaveFullScreen);
    auto* window = new FullScreenWindow(m_view, bar, [this] { leaveFullScreen(); });
    window->setWindowTitle(tr("%1 — Lifeline").arg(m_session.customerName()));
    auto* shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Shift+F")), window);
    connect(shortcut, &QShortcut::activated, this, &SessionTab::leaveFullScreen);
    const auto screens = QGuiApplication::screens();
    QScreen* screen = screenIndex >= 0 && screenIndex < screens.size() ? screens[screenIndex] : this->screen();
    if (screen != nullptr) {
        window->setScreen(screen);
        window->setGeometry(screen->geometry());
    }
    m_fullScreen = window;
    window->showFullScreen();
    m_view->setFocus();
}

void SessionTab::leaveFullScreen()
{
    if (!m_fullScreen) return;
    QWidget* window = m_fullScreen;
    m_fullScreen = nullptr;
    m_main->insertTab(0, m_view, tr("Desktop"));
    m_main->setCurrentIndex(0);
    m_view->setScale(m_fitAction->isChecked() ? ui::RemoteView::Scale::kFit : ui::RemoteView::Scale::kActual);
    window->hide();
    window->deleteLater();
}

bool SessionTab::confirmEnd()
{
    if (m_session.isEnded()) return true;
    const QString question =
        tr("End the session with %1? The customer's applet is told and stops sharing.").arg(m_session.customerName());
    if (!m_confirm(tr("End session"), question)) return false;
    m_session.end();
    return true;
}

}  // namespace lifeline::console
