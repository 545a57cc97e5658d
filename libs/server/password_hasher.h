#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace lifeline::server {

// scrypt (RFC 7914) through OpenSSL, with a fresh 16-byte salt per password. The encoded
// form carries its own parameters, so the cost can rise later without breaking old hashes:
//   $scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>
// Pure CPU work with no shared state: safe on any thread (sign-in runs it on a pool).
struct ScryptParams
{
    int log2N = 15;  // N = 32768: 32 MiB and ~0.1 s per hash on one core
    int r = 8;
    int p = 1;
};

[[nodiscard]] base::Result<std::string> hashPassword(std::string_view password,
                                                     const ScryptParams& params = {});
// False for a wrong password and for an encoded hash that does not parse.
bool verifyPassword(std::string_view password, std::string_view encoded);

// Burns the same time as verifying a real hash, for unknown accounts (no timing oracle).
void verifyAgainstDummy(std::string_view password);

}  // namespace lifeline::server
