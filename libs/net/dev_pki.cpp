#include "net/dev_pki.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <arpa/inet.h>

#include <cstdio>
#include <functional>
#include <memory>

namespace lifeline::net {

namespace {

using base::ErrorCode;
using base::makeError;

struct Deleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
    void operator()(FILE* p) const { std::fclose(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Deleter>;

bool isIpAddress(const std::string& host)
{
    unsigned char buffer[16];
    return inet_pton(AF_INET, host.c_str(), buffer) == 1 ||
           inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const std::string& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

Owned<X509> makeCertificate(EVP_PKEY* subjectKey, const std::string& commonName,
                            const std::string& organisation, long validDays)
{
    Owned<X509> certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1) {
        return nullptr;
    }
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1) {
        return nullptr;
    }
    serialBytes[0] &= 0x7f;  // positive
    Owned<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))) {
        return nullptr;
    }
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), validDays * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(organisation.c_str()), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1,
                               0);
    if (X509_set_pubkey(certificate.get(), subjectKey) != 1) {
        return nullptr;
    }
    return certificate;
}

base::Status writePem(const std::filesystem::path& path, bool privateFile,
                      const std::function<int(FILE*)>& write)
{
    const mode_t previous = umask(privateFile ? 077 : 022);
    Owned<FILE> file(std::fopen(path.c_str(), "wx"));  // x: never overwrite
    umask(previous);
    if (!file) {
        return makeError(ErrorCode::kIoError, "cannot create " + path.string());
    }
    if (write(file.get()) != 1) {
        return makeError(ErrorCode::kInternal, "cannot write PEM to " + path.string());
    }
    if (std::fflush(file.get()) != 0) {
        return makeError(ErrorCode::kIoError, "cannot write " + path.string());
    }
    return {};
}

}  // namespace

PkiPaths PkiPaths::inDirectory(const std::filesystem::path& directory)
{
    return PkiPaths{directory / "ca.pem", directory / "ca.key", directory / "server.pem",
                    directory / "server.key"};
}

base::Status generateDevPki(const PkiPaths& paths, const std::string& organisation,
                            const std::vector<std::string>& hostNames)
{
    for (const auto* path : {&paths.caCertificate, &paths.caKey, &paths.serverCertificate,
                             &paths.serverKey}) {
        if (std::filesystem::exists(*path)) {
            return makeError(ErrorCode::kAlreadyExists, path->string() + " exists");
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(paths.caCertificate.parent_path(), ec);
    std::filesystem::create_directories(paths.serverCertificate.parent_path(), ec);

    Owned<EVP_PKEY> caKey(EVP_EC_gen("P-256"));
    Owned<EVP_PKEY> serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey) {
        return makeError(ErrorCode::kInternal, "EC key generation failed");
    }

    auto ca = makeCertificate(caKey.get(), organisation + " Lifeline relay CA", organisation, 3650);
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1 ||
        !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0) {
        return makeError(ErrorCode::kInternal, "CA certificate creation failed");
    }

    std::string altNames;
    for (const auto& host : hostNames) {
        if (!altNames.empty()) {
            altNames += ",";
        }
        altNames += (isIpAddress(host) ? "IP:" : "DNS:") + host;
    }
    const std::string commonName = hostNames.empty() ? "lifeline-relay" : hostNames.front();
    auto server = makeCertificate(serverKey.get(), commonName, organisation, 825);
    if (!server || X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get())) != 1 ||
        !addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        (!altNames.empty() &&
         !addExtension(server.get(), ca.get(), NID_subject_alt_name, altNames)) ||
        X509_sign(server.get(), caKey.get(), EVP_sha256()) == 0) {
        return makeError(ErrorCode::kInternal, "server certificate creation failed");
    }

    // Keys first: a crash in between leaves no certificate without its key.
    if (auto s = writePem(paths.caKey, true, [&](FILE* f) {
            return PEM_write_PrivateKey(f, caKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
        }); !s) {
        return s;
    }
    if (auto s = writePem(paths.serverKey, true, [&](FILE* f) {
            return PEM_write_PrivateKey(f, serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
        }); !s) {
        return s;
    }
    if (auto s = writePem(paths.caCertificate, false,
                          [&](FILE* f) { return PEM_write_X509(f, ca.get()); });
        !s) {
        return s;
    }
    return writePem(paths.serverCertificate, false,
                    [&](FILE* f) { return PEM_write_X509(f, server.get()); });
}

base::Result<std::string> certificateFingerprint(const std::filesystem::path& pem)
{
    Owned<FILE> file(std::fopen(pem.c_str(), "r"));
    if (!file) {
        return makeError(ErrorCode::kIoError, "cannot read " + pem.string());
    }
    Owned<X509> certificate(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        return makeError(ErrorCode::kInvalidArgument, pem.string() + " holds no certificate");
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate.get(), EVP_sha256(), digest, &length) != 1) {
        return makeError(ErrorCode::kInternal, "digest failed");
    }
    static const char kHex[] = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        if (i != 0) {
            text += ':';
        }
        text += kHex[digest[i] >> 4];
        text += kHex[digest[i] & 0xf];
    }
    return text;
}

}  // namespace lifeline::net
