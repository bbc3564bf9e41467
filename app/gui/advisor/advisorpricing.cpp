#include "advisorpricing.h"

namespace ec2lab::gui {

AdvisorResult AdvisorPricing::compute(
    const usage::UsageProfile &profile, const PriceSource &prices, const AdvisorOptions &options)
{
    AdvisorResult out;
    out.snapshotDate = prices.snapshotDate();
    usage::PricedUsage priced
        = usage::priceUsage(profile, prices, usage::AdvisorPricing { options.term, options.payment });
    out.series = std::move(priced.series);
    out.unpriced = priced.unpriced;
    out.notes = std::move(priced.notes);
    // The priced keys are the profile's in order, less the unpriced ones.
    for (const usage::UsageSeries &s : profile.series)
        if (!out.unpriced.contains(s.key))
            out.keys.append(s.key);
    out.settings.termHours = termHours(options.term);
    out.settings.horizonHours = options.horizonHours();
    out.settings.payment = options.payment;
    const qint64 term = out.settings.termHours;
    out.termsBought = qMax<qint64>(1, out.settings.horizonHours / term);
    if (out.series.empty())
        return out;
    out.curve = usage::CommitmentAdvisor::curve(out.series, out.settings);
    out.reserved = usage::CommitmentAdvisor::reservedInstances(out.series, out.settings);
    out.mix = usage::CommitmentMixer::recommend(out.series, out.settings);
    for (const usage::ReservedPurchase &p : out.reserved.purchases) {
        AdvisorReserved a;
        a.purchase = p;
        // The fees as sold, of the group's smallest size (its first series).
        if (!p.series.empty() && p.series.front() < out.series.size()) {
            const usage::AdvisorSeries &s = out.series[p.series.front()];
            a.platform = out.keys.value(qsizetype(p.series.front())).platform;
            a.upfront = s.reservedUpfront * p.count;
            a.monthly = s.reservedHourly * (p.count * AdvisorOptions::kHoursPerMonth);
        }
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
