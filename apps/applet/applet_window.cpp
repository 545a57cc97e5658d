#include "applet/applet_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "applet/consent_dialog.h"
#include "applet/indicator_bar.h"
#include "applet/texts.h"
#include "ui/chat_view.h"
#include "ui/pin_edit.h"

namespace lifeline::applet {

using State = AppletController::State;

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

}  // namespace

AppletWindow::AppletWindow(AppletController& controller, QWidget* parent)
    : QWidget(parent),
      m_controller(controller),
      m_pages(new QStackedWidget(this)),
      m_indicator(new IndicatorBar),
      m_reconnectTicker(new QTimer(this))
{
    m_pages->addWidget(buildPinPage());
    m_pages->addWidget(buildConnectingPage());
    m_pages->addWidget(buildTermsPage());
    m_pages->addWidget(buildSessionPage());
    m_pages->addWidget(buildEndedPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(460, 520);
    updateTitle();

    m_reconnectTicker->setInterval(1000);
    connect(m_reconnectTicker, &QTimer::timeout, this, &AppletWindow::updateStatus);
    connect(&m_controller, &AppletController::stateChanged, this, &AppletWindow::onStateChanged);
    connect(&m_controller, &AppletController::grantsChanged, this, &AppletWindow::onGrantsChanged);
    connect(&m_controller, &AppletController::permissionAsked, this, &AppletWindow::ask);
    connect(&m_controller, &AppletController::singlePromptAsked, this, &AppletWindow::askSinglePrompt);
    connect(&m_controller, &AppletController::questionWithdrawn, this, &AppletWindow::withdraw);
    connect(&m_controller, &AppletController::chatLine, this, &AppletWindow::onChatLine);
    connect(&m_controller, &AppletController::deviceFailed, this, [this](session::Permission, const QString& detail) {
        m_chat->addLine(session::ChatLine{session::ChatLine::Kind::kNotice, {},
                                          tr("This could not be done on your computer: %1").arg(detail),
                                          QDateTime::currentDateTime()});
    });
    connect(m_indicator, &IndicatorBar::stopClicked, this, &AppletWindow::panic);
    connect(m_indicator, &IndicatorBar::leaveClicked, &m_controller, &AppletController::leave);
}

AppletWindow::~AppletWindow()
{
    closeQuestions();
    delete m_indicator;
}

QWidget* AppletWindow::buildPinPage()
{
    auto* page = new QWidget;
    m_pin = new ui::PinEdit(page);
    m_connect = new QPushButton(tr("Connect"), page);
    m_connect->setEnabled(false);
    m_connect->setDefault(true);
    m_pinError = paragraph({}, page);
    m_pinError->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Get help from a technician"), page));
    layout->addWidget(paragraph(tr("Enter the 6-digit code your technician gave you."), page));
    layout->addSpacing(8);
    layout->addWidget(m_pin);
    layout->addWidget(m_connect);
    layout->addWidget(m_pinError);
    layout->addStretch();
    layout->addWidget(paragraph(tr("Nothing is shared until you allow it. You can stop at any time."), page));
    connect(m_pin, &ui::PinEdit::completeChanged, m_connect, &QPushButton::setEnabled);
    auto go = [this] {
        if (!m_pin->isComplete()) return;
        m_pinError->clear();
        m_controller.join(m_pin->pin());
        m_pages->setCurrentIndex(int(Page::kConnecting));
    };
    connect(m_connect, &QPushButton::clicked, this, go);
    connect(m_pin, &QLineEdit::returnPressed, this, go);
    return page;
}

QWidget* AppletWindow::buildConnectingPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* label = heading(tr("Connecting…"), page);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

QWidget* AppletWindow::buildTermsPage()
{
    auto* page = new QWidget;
    m_termsWho = heading({}, page);
    m_terms = new QTextBrowser(page);
    m_accept = new QPushButton(tr("Accept"), page);
    m_decline = new QPushButton(tr("Decline"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_decline);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_termsWho);
    layout->addWidget(paragraph(tr("Please read these terms. Nothing happens on your computer unless you accept them."), page));
    layout->addWidget(m_terms, 1);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] { m_controller.acceptTerms(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { m_controller.acceptTerms(false); });
    return page;
}

QWidget* AppletWindow::buildSessionPage()
{
    auto* page = new QWidget;
    m_who = heading({}, page);
    m_status = paragraph({}, page);
    m_chat = new ui::ChatView(page);
    m_stop = new QPushButton(tr("Stop"), page);
    m_stop->setToolTip(tr("Take back every permission now (or press Pause/Break). Chat stays open."));
    m_stop->setEnabled(false);
    m_stop->setStyleSheet(QStringLiteral(
        "QPushButton:enabled { background: #b3261e; color: white; font-weight: bold; padding: 4px 16px; }"));
    m_leave = new QPushButton(tr("Leave session"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(m_leave);
    // Files: shown from the first transfer on.
    m_filesBox = new QWidget(page);
    m_fileActivity = new QLabel(m_filesBox);
    m_fileActivity->setWordWrap(true);
    m_fileProgress = new QProgressBar(m_filesBox);
    m_fileProgress->setRange(0, 1000);
    m_files = new QListWidget(m_filesBox);
    m_files->setMaximumHeight(90);
    auto* openFolder = new QPushButton(tr("Open the folder"), m_filesBox);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_files->currentItem() ? m_files->currentItem() : m_files->item(m_files->count() - 1);
        if (item != nullptr) QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(item->data(Qt::UserRole).toString()).absolutePath()));
    });
    auto* filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_fileActivity);
    filesLayout->addWidget(m_fileProgress);
    filesLayout->addWidget(m_files);
    filesLayout->addWidget(openFolder, 0, Qt::AlignRight);
    m_filesBox->hide();
    connect(&m_controller, &AppletController::fileProgress, this, &AppletWindow::onFileProgress);
    connect(&m_controller, &AppletController::fileSaved, this, [this](const QString& path) {
        auto* item = new QListWidgetItem(tr("Saved: %1").arg(path), m_files);
        item->setData(Qt::UserRole, path);
        m_files->scrollToItem(item);
        m_filesBox->show();
    });
    connect(&m_controller, &AppletController::fileFailed, this, [this](const QString& path, const base::Error& error) {
        new QListWidgetItem(tr("Not saved: %1 (%2)").arg(path, QString::fromStdString(base::errorCodeName(error.code).data())), m_files);
        m_filesBox->show();
    });

    // Basic mode: files the technician publishes; the customer picks one and a folder.
    m_publishedBox = new QWidget(page);
    m_publishedTitle = new QLabel(m_publishedBox);
    m_publishedTitle->setWordWrap(true);
    m_publishedList = new QListWidget(m_publishedBox);
    m_publishedList->setMaximumHeight(90);
    auto* download = new QPushButton(tr("Download…"), m_publishedBox);
    download->setToolTip(tr("Save the chosen file on this computer, in a folder you choose."));
    auto downloadChosen = [this] {
        QListWidgetItem* item = m_publishedList->currentItem();
        if (item == nullptr && m_publishedList->count() == 1) item = m_publishedList->item(0);
        if (item == nullptr) return;
        const QString downloads = QDir::home().filePath(QStringLiteral("Downloads"));
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Where should %1 be saved?").arg(item->data(Qt::UserRole + 1).toString()),
            QDir(downloads).exists() ? downloads : QDir::homePath());
        if (!folder.isEmpty()) downloadPublished(item->data(Qt::UserRole).toUInt(), folder);
    };
    connect(download, &QPushButton::clicked, this, downloadChosen);
    connect(m_publishedList, &QListWidget::itemActivated, this, downloadChosen);
    auto* publishedLayout = new QVBoxLayout(m_publishedBox);
    publishedLayout->setContentsMargins(0, 0, 0, 0);
    publishedLayout->addWidget(m_publishedTitle);
    publishedLayout->addWidget(m_publishedList);
    publishedLayout->addWidget(download, 0, Qt::AlignRight);
    m_publishedBox->hide();
    connect(&m_controller, &AppletController::publishedChanged, this, &AppletWindow::onPublishedChanged);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_who);
    layout->addWidget(m_status);
    layout->addWidget(m_chat, 1);
    layout->addWidget(m_publishedBox);
    layout->addWidget(m_filesBox);
    layout->addLayout(buttons);
    connect(m_chat, &ui::ChatView::sendRequested, &m_controller, &AppletController::sendChat);
    connect(m_stop, &QPushButton::clicked, this, &AppletWindow::panic);
    connect(m_leave, &QPushButton::clicked, &m_controller, &AppletController::leave);
    return page;
}

void AppletWindow::onFileProgress(const session::TransferProgress& progress)
{
    m_filesBox->show();
    const QString technician = m_controller.info().technician;
    const QString name = QFileInfo(progress.currentFile).fileName();
    const bool done = progress.totalBytes > 0 && progress.doneBytes >= progress.totalBytes;
    m_fileProgress->setValue(progress.totalBytes == 0 ? 1000 : int(1000 * progress.doneBytes / progress.totalBytes));
    m_fileProgress->setVisible(!done);
    const auto download = m_downloadFolders.find(progress.id);
    if (done && download != m_downloadFolders.end()) {
        m_fileActivity->setText(tr("The file is saved in %1.").arg(download->second));
    } else if (done) {
        m_fileActivity->setText(progress.outgoing ? tr("%1 has the files.").arg(technician)
                                                  : tr("Files from %1 are saved in your Downloads/Lifeline folder.").arg(technician));
    } else {
        m_fileActivity->setText(progress.outgoing ? tr("Sending %1 to %2…").arg(name, technician)
                                                  : tr("Receiving %1 from %2…").arg(name, technician));
    }
}

void AppletWindow::onPublishedChanged()
{
    m_publishedList->clear();
    for (const PublishedFileInfo& file : m_controller.published()) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(file.name, QLocale().formattedDataSize(qint64(file.size), 1, QLocale::DataSizeTraditionalFormat)),
            m_publishedList);
        item->setData(Qt::UserRole, file.id);
        item->setData(Qt::UserRole + 1, file.name);
    }
    m_publishedTitle->setText(tr("%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.",
                                 nullptr, m_publishedList->count())
                                  .arg(m_controller.info().technician));
    m_publishedBox->setVisible(m_publishedList->count() > 0);
}

QStringList AppletWindow::publishedNames() const
{
    QStringList names;
    for (int i = 0; i < m_publishedList->count(); ++i) names << m_publishedList->item(i)->data(Qt::UserRole + 1).toString();
    return names;
}

void AppletWindow::downloadPublished(quint32 id, const QString& folder)
{
    for (const PublishedFileInfo& file : m_controller.published()) {
        if (file.id != id) continue;
        m_downloadFolders[m_controller.download(file, folder)] = folder;
        m_filesBox->show();
        m_fileActivity->setText(tr("Downloading %1…").arg(file.name));
        return;
    }
}

QStringList AppletWindow::savedFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i) {
        const QString path = m_files->item(i)->data(Qt::UserRole).toString();
        if (!path.isEmpty()) paths << path;
    }
    return paths;
}

QString AppletWindow::fileActivity() const
{
    return m_fileActivity->text();
}

QWidget* AppletWindow::buildEndedPage()
{
    auto* page = new QWidget;
    m_ended = paragraph({}, page);
    auto* close = new QPushButton(tr("Close"), page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("The session has ended"), page));
    layout->addWidget(m_ended);
    layout->addStretch();
    layout->addWidget(close, 0, Qt::AlignRight);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    return page;
}

void AppletWindow::joinWith(const QString& pin)
{
    m_pin->setText(pin);
    if (m_pin->isComplete()) m_connect->click();
}

void AppletWindow::panic()
{
    closeQuestions();
    m_controller.stop();
}

AppletWindow::Page AppletWindow::page() const
{
    return Page(m_pages->currentIndex());
}

void AppletWindow::onStateChanged(State state)
{
    const AppletController::Info& info = m_controller.info();
    const QString who = tr("%1 — %2 is ready to help you").arg(info.organisation, info.technician);
    m_reconnectTicker->stop();
    switch (state) {
    case State::kIdle:
        break;
    case State::kConnecting:
        m_pages->setCurrentIndex(int(Page::kConnecting));
        break;
    case State::kTerms:
        m_termsWho->setText(who);
        m_terms->setPlainText(info.terms);
        m_pages->setCurrentIndex(int(Page::kTerms));
        break;
    case State::kActive:
        m_who->setText(who);
        m_chat->setInputEnabled(true);
        m_pages->setCurrentIndex(int(Page::kSession));
        break;
    case State::kReconnecting:
        m_chat->setInputEnabled(false);
        m_reconnectTicker->start();
        break;
    case State::kEnded: {
        closeQuestions();
        m_indicator->hide();
        if (m_closeWhenEnded) {
            QTimer::singleShot(0, this, &QWidget::close);
            return;
        }
        const QString why = Texts::ended(m_controller.endCause(), m_controller.joinError(), info.technician);
        if (m_controller.endCause() == AppletController::EndCause::kJoinFailed) {
            // Back to the code, with the reason: a typo is the usual cause.
            m_pinError->setText(why);
            m_pages->setCurrentIndex(int(Page::kPin));
            m_pin->setFocus();
        } else {
            m_ended->setText(why);
            m_pages->setCurrentIndex(int(Page::kEnded));
        }
        break;
    }
    }
    updateStatus();
    updateTitle();
}

void AppletWindow::onGrantsChanged()
{
    const bool shared = m_controller.anyGranted() && m_controller.state() != State::kEnded;
    m_stop->setEnabled(shared);
    m_indicator->setActivity(Texts::activity(shared ? m_controller.grantedMask() : 0u, m_controller.info().technician));
    m_indicator->setVisible(shared);
    if (shared) m_indicator->raise();
    updateStatus();
}

void AppletWindow::updateStatus()
{
    if (m_controller.state() == State::kReconnecting) {
        m_status->setText(tr("Connection lost. Reconnecting… (%n second(s) left)", nullptr,
                             m_controller.reconnectSecondsLeft()));
        return;
    }
    QString text = m_indicator->isVisible() ? m_indicator->activity()
                                             : Texts::activity(0, m_controller.info().technician);
    m_status->setText(text);
}

QString AppletWindow::statusText() const
{
    return m_status->text();
}

QString AppletWindow::endedText() const
{
    return m_pages->currentIndex() == int(Page::kPin) ? m_pinError->text() : m_ended->text();
}

QString AppletWindow::whoText() const
{
    return m_pages->currentIndex() == int(Page::kTerms) ? m_termsWho->text() : m_who->text();
}

void AppletWindow::ask(session::Permission permission)
{
    m_questions.push_back(Question{false, permission});
    showNextQuestion();
}

void AppletWindow::askSinglePrompt()
{
    m_questions.push_back(Question{true, {}});
    showNextQuestion();
}

void AppletWindow::showNextQuestion()
{
    if (m_question || m_questions.empty()) return;
    const Question next = m_questions.front();
    m_questions.pop_front();
    const AppletController::Info& info = m_controller.info();
    if (next.singlePrompt) {
        std::vector<session::Permission> list;
        for (session::Permission p : info.policy.allowed) {
            if (p != session::Permission::kRecording) list.push_back(p);
        }
        m_question = new ConsentDialog(info.organisation, info.technician, list, this);
    } else {
        m_question = new ConsentDialog(info.organisation, info.technician, next.permission, this);
    }
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &ConsentDialog::answered, this, [this, next](bool allow) {
        m_question = nullptr;  // it deletes itself later; the next question may come now
        if (next.singlePrompt) {
            m_controller.answerSinglePrompt(allow);
        } else {
            m_controller.answer(next.permission, allow);
        }
        QTimer::singleShot(0, this, &AppletWindow::showNextQuestion);
    });
    m_question->show();
    m_question->raise();
    m_question->activateWindow();
    QApplication::alert(this);
}

void AppletWindow::withdraw(session::Permission permission)
{
    std::erase_if(m_questions, [&](const Question& q) { return !q.singlePrompt && q.permission == permission; });
    if (m_question && !m_question->isSinglePrompt() && m_question->permission() == permission) {
        m_question->disconnect(this);  // not an answer: the question is gone
        m_question->close();
        m_question = nullptr;
        QTimer::singleShot(0, this, &AppletWindow::showNextQuestion);
    }
}

void AppletWindow::closeQuestions()
{
    // Stop or the end: questions still open are moot (the session forgot them).
    m_questions.clear();
    if (m_question) {
        m_question->disconnect(this);
        m_question->close();
        m_question = nullptr;
    }
}

void AppletWindow::onChatLine(const session::ChatLine& line)
{
    m_chat->addLine(line);
    if (line.kind != session::ChatLine::Kind::kPeer) return;
    if (!isVisible() || isMinimized() || !isActiveWindow()) {
        ++m_unread;
        updateTitle();
        // A message while the window is out of sight: bring it back and make it blink.
        if (!isVisible() || isMinimized()) showNormal();
        raise();
        QApplication::alert(this);
    }
}

void AppletWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_unread > 0) {
        m_unread = 0;
        updateTitle();
    }
    QWidget::changeEvent(event);
}

void AppletWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window leaves the session: nothing keeps running behind the customer's
    // back. The window goes at once; the program ends when the relay has been told.
    m_indicator->hide();
    if (m_controller.state() != State::kEnded && m_controller.state() != State::kIdle) {
        m_closeWhenEnded = true;
        m_controller.leave();
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void AppletWindow::updateTitle()
{
    QString title = tr("Lifeline remote support");
    if (m_unread > 0) title = QStringLiteral("(%1) %2").arg(m_unread).arg(title);
    setWindowTitle(title);
}

}  // namespace lifeline::applet
