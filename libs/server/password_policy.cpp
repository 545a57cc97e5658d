#include "server/password_policy.h"

#include <QStringList>

namespace lifeline::server {

namespace {

using base::ErrorCode;
using base::makeError;

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

}  // namespace

int PasswordPolicy::classesIn(const QString& password)
{
    bool lower = false, upper = false, digit = false, symbol = false;
    for (const QChar c : password) {
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            symbol = true;  // punctuation, spaces, letters without case (CJK, …)
        }
    }
    return int(lower) + int(upper) + int(digit) + int(symbol);
}

base::Status PasswordPolicy::check(const QString& password) const
{
    QStringList missed;
    // Length in characters as people count them (code points), not UTF-16 units.
    const qsizetype length = password.toUcs4().size();
    if (length < std::max(minLength, kFloorLength)) {
        missed << QStringLiteral("be at least %1 characters long").arg(std::max(minLength, kFloorLength));
    }
    if (length > kMaxLength) missed << QStringLiteral("be at most %1 characters long").arg(kMaxLength);
    if (classesIn(password) < minClasses) {
        missed << QStringLiteral("mix at least %1 of: lower-case letters, capitals, digits, symbols").arg(minClasses);
    }
    if (missed.isEmpty()) return {};
    return makeError(ErrorCode::kInvalidArgument, ("The password must " + missed.join(QStringLiteral(" and ")) + ".").toStdString());
}

base::Status PasswordPolicy::validate() const
{
    if (minLength < kFloorLength || minLength > kMaxLength) {
        return makeError(ErrorCode::kInvalidArgument, "the minimum password length must be between 8 and 1024");
    }
    if (minClasses < 1 || minClasses > 4) return makeError(ErrorCode::kInvalidArgument, "character classes must be between 1 and 4");
    if (maxAgeDays < 0 || maxAgeDays > 3650 || warnDays < 0 || warnDays > 3650) {
        return makeError(ErrorCode::kInvalidArgument, "days must be between 0 and 3650");
    }
    if (maxAgeDays > 0 && warnDays >= maxAgeDays) {
        return makeError(ErrorCode::kInvalidArgument, "the warning must come before the password expires");
    }
    return {};
}

std::optional<int> PasswordPolicy::daysLeft(qint64 changedAtMs, qint64 nowMs) const
{
    if (maxAgeDays <= 0) return std::nullopt;
    const qint64 expiresAt = changedAtMs + maxAgeDays * kDayMs;
    const qint64 left = expiresAt - nowMs;
    // Whole days, rounded towards "sooner": 0 means it expires within the day.
    return int(left >= 0 ? left / kDayMs : -((-left + kDayMs - 1) / kDayMs));
}

bool PasswordPolicy::expired(qint64 changedAtMs, qint64 nowMs) const
{
    return maxAgeDays > 0 && nowMs >= changedAtMs + maxAgeDays * kDayMs;
}

bool PasswordPolicy::warn(qint64 changedAtMs, qint64 nowMs) const
{
    const auto left = daysLeft(changedAtMs, nowMs);
    return left && warnDays > 0 && !expired(changedAtMs, nowMs) && *left < warnDays;
}

}  // namespace lifeline::server
