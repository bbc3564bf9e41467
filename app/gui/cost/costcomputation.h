#pragma once

#include "charts/costcharts.h"
#include "cost/costtypes.h"
#include "inputerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace ec2lab::catalog {
class PriceCatalog;
}

namespace ec2lab::gui {

/// Runs the model's cost pipeline (CostRun) on a scenario document's JSON (view state stripped,
/// only the enabled options, the lab script kept when a workload uses it). Pure function of its
/// input (the catalog and the enabled options are passed in as values): safe to call on a worker
/// thread.
///
/// Contract: returns the engine's CostReport unchanged. When one option cannot be priced, the
/// others are still computed and \a problems lists one line per option left out (naming the
/// missing price); a scenario that cannot be read at all gives an empty report and the reader's
/// one-line error.
class CostComputation
{
    Q_DECLARE_TR_FUNCTIONS(CostComputation)

public:
    /// An option the prices at hand cannot price: it stays in the summary with this reason.
    struct MissingOption
    {
        QString option; ///< the option's label
        QString reason; ///< in words, e.g. "No Dedicated Host price for m5 in Asia Pacific (Seoul) ..."
        QString fix; ///< what the user can do about it
    };
    /// One more Region the workloads are compared in ("regions"), priced on its own.
    struct RegionResult
    {
        QString region; ///< its code
        CostReport report;
        std::vector<MissingOption> missing;
        QStringList problems; ///< the one error when this Region's run failed outright
        bool ok = false;
    };
    struct Result
    {
        CostReport report; ///< in the scenario's own Region
        QStringList problems; ///< the one error when the scenario cannot be read at all
        std::vector<MissingOption> missing; ///< options left out for a missing price, in order
        bool ok = false;
        QString region; ///< the Region of report (the scenario's own)
        /// The other Regions of the side-by-side comparison, in the workloads' order (empty
        /// without a "regions" list); each is what a single-Region run there gives.
        std::vector<RegionResult> otherRegions;
    };
    /// The words for an option left out of the comparison: \a error is the engine's (naming the
    /// price it missed), \a region and \a type the scenario's.
    static MissingOption describeMissing(
        const QString &option, const InputError &error, const QString &region, const QString &type);
    /// The Regions of \a result as the charts draw them: the scenario's own Region by name, each
    /// other Region's report under its name (interface language), and every option without a
    /// price ("Dedicated Host · Asia Pacific (Seoul)" when it lacks one in another Region). The
    /// cost workspace and `ec2lab export` both draw from it.
    struct ChartRegions
    {
        QString homeName;
        QStringList otherNames; ///< in result.otherRegions' order
        QList<CostChart::RegionReport> others; ///< each other Region's report under its name
        QStringList unpriced;
    };
    static ChartRegions chartRegions(const Result &result);
    /// \a enabledOptions: the document's options the user left switched on
    /// (OptionsPanel::enabledOptions()); \a catalog: the app's catalog (CatalogHolder::current()).
    static Result compute(const QJsonObject &document, const QString &fileName,
        const std::shared_ptr<const catalog::PriceCatalog> &catalog, const QJsonArray &enabledOptions);
    /// The scenario JSON exactly as `ec2lab cost` would read it.
    static QJsonObject costScenario(const QJsonObject &document, const QJsonArray &enabledOptions);

    /// What the document's lab script ("lab") did, for the usage editor's hint.
    struct LabSummary
    {
        bool ok = false;
        QString error; ///< one line when the script cannot be read
        QStringList instanceNames; ///< in the script's order
        QStringList billedTypes; ///< distinct instance types that ran (billed), in first-run order
        QStringList scriptTypes; ///< distinct types the script launches with
        QDateTime start; ///< UTC
        qint64 durationSeconds = 0; ///< the script's `until`
        qint64 billedSeconds = 0; ///< billed instance-seconds of every run (60 s minimums included)
    };
    /// Runs the document's lab script on the lifecycle engine (the same run the cost reader traces
    /// for a "from_lab" workload; prices do not change billed seconds, so none are needed).
    static LabSummary labSummary(const QJsonObject &document);
    /// True when a workload of \a document takes its usage from the document's lab script.
    static bool usesLab(const QJsonObject &document);
};

} // namespace ec2lab::gui
