#pragma once

#include "catalog/pricecatalog.h"
#include "cost/pricesource.h"
#include "inputerror.h"

namespace ec2lab::catalog {

/// Lets the cost engine read prices from a PriceCatalog through its PriceSource interface.
///
/// Contract: answers only with prices the catalog holds for shared tenancy (dedicated for
/// DedicatedInstanceHourly, per host for DedicatedHostHourly); values the catalog merely derives
/// (the Spot estimate, EC2 Instance Savings Plan rates taken from the Standard RI) are returned
/// only when \a includeEstimates is set. Queries are typed (platform and offer are the model's
/// values; no string keys). The catalog must outlive this object.
class CatalogPriceSource : public PriceSource
{
public:
    explicit CatalogPriceSource(const PriceCatalog &catalog, bool includeEstimates = false);

    std::optional<Money> find(const PriceQuery &query) const override;
    QString snapshotDate() const override;
    /// Estimated or derived prices: their rule, source and date (see PriceSource::note()).
    std::optional<PriceNote> note(const PriceQuery &query) const override;
    QDate priceDate(const PriceQuery &query) const override;
    std::optional<Money> normalizationFactor(const QString &instanceType) const override;
    /// Where the price find() returns comes from (empty source when find() returns nullopt).
    Provenance provenance(const PriceQuery &query) const;

private:
    /// A price found, with where it comes from.
    struct Hit
    {
        Money price;
        Provenance provenance;
    };
    std::optional<Hit> lookup(const PriceQuery &query) const;

    const PriceCatalog &m_catalog;
    bool m_includeEstimates;
};

/// Stands for a price catalog that could not be loaded (a damaged cache): the first price asked
/// of it throws the load error, so a command whose own file supplies every price still runs and
/// one that needs the catalog fails with that one clear message, never with other prices.
///
/// Contract: find() always throws the InputError given; snapshotDate() is empty.
class UnavailablePriceSource : public PriceSource
{
public:
    explicit UnavailablePriceSource(InputError error)
        : m_error(std::move(error))
    {
    }
    std::optional<Money> find(const PriceQuery &) const override { throw m_error; }
    QString snapshotDate() const override { return QString(); }

private:
    InputError m_error;
};

} // namespace ec2lab::catalog
