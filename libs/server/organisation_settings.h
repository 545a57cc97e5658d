#pragma once

#include <QString>

#include "core/base/result.h"

namespace lifeline::server {

class Store;

// The session settings a master administrator keeps in the Admin Center (Rescue's
// "Timeouts" and "Terms and conditions"), as key/value settings in the store. Read where
// they are used, so a change applies without restarting anything.
struct SessionSettings
{
    static constexpr int kMaxTimeoutMinutes = 999;
    static constexpr int kMaxSessionsLimit = 10;
    static constexpr int kMaxTermsBytes = 64 * 1024;

    // Minutes, 0 = never. Connecting: the customer joined and has not accepted the terms.
    // Waiting: the PIN is out and the customer has not joined. Idle: an active session in
    // which neither end sent the other anything.
    int connectingTimeoutMinutes = 0;
    int waitingTimeoutMinutes = 0;
    int idleTimeoutMinutes = 0;
    int maxSessionsPerTechnician = kMaxSessionsLimit;  // 1..10
    QString terms;                                     // plain text; empty: none

    // What the store holds; `defaultTerms` (the relay's --terms-file) where no terms were saved.
    static SessionSettings read(const Store& store, const QString& defaultTerms);
    // The values in range (else kInvalidArgument saying which).
    base::Status validate() const;
    base::Status write(Store& store) const;
};

}  // namespace lifeline::server
