#include "server/organisation_settings.h"

#include "server/store.h"

namespace lifeline::server {

namespace {

constexpr char kConnecting[] = "connecting_timeout_minutes";
constexpr char kWaiting[] = "waiting_timeout_minutes";
constexpr char kIdle[] = "idle_timeout_minutes";
constexpr char kMaxSessions[] = "max_sessions_per_technician";
constexpr char kTerms[] = "terms";

int number(const Store& store, const char* key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = store.setting(QString::fromLatin1(key), {}).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;  // unreadable: the default
}

}  // namespace

SessionSettings SessionSettings::read(const Store& store, const QString& defaultTerms)
{
    SessionSettings s;
    s.connectingTimeoutMinutes = number(store, kConnecting, 0, 0, kMaxTimeoutMinutes);
    s.waitingTimeoutMinutes = number(store, kWaiting, 0, 0, kMaxTimeoutMinutes);
    s.idleTimeoutMinutes = number(store, kIdle, 0, 0, kMaxTimeoutMinutes);
    s.maxSessionsPerTechnician = number(store, kMaxSessions, kMaxSessionsLimit, 1, kMaxSessionsLimit);
    s.terms = store.setting(QString::fromLatin1(kTerms), defaultTerms);
    return s;
}

base::Status SessionSettings::validate() const
{
    for (const auto& [minutes, what] : {std::pair{connectingTimeoutMinutes, "the connecting timeout"},
                                        std::pair{waitingTimeoutMinutes, "the waiting timeout"},
                                        std::pair{idleTimeoutMinutes, "the idle timeout"}}) {
        if (minutes < 0 || minutes > kMaxTimeoutMinutes) {
            return base::makeError(base::ErrorCode::kInvalidArgument, std::string(what) + " is 0 (never) or 1 to 999 minutes");
        }
    }
    if (maxSessionsPerTechnician < 1 || maxSessionsPerTechnician > kMaxSessionsLimit) {
        return base::makeError(base::ErrorCode::kInvalidArgument, "a technician may have 1 to 10 sessions at once");
    }
    if (terms.toUtf8().size() > kMaxTermsBytes) {
        return base::makeError(base::ErrorCode::kInvalidArgument, "the terms are longer than 64 KiB");
    }
    return {};
}

base::Status SessionSettings::write(Store& store) const
{
    if (auto ok = validate(); !ok) return ok;
    for (const auto& [key, value] : {std::pair{kConnecting, connectingTimeoutMinutes}, std::pair{kWaiting, waitingTimeoutMinutes},
                                     std::pair{kIdle, idleTimeoutMinutes}, std::pair{kMaxSessions, maxSessionsPerTechnician}}) {
        if (auto ok = store.setSetting(QString::fromLatin1(key), QString::number(value)); !ok) return ok;
    }
    return store.setSetting(QString::fromLatin1(kTerms), terms);
}

}  // namespace lifeline::server
