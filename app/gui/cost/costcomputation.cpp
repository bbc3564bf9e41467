#include "costcomputation.h"

#include "catalog/catalogpricesource.h"
#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "optionspanel.h"
#include "typepicker.h"

namespace ec2lab::gui {

QJsonObject CostComputation::costScenario(const QJsonObject &document)
{
    QJsonObject s = document;
    s.remove(QStringLiteral("lab"));
    s.remove(QStringLiteral("gui"));
    s.insert(QStringLiteral("options"), OptionsPanel::enabledOptions(document));
    return s;
}

CostComputation::Result CostComputation::compute(const QJsonObject &document, const QString &fileName)
{
    Result out;
    const QString name = fileName.isEmpty() ? QStringLiteral("scenario") : fileName;
    try {
        // Scenario prices win over the catalog (they are the user's explicit overrides).
        const auto held = InstanceTypeModel::priceCatalog(); // kept alive while this runs
        const catalog::CatalogPriceSource catalog(*held);
        const Scenario scenario = ScenarioReader::fromJson(costScenario(document), name, &catalog);
        const LayeredPriceSource prices(scenario.prices, catalog);
        const CostEngine engine(scenario, prices);
        try {
            out.report = engine.run();
        } catch (const InputError &) {
            // One unpriced option must not blank the whole comparison: evaluate them one by one.
            out.report = CostReport();
            out.report.horizonMonths = scenario.horizonMonths;
            out.report.hoursPerMonth = scenario.calendarMonths ? 0 : 730;
            out.report.start = scenario.start;
            out.report.priceSnapshot = prices.snapshotDate();
            out.report.assumptions = engine.assumptions();
            const std::vector<OptionSpec> options
                = scenario.options.empty() ? engine.applicableOptions() : scenario.options;
            for (const OptionSpec &o : options) {
                try {
                    out.report.options.push_back(engine.evaluate(o));
                } catch (const InputError &e) {
                    out.problems << QStringLiteral("%1: %2").arg(
                        o.label.isEmpty() ? o.id : o.label, e.toString());
                }
            }
        }
        out.ok = true;
    } catch (const InputError &e) {
        out.problems << e.toString();
    }
    return out;
}

} // namespace ec2lab::gui
