#include "server/password_hasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <charconv>
#include <vector>

namespace lifeline::server {

namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr std::uint64_t kMaxMemory = 256ull * 1024 * 1024;

std::string base64(const unsigned char* data, std::size_t size)
{
    std::string out(4 * ((size + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data,
                                  static_cast<int>(size));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

bool unbase64(std::string_view text, std::size_t expectedSize, std::vector<unsigned char>& out)
{
    if (text.empty() || text.size() % 4 != 0 || text.size() > 1024) {
        return false;
    }
    out.assign(3 * text.size() / 4, 0);
    const int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                  static_cast<int>(text.size()));
    if (n < 0) {
        return false;
    }
    std::size_t padding = 0;
    while (padding < 2 && text[text.size() - 1 - padding] == '=') {
        ++padding;
    }
    out.resize(static_cast<std::size_t>(n) - padding);
    return out.size() == expectedSize;
}

bool derive(std::string_view password, const unsigned char* salt, std::size_t saltSize,
            const ScryptParams& params, unsigned char* out, std::size_t outSize)
{
    if (params.log2N < 10 || params.log2N > 22 || params.r < 1 || params.r > 32 ||
        params.p < 1 || params.p > 16) {
        return false;
    }
    return EVP_PBE_scrypt(password.data(), password.size(), salt, saltSize,
                          std::uint64_t{1} << params.log2N, static_cast<std::uint64_t>(params.r),
                          static_cast<std::uint64_t>(params.p), kMaxMemory, out, outSize) == 1;
}

bool parseInt(std::string_view text, int& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

base::Result<std::string> hashPassword(std::string_view password, const ScryptParams& params)
{
    unsigned char salt[kSaltBytes];
    unsigned char hash[kHashBytes];
    if (RAND_bytes(salt, sizeof salt) != 1) {
        return base::makeError(base::ErrorCode::kInternal, "no randomness for salt");
    }
    if (!derive(password, salt, sizeof salt, params, hash, sizeof hash)) {
        return base::makeError(base::ErrorCode::kInternal, "scrypt failed");
    }
    return "$scrypt$ln=" + std::to_string(params.log2N) + ",r=" + std::to_string(params.r) +
           ",p=" + std::to_string(params.p) + "$" + base64(salt, sizeof salt) + "$" +
           base64(hash, sizeof hash);
}

bool verifyPassword(std::string_view password, std::string_view encoded)
{
    // $scrypt$ln=15,r=8,p=1$salt$hash
    constexpr std::string_view kPrefix = "$scrypt$ln=";
    if (encoded.substr(0, kPrefix.size()) != kPrefix) {
        return false;
    }
    std::string_view rest = encoded.substr(kPrefix.size());
    const auto parts = [&] {
        std::vector<std::string_view> fields;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= rest.size(); ++i) {
            if (i == rest.size() || rest[i] == '$') {
                fields.push_back(rest.substr(start, i - start));
                start = i + 1;
            }
        }
        return fields;
    }();
    if (parts.size() != 3) {
        return false;
    }
    ScryptParams params;
    const std::string_view costs = parts[0];  // "15,r=8,p=1"
    const auto comma1 = costs.find(",r=");
    const auto comma2 = costs.find(",p=");
    if (comma1 == std::string_view::npos || comma2 == std::string_view::npos || comma2 < comma1 ||
        !parseInt(costs.substr(0, comma1), params.log2N) ||
        !parseInt(costs.substr(comma1 + 3, comma2 - comma1 - 3), params.r) ||
        !parseInt(costs.substr(comma2 + 3), params.p)) {
        return false;
    }
    std::vector<unsigned char> salt;
    std::vector<unsigned char> expected;
    if (!unbase64(parts[1], kSaltBytes, salt) || !unbase64(parts[2], kHashBytes, expected)) {
        return false;
    }
    unsigned char actual[kHashBytes];
    if (!derive(password, salt.data(), salt.size(), params, actual, sizeof actual)) {
        return false;
    }
    return CRYPTO_memcmp(actual, expected.data(), kHashBytes) == 0;
}

void verifyAgainstDummy(std::string_view password)
{
    static const std::string dummy = [] {
        auto hashed = hashPassword("lifeline-dummy-password");
        return hashed ? *hashed : std::string();
    }();
    (void)verifyPassword(password, dummy);
}

}  // namespace lifeline::server
