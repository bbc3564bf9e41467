#include "catalog/pricetypes.h"

namespace ec2lab::catalog {

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
    return hourly + upfront.mulDiv(1, termHours(term));
}

} // namespace ec2lab::catalog
