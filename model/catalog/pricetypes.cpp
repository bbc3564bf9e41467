#include "catalog/pricetypes.h"

namespace ec2lab::catalog {

namespace {

QString simplifiedKey(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

QString toString(InstanceCategory v)
{
    switch (v) {
    case InstanceCategory::GeneralPurpose:
        return QStringLiteral("general-purpose");
    case InstanceCategory::ComputeOptimized:
        return QStringLiteral("compute-optimized");
    case InstanceCategory::MemoryOptimized:
        return QStringLiteral("memory-optimized");
    case InstanceCategory::AcceleratedComputing:
        return QStringLiteral("accelerated-computing");
    case InstanceCategory::StorageOptimized:
        return QStringLiteral("storage-optimized");
    case InstanceCategory::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString toString(Architecture v)
{
    switch (v) {
    case Architecture::X86_64:
        return QStringLiteral("x86_64");
    case Architecture::Arm64:
        return QStringLiteral("arm64");
    case Architecture::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString toString(Generation v)
{
    switch (v) {
    case Generation::Current:
        return QStringLiteral("current");
    case Generation::Previous:
        return QStringLiteral("previous");
    case Generation::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString toString(Platform v)
{
    switch (v) {
    case Platform::Linux:
        return QStringLiteral("linux");
    case Platform::Windows:
        return QStringLiteral("windows");
    case Platform::WindowsByol:
        return QStringLiteral("windows-byol");
    case Platform::Rhel:
        return QStringLiteral("rhel");
    case Platform::RhelHa:
        return QStringLiteral("rhel-ha");
    case Platform::Suse:
        return QStringLiteral("suse");
    case Platform::UbuntuPro:
        return QStringLiteral("ubuntu-pro");
    }
    return QStringLiteral("linux");
}

QString toString(Tenancy v)
{
    return v == Tenancy::Dedicated ? QStringLiteral("dedicated") : QStringLiteral("shared");
}

QString toString(OfferingClass v)
{
    return v == OfferingClass::Convertible ? QStringLiteral("convertible") : QStringLiteral("standard");
}

QString toString(PurchaseOption v)
{
    switch (v) {
    case PurchaseOption::PartialUpfront:
        return QStringLiteral("partial-upfront");
    case PurchaseOption::AllUpfront:
        return QStringLiteral("all-upfront");
    case PurchaseOption::NoUpfront:
        break;
    }
    return QStringLiteral("no-upfront");
}

QString toString(SavingsPlanType v)
{
    return v == SavingsPlanType::Ec2Instance ? QStringLiteral("ec2-instance") : QStringLiteral("compute");
}

std::optional<Platform> platformFromString(QStringView s)
{
    const QString k = simplifiedKey(s);
    for (Platform p : { Platform::Linux, Platform::Windows, Platform::WindowsByol, Platform::Rhel,
             Platform::RhelHa, Platform::Suse, Platform::UbuntuPro }) {
        if (simplifiedKey(toString(p)) == k)
            return p;
    }
    if (k == u"linuxunix" || k == u"unix")
        return Platform::Linux;
    if (k == u"sles" || k == u"suselinux")
        return Platform::Suse;
    if (k == u"redhatenterpriselinux")
        return Platform::Rhel;
    return std::nullopt;
}

std::optional<Tenancy> tenancyFromString(QStringView s)
{
    const QString k = simplifiedKey(s);
    if (k == u"shared" || k == u"default")
        return Tenancy::Shared;
    if (k == u"dedicated")
        return Tenancy::Dedicated;
    return std::nullopt;
}

std::optional<PurchaseOption> purchaseOptionFromString(QStringView s)
{
    const QString k = simplifiedKey(s);
    if (k == u"noupfront")
        return PurchaseOption::NoUpfront;
    if (k == u"partialupfront")
        return PurchaseOption::PartialUpfront;
    if (k == u"allupfront")
        return PurchaseOption::AllUpfront;
    return std::nullopt;
}

void InstanceSpec::fillFrom(const InstanceSpec &o)
{
    if (name.isEmpty())
        name = o.name;
    if (family.isEmpty())
        family = o.family;
    if (size.isEmpty())
        size = o.size;
    if (category == InstanceCategory::Unknown)
        category = o.category;
    if (vcpu == 0)
        vcpu = o.vcpu;
    if (memoryGib.isZero())
        memoryGib = o.memoryGib;
    // A published architecture beats one inferred from the name.
    if (o.architecture != Architecture::Unknown
        && (architecture == Architecture::Unknown || (architectureInferred && !o.architectureInferred))) {
        architecture = o.architecture;
        architectureInferred = o.architectureInferred;
    }
    if (generation == Generation::Unknown)
        generation = o.generation;
    if (normalizationFactor.isZero())
        normalizationFactor = o.normalizationFactor;
}

Money ReservedPrice::effectiveHourly() const
{
    return hourly + upfront.mulDiv(1, 8760LL * years);
}

} // namespace ec2lab::catalog
