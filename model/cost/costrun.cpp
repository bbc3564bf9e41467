#include "cost/costrun.h"

#include "catalog/catalogpricesource.h"
#include "cost/costengine.h"
#include "cost/scenarioreader.h"

#include <QJsonArray>

namespace ec2lab {

CostRunResult CostRun::compute(const QJsonObject &document, const QString &fileName,
    const catalog::PriceCatalog &catalog, Policy policy, const std::optional<InputError> &catalogError)
{
    CostRunResult out;
    try {
        // Estimates fill what AWS data lacks (each one listed in OptionResult::priceNotes).
        const catalog::CatalogPriceSource loadedPrices(catalog, true);
        // A damaged catalog fails the run only when a price must come from it.
        const std::optional<catalog::UnavailablePriceSource> unavailable
            = catalogError ? std::optional(catalog::UnavailablePriceSource(*catalogError)) : std::nullopt;
        const PriceSource &catalogPrices
            = unavailable ? static_cast<const PriceSource &>(*unavailable) : loadedPrices;
        Scenario scenario = ScenarioReader::fromJson(document, fileName, &catalogPrices);
        out.region = scenario.region;
        const ScenarioPrices scenarioPrices = scenario.prices;
        const LayeredPriceSource prices(scenarioPrices, catalogPrices);
        const CostEngine engine(std::move(scenario), prices);
        try {
            out.report = engine.run();
        } catch (const InputError &) {
            if (policy == Policy::StopAtFirstError)
                throw;
            // Evaluate the options one by one and keep those that can be priced.
            const Scenario &s = engine.scenario();
            CostReport report;
            report.horizonMonths = s.horizonMonths;
            report.hoursPerMonth = s.calendarMonths ? 0 : 730;
            report.start = s.start;
            report.priceSnapshot = prices.snapshotDate();
            report.assumptions = engine.assumptions();
            const std::vector<OptionSpec> options
                = s.options.empty() ? engine.applicableOptions() : s.options;
            for (const OptionSpec &o : options) {
                try {
                    report.options.push_back(engine.evaluate(o));
                } catch (const InputError &e) {
                    out.leftOut.push_back({ o, e });
                }
            }
            out.report = std::move(report);
        }
        out.report->region = out.region;
    } catch (const InputError &e) {
        out.report.reset();
        out.leftOut.clear();
        out.error = e;
    }
    return out;
}

QJsonObject CostRun::documentForRegion(const QJsonObject &document, const QString &region)
{
    QJsonObject out = document;
    const QString home = document.value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    const bool foreign = region != home;
    out.insert(QStringLiteral("region"), region);
    if (foreign)
        out.remove(QStringLiteral("prices"));
    QJsonArray workloads = out.value(QStringLiteral("workloads")).toArray();
    for (qsizetype i = 0; i < workloads.size(); ++i) {
        if (!workloads[i].isObject())
            continue;
        QJsonObject w = workloads[i].toObject();
        w.remove(QStringLiteral("regions"));
        if (foreign)
            w.remove(QStringLiteral("prices"));
        workloads[i] = w;
    }
    if (out.contains(QStringLiteral("workloads")) && out.value(QStringLiteral("workloads")).isArray())
        out.insert(QStringLiteral("workloads"), workloads);
    return out;
}

std::vector<CostRunResult> CostRun::computeRegions(const QJsonObject &document, const QString &fileName,
    const catalog::PriceCatalog &catalog, Policy policy, const std::optional<InputError> &catalogError)
{
    QStringList regions;
    try {
        regions = ScenarioReader::comparedRegions(document, fileName);
    } catch (const InputError &e) {
        CostRunResult failed;
        failed.error = e;
        return { failed };
    }
    std::vector<CostRunResult> out;
    if (regions.size() == 1
        && regions.front()
            == document.value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"))) {
        out.push_back(compute(document, fileName, catalog, policy, catalogError));
        return out;
    }
    for (const QString &region : std::as_const(regions)) {
        out.push_back(compute(documentForRegion(document, region), fileName, catalog, policy, catalogError));
        if (policy == Policy::StopAtFirstError && !out.back().ok())
            break;
    }
    return out;
}

} // namespace ec2lab
