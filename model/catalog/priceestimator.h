#pragma once

#include "catalog/pricecatalog.h"

namespace ec2lab::catalog {

/// Fills the gaps of a PriceQuote with estimates computed at lookup time, following pricing.md
/// "Estimates where AWS data is absent". Called from PriceCatalog::quote() (one hook).
///
/// Contract: only adds what the quote lacks, never replaces a stored price (an exact published
/// price always wins, and so does a derived one). Every value it adds carries
/// Provenance::estimate = true and a one-line rule naming the figures it was computed from. Rules:
/// - a Reserved Instance known only as an effective rate (Partial or All Upfront) is split: All
///   Upfront = the whole term at that rate as the fee; Partial Upfront = half the term's cost as
///   the fee (rounded to the cent), the rest hourly ([CHOICE], pricing.md);
/// - a Partial or All Upfront RI missing here, where its No Upfront rate exists, is the No Upfront
///   rate x (that payment / No Upfront) of the same class and term for: the same type in another
///   Region that has both (us-east-1 first); else a type of the same family (this Region first,
///   then the others; by name); else, a [CHOICE] stated in the rule, the other class's ratio for
///   the same type (this Region first), as Standard and Convertible discount the upfront payments
///   alike (a1.large 2022: Partial / No Upfront 1yr 0.9532 Standard, 0.9534 Convertible). Only
///   stored prices serve as references, never another estimate. An exact reference split is
///   scaled as a whole, otherwise the estimated effective rate is split as above;
/// - a Compute Savings Plan rate missing for a type with an On-Demand price is On-Demand x
///   (Compute SP / On-Demand) of the same type in another Region that has both, or else of the
///   same family (this Region first, then the others; the family's first type by name).
/// A Dedicated Host price is never estimated.
class PriceEstimator
{
public:
    explicit PriceEstimator(const PriceCatalog &catalog);

    /// Adds the estimates \a quote lacks; leaves reserved and savingsPlans sorted.
    void complete(PriceQuote &quote) const;

    /// Hours of a term of \a years (8,760 per year).
    static qint64 termHours(int years) { return 8760LL * years; }
    /// An effective-rate-only RI split as pricing.md's [CHOICE] says (see the class comment).
    static ReservedPrice splitEffective(const ReservedPrice &effectiveOnly, const QString &why);

private:
    void estimateReservedFromOtherRegion(PriceQuote &quote) const;
    void splitEffectiveOnly(PriceQuote &quote) const;
    void estimateComputeSavingsPlans(PriceQuote &quote) const;
    /// The other types of the quote's family, sorted by name.
    QStringList familyTypes(const PriceKey &key, const std::optional<InstanceSpec> &spec) const;
    /// Regions other than \a region to take ratios from: us-east-1 first, then by name.
    QStringList referenceRegions(const QString &region) const;

    const PriceCatalog &m_catalog;
};

} // namespace ec2lab::catalog
