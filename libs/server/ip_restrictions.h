#pragma once

#include <QHostAddress>
#include <QString>

#include <vector>

#include "core/base/result.h"

namespace lifeline::server {

// One exception of an IP restriction: a network (IPv4 or IPv6; a single address is a /32
// or /128) that is allowed or denied.
struct IpRule
{
    bool allow = false;
    QHostAddress network;
    int prefixLength = 0;

    // "allow 192.0.2.0/24", "deny 2001:db8::/32", "deny 198.51.100.7",
    // "allow 10.0.0.0/255.0.0.0" (a subnet mask, as Rescue writes them).
    static base::Result<IpRule> parse(const QString& text);
    QString toText() const;
    bool matches(const QHostAddress& address) const;
};

// Where one may sign in from (Rescue's IP restrictions, globally and per technician group;
// both layers apply): everyone is allowed — or denied — by default, except the networks
// listed. When several exceptions match, the most specific one (longest prefix) decides;
// between equally specific ones, deny wins. IPv4 addresses arriving as IPv6
// (::ffff:192.0.2.7) are matched as IPv4.
struct IpRestrictions
{
    bool allowByDefault = true;
    std::vector<IpRule> exceptions;

    bool allows(const QHostAddress& address) const;

    // The settings form: "default allow" or "default deny" on the first line, then one
    // rule per line; blank lines and lines starting with '#' are skipped. An error names
    // the line.
    static base::Result<IpRestrictions> parse(const QString& text);
    QString toText() const;
};

}  // namespace lifeline::server
