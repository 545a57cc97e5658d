// Fuzz target: the texts the relay parses at every sign-in — IP restriction rules (typed by
// an administrator, read back from the store), a stored TOTP secret (base32) and the code a
// console sends. Whatever parses must answer for any address without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <QHostAddress>
#include <QString>

#include "server/ip_restrictions.h"
#include "server/totp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lifeline::server;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto rules = IpRestrictions::parse(QString::fromUtf8(text.data(), qsizetype(text.size()))); rules.ok()) {
        for (const char* address : {"192.0.2.7", "10.1.2.3", "::1", "2001:db8::5", "::ffff:198.51.100.9"}) {
            (void)rules->allows(QHostAddress(QString::fromLatin1(address)));
        }
    }
    if (auto secret = base32Decode(text); secret.ok() && base32Encode(*secret).size() < secret->size()) {
        __builtin_trap();  // every 5 bytes take 8 characters: the encoding cannot be shorter
    }
    static const std::uint8_t key[20] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    if (auto step = verifyTotp(key, text, 1'700'000'000); step && (*step < 1'700'000'000 / 30 - 1 || *step > 1'700'000'000 / 30 + 1)) {
        __builtin_trap();  // a code matches only within a step of now
    }
    (void)recoveryCodeHash(text);
    return 0;
}
