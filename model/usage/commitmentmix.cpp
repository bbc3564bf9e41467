#include "usage/commitmentmix.h"

#include "cost/instancesizing.h"

#include <algorithm>
#include <map>

namespace ec2lab::usage {

namespace {

using I128 = Int128;

constexpr qint64 kHoursPerMonth = 730; // AWS bills a month of a commitment as 730 hours

I128 roundDiv(I128 num, I128 den)
{
    const I128 half = den / 2;
    return num >= 0 ? (num + half) / den : -((-num + half) / den);
}

/// a x b / 1e9 rounded half away from zero: the advisor's hourly spend, to the nano-dollar.
qint64 times(qint64 a, qint64 b)
{
    return qint64(roundDiv(I128(a) * b, Money::kNanosPerUnit));
}

Money ratio(I128 num, I128 den)
{
    return den > 0 ? Money::fromNanos(qint64(roundDiv(num * Money::kNanosPerUnit, den))) : Money();
}

/// Terms bought and the hours they cover, as CommitmentAdvisor counts them.
struct Window
{
    qint64 terms = 1;
    qint64 paidHours = 0;
    qint64 coveredHours = 0;
    AdvisorSettings inside; ///< the settings over the covered hours only (nothing outside)
};

Window windowOf(const AdvisorSettings &settings)
{
    Window w;
    const qint64 term = std::max<qint64>(1, settings.termHours);
    const qint64 horizon = std::max<qint64>(0, settings.horizonHours);
    w.terms = std::max<qint64>(1, horizon / term);
    w.paidHours = w.terms * term;
    w.coveredHours = std::min(horizon, w.paidHours);
    w.inside = settings;
    w.inside.horizonHours = w.coveredHours; // same terms, same paid hours, no hour outside them
    return w;
}

/// How often each profile hour occurs inside the covered hours.
std::vector<qint64> hourWeights(const std::vector<AdvisorSeries> &series, qint64 coveredHours)
{
    qint64 hours = 0;
    for (const AdvisorSeries &s : series)
        hours = std::max<qint64>(hours, qint64(s.instanceHours.size()));
    std::vector<qint64> w(std::size_t(hours), 0);
    for (qint64 h = 0; h < hours; ++h)
        w[std::size_t(h)] = coveredHours / hours + (h < coveredHours % hours ? 1 : 0);
    return w;
}

/// What one layer did to the usage it was given.
struct Layer
{
    std::vector<AdvisorSeries> residual; ///< the input less what this layer covered
    Money fees; ///< the layer's obligations over every paid hour (effective rates)
    Money lastTotal; ///< fees + the input's remaining usage On-Demand (exact, inside the window)
    std::vector<MixPurchase> purchases;
};

Money onDemandOnly(const std::vector<AdvisorSeries> &series, const AdvisorSettings &inside)
{
    return series.empty() ? Money() : CommitmentAdvisor::evaluate(series, inside, Money()).total;
}

/// Applies a plan of \a commitment per hour at each series' \a rate (a member pointer) to the
/// series \a members of \a residual, in the advisor's order (highest savings percentage first);
/// returns the plan-rate spend used and the On-Demand value covered, weighted by \a weights.
void applyPlan(std::vector<AdvisorSeries> &residual, const std::vector<std::size_t> &members,
    Money AdvisorSeries::*rate, qint64 commitment, const std::vector<qint64> &weights, I128 *used,
    I128 *coveredOnDemand)
{
    std::vector<std::size_t> order;
    for (std::size_t i : members) {
        const AdvisorSeries &s = residual[i];
        if ((s.*rate).nanos() > 0 && s.*rate < s.onDemandRate)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return I128((residual[a].*rate).nanos()) * residual[b].onDemandRate.nanos()
            < I128((residual[b].*rate).nanos()) * residual[a].onDemandRate.nanos();
    });
    std::vector<I128> covered(order.size(), 0);
    for (std::size_t h = 0; h < weights.size(); ++h) {
        qint64 start = 0;
        for (std::size_t j = 0; j < order.size(); ++j) {
            AdvisorSeries &s = residual[order[j]];
            if (h >= s.instanceHours.size())
                continue;
            const qint64 r = (s.*rate).nanos();
            const qint64 ih = s.instanceHours[h].nanos();
            const qint64 spend = times(ih, r);
            const qint64 cov = std::clamp(commitment - start, qint64(0), spend);
            start += spend;
            covered[j] += I128(cov) * weights[h];
            // Covered instance-hours rounded down: never take out more than the plan covered.
            const qint64 coveredHours
                = cov == spend ? ih : std::min<qint64>(ih, qint64(I128(cov) * Money::kNanosPerUnit / r));
            s.instanceHours[h] = Money::fromNanos(ih - coveredHours);
        }
    }
    for (std::size_t j = 0; j < order.size(); ++j) {
        const AdvisorSeries &s = residual[order[j]];
        *used += covered[j];
        *coveredOnDemand += roundDiv(covered[j] * s.onDemandRate.nanos(), (s.*rate).nanos());
    }
}

/// A Savings Plan purchase of \a commitment per hour: upfront / monthly split by payment option.
MixPurchase planPurchase(Instrument instrument, const QString &region, const QString &scope, Money commitment,
    const Window &w, const AdvisorSettings &settings, I128 used, I128 coveredOnDemand)
{
    MixPurchase p;
    p.instrument = instrument;
    p.region = region;
    p.scope = scope;
    p.commitment = commitment;
    p.terms = w.terms;
    const qint64 termHours = w.paidHours / w.terms;
    const Money perTerm = commitment * termHours;
    switch (settings.payment) {
    case PurchaseOption::NoUpfront:
        p.monthly = commitment * kHoursPerMonth;
        break;
    case PurchaseOption::PartialUpfront: // half upfront (pricing.md), half by the hour
        p.upfront = perTerm.mulDiv(1, 2);
        p.monthly = (perTerm - p.upfront).mulDiv(kHoursPerMonth, termHours);
        break;
    case PurchaseOption::AllUpfront:
        p.upfront = perTerm;
        break;
    }
    p.total = commitment * w.paidHours;
    const I128 paid = I128(commitment.nanos()) * w.paidHours;
    p.utilization = ratio(used, paid);
    p.coveredOnDemand = Money::fromNanos(qint64(coveredOnDemand));
    p.breakEvenUtilization = ratio(used, coveredOnDemand);
    return p;
}

/// RIs on \a input. With \a againstPlans, each group's count is sized against the type's cheapest
/// Savings Plan rate instead of On-Demand (an RI must beat the plan that would otherwise cover
/// that usage); the RIs bought are then applied to the real usage all the same.
Layer reservedLayer(const std::vector<AdvisorSeries> &input, const Window &w,
    const std::vector<qint64> &weights, bool againstPlans = false)
{
    Layer layer;
    layer.residual = input;
    std::vector<AdvisorSeries> sizing = input;
    if (againstPlans) {
        for (AdvisorSeries &s : sizing) {
            for (const Money rate : { s.savingsPlanRate, s.instanceSavingsPlanRate })
                if (rate.nanos() > 0 && rate < s.onDemandRate)
                    s.onDemandRate = rate;
        }
    }
    const ReservedPlan plan = CommitmentAdvisor::reservedInstances(sizing, w.inside);
    layer.lastTotal = plan.total;
    for (const ReservedPurchase &purchase : plan.purchases) {
        layer.fees += purchase.hourly * w.paidHours;
        std::vector<qint64> quarters;
        for (std::size_t i : purchase.series) {
            const AdvisorSeries &s = input[i];
            const std::optional<int> q = s.sizeFlexible
                ? InstanceSizing::normalizationQuarters(InstanceSizing::size(s.instanceType))
                : std::nullopt;
            quarters.push_back(q ? *q : 1); // as reservedInstances() groups them
        }
        const qint64 refQuarters = quarters.front();
        const qint64 capacity = purchase.count * refQuarters * Money::kNanosPerUnit;
        std::vector<I128> covered(purchase.series.size(), 0);
        I128 usedUnits = 0;
        for (std::size_t h = 0; h < weights.size(); ++h) {
            qint64 before = 0;
            for (std::size_t j = 0; j < purchase.series.size(); ++j) {
                AdvisorSeries &s = layer.residual[purchase.series[j]];
                if (h >= s.instanceHours.size())
                    continue;
                const qint64 ih = s.instanceHours[h].nanos();
                const qint64 units = ih * quarters[j];
                const qint64 cov = std::clamp(capacity - before, qint64(0), units);
                before += units;
                covered[j] += I128(cov) * weights[h];
                usedUnits += I128(cov) * weights[h];
                s.instanceHours[h] = Money::fromNanos(ih - cov / quarters[j]); // covered rounded down
            }
        }
        I128 coveredOnDemand = 0;
        for (std::size_t j = 0; j < purchase.series.size(); ++j)
            coveredOnDemand += roundDiv(covered[j] * input[purchase.series[j]].onDemandRate.nanos(),
                I128(quarters[j]) * Money::kNanosPerUnit);

        const AdvisorSeries &ref = input[purchase.series.front()];
        const bool split = ref.reservedUpfront.nanos() > 0 || ref.reservedHourly.nanos() > 0;
        const Money hourlyFee = (split ? ref.reservedHourly : ref.reservedRate) * purchase.count;
        MixPurchase p;
        p.instrument = Instrument::StandardReserved;
        p.region = purchase.region;
        p.scope = purchase.instanceType;
        p.count = purchase.count;
        p.commitment = purchase.hourly;
        p.terms = w.terms;
        p.upfront = split ? ref.reservedUpfront * purchase.count : Money();
        p.monthly = hourlyFee * kHoursPerMonth;
        p.total = p.upfront * w.terms + hourlyFee * w.paidHours;
        p.utilization = ratio(usedUnits, I128(capacity) * w.paidHours);
        p.coveredOnDemand = Money::fromNanos(qint64(coveredOnDemand));
        // Value used at the RI rate / On-Demand value covered.
        p.breakEvenUtilization = coveredOnDemand > 0
            ? Money::fromNanos(qint64(
                roundDiv(I128(ref.reservedRate.nanos()) * usedUnits, I128(refQuarters) * coveredOnDemand)))
            : Money();
        layer.purchases.push_back(p);
    }
    if (againstPlans) // its plan.total was counted at plan rates: the real cost of this layer alone
        layer.lastTotal = layer.fees + onDemandOnly(layer.residual, w.inside);
    return layer;
}

Layer instancePlanLayer(const std::vector<AdvisorSeries> &input, const Window &w,
    const AdvisorSettings &settings, const std::vector<qint64> &weights)
{
    Layer layer;
    layer.residual = input;
    std::vector<std::vector<std::size_t>> groups;
    std::map<QString, std::size_t> index;
    std::vector<AdvisorSeries> rest;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const AdvisorSeries &s = input[i];
        if (s.instanceSavingsPlanRate.nanos() <= 0 || s.instanceSavingsPlanRate >= s.onDemandRate) {
            rest.push_back(s);
            continue;
        }
        const QString id = s.region + u'|' + InstanceSizing::family(s.instanceType);
        const auto [it, added] = index.emplace(id, groups.size());
        if (added)
            groups.emplace_back();
        groups[it->second].push_back(i);
    }
    layer.lastTotal = onDemandOnly(rest, w.inside);
    for (const std::vector<std::size_t> &group : groups) {
        std::vector<AdvisorSeries> family;
        for (std::size_t i : group) {
            family.push_back(input[i]);
            family.back().savingsPlanRate = input[i].instanceSavingsPlanRate;
        }
        const CommitmentCurve curve = CommitmentAdvisor::curve(family, w.inside);
        const CommitmentPoint &best = curve.points[curve.optimum];
        layer.lastTotal += best.total;
        layer.fees += best.commitmentPaid;
        if (best.commitment.nanos() <= 0)
            continue;
        I128 used = 0;
        I128 covered = 0;
        applyPlan(layer.residual, group, &AdvisorSeries::instanceSavingsPlanRate, best.commitment.nanos(),
            weights, &used, &covered);
        const AdvisorSeries &first = input[group.front()];
        layer.purchases.push_back(planPurchase(Instrument::Ec2InstanceSavingsPlan, first.region,
            InstanceSizing::family(first.instanceType), best.commitment, w, settings, used, covered));
    }
    return layer;
}

Layer computePlanLayer(const std::vector<AdvisorSeries> &input, const Window &w,
    const AdvisorSettings &settings, const std::vector<qint64> &weights)
{
    Layer layer;
    layer.residual = input;
    if (input.empty())
        return layer;
    const CommitmentCurve curve = CommitmentAdvisor::curve(input, w.inside);
    const CommitmentPoint &best = curve.points[curve.optimum];
    layer.lastTotal = best.total;
    layer.fees = best.commitmentPaid;
    if (best.commitment.nanos() <= 0)
        return layer;
    std::vector<std::size_t> all(input.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    I128 used = 0;
    I128 covered = 0;
    applyPlan(layer.residual, all, &AdvisorSeries::savingsPlanRate, best.commitment.nanos(), weights, &used,
        &covered);
    layer.purchases.push_back(planPurchase(
        Instrument::ComputeSavingsPlan, QString(), QString(), best.commitment, w, settings, used, covered));
    return layer;
}

/// On-Demand spend per profile hour, to the nano-dollar per series and hour.
std::vector<qint64> hourlyOnDemand(const std::vector<AdvisorSeries> &series, std::size_t hours)
{
    std::vector<qint64> out(hours, 0);
    for (const AdvisorSeries &s : series)
        for (std::size_t h = 0; h < s.instanceHours.size() && h < hours; ++h)
            out[h] += times(s.instanceHours[h].nanos(), s.onDemandRate.nanos());
    return out;
}

/// Fills mix.cumulative, onDemandCumulative and breakEvenMonth from the purchases and the usage
/// the chosen layers left (\a residual; inside the bought terms only).
void cumulate(CommitmentMix &mix, const std::vector<AdvisorSeries> &series,
    const std::vector<AdvisorSeries> &residual, const AdvisorSettings &settings, const Window &w)
{
    const std::size_t hours = std::max<std::size_t>(1, [&] {
        std::size_t n = 0;
        for (const AdvisorSeries &s : series)
            n = std::max(n, s.instanceHours.size());
        return n;
    }());
    const std::vector<qint64> full = hourlyOnDemand(series, hours);
    const std::vector<qint64> left = hourlyOnDemand(residual, hours);
    const qint64 horizon = std::max<qint64>(0, settings.horizonHours);
    const qint64 termHours = w.paidHours / w.terms;
    I128 od = 0;
    I128 rest = 0;
    for (qint64 start = 0; start < horizon; start += kHoursPerMonth) {
        const qint64 end = std::min(horizon, start + kHoursPerMonth);
        for (qint64 t = start; t < end; ++t) {
            const std::size_t h = std::size_t(t % qint64(hours));
            od += full[h];
            rest += t < w.coveredHours ? left[h] : full[h];
        }
        Money fees;
        for (const MixPurchase &p : mix.purchases) {
            const qint64 started = std::min<qint64>(p.terms, (end + termHours - 1) / termHours);
            const Money recurring = p.total - p.upfront * p.terms;
            // The last month also carries what is still owed after the horizon (a longer term).
            const qint64 billed = end == horizon ? w.paidHours : std::min(end, w.paidHours);
            fees += p.upfront * started + recurring.mulDiv(billed, w.paidHours);
        }
        mix.onDemandCumulative.push_back(Money::fromNanos(qint64(od)));
        mix.cumulative.push_back(fees + Money::fromNanos(qint64(rest)));
    }
    if (mix.purchases.empty())
        return;
    for (std::size_t m = mix.cumulative.size(); m > 0; --m) {
        if (mix.cumulative[m - 1] > mix.onDemandCumulative[m - 1])
            break;
        mix.breakEvenMonth = int(m);
    }
}

} // namespace

CommitmentMix CommitmentMixer::recommend(
    const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings)
{
    const Window w = windowOf(settings);
    const std::vector<qint64> weights = hourWeights(series, w.coveredHours);
    CommitmentMix mix;
    mix.paidHours = w.paidHours;
    mix.coveredHours = w.coveredHours;
    mix.onDemandTotal = onDemandOnly(series, settings);
    // Usage after the last whole term is On-Demand whatever is bought.
    const Money outside = mix.onDemandTotal - onDemandOnly(series, w.inside);

    const Layer r = reservedLayer(series, w, weights);
    const Layer i = instancePlanLayer(series, w, settings, weights);
    const Layer ri = instancePlanLayer(r.residual, w, settings, weights);
    const Layer c = computePlanLayer(series, w, settings, weights);
    const Layer rc = computePlanLayer(r.residual, w, settings, weights);
    const Layer ic = computePlanLayer(i.residual, w, settings, weights);
    const Layer ric = computePlanLayer(ri.residual, w, settings, weights);
    // RIs sized against the plans that follow them (only worth it when plans follow).
    const Layer rp = reservedLayer(series, w, weights, true);
    const Layer rpi = instancePlanLayer(rp.residual, w, settings, weights);
    const Layer rpc = computePlanLayer(rp.residual, w, settings, weights);
    const Layer rpic = computePlanLayer(rpi.residual, w, settings, weights);

    using I = Instrument;
    struct Option
    {
        QList<Instrument> instruments;
        std::vector<const Layer *> layers; // in order; the last one's lastTotal closes the sum
        bool againstPlans = false;
    };
    const std::vector<Option> options {
        { {}, {} },
        { { I::StandardReserved }, { &r } },
        { { I::Ec2InstanceSavingsPlan }, { &i } },
        { { I::ComputeSavingsPlan }, { &c } },
        { { I::StandardReserved, I::Ec2InstanceSavingsPlan }, { &r, &ri } },
        { { I::StandardReserved, I::ComputeSavingsPlan }, { &r, &rc } },
        { { I::Ec2InstanceSavingsPlan, I::ComputeSavingsPlan }, { &i, &ic } },
        { { I::StandardReserved, I::Ec2InstanceSavingsPlan, I::ComputeSavingsPlan }, { &r, &ri, &ric } },
        { { I::StandardReserved, I::Ec2InstanceSavingsPlan }, { &rp, &rpi }, true },
        { { I::StandardReserved, I::ComputeSavingsPlan }, { &rp, &rpc }, true },
        { { I::StandardReserved, I::Ec2InstanceSavingsPlan, I::ComputeSavingsPlan }, { &rp, &rpi, &rpic },
            true },
    };
    const Money insideOnDemand = mix.onDemandTotal - outside;
    for (const Option &o : options) {
        Money total = o.layers.empty() ? insideOnDemand : o.layers.back()->lastTotal;
        for (std::size_t k = 0; k + 1 < o.layers.size(); ++k)
            total += o.layers[k]->fees;
        mix.candidates.push_back(MixCandidate { o.instruments, total + outside, o.againstPlans });
        if (mix.candidates.back().total < mix.candidates[mix.chosen].total)
            mix.chosen = mix.candidates.size() - 1;
    }
    const Option &best = options[mix.chosen];
    mix.instruments = best.instruments;
    mix.reservedAgainstPlans = best.againstPlans;
    mix.total = mix.candidates[mix.chosen].total;
    mix.savings = mix.onDemandTotal - mix.total;
    Money fees;
    for (const Layer *layer : best.layers) {
        fees += layer->fees;
        mix.purchases.insert(mix.purchases.end(), layer->purchases.begin(), layer->purchases.end());
    }
    mix.onDemandRemainder = mix.total - fees;
    cumulate(mix, series, best.layers.empty() ? series : best.layers.back()->residual, settings, w);
    return mix;
}

} // namespace ec2lab::usage
