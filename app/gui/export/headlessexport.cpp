#include "headlessexport.h"

#include "charts/costcharts.h"
#include "charts/timelinechart.h"
#include "cost/costcomputation.h"
#include "cost/labscript.h"
#include "cost/optionspanel.h"
#include "jsonreader.h"
#include "lifecycle/lifecyclescript.h"
#include "prices/catalogholder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace ec2lab::gui {

QStringList HeadlessExport::chartNames()
{
    return { QStringLiteral("cumulative"), QStringLiteral("monthly"), QStringLiteral("breakdown"),
        QStringLiteral("spot"), QStringLiteral("lifecycle") };
}

bool HeadlessExport::readJson(const QString &fileName, QJsonObject *out, QString *error)
{
    try {
        const QJsonDocument doc = loadJsonDocument(fileName);
        if (!doc.isObject()) {
            *error = InputError { fileName, QString(), QStringLiteral("expected a JSON object") }.toString();
            return false;
        }
        *out = doc.object();
        return true;
    } catch (const InputError &e) {
        *error = e.toString();
        return false;
    }
}

std::unique_ptr<ChartBase> HeadlessExport::buildChart(const QJsonObject &scenario, const QString &fileName,
    const QString &chartName, QString *error, QStringList *warnings)
{
    if (chartName == u"lifecycle") {
        const bool isScript
            = scenario.contains(QStringLiteral("events")) && !scenario.contains(QStringLiteral("workloads"));
        const QJsonObject script = isScript ? scenario : scenario.value(QStringLiteral("lab")).toObject();
        if (script.isEmpty()) {
            *error = InputError { fileName, QStringLiteral("lab"),
                QStringLiteral(
                    "no lifecycle script to chart (expected a \"lab\" object or a lifecycle script)") }
                         .toString();
            return nullptr;
        }
        InputError e;
        const auto parsed = LifecycleScript::fromJson(script, fileName, &e);
        if (!parsed) {
            if (!isScript)
                e = LabScript::inDocument(e);
            *error = e.toString();
            return nullptr;
        }
        const ScriptRun run = parsed->run();
        QHash<QString, QString> names;
        for (auto it = run.instanceIds.cbegin(); it != run.instanceIds.cend(); ++it)
            names.insert(it.value(), it.key());
        auto chart = std::make_unique<TimelineChart>();
        chart->setEngine(run.engine, names);
        return chart;
    }
    std::unique_ptr<CostChart> chart;
    if (chartName == u"cumulative")
        chart = std::make_unique<CumulativeChart>();
    else if (chartName == u"monthly")
        chart = std::make_unique<MonthlyChart>();
    else if (chartName == u"breakdown")
        chart = std::make_unique<BreakdownChart>();
    else if (chartName == u"spot")
        chart = std::make_unique<SpotBandChart>();
    if (!chart) {
        *error = QStringLiteral("unknown chart \"%1\" (use %2)")
                     .arg(chartName, chartNames().join(QStringLiteral(", ")));
        return nullptr;
    }
    const CostComputation::Result result = CostComputation::compute(
        scenario, fileName, CatalogHolder::instance()->current(), OptionsPanel::enabledOptions(scenario));
    if (!result.ok) {
        *error = result.problems.value(0);
        return nullptr;
    }
    if (warnings) {
        *warnings = result.problems;
        // An option without a price (a host in a Region with no host price) is left out of the
        // chart: say which and why, in words.
        for (const CostComputation::MissingOption &m : result.missing)
            *warnings << m.option + QStringLiteral(": ") + m.reason;
        for (const CostComputation::RegionResult &r : result.otherRegions) {
            for (const CostComputation::MissingOption &m : r.missing)
                *warnings << m.option + QStringLiteral(": ") + m.reason;
            if (!r.ok)
                *warnings << r.problems;
        }
    }
    // A Regions comparison ("regions" in the workloads) is exported as the workspace draws it:
    // the other Regions' lines and columns beside the scenario's own.
    const CostComputation::ChartRegions regions = CostComputation::chartRegions(result);
    chart->setComparison(regions.homeName, regions.others);
    chart->setUnpricedOptions(regions.unpriced);
    chart->resize(1600, 1000);
    chart->setReport(result.report);
    return chart;
}

} // namespace ec2lab::gui
