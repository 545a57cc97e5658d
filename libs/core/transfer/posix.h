#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>

#include "core/base/error.h"

namespace lifeline::transfer {

// The error for a failed system call on `what` (a path, for messages): a full disk is
// kDiskFull, a symlink or file in the way kPermissionDenied, and so on — one mapping for
// the sandbox, the source, the sink and the file manager.
base::Error errnoError(const std::string& what, int error);

// A file's modification time in nanoseconds since the epoch.
std::int64_t modifiedNs(const struct stat& st);

}  // namespace lifeline::transfer
