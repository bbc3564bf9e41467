#pragma once

#include "cost/pricesource.h"

namespace ec2lab::catalog {
class PriceCatalog;
}

namespace ec2lab::gui {

/// Lets the cost engine read prices from the price catalog (bundled snapshot + user cache).
///
/// Contract: answers only what the catalog publishes (no estimates): On-Demand, the 12 RI
/// offers, Savings Plan rates, Dedicated Host and Dedicated Instance prices, EBS and public IPv4
/// rates, and the Spot Advisor savings %. Everything else is a miss, so the scenario's own
/// `prices` (layered in front) or the engine's "missing price" error decide.
class CatalogPriceSource : public PriceSource
{
public:
    explicit CatalogPriceSource(const catalog::PriceCatalog &catalog);
    std::optional<Money> find(const PriceQuery &query) const override;
    QString snapshotDate() const override;

private:
    const catalog::PriceCatalog &m_catalog;
};

} // namespace ec2lab::gui
