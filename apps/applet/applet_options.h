#pragma once

#include <QString>
#include <QStringList>

#include "core/base/result.h"

namespace lifeline::applet {

// How the applet was started: relay address, trusted CA, PIN, language. Read from the
// command line, then from lifeline-applet.conf beside the binary (what the join page of a
// deployment puts there), the PIN also from the binary's own name
// (lifeline-applet-123456). Flags win over the file, the file over the name.
struct AppletOptions
{
    QString relayHost;
    quint16 relayPort = 7443;
    QString caFile;
    QString pin;           // six digits, or empty: the applet asks
    QString language;      // e.g. "nl"; empty: the system's
    QString customerName;  // optional, shown to the technician
    bool showHelp = false;  // --help or --version: print helpText and stop
    QString helpText;
};

// kInvalidArgument with a message for the customer-facing error box (English; the caller
// shows it as it is, since the translation is not loaded yet).
base::Result<AppletOptions> parseAppletOptions(const QStringList& arguments, const QString& configFile);

// The PIN in a file name like "lifeline-applet-123456" or "lifeline-applet-123456 (1).exe";
// empty when there is none.
QString pinFromFileName(const QString& fileName);

}  // namespace lifeline::applet
