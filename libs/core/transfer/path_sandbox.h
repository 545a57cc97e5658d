#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/base/unique_fd.h"

namespace lifeline::transfer {

// Checks one name (a path component) the peer sent: kInvalidArgument for an empty name,
// "." or "..", a name with '/' or NUL, or one longer than this system allows (255 bytes).
base::Status validateName(std::string_view name);

// Splits a wire path ("folder/sub/file.txt", '/'-separated, relative) into checked names.
// Absolute paths and any ".." are refused.
base::Result<std::vector<std::string>> splitRelativePath(std::string_view relative);

// One plain file name (no folder, not "." or "..", no NUL, at most 255 bytes): what a
// published file may be called, since the customer's end saves it under that name.
bool isPlainFileName(std::string_view name);

// A path inside the sandbox, held open: the directory that contains it (opened without
// following symlinks at any step) and the last name. Everything done with it goes through
// the directory's descriptor (openat, renameat, ...), so swapping a directory for a
// symlink after the check cannot lead outside the folder.
struct SandboxedPath
{
    base::UniqueFd parent;
    std::string name;           // last component; empty for the root itself
    std::filesystem::path full; // for messages and logs only
};

// The folder the user chose for a transfer or the file manager, and every path the peer
// names resolved inside it. A path that would leave it — "..", an absolute path, a symlink
// anywhere on the way — is refused (kPermissionDenied), as is a device, FIFO or socket
// where a file is expected.
//
// Thread: any; one object is not shared between threads.
class PathSandbox
{
public:
    // kNotFound / kInvalidArgument when `root` is not an existing directory.
    static base::Result<PathSandbox> open(const std::filesystem::path& root);

    const std::filesystem::path& root() const { return m_root; }

    // Resolves `relative` (wire form). With createParents, missing folders on the way are
    // made (mode 0755 less the umask). "" is the root itself.
    base::Result<SandboxedPath> resolve(std::string_view relative, bool createParents = false) const;
    // Opens a folder inside the sandbox ("" = the root) for listing.
    base::Result<base::UniqueFd> openFolder(std::string_view relative) const;

private:
    explicit PathSandbox(std::filesystem::path root) : m_root(std::move(root)) {}
    base::Result<base::UniqueFd> walk(const std::vector<std::string>& names, std::size_t count, bool create) const;

    std::filesystem::path m_root;
};

}  // namespace lifeline::transfer
