// Part of CostEngine (costengine.h): the Spot option (flat estimate or price history, Monte Carlo
// interruption bands), kept in a file of its own behind the engine.
#include "cost/costengine.h"
#include "cost/costmath.h"
#include "cost/spotmontecarlo.h"
#include "inputerror.h"

#include <algorithm>

namespace ec2lab {

using namespace costmath;

// ---- Spot ---------------------------------------------------------------------------------------

void CostEngine::evalSpot(const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain,
    std::optional<SpotRisk> &risk) const
{
    const SpotSpec &spot = option.spot;
    const std::int64_t hours = m_timeline.hours();
    const QString where = neededBy(option);
    const QString historyType
        = spot.historyInstanceType.isEmpty() ? m_buckets.front().instanceType : spot.historyInstanceType;
    // Price x seconds per hour of the history's step function (exact time weighting within hours).
    std::vector<Wide> historyWeighted;
    if (!spot.history.empty()) {
        historyWeighted.assign(static_cast<std::size_t>(hours), 0);
        std::size_t p = 0;
        for (std::int64_t h = 0; h < hours; ++h) {
            const std::int64_t from = h * kHourSeconds;
            const std::int64_t to = from + kHourSeconds;
            while (p + 1 < spot.history.size() && spot.history[p + 1].atSecond <= from)
                ++p;
            Wide sum = 0;
            std::int64_t t = from;
            std::size_t q = p;
            while (t < to) {
                const std::int64_t next = q + 1 < spot.history.size()
                    ? std::min(to, std::max(t, spot.history[q + 1].atSecond))
                    : to;
                // [CHOICE] before the first record, the first record's price holds.
                sum += static_cast<Wide>(spot.history[q].price.nanos()) * (next - t);
                t = next;
                if (t < to)
                    ++q;
            }
            historyWeighted[static_cast<std::size_t>(h)] = sum;
        }
    }

    const bool monteCarlo = !spot.interruptionsPerMonth.isZero();
    std::vector<std::int64_t> mcSeconds(monteCarlo ? static_cast<std::size_t>(hours) : 0, 0);
    std::vector<Wide> mcCost(monteCarlo ? static_cast<std::size_t>(hours) : 0, 0); // nano-USD x s x 3600
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        const bool useHistory = !historyWeighted.empty() && b.instanceType == historyType;
        Money rate;
        if (!useHistory) {
            std::optional<Money> savings = spot.savingsPercent;
            if (!savings)
                savings = optionalPrice(query(PriceItem::SpotSavingsPercent, b));
            if (!savings)
                throw InputError { m_scenario.fileName, where,
                    QStringLiteral("no Spot price for %1: give savings_percent or a price_history, or %2")
                        .arg(
                            b.instanceType, PriceSource::describe(query(PriceItem::SpotSavingsPercent, b))) };
            // [CHOICE] Spot price = On-Demand x (1 - savings%), as ec2instances.info estimates it.
            rate = b.onDemandRate.mulDiv(
                Money::fromUnits(100).nanos() - savings->nanos(), Money::fromUnits(100).nanos());
            CalcLine l(CalcLine::Kind::SpotEstimate);
            l.instanceType = b.instanceType;
            l.onDemandRate = b.onDemandRate;
            l.percent = *savings;
            l.rate = rate;
            explain.push_back(l);
        }
        Money total;
        for (int m = 0; m < m_timeline.months(); ++m) {
            Wide acc = 0;
            if (!useHistory && !monteCarlo) // a flat rate: the month's seconds are enough
                acc = static_cast<Wide>(b.monthSeconds[static_cast<std::size_t>(m)]) * rate.nanos()
                    * kHourSeconds;
            const std::int64_t hourEnd = useHistory || monteCarlo ? m_timeline.monthStartHour(m + 1) : 0;
            for (std::int64_t h = m_timeline.monthStartHour(m); h < hourEnd; ++h) {
                const auto hi = static_cast<std::size_t>(h);
                const std::int64_t s = b.seconds[hi];
                if (s == 0)
                    continue;
                const Wide c = useHistory ? static_cast<Wide>(s) * historyWeighted[hi]
                                          : static_cast<Wide>(s) * rate.nanos() * kHourSeconds;
                acc += c;
                if (monteCarlo) {
                    mcSeconds[hi] += s;
                    mcCost[hi] += c;
                }
            }
            const Money month = roundDiv(acc, static_cast<Wide>(kHourSeconds) * kHourSeconds);
            months[static_cast<std::size_t>(m)].compute += month;
            total += month;
        }
        if (useHistory) {
            CalcLine l(CalcLine::Kind::SpotHistory);
            l.instanceType = b.instanceType;
            l.seconds = b.totalSeconds;
            l.records = static_cast<std::int64_t>(spot.history.size());
            l.amount = total;
            explain.push_back(l);
        }
    }

    if (spot.interruptionsPerMonth.isZero())
        return;
    // Bound the work: the expected number of interruptions over all paths.
    std::int64_t usedSeconds = 0;
    for (const Bucket &b : m_buckets)
        usedSeconds += b.totalSeconds;
    const double expectedEvents = static_cast<double>(spot.interruptionsPerMonth.nanos())
        / Money::kNanosPerUnit * (static_cast<double>(usedSeconds) / (730.0 * kHourSeconds)) * spot.paths;
    if (expectedEvents > 5e7)
        throw InputError { m_scenario.fileName, where,
            QStringLiteral(
                "the Spot Monte Carlo would simulate about %1 million interruptions; lower paths or "
                "interruptions_per_month")
                .arg(expectedEvents / 1e6, 0, 'f', 0) };
    SpotMonteCarlo::Input in;
    in.seconds = std::move(mcSeconds);
    in.priceNanos.resize(in.seconds.size());
    for (std::size_t h = 0; h < in.seconds.size(); ++h) {
        // The usage-weighted Spot price per instance-hour of the hour.
        in.priceNanos[h]
            = in.seconds[h] ? static_cast<std::int64_t>(mcCost[h] / kHourSeconds / in.seconds[h]) : 0;
    }
    for (int m = 0; m <= m_timeline.months(); ++m)
        in.monthStart.push_back(m_timeline.monthStartHour(m));
    Money cum;
    for (const CostBreakdown &c : months) {
        cum += c.total();
        in.baseCumulative.push_back(cum);
    }
    in.interruptionsPerMonth = static_cast<double>(spot.interruptionsPerMonth.nanos()) / Money::kNanosPerUnit;
    // [CHOICE] one stream for every bucket: the first bucket's platform decides the meter's rule.
    in.platform = m_buckets.front().platform;
    in.startUtc = QDateTime(m_timeline.start(), QTime(0, 0), Qt::UTC);
    in.paths = spot.paths;
    in.seed = spot.seed;
    in.threads = m_threads;
    risk = SpotMonteCarlo::run(in);
    CalcLine l(CalcLine::Kind::SpotInterruptions);
    l.quantity = spot.interruptionsPerMonth;
    l.paths = risk->paths;
    l.seed = risk->seed;
    l.meanInterruptions = risk->meanInterruptions;
    explain.push_back(l);
}

} // namespace ec2lab
