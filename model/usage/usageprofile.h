#pragma once

#include "catalog/pricetypes.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace ec2lab::usage {

/// What a piece of usage is priced as: Region, instance type, platform and tenancy.
///
/// Contract: a value; ordered by region, type, platform, tenancy so results come out sorted.
struct UsageKey
{
    QString region; ///< "us-east-1", or a Local / Wavelength Zone group (see README)
    QString instanceType; ///< "m5.large"
    Platform platform = Platform::Linux;
    Tenancy tenancy = Tenancy::Shared;

    bool operator==(const UsageKey &) const = default;
    bool operator<(const UsageKey &o) const
    {
        if (region != o.region)
            return region < o.region;
        if (instanceType != o.instanceType)
            return instanceType < o.instanceType;
        if (platform != o.platform)
            return platform < o.platform;
        return tenancy < o.tenancy;
    }
};

/// Running instances of one key, from `aws ec2 describe-instances`.
struct FleetWorkload
{
    UsageKey key;
    qint64 count = 0;
};

/// A fleet read from describe-instances output.
///
/// Contract: workloads are sorted by key and hold only running instances (assumed to run every
/// hour); every instance left out is counted in leftOut under its reason code.
struct FleetUsage
{
    QList<FleetWorkload> workloads;
    qint64 running = 0; ///< instances counted in workloads
    /// reason code -> instances: "state:stopped", "state:terminated", ..., "lifecycle:spot",
    /// "platform:<PlatformDetails>" (a platform the catalog does not price), "tenancy:host".
    QMap<QString, qint64> leftOut;
};

/// One key's usage hour by hour.
struct UsageSeries
{
    UsageKey key;
    std::vector<Money> instanceHours; ///< per clock hour from UsageProfile::start (nine decimals)
};

/// An hour-by-hour usage profile, from a Cost and Usage Report.
///
/// Contract: every series has exactly `hours` entries, hour i covering [start + i h, start +
/// (i + 1) h) UTC; series are sorted by key; rows not used are counted in skipped by reason.
struct UsageProfile
{
    QDateTime start; ///< UTC, on a whole hour
    qint64 hours = 0;
    QList<UsageSeries> series;
    QString currency; ///< the report's one currency ("USD"); empty when it has no rows
    qint64 rows = 0; ///< data rows read
    qint64 usedRows = 0; ///< rows that went into the profile
    QMap<QString, qint64> skipped; ///< reason code -> rows ("line-item-type:Tax", "usage-type:...")
};

/// A fleet as a profile: one hour per key at its instance count. The advisor repeats a profile
/// over the horizon, so this is "every running instance runs all the time".
UsageProfile profileOf(const FleetUsage &fleet);

struct AdvisorSeries;

/// The prices the advisor needs for one key (USD per instance-hour); zero = not offered.
struct KeyRates
{
    Money onDemand;
    Money savingsPlan;
    Money reserved; ///< Standard RI effective rate (hourly + upfront / term hours)
    Money instanceSavingsPlan; ///< EC2 Instance Savings Plan rate (savingsPlan is then Compute's)
    Money reservedUpfront; ///< the Standard RI's fee per purchase (with reservedHourly: as sold)
    Money reservedHourly;
};

/// Turns a profile into the advisor's input, asking \a rates for each key's prices. Keys without
/// an On-Demand price are left out and listed in \a unpriced. Linux/UNIX shared-tenancy keys are
/// marked size-flexible for Reserved Instances.
std::vector<AdvisorSeries> advisorSeries(const UsageProfile &profile,
    const std::function<std::optional<KeyRates>(const UsageKey &)> &rates,
    QList<UsageKey> *unpriced = nullptr);

} // namespace ec2lab::usage
