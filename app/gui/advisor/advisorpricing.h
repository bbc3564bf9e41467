#pragma once

#include "cost/pricesource.h"
#include "money.h"
#include "offer.h"
#include "usage/commitmentadvisor.h"
#include "usage/commitmentmix.h"
#include "usage/usagepricing.h"
#include "usage/usageprofile.h"

#include <QList>
#include <QString>
#include <vector>

namespace ec2lab::gui {

/// What the user chose in the Advisor workspace: the commitments' term and payment and the
/// workload's life.
struct AdvisorOptions
{
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;
    int horizonMonths = 12; ///< 730-hour months, as the cost comparison counts them
    qint64 horizonHours() const { return qint64(horizonMonths) * kHoursPerMonth; }
    static constexpr qint64 kHoursPerMonth = 730;
};

/// One Reserved Instance purchase with what it costs to hold.
struct AdvisorReserved
{
    usage::ReservedPurchase purchase;
    Platform platform = Platform::Linux;
    Money upfront; ///< count x the offer's upfront fee, paid at the start of each term
    Money monthly; ///< count x the offer's hourly fee x 730
};

/// Everything the Advisor shows for one usage profile priced under one AdvisorOptions.
struct AdvisorResult
{
    std::vector<usage::AdvisorSeries> series; ///< the priced keys, in profile order
    QList<usage::UsageKey> keys; ///< parallel to series
    QList<usage::UsageKey> unpriced; ///< keys without an On-Demand price (left out)
    usage::AdvisorSettings settings;
    usage::CommitmentCurve curve;
    usage::ReservedPlan reserved;
    QList<AdvisorReserved> reservedPurchases; ///< parallel to reserved.purchases
    /// The cheapest mix of Standard RIs, EC2 Instance and Compute Savings Plans (CommitmentMixer).
    usage::CommitmentMix mix;
    std::vector<PriceNote> notes; ///< estimated or derived prices used (usage::priceUsage)
    qint64 termsBought = 0; ///< whole terms bought over the horizon (at least one)
    QString snapshotDate;
};

/// The Advisor workspace's link to the model: prices the usage with usage::priceUsage() (the same
/// typed PriceQuery pricing as `ec2lab advise`) and runs CommitmentAdvisor (the curve, the RIs)
/// and CommitmentMixer (the mix) over it.
///
/// Contract: pure and deterministic; money stays exact. Rates per key: On-Demand, the Compute and
/// EC2 Instance Savings Plan rates and the Standard RI of the chosen term and payment; a key
/// without an On-Demand price is left out and listed. Kept apart from the widgets.
class AdvisorPricing
{
public:
    static AdvisorResult compute(
        const usage::UsageProfile &profile, const PriceSource &prices, const AdvisorOptions &options);

    /// A Savings Plan's payments for an hourly \a commitment: All Upfront pays the whole term
    /// upfront, Partial Upfront half of it (pricing.md section 2, [AWS]), No Upfront nothing.
    static Money planUpfront(const AdvisorOptions &options, Money commitment);
    /// The recurring part of the plan per 730-hour month.
    static Money planMonthly(const AdvisorOptions &options, Money commitment);
};

} // namespace ec2lab::gui
