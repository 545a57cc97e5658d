#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lifeline::server {

// Time-based one-time passwords (RFC 6238 over the HOTP of RFC 4226), what authenticator
// apps show, for two-factor sign-in. Pure functions; safe on any thread.
enum class TotpHash : std::uint8_t { kSha1, kSha256, kSha512 };

struct TotpParams
{
    int digits = 6;            // 6 (the apps' default) .. 8
    std::int64_t stepSeconds = 30;
    TotpHash hash = TotpHash::kSha1;  // what every authenticator app supports
};

// HOTP: the `digits`-digit value of `counter` under `key` (RFC 4226 §5.3).
std::uint32_t hotp(std::span<const std::uint8_t> key, std::uint64_t counter, int digits, TotpHash hash);
// The code for the step that contains `unixSeconds`, zero-padded to `digits`.
std::string totpCode(std::span<const std::uint8_t> key, std::int64_t unixSeconds, const TotpParams& params = {});
// Checks `code` (digits; spaces ignored) against the steps from `window` before to
// `window` after the one containing `unixSeconds` (clocks drift, people type slowly), in
// constant time per step. Returns the step that matched — the caller refuses a step at or
// before the last one used, so an overheard code cannot be replayed.
std::optional<std::int64_t> verifyTotp(std::span<const std::uint8_t> key, std::string_view code, std::int64_t unixSeconds,
                                       int window = 1, const TotpParams& params = {});

// A fresh secret from the CSPRNG (20 bytes: SHA-1's block-free key size, RFC 4226 §4).
std::vector<std::uint8_t> newTotpSecret();
// Base32 (RFC 4648, upper case, no padding): how authenticator apps take secrets.
std::string base32Encode(std::span<const std::uint8_t> bytes);
// Accepts lower case, spaces and '=' padding; anything else is kInvalidArgument.
base::Result<std::vector<std::uint8_t>> base32Decode(std::string_view text);
// otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=… — the
// text of the enrolment QR code (Key Uri Format), issuer and account percent-encoded.
std::string otpauthUri(std::string_view issuer, std::string_view account, std::span<const std::uint8_t> secret,
                       const TotpParams& params = {});

// Recovery codes for a lost phone: `count` codes of 16 base32 characters (80 bits) shown
// once as XXXX-XXXX-XXXX-XXXX, stored only as their SHA-256 (hex) — 80 random bits need no
// slow hash. recoveryCodeHash normalises (case, dashes, spaces) before hashing.
std::vector<std::string> newRecoveryCodes(int count = 10);
std::string recoveryCodeHash(std::string_view code);

}  // namespace lifeline::server
