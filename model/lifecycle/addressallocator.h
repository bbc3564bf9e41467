#pragma once

#include <QSet>
#include <QString>

namespace ec2lab {

/// Hands out simulated addresses from documentation ranges only, so no real host is ever named
/// ([CHOICE] of lifecycle.md section 3): private IPv4 from 172.31.0.0/16, auto-assigned public
/// IPv4 from 203.0.113.0/24 and 198.51.100.0/24, Elastic IPs from 192.0.2.0/24, IPv6 from
/// 2001:db8::/32.
///
/// Contract: deterministic for a seed and a call sequence; never hands out an address that is in
/// use; a released address may come back later, but never to the caller that asks with it as
/// \a avoid (so a stop/start always yields a different public IP). Returns an empty string when
/// a pool is exhausted (508 public, 254 Elastic addresses at a time).
class AddressAllocator
{
public:
    explicit AddressAllocator(quint64 seed = 1);

    QString allocatePrivate();
    QString allocatePublic(const QString &avoid = QString());
    QString allocateElastic();
    QString allocateIpv6();
    /// Returns an address of any kind to its pool.
    void release(const QString &address);

    /// "ec2-203-0-113-25.compute-1.amazonaws.com" (us-east-1) or
    /// "ec2-203-0-113-25.eu-west-1.compute.amazonaws.com"; empty for an empty address.
    static QString publicDnsName(const QString &ip, const QString &region);
    /// "ip-172-31-5-10.ec2.internal" (us-east-1) or "ip-172-31-5-10.eu-west-1.compute.internal".
    static QString privateDnsName(const QString &ip, const QString &region);

private:
    quint64 next();
    QString pick(const QString &prefix, int lowest, int highest, const QString &avoid);

    quint64 m_state;
    QSet<QString> m_inUse;
};

} // namespace ec2lab
