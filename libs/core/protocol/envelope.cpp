#include "core/protocol/envelope.h"

#include <algorithm>

namespace lifeline::protocol {

std::vector<std::string> defaultCapabilities()
{
    return {std::string(kCapPinSessions), std::string(kCapKeepalive)};
}

std::vector<std::string> intersectCapabilities(const std::vector<std::string>& ours,
                                               const std::vector<std::string>& theirs)
{
    std::vector<std::string> common;
    for (const auto& capability : ours) {
        if (std::find(theirs.begin(), theirs.end(), capability) != theirs.end()) {
            common.push_back(capability);
        }
    }
    return common;
}

base::Result<v1::Envelope> parseEnvelope(std::string_view bytes)
{
    v1::Envelope envelope;
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX) ||
        !envelope.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
        return base::makeError(base::ErrorCode::kProtocolError, "malformed envelope");
    }
    return envelope;
}

std::string serializeEnvelope(const v1::Envelope& envelope)
{
    return envelope.SerializeAsString();
}

v1::ErrorCode toWire(base::ErrorCode code)
{
    const auto value = static_cast<int>(code);
    return v1::ErrorCode_IsValid(value) ? static_cast<v1::ErrorCode>(value)
                                        : v1::ERROR_CODE_UNSPECIFIED;
}

base::ErrorCode fromWire(int wireCode)
{
    if (wireCode < 0 || wireCode > base::kErrorCodeMax || !v1::ErrorCode_IsValid(wireCode)) {
        return base::ErrorCode::kUnspecified;
    }
    return static_cast<base::ErrorCode>(wireCode);
}

void fillError(v1::Error* wire, const base::Error& error)
{
    wire->set_code(toWire(error.code));
    wire->set_detail(error.detail);
    wire->set_retry_after_seconds(error.retryAfterSeconds);
}

base::Error toError(const v1::Error& wire)
{
    return base::Error{fromWire(wire.code()), wire.detail(), wire.retry_after_seconds()};
}

}  // namespace lifeline::protocol
