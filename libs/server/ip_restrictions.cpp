#include "server/ip_restrictions.h"

#include <QStringList>

namespace lifeline::server {

namespace {

using base::ErrorCode;
using base::makeError;

// IPv4-mapped IPv6 as IPv4, without a scope: how addresses are compared.
QHostAddress normalised(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) return QHostAddress(v4);
    QHostAddress plain(address);
    plain.setScopeId({});
    return plain;
}

}  // namespace

base::Result<IpRule> IpRule::parse(const QString& text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() != 2 || (words[0] != "allow" && words[0] != "deny")) {
        return makeError(ErrorCode::kInvalidArgument, "expected \"allow NETWORK\" or \"deny NETWORK\", got \"" + text.toStdString() + "\"");
    }
    IpRule rule;
    rule.allow = words[0] == "allow";
    QString network = words[1];
    if (!network.contains(u'/')) {
        const QHostAddress single(network);
        if (single.isNull()) return makeError(ErrorCode::kInvalidArgument, "not an IP address: " + network.toStdString());
        network += single.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("/128") : QStringLiteral("/32");
    }
    const auto [address, prefix] = QHostAddress::parseSubnet(network);
    if (address.isNull() || prefix < 0) {
        return makeError(ErrorCode::kInvalidArgument, "not a network (address/prefix or address/mask): " + words[1].toStdString());
    }
    rule.network = normalised(address);
    rule.prefixLength = prefix;
    return rule;
}

QString IpRule::toText() const
{
    return (allow ? QStringLiteral("allow ") : QStringLiteral("deny ")) + network.toString() + u'/' + QString::number(prefixLength);
}

bool IpRule::matches(const QHostAddress& address) const
{
    return normalised(address).isInSubnet(network, prefixLength);
}

bool IpRestrictions::allows(const QHostAddress& address) const
{
    const IpRule* decisive = nullptr;
    for (const IpRule& rule : exceptions) {
        if (!rule.matches(address)) continue;
        if (decisive == nullptr || rule.prefixLength > decisive->prefixLength ||
            (rule.prefixLength == decisive->prefixLength && !rule.allow)) {
            decisive = &rule;
        }
    }
    return decisive != nullptr ? decisive->allow : allowByDefault;
}

base::Result<IpRestrictions> IpRestrictions::parse(const QString& text)
{
    IpRestrictions restrictions;
    bool sawDefault = false;
    int number = 0;
    for (const QString& raw : text.split(u'\n')) {
        ++number;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        if (!sawDefault) {
            if (line.simplified() != "default allow" && line.simplified() != "default deny") {
                return makeError(ErrorCode::kInvalidArgument,
                                 "line " + std::to_string(number) + ": the first rule must be \"default allow\" or \"default deny\"");
            }
            restrictions.allowByDefault = line.simplified() == "default allow";
            sawDefault = true;
            continue;
        }
        auto rule = IpRule::parse(line);
        if (!rule) return makeError(ErrorCode::kInvalidArgument, "line " + std::to_string(number) + ": " + rule.error().detail);
        restrictions.exceptions.push_back(*rule);
    }
    return restrictions;
}

QString IpRestrictions::toText() const
{
    QStringList lines{allowByDefault ? QStringLiteral("default allow") : QStringLiteral("default deny")};
    for (const IpRule& rule : exceptions) lines << rule.toText();
    return lines.join(u'\n');
}

}  // namespace lifeline::server
