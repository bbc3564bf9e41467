#include "cost/commitmentallocation.h"

#include "cost/costmath.h"
#include "cost/instancesizing.h"

#include <algorithm>

namespace ec2lab {

using namespace costmath;

CommitmentAllocation CommitmentAllocation::allocate(const CostEngine &engine, const OptionSpec &option)
{
    const Timeline &timeline = engine.timeline();
    const Scenario &scenario = engine.scenario();
    const std::vector<CostEngine::Bucket> &buckets = engine.buckets();
    const std::vector<std::int64_t> &segments = engine.segments();
    CommitmentAllocation result;
    std::vector<CostBreakdown> &months = result.months;
    months.resize(static_cast<std::size_t>(timeline.months()));
    CalcLines &explain = result.explain;
    std::optional<Money> &breakEvenUtil = result.breakEvenUtilizationPercent;

    const std::int64_t hours = timeline.hours();
    const std::size_t nb = buckets.size();
    const QString where = engine.neededBy(option);

    // One RI purchase while it is evaluated: its capacity per clock hour (in seconds, or in
    // quarter-normalized seconds when size-flexible), the buckets it may cover in AWS order, and
    // what it covered.
    struct Ri
    {
        ReservedPurchase p;
        Offer offer;
        QString type;
        bool flexible = false;
        std::vector<std::size_t> order;
        std::int64_t capacity = 0; // seconds (or quarter-seconds when flexible) per hour
        Money upfront; // per RI
        Money hourly; // per RI
        std::int64_t term = 0;
        std::int64_t covered = 0;
        std::int64_t activeHours = 0;
    };
    // One Savings Plan while it is evaluated: its hourly commitment, its rate per bucket, the
    // buckets in highest-savings order, and what it covered.
    struct Sp
    {
        SavingsPlanPurchase p;
        Offer offer;
        Money commitment;
        Money hourlyCharge;
        Money upfrontPerTerm;
        std::vector<std::size_t> order;
        std::vector<std::int64_t> rate; // per bucket, nano-USD per hour
        std::int64_t term = 0;
        std::int64_t covered = 0;
        std::int64_t activeHours = 0;
    };
    std::vector<Ri> ris;
    std::vector<Sp> sps;

    for (const ReservedPurchase &p : option.reserved) {
        Ri ri;
        ri.p = p;
        ri.type = p.instanceType.isEmpty() ? scenario.workloads.front().instanceType : p.instanceType;
        ri.offer = p.offer();
        ri.term = termHours(p.term);
        const Workload *owner = nullptr;
        for (const Workload &w : scenario.workloads)
            if (w.instanceType == ri.type) {
                owner = &w;
                break;
            }
        const Platform platform = owner ? owner->platform : Platform::Linux;
        const Tenancy tenancy = owner ? owner->tenancy : Tenancy::Shared;
        const PriceQuery up { PriceItem::ReservedUpfront, scenario.region, ri.type, platform, ri.offer,
            QString() };
        const PriceQuery hr { PriceItem::ReservedHourly, scenario.region, ri.type, platform, ri.offer,
            QString() };
        // An All Upfront offer carries a 0.00 hourly rate and a No Upfront offer no upfront fee.
        ri.upfront = p.payment == PurchaseOption::NoUpfront ? engine.optionalPrice(up).value_or(Money())
                                                            : engine.price(up, where);
        ri.hourly = p.payment == PurchaseOption::AllUpfront ? engine.optionalPrice(hr).value_or(Money())
                                                            : engine.price(hr, where);
        const int riQuarters
            = InstanceSizing::normalizationQuarters(InstanceSizing::size(ri.type)).value_or(0);
        // Regional Linux shared-tenancy RIs are size-flexible within their family [AWS].
        ri.flexible = riQuarters > 0 && platform == Platform::Linux && tenancy == Tenancy::Shared;
        for (std::size_t i = 0; i < nb; ++i) {
            const CostEngine::Bucket &b = buckets[i];
            if (b.platform != platform || b.tenancy != tenancy)
                continue;
            if (ri.flexible ? (b.family == InstanceSizing::family(ri.type) && b.quarters > 0)
                            : b.instanceType == ri.type)
                ri.order.push_back(i);
        }
        // Smallest sizes first [AWS].
        std::stable_sort(ri.order.begin(), ri.order.end(),
            [&buckets](std::size_t a, std::size_t b) { return buckets[a].quarters < buckets[b].quarters; });
        ri.capacity = static_cast<std::int64_t>(p.count) * kHourSeconds * (ri.flexible ? riQuarters : 1);
        ris.push_back(std::move(ri));
    }

    std::vector<SavingsPlanPurchase> plans = option.savingsPlans;
    // EC2 Instance plans apply before Compute plans [AWS].
    std::stable_sort(plans.begin(), plans.end(), [](const auto &a, const auto &b) {
        return a.type == SavingsPlanType::Ec2Instance && b.type == SavingsPlanType::Compute;
    });
    for (const SavingsPlanPurchase &p : plans) {
        Sp sp;
        sp.p = p;
        sp.offer = p.offer();
        sp.term = termHours(p.term);
        sp.commitment = p.commitmentPerHour ? *p.commitmentPerHour : engine.proposeSavingsPlanCommitment(p);
        switch (p.payment) {
        case PurchaseOption::NoUpfront:
            sp.hourlyCharge = sp.commitment;
            break;
        // [CHOICE] Partial Upfront pays exactly half upfront (AWS: at least half).
        case PurchaseOption::PartialUpfront:
            sp.hourlyCharge = sp.commitment.mulDiv(1, 2);
            break;
        case PurchaseOption::AllUpfront:
            sp.hourlyCharge = Money();
            break;
        }
        sp.upfrontPerTerm = times(sp.commitment - sp.hourlyCharge, sp.term);
        const QString family = p.family.isEmpty() ? buckets.front().family : p.family;
        sp.rate.assign(nb, 0);
        for (std::size_t i = 0; i < nb; ++i) {
            const CostEngine::Bucket &b = buckets[i];
            if (p.type == SavingsPlanType::Ec2Instance && b.family != family)
                continue;
            sp.rate[i] = engine.price(engine.query(PriceItem::SavingsPlanHourly, b, sp.offer), where).nanos();
            if (sp.rate[i] <= 0)
                continue;
            sp.order.push_back(i);
        }
        // Highest savings % first: rate / OD ascending (compared by cross-multiplying).
        std::stable_sort(sp.order.begin(), sp.order.end(), [&](std::size_t a, std::size_t b) {
            return static_cast<Wide>(sp.rate[a]) * buckets[b].onDemandRate.nanos()
                < static_cast<Wide>(sp.rate[b]) * buckets[a].onDemandRate.nanos();
        });
        sps.push_back(std::move(sp));
    }

    // Hours after every non-renewed commitment has ended are plain On-Demand: use month sums.
    bool anyRenew = false;
    std::int64_t lastEnd = 0;
    for (const Ri &ri : ris) {
        anyRenew = anyRenew || ri.p.renew;
        lastEnd = std::max(lastEnd, ri.term);
    }
    for (const Sp &sp : sps) {
        anyRenew = anyRenew || sp.p.renew;
        lastEnd = std::max(lastEnd, sp.term);
    }
    int loopMonths = timeline.months();
    if (!anyRenew && lastEnd < hours)
        loopMonths = timeline.monthOfHour(lastEnd - 1) + 1;

    // Hours with the same usage in every bucket and the same active commitments bill the same:
    // evaluate one hour per piece and multiply by its length.
    std::vector<std::int64_t> cuts;
    for (const Ri &ri : ris)
        if (!ri.p.renew)
            cuts.push_back(ri.term);
    for (const Sp &sp : sps)
        if (!sp.p.renew)
            cuts.push_back(sp.term);
    std::vector<std::int64_t> rem(nb);
    std::vector<std::int64_t> odSeconds(nb, 0);
    std::size_t seg = 0;
    for (int m = 0; m < loopMonths; ++m) {
        Wide acc = 0;
        const std::int64_t monthEnd = timeline.monthStartHour(m + 1);
        while (seg < segments.size() && segments[seg] < monthEnd) {
            const std::int64_t segEnd = seg + 1 < segments.size() ? segments[seg + 1] : hours;
            std::int64_t h = segments[seg];
            while (h < segEnd) {
                std::int64_t pieceEnd = segEnd;
                for (std::int64_t c : cuts)
                    if (c > h && c < pieceEnd)
                        pieceEnd = c;
                const std::int64_t len = pieceEnd - h;
                const auto hi = static_cast<std::size_t>(h);
                for (std::size_t i = 0; i < nb; ++i)
                    rem[i] = buckets[i].seconds[hi];
                for (Ri &ri : ris) {
                    if (!ri.p.renew && h >= ri.term)
                        continue;
                    ri.activeHours += len;
                    std::int64_t cap = ri.capacity;
                    for (std::size_t i : ri.order) {
                        if (cap <= 0)
                            break;
                        const std::int64_t r = rem[i];
                        if (r == 0)
                            continue;
                        const std::int64_t q = ri.flexible ? buckets[i].quarters : 1;
                        if (r * q <= cap) {
                            cap -= r * q;
                            rem[i] = 0;
                            ri.covered += r * len;
                        } else {
                            const std::int64_t c = cap / q;
                            rem[i] -= c;
                            ri.covered += c * len;
                            cap -= c * q;
                            break;
                        }
                    }
                }
                for (Sp &sp : sps) {
                    if (!sp.p.renew && h >= sp.term)
                        continue;
                    sp.activeHours += len;
                    Wide budget = static_cast<Wide>(sp.commitment.nanos()) * kHourSeconds;
                    for (std::size_t i : sp.order) {
                        const std::int64_t r = rem[i];
                        if (r == 0)
                            continue;
                        const Wide cost = static_cast<Wide>(r) * sp.rate[i];
                        if (cost <= budget) {
                            budget -= cost;
                            rem[i] = 0;
                            sp.covered += r * len;
                        } else {
                            const auto c = static_cast<std::int64_t>(budget / sp.rate[i]);
                            rem[i] -= c;
                            sp.covered += c * len;
                            break;
                        }
                    }
                }
                for (std::size_t i = 0; i < nb; ++i) {
                    if (rem[i]) {
                        acc += static_cast<Wide>(rem[i]) * buckets[i].onDemandRate.nanos() * len;
                        odSeconds[i] += rem[i] * len;
                    }
                }
                h = pieceEnd;
            }
            ++seg;
        }
        months[static_cast<std::size_t>(m)].compute += fromNanoSeconds(acc);
    }
    // Commitment fees: hourly fees for every hour of the term, used or not; upfront fees at purchase
    // (and again at each renewal).
    for (const Ri &ri : ris) {
        for (int m = 0; m < timeline.months(); ++m) {
            const std::int64_t from = timeline.monthStartHour(m);
            const std::int64_t to = ri.p.renew ? timeline.monthStartHour(m + 1)
                                               : std::min(ri.term, timeline.monthStartHour(m + 1));
            if (to > from)
                months[static_cast<std::size_t>(m)].compute
                    += times(ri.hourly, static_cast<std::int64_t>(ri.p.count) * (to - from));
        }
        for (std::int64_t at = 0; at < hours; at += ri.term) {
            months[static_cast<std::size_t>(timeline.monthOfHour(at))].upfront
                += times(ri.upfront, ri.p.count);
            if (!ri.p.renew)
                break;
        }
    }
    for (const Sp &sp : sps) {
        for (int m = 0; m < timeline.months(); ++m) {
            const std::int64_t from = timeline.monthStartHour(m);
            const std::int64_t to = sp.p.renew ? timeline.monthStartHour(m + 1)
                                               : std::min(sp.term, timeline.monthStartHour(m + 1));
            if (to > from)
                months[static_cast<std::size_t>(m)].compute += times(sp.hourlyCharge, to - from);
        }
        for (std::int64_t at = 0; at < hours && !sp.upfrontPerTerm.isZero(); at += sp.term) {
            months[static_cast<std::size_t>(timeline.monthOfHour(at))].upfront += sp.upfrontPerTerm;
            if (!sp.p.renew)
                break;
        }
    }
    for (int m = loopMonths; m < timeline.months(); ++m) {
        for (std::size_t i = 0; i < nb; ++i) {
            odSeconds[i] += buckets[i].monthSeconds[static_cast<std::size_t>(m)];
            months[static_cast<std::size_t>(m)].compute
                += fromNanoSeconds(static_cast<Wide>(buckets[i].monthSeconds[static_cast<std::size_t>(m)])
                    * buckets[i].onDemandRate.nanos());
        }
    }

    // Show-calculation lines.
    for (const Ri &ri : ris) {
        CalcLine l(CalcLine::Kind::RiUpfront);
        l.instances = ri.p.count;
        l.instanceType = ri.type;
        l.offer = ri.offer;
        if (!ri.upfront.isZero()) {
            const std::int64_t purchases = ri.p.renew ? (hours + ri.term - 1) / ri.term : 1;
            l.purchases = ri.p.count * purchases;
            l.rate = ri.upfront;
            l.amount = ri.upfront * (ri.p.count * purchases);
            explain.push_back(l);
        }
        if (!ri.hourly.isZero() || ri.upfront.isZero()) {
            l.kind = CalcLine::Kind::RiHourly;
            l.purchases = 0;
            l.rate = ri.hourly;
            l.hours = ri.activeHours;
            l.amount = ri.hourly * (ri.activeHours * ri.p.count);
            explain.push_back(l);
        }
        CalcLine c(CalcLine::Kind::RiCoverage);
        c.instances = ri.p.count;
        c.instanceType = ri.type;
        c.offer = ri.offer;
        c.seconds = ri.covered;
        c.sizeFlexible = ri.flexible;
        c.family = ri.flexible ? InstanceSizing::family(ri.type) : QString();
        explain.push_back(c);
    }
    for (const Sp &sp : sps) {
        CalcLine l(CalcLine::Kind::SpCommitment);
        l.offer = sp.offer;
        l.rate = sp.commitment;
        l.hours = sp.activeHours;
        l.amount = sp.commitment * sp.activeHours;
        l.proposed = !sp.p.commitmentPerHour;
        explain.push_back(l);
        CalcLine c(CalcLine::Kind::SpCoverage);
        c.offer = sp.offer;
        c.seconds = sp.covered;
        explain.push_back(c);
    }
    for (std::size_t i = 0; i < nb; ++i) {
        if (odSeconds[i] == 0)
            continue;
        const CostEngine::Bucket &b = buckets[i];
        CalcLine l(CalcLine::Kind::OnDemandRest);
        l.instanceType = b.instanceType;
        l.seconds = odSeconds[i];
        l.rate = b.onDemandRate;
        l.amount = fromNanoSeconds(static_cast<Wide>(odSeconds[i]) * b.onDemandRate.nanos());
        explain.push_back(l);
    }

    // Break-even utilization of the first commitment: its effective hourly rate / On-Demand's.
    const auto odRateOf = [&buckets](const QString &type) -> std::optional<Money> {
        for (const CostEngine::Bucket &b : buckets)
            if (b.instanceType == type)
                return b.onDemandRate;
        return std::nullopt;
    };
    if (!ris.empty()) {
        const Ri &ri = ris.front();
        const Money effective = ri.hourly + ri.upfront.mulDiv(1, ri.term);
        if (const auto od = odRateOf(ri.type); od && !od->isZero())
            breakEvenUtil = effective.dividedBy(*od) * 100;
    } else if (!sps.empty() && !sps.front().order.empty()) {
        const Sp &sp = sps.front();
        const std::size_t i = sp.order.front();
        if (!buckets[i].onDemandRate.isZero())
            breakEvenUtil = Money::fromNanos(sp.rate[i]).dividedBy(buckets[i].onDemandRate) * 100;
    }
    return result;
}

} // namespace ec2lab
