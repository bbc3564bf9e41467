#include "costcomputation.h"

#include "cost/costrun.h"
#include "lifecycle/lifecyclescript.h"

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

QJsonObject CostComputation::costScenario(const QJsonObject &document, const QJsonArray &enabledOptions)
{
    QJsonObject s = document;
    // `ec2lab cost` reads the lab script only for a "from_lab" workload; otherwise it is the lab's.
    if (!usesLab(document))
        s.remove(QStringLiteral("lab"));
    s.remove(QStringLiteral("gui"));
    s.insert(QStringLiteral("options"), enabledOptions);
    return s;
}

CostComputation::Result CostComputation::compute(const QJsonObject &document, const QString &fileName,
    const std::shared_ptr<const catalog::PriceCatalog> &catalog, const QJsonArray &enabledOptions)
{
    Result out;
    const QString name = fileName.isEmpty() ? QStringLiteral("scenario") : fileName;
    const CostRunResult run = CostRun::compute(
        costScenario(document, enabledOptions), name, *catalog, CostRun::Policy::LeaveOutUnpricedOptions);
    if (!run.ok()) {
        out.problems << run.error->toString();
        return out;
    }
    out.report = *run.report;
    for (const OptionProblem &p : run.leftOut)
        out.problems << QStringLiteral("%1: %2").arg(p.option, p.error.toString());
    out.ok = true;
    return out;
}

} // namespace ec2lab::gui
