#pragma once

#include "cost/pricesource.h"
#include "money.h"
#include "offer.h"
#include "usage/commitmentadvisor.h"
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
    qint64 termsBought = 0; ///< whole terms bought over the horizon (at least one)
    QString snapshotDate;
};

/// The small adapter between the Advisor workspace and the model: prices each usage key from a
/// PriceSource (the catalog) with the typed PriceQuery, and runs CommitmentAdvisor over them.
///
/// Contract: pure and deterministic; money stays exact. Rates per key: On-Demand (shared tenancy;
/// DedicatedInstanceHourly for dedicated), the Compute Savings Plan rate of the chosen term and
/// payment, and the Standard RI's effective rate (hourly fee + upfront / term hours). A Dedicated
/// Instance has no plan or RI rate in the catalog and stays On-Demand. Kept apart from the widgets
/// so the command line's pricing function can replace it without touching the workspace.
class AdvisorPricing
{
public:
    static std::optional<usage::KeyRates> rates(
        const PriceSource &prices, const usage::UsageKey &key, const AdvisorOptions &options);
    static AdvisorResult compute(
        const usage::UsageProfile &profile, const PriceSource &prices, const AdvisorOptions &options);

    /// A Savings Plan's payments for an hourly \a commitment: All Upfront pays the whole term
    /// upfront, Partial Upfront half of it (pricing.md section 2, [AWS]), No Upfront nothing.
    static Money planUpfront(const AdvisorOptions &options, Money commitment);
    /// The recurring part of the plan per 730-hour month.
    static Money planMonthly(const AdvisorOptions &options, Money commitment);
};

} // namespace ec2lab::gui
