#include "lifecycle/addressallocator.h"

#include <QStringList>

namespace ec2lab {

AddressAllocator::AddressAllocator(quint64 seed)
    : m_state(seed ^ 0xA0761D6478BD642FULL)
{
}

quint64 AddressAllocator::next()
{
    // splitmix64: tiny, fast and the same on every platform, which is all determinism needs.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

namespace {

// A candidate address from one of the ranges, by index.
struct Range
{
    QString prefix; ///< first three octets with the trailing dot, or "172.31." for the /16
    int count; ///< number of candidates
    int lowest; ///< lowest last octet used
    int perBlock; ///< last octets per third octet (only for the /16)
};

QString candidate(const QList<Range> &ranges, int index)
{
    for (const Range &r : ranges) {
        if (index < r.count) {
            if (r.perBlock > 0)
                return r.prefix + QString::number(index / r.perBlock) + u'.'
                    + QString::number(r.lowest + index % r.perBlock);
            return r.prefix + QString::number(r.lowest + index);
        }
        index -= r.count;
    }
    return {};
}

QString scan(const QList<Range> &ranges, quint64 random, const QSet<QString> &inUse, const QString &avoid)
{
    int total = 0;
    for (const Range &r : ranges)
        total += r.count;
    const int first = static_cast<int>(random % static_cast<quint64>(total));
    for (int i = 0; i < total; ++i) {
        const QString ip = candidate(ranges, (first + i) % total);
        if (!inUse.contains(ip) && ip != avoid)
            return ip;
    }
    return {};
}

} // namespace

QString AddressAllocator::allocatePrivate()
{
    // 172.31.0.4 .. 172.31.255.254: AWS reserves the first four and the last address of a subnet.
    static const QList<Range> ranges { { QStringLiteral("172.31."), 256 * 251, 4, 251 } };
    const QString ip = scan(ranges, next(), m_inUse, {});
    if (!ip.isEmpty())
        m_inUse.insert(ip);
    return ip;
}

QString AddressAllocator::allocatePublic(const QString &avoid)
{
    static const QList<Range> ranges { { QStringLiteral("203.0.113."), 254, 1, 0 },
        { QStringLiteral("198.51.100."), 254, 1, 0 } };
    const QString ip = scan(ranges, next(), m_inUse, avoid);
    if (!ip.isEmpty())
        m_inUse.insert(ip);
    return ip;
}

QString AddressAllocator::allocateElastic()
{
    static const QList<Range> ranges { { QStringLiteral("192.0.2."), 254, 1, 0 } };
    const QString ip = scan(ranges, next(), m_inUse, {});
    if (!ip.isEmpty())
        m_inUse.insert(ip);
    return ip;
}

QString AddressAllocator::allocateIpv6()
{
    for (;;) {
        const quint64 r = next();
        const QString ip = QStringLiteral("2001:db8:%1:%2::%3")
                               .arg((r >> 48) & 0xffff, 0, 16)
                               .arg((r >> 32) & 0xffff, 0, 16)
                               .arg((r & 0xffff) | 1, 0, 16);
        if (!m_inUse.contains(ip)) {
            m_inUse.insert(ip);
            return ip;
        }
    }
}

void AddressAllocator::release(const QString &address)
{
    m_inUse.remove(address);
}

QString AddressAllocator::publicDnsName(const QString &ip, const QString &region)
{
    if (ip.isEmpty())
        return {};
    const QString dashed = QString(ip).replace(u'.', u'-');
    if (region == u"us-east-1")
        return QStringLiteral("ec2-") + dashed + QStringLiteral(".compute-1.amazonaws.com");
    return QStringLiteral("ec2-") + dashed + u'.' + region + QStringLiteral(".compute.amazonaws.com");
}

QString AddressAllocator::privateDnsName(const QString &ip, const QString &region)
{
    if (ip.isEmpty())
        return {};
    const QString dashed = QString(ip).replace(u'.', u'-');
    if (region == u"us-east-1")
        return QStringLiteral("ip-") + dashed + QStringLiteral(".ec2.internal");
    return QStringLiteral("ip-") + dashed + u'.' + region + QStringLiteral(".compute.internal");
}

} // namespace ec2lab
