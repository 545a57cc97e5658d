#pragma once

#include <QString>

#include <optional>

#include "core/base/result.h"

namespace lifeline::server {

// The organisation's password rules (Rescue's global password policy): a minimum length
// (never under 8), how many of the four character classes — lower-case letters, capitals,
// digits, symbols — a password must mix, how many days it lives, and how many days
// before that the user is warned. Checked on every password set (console, `user add`).
struct PasswordPolicy
{
    static constexpr int kFloorLength = 8;
    static constexpr int kMaxLength = 1024;

    int minLength = kFloorLength;
    int minClasses = 1;      // 1..4
    int maxAgeDays = 0;      // 0: passwords do not expire
    int warnDays = 0;        // 0: no warning

    // kInvalidArgument with a sentence the user can act on, naming every rule missed.
    base::Status check(const QString& password) const;
    // A policy an administrator typed in is sane (length 8..1024, classes 1..4, days
    // 0..3650, warning shorter than the age); kInvalidArgument saying what is not.
    base::Status validate() const;

    // Days until a password changed at `changedAtMs` expires at `nowMs` (negative: expired
    // that many days ago); no value when passwords do not expire.
    std::optional<int> daysLeft(qint64 changedAtMs, qint64 nowMs) const;
    bool expired(qint64 changedAtMs, qint64 nowMs) const;
    bool warn(qint64 changedAtMs, qint64 nowMs) const;

    // How many of the four classes `password` uses.
    static int classesIn(const QString& password);
};

}  // namespace lifeline::server
