#include "costcomputation.h"

#include "catalog/catalogpricesource.h"
#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "lifecycle/lifecyclescript.h"
#include "optionspanel.h"
#include "typepicker.h"

#include <QJsonArray>
#include <QSet>

namespace ec2lab::gui {

bool CostComputation::usesLab(const QJsonObject &document)
{
    const QJsonArray workloads = document.value(QStringLiteral("workloads")).toArray();
    for (const QJsonValue &w : workloads) {
        const QJsonObject usage = w.toObject().value(QStringLiteral("usage")).toObject();
        if (usage.value(QStringLiteral("kind")).toString() == u"lifecycle"
            && usage.value(QStringLiteral("from_lab")).toBool())
            return true;
    }
    return false;
}

CostComputation::LabSummary CostComputation::labSummary(const QJsonObject &document)
{
    LabSummary out;
    const QJsonValue lab = document.value(QStringLiteral("lab"));
    if (!lab.isObject()) {
        out.error = tr("This scenario has no lab script: run something in the lifecycle lab first.");
        return out;
    }
    // Billed seconds do not depend on prices: a zero price stands in for any the script leaves to
    // the catalog, so the hint never waits for one.
    InputError error;
    const std::optional<LifecycleScript> script = LifecycleScript::fromJson(
        lab.toObject(), QStringLiteral("lab"), &error, ScriptPriceLookup::zeroPrices());
    if (!script) {
        out.error = error.toString();
        return out;
    }
    const ScriptRun run = script->run();
    for (const LifecycleScript::NamedInstance &i : script->instances()) {
        out.instanceNames << i.name;
        if (!out.scriptTypes.contains(i.spec.instanceType))
            out.scriptTypes << i.spec.instanceType;
    }
    for (const QString &id : run.engine.instanceIds()) {
        for (const RunPeriod &p : run.engine.runPeriods(id)) {
            out.billedSeconds += p.billedSeconds;
            if (!out.billedTypes.contains(p.instanceType))
                out.billedTypes << p.instanceType;
        }
    }
    out.start = script->config().start;
    out.durationSeconds = script->until();
    out.ok = true;
    return out;
}

QJsonObject CostComputation::costScenario(const QJsonObject &document)
{
    QJsonObject s = document;
    // `ec2lab cost` reads the lab script only for a "from_lab" workload; otherwise it is the lab's.
    if (!usesLab(document))
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
        // Estimates fill what AWS data lacks (each one listed in OptionResult::priceNotes).
        const catalog::CatalogPriceSource catalog(*held, true);
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
