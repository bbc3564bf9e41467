// Part of CostEngine (costengine.h): Dedicated Hosts and Dedicated Instances, kept in a file of its own
// behind the engine.
#include "cost/costengine.h"
#include "cost/costmath.h"
#include "cost/instancesizing.h"
#include "inputerror.h"

#include <algorithm>
#include <numeric>

namespace ec2lab {

using namespace costmath;

// ---- Dedicated Hosts and Dedicated Instances ---------------------------------------------------

void CostEngine::evalDedicatedHost(
    const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain) const
{
    const QString family = option.hostFamily.isEmpty() ? m_buckets.front().family : option.hostFamily;
    const QString where = neededBy(option);
    std::vector<std::size_t> onHost;
    std::vector<std::int64_t> capacity;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        if (b.family != family) {
            addOnDemand(i, months);
            explainOnDemand(i, explain, CalcLine::Scope::NotOnHosts, family);
            continue;
        }
        const auto cap = InstanceSizing::hostCapacity(family, b.size, option.hostCapacity);
        if (!cap)
            throw InputError { m_scenario.fileName, where,
                QStringLiteral("no Dedicated Host capacity known for %1; give capacity.\"%2\"")
                    .arg(b.instanceType, b.size) };
        onHost.push_back(i);
        capacity.push_back(*cap);
    }
    if (onHost.empty())
        return;
    // [CHOICE] Sizes may share a host; each instance of size s takes 1/capacity(s) of it. Hosts are
    // allocated for the peak need and kept for the whole horizon (no hourly release).
    std::int64_t lcm = 1;
    for (std::int64_t c : capacity)
        lcm = std::lcm(lcm, c);
    std::int64_t peakUnits = 0;
    for (const std::int64_t h : m_segments) { // usage is constant within a segment
        std::int64_t units = 0;
        for (std::size_t k = 0; k < onHost.size(); ++k) {
            const std::int64_t s = m_buckets[onHost[k]].seconds[static_cast<std::size_t>(h)];
            const std::int64_t instances = (s + kHourSeconds - 1) / kHourSeconds;
            units += instances * (lcm / capacity[k]);
        }
        peakUnits = std::max(peakUnits, units);
    }
    const std::int64_t hosts = (peakUnits + lcm - 1) / lcm;
    const Bucket &first = m_buckets[onHost.front()];
    // The host sizing every host line starts with.
    CalcLine sizing(CalcLine::Kind::HostOnDemand);
    sizing.hosts = hosts;
    sizing.family = family;
    if (onHost.size() == 1)
        sizing.peakInstances = peakUnits / (lcm / capacity.front());
    sizing.capacity = capacity.front();
    sizing.instanceType = first.instanceType;
    const std::int64_t horizon = m_timeline.hours();
    const PriceQuery onDemandQuery { PriceItem::DedicatedHostHourly, m_scenario.region, family,
        first.platform, Offer(), QString() };
    if (!option.hostReservation) {
        const Money rate = price(onDemandQuery, where);
        for (int m = 0; m < m_timeline.months(); ++m)
            months[static_cast<std::size_t>(m)].compute += times(rate, hosts * m_timeline.hoursInMonth(m));
        CalcLine l = sizing;
        l.rate = rate;
        l.hours = horizon;
        l.amount = rate * (hosts * horizon);
        explain.push_back(l);
        return;
    }

    // A host reservation, billed like a Reserved Instance: the hourly fee for every hour of the
    // term whether the hosts run anything or not, the upfront fee at purchase (and at each renewal
    // with "renew"); hours after a term that is not renewed are On-Demand host-hours. As for RIs,
    // the total counts the hours inside the horizon only: what a longer term still owes is shown
    // on its own explanation line.
    const Offer offer = *option.hostReservation;
    const PriceQuery upQuery { PriceItem::DedicatedHostReservedUpfront, m_scenario.region, family,
        first.platform, offer, QString() };
    const PriceQuery hourQuery { PriceItem::DedicatedHostReservedHourly, m_scenario.region, family,
        first.platform, offer, QString() };
    // No Upfront has no fee and All Upfront no hourly part; Partial / All Upfront without a known
    // fee is a missing price, never guessed.
    const Money upfront = offer.payment == PurchaseOption::NoUpfront
        ? optionalPrice(upQuery).value_or(Money())
        : price(upQuery, where);
    const Money hourly = offer.payment == PurchaseOption::AllUpfront
        ? optionalPrice(hourQuery).value_or(Money())
        : price(hourQuery, where);
    const std::int64_t term = termHours(offer.term);
    const std::int64_t reservedEnd = option.hostRenew ? horizon : std::min(term, horizon);
    std::optional<Money> onDemandRate;
    if (reservedEnd < horizon)
        onDemandRate = price(onDemandQuery, where);
    for (int m = 0; m < m_timeline.months(); ++m) {
        const std::int64_t from = m_timeline.monthStartHour(m);
        const std::int64_t to = m_timeline.monthStartHour(m + 1);
        const std::int64_t reserved = std::max<std::int64_t>(0, std::min(to, reservedEnd) - from);
        CostBreakdown &month = months[static_cast<std::size_t>(m)];
        month.compute += times(hourly, hosts * reserved);
        if (to - from > reserved)
            month.compute += times(*onDemandRate, hosts * (to - from - reserved));
    }
    std::int64_t purchases = 0;
    for (std::int64_t at = 0; at < horizon; at += term) {
        months[static_cast<std::size_t>(m_timeline.monthOfHour(at))].upfront += times(upfront, hosts);
        ++purchases;
        if (!option.hostRenew)
            break;
    }
    sizing.offer = offer;
    if (!upfront.isZero()) {
        CalcLine l = sizing;
        l.kind = CalcLine::Kind::HostReservedUpfront;
        l.purchases = hosts * purchases;
        l.rate = upfront;
        l.amount = upfront * (hosts * purchases);
        explain.push_back(l);
    }
    if (!hourly.isZero() || upfront.isZero()) {
        CalcLine l = sizing;
        l.kind = CalcLine::Kind::HostReservedHourly;
        l.rate = hourly;
        l.hours = reservedEnd;
        l.amount = hourly * (hosts * reservedEnd);
        explain.push_back(l);
    }
    if (onDemandRate) {
        CalcLine l = sizing;
        l.kind = CalcLine::Kind::HostOnDemandAfterTerm;
        l.rate = *onDemandRate;
        l.hours = horizon - reservedEnd;
        l.amount = *onDemandRate * (hosts * (horizon - reservedEnd));
        explain.push_back(l);
    }
    if (!option.hostRenew && term > horizon && !hourly.isZero()) {
        CalcLine l = sizing;
        l.kind = CalcLine::Kind::HostStillOwed;
        l.rate = hourly;
        l.hours = term - horizon;
        l.amount = hourly * (hosts * (term - horizon));
        explain.push_back(l);
    }
}

Money CostEngine::dedicatedRegionFeePerHour()
{
    // [AWS] EC2 Dedicated Instances pricing page, "Dedicated Per Region Fee": USD 2 once per hour
    // in which at least one Dedicated Instance of any type runs in the Region.
    return Money::fromUnits(2);
}

void CostEngine::evalDedicatedInstance(
    const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain) const
{
    for (const Bucket &b : m_buckets) {
        const Money rate = price(query(PriceItem::DedicatedInstanceHourly, b), neededBy(option));
        Money total;
        for (int m = 0; m < m_timeline.months(); ++m) {
            const Money c = fromNanoSeconds(
                static_cast<Wide>(b.monthSeconds[static_cast<std::size_t>(m)]) * rate.nanos());
            months[static_cast<std::size_t>(m)].compute += c;
            total += c;
        }
        CalcLine l(CalcLine::Kind::DedicatedInstance);
        l.instanceType = b.instanceType;
        l.seconds = b.totalSeconds;
        l.rate = rate;
        l.amount = total;
        explain.push_back(l);
    }
    // The per-Region fee: every clock hour in which any of the scenario's instances runs (they all
    // run in the scenario's one Region), whatever their number or how much of the hour they run.
    const Money fee = dedicatedRegionFeePerHour();
    std::int64_t feeHours = 0;
    for (int m = 0; m < m_timeline.months(); ++m) {
        std::int64_t hours = 0;
        for (std::int64_t h = m_timeline.monthStartHour(m); h < m_timeline.monthStartHour(m + 1); ++h) {
            const auto hi = static_cast<std::size_t>(h);
            if (std::any_of(
                    m_buckets.begin(), m_buckets.end(), [hi](const Bucket &b) { return b.seconds[hi] > 0; }))
                ++hours;
        }
        months[static_cast<std::size_t>(m)].compute += times(fee, hours);
        feeHours += hours;
    }
    CalcLine l(CalcLine::Kind::DedicatedRegionFee);
    l.region = m_scenario.region;
    l.hours = feeHours;
    l.rate = fee;
    l.amount = times(fee, feeHours);
    explain.push_back(l);
}

} // namespace ec2lab
