#include "core/transfer/file_source.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/transfer/posix.h"

namespace lifeline::transfer {

using base::ErrorCode;
using base::makeError;

namespace {

}  // namespace

base::Result<FileSource> FileSource::open(const SandboxedPath& path)
{
    if (path.name.empty()) return makeError(ErrorCode::kInvalidArgument, "a folder is not a file");
    const int fd = ::openat(path.parent.get(), path.name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return errnoError(path.full.string(), errno);
    FileSource source;
    source.m_fd.reset(fd);
    struct stat st{};
    if (::fstat(fd, &st) != 0) return errnoError(path.full.string(), errno);
    if (!S_ISREG(st.st_mode)) return makeError(ErrorCode::kPermissionDenied, path.full.string() + ": not a regular file");
    source.m_size = std::uint64_t(st.st_size);
    source.m_modifiedNs = transfer::modifiedNs(st);
    source.m_name = path.full.string();
    source.m_identity = versionOf(source.m_size, source.m_modifiedNs, std::uint64_t(st.st_ino), std::uint64_t(st.st_dev));
    return source;
}

std::string FileSource::versionOf(std::uint64_t size, std::int64_t modifiedNs, std::uint64_t inode, std::uint64_t device)
{
    const std::uint64_t fields[] = {size, std::uint64_t(modifiedNs), inode, device};
    return toHex(Sha256::of({reinterpret_cast<const std::uint8_t*>(fields), sizeof fields})).substr(0, 32);
}

base::Result<std::size_t> FileSource::read(std::uint64_t offset, std::span<std::uint8_t> out) const
{
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(m_fd.get(), out.data() + done, out.size() - done, off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return errnoError(m_name, errno);
        }
        if (n == 0) break;
        done += std::size_t(n);
    }
    const std::uint64_t expected = offset >= m_size ? 0 : std::min<std::uint64_t>(out.size(), m_size - offset);
    if (done < expected) return makeError(ErrorCode::kSourceChanged, m_name + " became shorter while it was sent");
    return std::min<std::size_t>(done, std::size_t(expected));
}

base::Status FileSource::checkUnchanged() const
{
    struct stat st{};
    if (::fstat(m_fd.get(), &st) != 0) return errnoError(m_name, errno);
    if (std::uint64_t(st.st_size) != m_size || transfer::modifiedNs(st) != m_modifiedNs) {
        return makeError(ErrorCode::kSourceChanged, m_name + " changed while it was sent");
    }
    return {};
}

base::Result<Sha256> FileSource::hashPrefix(std::uint64_t length) const
{
    if (length > m_size) return makeError(ErrorCode::kInvalidArgument, "prefix longer than the file");
    Sha256 hash;
    std::vector<std::uint8_t> buffer(1 << 20);
    for (std::uint64_t at = 0; at < length;) {
        const std::size_t want = std::size_t(std::min<std::uint64_t>(buffer.size(), length - at));
        auto got = read(at, {buffer.data(), want});
        if (!got) return got.error();
        if (*got == 0) return makeError(ErrorCode::kSourceChanged, m_name + " became shorter while it was sent");
        hash.update({buffer.data(), *got});
        at += *got;
    }
    return hash;
}

}  // namespace lifeline::transfer
