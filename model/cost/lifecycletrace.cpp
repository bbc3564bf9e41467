#include "cost/lifecycletrace.h"

#include "cost/labscript.h"
#include "cost/pricesource.h"
#include "cost/scenario.h"
#include "cost/timeline.h"
#include "lifecycle/billingmeter.h"
#include "lifecycle/lifecyclescript.h"

namespace ec2lab {

qint64 LifecycleTrace::trace(
    Workload &w, const Scenario &s, const PriceSource &prices, const JsonCursor &at, qint64 eventBudget)
{
    const ScriptPriceLookup lookup = LabScript::priceLookup(prices);
    InputError error;
    std::optional<LifecycleScript> script;
    if (w.usage.fromLab) {
        if (!s.hasLab)
            at.fail(QStringLiteral("\"from_lab\" needs the document's lab script (key \"lab\"), "
                                   "and this document has none"));
        script = LifecycleScript::fromJson(s.labScript, s.fileName, &error, lookup);
        // The script's own paths start at its root; inside the document it sits under "lab".
        if (!script)
            error = LabScript::inDocument(error);
    } else {
        script = LifecycleScript::load(w.usage.script, &error, lookup);
    }
    if (!script)
        throw error;
    const qint64 events = script->events().size();
    if (events > eventBudget)
        at.fail(
            QStringLiteral("the script has %1 events, more than the %2 left of the limit on lifecycle events "
                           "traced per scenario")
                .arg(events)
                .arg(eventBudget));
    const ScriptRun run = script->run();

    const QDateTime epoch(s.start, QTime(0, 0), Qt::UTC);
    const QDateTime simStart = script->config().start;
    const qint64 offset = epoch.secsTo(simStart);
    if (offset < 0)
        at.fail(QStringLiteral("the script starts at %1, before the scenario start %2")
                    .arg(simStart.toString(Qt::ISODate), s.start.toString(Qt::ISODate)));

    QList<RunPeriod> periods;
    Money compute;
    Money ebs;
    Money ipv4;
    for (const QString &id : run.engine.instanceIds()) {
        for (const RunPeriod &p : run.engine.runPeriods(id)) {
            if (p.instanceType != w.instanceType)
                at.fail(QStringLiteral(
                    "instance %1 of the script runs as %2, but the workload is %3 (a lifecycle "
                    "workload compares one instance type)")
                            .arg(id, p.instanceType, w.instanceType));
            // The meter billed the run under its own platform (per-second or per-hour rules);
            // the comparison prices the workload's platform: they must be the same (Ubuntu is
            // billed as Linux).
            const auto billedAs = [](Platform x) { return x == Platform::Ubuntu ? Platform::Linux : x; };
            if (billedAs(p.platform) != billedAs(w.platform))
                at.fail(QStringLiteral(
                    "instance %1 of the script runs %2, but the workload's platform is %3 (the "
                    "billing meter's per-second or per-hour rule follows the platform)")
                            .arg(id, platformName(p.platform), platformName(w.platform)));
            periods << p;
            compute += p.cost;
        }
        const BillingSummary bill = run.engine.billing(id);
        ebs += bill.ebs;
        ipv4 += bill.publicIpv4;
    }
    for (const ElasticAddressStatus &a : run.engine.elasticAddresses())
        ipv4 += a.cost;

    const Timeline timeline(s.start, s.horizonMonths, s.calendarMonths);
    w.usage.tracedSeconds.assign(static_cast<std::size_t>(timeline.hours()), 0);
    // Billed seconds may run past `until` by the 60 s minimum or a SUSE hour round-up.
    const HourlyUsage usage
        = BillingMeter::billedSecondsByClockHour(periods, simStart, 0, script->until() + 3 * 3600);
    for (qsizetype i = 0; i < usage.seconds.size(); ++i) {
        const qint64 s0 = usage.seconds[i];
        if (s0 == 0)
            continue;
        const qint64 hour = (offset + usage.firstHourStart) / 3600 + i;
        if (hour < 0 || hour >= timeline.hours())
            at.fail(QStringLiteral("the script runs beyond the %1-month horizon").arg(s.horizonMonths));
        w.usage.tracedSeconds[static_cast<std::size_t>(hour)] += s0;
    }
    w.usage.tracedCompute = compute;
    w.usage.tracedEbs = ebs;
    w.usage.tracedPublicIpv4 = ipv4;
    const qint64 endHour = (offset + script->until()) / 3600;
    w.usage.tracedEndHour = std::min<qint64>(endHour, timeline.hours() - 1);
    return events;
}

} // namespace ec2lab
