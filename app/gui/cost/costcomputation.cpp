#include "costcomputation.h"

#include "cli/costtext.h"
#include "cost/costrun.h"
#include "lifecycle/lifecyclescript.h"
#include "typepicker.h"

#include <QJsonArray>
#include <QRegularExpression>
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

CostComputation::MissingOption CostComputation::describeMissing(
    const QString &option, const InputError &error, const QString &region, const QString &type)
{
    MissingOption out;
    out.option = option;
    //: How to get a missing price: the menu items of the File menu
    out.fix = tr("Get it with File › Import prices or File › Update prices…");
    // The engine names the price it missed as a scenario path ("missing price
    // prices.reserved."standard/1yr/all-upfront".upfront for m5.large"): turn it into words.
    static const QRegularExpression re(QStringLiteral(
        R"(missing price prices\.([a-z0-9_]+)(?:\.\"?([^" ]+)\"?)?(?:\.([a-z]+))?(?: for (\S+))?)"));
    const QRegularExpressionMatch m = re.match(error.message);
    const QString where = TypePicker::regionLabel(region);
    if (!m.hasMatch()) {
        // Not a missing price (a bad option, say): say so without the engine's path.
        out.reason = tr("This option cannot be priced: %1").arg(error.message);
        return out;
    }
    const QString key = m.captured(1);
    const QString offer = m.captured(2);
    const QString what = m.captured(4).isEmpty() ? type : m.captured(4);
    QString price;
    if (key == u"on_demand_per_hour")
        price = tr("On-Demand");
    else if (key == u"reserved")
        //: %1 is an offer such as "standard/1yr/all-upfront"
        price = tr("Reserved Instance (%1)").arg(offer);
    else if (key == u"savings_plan_per_hour")
        //: %1 is an offer such as "compute/1yr/no-upfront"
        price = tr("Savings Plan (%1)").arg(offer);
    else if (key == u"dedicated_host_per_hour")
        price = tr("Dedicated Host");
    else if (key == u"dedicated_host_reserved")
        //: %1 is a host reservation such as "1yr/no-upfront"
        price = tr("Dedicated Host reservation (%1)").arg(offer);
    else if (key == u"dedicated_instance_per_hour")
        price = tr("Dedicated Instance");
    else if (key == u"ebs_per_gb_month")
        //: %1 is an EBS volume type such as gp3
        price = tr("EBS %1").arg(offer);
    else if (key == u"public_ipv4_per_hour")
        price = tr("public IPv4 address");
    else if (key == u"data_transfer_out_per_gb")
        price = tr("data transfer out");
    else if (key == u"spot_savings_percent")
        price = tr("Spot savings");
    else
        price = key;
    //: %1 is the kind of price ("Dedicated Host"), %2 the instance type or family, %3 the Region
    out.reason = what.isEmpty()
        ? tr("No %1 price in %2 in the offline prices").arg(price, where)
        : tr("No %1 price for %2 in %3 in the offline prices").arg(price, what, where);
    return out;
}

CostComputation::ChartRegions CostComputation::chartRegions(const Result &result)
{
    ChartRegions out;
    out.homeName = TypePicker::regionName(result.region);
    for (const MissingOption &m : result.missing)
        out.unpriced << m.option;
    for (const RegionResult &r : result.otherRegions) {
        out.otherNames << TypePicker::regionName(r.region);
        out.others.append({ out.otherNames.last(), r.report });
        for (const MissingOption &m : r.missing)
            //: An option without a price in another Region: %1 the option, %2 the Region's name
            out.unpriced << tr("%1 · %2").arg(m.option, out.otherNames.last());
    }
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
    // One run per Region the workloads list (the scenario's own Region alone without a list).
    const std::vector<CostRunResult> runs = CostRun::computeRegions(
        costScenario(document, enabledOptions), name, *catalog, CostRun::Policy::LeaveOutUnpricedOptions);
    const QString home = document.value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    const QString type = document.value(QStringLiteral("workloads"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("instance_type"))
                             .toString();
    // The scenario's own Region is the main report; a list without it (a file edited by hand)
    // makes its first Region the main one.
    std::size_t main = 0;
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (runs[i].ok() && runs[i].region == home)
            main = i;
    const CostRunResult &run = runs[main];
    if (!run.ok()) {
        // A price every option needs (On-Demand, the reference) is missing: say which, in words.
        if (run.error->message.contains(QStringLiteral("missing price"))) {
            const MissingOption m = describeMissing(QString(), *run.error, home, type);
            out.problems << m.reason + u' ' + m.fix;
        } else {
            out.problems << run.error->toString();
        }
        return out;
    }
    out.report = *run.report;
    out.region = run.region;
    for (const OptionProblem &p : run.leftOut)
        out.missing.push_back(describeMissing(CostText::optionName(p.option), p.error, run.region, type));
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i == main)
            continue;
        RegionResult r;
        r.region = runs[i].region;
        if (runs[i].ok()) {
            r.report = *runs[i].report;
            r.ok = true;
            for (const OptionProblem &p : runs[i].leftOut)
                r.missing.push_back(
                    describeMissing(CostText::optionName(p.option), p.error, runs[i].region, type));
        } else {
            r.problems << runs[i].error->toString();
        }
        out.otherRegions.push_back(std::move(r));
    }
    out.ok = true;
    return out;
}

} // namespace ec2lab::gui
