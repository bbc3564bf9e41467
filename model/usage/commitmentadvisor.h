#pragma once

#include "money.h"
#include "offer.h"

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

    // For Reserved Instances (CommitmentAdvisor::reservedInstances()); optional for the plan curve.
    QString region; ///< RIs are regional: only series of one region share an RI
    QString instanceType; ///< "m5.large"
    /// Regional Linux/UNIX shared-tenancy RIs are size-flexible within their family
    /// (pricing.md section 2); others match their exact type only.
    bool sizeFlexible = false;
    /// Standard RI effective rate per instance-hour (hourly + upfront / term hours); zero = none.
    Money reservedRate;

    // For the mixed recommendation (CommitmentMixer); optional elsewhere.
    /// EC2 Instance Savings Plan rate per instance-hour (one Region and family); zero = none.
    /// savingsPlanRate above is then the Compute Savings Plan rate.
    Money instanceSavingsPlanRate;
    /// The Standard RI's fees as sold, per RI: paid at each purchase, and per RI-hour. Both zero
    /// when only reservedRate is known (it is then charged as the hourly fee).
    Money reservedUpfront;
    Money reservedHourly;
};

/// How the curve is laid out and over which time.
struct AdvisorSettings
{
    qint64 termHours = 8760; ///< 1 year; 26,280 for 3 years
    qint64 horizonHours = 8760; ///< the workload's life; the profile repeats over it
    Money step = Money::fromNanos(10'000'000); ///< commitment step, 0.01 USD/h
    int conservativePercent = 95; ///< the "conservative" point: fully used in this share of hours
    std::size_t maxPoints = 200'001; ///< larger curves get a coarser step (a multiple of step)
    /// How plans are paid: splits a Savings Plan's obligation into upfront and monthly in
    /// CommitmentMixer's purchases (rates already reflect it; totals do not depend on it).
    PurchaseOption payment = PurchaseOption::NoUpfront;
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

/// Reserved Instances bought for one region and family (size-flexible) or one exact type.
struct ReservedPurchase
{
    QString region;
    QString instanceType; ///< the size counted: the smallest size of the group's usage
    qint64 count = 0; ///< RIs of that size (a larger size is the same as a multiple of it)
    Money hourly; ///< count x its effective rate, charged every hour of every term bought
    /// The input series this purchase covers (indices into the series given), smallest size first.
    std::vector<std::size_t> series;
};

/// The cheapest Reserved Instance counts, group by group, and what they cost.
struct ReservedPlan
{
    std::vector<ReservedPurchase> purchases; ///< groups with a count above zero, in input order
    Money total; ///< every RI hour of every term bought + the rest of the usage at On-Demand
    Money onDemandTotal;
    Money savings; ///< onDemandTotal - total
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
    /// The cheapest Standard RI count per group: a size-flexible group pools its sizes through
    /// normalization factors (InstanceSizing) and covers the smallest sizes first, as AWS does; an
    /// RI covers its normalized units in every clock hour of its term, whole terms owed and renewed
    /// as for plans. Each group's count is searched exhaustively from 0 to its peak (the smallest
    /// count on ties). Series without a reserved rate stay On-Demand.
    static ReservedPlan reservedInstances(
        const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings);
};

} // namespace ec2lab::usage
