#include "applet/texts.h"

namespace lifeline::applet {

using session::Permission;

QString Texts::question(Permission permission, const QString& technician)
{
    switch (permission) {
    case Permission::kViewScreen: return tr("%1 asks to see your screen.").arg(technician);
    case Permission::kControl: return tr("%1 asks to control your mouse and keyboard.").arg(technician);
    case Permission::kSendFiles: return tr("%1 asks to send files to your computer.").arg(technician);
    case Permission::kReceiveFiles: return tr("%1 asks to receive files from your computer.").arg(technician);
    case Permission::kManageFiles: return tr("%1 asks to browse and manage the files on your computer.").arg(technician);
    case Permission::kSystemInfo: return tr("%1 asks to see information about your computer.").arg(technician);
    case Permission::kReboot: return tr("%1 asks to restart your computer.").arg(technician);
    case Permission::kClipboard: return tr("%1 asks to share the clipboard (copy and paste) with you.").arg(technician);
    case Permission::kRecording: return tr("%1 asks to record this session.").arg(technician);
    }
    return {};
}

QString Texts::shortName(Permission permission)
{
    switch (permission) {
    case Permission::kViewScreen: return tr("See your screen");
    case Permission::kControl: return tr("Control your mouse and keyboard");
    case Permission::kSendFiles: return tr("Send files to your computer");
    case Permission::kReceiveFiles: return tr("Receive files from your computer");
    case Permission::kManageFiles: return tr("Browse and manage your files");
    case Permission::kSystemInfo: return tr("See information about your computer");
    case Permission::kReboot: return tr("Restart your computer");
    case Permission::kClipboard: return tr("Share the clipboard");
    case Permission::kRecording: return tr("Record the session");
    }
    return {};
}

QString Texts::activity(quint32 mask, const QString& technician)
{
    auto has = [mask](Permission p) { return (mask & (1u << static_cast<int>(p))) != 0; };
    if (has(Permission::kControl)) return tr("%1 can see and control your screen").arg(technician);
    if (has(Permission::kViewScreen)) return tr("%1 can see your screen").arg(technician);
    if (mask != 0) return tr("%1 has your permission to work on your computer").arg(technician);
    return tr("Nothing is shared");
}

QString Texts::ended(session::CustomerSession::EndCause cause, const base::Error& joinError,
                     const QString& technician)
{
    using Cause = session::CustomerSession::EndCause;
    switch (cause) {
    case Cause::kJoinFailed:
        switch (joinError.code) {
        case base::ErrorCode::kPinNotFound:
            return tr("This code is not valid or has expired. Check the digits, or ask your technician for a new code.");
        case base::ErrorCode::kTooManyAttempts:
            return tr("Too many wrong codes. Try again in %n second(s).", nullptr, int(joinError.retryAfterSeconds));
        case base::ErrorCode::kTlsError:
            return tr("The connection is not safe: the server's certificate could not be verified. Nothing was sent.");
        default:
            return tr("Could not reach the support server. Check your internet connection and try again.");
        }
    case Cause::kDeclinedTerms: return tr("You declined the terms. Nothing was shared.");
    case Cause::kCustomerLeft: return tr("You left the session.");
    case Cause::kTechnicianEnded: return tr("%1 ended the session.").arg(technician);
    case Cause::kTechnicianGone: return tr("%1's connection was lost. The session has ended.").arg(technician);
    case Cause::kConnectionLost: return tr("The connection was lost and could not be restored.");
    case Cause::kRelayShutdown: return tr("The support server was shut down.");
    case Cause::kTimedOut: return tr("The session timed out and has ended. Nothing is shared any more.");
    case Cause::kNone:
    case Cause::kOther: break;
    }
    return tr("The session has ended.");
}

}  // namespace lifeline::applet
