#pragma once

#include <QString>

#include <chrono>
#include <cstdint>

#include "core/protocol/envelope.h"
#include "core/protocol/frame.h"

namespace lifeline::server {

namespace v1 = ::lifeline::v1;

// Everything may be asked for; one question per permission; Pause/Break revokes.
inline v1::SessionPolicy defaultSessionPolicy()
{
    v1::SessionPolicy policy;
    for (int p = v1::PERMISSION_VIEW_SCREEN; p <= v1::PERMISSION_RECORDING; ++p) {
        policy.add_allowed(static_cast<v1::Permission>(p));
    }
    return policy;
}

// Everything the relay's behaviour depends on. apps/relay fills it from the config file
// and flags; tests shorten the times.
struct RelayConfig
{
    QString organisationName = QStringLiteral("Lifeline");  // until set in the database
    std::chrono::seconds pinValidity{20 * 60};

    std::chrono::seconds resumeTokenValidity{12 * 3600};

    // How long a session waits for its customer to come back after their link dropped
    // (0: the session ends at once).
    std::chrono::seconds reconnectGrace{120};

    // What every session's customer end is told (until the Admin Center sets it per group):
    // the permissions a technician may ask for, and terms to accept (empty: none).
    v1::SessionPolicy sessionPolicy = defaultSessionPolicy();
    QString terms;

    int lockoutThreshold = 5;  // consecutive failed sign-ins that lock an account
    std::chrono::seconds lockoutDuration{5 * 60};

    // Wrong PINs allowed per window, from one address (/64 for IPv6) and from everyone.
    int pinFailuresPerAddress = 5;
    int pinFailuresGlobal = 100;
    std::chrono::seconds pinFailureWindow{60};

    // Connections not yet signed in (console) or joined (applet): a flood of idle TLS
    // connections costs memory and handshakes, so their number is capped per source address
    // (/64 for IPv6) and overall. Authenticated connections do not count.
    int maxUnauthenticatedPerAddress = 256;
    int maxUnauthenticatedTotal = 4096;

    int helloTimeoutMs = 10000;       // a new connection must say Hello within this
    int keepaliveTimeoutMs = 45000;   // silence after which an end counts as dead
    int expirySweepMs = 1000;         // how often expired PINs are looked for

    // Route-1 back-pressure: stop reading the sender while its peer has this much queued.
    std::int64_t forwardHighWater = 1024 * 1024;
    std::int64_t forwardLowWater = 256 * 1024;
    std::uint32_t maxFrameLength = protocol::kDefaultMaxFrameLength;
};

}  // namespace lifeline::server
