#include "cost/costrun.h"

#include "catalog/catalogpricesource.h"
#include "cost/costengine.h"
#include "cost/scenarioreader.h"

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

} // namespace ec2lab
