#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/base/result.h"
#include "core/base/unique_fd.h"
#include "core/transfer/path_sandbox.h"
#include "core/transfer/sha256.h"

namespace lifeline::transfer {

// What to do when a file of the same name is already there.
enum class Collision : std::uint8_t {
    kAsk,        // refuse with kAlreadyExists; the user chooses, and the transfer asks again
    kOverwrite,  // replace it (atomically, once the new file is complete and verified)
    kKeepBoth,   // save as "name (2).ext", "name (3).ext", ...
};

// A file being received. Bytes go into a hidden part file beside the final name
// (".name.<version>.lifeline-part"), which is renamed to the final name only when the file
// is complete and its SHA-256 matches the sender's: a partial file is never seen under the
// final name. The part file outlives the transfer, so a later transfer of the same version
// of the file resumes where this one stopped (resumeOffset(), prefixDigest()); parts of
// other versions are deleted.
//
// Thread: one at a time.
class FileSink
{
public:
    // `version`: the sender's FileSource::identity() (hex digits only).
    static base::Result<FileSink> open(const PathSandbox& sandbox, std::string_view relative, std::uint64_t size,
                                       std::string_view version, Collision collision);

    std::uint64_t size() const { return m_size; }
    // Bytes already here (from an earlier, interrupted transfer of the same version).
    std::uint64_t resumeOffset() const { return m_offset; }
    // SHA-256 of those bytes, for the sender to compare with its own.
    Digest prefixDigest() const { return m_hash.digest(); }
    // Forgets what is here and starts from byte 0 (the sender's prefix did not match).
    base::Status restart();

    // Appends at `offset`, which must be resumeOffset() + everything written since.
    // kDiskFull when the disk is full (the part file is then removed: no half file stays).
    base::Status write(std::uint64_t offset, std::span<const std::uint8_t> data);
    // Checks length and SHA-256 against the sender's, makes the data durable and gives the
    // file its final name; returns that name (which differs with kKeepBoth). kCorruptData
    // when the hash differs (the part file is removed).
    base::Result<std::string> finish(const Digest& expected);
    // Removes the part file (cancelled, or an error that resuming would not fix).
    void abandon();

private:
    FileSink() = default;
    base::Error fail(base::Error error, bool removePart);

    SandboxedPath m_path;  // parent folder and final name
    std::string m_partName;
    base::UniqueFd m_fd;
    Collision m_collision = Collision::kAsk;
    std::uint64_t m_size = 0;
    std::uint64_t m_offset = 0;
    Sha256 m_hash;
};

// "name (2).ext" for n = 2: the name a kept-both copy gets.
std::string numberedName(std::string_view name, int n);

}  // namespace lifeline::transfer
