#include "cost/instancesizing.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ec2lab {

namespace {

struct SizeFactor
{
    const char16_t *size;
    int quarters;
};

// AWS's normalization factors, times four: the table of "How Reserved Instances are applied"
// (EC2 User Guide, instance size flexibility) with the sizes the offer files' normalizationSizeFactor
// attribute adds (3xlarge 24, 6xlarge 48, 18xlarge 144, 48xlarge 384, 56xlarge 448, 112xlarge 896).
constexpr std::array<SizeFactor, 21> kFactors { {
    { u"nano", 1 },
    { u"micro", 2 },
    { u"small", 4 },
    { u"medium", 8 },
    { u"large", 16 },
    { u"xlarge", 32 },
    { u"2xlarge", 64 },
    { u"3xlarge", 96 },
    { u"4xlarge", 128 },
    { u"6xlarge", 192 },
    { u"8xlarge", 256 },
    { u"9xlarge", 288 },
    { u"10xlarge", 320 },
    { u"12xlarge", 384 },
    { u"16xlarge", 512 },
    { u"18xlarge", 576 },
    { u"24xlarge", 768 },
    { u"32xlarge", 1024 },
    { u"48xlarge", 1536 },
    { u"56xlarge", 1792 },
    { u"112xlarge", 3584 },
} };

// The largest size of common families that offer Dedicated Hosts: a host holds exactly one of it.
constexpr std::array<std::pair<const char16_t *, const char16_t *>, 14> kLargestSize { {
    { u"m5", u"24xlarge" },
    { u"c5", u"18xlarge" },
    { u"r5", u"24xlarge" },
    { u"m6i", u"32xlarge" },
    { u"c6i", u"32xlarge" },
    { u"r6i", u"32xlarge" },
    { u"m7i", u"48xlarge" },
    { u"t3", u"2xlarge" },
    { u"m4", u"16xlarge" },
    { u"c4", u"8xlarge" },
    { u"r4", u"16xlarge" },
    { u"m6g", u"16xlarge" },
    { u"c6g", u"16xlarge" },
    { u"r6g", u"16xlarge" },
} };

} // namespace

QString InstanceSizing::family(const QString &instanceType)
{
    const qsizetype dot = instanceType.indexOf(u'.');
    return dot < 0 ? instanceType : instanceType.left(dot);
}

QString InstanceSizing::size(const QString &instanceType)
{
    const qsizetype dot = instanceType.indexOf(u'.');
    return dot < 0 ? QString() : instanceType.mid(dot + 1);
}

std::optional<int> InstanceSizing::normalizationQuarters(const QString &size)
{
    for (const SizeFactor &f : kFactors) {
        if (size == QStringView(f.size))
            return f.quarters;
    }
    // "metal-24xl", "metal-48xl": a bare-metal size named after the size it equals [CHOICE: the
    // name says which; the offer files give m7i.metal-48xl the factor of m7i.48xlarge].
    if (size.startsWith(u"metal-") && size.endsWith(u"xl"))
        return normalizationQuarters(size.mid(6).chopped(2) + QStringLiteral("xlarge"));
    return std::nullopt;
}

std::optional<int> InstanceSizing::tableQuarters(const QString &instanceType)
{
    const QString sz = size(instanceType);
    if (auto q = normalizationQuarters(sz))
        return q;
    // A bare-metal size is as large as its family's largest size [AWS, EC2 User Guide "How
    // Reserved Instances are applied": e.g. i3.metal has the normalization factor of i3.16xlarge].
    if (sz == u"metal") {
        const QString fam = family(instanceType);
        for (const auto &[f, largest] : kLargestSize)
            if (fam == QStringView(f))
                return normalizationQuarters(QString::fromUtf16(largest));
    }
    return std::nullopt;
}

std::optional<int> InstanceSizing::quartersOf(const Money &factor)
{
    // Factors are multiples of 0.25 (nano); anything else is not a factor ec2lab can apply exactly.
    const qint64 quarter = Money::kNanosPerUnit / 4;
    if (factor.nanos() <= 0 || factor.nanos() % quarter != 0 || factor.nanos() / quarter > (1 << 20))
        return std::nullopt;
    return static_cast<int>(factor.nanos() / quarter);
}

std::optional<int> InstanceSizing::hostCapacity(
    const QString &family, const QString &size, const std::map<QString, int> &overrides)
{
    if (const auto it = overrides.find(size); it != overrides.end())
        return it->second;
    // A Mac Dedicated Host holds exactly one mac instance (mac1, mac2, mac2-m2pro, ...) [AWS].
    if (family.startsWith(u"mac") && size == u"metal")
        return 1;
    const auto sizeQuarters = normalizationQuarters(size);
    if (!sizeQuarters)
        return std::nullopt;
    for (const auto &[fam, largest] : kLargestSize) {
        if (family == QStringView(fam)) {
            const int hostQuarters = *normalizationQuarters(QString::fromUtf16(largest));
            const int capacity = hostQuarters / *sizeQuarters;
            if (capacity < 1)
                return std::nullopt;
            return capacity;
        }
    }
    return std::nullopt;
}

} // namespace ec2lab
