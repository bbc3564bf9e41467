#pragma once

#include "cost/pricenote.h"
#include "cost/pricesource.h"
#include "usage/commitmentadvisor.h"
#include "usage/usageprofile.h"

#include <QList>
#include <vector>

namespace ec2lab::catalog {
class PriceCatalog;
}

namespace ec2lab::usage {

/// Which commitments the advisor prices: one term and one payment option for every instrument
/// (Standard RIs, EC2 Instance and Compute Savings Plans).
struct AdvisorPricing
{
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;
};

/// The price of one usage key the advisor needs (On-Demand or one of the three commitments).
enum class AdvisorPrice : quint8 { OnDemand, ComputeSavingsPlan, Ec2InstanceSavingsPlan, StandardReserved };

/// A price the source lacks for one key. A key without On-Demand is left out of the advice (it
/// cannot be compared); a key without a commitment price simply cannot use that instrument.
struct MissingPrice
{
    UsageKey key;
    AdvisorPrice price = AdvisorPrice::OnDemand;
    Offer offer; ///< the commitment asked for (meaningless for OnDemand)
    bool operator==(const MissingPrice &) const = default;
};

/// A usage profile priced for the advisor.
///
/// Contract: `series` holds one AdvisorSeries per key that has an On-Demand price, in profile
/// order, with savingsPlanRate = the Compute Savings Plan rate, instanceSavingsPlanRate = the EC2
/// Instance Savings Plan rate, reservedRate / reservedUpfront / reservedHourly = the Standard RI
/// (zero where absent). Every absent price is in `missing` (never a silent zero), every estimated
/// or derived price used is in `notes` (its `price` = the key's label, a space and
/// advisorPriceKey()).
struct PricedUsage
{
    AdvisorPricing pricing;
    std::vector<AdvisorSeries> series;
    QList<MissingPrice> missing;
    std::vector<PriceNote> notes;
    /// Keys of the profile left out of series (no On-Demand price), in profile order.
    QList<UsageKey> unpriced;
};

/// "on-demand", or the offer key of the commitment: "compute/1yr/no-upfront",
/// "ec2-instance/3yr/all-upfront", "standard/1yr/partial-upfront".
QString advisorPriceKey(AdvisorPrice price, const Offer &offer);

/// The offer the advisor asks for \a price under \a pricing (Standard class for RIs).
Offer advisorOffer(AdvisorPrice price, const AdvisorPricing &pricing);

/// "us-east-1 m5.large linux shared": the label of a key in AdvisorSeries and PriceNote.
QString usageKeyLabel(const UsageKey &key);

/// Prices every key of \a profile from \a prices by typed PriceQuery: On-Demand (dedicated
/// tenancy: the Dedicated Instance hourly rate), the Compute and EC2 Instance Savings Plan rates
/// and the Standard RI's upfront and hourly fees of the chosen term and payment. The effective RI
/// rate is hourly + upfront / term hours (8,760 h a year). Commitment prices are asked for shared
/// tenancy only: a dedicated key gets On-Demand and is listed as missing its commitments (the
/// price source has no tenancy for them). Linux/UNIX shared keys are size-flexible for RIs.
PricedUsage priceUsage(const UsageProfile &profile, const PriceSource &prices, const AdvisorPricing &pricing);

/// priceUsage() over a PriceCatalog, estimates included (each one listed in `notes`).
PricedUsage priceUsage(
    const UsageProfile &profile, const catalog::PriceCatalog &catalog, const AdvisorPricing &pricing);

/// Keeps only the series of \a region (the others are counted in \a droppedSeries when given).
UsageProfile onlyRegion(const UsageProfile &profile, const QString &region, qint64 *droppedSeries = nullptr);

} // namespace ec2lab::usage
