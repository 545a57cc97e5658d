#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/base/result.h"
#include "core/base/unique_fd.h"
#include "core/transfer/path_sandbox.h"
#include "core/transfer/sha256.h"

namespace lifeline::transfer {

// A file being sent. Remembers what the file was when opened (size, modification time,
// inode): identity() names that version, so a receiver holding part of an earlier version
// starts again instead of mixing the two, and checkUnchanged() notices a file written to
// while it is sent.
//
// Thread: one at a time.
class FileSource
{
public:
    // Opens a regular file inside a sandbox (no symlinks, devices, FIFOs).
    static base::Result<FileSource> open(const SandboxedPath& path);

    std::uint64_t size() const { return m_size; }
    std::int64_t modifiedNs() const { return m_modifiedNs; }
    // 32 hex digits naming this version of the file (size, time, inode, device).
    const std::string& identity() const { return m_identity; }

    // Reads up to out.size() bytes at offset; fewer only at the end of the file.
    // kSourceChanged when the file is now shorter than it was.
    base::Result<std::size_t> read(std::uint64_t offset, std::span<std::uint8_t> out) const;
    // kSourceChanged when size or modification time differ from when it was opened.
    base::Status checkUnchanged() const;
    // SHA-256 of the first `length` bytes (to check a receiver's proof of what it already
    // has); the state goes on to hash the rest.
    base::Result<Sha256> hashPrefix(std::uint64_t length) const;

    // The version name of a file with these properties (identity() of an open file).
    static std::string versionOf(std::uint64_t size, std::int64_t modifiedNs, std::uint64_t inode, std::uint64_t device);

private:
    FileSource() = default;

    base::UniqueFd m_fd;
    std::uint64_t m_size = 0;
    std::int64_t m_modifiedNs = 0;
    std::string m_identity;
    std::string m_name;
};

}  // namespace lifeline::transfer
