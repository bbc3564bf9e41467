#include "catalog/awsnames.h"

#include <QHash>

namespace ec2lab::catalog::awsnames {

namespace {

/// A region code and the location name price files use for it.
struct RegionName
{
    const char *code;
    const char *location;
};

// The location names AWS uses in its price files (pricing pages and Price List).
constexpr RegionName kRegions[] = {
    { "us-east-1", "US East (N. Virginia)" },
    { "us-east-2", "US East (Ohio)" },
    { "us-west-1", "US West (N. California)" },
    { "us-west-2", "US West (Oregon)" },
    { "af-south-1", "Africa (Cape Town)" },
    { "ap-east-1", "Asia Pacific (Hong Kong)" },
    { "ap-east-2", "Asia Pacific (Taipei)" },
    { "ap-south-1", "Asia Pacific (Mumbai)" },
    { "ap-south-2", "Asia Pacific (Hyderabad)" },
    { "ap-southeast-1", "Asia Pacific (Singapore)" },
    { "ap-southeast-2", "Asia Pacific (Sydney)" },
    { "ap-southeast-3", "Asia Pacific (Jakarta)" },
    { "ap-southeast-4", "Asia Pacific (Melbourne)" },
    { "ap-southeast-5", "Asia Pacific (Malaysia)" },
    { "ap-southeast-7", "Asia Pacific (Thailand)" },
    { "ap-northeast-1", "Asia Pacific (Tokyo)" },
    { "ap-northeast-2", "Asia Pacific (Seoul)" },
    { "ap-northeast-3", "Asia Pacific (Osaka)" },
    { "ca-central-1", "Canada (Central)" },
    { "ca-west-1", "Canada West (Calgary)" },
    { "eu-central-1", "EU (Frankfurt)" },
    { "eu-central-2", "EU (Zurich)" },
    { "eu-west-1", "EU (Ireland)" },
    { "eu-west-2", "EU (London)" },
    { "eu-west-3", "EU (Paris)" },
    { "eu-south-1", "EU (Milan)" },
    { "eu-south-2", "EU (Spain)" },
    { "eu-north-1", "EU (Stockholm)" },
    { "il-central-1", "Israel (Tel Aviv)" },
    { "me-south-1", "Middle East (Bahrain)" },
    { "me-central-1", "Middle East (UAE)" },
    { "mx-central-1", "Mexico (Central)" },
    { "sa-east-1", "South America (Sao Paulo)" },
    { "us-gov-east-1", "AWS GovCloud (US-East)" },
    { "us-gov-west-1", "AWS GovCloud (US-West)" },
    { "cn-north-1", "China (Beijing)" },
    { "cn-northwest-1", "China (Ningxia)" },
};

/// An instance size and its RI normalization factor (in quarters).
struct SizeFactor
{
    const char *size;
    int quarters; // factor * 4, so nano (0.25) stays an integer
};

constexpr SizeFactor kSizes[] = {
    { "nano", 1 },
    { "micro", 2 },
    { "small", 4 },
    { "medium", 8 },
    { "large", 16 },
    { "xlarge", 32 },
};

} // namespace

std::optional<QString> regionCodeForLocation(QStringView location)
{
    for (const RegionName &r : kRegions) {
        if (location == QLatin1StringView(r.location) || location == QLatin1StringView(r.code))
            return QString::fromLatin1(r.code);
    }
    // Older files spell a few names differently.
    if (location == u"Europe (Frankfurt)")
        return QStringLiteral("eu-central-1");
    if (location == u"Europe (Ireland)")
        return QStringLiteral("eu-west-1");
    if (location == u"South America (São Paulo)")
        return QStringLiteral("sa-east-1");
    return std::nullopt;
}

QString locationForRegionCode(QStringView code)
{
    for (const RegionName &r : kRegions) {
        if (code == QLatin1StringView(r.code))
            return QString::fromLatin1(r.location);
    }
    return {};
}

QString regionWithName(QStringView code)
{
    const QString name = locationForRegionCode(code);
    return name.isEmpty() ? code.toString() : QStringLiteral("%1 (%2)").arg(name, code);
}

QString regionOfZone(QStringView zone)
{
    if (!zone.isEmpty() && zone.back().isLetter())
        return zone.chopped(1).toString();
    return zone.toString();
}

QPair<QString, QString> splitInstanceType(QStringView type)
{
    const qsizetype dot = type.indexOf(u'.');
    if (dot < 0)
        return { type.toString(), QString() };
    return { type.left(dot).toString(), type.mid(dot + 1).toString() };
}

Money normalizationFactorForSize(QStringView size)
{
    for (const SizeFactor &s : kSizes) {
        if (size == QLatin1StringView(s.size))
            return Money::fromNanos(Money::kNanosPerUnit / 4 * s.quarters);
    }
    // "24xlarge" = 24 x 8
    if (size.endsWith(u"xlarge")) {
        bool ok = false;
        const int n = size.chopped(6).toInt(&ok);
        if (ok && n > 0)
            return Money::fromUnits(8LL * n);
    }
    return {};
}

InstanceCategory categoryFromAwsFamily(QStringView f)
{
    const QString k = f.toString().toLower();
    if (k.startsWith(u"general") || k.startsWith(u"micro"))
        return InstanceCategory::GeneralPurpose;
    if (k.startsWith(u"compute"))
        return InstanceCategory::ComputeOptimized;
    if (k.startsWith(u"memory"))
        return InstanceCategory::MemoryOptimized;
    if (k.startsWith(u"storage"))
        return InstanceCategory::StorageOptimized;
    if (k.startsWith(u"gpu") || k.startsWith(u"fpga") || k.contains(u"asic") || k.contains(u"accelerat")
        || k.startsWith(u"media") || k.startsWith(u"machine learning"))
        return InstanceCategory::AcceleratedComputing;
    return InstanceCategory::Unknown;
}

Architecture inferArchitecture(QStringView family)
{
    if (family.isEmpty())
        return Architecture::Unknown;
    if (family == u"a1")
        return Architecture::Arm64;
    if (family.startsWith(u"mac"))
        return family == u"mac1" ? Architecture::X86_64 : Architecture::Arm64;
    qsizetype i = 0;
    while (i < family.size() && family[i].isLetter())
        ++i;
    if (i == family.size() || i == 0)
        return Architecture::Unknown;
    while (i < family.size() && family[i].isDigit())
        ++i;
    const QStringView suffix = family.mid(i);
    const qsizetype dash = suffix.indexOf(u'-');
    return suffix.left(dash < 0 ? suffix.size() : dash).contains(u'g') ? Architecture::Arm64
                                                                       : Architecture::X86_64;
}

std::optional<Platform> platformFromAttributes(QStringView os, QStringView license, QStringView pre)
{
    if (!pre.isEmpty() && pre != u"NA")
        return std::nullopt;
    if (os == u"Linux")
        return Platform::Linux;
    if (os == u"Windows")
        return license.startsWith(u"Bring") ? Platform::WindowsByol : Platform::Windows;
    if (os == u"RHEL")
        return Platform::Rhel;
    if (os == u"Red Hat Enterprise Linux with HA")
        return Platform::RhelHa;
    if (os == u"SUSE")
        return Platform::Suse;
    if (os == u"Ubuntu Pro")
        return Platform::UbuntuPro;
    return std::nullopt;
}

std::optional<Platform> platformFromOperation(QStringView op)
{
    static const QHash<QString, Platform> kOps = {
        { QStringLiteral("RunInstances"), Platform::Linux },
        { QStringLiteral("RunInstances:0002"), Platform::Windows },
        { QStringLiteral("RunInstances:0800"), Platform::WindowsByol },
        { QStringLiteral("RunInstances:0010"), Platform::Rhel },
        { QStringLiteral("RunInstances:1010"), Platform::RhelHa },
        { QStringLiteral("RunInstances:000g"), Platform::Suse },
        { QStringLiteral("RunInstances:0g00"), Platform::UbuntuPro },
    };
    const auto it = kOps.constFind(op.toString());
    if (it == kOps.cend())
        return std::nullopt;
    return *it;
}

std::optional<Platform> platformFromSpotDescription(QStringView d)
{
    if (d.startsWith(u"Linux/UNIX"))
        return Platform::Linux;
    if (d.startsWith(u"SUSE"))
        return Platform::Suse;
    if (d.startsWith(u"Red Hat"))
        return Platform::Rhel;
    if (d.startsWith(u"Windows"))
        return Platform::Windows;
    return std::nullopt;
}

} // namespace ec2lab::catalog::awsnames
