#pragma once

#include "cost/costtypes.h"
#include "jsonreader.h"

#include <limits>

namespace ec2lab {

class PriceSource;
struct Scenario;

/// Turns a lifecycle script into the usage of a cost workload: runs it on the lifecycle engine and
/// lays the billing meter's billed seconds onto the cost model's clock-hour grid.
///
/// Contract: the traced instance-seconds per hour are exactly the billed seconds of every run
/// period (60 s minimum, per-hour platforms and the Spot first-hour waiver already applied), so an
/// On-Demand comparison of the trace at the script's prices gives the same compute total as
/// `ec2lab simulate`; the meter's EBS and public IPv4 amounts are carried over as they are.
/// Throws InputError (naming the script file for errors inside it, or the scenario path \a at).
class LifecycleTrace
{
public:
    /// Returns the number of events the script ran. A script with more events than
    /// \a eventBudget (what the scenario has left of ScenarioReader::kMaxLifecycleEvents) is
    /// refused before it runs.
    static qint64 trace(Workload &workload, const Scenario &scenario, const PriceSource &prices,
        const JsonCursor &at, qint64 eventBudget = std::numeric_limits<qint64>::max());
};

} // namespace ec2lab
