#pragma once

#include "cost/scenario.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

namespace ec2lab {

class PriceSource;

/// Reads a cost scenario (the JSON of issue 3) into a Scenario.
///
/// Contract: either returns a Scenario within the model's limits or throws InputError naming the
/// file and the JSON path of the first problem: unknown keys, wrong types, horizons beyond 10
/// years (120 months), instance counts beyond 100,000, malformed hour ranges, unknown offer keys,
/// duplicate option ids. Relative paths inside the scenario (lifecycle scripts, Spot price
/// history files) are resolved against the scenario's folder. Lifecycle usage is traced here
/// (the script is run on the lifecycle engine) with prices from \a prices when the script leaves
/// them out.
class ScenarioReader
{
public:
    static constexpr int kMaxHorizonMonths = 120;
    static constexpr int kMaxCount = 100'000;
    static constexpr int kMaxLifecycleWorkloads = 100;
    /// Events of all lifecycle scripts a scenario traces, together (each script is also bounded
    /// by the lifecycle script's own limit): a few seconds of tracing at most.
    static constexpr qint64 kMaxLifecycleEvents = 100'000;
    /// Options compared in one scenario (every applicable option is about 25).
    static constexpr int kMaxOptions = 100;
    /// Spot options with a Monte Carlo (each may simulate up to 50 million interruptions).
    static constexpr int kMaxSpotOptions = 4;
    /// Regions one scenario compares side by side (each is a full cost run).
    static constexpr int kMaxRegions = 6;

    /// The Regions the scenario's workloads are priced in, in the order the file lists them: the
    /// workloads' "regions" lists (every workload that gives one must give the same list, and a
    /// workload without one is priced in every Region listed), or the scenario's "region" when
    /// no workload lists any. Throws InputError for a list that is empty, not strings, longer
    /// than kMaxRegions, names a Region twice, or differs from another workload's.
    static QStringList comparedRegions(const QJsonObject &root, const QString &fileName);

    /// Reads \a fileName. Throws InputError.
    static Scenario read(const QString &fileName, const PriceSource *catalog = nullptr);
    /// Reads an already parsed document; \a fileName names it in messages and anchors relative
    /// paths. Throws InputError.
    static Scenario fromJson(
        const QJsonObject &root, const QString &fileName, const PriceSource *catalog = nullptr);
};

} // namespace ec2lab
