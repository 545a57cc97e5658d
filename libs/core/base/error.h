#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lifeline::base {

// Error codes shared by every module. The numeric values are the wire values of
// lifeline.v1.ErrorCode (proto/lifeline/v1/error.proto); tests/core/protocol checks
// that the two lists are the same, one to one. Never renumber; append only.
enum class ErrorCode : std::int32_t {
    kUnspecified = 0,
    kProtocolError = 1,       // malformed frame or message, or a message out of order
    kFrameTooLarge = 2,       // a frame's length is above the reader's limit
    kUnsupportedVersion = 3,  // no common protocol version
    kNotSignedIn = 4,         // the request needs a signed-in technician
    kInvalidCredentials = 5,  // wrong e-mail or password (never says which)
    kAccountLocked = 6,       // too many failed sign-ins; retry_after tells how long
    kAccountDisabled = 7,
    kPinNotFound = 8,         // PIN unknown, used or expired (never says which)
    kTooManyAttempts = 9,     // PIN attempt limit; retry_after tells how long
    kSessionNotFound = 10,
    kPeerGone = 11,           // the other end of the session went away
    kPermissionDenied = 12,
    kInvalidArgument = 13,
    kInternal = 14,
    kTlsError = 15,           // handshake failed, certificate not trusted, wrong ALPN
    kConnectionFailed = 16,   // could not reach the relay
    kTimeout = 17,
    kIoError = 18,
    kDatabaseError = 19,
    kAlreadyExists = 20,
    kNotFound = 21,
    kLimitReached = 22,       // e.g. too many concurrent sessions
    kConnectionClosed = 23,   // orderly or unexpected end of the byte stream
    kUnavailable = 24,        // a device, display or extension is not there
    kCorruptData = 25,        // encoded data (picture, file) that does not decode
    kDiskFull = 26,           // no space left where a file was being written
    kSourceChanged = 27,      // a file changed while it was being sent
    kSecondFactorRequired = 28,  // the password was right; now the authenticator code
};

inline constexpr std::int32_t kErrorCodeMax = 28;

// Stable upper-snake name, the wire enum's name without its "ERROR_CODE_" prefix.
std::string_view errorCodeName(ErrorCode code);

// An error value: a code plus a detail for logs. Apps turn codes into translated text;
// detail is never shown to a customer as is.
struct Error
{
    ErrorCode code = ErrorCode::kInternal;
    std::string detail;
    std::uint32_t retryAfterSeconds = 0;  // for kAccountLocked / kTooManyAttempts

    std::string toString() const;
};

}  // namespace lifeline::base
