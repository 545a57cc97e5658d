#include "console/texts.h"

namespace lifeline::console {

using base::ErrorCode;
using session::Permission;

QString Texts::error(const base::Error& error)
{
    const QString detail = QString::fromStdString(error.detail);
    switch (error.code) {
    case ErrorCode::kInvalidCredentials: return tr("Wrong e-mail address or password.");
    case ErrorCode::kAccountLocked: {
        const int minutes = int((error.retryAfterSeconds + 59) / 60);
        return tr("Too many failed sign-ins: this account is locked for %n more minute(s).", nullptr, std::max(1, minutes));
    }
    case ErrorCode::kAccountDisabled: return tr("This account is disabled. Ask your administrator.");
    case ErrorCode::kTlsError:
        return tr("The relay's certificate is not trusted (%1). Check the CA certificate file and the relay address.")
            .arg(detail);
    case ErrorCode::kConnectionFailed:
    case ErrorCode::kTimeout: return tr("The relay cannot be reached (%1).").arg(detail);
    case ErrorCode::kConnectionClosed: return tr("The connection to the relay was lost (%1).").arg(detail);
    case ErrorCode::kLimitReached: return tr("Limit reached: %1").arg(detail);
    case ErrorCode::kUnsupportedVersion: return tr("This console is too old or too new for the relay (%1).").arg(detail);
    case ErrorCode::kPermissionDenied: return tr("Not allowed: %1").arg(detail);
    case ErrorCode::kDiskFull: return tr("The disk is full (%1). Nothing half-written was kept.").arg(detail);
    case ErrorCode::kSourceChanged: return tr("The file changed while it was being sent (%1). Send it again.").arg(detail);
    case ErrorCode::kSecondFactorRequired: return tr("This account uses two-step sign-in: enter the code from your authenticator app.");
    case ErrorCode::kCorruptData: return tr("The data arrived damaged and was not kept (%1).").arg(detail);
    case ErrorCode::kAlreadyExists: return tr("It already exists (%1).").arg(detail);
    case ErrorCode::kNotFound: return tr("Not found (%1).").arg(detail);
    default: return detail.isEmpty() ? tr("Something went wrong.") : detail;
    }
}

QString Texts::permission(Permission permission)
{
    switch (permission) {
    case Permission::kViewScreen: return tr("View screen");
    case Permission::kControl: return tr("Remote control");
    case Permission::kSendFiles: return tr("Send files");
    case Permission::kReceiveFiles: return tr("Receive files");
    case Permission::kManageFiles: return tr("Manage files");
    case Permission::kSystemInfo: return tr("System information");
    case Permission::kReboot: return tr("Restart");
    case Permission::kClipboard: return tr("Clipboard sharing");
    case Permission::kRecording: return tr("Recording");
    }
    return {};
}

}  // namespace lifeline::console
