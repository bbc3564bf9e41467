#include "lifecycle/billingmeter.h"

#include <algorithm>

namespace ec2lab {

Money BillingMeter::publicIpv4PricePerHour()
{
    return Money::fromNanos(5'000'000); // USD 0.005
}

QDateTime BillingMeter::publicIpv4ChargeStart()
{
    return QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
}

QDateTime BillingMeter::rhelPerSecondStart()
{
    return QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC);
}

QDateTime BillingMeter::windowsPerSecondStart()
{
    return QDateTime(QDate(2021, 6, 11), QTime(0, 0), Qt::UTC);
}

bool BillingMeter::billedPerSecond(Platform platform, const QDateTime &runStartUtc)
{
    switch (platform) {
    case Platform::Suse:
        return false;
    // RHEL with HA, Windows BYOL and Ubuntu Pro follow the operating system they are built on
    // (a modelling choice: lifecycle.md names only the base platforms).
    case Platform::Rhel:
    case Platform::RhelHa:
        return runStartUtc >= rhelPerSecondStart();
    case Platform::Windows:
    case Platform::WindowsByol:
    case Platform::WindowsSqlServer:
        return runStartUtc >= windowsPerSecondStart();
    case Platform::Linux:
    case Platform::Ubuntu:
    case Platform::UbuntuPro:
        break;
    }
    return true;
}

qint64 BillingMeter::billedSeconds(
    qint64 runSeconds, Platform platform, const QDateTime &runStartUtc, Market market, bool interruptedByEc2)
{
    runSeconds = std::max<qint64>(0, runSeconds);
    const bool perSecond = billedPerSecond(platform, runStartUtc);
    if (market == Market::Spot && interruptedByEc2) {
        // AWS "Billing for interrupted Spot Instances": interrupted by EC2 within the first hour,
        // no charge on any platform; after it, per-second platforms pay the seconds used and
        // per-hour platforms the full hours used, not the interrupted partial hour.
        if (runSeconds < kSpotFirstHourSeconds)
            return 0;
        return perSecond ? runSeconds : runSeconds / kSecondsPerHour * kSecondsPerHour;
    }
    if (perSecond)
        return std::max(kMinimumBilledSeconds, runSeconds);
    // Every started hour is a full hour; a run of zero seconds still started one.
    const qint64 hours = std::max<qint64>(1, (runSeconds + kSecondsPerHour - 1) / kSecondsPerHour);
    return hours * kSecondsPerHour;
}

Money BillingMeter::instanceCost(Money pricePerHour, qint64 billedSeconds)
{
    return pricePerHour.mulDiv(billedSeconds, kSecondsPerHour);
}

qint64 BillingMeter::ebsBilledSeconds(qint64 existedSeconds)
{
    return std::max(kEbsMinimumBilledSeconds, existedSeconds);
}

Money BillingMeter::ebsCost(Money pricePerGbMonth, qint64 sizeGb, qint64 seconds)
{
    // One 128-bit multiply-divide: exact, rounded once, and no int64 overflow for large volumes.
    return pricePerGbMonth.mulDiv(sizeGb * seconds, kSecondsPerMonth);
}

Money BillingMeter::publicIpv4Cost(qint64 chargedSeconds)
{
    return publicIpv4PricePerHour().mulDiv(chargedSeconds, kSecondsPerHour);
}

HourlyUsage BillingMeter::billedSecondsByClockHour(
    const QList<RunPeriod> &periods, const QDateTime &simStartUtc, qint64 from, qint64 to)
{
    auto posMod = [](qint64 a, qint64 m) { return ((a % m) + m) % m; };
    const qint64 offset = posMod(simStartUtc.toSecsSinceEpoch(), kSecondsPerHour);
    auto hourStartOf = [&](qint64 t) { return t - posMod(t + offset, kSecondsPerHour); };

    HourlyUsage usage;
    usage.firstHourStart = hourStartOf(from);
    if (to <= from)
        return usage;
    usage.seconds.resize((hourStartOf(to - 1) - usage.firstHourStart) / kSecondsPerHour + 1, 0);
    for (const RunPeriod &p : periods) {
        if (p.start < from || p.start >= to || p.billedSeconds <= 0)
            continue;
        // [start, start + billed) may run past `to` (SUSE round-up, 60 s minimum): grow the list
        // so the sum always equals what the meter bills.
        qint64 t = p.start;
        const qint64 end = p.start + p.billedSeconds;
        while (t < end) {
            const qint64 hour = hourStartOf(t);
            const qint64 chunk = std::min(end, hour + kSecondsPerHour) - t;
            const qsizetype index = (hour - usage.firstHourStart) / kSecondsPerHour;
            if (index >= usage.seconds.size())
                usage.seconds.resize(index + 1, 0);
            usage.seconds[index] += chunk;
            t += chunk;
        }
    }
    return usage;
}

} // namespace ec2lab
