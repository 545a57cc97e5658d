#pragma once

#include <QCoreApplication>
#include <QString>

#include "session/consent.h"
#include "session/customer_session.h"

namespace lifeline::applet {

// Every sentence the applet says about permissions and endings, in one place so the
// dialogs, the indicator bar and the screenshots tool say the same thing.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Texts)

public:
    // "Ann asks to see your screen."
    static QString question(session::Permission permission, const QString& technician);
    // "See your screen" (the single prompt's list).
    static QString shortName(session::Permission permission);
    // What the indicator bar says while `mask`'s permissions are granted.
    static QString activity(quint32 grantedMask, const QString& technician);
    static QString ended(session::CustomerSession::EndCause cause, const base::Error& joinError,
                         const QString& technician);
};

}  // namespace lifeline::applet
