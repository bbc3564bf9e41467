#pragma once

#include "money.h"

#include <QString>
#include <cstddef>
#include <vector>

namespace ec2lab::usage {

/// One instance type's usage and prices as the advisor sees them.
struct AdvisorSeries
{
    QString label; ///< e.g. "us-east-1 m5.large linux"; only used by callers
    /// Instance-hours per clock hour of the profile (nine decimals); all series of one call have
    /// the same length.
    std::vector<Money> instanceHours;
    Money onDemandRate; ///< USD per instance-hour
    Money savingsPlanRate; ///< USD per instance-hour under the plan (reflects the payment option)
};

/// How the curve is laid out and over which time.
struct AdvisorSettings
{
    qint64 termHours = 8760; ///< 1 year; 26,280 for 3 years
    qint64 horizonHours = 8760; ///< the workload's life; the profile repeats over it
    Money step = Money::fromNanos(10'000'000); ///< commitment step, 0.01 USD/h
    int conservativePercent = 95; ///< the "conservative" point: fully used in this share of hours
    std::size_t maxPoints = 200'001; ///< larger curves get a coarser step (a multiple of step)
};

/// The cost of one hourly Savings Plan commitment over the horizon.
struct CommitmentPoint
{
    Money commitment; ///< USD per hour
    Money total; ///< commitment for every paid hour (whole terms) + On-Demand for the rest
    Money commitmentPaid; ///< commitment x paid hours, beyond-horizon hours included
    Money committedBeyondHorizon; ///< part of commitmentPaid owed after the horizon ends
    Money onDemandRemainder; ///< usage not covered by the plan, at On-Demand rates
    Money savings; ///< On-Demand-only total - total (negative when the plan costs more)
    Money utilization; ///< used commitment / paid commitment, 0..1 (nine decimals); 0 at 0
    bool operator==(const CommitmentPoint &) const = default;
};

/// The whole curve "total cost as a function of the hourly commitment".
struct CommitmentCurve
{
    std::vector<CommitmentPoint> points; ///< commitment = k x step, k = 0 .. ceil(peak / step)
    Money step; ///< the step actually used
    std::size_t optimum = 0; ///< index of the lowest total (the smallest commitment on ties)
    std::size_t conservative = 0; ///< index of the largest commitment fully used in enough hours
    Money onDemandTotal; ///< the horizon's usage all at On-Demand rates
    Money peakHourlyOnDemand; ///< the highest hourly On-Demand spend of the profile
    qint64 paidHours = 0; ///< hours of commitment owed (whole terms)
    qint64 coveredHours = 0; ///< horizon hours inside the bought terms
};

/// Finds the Savings Plan hourly commitment that minimises the total cost of a usage profile.
///
/// Contract: pure and deterministic. The profile (P clock hours) repeats over the horizon. A plan
/// is bought at the start and renewed only while a whole term fits in the horizon (pricing.md
/// section 2); a horizon shorter than one term still pays the whole term. In each covered hour the
/// commitment covers eligible usage at the plan rate, highest savings percentage first (ties: input
/// order), the rest is On-Demand. Series whose plan rate is zero or not below On-Demand are never
/// covered. Money is exact: each type's covered plan spend is summed exactly (128-bit) and turned
/// into On-Demand value once per type and point, rounded to the nano-dollar; evaluate() and curve()
/// therefore agree exactly on grid points. Cost: O(types x (P + points)).
class CommitmentAdvisor
{
public:
    static CommitmentCurve curve(const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings);
    /// The cost of any commitment (the user's current choice, not necessarily on the grid).
    static CommitmentPoint evaluate(
        const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings, Money commitment);
};

} // namespace ec2lab::usage
