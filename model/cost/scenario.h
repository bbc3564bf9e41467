#pragma once

#include "cost/costtypes.h"
#include "cost/pricesource.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace ec2lab {

/// A cost comparison as the user described it: the horizon, the workloads, the options to compare
/// and the prices written in the scenario.
///
/// Contract: a Scenario returned by ScenarioReader is within limits (horizon 1..120 months, counts
/// 1..100,000, at least one workload); an empty `options` list means "compare every applicable
/// option" (CostEngine::applicableOptions()).
struct Scenario
{
    QString fileName; ///< for error messages; empty for scenarios built in code
    QString region = QStringLiteral("us-east-1");
    /// The Regions compared side by side (ScenarioReader::comparedRegions()); one Region, the
    /// scenario's own, unless a workload lists "regions". CostEngine prices `region` only.
    QStringList regions;
    QDate start = QDate(2026, 1, 1);
    int horizonMonths = 36;
    bool calendarMonths = false;
    std::vector<Workload> workloads;
    std::vector<OptionSpec> options;
    ScenarioPrices prices;
    QJsonObject labScript; ///< the document's lab script ("lab"), used by "from_lab" workloads
    bool hasLab = false;
};

} // namespace ec2lab
