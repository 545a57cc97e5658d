#include "console/file_manager.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "console/texts.h"

namespace lifeline::console {

namespace {

constexpr char kRemoteMime[] = "application/x-lifeline-remote-paths";
enum QueueColumn { kWhat, kProgress, kSpeed, kLeft, kState };
enum RemoteRole { kNameRole = Qt::UserRole, kFolderRole };

QString sizeText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

}  // namespace

// The customer's side: takes local files dropped on it (send) and hands out remote paths
// when dragged (fetch).
class RemoteFileList : public QTreeWidget
{
public:
    std::function<void(const QStringList&)> onLocalDrop;
    std::function<QString(const QString&)> pathOf;

protected:
    QStringList mimeTypes() const override { return {QStringLiteral("text/uri-list")}; }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override
    {
        auto* mime = new QMimeData;
        QStringList paths;
        for (auto* item : items) paths << pathOf(item->data(0, kNameRole).toString());
        mime->setData(kRemoteMime, paths.join(u'\n').toUtf8());
        return mime;
    }
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->mimeData()->hasUrls()) event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        if (event->mimeData()->hasUrls()) event->acceptProposedAction();
    }
    void dropEvent(QDropEvent* event) override
    {
        QStringList paths;
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) paths << url.toLocalFile();
        }
        if (!paths.isEmpty() && onLocalDrop) onLocalDrop(paths);
        event->acceptProposedAction();
    }
};

// Accepts remote paths dropped on the local view (fetch).
class RemoteDropFilter : public QObject
{
public:
    explicit RemoteDropFilter(std::function<void(const QStringList&)> onDrop, QObject* parent)
        : QObject(parent)
        , m_onDrop(std::move(onDrop))
    {
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove && event->type() != QEvent::Drop) return false;
        auto* drop = static_cast<QDropEvent*>(event);
        if (!drop->mimeData()->hasFormat(kRemoteMime)) return false;
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop) {
            m_onDrop(QString::fromUtf8(drop->mimeData()->data(kRemoteMime)).split(u'\n', Qt::SkipEmptyParts));
        }
        return true;
    }

private:
    std::function<void(const QStringList&)> m_onDrop;
};

FileManager::FileManager(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    // This computer.
    m_localModel = new QFileSystemModel(this);
    m_localModel->setRootPath(QDir::homePath());
    m_localModel->setReadOnly(true);
    m_local = new QTreeView;
    m_local->setModel(m_localModel);
    m_local->setRootIndex(m_localModel->index(QDir::homePath()));
    m_local->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_local->setDragEnabled(true);
    m_local->setAcceptDrops(true);
    m_local->setDragDropMode(QAbstractItemView::DragDrop);
    m_local->viewport()->installEventFilter(new RemoteDropFilter([this](const QStringList& paths) { fetch(paths); }, this));
    m_local->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_local->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_local->header()->setStretchLastSection(false);
    m_local->hideColumn(2);  // the type: the name says enough, and the name needs the room

    // The customer's shared folder.
    m_remote = new RemoteFileList;
    m_remote->setColumnCount(3);
    m_remote->setHeaderLabels({tr("Name"), tr("Size"), tr("Modified")});
    m_remote->setRootIsDecorated(false);
    m_remote->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_remote->setDragEnabled(true);
    m_remote->setAcceptDrops(true);
    m_remote->setDragDropMode(QAbstractItemView::DragDrop);
    m_remote->setContextMenuPolicy(Qt::CustomContextMenu);
    m_remote->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_remote->onLocalDrop = [this](const QStringList& paths) { send(paths); };
    m_remote->pathOf = [this](const QString& name) { return remotePath(name); };
    connect(m_remote, &QTreeWidget::customContextMenuRequested, this, &FileManager::remoteContextMenu);
    connect(m_remote, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, kFolderRole).toBool()) openRemoteFolder(remotePath(item->data(0, kNameRole).toString()));
    });
    m_remotePath = new QLabel;
    auto* up = new QPushButton(tr("Up"));
    connect(up, &QPushButton::clicked, this, [this] {
        const int slash = m_remoteFolder.lastIndexOf(u'/');
        openRemoteFolder(slash < 0 ? QString() : m_remoteFolder.left(slash));
    });
    auto* refresh = new QPushButton(tr("Refresh"));
    connect(refresh, &QPushButton::clicked, this, &FileManager::refreshRemote);
    m_ask = new QPushButton(tr("Ask for file access"));
    m_ask->setToolTip(tr("Ask the customer to allow sending, receiving and managing files."));
    connect(m_ask, &QPushButton::clicked, this, [this] {
        for (auto p : {session::Permission::kSendFiles, session::Permission::kReceiveFiles, session::Permission::kManageFiles}) {
            m_session.requestPermission(p);
        }
    });

    auto* sendButton = new QPushButton(tr("Send →"));
    sendButton->setToolTip(tr("Send the selected files and folders to the customer's download folder."));
    connect(sendButton, &QPushButton::clicked, this, [this] {
        QStringList paths;
        for (const QModelIndex& index : m_local->selectionModel()->selectedRows()) paths << m_localModel->filePath(index);
        send(paths);
    });
    auto* fetchButton = new QPushButton(tr("← Fetch"));
    fetchButton->setToolTip(tr("Fetch the selected files and folders into %1.").arg(m_session.downloadFolder()));
    connect(fetchButton, &QPushButton::clicked, this, [this] {
        QStringList paths;
        for (auto* item : m_remote->selectedItems()) paths << remotePath(item->data(0, kNameRole).toString());
        fetch(paths);
    });

    auto* publishButton = new QPushButton(tr("Publish"));
    publishButton->setToolTip(tr("Offer the selected files for the customer to download when they choose (basic file transfer)."));
    connect(publishButton, &QPushButton::clicked, this, [this] {
        QStringList files;
        for (const QModelIndex& index : m_local->selectionModel()->selectedRows()) {
            if (!m_localModel->isDir(index)) files << m_localModel->filePath(index);
        }
        if (files.isEmpty()) files = QFileDialog::getOpenFileNames(this, tr("Publish for the customer to download"), QDir::homePath());
        publish(files);
    });

    // Basic mode: what is published, shown once there is something.
    m_published = new QListWidget;
    m_published->setMaximumHeight(80);
    m_published->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* unpublish = new QPushButton(tr("Stop publishing"));
    unpublish->setToolTip(tr("The customer no longer sees the selected files (downloads under way go on)."));
    connect(unpublish, &QPushButton::clicked, this, [this] {
        QList<QListWidgetItem*> items = m_published->selectedItems();
        if (items.isEmpty() && m_published->count() > 0) items << m_published->item(0);
        for (auto* item : items) m_session.unpublish(item->data(Qt::UserRole).toUInt());
    });
    m_publishedBox = new QWidget;
    auto* publishedLayout = new QVBoxLayout(m_publishedBox);
    publishedLayout->setContentsMargins(0, 0, 0, 0);
    publishedLayout->addWidget(new QLabel(tr("Published — the customer can download these:")));
    publishedLayout->addWidget(m_published);
    publishedLayout->addWidget(unpublish, 0, Qt::AlignRight);
    m_publishedBox->hide();
    connect(&m_session, &SessionController::publishedChanged, this, &FileManager::onPublishedChanged);
    connect(&m_session, &SessionController::publishFailed, this,
            [this](const base::Error& error) { showStatus(tr("Not published: %1").arg(Texts::error(error))); });
    connect(&m_session, &SessionController::customerDownloading, this, [this](quint64 id, const QString& name) {
        addRow(id, true, {name});
        Row& row = m_rows[id];
        row.byCustomer = true;
        row.item->setText(kWhat, tr("⇣ %1 (the customer downloads it)").arg(name));
    });

    auto* localBox = new QWidget;
    auto* localLayout = new QVBoxLayout(localBox);
    localLayout->setContentsMargins(0, 0, 0, 0);
    localLayout->addWidget(new QLabel(tr("This computer")));
    localLayout->addWidget(m_local, 1);
    localLayout->addWidget(m_publishedBox);
    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->addStretch();
    middleLayout->addWidget(sendButton);
    middleLayout->addWidget(fetchButton);
    middleLayout->addSpacing(16);
    middleLayout->addWidget(publishButton);
    middleLayout->addStretch();
    auto* remoteBox = new QWidget;
    auto* remoteLayout = new QVBoxLayout(remoteBox);
    remoteLayout->setContentsMargins(0, 0, 0, 0);
    auto* remoteBar = new QHBoxLayout;
    remoteBar->addWidget(new QLabel(tr("Customer:")));
    remoteBar->addWidget(m_remotePath, 1);
    remoteBar->addWidget(up);
    remoteBar->addWidget(refresh);
    remoteBar->addWidget(m_ask);
    remoteLayout->addLayout(remoteBar);
    remoteLayout->addWidget(m_remote);

    auto* panes = new QSplitter;
    panes->addWidget(localBox);
    panes->addWidget(middle);
    panes->addWidget(remoteBox);
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(2, 1);

    m_queue = new QTreeWidget;
    m_queue->setColumnCount(5);
    m_queue->setHeaderLabels({tr("Transfer"), tr("Progress"), tr("Speed"), tr("Time left"), tr("State")});
    m_queue->setRootIsDecorated(false);
    m_queue->header()->setSectionResizeMode(kWhat, QHeaderView::Stretch);
    m_queue->setColumnWidth(kProgress, 240);  // room for "108.5 MB of 400.0 MB"
    m_queue->setColumnWidth(kSpeed, 100);
    m_queue->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_queue, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = m_queue->itemAt(at);
        if (item == nullptr) return;
        const quint64 id = item->data(0, Qt::UserRole).toULongLong();
        auto it = m_rows.find(id);
        if (it == m_rows.end()) return;
        QMenu menu;
        if (!it->second.finished) {
            menu.addAction(tr("Cancel"), this, [this, id] { m_session.cancelTransfer(id); });
        } else if (!it->second.byCustomer) {
            menu.addAction(tr("Retry"), this, [this, id] { restart(id, transfer::Collision::kAsk); });
        }
        if (menu.isEmpty()) return;
        menu.exec(m_queue->viewport()->mapToGlobal(at));
    });
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(panes);
    vertical->addWidget(m_queue);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_status);

    connect(&m_session, &SessionController::transferProgress, this, &FileManager::onProgress);
    connect(&m_session, &SessionController::transferFinished, this, &FileManager::onFinished);
    connect(&m_session, &SessionController::fileOperationFinished, this, &FileManager::onOperation);
    connect(&m_session, &SessionController::transferFileFailed, this,
            [this](quint64 id, const QString& path, const base::Error& error) {
                auto row = m_rows.find(id);
                if (error.code == base::ErrorCode::kAlreadyExists && row != m_rows.end()) {
                    row->second.taken << path;  // asked about when the rest is done
                    return;
                }
                showStatus(tr("%1: %2").arg(path, Texts::error(error)));
            });
    connect(&m_session, &SessionController::consentChanged, this, [this](session::Permission p, v1::PermissionAnswer answer) {
        if ((p == session::Permission::kManageFiles || p == session::Permission::kReceiveFiles) &&
            answer == v1::PERMISSION_ANSWER_GRANTED) {
            refreshRemote();
        }
    });
    openRemoteFolder({});
}

QString FileManager::remotePath(const QString& name) const
{
    return m_remoteFolder.isEmpty() ? name : m_remoteFolder + u'/' + name;
}

QString FileManager::statusText() const
{
    return m_status->text();
}

QStringList FileManager::remoteNames() const
{
    QStringList names;
    for (int i = 0; i < m_remote->topLevelItemCount(); ++i) names << m_remote->topLevelItem(i)->data(0, kNameRole).toString();
    return names;
}

void FileManager::showStatus(const QString& text)
{
    m_status->setText(text);
}

void FileManager::openRemoteFolder(const QString& folder)
{
    m_remoteFolder = folder;
    m_remotePath->setText(folder.isEmpty() ? tr("(shared folder)") : folder);
    refreshRemote();
}

void FileManager::refreshRemote()
{
    v1::FileOperation list;
    list.set_list(m_remoteFolder.toStdString());
    m_listing = m_session.fileOperation(list);
}

void FileManager::makeRemoteFolder(const QString& name)
{
    v1::FileOperation op;
    op.set_make_folder(remotePath(name).toStdString());
    m_operations[m_session.fileOperation(op)] = tr("New folder %1").arg(name);
}

void FileManager::renameRemote(const QString& from, const QString& to)
{
    v1::FileOperation op;
    op.mutable_rename()->set_from(remotePath(from).toStdString());
    op.mutable_rename()->set_to(remotePath(to).toStdString());
    m_operations[m_session.fileOperation(op)] = tr("Rename %1").arg(from);
}

void FileManager::removeRemote(const QString& path)
{
    v1::FileOperation op;
    op.set_remove(remotePath(path).toStdString());
    op.set_remove_all(true);
    m_operations[m_session.fileOperation(op)] = tr("Delete %1").arg(path);
}

void FileManager::remoteContextMenu(const QPoint& at)
{
    QTreeWidgetItem* item = m_remote->itemAt(at);
    QMenu menu;
    menu.addAction(tr("New folder…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New folder"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty()) makeRemoteFolder(name.trimmed());
    });
    if (item != nullptr) {
        const QString name = item->data(0, kNameRole).toString();
        menu.addAction(tr("Fetch"), this, [this, name] { fetch({remotePath(name)}); });
        menu.addAction(tr("Rename…"), this, [this, name] {
            bool ok = false;
            const QString to = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, name, &ok);
            if (ok && !to.trimmed().isEmpty() && to != name) renameRemote(name, to.trimmed());
        });
        menu.addAction(tr("Delete…"), this, [this, name] {
            if (QMessageBox::question(this, tr("Delete"),
                                      tr("Delete %1 on the customer's computer, with everything in it?").arg(name)) ==
                QMessageBox::Yes) {
                removeRemote(name);
            }
        });
    }
    menu.exec(m_remote->viewport()->mapToGlobal(at));
}

void FileManager::send(const QStringList& localPaths)
{
    if (localPaths.isEmpty()) return;
    addRow(m_session.sendFiles(localPaths), true, localPaths);
}

void FileManager::fetch(const QStringList& remotePaths)
{
    if (remotePaths.isEmpty()) return;
    addRow(m_session.fetchFiles(remotePaths), false, remotePaths);
}

void FileManager::restart(quint64 id, transfer::Collision collision)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end()) return;
    Row& row = it->second;
    row.finished = false;
    row.taken.clear();
    row.item->setText(kState, tr("Waiting for the customer…"));
    row.outgoing ? m_session.sendFiles(row.paths, id, collision) : m_session.fetchFiles(row.paths, id, collision);
}

void FileManager::askTakenNames(quint64 id)
{
    if (m_question != nullptr) {  // one question at a time; the others wait their turn
        m_waitingQuestions.push_back(id);
        return;
    }
    const Row& row = m_rows.at(id);
    QStringList names = row.taken.mid(0, 5);
    if (row.taken.size() > 5) names << tr("… and %n more", nullptr, int(row.taken.size() - 5));
    const int n = int(row.taken.size());
    const QString where = row.outgoing ? tr("%n file(s) already exist on the customer's computer:", nullptr, n)
                                       : tr("%n file(s) already exist in %1:", nullptr, n).arg(m_session.downloadFolder());
    m_question = new QMessageBox(QMessageBox::Question, tr("Files already there"), where + u'\n' + names.join(u'\n'),
                                 QMessageBox::NoButton, this);
    m_question->setInformativeText(tr("Replace them with the new ones, keep both (the new ones get a number), or skip them?"));
    QPushButton* overwrite = m_question->addButton(tr("Overwrite"), QMessageBox::AcceptRole);
    QPushButton* keepBoth = m_question->addButton(tr("Keep both"), QMessageBox::AcceptRole);
    QPushButton* skip = m_question->addButton(tr("Skip"), QMessageBox::RejectRole);
    m_question->setDefaultButton(keepBoth);
    m_question->setEscapeButton(skip);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, id, overwrite, keepBoth](QAbstractButton* button) {
        m_question->deleteLater();
        m_question = nullptr;
        answerTakenNames(id, button == overwrite  ? std::optional(transfer::Collision::kOverwrite)
                             : button == keepBoth ? std::optional(transfer::Collision::kKeepBoth)
                                                  : std::nullopt);
        if (!m_waitingQuestions.empty()) {
            const quint64 next = m_waitingQuestions.front();
            m_waitingQuestions.pop_front();
            askTakenNames(next);
        }
    });
    (void)skip;
    m_question->open();
}

void FileManager::answerTakenNames(quint64 id, std::optional<transfer::Collision> choice)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end() || it->second.taken.isEmpty()) return;
    if (choice) {
        restart(id, *choice);
        return;
    }
    Row& row = it->second;
    row.item->setText(kState, tr("Done — %n skipped", nullptr, int(row.taken.size())));
    row.taken.clear();
}

void FileManager::publish(const QStringList& localFiles)
{
    if (!localFiles.isEmpty()) m_session.publishFiles(localFiles);
}

void FileManager::onPublishedChanged()
{
    m_published->clear();
    for (const session::PublishedFileInfo& file : m_session.published()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(file.name, sizeText(file.size)), m_published);
        item->setData(Qt::UserRole, file.id);
        item->setData(Qt::UserRole + 1, file.name);
    }
    m_publishedBox->setVisible(m_published->count() > 0);
    if (m_published->count() > 0) showStatus(tr("The customer sees the published files and can download them."));
}

QStringList FileManager::publishedNames() const
{
    QStringList names;
    for (int i = 0; i < m_published->count(); ++i) names << m_published->item(i)->data(Qt::UserRole + 1).toString();
    return names;
}

void FileManager::addRow(quint64 id, bool outgoing, const QStringList& paths)
{
    auto* item = new QTreeWidgetItem(m_queue);
    QStringList names;
    for (const QString& p : paths) names << QFileInfo(p).fileName();
    item->setText(kWhat, (outgoing ? tr("→ %1") : tr("← %1")).arg(names.join(u", ")));
    item->setData(0, Qt::UserRole, QVariant::fromValue<quint64>(id));
    item->setText(kState, tr("Waiting for the customer…"));
    auto* bar = new QProgressBar;
    bar->setRange(0, 1000);
    bar->setValue(0);
    m_queue->setItemWidget(item, kProgress, bar);
    Row row;
    row.item = item;
    row.outgoing = outgoing;
    row.paths = paths;
    row.clock.start();
    m_rows[id] = row;
}

void FileManager::onProgress(const session::TransferProgress& progress)
{
    auto it = m_rows.find(progress.id);
    if (it == m_rows.end()) return;
    Row& row = it->second;
    if (auto* bar = qobject_cast<QProgressBar*>(m_queue->itemWidget(row.item, kProgress))) {
        bar->setValue(progress.totalBytes == 0 ? 1000 : int(1000 * progress.doneBytes / progress.totalBytes));
        bar->setFormat(tr("%1 of %2").arg(sizeText(progress.doneBytes), sizeText(progress.totalBytes)));
    }
    const qint64 now = row.clock.elapsed();
    if (now - row.lastMs >= 500) {
        const double rate = double(progress.doneBytes - std::min(progress.doneBytes, row.lastBytes)) * 1000.0 / double(std::max<qint64>(1, now - row.lastMs));
        row.bytesPerSecond = row.bytesPerSecond == 0 ? rate : 0.7 * row.bytesPerSecond + 0.3 * rate;
        row.lastMs = now;
        row.lastBytes = progress.doneBytes;
        row.item->setText(kSpeed, tr("%1/s").arg(sizeText(quint64(row.bytesPerSecond))));
        if (row.bytesPerSecond > 0 && progress.totalBytes > progress.doneBytes) {
            const qint64 seconds = qint64(double(progress.totalBytes - progress.doneBytes) / row.bytesPerSecond);
            row.item->setText(kLeft, QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0')));
        }
    }
    row.item->setText(kState, progress.currentFile.isEmpty() ? tr("Under way") : progress.currentFile);
}

void FileManager::onFinished(quint64 id, bool ok, const base::Error& error)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end()) return;
    Row& row = it->second;
    row.finished = true;
    row.item->setText(kLeft, {});
    if (ok && !row.taken.isEmpty()) {
        row.item->setText(kState, tr("%n name(s) taken — waiting for your choice", nullptr, int(row.taken.size())));
        askTakenNames(id);
    } else if (ok) {
        if (auto* bar = qobject_cast<QProgressBar*>(m_queue->itemWidget(row.item, kProgress))) bar->setValue(1000);
        row.item->setText(kState, row.outgoing ? tr("Done") : tr("Done — in %1").arg(m_session.downloadFolder()));
        if (row.outgoing) refreshRemote();
    } else {
        row.item->setText(kState, tr("Failed: %1").arg(Texts::error(error)));
        showStatus(tr("Transfer failed: %1 Right-click it to retry; it goes on where it stopped.").arg(Texts::error(error)));
    }
}

void FileManager::onOperation(quint64 id, const v1::FileOperationResult& result)
{
    const base::Error error = result.error_code() == 0
        ? base::Error{}
        : base::makeError(result.error_code() > 0 && result.error_code() <= base::kErrorCodeMax ? base::ErrorCode(result.error_code())
                                                                                              : base::ErrorCode::kInternal,
                          result.error_detail());
    if (id == m_listing) {
        m_listing = 0;
        m_remote->clear();
        if (result.error_code() != 0) {
            showStatus(tr("The customer's files cannot be shown: %1").arg(Texts::error(error)));
            m_listingFailed = true;
            return;
        }
        std::vector<v1::FileEntry> entries(result.listing().begin(), result.listing().end());
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.folder() != b.folder() ? a.folder() : QString::fromStdString(a.path()).compare(QString::fromStdString(b.path()), Qt::CaseInsensitive) < 0;
        });
        for (const auto& entry : entries) {
            auto* item = new QTreeWidgetItem(m_remote);
            const QString name = QString::fromStdString(entry.path());
            item->setText(0, entry.folder() ? name + u'/' : name);
            item->setData(0, kNameRole, name);
            item->setData(0, kFolderRole, entry.folder());
            item->setText(1, entry.folder() ? QString() : sizeText(entry.size()));
            item->setText(2, QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.modified_unix_ns() / 1'000'000), QLocale::ShortFormat));
        }
        if (m_listingFailed) showStatus({});  // only the listing's own complaint goes away
        m_listingFailed = false;
        return;
    }
    auto what = m_operations.find(id);
    if (what == m_operations.end()) return;
    const QString description = what->second;
    m_operations.erase(what);
    showStatus(result.error_code() == 0 ? tr("%1: done.").arg(description) : tr("%1: %2").arg(description, Texts::error(error)));
    refreshRemote();
}

}  // namespace lifeline::console
