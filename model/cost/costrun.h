#pragma once

#include "cost/costtypes.h"
#include "inputerror.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace ec2lab {

namespace catalog {
class PriceCatalog;
}

/// An option CostRun left out of a comparison, and why (the option as a value: the app names it).
struct OptionProblem
{
    OptionSpec option; ///< the option left out (its user label, or its kind and parameters)
    InputError error;
};

/// What one cost comparison gave: the report, or the one error that stopped it.
///
/// Contract: exactly one of \a report and \a error is set. \a leftOut lists the options left out
/// of \a report (only under CostRun::Policy::LeaveOutUnpricedOptions).
struct CostRunResult
{
    std::optional<CostReport> report;
    QString region; ///< the scenario's region (with a report)
    std::optional<InputError> error;
    std::vector<OptionProblem> leftOut;

    bool ok() const { return report.has_value(); }
};

/// The one cost pipeline: scenario reader -> scenario prices layered over the price catalog ->
/// cost engine, as `ec2lab cost` and the cost workspace both run it.
///
/// Contract: a pure function of its inputs (safe on a worker thread); never throws. Prices the
/// scenario gives win over the catalog's; the catalog's estimates fill what AWS data lacks (each
/// one listed in OptionResult::priceNotes). With
/// StopAtFirstError any error ends the run; with LeaveOutUnpricedOptions a scenario that reads but
/// whose options cannot all be priced still gives a report of the options that can be, and lists
/// the others in CostRunResult::leftOut.
class CostRun
{
public:
    enum class Policy {
        StopAtFirstError, ///< the command line: one clear error
        LeaveOutUnpricedOptions, ///< the desktop app: one unpriced option must not blank the rest
    };

    /// Compares the options of the scenario \a document (the JSON of a scenario file; \a fileName
    /// names it in messages and anchors its relative paths) with prices from \a catalog.
    /// \a catalogError, when set, is why the catalog could not be loaded: the run then fails with
    /// it only when a price must come from the catalog (a file that gives every price still runs).
    static CostRunResult compute(const QJsonObject &document, const QString &fileName,
        const catalog::PriceCatalog &catalog, Policy policy,
        const std::optional<InputError> &catalogError = std::nullopt);

    /// The Regions side by side: one compute() per Region of ScenarioReader::comparedRegions(),
    /// in that order, each with that Region's catalog prices. The scenario's "prices" (global and
    /// per workload) belong to its "region" and take part only in that Region's run; every other
    /// Region is priced from the catalog alone. A scenario whose Region list cannot be read gives
    /// one result with that error. With one Region this is compute() itself.
    static std::vector<CostRunResult> computeRegions(const QJsonObject &document, const QString &fileName,
        const catalog::PriceCatalog &catalog, Policy policy,
        const std::optional<InputError> &catalogError = std::nullopt);
    /// The scenario \a document as priced in \a region alone (what computeRegions() runs):
    /// "region" set to it, the workloads' "regions" lists removed, and the typed prices removed
    /// unless \a region is the scenario's own.
    static QJsonObject documentForRegion(const QJsonObject &document, const QString &region);
};

} // namespace ec2lab
