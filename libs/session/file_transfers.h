#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/transfer/file_sink.h"
#include "core/transfer/file_source.h"
#include "core/transfer/path_sandbox.h"
#include "core/transfer/send_window.h"
#include "session/peer_sender.h"

namespace lifeline::session {

// Progress of one transfer, for the transfer queue.
struct TransferProgress
{
    quint64 id = 0;
    bool outgoing = true;
    quint64 doneBytes = 0;    // acknowledged (sending) or written (receiving)
    quint64 totalBytes = 0;
    int filesDone = 0;
    int filesTotal = 0;
    QString currentFile;
};

// A published file as the user interfaces show it (basic mode).
struct PublishedFileInfo
{
    quint32 id = 0;
    QString name;
    quint64 size = 0;

    static QList<PublishedFileInfo> listOf(const std::vector<v1::PublishedFile>& files);
};

// One end's file transfers over the paired connection: sends files and folders (chunks
// in the file-data class, behind input, chat and video; as many in flight as the measured
// path carries), receives them into a folder (hidden part files, SHA-256 checked, renamed
// when complete), resumes after a dropped link from what the receiver proves it has, and —
// at the customer's end — answers the file manager's operations inside the shared folder.
//
// At the customer's end `allowed` is asked on every message: the applet enforces the
// session policy and the customer's consent here, whatever the console sends.
//
// Lives on the thread of the end it serves (its link's).
class FileTransfers : public QObject
{
    Q_OBJECT

public:
    enum class Need : std::uint8_t {
        kReceive,  // the peer sends us files (customer: "send files" permission)
        kSend,     // the peer fetches files from our shared folder ("receive files")
        kManage,   // the peer lists, makes, renames, deletes in our shared folder ("manage files")
        kDownload, // we show the peer's published files and download one the user chose
                   // (the policy lets the technician send files; the click is the consent)
    };
    struct Options
    {
        std::filesystem::path receiveFolder;  // incoming files go here (created if missing)
        std::filesystem::path sharedFolder;   // what the peer may fetch and manage (customer's end)
        // For offers that do not say (FileCollision UNSPECIFIED).
        transfer::Collision collision = transfer::Collision::kKeepBoth;
        // Whether the peer may do this now. The technician's end answers false to all: it
        // takes only what it asked for and serves only what it published.
        std::function<bool(Need)> allowed;
    };

    FileTransfers(PeerSender send, Options options, QObject* parent = nullptr);
    ~FileTransfers() override;

    // Sends local files and folders (absolute paths the local user chose) into the peer's
    // receive folder. Returns the transfer id: `id`, or a new one when 0 (a caller on
    // another thread picks its own ids with newId() so it need not wait for the answer).
    // `collision`: what the peer does with taken names (kAsk: those files fail with
    // kAlreadyExists; send again under the same id with the user's choice, and what the
    // peer saved already is not sent twice). Unset: the peer's default.
    base::Result<quint64> send(const std::vector<std::filesystem::path>& localPaths, quint64 id = 0,
                               std::optional<transfer::Collision> collision = std::nullopt);
    // Asks the peer to send these paths of its shared folder (technician's end); taken
    // names here are handled as `collision` says (the same id again resumes, as for send).
    base::Result<quint64> fetch(const std::vector<std::string>& remotePaths, quint64 id = 0,
                                std::optional<transfer::Collision> collision = std::nullopt);

    // Basic mode, the technician's end: files the customer may choose to download. Each
    // change sends the peer the whole list.
    base::Status publish(const std::vector<std::filesystem::path>& localFiles);
    void unpublish(std::uint32_t publishedId);
    std::vector<v1::PublishedFile> published() const;
    // Sends the list again (the customer joined after it was made, or came back).
    void republish()
    {
        if (!m_published.empty()) sendPublished();
    }
    // Basic mode, the customer's end: what the peer published (empty while Need::kDownload
    // is not allowed), and downloading one of them into `folder` (kept both on a taken name).
    const std::vector<v1::PublishedFile>& peerPublished() const { return m_peerPublished; }
    base::Result<quint64> download(std::uint32_t publishedId, const std::filesystem::path& folder, quint64 id = 0);
    static constexpr std::size_t kMaxPublished = 1'000;
    // A file manager operation in the peer's shared folder; operationFinished() answers.
    base::Result<quint64> requestOperation(const v1::FileOperation& operation, quint64 id = 0);
    // A fresh random 63-bit id.
    static quint64 newId();
    void cancel(quint64 id);
    // Stops everything in both directions (consent revoked); the peer is told why.
    void cancelAll(const base::Error& reason);
    // After this end's link came back: offers every unfinished outgoing transfer again
    // (the receiver answers with what it already has) and asks the senders of incoming
    // ones to do the same.
    void linkRestored();
    // Offers every unfinished outgoing transfer again.
    void resumeOutgoing();

    // Takes FileMessage; returns false for anything else.
    bool handle(const v1::Envelope& envelope);

    bool isActive() const { return !m_outgoing.empty() || !m_incoming.empty(); }
    quint64 bytesSentTotal() const { return m_bytesSent; }

    static constexpr std::size_t kMaxEntries = 100'000;

signals:
    void progress(const lifeline::session::TransferProgress& progress);
    // A file arrived complete and verified (`savedAs`: its path here), or was sent and saved
    // by the peer (`savedAs`: the peer's name for it).
    void fileDone(quint64 id, const QString& path, const QString& savedAs);
    void fileFailed(quint64 id, const QString& path, const lifeline::base::Error& error);
    // The transfer is over: ok (every file done or reported in fileFailed) or the reason.
    void finished(quint64 id, bool ok, const lifeline::base::Error& error);
    void operationFinished(quint64 id, const lifeline::v1::FileOperationResult& result);
    // Basic mode: the published list changed (ours, or at the customer's end the peer's).
    void publishedChanged();
    // Technician's end: the customer downloads published file `name`; transfer `id` (an
    // outgoing one, with progress and finished like any other) follows.
    void downloadStarted(quint64 id, const QString& name);

private:
    struct Outgoing;
    struct Incoming;

    base::Status sendMessage(quint64 id, v1::FileMessage message, protocol::TrafficClass trafficClass);
    // (Re)offers what of `out` the peer does not have yet.
    void offer(Outgoing& out);
    void pump(Outgoing& out);
    void onAccept(Outgoing& out, const v1::FileAccept& accept);
    void onAck(Outgoing& out, const v1::FileChunkAck& ack);
    void onResult(Outgoing& out, const v1::FileResult& result);
    void finishOutgoing(quint64 id, bool ok, const base::Error& error);

    void onOffer(quint64 id, const v1::FileOffer& offer);
    void onStart(Incoming& in, const v1::FileStart& start);
    void onChunk(Incoming& in, const v1::FileChunk& chunk);
    void onEnd(Incoming& in, const v1::FileEnd& end);
    void failIncoming(quint64 id, const base::Error& error, bool tellPeer);
    void sendPendingAcks();
    void sendPendingAck(Incoming& in);

    void onFetch(quint64 id, const v1::FileFetch& fetch);
    void onPublish(const v1::FilePublish& publish);
    void onDownload(quint64 id, const v1::FileDownload& download);
    void sendPublished();
    void onOperation(quint64 id, const v1::FileOperation& operation);
    bool allowed(Need need) const;
    void emitProgress(quint64 id, bool outgoing);

    PeerSender m_send;
    Options m_options;
    quint64 m_nextId;
    std::map<quint64, std::unique_ptr<Outgoing>> m_outgoing;
    std::map<quint64, std::unique_ptr<Incoming>> m_incoming;
    std::set<quint64> m_pendingRequests;  // fetches, downloads and operations we asked for
    // Where what we asked for lands and how taken names are handled.
    struct Request
    {
        std::filesystem::path folder;
        transfer::Collision collision = transfer::Collision::kKeepBoth;
        std::string onlyFile;  // a download: the one file name the offer may hold
    };
    std::map<quint64, Request> m_requests;
    struct Published
    {
        std::filesystem::path path;
        v1::PublishedFile info;
    };
    std::map<std::uint32_t, Published> m_published;
    std::uint32_t m_nextPublished = 1;
    std::vector<v1::PublishedFile> m_peerPublished;
    // Files received complete, by transfer id and "version/path": when a link drops before
    // the sender heard so, the resumed offer is answered from here, not received twice.
    std::map<quint64, std::map<std::string, std::string>> m_completed;
    quint64 m_bytesSent = 0;
    std::vector<std::uint8_t> m_readBuffer;  // one chunk, reused
    bool m_acksScheduled = false;
};

}  // namespace lifeline::session
