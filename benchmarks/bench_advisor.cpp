// Commitment advisor speed (issue 17): the app redraws the commitment curve while a slider moves,
// so the whole curve for a 1-year hourly profile of 50 instance types must take well under 100 ms.
// Also times the Cost and Usage Report reader on a generated CSV (default 200 MB) and prints the
// process's peak resident memory before and after, to show the file streams through a bounded
// buffer instead of being loaded whole.
//
// Usage: bench_advisor [CUR_MEGABYTES]   (0 skips the CUR part)

#include "usage/commitmentadvisor.h"
#include "usage/commitmentmix.h"
#include "usage/usageimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>

using namespace ec2lab;
using namespace ec2lab::usage;

namespace {

/// Peak resident set size of this process in KiB (Linux /proc/self/status VmHWM).
qint64 peakRssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double medianMs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    const qint64 curMb = argc > 1 ? std::max(0, std::atoi(argv[1])) : 200;

    // 50 types, 8,760 hours: a base load, a weekday daytime peak and a pseudo-random jitter, in
    // quarter instance-hours; 10 families of 5 sizes (large .. 8xlarge), On-Demand 0.05 .. 3.52 USD/h
    // proportional to size, plans 25 .. 49 % off, RIs 5 % below the plan rate.
    std::vector<AdvisorSeries> series;
    quint32 seed = 2026;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    const char *sizes[] = { "large", "xlarge", "2xlarge", "4xlarge", "8xlarge" };
    for (int t = 0; t < 50; ++t) {
        AdvisorSeries s;
        s.region = QStringLiteral("us-east-1");
        s.instanceType = QStringLiteral("fam%1.%2").arg(t / 5).arg(QLatin1StringView(sizes[t % 5]));
        s.sizeFlexible = true;
        // Prices proportional to the normalization factor within a family, as in real price lists.
        s.onDemandRate = Money::fromNanos((50'000'000 + qint64(t / 5) * 20'000'000) << (t % 5));
        s.savingsPlanRate = s.onDemandRate.mulDiv(51 + (t * 7) % 25, 100);
        s.reservedRate = s.savingsPlanRate.mulDiv(95, 100);
        s.instanceSavingsPlanRate = s.savingsPlanRate.mulDiv(97, 100); // for the mixed recommendation
        const int base = 1 + t % 4;
        for (int h = 0; h < 8760; ++h) {
            const int day = (h / 24) % 7;
            const int hour = h % 24;
            const int peak = (day < 5 && hour >= 8 && hour < 19) ? 2 + t % 3 : 0;
            const int quarters = 4 * (base + peak) + int(next() >> 29); // + 0 .. 7 quarters
            s.instanceHours.push_back(Money::fromNanos(qint64(quarters) * 250'000'000));
        }
        series.push_back(std::move(s));
    }
    AdvisorSettings settings;
    settings.termHours = 8760;
    settings.horizonHours = 3 * 8760;
    settings.step = Money::fromNanos(10'000'000); // 0.01 USD/h

    std::vector<double> curveMs;
    CommitmentCurve curve;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        curve = CommitmentAdvisor::curve(series, settings);
        curveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> evalMs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const CommitmentPoint p
            = CommitmentAdvisor::evaluate(series, settings, curve.points[curve.optimum].commitment);
        evalMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!(p == curve.points[curve.optimum]))
            out << "MISMATCH between curve and evaluate\n";
    }
    out << "curve: 50 types x 8760 h, horizon 26280 h, " << curve.points.size() << " points of "
        << curve.step.toPlainString() << " USD/h: median " << QString::number(medianMs(curveMs), 'f', 2)
        << " ms (min " << QString::number(*std::min_element(curveMs.begin(), curveMs.end()), 'f', 2)
        << " ms)\n";
    out << "  optimum " << curve.points[curve.optimum].commitment.toPlainString() << " USD/h, total "
        << curve.points[curve.optimum].total.toString(2) << " vs On-Demand "
        << curve.onDemandTotal.toString(2) << "; conservative "
        << curve.points[curve.conservative].commitment.toPlainString() << " USD/h\n";
    QElapsedTimer riTimer;
    riTimer.start();
    const ReservedPlan ri = CommitmentAdvisor::reservedInstances(series, settings);
    const double riMs = double(riTimer.nsecsElapsed()) / 1e6;
    out << "reserved instances: 10 size-flexible families of 5 sizes, " << ri.purchases.size()
        << " purchases in " << QString::number(riMs, 'f', 1) << " ms; total " << ri.total.toString(2) << "\n";
    QElapsedTimer mixTimer;
    mixTimer.start();
    const CommitmentMix mix = CommitmentMixer::recommend(series, settings);
    const double mixMs = double(mixTimer.nsecsElapsed()) / 1e6;
    out << "mixed recommendation (RIs, EC2 Instance plans per family, Compute plan; 11 combinations): "
        << mix.purchases.size() << " purchases in " << QString::number(mixMs, 'f', 1) << " ms; total "
        << mix.total.toString(2) << "\n";
    out << "evaluate one commitment: median " << QString::number(medianMs(evalMs), 'f', 2) << " ms\n";
    out.flush();

    if (curMb == 0)
        return 0;
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("cur.csv"));
    {
        QFile f(name);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("identity/LineItemId,lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageEndDate,"
                "lineItem/UsageType,lineItem/Operation,lineItem/UsageAmount,lineItem/CurrencyCode,"
                "lineItem/LineItemDescription,product/instanceType,product/region\n");
        const char *types[] = { "m5.large", "c5.xlarge", "r5.2xlarge", "t3.medium", "m6i.4xlarge" };
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        qint64 row = 0;
        QByteArray chunk;
        while (f.size() + chunk.size() < curMb * 1024 * 1024) {
            const int hour = int(row / 40 % 744);
            const QByteArray t0 = start.addSecs(qint64(hour) * 3600).toString(Qt::ISODate).toLatin1();
            const QByteArray t1 = start.addSecs(qint64(hour + 1) * 3600).toString(Qt::ISODate).toLatin1();
            const char *type = types[row % 5];
            chunk += "li" + QByteArray::number(row) + ",Usage," + t0 + ',' + t1 + ",BoxUsage:" + type
                + ",RunInstances,1.0000000000,USD,\"$0.096 per On Demand Linux " + type + " Instance Hour, "
                + "tagged \"\"web\"\"\"," + type + ",us-east-1\n";
            ++row;
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    const qint64 size = QFile(name).size();
    const qint64 before = peakRssKib();
    QElapsedTimer timer;
    timer.start();
    const UsageProfile p = UsageImporter::readCostAndUsageReport(name);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 after = peakRssKib();
    out << "CUR import: " << size / (1024 * 1024) << " MiB, " << p.rows << " rows -> " << p.series.size()
        << " series x " << p.hours << " h in " << QString::number(ms / 1000, 'f', 2) << " s ("
        << QString::number(double(size) / 1048576.0 / (ms / 1000), 'f', 1) << " MiB/s); peak RSS "
        << before / 1024 << " MiB before, " << after / 1024 << " MiB after\n";
    return 0;
}
