#include "core/base/error.h"

namespace lifeline::base {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::kUnspecified: return "UNSPECIFIED";
    case ErrorCode::kProtocolError: return "PROTOCOL_ERROR";
    case ErrorCode::kFrameTooLarge: return "FRAME_TOO_LARGE";
    case ErrorCode::kUnsupportedVersion: return "UNSUPPORTED_VERSION";
    case ErrorCode::kNotSignedIn: return "NOT_SIGNED_IN";
    case ErrorCode::kInvalidCredentials: return "INVALID_CREDENTIALS";
    case ErrorCode::kAccountLocked: return "ACCOUNT_LOCKED";
    case ErrorCode::kAccountDisabled: return "ACCOUNT_DISABLED";
    case ErrorCode::kPinNotFound: return "PIN_NOT_FOUND";
    case ErrorCode::kTooManyAttempts: return "TOO_MANY_ATTEMPTS";
    case ErrorCode::kSessionNotFound: return "SESSION_NOT_FOUND";
    case ErrorCode::kPeerGone: return "PEER_GONE";
    case ErrorCode::kPermissionDenied: return "PERMISSION_DENIED";
    case ErrorCode::kInvalidArgument: return "INVALID_ARGUMENT";
    case ErrorCode::kInternal: return "INTERNAL";
    case ErrorCode::kTlsError: return "TLS_ERROR";
    case ErrorCode::kConnectionFailed: return "CONNECTION_FAILED";
    case ErrorCode::kTimeout: return "TIMEOUT";
    case ErrorCode::kIoError: return "IO_ERROR";
    case ErrorCode::kDatabaseError: return "DATABASE_ERROR";
    case ErrorCode::kAlreadyExists: return "ALREADY_EXISTS";
    case ErrorCode::kNotFound: return "NOT_FOUND";
    case ErrorCode::kLimitReached: return "LIMIT_REACHED";
    case ErrorCode::kConnectionClosed: return "CONNECTION_CLOSED";
    case ErrorCode::kUnavailable: return "UNAVAILABLE";
    case ErrorCode::kCorruptData: return "CORRUPT_DATA";
    case ErrorCode::kDiskFull: return "DISK_FULL";
    case ErrorCode::kSourceChanged: return "SOURCE_CHANGED";
    case ErrorCode::kSecondFactorRequired: return "SECOND_FACTOR_REQUIRED";
    }
    return "UNKNOWN";
}

std::string Error::toString() const
{
    std::string text(errorCodeName(code));
    if (!detail.empty()) {
        text += ": ";
        text += detail;
    }
    return text;
}

}  // namespace lifeline::base
