#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "lifeline/v1/envelope.pb.h"

namespace lifeline::protocol {

namespace v1 = ::lifeline::v1;

// Highest protocol version this build speaks.
inline constexpr std::uint32_t kProtocolVersion = 1;

// Capability strings. A feature is used only when both ends announced it in Hello.
inline constexpr std::string_view kCapPinSessions = "pin-sessions";
inline constexpr std::string_view kCapKeepalive = "keepalive";

std::vector<std::string> defaultCapabilities();
// Capabilities in both lists, in the order of `ours`.
std::vector<std::string> intersectCapabilities(const std::vector<std::string>& ours,
                                               const std::vector<std::string>& theirs);

// Parses untrusted bytes; anything that is not a well-formed Envelope is kProtocolError.
[[nodiscard]] base::Result<v1::Envelope> parseEnvelope(std::string_view bytes);
std::string serializeEnvelope(const v1::Envelope& envelope);

// One-to-one mapping between the C++ and wire error codes. Unknown wire values (from a
// newer peer) become kUnspecified.
v1::ErrorCode toWire(base::ErrorCode code);
base::ErrorCode fromWire(int wireCode);

void fillError(v1::Error* wire, const base::Error& error);
base::Error toError(const v1::Error& wire);

}  // namespace lifeline::protocol
