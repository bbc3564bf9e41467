// Lifecycle engine speed: 1,000 instances through a simulated 30-day month.
//
// Each instance keeps office hours (start 08:00, reboot 12:00, stop 18:00 on weekdays); every
// tenth is a Spot instance interrupted (stop behaviour) every Wednesday at 10:00 and restarted
// by a capacity-returns event at 11:00; every tenth holds an Elastic IP. Prints the wall time of
// the run, of every instance's bill, of rebuilding the mid-month state by replay (what the
// lab's time scrubber does) and of the per-clock-hour usage the cost model reads.
//
// Usage: bench_lifecycle [INSTANCES]

#include "lifecycle/lifecycleengine.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>

using namespace ec2lab;

int main(int argc, char *argv[])
{
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    constexpr int kDays = 30;
    constexpr qint64 kHour = 3600;
    QTextStream out(stdout);

    LifecycleConfig config;
    config.seed = 2026;
    config.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC); // a Monday
    config.eipQuota = LifecycleConfig::kMaxEipQuota; // an account with a raised quota (AWS default: 5)
    LifecycleEngine engine(config);

    QElapsedTimer timer;
    timer.start();
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        InstanceSpec spec;
        spec.name = QStringLiteral("i%1").arg(i);
        spec.pricePerHour = *Money::parse(u"0.096");
        spec.autoAssignPublicIp = i % 2 == 0; // the documentation ranges hold 508 addresses
        if (i % 10 == 5) {
            spec.market = Market::Spot;
            spec.spotInterruptionBehavior = SpotInterruptionBehavior::Stop;
            spec.pricePerHour = *Money::parse(u"0.035");
        }
        VolumeSpec root;
        root.root = true;
        root.deleteOnTermination = true;
        root.pricePerGbMonth = *Money::parse(u"0.08");
        spec.volumes = { root };
        ids << engine.launch(spec).instanceId;
    }
    // AWS refuses to associate an address with a pending instance: associate once they run.
    engine.advanceTo(config.durations.pending);
    for (int i = 0; i < count; i += 10) {
        const QString alloc = engine.allocateAddress(QStringLiteral("i%1").arg(i)).allocationId;
        engine.associateAddress(alloc, ids[i]);
    }
    for (int day = 0; day < kDays; ++day) {
        const qint64 base = day * 24 * kHour;
        const int weekday = day % 7; // 0 = Monday
        if (weekday >= 5)
            continue;
        auto each = [&](qint64 at, auto action) {
            engine.advanceTo(base + at);
            for (int i = 0; i < count; ++i) {
                action(i, ids[i]);
            }
        };
        each(8 * kHour, [&](int, const QString &id) { engine.start(id); });
        if (weekday == 2) {
            each(10 * kHour, [&](int i, const QString &id) {
                if (i % 10 == 5)
                    engine.spotInterruption(id);
            });
            each(11 * kHour, [&](int i, const QString &id) {
                if (i % 10 == 5)
                    engine.capacityReturns(id);
            });
        }
        each(12 * kHour, [&](int, const QString &id) { engine.reboot(id); });
        each(18 * kHour, [&](int, const QString &id) { engine.stop(id); });
    }
    const qint64 end = kDays * 24 * kHour;
    engine.advanceTo(end);
    const double runMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    Money total = engine.totalCost();
    qint64 billedSeconds = 0;
    for (const QString &id : ids)
        billedSeconds += engine.billing(id).billedSeconds;
    const double billMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    const LifecycleEngine mid = engine.replayedTo(end / 2);
    const double replayMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    qint64 hourly = 0;
    for (const QString &id : ids) {
        for (qint64 s : engine.billedSecondsByClockHour(id, 0, end).seconds)
            hourly += s;
    }
    const double hoursMs = timer.nsecsElapsed() / 1e6;

    qint64 stateRecords = 0;
    for (const QString &id : ids)
        stateRecords += engine.stateHistory(id).size();

    out << "instances:            " << count << '\n'
        << "simulated days:       " << kDays << '\n'
        << "requests applied:     " << engine.requestLog().size() << '\n'
        << "states entered:       " << stateRecords << '\n'
        << "event log entries:    " << engine.events().size() << '\n'
        << "billed seconds:       " << billedSeconds << " (per clock hour: " << hourly << ")\n"
        << "total cost (USD):     " << total.toString(2) << '\n'
        << "run:                  " << QString::number(runMs, 'f', 1) << " ms\n"
        << "bill every instance:  " << QString::number(billMs, 'f', 1) << " ms\n"
        << "replay to mid-month:  " << QString::number(replayMs, 'f', 1) << " ms (now " << mid.now() << ")\n"
        << "clock-hour usage:     " << QString::number(hoursMs, 'f', 1) << " ms\n";
    return hourly == billedSeconds ? 0 : 1;
}
