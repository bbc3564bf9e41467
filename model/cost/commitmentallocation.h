#pragma once

#include "cost/costengine.h"

#include <optional>
#include <vector>

namespace ec2lab {

/// How a Reserved Instance / Savings Plan option's commitments cover a scenario's usage, hour by
/// hour, and what the option's compute costs then are.
///
/// Contract: allocate() applies the option's RIs first (smallest sizes first, through
/// normalization factors when the RI is size-flexible), then EC2 Instance Savings Plans, then
/// Compute Savings Plans (highest savings first), and bills the rest On-Demand, as AWS does. The
/// result holds only the option's compute and upfront amounts per month (the engine adds the
/// side lines), its calculation lines (CalcLine values) and the break-even utilization of its first
/// commitment. Money is exact; a missing price throws InputError naming it and the option.
struct CommitmentAllocation
{
    std::vector<CostBreakdown> months; ///< compute (usage + hourly fees) and upfront per month
    CalcLines explain; ///< the calculation lines, as values
    std::optional<Money> breakEvenUtilizationPercent;

    /// Allocates \a option's commitments over \a engine's hourly grid. Throws InputError.
    static CommitmentAllocation allocate(const CostEngine &engine, const OptionSpec &option);
};

} // namespace ec2lab
