#include "server/totp.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>
#include <cctype>

namespace lifeline::server {

namespace {

using base::ErrorCode;
using base::makeError;

constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const EVP_MD* digestOf(TotpHash hash)
{
    switch (hash) {
    case TotpHash::kSha256: return EVP_sha256();
    case TotpHash::kSha512: return EVP_sha512();
    case TotpHash::kSha1: break;
    }
    return EVP_sha1();
}

const char* algorithmName(TotpHash hash)
{
    switch (hash) {
    case TotpHash::kSha256: return "SHA256";
    case TotpHash::kSha512: return "SHA512";
    case TotpHash::kSha1: break;
    }
    return "SHA1";
}

std::uint32_t powerOfTen(int digits)
{
    std::uint32_t value = 1;
    for (int i = 0; i < digits; ++i) value *= 10;
    return value;
}

std::string padded(std::uint32_t value, int digits)
{
    std::string text = std::to_string(value);
    if (text.size() < std::size_t(digits)) text.insert(0, std::size_t(digits) - text.size(), '0');
    return text;
}

std::string percentEncoded(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
            out += char(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

}  // namespace

std::uint32_t hotp(std::span<const std::uint8_t> key, std::uint64_t counter, int digits, TotpHash hash)
{
    std::array<std::uint8_t, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[std::size_t(i)] = std::uint8_t(counter & 0xff);
        counter >>= 8;
    }
    std::array<std::uint8_t, EVP_MAX_MD_SIZE> mac{};
    unsigned int length = 0;
    HMAC(digestOf(hash), key.data(), int(key.size()), message.data(), message.size(), mac.data(), &length);
    // Dynamic truncation (RFC 4226 §5.3).
    const unsigned offset = mac[length - 1] & 0x0f;
    const std::uint32_t binary = (std::uint32_t(mac[offset] & 0x7f) << 24) | (std::uint32_t(mac[offset + 1]) << 16) |
                                 (std::uint32_t(mac[offset + 2]) << 8) | std::uint32_t(mac[offset + 3]);
    return binary % powerOfTen(digits);
}

std::string totpCode(std::span<const std::uint8_t> key, std::int64_t unixSeconds, const TotpParams& params)
{
    const std::uint64_t step = std::uint64_t(unixSeconds / params.stepSeconds);
    return padded(hotp(key, step, params.digits, params.hash), params.digits);
}

std::optional<std::int64_t> verifyTotp(std::span<const std::uint8_t> key, std::string_view code, std::int64_t unixSeconds,
                                       int window, const TotpParams& params)
{
    std::string digits;
    for (const char c : code) {
        if (c == ' ') continue;
        if (c < '0' || c > '9') return std::nullopt;
        digits += c;
    }
    if (digits.size() != std::size_t(params.digits) || unixSeconds < 0) return std::nullopt;
    const std::int64_t now = unixSeconds / params.stepSeconds;
    std::optional<std::int64_t> matched;
    for (std::int64_t step = now - window; step <= now + window; ++step) {
        if (step < 0) continue;
        const std::string expected = padded(hotp(key, std::uint64_t(step), params.digits, params.hash), params.digits);
        // Every step is compared, matched or not: the time taken says nothing.
        if (CRYPTO_memcmp(expected.data(), digits.data(), digits.size()) == 0 && !matched) matched = step;
    }
    return matched;
}

std::vector<std::uint8_t> newTotpSecret()
{
    std::vector<std::uint8_t> secret(20);
    if (RAND_bytes(secret.data(), int(secret.size())) != 1) return {};
    return secret;
}

std::string base32Encode(std::span<const std::uint8_t> bytes)
{
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += kBase32[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0) out += kBase32[(buffer << (5 - bits)) & 31];
    return out;
}

base::Result<std::vector<std::uint8_t>> base32Decode(std::string_view text)
{
    std::vector<std::uint8_t> out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char raw : text) {
        if (raw == ' ' || raw == '=') continue;
        const char c = char(std::toupper(static_cast<unsigned char>(raw)));
        int value = -1;
        if (c >= 'A' && c <= 'Z') value = c - 'A';
        if (c >= '2' && c <= '7') value = 26 + (c - '2');
        if (value < 0) return makeError(ErrorCode::kInvalidArgument, std::string("not base32: '") + raw + "'");
        buffer = (buffer << 5) | std::uint32_t(value);
        bits += 5;
        if (bits >= 8) {
            out.push_back(std::uint8_t((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

std::string otpauthUri(std::string_view issuer, std::string_view account, std::span<const std::uint8_t> secret,
                       const TotpParams& params)
{
    return "otpauth://totp/" + percentEncoded(issuer) + ":" + percentEncoded(account) + "?secret=" + base32Encode(secret) +
           "&issuer=" + percentEncoded(issuer) + "&algorithm=" + algorithmName(params.hash) +
           "&digits=" + std::to_string(params.digits) + "&period=" + std::to_string(params.stepSeconds);
}

std::vector<std::string> newRecoveryCodes(int count)
{
    std::vector<std::string> codes;
    for (int i = 0; i < count; ++i) {
        std::array<std::uint8_t, 10> random{};
        if (RAND_bytes(random.data(), int(random.size())) != 1) return {};
        const std::string plain = base32Encode(random);  // 16 characters
        codes.push_back(plain.substr(0, 4) + "-" + plain.substr(4, 4) + "-" + plain.substr(8, 4) + "-" + plain.substr(12, 4));
    }
    return codes;
}

std::string recoveryCodeHash(std::string_view code)
{
    std::string normal;
    for (const char c : code) {
        if (c == '-' || c == ' ') continue;
        normal += char(std::toupper(static_cast<unsigned char>(c)));
    }
    std::array<std::uint8_t, SHA256_DIGEST_LENGTH> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(normal.data()), normal.size(), digest.data());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (const std::uint8_t b : digest) {
        hex += kHex[b >> 4];
        hex += kHex[b & 15];
    }
    return hex;
}

}  // namespace lifeline::server
