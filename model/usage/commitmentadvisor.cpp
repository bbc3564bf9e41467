#include "usage/commitmentadvisor.h"

#include "cost/instancesizing.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace ec2lab::usage {

namespace {

using I128 = Int128;

/// num / den rounded to the nearest integer, halves away from zero; den > 0.
I128 roundDiv(I128 num, I128 den)
{
    const I128 half = den / 2;
    return num >= 0 ? (num + half) / den : -((-num + half) / den);
}

/// a x b / 1e9 rounded half away from zero, as Money::times(), in 64 bits when the product fits.
qint64 times(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (!__builtin_mul_overflow(a, b, &product)) {
        const qint64 half = Money::kNanosPerUnit / 2;
        return product >= 0 ? (product + half) / Money::kNanosPerUnit
                            : -((-product + half) / Money::kNanosPerUnit);
    }
    return qint64(roundDiv(I128(a) * b, Money::kNanosPerUnit));
}

/// The profile prepared once: eligible series in coverage order, their hourly plan-rate spend
/// and where each one's segment starts in every hour, the hour weights and On-Demand totals.
struct Prepared
{
    qint64 hours = 0; ///< profile length P
    std::vector<std::size_t> order; ///< eligible series, highest savings percentage first
    std::vector<std::vector<qint64>> spend; ///< [order index][hour] plan-rate spend, nanos
    std::vector<std::vector<qint64>> start; ///< [order index][hour] segment start, nanos
    std::vector<qint64> eligibleSpend; ///< per hour, all eligible series at plan rates
    std::vector<qint64> coveredWeight; ///< per hour: occurrences inside the bought terms
    I128 onDemandWindow = 0; ///< usage inside the bought terms at On-Demand rates
    I128 onDemandOutside = 0; ///< usage after the last whole term at On-Demand rates
    qint64 peakOnDemand = 0;
    qint64 paidHours = 0;
    qint64 coveredHours = 0;
};

/// How many t in [0, n) have t mod p == h.
qint64 occurrences(qint64 n, qint64 p, qint64 h)
{
    return n / p + (h < n % p ? 1 : 0);
}

Prepared prepare(const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings)
{
    Prepared p;
    for (const AdvisorSeries &s : series)
        p.hours = std::max<qint64>(p.hours, qint64(s.instanceHours.size()));
    const qint64 term = std::max<qint64>(1, settings.termHours);
    const qint64 horizon = std::max<qint64>(0, settings.horizonHours);
    // Bought at the start, renewed while a whole term fits; a short horizon still owes one term.
    const qint64 terms = std::max<qint64>(1, horizon / term);
    p.paidHours = terms * term;
    p.coveredHours = std::min(horizon, p.paidHours);
    if (p.hours == 0)
        return p;

    for (std::size_t i = 0; i < series.size(); ++i) {
        const AdvisorSeries &s = series[i];
        if (s.savingsPlanRate.nanos() > 0 && s.savingsPlanRate < s.onDemandRate)
            p.order.push_back(i);
    }
    // Highest savings percentage first: s_a / o_a < s_b / o_b, compared exactly.
    std::stable_sort(p.order.begin(), p.order.end(), [&](std::size_t a, std::size_t b) {
        return I128(series[a].savingsPlanRate.nanos()) * series[b].onDemandRate.nanos()
            < I128(series[b].savingsPlanRate.nanos()) * series[a].onDemandRate.nanos();
    });

    const auto hours = std::size_t(p.hours);
    p.coveredWeight.resize(hours);
    std::vector<qint64> onDemand(hours, 0);
    for (qint64 h = 0; h < p.hours; ++h)
        p.coveredWeight[std::size_t(h)] = occurrences(p.coveredHours, p.hours, h);
    for (const AdvisorSeries &s : series) {
        for (std::size_t h = 0; h < s.instanceHours.size(); ++h)
            onDemand[h] += times(s.instanceHours[h].nanos(), s.onDemandRate.nanos());
    }
    for (qint64 h = 0; h < p.hours; ++h) {
        const I128 od = onDemand[std::size_t(h)];
        const qint64 inside = p.coveredWeight[std::size_t(h)];
        p.onDemandWindow += od * inside;
        p.onDemandOutside += od * (occurrences(horizon, p.hours, h) - inside);
        p.peakOnDemand = std::max(p.peakOnDemand, onDemand[std::size_t(h)]);
    }

    p.eligibleSpend.assign(hours, 0);
    p.spend.resize(p.order.size());
    p.start.resize(p.order.size());
    for (std::size_t j = 0; j < p.order.size(); ++j) {
        const AdvisorSeries &s = series[p.order[j]];
        std::vector<qint64> &spend = p.spend[j];
        std::vector<qint64> &start = p.start[j];
        spend.assign(hours, 0);
        start = p.eligibleSpend; // the segment starts where the cheaper-to-cover ones end
        for (std::size_t h = 0; h < s.instanceHours.size(); ++h)
            spend[h] = times(s.instanceHours[h].nanos(), s.savingsPlanRate.nanos());
        for (std::size_t h = 0; h < hours; ++h)
            p.eligibleSpend[h] += spend[h];
    }
    return p;
}

Money toMoney(I128 nanos)
{
    return Money::fromNanos(qint64(nanos));
}

CommitmentPoint makePoint(const Prepared &p, qint64 commitment, I128 onDemandCovered, I128 usedSpend)
{
    CommitmentPoint pt;
    pt.commitment = Money::fromNanos(commitment);
    const I128 paid = I128(commitment) * p.paidHours;
    pt.commitmentPaid = toMoney(paid);
    pt.committedBeyondHorizon = toMoney(I128(commitment) * (p.paidHours - p.coveredHours));
    pt.onDemandRemainder = toMoney(p.onDemandWindow - onDemandCovered + p.onDemandOutside);
    pt.total = pt.commitmentPaid + pt.onDemandRemainder;
    pt.savings = toMoney(p.onDemandWindow + p.onDemandOutside) - pt.total;
    if (paid > 0)
        pt.utilization = toMoney(roundDiv(usedSpend * Money::kNanosPerUnit, paid));
    return pt;
}

} // namespace

CommitmentPoint CommitmentAdvisor::evaluate(
    const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings, Money commitment)
{
    const Prepared p = prepare(series, settings);
    const qint64 c = std::max<qint64>(0, commitment.nanos());
    I128 covered = 0;
    I128 used = 0;
    for (std::size_t j = 0; j < p.order.size(); ++j) {
        I128 g = 0; // this type's covered plan spend, weighted by hour occurrences
        for (std::size_t h = 0; h < std::size_t(p.hours); ++h) {
            const qint64 a = p.start[j][h];
            const qint64 b = a + p.spend[j][h];
            g += I128(std::clamp(c, a, b) - a) * p.coveredWeight[h];
        }
        const AdvisorSeries &s = series[p.order[j]];
        covered += roundDiv(g * s.onDemandRate.nanos(), s.savingsPlanRate.nanos());
        used += g;
    }
    return makePoint(p, c, covered, used);
}

CommitmentCurve CommitmentAdvisor::curve(
    const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings)
{
    const Prepared p = prepare(series, settings);
    CommitmentCurve out;
    out.paidHours = p.paidHours;
    out.coveredHours = p.coveredHours;
    out.onDemandTotal = toMoney(p.onDemandWindow + p.onDemandOutside);
    out.peakHourlyOnDemand = Money::fromNanos(p.peakOnDemand);

    qint64 step = settings.step.nanos() > 0 ? settings.step.nanos() : 10'000'000;
    const auto maxPoints = qint64(std::max<std::size_t>(2, settings.maxPoints));
    qint64 last = (p.peakOnDemand + step - 1) / step; // the last point reaches the peak
    if (last + 1 > maxPoints) {
        step *= (last + maxPoints - 2) / (maxPoints - 1);
        last = (p.peakOnDemand + step - 1) / step;
    }
    out.step = Money::fromNanos(step);
    const auto n = std::size_t(last + 1);

    // Each type's covered spend G(c) = sum over hours of w_h * (clamp(c, a, b) - a) is piecewise
    // linear in c; on the grid c = k * step it is S(k) * k * step + C(k), where S and C are prefix
    // sums of difference arrays: a segment [a, b) adds w to the slope from the first point above a
    // to the first point at or above b, and w * b - w * a to the constant from there on.
    std::vector<I128> covered(n, 0);
    std::vector<I128> used(n, 0);
    // From the first point above every segment's end a type's covered spend stays constant: it
    // is added once, through these difference arrays, instead of point by point.
    std::vector<I128> coveredTail(n + 1, 0);
    std::vector<I128> usedTail(n + 1, 0);
    std::vector<I128> slope(n + 1, 0);
    std::vector<I128> constant(n + 1, 0);
    for (std::size_t j = 0; j < p.order.size(); ++j) {
        std::size_t first = n; // points below the first segment start cover nothing of this type
        std::size_t end = 0; // from here on the type is fully covered
        for (std::size_t h = 0; h < std::size_t(p.hours); ++h) {
            const qint64 w = p.coveredWeight[h];
            const qint64 a = p.start[j][h];
            const qint64 len = p.spend[j][h];
            if (w == 0 || len == 0)
                continue;
            const qint64 b = a + len;
            const auto ka = std::size_t(std::min<qint64>(a / step + 1, last + 1));
            const auto kb = std::size_t(std::min<qint64>((b + step - 1) / step, last + 1));
            if (first > end) { // the first segment: clear only the range that will be read
                first = ka;
                end = kb;
            }
            first = std::min(first, ka);
            end = std::max(end, kb);
            slope[ka] += w;
            slope[kb] -= w;
            constant[ka] -= I128(w) * a;
            constant[kb] += I128(w) * b;
        }
        if (first > end)
            continue; // no usage of this type in covered hours
        const AdvisorSeries &s = series[p.order[j]];
        I128 sl = 0;
        I128 co = 0;
        for (std::size_t k = first; k <= end && k < n; ++k) {
            sl += slope[k];
            co += constant[k];
            slope[k] = 0;
            constant[k] = 0;
            const I128 g = sl * I128(k) * step + co;
            const I128 value = roundDiv(g * s.onDemandRate.nanos(), s.savingsPlanRate.nanos());
            if (k == end) { // constant from here to the last point
                coveredTail[k] += value;
                usedTail[k] += g;
            } else {
                covered[k] += value;
                used[k] += g;
            }
        }
        slope[std::min(end, n)] = 0;
        constant[std::min(end, n)] = 0;
    }
    I128 tailCovered = 0;
    I128 tailUsed = 0;
    for (std::size_t k = 0; k < n; ++k) {
        tailCovered += coveredTail[k];
        tailUsed += usedTail[k];
        covered[k] += tailCovered;
        used[k] += tailUsed;
    }

    out.points.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
        out.points.push_back(makePoint(p, qint64(k) * step, covered[k], used[k]));
        if (out.points[k].total < out.points[out.optimum].total)
            out.optimum = k;
    }

    // Conservative: the largest grid commitment that the eligible usage fills in at least
    // conservativePercent of the profile's hours (each profile hour counted once).
    if (p.hours > 0) {
        std::vector<qint64> levels = p.eligibleSpend;
        std::sort(levels.begin(), levels.end(), std::greater<>());
        const qint64 pct = std::clamp(settings.conservativePercent, 1, 100);
        const qint64 need = std::max<qint64>(1, (pct * p.hours + 99) / 100);
        const qint64 level = levels[std::size_t(need - 1)];
        out.conservative = std::size_t(std::min<qint64>(level / step, last));
    }
    return out;
}

ReservedPlan CommitmentAdvisor::reservedInstances(
    const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings)
{
    // Hour weights and the On-Demand reference come from the same preparation as the plan curve.
    const Prepared p = prepare(series, settings);
    ReservedPlan plan;
    plan.onDemandTotal = toMoney(p.onDemandWindow + p.onDemandOutside);
    I128 total = p.onDemandWindow + p.onDemandOutside;
    const auto hours = std::size_t(p.hours);

    // Groups in order of first appearance: region + family (size-flexible) or region + type.
    std::vector<std::vector<std::size_t>> groups;
    std::map<QString, std::size_t> groupIndex;
    std::vector<qint64> quarters(series.size(), 0); // normalization factor in quarter units
    for (std::size_t i = 0; i < series.size(); ++i) {
        const AdvisorSeries &s = series[i];
        if (s.reservedRate.nanos() <= 0 || s.reservedRate >= s.onDemandRate)
            continue;
        const std::optional<int> q = s.sizeFlexible
            ? InstanceSizing::normalizationQuarters(InstanceSizing::size(s.instanceType))
            : std::nullopt;
        quarters[i] = q ? *q : 1;
        const QString id = s.region + u'|'
            + (q ? QString(u"family:" + InstanceSizing::family(s.instanceType))
                 : QString(u"type:" + s.instanceType));
        const auto [it, added] = groupIndex.emplace(id, groups.size());
        if (added)
            groups.emplace_back();
        groups[it->second].push_back(i);
    }

    for (std::vector<std::size_t> &group : groups) {
        // Smallest sizes first (AWS applies size-flexible RIs to the smallest size first).
        std::stable_sort(group.begin(), group.end(),
            [&](std::size_t a, std::size_t b) { return quarters[a] < quarters[b]; });
        const std::size_t ref = group.front(); // counted in RIs of the smallest size
        const qint64 refQuarters = quarters[ref];
        // Normalized usage per hour per type, in nano-quarters.
        std::vector<std::vector<qint64>> units(group.size(), std::vector<qint64>(hours, 0));
        qint64 peak = 0;
        for (std::size_t h = 0; h < hours; ++h) {
            qint64 sum = 0;
            for (std::size_t j = 0; j < group.size(); ++j) {
                const AdvisorSeries &s = series[group[j]];
                if (h < s.instanceHours.size())
                    units[j][h] = s.instanceHours[h].nanos() * quarters[group[j]];
                sum += units[j][h];
            }
            peak = std::max(peak, sum);
        }
        // Where each type's units start in every hour (smaller sizes first).
        std::vector<std::vector<qint64>> before(group.size(), std::vector<qint64>(hours, 0));
        for (std::size_t j = 1; j < group.size(); ++j) {
            for (std::size_t h = 0; h < hours; ++h)
                before[j][h] = before[j - 1][h] + units[j - 1][h];
        }
        const qint64 unitNanos = refQuarters * Money::kNanosPerUnit; // one RI of the reference size
        const qint64 maxCount = (peak + unitNanos - 1) / unitNanos;
        const I128 riHourly = series[ref].reservedRate.nanos();
        I128 bestSaving = 0; // On-Demand value covered - RI cost; the count 0 saves 0
        qint64 bestCount = 0;
        for (qint64 k = 1; k <= maxCount; ++k) {
            const qint64 capacity = k * unitNanos;
            I128 covered = 0;
            for (std::size_t j = 0; j < group.size(); ++j) {
                I128 g = 0; // nano-quarters of this type covered, weighted by hour occurrences
                for (std::size_t h = 0; h < hours; ++h) {
                    const qint64 cov = std::clamp(capacity - before[j][h], qint64(0), units[j][h]);
                    g += I128(cov) * p.coveredWeight[h];
                }
                const AdvisorSeries &s = series[group[j]];
                covered
                    += roundDiv(g * s.onDemandRate.nanos(), I128(quarters[group[j]]) * Money::kNanosPerUnit);
            }
            const I128 saving = covered - riHourly * k * p.paidHours;
            if (saving > bestSaving) {
                bestSaving = saving;
                bestCount = k;
            }
        }
        if (bestCount == 0)
            continue;
        total -= bestSaving;
        plan.purchases.push_back(ReservedPurchase { series[ref].region, series[ref].instanceType, bestCount,
            Money::fromNanos(qint64(riHourly * bestCount)), group });
    }
    plan.total = toMoney(total);
    plan.savings = plan.onDemandTotal - plan.total;
    return plan;
}

} // namespace ec2lab::usage
