#pragma once

#include "lifecycle/instancespec.h"
#include "lifecycle/lifecyclerecords.h"
#include "money.h"

#include <QDateTime>
#include <QList>

namespace ec2lab {

/// The EC2 billing rules for one lifecycle, as pure functions over simulated seconds.
///
/// Contract (lifecycle.md section 5): each run period is billed per second with a 60 s minimum,
/// except SUSE, Windows before 2021-06-11 and RHEL before 2024-04-01, which are billed per started
/// hour; a Spot run that EC2 interrupts costs nothing within its first hour, and after it the
/// seconds used (per-second platforms) or the full hours used without the interrupted partial
/// hour (per-hour platforms); EBS is billed per GB-month prorated per second with a 60 s minimum
/// per volume, over a 730-hour month (the pricing.md convention: a modelling choice, AWS bills
/// calendar months); public IPv4 is USD 0.005 per address-hour prorated per second (the proration
/// is a modelling choice). All money is exact (Money, nano-dollars); each amount is rounded once
/// to the nano-dollar.
class BillingMeter
{
public:
    static constexpr qint64 kMinimumBilledSeconds = 60;
    static constexpr qint64 kSecondsPerHour = 3600;
    static constexpr qint64 kHoursPerMonth = 730; ///< [CHOICE] as pricing.md
    static constexpr qint64 kSecondsPerMonth = kHoursPerMonth * kSecondsPerHour;
    static constexpr qint64 kSpotFirstHourSeconds = 3600;
    static constexpr qint64 kEbsMinimumBilledSeconds = 60;

    /// USD 0.005 per public IPv4 address-hour.
    static Money publicIpv4PricePerHour();
    /// 2024-02-01T00:00:00Z: public IPv4 charging for every address starts.
    static QDateTime publicIpv4ChargeStart();
    /// 2024-04-01T00:00:00Z: RHEL moves from per-hour to per-second billing.
    static QDateTime rhelPerSecondStart();
    /// 2021-06-11T00:00:00Z: Windows and Windows with SQL Server move from per-hour to per-second.
    static QDateTime windowsPerSecondStart();

    /// Whether a run of \a platform that starts at \a runStartUtc is billed per second (else per
    /// started hour).
    static bool billedPerSecond(Platform platform, const QDateTime &runStartUtc);
    /// Billed seconds of one run of \a runSeconds (>= 0) seconds. \a interruptedByEc2 with a Spot
    /// market applies AWS's rule for interrupted Spot Instances (no charge in the first hour; no
    /// charge for the interrupted partial hour on per-hour platforms).
    static qint64 billedSeconds(qint64 runSeconds, Platform platform, const QDateTime &runStartUtc,
        Market market = Market::OnDemand, bool interruptedByEc2 = false);
    /// pricePerHour * billedSeconds / 3600.
    static Money instanceCost(Money pricePerHour, qint64 billedSeconds);
    /// Billed seconds of a volume that has existed \a existedSeconds: at least 60.
    static qint64 ebsBilledSeconds(qint64 existedSeconds);
    /// sizeGb * pricePerGbMonth * seconds / (730 * 3600), for seconds already billed (no minimum
    /// applied here: see ebsBilledSeconds()).
    static Money ebsCost(Money pricePerGbMonth, qint64 sizeGb, qint64 seconds);
    /// 0.005 * seconds / 3600.
    static Money publicIpv4Cost(qint64 chargedSeconds);

    /// Lays each period's billed seconds end to end from its start ([start, start + billed)) over
    /// the clock hours of [from, to) ([CHOICE]: the 60 s minimum and SUSE round-up land right
    /// after the real run). \a simStartUtc fixes where UTC hour boundaries fall. Periods summed
    /// over all given instances (an element may then exceed 3600).
    static HourlyUsage billedSecondsByClockHour(
        const QList<RunPeriod> &periods, const QDateTime &simStartUtc, qint64 from, qint64 to);
};

} // namespace ec2lab
