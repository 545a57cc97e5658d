#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <deque>
#include <map>
#include <optional>

#include "console/session_controller.h"

class QFileSystemModel;
class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeline::console {

class RemoteFileList;

// A session's File Manager: this computer on the left, the customer's shared folder on
// the right (listed, browsed and changed through the customer's applet, which asks the
// customer first), Send → and ← Fetch (buttons or drag and drop), and the transfer queue
// with progress, speed, time left, Cancel and Retry (which resumes where it stopped).
// Names already taken at the receiving end are asked about: overwrite, keep both or skip.
// Basic mode: files published for the customer to download when they choose.
class FileManager : public QWidget
{
    Q_OBJECT

public:
    FileManager(SessionController& session, QWidget* parent = nullptr);

    // The customer's folder shown, "" = the shared folder itself.
    QString remoteFolder() const { return m_remoteFolder; }
    void openRemoteFolder(const QString& folder);
    void refreshRemote();
    QStringList remoteNames() const;
    QString statusText() const;

    // Sends these local paths into the customer's download folder; fetches these remote
    // paths (relative to the shared folder) into this console's download folder.
    void send(const QStringList& localPaths);
    void fetch(const QStringList& remotePaths);
    void makeRemoteFolder(const QString& name);
    void renameRemote(const QString& from, const QString& to);
    void removeRemote(const QString& path);
    // Basic mode: offers these local files for the customer to download.
    void publish(const QStringList& localFiles);
    QStringList publishedNames() const;
    // The question about taken names, while it is open (nullptr otherwise), and its answer:
    // overwrite, keep both, or (nullopt) skip those files.
    QMessageBox* takenNamesQuestion() const { return m_question; }
    void answerTakenNames(quint64 id, std::optional<transfer::Collision> choice);

    QTreeWidget* queue() const { return m_queue; }
    QTreeView* localView() const { return m_local; }
    QPushButton* askButton() const { return m_ask; }

private:
    struct Row
    {
        QTreeWidgetItem* item = nullptr;
        bool outgoing = true;
        QStringList paths;  // what to retry
        QStringList taken;  // files refused because the name was taken (kAsk)
        bool byCustomer = false;  // the customer downloads a published file: no retry here
        QElapsedTimer clock;
        quint64 lastBytes = 0;
        qint64 lastMs = 0;
        double bytesPerSecond = 0;
        bool finished = false;
    };

    void addRow(quint64 id, bool outgoing, const QStringList& paths);
    // Starts row `id`'s transfer again under the same id.
    void restart(quint64 id, transfer::Collision collision);
    void askTakenNames(quint64 id);
    void onPublishedChanged();
    void onProgress(const session::TransferProgress& progress);
    void onFinished(quint64 id, bool ok, const base::Error& error);
    void onOperation(quint64 id, const v1::FileOperationResult& result);
    void showStatus(const QString& text);
    void remoteContextMenu(const QPoint& at);
    QString remotePath(const QString& name) const;

    SessionController& m_session;
    QFileSystemModel* m_localModel;
    QTreeView* m_local;
    RemoteFileList* m_remote;
    QLabel* m_remotePath;
    QLabel* m_status;
    QPushButton* m_ask;
    QTreeWidget* m_queue;
    QListWidget* m_published;
    QWidget* m_publishedBox;
    QMessageBox* m_question = nullptr;
    std::deque<quint64> m_waitingQuestions;  // transfers whose taken names are asked next
    QString m_remoteFolder;
    std::map<quint64, Row> m_rows;
    std::map<quint64, QString> m_operations;  // id -> what it was, for messages
    quint64 m_listing = 0;                    // id of the listing in flight
    bool m_listingFailed = false;             // the status line says the listing failed
};

}  // namespace lifeline::console
