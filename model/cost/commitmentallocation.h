#pragma once

#include "cost/costengine.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace ec2lab {

/// The terms of one commitment over a horizon (pricing.md section 2, "Renewal" and "A commitment
/// is owed for its whole term").
///
/// Contract: a commitment is bought at hour 0; with renewal it is bought again at the end of each
/// term only while a whole new term fits in the horizon, so purchases = max(1, horizon / term)
/// (one without renewal). Hours [0, coveredEnd) are under the commitment, [coveredEnd, horizon)
/// are On-Demand, and beyondHours (the hours of the last term after the horizon) are owed all the
/// same. Used by RIs, Savings Plans and Dedicated Host reservations alike.
struct CommitmentTerms
{
    std::int64_t purchases = 1;
    std::int64_t end = 0; ///< hour where the last term ends (may be after the horizon)
    std::int64_t coveredEnd = 0; ///< min(end, horizon)
    std::int64_t beyondHours = 0; ///< max(0, end - horizon)

    static CommitmentTerms of(std::int64_t termHours, std::int64_t horizonHours, bool renew)
    {
        CommitmentTerms t;
        t.purchases = renew && termHours > 0 ? std::max<std::int64_t>(1, horizonHours / termHours) : 1;
        t.end = t.purchases * termHours;
        t.coveredEnd = std::min(t.end, horizonHours);
        t.beyondHours = std::max<std::int64_t>(0, t.end - horizonHours);
        return t;
    }
};

/// How a Reserved Instance / Savings Plan option's commitments cover a scenario's usage, hour by
/// hour, and what the option's compute costs then are.
///
/// Contract: allocate() applies the option's RIs first (smallest sizes first, through
/// normalization factors when the RI is size-flexible), then EC2 Instance Savings Plans, then
/// Compute Savings Plans (highest savings first), and bills the rest On-Demand, as AWS does. The
/// result holds only the option's compute and upfront amounts per month (the engine adds the
/// side lines), its calculation lines (CalcLine values) and the break-even utilization of its first
/// commitment. Terms follow CommitmentTerms; the hourly fees a term still owes after the horizon
/// are committedBeyondHorizon. A Savings Plan covers usage exactly in money: the part of an hour
/// its remaining commitment pays for, fractions of a second included, the rest On-Demand; amounts
/// are accumulated exactly and rounded once per month. Money is exact; a missing price throws
/// InputError naming it and the option.
struct CommitmentAllocation
{
    std::vector<CostBreakdown> months; ///< compute (usage + hourly fees) and upfront per month
    CalcLines explain; ///< the calculation lines, as values
    std::optional<Money> breakEvenUtilizationPercent;
    Money committedBeyondHorizon; ///< hourly fees owed after the horizon
    /// The first commitment's hourly fee + upfront / term hours (per RI; per plan: USD/h).
    std::optional<Money> effectiveHourly;

    /// Allocates \a option's commitments over \a engine's hourly grid. Throws InputError.
    static CommitmentAllocation allocate(const CostEngine &engine, const OptionSpec &option);
};

} // namespace ec2lab
