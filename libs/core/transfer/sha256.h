#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace lifeline::transfer {

using Digest = std::array<std::uint8_t, 32>;

std::string toHex(const Digest& digest);

// Incremental SHA-256 (OpenSSL EVP). Copyable: a copy continues from the same state, so
// the hash of a file's prefix and of the whole file come from one pass.
class Sha256
{
public:
    Sha256();
    Sha256(const Sha256& other);
    Sha256& operator=(const Sha256& other);
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    ~Sha256();

    void update(std::span<const std::uint8_t> data);
    // The digest of everything so far; the object can go on being updated.
    Digest digest() const;

    static Digest of(std::span<const std::uint8_t> data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace lifeline::transfer
