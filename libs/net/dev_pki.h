#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace lifeline::net {

// Files of a relay's TLS identity inside its data directory (tls/ subfolder).
struct PkiPaths
{
    std::filesystem::path caCertificate;   // ca.pem: what clients are pointed at
    std::filesystem::path caKey;           // ca.key (0600)
    std::filesystem::path serverCertificate;  // server.pem
    std::filesystem::path serverKey;          // server.key (0600)

    static PkiPaths inDirectory(const std::filesystem::path& directory);
};

// Generates a private CA (EC P-256, 10 years) and a server certificate signed by it
// (825 days, serverAuth, subjectAltName = `hostNames`; entries that parse as IP
// addresses become IP SANs). Existing files are never overwritten: kAlreadyExists.
// Keys are written 0600. Plain OpenSSL, no Qt.
[[nodiscard]] base::Status generateDevPki(const PkiPaths& paths, const std::string& organisation,
                                          const std::vector<std::string>& hostNames);

// Hex SHA-256 of the DER form of the first certificate in a PEM file ("AB:CD:…").
[[nodiscard]] base::Result<std::string> certificateFingerprint(const std::filesystem::path& pem);

}  // namespace lifeline::net
