#include "core/transfer/posix.h"

#include <cerrno>
#include <cstring>

#include "core/base/result.h"

namespace lifeline::transfer {

using base::ErrorCode;
using base::makeError;

base::Error errnoError(const std::string& what, int error)
{
    switch (error) {
    case ENOENT: return makeError(ErrorCode::kNotFound, what + ": not found");
    case EEXIST:
    case ENOTEMPTY: return makeError(ErrorCode::kAlreadyExists, what + ": " + std::strerror(error));
    case EACCES:
    case EPERM:
    case EROFS: return makeError(ErrorCode::kPermissionDenied, what + ": permission denied");
    case ELOOP:
    case ENOTDIR: return makeError(ErrorCode::kPermissionDenied, what + ": a symlink or a file is in the way");
    case ENOSPC:
    case EDQUOT: return makeError(ErrorCode::kDiskFull, what + ": no space left on the disk");
    default: return makeError(ErrorCode::kIoError, what + ": " + std::strerror(error));
    }
}

std::int64_t modifiedNs(const struct stat& st)
{
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

}  // namespace lifeline::transfer
