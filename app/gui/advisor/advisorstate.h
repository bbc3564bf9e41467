#pragma once

#include "advisorpricing.h"

#include <QString>

namespace ec2lab::gui {

/// What the Advisor workspace shows: the imported usage, its priced result under the chosen
/// options, and the user's current commitment evaluated on it.
///
/// Contract: a value shared read-only by the charts and the purchases table; `current` is always
/// the evaluation of `commitment` under `result` (the workspace keeps them together).
struct AdvisorState
{
    bool loaded = false; ///< a usage file has been imported
    QString sourceFile; ///< the imported file
    bool fleet = false; ///< from describe-instances: every running instance runs all the time
    usage::UsageProfile profile;
    usage::FleetUsage fleetUsage; ///< only when fleet
    AdvisorOptions options;
    AdvisorResult result;
    Money commitment; ///< the user's current hourly commitment (USD/h)
    usage::CommitmentPoint current;

    bool hasCurve() const { return !result.curve.points.empty(); }
    /// Total instance-hours of every key in each profile hour.
    std::vector<Money> hourlyTotals() const
    {
        std::vector<Money> totals(std::size_t(qMax<qint64>(0, profile.hours)));
        for (const usage::UsageSeries &s : profile.series)
            for (std::size_t i = 0; i < s.instanceHours.size() && i < totals.size(); ++i)
                totals[i] += s.instanceHours[i];
        return totals;
    }
};

} // namespace ec2lab::gui
