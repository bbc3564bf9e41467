#pragma once

#include "cost/costtypes.h"

#include <QDateTime>
#include <cstdint>
#include <vector>

namespace ec2lab {

/// A seeded, deterministic Monte Carlo of Spot interruptions over an hourly usage grid, giving
/// p10 / p50 / p90 bands of cumulative cost and of lost work per month.
///
/// Contract: the same Input (seed included) gives the same bands whatever the thread count: each
/// path draws from its own generator seeded from (seed, path index). Model [CHOICE]:
/// - interruptions arrive as a Poisson process per running instance-second, at
///   interruptionsPerMonth per 730 running hours of one instance;
/// - the usage of an hour is one stream: an interruption hits the instance whose run started at
///   the later of the start of the running block and the previous interruption;
/// - work is checkpointed at every full hour of a run, so an interruption loses the work since the
///   last checkpoint and that work is redone (billed) at the hour's Spot price;
/// - what the interrupted run is billed comes from the lifecycle billing meter
///   (BillingMeter::billedSeconds with an EC2 interruption, lifecycle.md section 5): a run that
///   EC2 interrupts within its first hour is not charged on any platform, and per-hour platforms
///   (SUSE, RHEL before 2024-04-01, Windows before 2021-06-11) are not charged the interrupted
///   partial hour; the redo of work the meter did not bill costs nothing extra, but the work is
///   still lost time. Only where the meter bills the lost stretch (per-second platforms after the
///   first hour) is its redo an extra cost.
class SpotMonteCarlo
{
public:
    struct Input
    {
        std::vector<std::int64_t> seconds; ///< running instance-seconds per clock hour
        std::vector<std::int64_t> priceNanos; ///< Spot price per instance-hour in each hour, nano-USD
        std::vector<std::int64_t> monthStart; ///< hour index of each month start, plus the end
        std::vector<Money> baseCumulative; ///< the option's cumulative cost without interruptions
        double interruptionsPerMonth = 0;
        Platform platform = Platform::Linux; ///< decides the meter's per-second or per-hour rule
        QDateTime startUtc; ///< wall-clock time of hour 0 (the per-hour rules follow the date)
        int paths = 1000;
        std::uint64_t seed = 1;
        int threads = 0; ///< 0 = every core
    };

    static SpotRisk run(const Input &input);
};

} // namespace ec2lab
