#include "session/file_transfers.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <linux/fs.h>

#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/transfer/posix.h"
#include "core/transfer/chunk_codec.h"

namespace lifeline::session {

namespace fs = std::filesystem;
using base::ErrorCode;
using base::makeError;
using protocol::TrafficClass;
using transfer::kChunkBytes;

using transfer::errnoError;
using transfer::modifiedNs;

namespace {

using Clock = std::chrono::steady_clock;

base::Error errorOf(std::int32_t code, const std::string& detail)
{
    if (code <= 0 || code > base::kErrorCodeMax) return makeError(ErrorCode::kInternal, detail);
    return makeError(ErrorCode(code), detail);
}

v1::FileEntry entryOf(const std::string& path, const struct stat& st)
{
    v1::FileEntry entry;
    entry.set_path(path);
    entry.set_modified_unix_ns(modifiedNs(st));
    if (S_ISDIR(st.st_mode)) {
        entry.set_folder(true);
    } else {
        entry.set_size(std::uint64_t(st.st_size));
        entry.set_version(transfer::FileSource::versionOf(std::uint64_t(st.st_size), modifiedNs(st), std::uint64_t(st.st_ino),
                                                          std::uint64_t(st.st_dev)));
    }
    return entry;
}

// Adds `fd`'s folder contents (files and folders only, never following symlinks) under
// `prefix`, folders before what is in them.
base::Status walkFolder(int fd, const std::string& readPrefix, const std::string& wirePrefix,
                        std::vector<std::pair<std::string, v1::FileEntry>>& out, std::size_t limit)
{
    DIR* dir = ::fdopendir(::dup(fd));
    if (dir == nullptr) return errnoError(readPrefix, errno);
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        struct stat st{};
        if (::fstatat(fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) continue;  // links, devices, sockets stay
        if (out.size() >= limit) return makeError(ErrorCode::kLimitReached, "more than 100,000 files");
        out.emplace_back(readPrefix + "/" + name, entryOf(wirePrefix + "/" + name, st));
        if (S_ISDIR(st.st_mode)) {
            base::UniqueFd sub(::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (!sub.valid()) continue;
            if (auto ok = walkFolder(sub.get(), readPrefix + "/" + name, wirePrefix + "/" + name, out, limit); !ok) return ok;
        }
    }
    return {};
}

// Removes a folder and everything in it, without following symlinks.
int removeTree(int parent, const std::string& name)
{
    base::UniqueFd fd(::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid()) return ::unlinkat(parent, name.c_str(), 0);
    if (DIR* dir = ::fdopendir(::dup(fd.get()))) {
        std::vector<std::pair<std::string, bool>> children;
        while (const dirent* e = ::readdir(dir)) {
            const std::string child = e->d_name;
            if (child == "." || child == "..") continue;
            struct stat st{};
            const bool folder = ::fstatat(fd.get(), child.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
            children.emplace_back(child, folder);
        }
        ::closedir(dir);
        for (const auto& [child, folder] : children) {
            const int rc = folder ? removeTree(fd.get(), child) : ::unlinkat(fd.get(), child.c_str(), 0);
            if (rc != 0) return rc;
        }
    }
    return ::unlinkat(parent, name.c_str(), AT_REMOVEDIR);
}

std::optional<transfer::Collision> collisionFromWire(v1::FileCollision collision)
{
    switch (collision) {
    case v1::FILE_COLLISION_ASK: return transfer::Collision::kAsk;
    case v1::FILE_COLLISION_OVERWRITE: return transfer::Collision::kOverwrite;
    case v1::FILE_COLLISION_KEEP_BOTH: return transfer::Collision::kKeepBoth;
    default: return std::nullopt;
    }
}

v1::FileCollision collisionToWire(std::optional<transfer::Collision> collision)
{
    if (!collision) return v1::FILE_COLLISION_UNSPECIFIED;
    switch (*collision) {
    case transfer::Collision::kAsk: return v1::FILE_COLLISION_ASK;
    case transfer::Collision::kOverwrite: return v1::FILE_COLLISION_OVERWRITE;
    case transfer::Collision::kKeepBoth: return v1::FILE_COLLISION_KEEP_BOTH;
    }
    return v1::FILE_COLLISION_UNSPECIFIED;
}

}  // namespace

// ---- state ----------------------------------------------------------------------------

struct FileTransfers::Outgoing
{
    struct Ref
    {
        std::size_t root = 0;
        std::string readPath;  // inside roots[root]
        v1::FileEntry entry;   // as offered (path is the peer's)
        bool done = false;     // the peer reported its result
    };
    struct InFlight
    {
        std::uint32_t index;
        std::uint64_t end;
        std::size_t bytes;
        Clock::time_point sentAt;
    };

    quint64 id = 0;
    std::vector<transfer::PathSandbox> roots;
    std::vector<Ref> refs;
    std::vector<std::size_t> wire;  // offer index -> refs index, for the current offer
    std::deque<std::uint32_t> queue;
    std::map<std::uint32_t, v1::FileResume> resumes;
    bool accepted = false;
    v1::FileCollision collision = v1::FILE_COLLISION_UNSPECIFIED;

    std::optional<std::uint32_t> current;
    std::optional<transfer::FileSource> source;
    std::uint64_t pos = 0;
    transfer::Sha256 hash;
    transfer::ChunkCompressor compressor;
    std::deque<InFlight> inFlight;
    std::size_t inFlightBytes = 0;
    transfer::SendWindow window{kChunkBytes};

    quint64 acked = 0;
    quint64 total = 0;
    int filesTotal = 0;
    int filesDone = 0;
};

struct FileTransfers::Incoming
{
    quint64 id = 0;
    std::optional<transfer::PathSandbox> sandbox;
    std::vector<v1::FileEntry> entries;
    std::optional<transfer::FileSink> sink;
    std::optional<std::uint32_t> current;
    bool requested = false;  // we asked for it (fetch, download)
    // What the peer must be allowed to keep sending (checked on every chunk).
    Need need = Need::kReceive;
    bool checked = true;  // false: we asked for it ourselves
    transfer::Collision collision = transfer::Collision::kKeepBoth;
    // Our line dropped and we asked the sender to offer again: what still comes of the
    // old stream is dropped until the new offer.
    bool awaitingOffer = false;
    quint64 written = 0;
    quint64 total = 0;
    int filesTotal = 0;
    int filesDone = 0;
    // The newest acknowledgement not sent yet: one goes out per pass of the event loop,
    // covering every chunk that pass wrote (acknowledgements are cumulative).
    std::optional<v1::FileChunkAck> pendingAck;
};

// ---- common -----------------------------------------------------------------------------

FileTransfers::FileTransfers(PeerSender send, Options options, QObject* parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_options(std::move(options))
    , m_nextId(QRandomGenerator::system()->generate64() >> 1)
{
}

FileTransfers::~FileTransfers() = default;

bool FileTransfers::allowed(Need need) const
{
    return !m_options.allowed || m_options.allowed(need);
}

base::Status FileTransfers::sendMessage(quint64 id, v1::FileMessage message, TrafficClass trafficClass)
{
    v1::Envelope envelope;
    *envelope.mutable_file() = std::move(message);
    envelope.mutable_file()->set_transfer_id(id);
    return m_send(envelope, trafficClass);
}

void FileTransfers::emitProgress(quint64 id, bool outgoing)
{
    TransferProgress p;
    p.id = id;
    p.outgoing = outgoing;
    if (outgoing) {
        auto it = m_outgoing.find(id);
        if (it == m_outgoing.end()) return;
        const Outgoing& out = *it->second;
        p.doneBytes = out.acked;
        p.totalBytes = out.total;
        p.filesDone = out.filesDone;
        p.filesTotal = out.filesTotal;
        if (out.current) p.currentFile = QString::fromStdString(out.refs[out.wire[*out.current]].entry.path());
    } else {
        auto it = m_incoming.find(id);
        if (it == m_incoming.end()) return;
        const Incoming& in = *it->second;
        p.doneBytes = in.written;
        p.totalBytes = in.total;
        p.filesDone = in.filesDone;
        p.filesTotal = in.filesTotal;
        if (in.current) p.currentFile = QString::fromStdString(in.entries[*in.current].path());
    }
    emit progress(p);
}

bool FileTransfers::handle(const v1::Envelope& envelope)
{
    if (!envelope.has_file()) return false;
    const v1::FileMessage& m = envelope.file();
    const quint64 id = m.transfer_id();
    auto out = m_outgoing.find(id);
    auto in = m_incoming.find(id);
    switch (m.body_case()) {
    case v1::FileMessage::kOffer: onOffer(id, m.offer()); break;
    case v1::FileMessage::kAccept:
        if (out != m_outgoing.end()) onAccept(*out->second, m.accept());
        break;
    case v1::FileMessage::kAck:
        if (out != m_outgoing.end()) onAck(*out->second, m.ack());
        break;
    case v1::FileMessage::kResult:
        if (out != m_outgoing.end()) onResult(*out->second, m.result());
        break;
    case v1::FileMessage::kStart:
        if (in != m_incoming.end() && !in->second->awaitingOffer) onStart(*in->second, m.start());
        break;
    case v1::FileMessage::kChunk:
        if (in != m_incoming.end() && !in->second->awaitingOffer) onChunk(*in->second, m.chunk());
        break;
    case v1::FileMessage::kEnd:
        if (in != m_incoming.end() && !in->second->awaitingOffer) onEnd(*in->second, m.end());
        break;
    case v1::FileMessage::kCancel: {
        const base::Error reason = m.cancel().error_code() == 0 ? makeError(ErrorCode::kConnectionClosed, "cancelled by the other end")
                                                                : errorOf(m.cancel().error_code(), m.cancel().error_detail());
        if (out != m_outgoing.end()) finishOutgoing(id, false, reason);
        if (in != m_incoming.end()) failIncoming(id, reason, false);
        m_requests.erase(id);
        if (m_pendingRequests.erase(id) != 0 && out == m_outgoing.end() && in == m_incoming.end()) emit finished(id, false, reason);
        break;
    }
    case v1::FileMessage::kFetch: onFetch(id, m.fetch()); break;
    case v1::FileMessage::kPublish: onPublish(m.publish()); break;
    case v1::FileMessage::kDownload: onDownload(id, m.download()); break;
    case v1::FileMessage::kOperation: onOperation(id, m.operation()); break;
    case v1::FileMessage::kResume:
        if (out != m_outgoing.end()) offer(*out->second);
        break;
    case v1::FileMessage::kOperationResult:
        if (m_pendingRequests.erase(id) != 0) emit operationFinished(id, m.operation_result());
        break;
    default: break;  // a newer peer's message: ignored
    }
    return true;
}

void FileTransfers::cancel(quint64 id)
{
    v1::FileMessage message;
    message.mutable_cancel()->set_error_code(0);
    (void)sendMessage(id, message, TrafficClass::kControl);
    const base::Error cancelled = makeError(ErrorCode::kConnectionClosed, "cancelled");
    if (m_outgoing.count(id) != 0) finishOutgoing(id, false, cancelled);
    if (m_incoming.count(id) != 0) {
        if (auto& sink = m_incoming[id]->sink) sink->abandon();
        failIncoming(id, cancelled, false);
    }
    m_pendingRequests.erase(id);
    m_requests.erase(id);
}

void FileTransfers::cancelAll(const base::Error& reason)
{
    std::vector<quint64> ids;
    for (const auto& [id, out] : m_outgoing) ids.push_back(id);
    for (const auto& [id, in] : m_incoming) ids.push_back(id);
    for (quint64 id : ids) {
        v1::FileMessage message;
        message.mutable_cancel()->set_error_code(std::int32_t(reason.code));
        message.mutable_cancel()->set_error_detail(reason.detail);
        (void)sendMessage(id, message, TrafficClass::kControl);
        if (m_outgoing.count(id) != 0) finishOutgoing(id, false, reason);
        if (m_incoming.count(id) != 0) failIncoming(id, reason, false);
    }
}

// ---- sending ------------------------------------------------------------------------------

quint64 FileTransfers::newId()
{
    return (QRandomGenerator::system()->generate64() >> 1) | 1;
}

base::Result<quint64> FileTransfers::send(const std::vector<fs::path>& localPaths, quint64 id,
                                         std::optional<transfer::Collision> collision)
{
    auto out = std::make_unique<Outgoing>();
    out->id = id != 0 ? id : m_nextId++;
    out->collision = collisionToWire(collision);
    if (m_outgoing.count(out->id) != 0) return makeError(ErrorCode::kAlreadyExists, "this transfer is under way");
    std::vector<std::pair<std::string, v1::FileEntry>> found;
    for (const fs::path& path : localPaths) {
        auto root = transfer::PathSandbox::open(path.parent_path());
        if (!root) return root.error();
        const std::string name = path.filename().string();
        auto resolved = root->resolve(name);
        if (!resolved) return resolved.error();
        struct stat st{};
        if (::fstatat(resolved->parent.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return errnoError(path.string(), errno);
        found.clear();
        found.emplace_back(name, entryOf(name, st));
        if (S_ISDIR(st.st_mode)) {
            auto folder = root->openFolder(name);
            if (!folder) return folder.error();
            if (auto ok = walkFolder(folder->get(), name, name, found, kMaxEntries); !ok) return ok.error();
        }
        const std::size_t rootIndex = out->roots.size();
        out->roots.push_back(std::move(*root));
        for (auto& [readPath, entry] : found) out->refs.push_back({rootIndex, readPath, std::move(entry), false});
        if (out->refs.size() > kMaxEntries) return makeError(ErrorCode::kLimitReached, "more than 100,000 files");
    }
    for (const auto& ref : out->refs) {
        if (!ref.entry.folder()) {
            out->total += ref.entry.size();
            ++out->filesTotal;
        }
    }
    Outgoing& added = *out;
    m_outgoing.emplace(added.id, std::move(out));
    offer(added);
    return added.id;
}

void FileTransfers::linkRestored()
{
    for (auto& [id, in] : m_incoming) {
        in->sink.reset();  // the part file stays; the new offer reopens it
        in->current.reset();
        in->pendingAck.reset();
        in->awaitingOffer = true;
        v1::FileMessage message;
        message.mutable_resume();
        (void)sendMessage(id, message, TrafficClass::kControl);
    }
    resumeOutgoing();
}

void FileTransfers::resumeOutgoing()
{
    for (auto& [id, out] : m_outgoing) offer(*out);
}

void FileTransfers::offer(Outgoing& out)
{
    {
        out.accepted = false;
        out.queue.clear();
        out.resumes.clear();
        out.current.reset();
        out.source.reset();
        out.inFlight.clear();
        out.inFlightBytes = 0;
        out.wire.clear();
        out.acked = 0;
        v1::FileMessage message;
        v1::FileOffer* offer = message.mutable_offer();
        offer->set_collision(out.collision);
        for (std::size_t i = 0; i < out.refs.size(); ++i) {
            if (out.refs[i].done) continue;  // the peer has it already
            out.wire.push_back(i);
            *offer->add_entries() = out.refs[i].entry;
            offer->set_total_bytes(offer->total_bytes() + out.refs[i].entry.size());
        }
        for (const auto& ref : out.refs) {
            if (ref.done && !ref.entry.folder()) out.acked += ref.entry.size();
        }
        // In the file class, like FileStart, FileChunk and FileEnd: a new offer must not
        // overtake chunks of the old stream still queued behind input and video.
        (void)sendMessage(out.id, message, TrafficClass::kFile);
    }
}

void FileTransfers::onAccept(Outgoing& out, const v1::FileAccept& accept)
{
    if (out.accepted) return;
    out.accepted = true;
    for (const v1::FileResume& resume : accept.files()) {
        if (resume.index() >= out.wire.size() || out.refs[out.wire[resume.index()]].entry.folder()) continue;
        if (resume.skip()) continue;  // a FileResult says why
        if (out.resumes.count(resume.index()) != 0) continue;
        out.resumes[resume.index()] = resume;
        out.queue.push_back(resume.index());
    }
    std::sort(out.queue.begin(), out.queue.end());
    const quint64 id = out.id;
    if (out.filesDone >= out.filesTotal) {
        finishOutgoing(id, true, {});
        return;
    }
    pump(out);
}

void FileTransfers::pump(Outgoing& out)
{
    std::vector<std::uint8_t>& buffer = m_readBuffer;
    while (out.accepted && out.inFlightBytes < out.window.windowBytes()) {
        if (!out.current) {
            if (out.queue.empty()) return;
            const std::uint32_t index = out.queue.front();
            out.queue.pop_front();
            Outgoing::Ref& ref = out.refs[out.wire[index]];
            const v1::FileResume& resume = out.resumes[index];
            v1::FileMessage end;
            end.mutable_end()->set_index(index);
            auto path = out.roots[ref.root].resolve(ref.readPath);
            base::Result<transfer::FileSource> source =
                path ? transfer::FileSource::open(*path) : base::Result<transfer::FileSource>(path.error());
            if (source && source->identity() != ref.entry.version()) {
                source = makeError(ErrorCode::kSourceChanged, ref.entry.path() + " changed since it was offered");
            }
            base::Result<transfer::Sha256> prefix = transfer::Sha256();
            std::uint64_t offset = 0;
            if (source && resume.offset() > 0 && resume.offset() <= source->size()) {
                prefix = source->hashPrefix(resume.offset());
                if (prefix) {
                    const transfer::Digest have = prefix->digest();
                    if (resume.prefix_sha256().size() == have.size() &&
                        std::equal(have.begin(), have.end(), reinterpret_cast<const std::uint8_t*>(resume.prefix_sha256().data()))) {
                        offset = resume.offset();
                    } else {
                        prefix = transfer::Sha256();  // what the receiver has is not this file: from the start
                    }
                }
            }
            if (!source || !prefix) {
                const base::Error& error = !source ? source.error() : prefix.error();
                end.mutable_end()->set_error_code(std::int32_t(error.code));
                end.mutable_end()->set_error_detail(error.detail);
                (void)sendMessage(out.id, end, TrafficClass::kFile);
                continue;
            }
            out.current = index;
            out.source.emplace(std::move(*source));
            out.hash = std::move(*prefix);
            out.pos = offset;
            out.acked += offset;
            out.compressor = transfer::ChunkCompressor(!transfer::looksCompressed(ref.entry.path()));
            v1::FileMessage start;
            start.mutable_start()->set_index(index);
            start.mutable_start()->set_offset(offset);
            (void)sendMessage(out.id, start, TrafficClass::kFile);
            emitProgress(out.id, true);
        }
        const std::uint32_t index = *out.current;
        transfer::FileSource& source = *out.source;
        if (out.pos >= source.size()) {
            v1::FileMessage end;
            end.mutable_end()->set_index(index);
            if (auto unchanged = source.checkUnchanged(); !unchanged) {
                end.mutable_end()->set_error_code(std::int32_t(unchanged.error().code));
                end.mutable_end()->set_error_detail(unchanged.error().detail);
            } else {
                const transfer::Digest digest = out.hash.digest();
                end.mutable_end()->set_sha256(reinterpret_cast<const char*>(digest.data()), digest.size());
            }
            (void)sendMessage(out.id, end, TrafficClass::kFile);
            out.current.reset();
            out.source.reset();
            continue;
        }
        buffer.resize(out.window.chunkBytes());
        auto got = source.read(out.pos, buffer);
        if (!got || *got == 0) {
            v1::FileMessage end;
            end.mutable_end()->set_index(index);
            const base::Error error = !got ? got.error() : makeError(ErrorCode::kSourceChanged, "file became shorter");
            end.mutable_end()->set_error_code(std::int32_t(error.code));
            end.mutable_end()->set_error_detail(error.detail);
            (void)sendMessage(out.id, end, TrafficClass::kFile);
            out.current.reset();
            out.source.reset();
            continue;
        }
        const std::span<const std::uint8_t> raw(buffer.data(), *got);
        transfer::EncodedChunk encoded = out.compressor.encode(raw);
        v1::FileMessage chunk;
        v1::FileChunk* body = chunk.mutable_chunk();
        body->set_index(index);
        body->set_offset(out.pos);
        const std::span<const std::uint8_t> wire = encoded.deflated ? std::span<const std::uint8_t>(encoded.bytes) : raw;
        body->set_data(reinterpret_cast<const char*>(wire.data()), wire.size());
        body->set_deflated(encoded.deflated);
        body->set_raw_size(std::uint32_t(raw.size()));
        if (auto sent = sendMessage(out.id, chunk, TrafficClass::kFile); !sent) return;  // link down: resume later
        out.hash.update(raw);
        out.pos += raw.size();
        out.inFlight.push_back({index, out.pos, raw.size(), Clock::now()});
        out.inFlightBytes += raw.size();
        m_bytesSent += wire.size();
    }
}

void FileTransfers::onAck(Outgoing& out, const v1::FileChunkAck& ack)
{
    const auto now = Clock::now();
    while (!out.inFlight.empty()) {
        const Outgoing::InFlight& f = out.inFlight.front();
        if (f.index > ack.index() || (f.index == ack.index() && f.end > ack.offset())) break;
        out.window.acknowledged(f.bytes, now - f.sentAt, now);
        out.inFlightBytes -= f.bytes;
        out.acked += f.bytes;
        out.inFlight.pop_front();
    }
    emitProgress(out.id, true);
    pump(out);
}

void FileTransfers::onResult(Outgoing& out, const v1::FileResult& result)
{
    if (result.index() >= out.wire.size()) return;
    Outgoing::Ref& ref = out.refs[out.wire[result.index()]];
    if (ref.done || ref.entry.folder()) return;
    ref.done = true;
    ++out.filesDone;
    const quint64 id = out.id;
    const QString path = QString::fromStdString(ref.entry.path());
    if (result.error_code() == 0) {
        emit fileDone(id, path, QString::fromStdString(result.saved_as()));
    } else {
        emit fileFailed(id, path, errorOf(result.error_code(), result.error_detail()));
    }
    emitProgress(id, true);
    auto it = m_outgoing.find(id);
    if (it != m_outgoing.end() && it->second->filesDone >= it->second->filesTotal) finishOutgoing(id, true, {});
}

void FileTransfers::finishOutgoing(quint64 id, bool ok, const base::Error& error)
{
    if (m_outgoing.erase(id) == 0) return;
    m_pendingRequests.erase(id);
    emit finished(id, ok, error);
}

// ---- receiving ----------------------------------------------------------------------------

base::Result<quint64> FileTransfers::fetch(const std::vector<std::string>& remotePaths, quint64 requested,
                                          std::optional<transfer::Collision> collision)
{
    if (remotePaths.empty()) return makeError(ErrorCode::kInvalidArgument, "nothing to fetch");
    const quint64 id = requested != 0 ? requested : m_nextId++;
    if (m_incoming.count(id) != 0 || m_pendingRequests.count(id) != 0) {
        return makeError(ErrorCode::kAlreadyExists, "this transfer is under way");
    }
    v1::FileMessage message;
    for (const auto& path : remotePaths) message.mutable_fetch()->add_paths(path);
    if (auto sent = sendMessage(id, message, TrafficClass::kControl); !sent) return sent.error();
    m_pendingRequests.insert(id);
    m_requests[id] = Request{m_options.receiveFolder, collision.value_or(m_options.collision), {}};
    return id;
}

void FileTransfers::onOffer(quint64 id, const v1::FileOffer& offer)
{
    // What we asked for (a fetch, a download) — also when it is offered again after a
    // dropped line — lands where the request said; anything else is the peer's send.
    Request request{m_options.receiveFolder, collisionFromWire(offer.collision()).value_or(m_options.collision), {}};
    Need need = Need::kReceive;
    bool checked = true;
    bool requested = false;
    if (auto r = m_requests.find(id); r != m_requests.end()) {
        request = r->second;
        requested = true;
        need = Need::kDownload;
        checked = !request.onlyFile.empty();
    } else if (auto old = m_incoming.find(id); old != m_incoming.end() && old->second->requested) {
        request.folder = old->second->sandbox->root();
        request.collision = old->second->collision;
        requested = true;
        need = old->second->need;
        checked = old->second->checked;
    }
    auto refuse = [&](const base::Error& error) {
        v1::FileMessage cancel;
        cancel.mutable_cancel()->set_error_code(std::int32_t(error.code));
        cancel.mutable_cancel()->set_error_detail(error.detail);
        (void)sendMessage(id, cancel, TrafficClass::kControl);
        const bool had = m_incoming.erase(id) != 0;
        m_requests.erase(id);
        if (requested || had) {
            m_pendingRequests.erase(id);
            emit finished(id, false, error);
        }
    };
    if (checked && !allowed(need)) {
        refuse(makeError(ErrorCode::kPermissionDenied, need == Need::kDownload ? "downloading files is not allowed in this session"
                                                                              : "the customer has not allowed receiving files"));
        return;
    }
    if (offer.entries_size() > int(kMaxEntries)) {
        refuse(makeError(ErrorCode::kLimitReached, "more than 100,000 files"));
        return;
    }
    if (!request.onlyFile.empty() &&
        (offer.entries_size() != 1 || offer.entries(0).folder() || offer.entries(0).path() != request.onlyFile)) {
        refuse(makeError(ErrorCode::kProtocolError, "the offer is not the file that was chosen"));
        return;
    }
    std::error_code made;
    if (request.onlyFile.empty()) fs::create_directories(request.folder, made);  // a chosen folder exists
    auto sandbox = transfer::PathSandbox::open(request.folder);
    if (!sandbox) {
        refuse(sandbox.error());
        return;
    }
    m_requests.erase(id);
    auto in = std::make_unique<Incoming>();
    in->id = id;
    in->requested = requested;
    in->need = need;
    in->checked = checked;
    in->collision = request.collision;
    in->entries.assign(offer.entries().begin(), offer.entries().end());
    v1::FileMessage accept;
    std::vector<v1::FileMessage> results;
    for (std::uint32_t i = 0; i < in->entries.size(); ++i) {
        const v1::FileEntry& entry = in->entries[i];
        if (entry.folder()) {
            // A folder that cannot be made shows in the errors of the files inside it.
            auto folder = sandbox->resolve(entry.path(), true);
            if (folder && !folder->name.empty()) (void)::mkdirat(folder->parent.get(), folder->name.c_str(), 0755);
            continue;
        }
        ++in->filesTotal;
        in->total += entry.size();
        v1::FileResume* resume = accept.mutable_accept()->add_files();
        resume->set_index(i);
        if (auto done = m_completed[id].find(entry.version() + "/" + entry.path()); done != m_completed[id].end()) {
            resume->set_skip(true);  // already here, complete and verified
            v1::FileMessage result;
            result.mutable_result()->set_index(i);
            result.mutable_result()->set_saved_as(done->second);
            results.push_back(result);
            ++in->filesDone;
            in->written += entry.size();
            continue;
        }
        auto sink = transfer::FileSink::open(*sandbox, entry.path(), entry.size(), entry.version(), in->collision);
        if (!sink) {
            resume->set_skip(true);
            v1::FileMessage result;
            result.mutable_result()->set_index(i);
            result.mutable_result()->set_error_code(std::int32_t(sink.error().code));
            result.mutable_result()->set_error_detail(sink.error().detail);
            results.push_back(result);
            ++in->filesDone;
            emit fileFailed(id, QString::fromStdString(entry.path()), sink.error());
            continue;
        }
        resume->set_offset(sink->resumeOffset());
        if (sink->resumeOffset() > 0) {
            const transfer::Digest digest = sink->prefixDigest();
            resume->set_prefix_sha256(reinterpret_cast<const char*>(digest.data()), digest.size());
        }
    }
    in->sandbox.emplace(std::move(*sandbox));
    m_incoming[id] = std::move(in);
    m_pendingRequests.erase(id);
    (void)sendMessage(id, accept, TrafficClass::kControl);
    for (auto& result : results) (void)sendMessage(id, result, TrafficClass::kControl);
    emitProgress(id, false);
    Incoming& ref = *m_incoming[id];
    if (ref.filesDone >= ref.filesTotal) {
        m_incoming.erase(id);
        emit finished(id, true, {});
    }
}

void FileTransfers::onStart(Incoming& in, const v1::FileStart& start)
{
    if (start.index() >= in.entries.size() || in.entries[start.index()].folder() || in.current) {
        failIncoming(in.id, makeError(ErrorCode::kProtocolError, "unexpected FileStart"), true);
        return;
    }
    const v1::FileEntry& entry = in.entries[start.index()];
    auto sink = transfer::FileSink::open(*in.sandbox, entry.path(), entry.size(), entry.version(), in.collision);
    if (!sink) {
        failIncoming(in.id, sink.error(), true);
        return;
    }
    if (start.offset() == 0 && sink->resumeOffset() > 0) {
        if (auto ok = sink->restart(); !ok) {
            failIncoming(in.id, ok.error(), true);
            return;
        }
    } else if (start.offset() != sink->resumeOffset()) {
        failIncoming(in.id, makeError(ErrorCode::kProtocolError, "FileStart at an offset we did not offer"), true);
        return;
    }
    in.written += start.offset();
    in.current = start.index();
    in.sink.emplace(std::move(*sink));
    emitProgress(in.id, false);
}

void FileTransfers::onChunk(Incoming& in, const v1::FileChunk& chunk)
{
    const quint64 id = in.id;
    if (in.checked && !allowed(in.need)) {
        failIncoming(id, makeError(ErrorCode::kPermissionDenied, "the customer has not allowed receiving files"), true);
        return;
    }
    if (!in.current || chunk.index() != *in.current || chunk.raw_size() > kChunkBytes) {
        failIncoming(id, makeError(ErrorCode::kProtocolError, "unexpected file chunk"), true);
        return;
    }
    const auto* data = reinterpret_cast<const std::uint8_t*>(chunk.data().data());
    // Deflated chunks are inflated (never past raw_size); plain ones are written as they came.
    std::vector<std::uint8_t> inflated;
    std::span<const std::uint8_t> raw(data, chunk.data().size());
    base::Status written;
    if (chunk.deflated()) {
        auto result = transfer::inflateChunk(raw, chunk.raw_size());
        if (result) {
            inflated = std::move(*result);
            raw = inflated;
        } else {
            written = result.error();
        }
    } else if (chunk.data().size() != chunk.raw_size()) {
        written = makeError(ErrorCode::kCorruptData, "chunk size differs");
    }
    if (written) written = in.sink->write(chunk.offset(), raw);
    if (!written) {
        // Whatever it was (disk full, corrupt chunk, out of order), this transfer cannot go
        // on; the part file is gone where keeping it would not help.
        failIncoming(id, written.error(), true);
        return;
    }
    in.written += raw.size();
    v1::FileChunkAck ack;
    ack.set_index(chunk.index());
    ack.set_offset(chunk.offset() + raw.size());
    in.pendingAck = ack;
    if (!m_acksScheduled) {
        m_acksScheduled = true;
        QMetaObject::invokeMethod(this, &FileTransfers::sendPendingAcks, Qt::QueuedConnection);
    }
    emitProgress(id, false);
}

void FileTransfers::sendPendingAcks()
{
    m_acksScheduled = false;
    for (auto& [id, in] : m_incoming) sendPendingAck(*in);
}

void FileTransfers::sendPendingAck(Incoming& in)
{
    if (!in.pendingAck) return;
    v1::FileMessage message;
    *message.mutable_ack() = *in.pendingAck;
    in.pendingAck.reset();
    (void)sendMessage(in.id, message, TrafficClass::kControl);
}

void FileTransfers::onEnd(Incoming& in, const v1::FileEnd& end)
{
    sendPendingAck(in);  // before the result: the sender's window is free for the next file
    const quint64 id = in.id;
    if (end.index() >= in.entries.size() || in.entries[end.index()].folder() || (in.current && *in.current != end.index())) {
        failIncoming(id, makeError(ErrorCode::kProtocolError, "unexpected FileEnd"), true);
        return;
    }
    const QString path = QString::fromStdString(in.entries[end.index()].path());
    v1::FileMessage result;
    result.mutable_result()->set_index(end.index());
    if (end.error_code() != 0) {
        if (in.sink) in.sink->abandon();
        const base::Error error = errorOf(end.error_code(), end.error_detail());
        result.mutable_result()->set_error_code(std::int32_t(error.code));
        result.mutable_result()->set_error_detail(error.detail);
        emit fileFailed(id, path, error);
    } else if (!in.sink || end.sha256().size() != 32) {
        failIncoming(id, makeError(ErrorCode::kProtocolError, "FileEnd without data"), true);
        return;
    } else {
        transfer::Digest expected{};
        std::memcpy(expected.data(), end.sha256().data(), expected.size());
        auto saved = in.sink->finish(expected);
        if (saved) {
            result.mutable_result()->set_saved_as(*saved);
            const v1::FileEntry& entry = in.entries[end.index()];
            m_completed[id][entry.version() + "/" + entry.path()] = *saved;
            const fs::path where = (in.sandbox->root() / in.entries[end.index()].path()).parent_path() / *saved;
            emit fileDone(id, path, QString::fromStdString(where.string()));
        } else {
            result.mutable_result()->set_error_code(std::int32_t(saved.error().code));
            result.mutable_result()->set_error_detail(saved.error().detail);
            emit fileFailed(id, path, saved.error());
        }
    }
    in.sink.reset();
    in.current.reset();
    ++in.filesDone;
    (void)sendMessage(id, result, TrafficClass::kControl);
    emitProgress(id, false);
    if (in.filesDone >= in.filesTotal) {
        m_incoming.erase(id);
        emit finished(id, true, {});
    }
}

void FileTransfers::failIncoming(quint64 id, const base::Error& error, bool tellPeer)
{
    auto it = m_incoming.find(id);
    if (it == m_incoming.end()) return;
    // Part files stay for a later resume, except where FileSink removed them itself.
    m_incoming.erase(it);
    if (tellPeer) {
        v1::FileMessage cancel;
        cancel.mutable_cancel()->set_error_code(std::int32_t(error.code));
        cancel.mutable_cancel()->set_error_detail(error.detail);
        (void)sendMessage(id, cancel, TrafficClass::kControl);
    }
    emit finished(id, false, error);
}

// ---- the customer's shared folder -------------------------------------------------------

void FileTransfers::onFetch(quint64 id, const v1::FileFetch& fetch)
{
    auto refuse = [&](const base::Error& error) {
        v1::FileMessage cancel;
        cancel.mutable_cancel()->set_error_code(std::int32_t(error.code));
        cancel.mutable_cancel()->set_error_detail(error.detail);
        (void)sendMessage(id, cancel, TrafficClass::kControl);
    };
    if (!allowed(Need::kSend)) {
        refuse(makeError(ErrorCode::kPermissionDenied, "the customer has not allowed sending files"));
        return;
    }
    if (m_outgoing.count(id) != 0 || fetch.paths_size() == 0) return;
    auto root = transfer::PathSandbox::open(m_options.sharedFolder);
    if (!root) {
        refuse(root.error());
        return;
    }
    auto out = std::make_unique<Outgoing>();
    out->id = id;
    std::vector<std::pair<std::string, v1::FileEntry>> found;
    for (const std::string& path : fetch.paths()) {
        auto resolved = root->resolve(path);
        if (!resolved) {
            refuse(resolved.error());
            return;
        }
        struct stat st{};
        if (resolved->name.empty() || ::fstatat(resolved->parent.get(), resolved->name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            refuse(makeError(ErrorCode::kNotFound, path + ": not found"));
            return;
        }
        found.emplace_back(path, entryOf(resolved->name, st));
        if (S_ISDIR(st.st_mode)) {
            auto folder = root->openFolder(path);
            if (!folder) {
                refuse(folder.error());
                return;
            }
            if (auto ok = walkFolder(folder->get(), path, resolved->name, found, kMaxEntries); !ok) {
                refuse(ok.error());
                return;
            }
        }
    }
    out->roots.push_back(std::move(*root));
    for (auto& [readPath, entry] : found) {
        if (!entry.folder()) {
            out->total += entry.size();
            ++out->filesTotal;
        }
        out->refs.push_back({0, readPath, std::move(entry), false});
    }
    Outgoing& added = *out;
    m_outgoing.emplace(id, std::move(out));
    offer(added);
}

base::Result<quint64> FileTransfers::requestOperation(const v1::FileOperation& operation, quint64 requested)
{
    const quint64 id = requested != 0 ? requested : m_nextId++;
    v1::FileMessage message;
    *message.mutable_operation() = operation;
    if (auto sent = sendMessage(id, message, TrafficClass::kControl); !sent) return sent.error();
    m_pendingRequests.insert(id);
    return id;
}

void FileTransfers::onOperation(quint64 id, const v1::FileOperation& operation)
{
    v1::FileMessage reply;
    v1::FileOperationResult* result = reply.mutable_operation_result();
    auto fail = [&](const base::Error& error) {
        result->set_error_code(std::int32_t(error.code));
        result->set_error_detail(error.detail);
    };
    const bool listing = operation.op_case() == v1::FileOperation::kList || operation.op_case() == v1::FileOperation::kDiskFree;
    auto root = transfer::PathSandbox::open(m_options.sharedFolder);
    if (!(allowed(Need::kManage) || (listing && allowed(Need::kSend)))) {
        fail(makeError(ErrorCode::kPermissionDenied, "the customer has not allowed managing files"));
    } else if (!root) {
        fail(root.error());
    } else {
        switch (operation.op_case()) {
        case v1::FileOperation::kList: {
            auto folder = root->openFolder(operation.list());
            if (!folder) {
                fail(folder.error());
                break;
            }
            DIR* dir = ::fdopendir(::dup(folder->get()));
            if (dir == nullptr) {
                fail(errnoError(operation.list(), errno));
                break;
            }
            while (const dirent* e = ::readdir(dir)) {
                const std::string name = e->d_name;
                struct stat st{};
                if (name == "." || name == ".." || ::fstatat(folder->get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
                if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) continue;
                if (name.ends_with(".lifeline-part")) continue;
                *result->add_listing() = entryOf(name, st);
                if (result->listing_size() >= int(kMaxEntries)) break;
            }
            ::closedir(dir);
            break;
        }
        case v1::FileOperation::kMakeFolder: {
            auto at = root->resolve(operation.make_folder());
            if (!at) fail(at.error());
            else if (at->name.empty() || ::mkdirat(at->parent.get(), at->name.c_str(), 0755) != 0) fail(errnoError(operation.make_folder(), at->name.empty() ? EEXIST : errno));
            break;
        }
        case v1::FileOperation::kRename: {
            auto from = root->resolve(operation.rename().from());
            auto to = root->resolve(operation.rename().to());
            if (!from) fail(from.error());
            else if (!to) fail(to.error());
            else if (from->name.empty() || to->name.empty()) fail(makeError(ErrorCode::kInvalidArgument, "the shared folder itself"));
            else if (::syscall(SYS_renameat2, from->parent.get(), from->name.c_str(), to->parent.get(), to->name.c_str(), RENAME_NOREPLACE) != 0)
                fail(errnoError(operation.rename().to(), errno));
            break;
        }
        case v1::FileOperation::kRemove: {
            auto at = root->resolve(operation.remove());
            struct stat st{};
            if (!at) fail(at.error());
            else if (at->name.empty()) fail(makeError(ErrorCode::kInvalidArgument, "the shared folder itself"));
            else if (::fstatat(at->parent.get(), at->name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) fail(errnoError(operation.remove(), errno));
            else if (S_ISDIR(st.st_mode)) {
                const int rc = operation.remove_all() ? removeTree(at->parent.get(), at->name) : ::unlinkat(at->parent.get(), at->name.c_str(), AT_REMOVEDIR);
                if (rc != 0) fail(errnoError(operation.remove(), errno));
            } else if (::unlinkat(at->parent.get(), at->name.c_str(), 0) != 0) {
                fail(errnoError(operation.remove(), errno));
            }
            break;
        }
        case v1::FileOperation::kDiskFree: {
            auto folder = root->openFolder(operation.disk_free());
            struct statvfs vfs{};
            if (!folder) fail(folder.error());
            else if (::fstatvfs(folder->get(), &vfs) != 0) fail(errnoError(operation.disk_free(), errno));
            else {
                result->set_free_bytes(std::uint64_t(vfs.f_bavail) * vfs.f_frsize);
                result->set_total_bytes(std::uint64_t(vfs.f_blocks) * vfs.f_frsize);
            }
            break;
        }
        default: fail(makeError(ErrorCode::kInvalidArgument, "unknown file operation"));
        }
    }
    (void)sendMessage(id, reply, TrafficClass::kControl);
}

}  // namespace lifeline::session

namespace lifeline::session {

// ---- basic mode: published files ----------------------------------------------------------

QList<PublishedFileInfo> PublishedFileInfo::listOf(const std::vector<v1::PublishedFile>& files)
{
    QList<PublishedFileInfo> list;
    for (const auto& file : files) list.push_back({file.id(), QString::fromStdString(file.name()), file.size()});
    return list;
}

base::Status FileTransfers::publish(const std::vector<fs::path>& localFiles)
{
    std::vector<Published> added;
    for (const fs::path& path : localFiles) {
        struct stat st{};
        if (::stat(path.c_str(), &st) != 0) return errnoError(path.string(), errno);
        if (!S_ISREG(st.st_mode)) return makeError(ErrorCode::kInvalidArgument, path.string() + ": only files can be published");
        const std::string name = path.filename().string();
        if (!transfer::isPlainFileName(name)) return makeError(ErrorCode::kInvalidArgument, path.string() + ": not a valid file name");
        Published published;
        published.path = path;
        published.info.set_name(name);
        published.info.set_size(std::uint64_t(st.st_size));
        published.info.set_modified_unix_ns(modifiedNs(st));
        added.push_back(std::move(published));
    }
    if (m_published.size() + added.size() > kMaxPublished) return makeError(ErrorCode::kLimitReached, "more than 1,000 published files");
    for (Published& published : added) {
        // Publishing the same file again replaces the old entry (new size and time).
        for (auto it = m_published.begin(); it != m_published.end();) {
            it = it->second.path == published.path ? m_published.erase(it) : std::next(it);
        }
        const std::uint32_t id = m_nextPublished++;
        published.info.set_id(id);
        m_published[id] = std::move(published);
    }
    sendPublished();
    return {};
}

void FileTransfers::unpublish(std::uint32_t publishedId)
{
    if (m_published.erase(publishedId) != 0) sendPublished();
}

std::vector<v1::PublishedFile> FileTransfers::published() const
{
    std::vector<v1::PublishedFile> list;
    for (const auto& [id, published] : m_published) list.push_back(published.info);
    return list;
}

void FileTransfers::sendPublished()
{
    v1::FileMessage message;
    for (const auto& [id, published] : m_published) {
        *message.mutable_publish()->add_files() = published.info;
    }
    if (m_published.empty()) message.mutable_publish();
    (void)sendMessage(0, message, TrafficClass::kControl);
    emit publishedChanged();
}

void FileTransfers::onPublish(const v1::FilePublish& publish)
{
    m_peerPublished.clear();
    if (allowed(Need::kDownload)) {
        for (const v1::PublishedFile& file : publish.files()) {
            if (m_peerPublished.size() >= kMaxPublished) break;
            if (transfer::isPlainFileName(file.name())) m_peerPublished.push_back(file);  // others are not shown
        }
    }
    emit publishedChanged();
}

base::Result<quint64> FileTransfers::download(std::uint32_t publishedId, const fs::path& folder, quint64 requested)
{
    if (!allowed(Need::kDownload)) return makeError(ErrorCode::kPermissionDenied, "downloading files is not allowed in this session");
    auto file = std::find_if(m_peerPublished.begin(), m_peerPublished.end(),
                             [publishedId](const v1::PublishedFile& f) { return f.id() == publishedId; });
    if (file == m_peerPublished.end()) return makeError(ErrorCode::kNotFound, "this file is no longer published");
    const quint64 id = requested != 0 ? requested : m_nextId++;
    if (m_incoming.count(id) != 0 || m_pendingRequests.count(id) != 0) {
        return makeError(ErrorCode::kAlreadyExists, "this transfer is under way");
    }
    if (auto sandbox = transfer::PathSandbox::open(folder); !sandbox) return sandbox.error();
    v1::FileMessage message;
    message.mutable_download()->set_published_id(publishedId);
    if (auto sent = sendMessage(id, message, TrafficClass::kControl); !sent) return sent.error();
    m_pendingRequests.insert(id);
    m_requests[id] = Request{folder, transfer::Collision::kKeepBoth, file->name()};
    return id;
}

void FileTransfers::onDownload(quint64 id, const v1::FileDownload& download)
{
    if (m_outgoing.count(id) != 0) return;  // asked twice
    auto refuse = [&](const base::Error& error) {
        v1::FileMessage cancel;
        cancel.mutable_cancel()->set_error_code(std::int32_t(error.code));
        cancel.mutable_cancel()->set_error_detail(error.detail);
        (void)sendMessage(id, cancel, TrafficClass::kControl);
    };
    auto published = m_published.find(download.published_id());
    if (published == m_published.end()) {
        refuse(makeError(ErrorCode::kNotFound, "this file is no longer published"));
        return;
    }
    const Published file = published->second;
    if (auto started = send({file.path}, id); !started) {
        refuse(started.error());
        return;
    }
    emit downloadStarted(id, QString::fromStdString(file.info.name()));
}

}  // namespace lifeline::session
