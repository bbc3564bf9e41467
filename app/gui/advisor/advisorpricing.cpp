#include "advisorpricing.h"

namespace ec2lab::gui {

using usage::UsageKey;

std::optional<usage::KeyRates> AdvisorPricing::rates(
    const PriceSource &prices, const UsageKey &key, const AdvisorOptions &options)
{
    usage::KeyRates r;
    if (key.tenancy == Tenancy::Dedicated) {
        const auto od = prices.find(PriceQuery {
            PriceItem::DedicatedInstanceHourly, key.region, key.instanceType, key.platform, {}, {} });
        if (!od)
            return std::nullopt;
        r.onDemand = *od;
        return r;
    }
    const auto od = prices.find(PriceQuery::onDemand(key.region, key.instanceType, key.platform));
    if (!od)
        return std::nullopt;
    r.onDemand = *od;
    const Offer plan = Offer::savingsPlan(SavingsPlanType::Compute, options.term, options.payment);
    if (const auto sp = prices.find(PriceQuery {
            PriceItem::SavingsPlanHourly, key.region, key.instanceType, key.platform, plan, {} }))
        r.savingsPlan = *sp;
    const Offer ri = Offer::reserved(OfferingClass::Standard, options.term, options.payment);
    const auto hourly = prices.find(
        PriceQuery { PriceItem::ReservedHourly, key.region, key.instanceType, key.platform, ri, {} });
    const auto upfront = prices.find(
        PriceQuery { PriceItem::ReservedUpfront, key.region, key.instanceType, key.platform, ri, {} });
    // An offer needs both parts (a No Upfront offer publishes an upfront of 0).
    if (hourly && upfront)
        r.reserved = *hourly + upfront->mulDiv(1, termHours(options.term));
    return r;
}

AdvisorResult AdvisorPricing::compute(
    const usage::UsageProfile &profile, const PriceSource &prices, const AdvisorOptions &options)
{
    AdvisorResult out;
    out.snapshotDate = prices.snapshotDate();
    out.series = usage::advisorSeries(
        profile,
        [&](const UsageKey &key) -> std::optional<usage::KeyRates> {
            auto r = rates(prices, key, options);
            if (r && r->onDemand.nanos() > 0)
                out.keys.append(key);
            return r;
        },
        &out.unpriced);
    out.settings.termHours = termHours(options.term);
    out.settings.horizonHours = options.horizonHours();
    const qint64 term = out.settings.termHours;
    out.termsBought = qMax<qint64>(1, out.settings.horizonHours / term);
    if (out.series.empty())
        return out;
    out.curve = usage::CommitmentAdvisor::curve(out.series, out.settings);
    out.reserved = usage::CommitmentAdvisor::reservedInstances(out.series, out.settings);
    const Offer ri = Offer::reserved(OfferingClass::Standard, options.term, options.payment);
    for (const usage::ReservedPurchase &p : out.reserved.purchases) {
        AdvisorReserved a;
        a.purchase = p;
        // The platform of the group: the first priced key of its Region and size (size-flexible
        // groups are Linux/UNIX shared tenancy by construction).
        for (qsizetype i = 0; i < out.keys.size(); ++i)
            if (out.keys[i].region == p.region && out.keys[i].instanceType == p.instanceType) {
                a.platform = out.keys[i].platform;
                break;
            }
        const auto upfront = prices.find(
            PriceQuery { PriceItem::ReservedUpfront, p.region, p.instanceType, a.platform, ri, {} });
        const auto hourly = prices.find(
            PriceQuery { PriceItem::ReservedHourly, p.region, p.instanceType, a.platform, ri, {} });
        a.upfront = upfront.value_or(Money()) * p.count;
        a.monthly = hourly.value_or(Money()) * (p.count * AdvisorOptions::kHoursPerMonth);
        out.reservedPurchases.append(a);
    }
    return out;
}

Money AdvisorPricing::planUpfront(const AdvisorOptions &options, Money commitment)
{
    const qint64 hours = termHours(options.term);
    switch (options.payment) {
    case PurchaseOption::AllUpfront:
        return commitment * hours;
    case PurchaseOption::PartialUpfront:
        return commitment.mulDiv(hours, 2);
    case PurchaseOption::NoUpfront:
        break;
    }
    return Money();
}

Money AdvisorPricing::planMonthly(const AdvisorOptions &options, Money commitment)
{
    switch (options.payment) {
    case PurchaseOption::NoUpfront:
        return commitment * AdvisorOptions::kHoursPerMonth;
    case PurchaseOption::PartialUpfront:
        return commitment.mulDiv(AdvisorOptions::kHoursPerMonth, 2);
    case PurchaseOption::AllUpfront:
        break;
    }
    return Money();
}

} // namespace ec2lab::gui
