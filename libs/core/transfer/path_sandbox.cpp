#include "core/transfer/path_sandbox.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "core/transfer/posix.h"

namespace lifeline::transfer {

using base::ErrorCode;
using base::makeError;
using base::UniqueFd;

namespace {

constexpr std::size_t kNameMax = 255;

}  // namespace

base::Status validateName(std::string_view name)
{
    if (name.empty()) return makeError(ErrorCode::kInvalidArgument, "empty name");
    if (name == "." || name == "..") return makeError(ErrorCode::kInvalidArgument, "\"" + std::string(name) + "\" is not a name");
    if (name.find('/') != std::string_view::npos || name.find('\0') != std::string_view::npos) {
        return makeError(ErrorCode::kInvalidArgument, "a name may not contain '/' or NUL");
    }
    if (name.size() > kNameMax) return makeError(ErrorCode::kInvalidArgument, "name longer than 255 bytes");
    return {};
}

base::Result<std::vector<std::string>> splitRelativePath(std::string_view relative)
{
    std::vector<std::string> names;
    if (relative.empty()) return names;
    if (relative.front() == '/') return makeError(ErrorCode::kPermissionDenied, "absolute path refused");
    std::size_t start = 0;
    while (start <= relative.size()) {
        const std::size_t slash = relative.find('/', start);
        const std::string_view name = relative.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (name == "..") return makeError(ErrorCode::kPermissionDenied, "\"..\" refused");
        if (auto ok = validateName(name); !ok) return ok.error();
        names.emplace_back(name);
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return names;
}

bool isPlainFileName(std::string_view name)
{
    return validateName(name).ok();
}

base::Result<PathSandbox> PathSandbox::open(const std::filesystem::path& root)
{
    std::error_code error;
    const auto canonical = std::filesystem::canonical(root, error);
    if (error) return makeError(ErrorCode::kNotFound, root.string() + ": " + error.message());
    if (!std::filesystem::is_directory(canonical, error)) {
        return makeError(ErrorCode::kInvalidArgument, root.string() + " is not a folder");
    }
    return PathSandbox(canonical);
}

base::Result<UniqueFd> PathSandbox::walk(const std::vector<std::string>& names, std::size_t count, bool create) const
{
    UniqueFd dir(::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid()) return errnoError(m_root.string(), errno);
    std::filesystem::path at = m_root;
    for (std::size_t i = 0; i < count; ++i) {
        at /= names[i];
        int fd = ::openat(dir.get(), names[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT && create) {
            if (::mkdirat(dir.get(), names[i].c_str(), 0755) != 0 && errno != EEXIST) return errnoError(at.string(), errno);
            fd = ::openat(dir.get(), names[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (fd < 0) return errnoError(at.string(), errno);
        dir.reset(fd);
    }
    return dir;
}

base::Result<SandboxedPath> PathSandbox::resolve(std::string_view relative, bool createParents) const
{
    auto names = splitRelativePath(relative);
    if (!names) return names.error();
    if (names->empty()) {
        auto dir = walk({}, 0, false);
        if (!dir) return dir.error();
        return SandboxedPath{std::move(*dir), {}, m_root};
    }
    auto parent = walk(*names, names->size() - 1, createParents);
    if (!parent) return parent.error();
    std::filesystem::path full = m_root;
    for (const auto& name : *names) full /= name;
    // What is there now must be a plain file or folder, never a link, device, FIFO or socket.
    struct stat st{};
    if (::fstatat(parent->get(), names->back().c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(st.st_mode)) return makeError(ErrorCode::kPermissionDenied, full.string() + ": is a symlink");
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
            return makeError(ErrorCode::kPermissionDenied, full.string() + ": not a regular file or folder");
        }
    } else if (errno != ENOENT) {
        return errnoError(full.string(), errno);
    }
    return SandboxedPath{std::move(*parent), names->back(), std::move(full)};
}

base::Result<UniqueFd> PathSandbox::openFolder(std::string_view relative) const
{
    auto names = splitRelativePath(relative);
    if (!names) return names.error();
    return walk(*names, names->size(), false);
}

}  // namespace lifeline::transfer
