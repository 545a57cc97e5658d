#include "core/transfer/file_sink.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/transfer/posix.h"

namespace lifeline::transfer {

using base::ErrorCode;
using base::makeError;

namespace {

constexpr char kPartSuffix[] = ".lifeline-part";

// renameat2(RENAME_NOREPLACE): never replaces a file that appeared meanwhile.
int renameNoReplace(int dir, const char* from, const char* to)
{
    return int(::syscall(SYS_renameat2, dir, from, dir, to, RENAME_NOREPLACE));
}

}  // namespace

std::string numberedName(std::string_view name, int n)
{
    // The extension stays at the end; a leading dot (hidden file) is not an extension.
    std::size_t dot = name.rfind('.');
    if (dot == 0 || dot == std::string_view::npos) dot = name.size();
    return std::string(name.substr(0, dot)) + " (" + std::to_string(n) + ")" + std::string(name.substr(dot));
}

base::Result<FileSink> FileSink::open(const PathSandbox& sandbox, std::string_view relative, std::uint64_t size,
                                      std::string_view version, Collision collision)
{
    if (version.empty() || version.size() > 64 || version.find_first_not_of("0123456789abcdef") != std::string_view::npos) {
        return makeError(ErrorCode::kInvalidArgument, "bad file version");
    }
    auto resolved = sandbox.resolve(relative, true);
    if (!resolved) return resolved.error();
    if (resolved->name.empty()) return makeError(ErrorCode::kInvalidArgument, "a folder is not a file");
    FileSink sink;
    sink.m_path = std::move(*resolved);
    sink.m_size = size;
    sink.m_collision = collision;
    const int dir = sink.m_path.parent.get();
    const std::string& name = sink.m_path.name;

    struct stat st{};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(st.st_mode)) return makeError(ErrorCode::kAlreadyExists, sink.m_path.full.string() + " is a folder");
        if (collision == Collision::kAsk) return makeError(ErrorCode::kAlreadyExists, sink.m_path.full.string() + " already exists");
    }

    // The part file's name carries the version; a long name is shortened by a hash of it.
    std::string stem = name;
    if (stem.size() + version.size() + sizeof kPartSuffix + 2 > 255) {
        stem = toHex(Sha256::of({reinterpret_cast<const std::uint8_t*>(name.data()), name.size()})).substr(0, 32);
    }
    const std::string partPrefix = "." + stem + ".";
    sink.m_partName = partPrefix + std::string(version) + kPartSuffix;

    // Parts of other versions of this file are stale: the source changed since.
    if (DIR* listing = ::fdopendir(::dup(dir))) {
        std::vector<std::string> stale;
        while (const dirent* entry = ::readdir(listing)) {
            const std::string other = entry->d_name;
            if (other != sink.m_partName && other.starts_with(partPrefix) && other.ends_with(kPartSuffix)) stale.push_back(other);
        }
        ::closedir(listing);
        for (const auto& other : stale) ::unlinkat(dir, other.c_str(), 0);
    }

    const int fd = ::openat(dir, sink.m_partName.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return errnoError(sink.m_path.full.string(), errno);
    sink.m_fd.reset(fd);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return makeError(ErrorCode::kPermissionDenied, "part file is not a file");
    std::uint64_t have = std::uint64_t(st.st_size);
    if (have > size) {
        if (::ftruncate(fd, 0) != 0) return errnoError(sink.m_path.full.string(), errno);
        have = 0;
    }
    // What is already here, hashed once: the proof for the sender and the start of the
    // whole file's hash.
    std::vector<std::uint8_t> buffer(1 << 20);
    for (std::uint64_t at = 0; at < have;) {
        const ssize_t n = ::pread(fd, buffer.data(), std::size_t(std::min<std::uint64_t>(buffer.size(), have - at)), off_t(at));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return errnoError(sink.m_path.full.string(), n < 0 ? errno : EIO);
        sink.m_hash.update({buffer.data(), std::size_t(n)});
        at += std::uint64_t(n);
    }
    sink.m_offset = have;
    return sink;
}

base::Error FileSink::fail(base::Error error, bool removePart)
{
    if (removePart) abandon();
    return error;
}

base::Status FileSink::restart()
{
    if (!m_fd.valid()) return makeError(ErrorCode::kInvalidArgument, "file already finished");
    if (::ftruncate(m_fd.get(), 0) != 0) return fail(errnoError(m_path.full.string(), errno), true);
    m_offset = 0;
    m_hash = Sha256();
    return {};
}

base::Status FileSink::write(std::uint64_t offset, std::span<const std::uint8_t> data)
{
    if (!m_fd.valid()) return makeError(ErrorCode::kInvalidArgument, "file already finished");
    if (offset != m_offset) return makeError(ErrorCode::kProtocolError, "chunk out of order");
    if (data.size() > m_size - m_offset) return makeError(ErrorCode::kProtocolError, "more data than the file has");
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::pwrite(m_fd.get(), data.data() + done, data.size() - done, off_t(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            // Disk full or not allowed: resuming would not help; leave nothing behind.
            return fail(errnoError(m_path.full.string(), error), true);
        }
        done += std::size_t(n);
    }
    m_hash.update(data);
    m_offset += data.size();
    return {};
}

base::Result<std::string> FileSink::finish(const Digest& expected)
{
    if (!m_fd.valid()) return makeError(ErrorCode::kInvalidArgument, "file already finished");
    if (m_offset != m_size) return makeError(ErrorCode::kProtocolError, "file incomplete");
    if (m_hash.digest() != expected) {
        return fail(makeError(ErrorCode::kCorruptData, m_path.full.string() + ": SHA-256 differs from the sender's"), true);
    }
    if (::fsync(m_fd.get()) != 0) return fail(errnoError(m_path.full.string(), errno), true);
    const int dir = m_path.parent.get();
    std::string finalName = m_path.name;
    if (m_collision == Collision::kOverwrite) {
        if (::renameat(dir, m_partName.c_str(), dir, finalName.c_str()) != 0) return fail(errnoError(m_path.full.string(), errno), false);
    } else {
        for (int n = 2;; ++n) {
            if (renameNoReplace(dir, m_partName.c_str(), finalName.c_str()) == 0) break;
            const int error = errno;
            if (error != EEXIST || m_collision != Collision::kKeepBoth || n > 9999) {
                return fail(errnoError((m_path.full.parent_path() / finalName).string(), error), false);
            }
            finalName = numberedName(m_path.name, n);
        }
    }
    ::fsync(dir);  // the rename itself durable
    m_fd.reset();
    return finalName;
}

void FileSink::abandon()
{
    if (!m_partName.empty() && m_path.parent.valid()) ::unlinkat(m_path.parent.get(), m_partName.c_str(), 0);
    m_fd.reset();
}

}  // namespace lifeline::transfer
