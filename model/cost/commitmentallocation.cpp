#include "cost/commitmentallocation.h"

#include "cost/costmath.h"
#include "cost/instancesizing.h"

#include <algorithm>

namespace ec2lab {

using namespace costmath;

namespace {

constexpr std::int64_t kNsPerSecond = 1'000'000'000;
constexpr Wide kNsPerHour = static_cast<Wide>(kHourSeconds) * kNsPerSecond;

/// Instance-nanoseconds as hours, to the nearest nano-hour (the lines round them for display).
Money nsHours(Wide ns)
{
    return Money::fromNanos(static_cast<std::int64_t>((ns * 2 + kHourSeconds) / (kHourSeconds * 2)));
}

} // namespace

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
        CommitmentTerms terms;
        std::int64_t covered = 0;
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
        CommitmentTerms terms;
        Wide coveredNs = 0; // instance-nanoseconds
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
        const int riQuarters = engine.normalizationQuarters(ri.type);
        // Regional Linux shared-tenancy RIs are size-flexible within their family [AWS]; free
        // distributions (Ubuntu) are billed as Linux and share them.
        ri.flexible
            = riQuarters > 0 && billingPlatform(platform) == Platform::Linux && tenancy == Tenancy::Shared;
        for (std::size_t i = 0; i < nb; ++i) {
            const CostEngine::Bucket &b = buckets[i];
            if (billingPlatform(b.platform) != billingPlatform(platform) || b.tenancy != tenancy)
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

    // Terms: bought at the start, renewed while a whole term fits (pricing.md "Renewal").
    for (Ri &ri : ris)
        ri.terms = CommitmentTerms::of(ri.term, hours, ri.p.renew);
    for (Sp &sp : sps)
        sp.terms = CommitmentTerms::of(sp.term, hours, sp.p.renew);

    // Hours after every commitment has ended are plain On-Demand: use month sums.
    std::int64_t lastEnd = 0;
    for (const Ri &ri : ris)
        lastEnd = std::max(lastEnd, ri.terms.coveredEnd);
    for (const Sp &sp : sps)
        lastEnd = std::max(lastEnd, sp.terms.coveredEnd);
    int loopMonths = timeline.months();
    if (lastEnd < hours)
        loopMonths = lastEnd > 0 ? timeline.monthOfHour(lastEnd - 1) + 1 : 0;

    // Hours with the same usage in every bucket and the same active commitments bill the same:
    // evaluate one hour per piece and multiply by its length. Usage left to Savings Plans and
    // On-Demand is counted in nanoseconds, so a plan covers exactly what its commitment pays for
    // (fractions of a second included); On-Demand amounts are summed as (nano-USD per hour) x
    // nanoseconds and rounded once per month.
    std::vector<std::int64_t> cuts;
    for (const Ri &ri : ris)
        cuts.push_back(ri.terms.coveredEnd);
    for (const Sp &sp : sps)
        cuts.push_back(sp.terms.coveredEnd);
    std::vector<std::int64_t> rem(nb);
    std::vector<Wide> remNs(nb);
    std::vector<Wide> odNs(nb, 0);
    // What each bucket is charged On-Demand, each month rounded once per bucket, so that the
    // OnDemandRest lines add up to exactly what is charged.
    std::vector<Money> odCharged(nb);
    std::vector<Wide> acc(nb); // per bucket: nano-USD per hour x nanoseconds
    // One piece's On-Demand amount, with the range check before it could overflow 128 bits.
    const Wide pieceLimit = kAmountLimit * kNsPerHour;
    const auto odAmount = [&pieceLimit](Wide ns, Money rate, std::int64_t len) -> Wide {
        const Wide perHour = ns * rate.nanos();
        if (perHour > pieceLimit / len)
            throw AmountTooLarge {};
        return perHour * len;
    };
    std::size_t seg = 0;
    for (int m = 0; m < loopMonths; ++m) {
        std::fill(acc.begin(), acc.end(), Wide(0));
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
                    if (h >= ri.terms.coveredEnd)
                        continue;
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
                for (std::size_t i = 0; i < nb; ++i)
                    remNs[i] = static_cast<Wide>(rem[i]) * kNsPerSecond;
                for (Sp &sp : sps) {
                    if (h >= sp.terms.coveredEnd)
                        continue;
                    // nano-USD per hour x nanoseconds, as usage x rate below.
                    Wide budget = static_cast<Wide>(sp.commitment.nanos()) * kNsPerHour;
                    for (std::size_t i : sp.order) {
                        const Wide r = remNs[i];
                        if (r == 0)
                            continue;
                        const Wide cost = r * sp.rate[i];
                        if (cost <= budget) {
                            budget -= cost;
                            remNs[i] = 0;
                            sp.coveredNs += r * len;
                        } else {
                            // The commitment left pays for budget / rate of usage, to the nearest
                            // nanosecond; the rest of the hour is On-Demand.
                            const Wide rate = sp.rate[i];
                            const Wide c = (budget * 2 + rate) / (rate * 2);
                            remNs[i] -= c;
                            sp.coveredNs += c * len;
                            break;
                        }
                    }
                }
                for (std::size_t i = 0; i < nb; ++i) {
                    if (remNs[i]) {
                        acc[i] += odAmount(remNs[i], buckets[i].onDemandRate, len);
                        odNs[i] += remNs[i] * len;
                    }
                }
                h = pieceEnd;
            }
            ++seg;
        }
        for (std::size_t i = 0; i < nb; ++i) {
            const Money charged = roundDiv(acc[i], kNsPerHour);
            months[static_cast<std::size_t>(m)].compute += charged;
            odCharged[i] += charged;
        }
    }
    // Commitment fees: hourly fees for every hour of every term bought, used or not (the hours of
    // the last term after the horizon are committed beyond it); upfront fees at each purchase.
    const auto addHourlyFees = [&](Money perHour, const CommitmentTerms &terms) {
        for (int m = 0; m < timeline.months(); ++m) {
            const std::int64_t from = timeline.monthStartHour(m);
            const std::int64_t to = std::min(terms.coveredEnd, timeline.monthStartHour(m + 1));
            if (to > from)
                months[static_cast<std::size_t>(m)].compute += times(perHour, to - from);
        }
        result.committedBeyondHorizon += times(perHour, terms.beyondHours);
    };
    for (const Ri &ri : ris) {
        addHourlyFees(times(ri.hourly, ri.p.count), ri.terms);
        for (std::int64_t k = 0; k < ri.terms.purchases && !ri.upfront.isZero(); ++k)
            months[static_cast<std::size_t>(timeline.monthOfHour(k * ri.term))].upfront
                += times(ri.upfront, ri.p.count);
    }
    for (const Sp &sp : sps) {
        addHourlyFees(sp.hourlyCharge, sp.terms);
        for (std::int64_t k = 0; k < sp.terms.purchases && !sp.upfrontPerTerm.isZero(); ++k)
            months[static_cast<std::size_t>(timeline.monthOfHour(k * sp.term))].upfront += sp.upfrontPerTerm;
    }
    for (int m = loopMonths; m < timeline.months(); ++m) {
        for (std::size_t i = 0; i < nb; ++i) {
            const std::int64_t s = buckets[i].monthSeconds[static_cast<std::size_t>(m)];
            odNs[i] += static_cast<Wide>(s) * kNsPerSecond;
            const Money charged = fromNanoSeconds(static_cast<Wide>(s) * buckets[i].onDemandRate.nanos());
            months[static_cast<std::size_t>(m)].compute += charged;
            odCharged[i] += charged;
        }
    }

    // Show-calculation lines.
    // The terms of a commitment: renewals, the On-Demand remainder, what is owed after the horizon.
    const auto termLines = [&](CalcLine subject, std::int64_t count, Money unitRate, std::int64_t term,
                               bool renew, const CommitmentTerms &terms) {
        subject.purchases = terms.purchases;
        subject.hours = term;
        if (terms.coveredEnd < hours) {
            CalcLine l = subject;
            l.kind = CalcLine::Kind::TermsThenOnDemand;
            l.fromHour = terms.coveredEnd;
            l.toHour = hours;
            l.renew = renew;
            explain.push_back(l);
        } else if (terms.purchases > 1) {
            CalcLine l = subject;
            l.kind = CalcLine::Kind::TermsRenewed;
            explain.push_back(l);
        }
        if (terms.beyondHours > 0 && !unitRate.isZero()) {
            CalcLine l = subject;
            l.kind = CalcLine::Kind::CommittedBeyond;
            l.purchases = 0;
            l.instances = count;
            l.rate = unitRate;
            l.hours = terms.beyondHours;
            l.amount = times(unitRate, count * terms.beyondHours);
            explain.push_back(l);
        }
    };
    for (const Ri &ri : ris) {
        CalcLine l(CalcLine::Kind::RiUpfront);
        l.instances = ri.p.count;
        l.instanceType = ri.type;
        l.offer = ri.offer;
        if (!ri.upfront.isZero()) {
            l.purchases = ri.p.count * ri.terms.purchases;
            l.rate = ri.upfront;
            l.amount = ri.upfront * (ri.p.count * ri.terms.purchases);
            explain.push_back(l);
        }
        if (!ri.hourly.isZero() || ri.upfront.isZero()) {
            l.kind = CalcLine::Kind::RiHourly;
            l.purchases = 0;
            l.rate = ri.hourly;
            l.hours = ri.terms.coveredEnd;
            l.amount = ri.hourly * (ri.terms.coveredEnd * ri.p.count);
            explain.push_back(l);
        }
        CalcLine subject(CalcLine::Kind::TermsRenewed);
        subject.subject = CalcLine::Subject::Ri;
        subject.instances = ri.p.count;
        subject.instanceType = ri.type;
        subject.offer = ri.offer;
        termLines(subject, ri.p.count, ri.hourly, ri.term, ri.p.renew, ri.terms);
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
        l.proposed = !sp.p.commitmentPerHour;
        if (sp.upfrontPerTerm.isZero()) {
            l.rate = sp.commitment;
            l.hours = sp.terms.coveredEnd;
            l.amount = sp.commitment * sp.terms.coveredEnd;
            explain.push_back(l);
        } else {
            l.kind = CalcLine::Kind::SpUpfront;
            l.purchases = sp.terms.purchases;
            l.rate = sp.upfrontPerTerm;
            l.amount = sp.upfrontPerTerm * sp.terms.purchases;
            explain.push_back(l);
            if (!sp.hourlyCharge.isZero()) {
                CalcLine h(CalcLine::Kind::SpHourlyPart);
                h.offer = sp.offer;
                h.rate = sp.hourlyCharge;
                h.commitment = sp.commitment;
                h.hours = sp.terms.coveredEnd;
                h.amount = sp.hourlyCharge * sp.terms.coveredEnd;
                explain.push_back(h);
            }
        }
        CalcLine subject(CalcLine::Kind::TermsRenewed);
        subject.subject = CalcLine::Subject::SavingsPlan;
        subject.offer = sp.offer;
        termLines(subject, 1, sp.hourlyCharge, sp.term, sp.p.renew, sp.terms);
        CalcLine c(CalcLine::Kind::SpCoverage);
        c.offer = sp.offer;
        c.exactHours = nsHours(sp.coveredNs);
        explain.push_back(c);
    }
    for (std::size_t i = 0; i < nb; ++i) {
        if (odNs[i] == 0)
            continue;
        const CostEngine::Bucket &b = buckets[i];
        CalcLine l(CalcLine::Kind::OnDemandRest);
        l.instanceType = b.instanceType;
        l.exactHours = nsHours(odNs[i]);
        l.rate = b.onDemandRate;
        l.amount = odCharged[i]; // what the months were charged
        explain.push_back(l);
    }

    // Effective hourly of the first commitment: hourly fee + upfront / term hours (pricing.md
    // section 1), per RI or per plan.
    if (!ris.empty()) {
        const Ri &ri = ris.front();
        result.effectiveHourly = ri.hourly + ri.upfront.mulDiv(1, ri.term);
    } else if (!sps.empty()) {
        const Sp &sp = sps.front();
        result.effectiveHourly = sp.hourlyCharge + sp.upfrontPerTerm.mulDiv(1, sp.term);
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
