#include "core/transfer/sha256.h"

#include <openssl/evp.h>


namespace lifeline::transfer {

struct Sha256::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

std::string toHex(const Digest& digest)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(digest.size() * 2);
    for (std::uint8_t byte : digest) {
        text.push_back(kDigits[byte >> 4]);
        text.push_back(kDigits[byte & 0xf]);
    }
    return text;
}

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

Sha256::Sha256(const Sha256& other)
    : m_context(std::make_unique<Context>())
{
    EVP_MD_CTX_copy_ex(m_context->ctx, other.m_context->ctx);
}

Sha256& Sha256::operator=(const Sha256& other)
{
    if (this != &other) EVP_MD_CTX_copy_ex(m_context->ctx, other.m_context->ctx);
    return *this;
}

Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;
Sha256::~Sha256() = default;

void Sha256::update(std::span<const std::uint8_t> data)
{
    if (!data.empty()) EVP_DigestUpdate(m_context->ctx, data.data(), data.size());
}

Digest Sha256::digest() const
{
    Context copy;
    EVP_MD_CTX_copy_ex(copy.ctx, m_context->ctx);
    Digest out{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy.ctx, out.data(), &length);
    return out;
}

Digest Sha256::of(std::span<const std::uint8_t> data)
{
    Sha256 hash;
    hash.update(data);
    return hash.digest();
}

}  // namespace lifeline::transfer
