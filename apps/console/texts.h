#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/base/error.h"
#include "session/consent.h"

namespace lifeline::console {

// What the console says about errors and permissions, in one place so the dialogs, the
// tabs and the command line say the same thing.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Texts)

public:
    // A sentence for the technician: wrong password, locked out for N minutes, certificate
    // not trusted, relay unreachable, ...
    static QString error(const base::Error& error);
    // "View screen", "Control", ...
    static QString permission(session::Permission permission);
};

}  // namespace lifeline::console
