#include "catalog/catalogpricesource.h"

namespace ec2lab::catalog {

CatalogPriceSource::CatalogPriceSource(const PriceCatalog &catalog, bool includeEstimates)
    : m_catalog(catalog)
    , m_includeEstimates(includeEstimates)
{
}

std::optional<CatalogPriceSource::Hit> CatalogPriceSource::lookup(const PriceQuery &q) const
{
    // Free distributions (Ubuntu) are billed as Linux/UNIX: they read the Linux prices. The
    // catalog prices its seven platforms only: a query for another one (Windows with SQL Server)
    // finds nothing here, whatever the item; Windows, RHEL and SUSE read their own prices only.
    const Platform platform = billingPlatform(q.platform);
    if (!isCatalogPlatform(platform))
        return std::nullopt;
    const PriceKey shared { q.region, q.instanceType, platform, Tenancy::Shared };
    auto accept = [this](const Money &m, const Provenance &p) -> std::optional<Hit> {
        if (p.estimate && !m_includeEstimates)
            return std::nullopt;
        return Hit { m, p };
    };
    switch (q.item) {
    case PriceItem::OnDemandHourly: {
        const PriceQuote quote = m_catalog.quote(shared);
        return quote.onDemand ? accept(quote.onDemand->perHour, quote.onDemand->provenance) : std::nullopt;
    }
    case PriceItem::DedicatedInstanceHourly: {
        const PriceQuote quote
            = m_catalog.quote(PriceKey { q.region, q.instanceType, platform, Tenancy::Dedicated });
        return quote.onDemand ? accept(quote.onDemand->perHour, quote.onDemand->provenance) : std::nullopt;
    }
    case PriceItem::ReservedUpfront:
    case PriceItem::ReservedHourly: {
        if (!q.offer.isReserved())
            return std::nullopt;
        for (const ReservedPrice &r : m_catalog.quote(shared).reserved) {
            if (r.offer() == q.offer)
                return accept(q.item == PriceItem::ReservedUpfront ? r.upfront : r.hourly, r.provenance);
        }
        return std::nullopt;
    }
    case PriceItem::SavingsPlanHourly: {
        if (q.offer.isReserved())
            return std::nullopt;
        for (const SavingsPlanRate &r : m_catalog.quote(shared).savingsPlans) {
            if (r.offer() == q.offer)
                return accept(r.perHour, r.provenance);
        }
        return std::nullopt;
    }
    case PriceItem::DedicatedHostHourly: {
        const auto host = m_catalog.dedicatedHost(q.region, q.instanceType);
        return host && host->hasOnDemand() ? accept(host->perHostHour, host->provenance) : std::nullopt;
    }
    case PriceItem::DedicatedHostReservedUpfront:
    case PriceItem::DedicatedHostReservedHourly: {
        // Host reservations have no offering class: match term and payment only. The catalog keeps
        // only reservations whose fee is known (an upfront of zero for No Upfront).
        if (!q.offer.isReserved())
            return std::nullopt;
        const auto host = m_catalog.dedicatedHost(q.region, q.instanceType);
        if (!host)
            return std::nullopt;
        for (const ReservedPrice &r : host->reserved)
            if (!r.effectiveOnly && r.term == q.offer.term && r.payment == q.offer.payment)
                return accept(
                    q.item == PriceItem::DedicatedHostReservedUpfront ? r.upfront : r.hourly, r.provenance);
        return std::nullopt;
    }
    case PriceItem::EbsGbMonth: {
        const auto rate = m_catalog.ebsRate(q.region, q.volumeType);
        return rate ? accept(rate->price, rate->provenance) : std::nullopt;
    }
    case PriceItem::PublicIpv4Hourly: {
        const auto rate = m_catalog.publicIpv4Rate(q.region);
        return rate ? accept(rate->price, rate->provenance) : std::nullopt;
    }
    case PriceItem::SpotSavingsPercent:
    case PriceItem::SpotHourly: {
        // One Spot price (PriceCatalog::spotQuote()): the history's price where the rule chooses
        // it, else the advisor's savings % (applied to the On-Demand rate the engine charges).
        const PriceEntry *e = m_catalog.entry(shared);
        if (!e)
            return std::nullopt;
        const SpotQuote spot = PriceCatalog::spotQuote(*e);
        if (q.item == PriceItem::SpotHourly)
            return spot.fromHistory ? accept(*spot.perHour, spot.provenance) : std::nullopt;
        if (!e->spotAdvice || spot.fromHistory)
            return std::nullopt;
        return accept(Money::fromUnits(e->spotAdvice->savingsPercent), e->spotAdvice->provenance);
    }
    case PriceItem::DataTransferOutGb:
        return std::nullopt; // not in the catalog
    }
    return std::nullopt;
}

std::optional<Money> CatalogPriceSource::find(const PriceQuery &query) const
{
    const auto hit = lookup(query);
    if (!hit)
        return std::nullopt;
    return hit->price;
}

std::optional<PriceNote> CatalogPriceSource::note(const PriceQuery &query) const
{
    const auto hit = lookup(query);
    if (!hit || hit->provenance.isExact())
        return std::nullopt;
    PriceNote n;
    n.value = hit->price;
    n.estimate = hit->provenance.estimate;
    n.rule = hit->provenance.rule;
    n.source = hit->provenance.source;
    n.date = hit->provenance.date;
    return n;
}

QDate CatalogPriceSource::priceDate(const PriceQuery &query) const
{
    const auto hit = lookup(query);
    return hit ? hit->provenance.date : QDate();
}

std::optional<Money> CatalogPriceSource::normalizationFactor(const QString &instanceType) const
{
    return m_catalog.normalizationFactor(instanceType);
}

Provenance CatalogPriceSource::provenance(const PriceQuery &query) const
{
    const auto hit = lookup(query);
    return hit ? hit->provenance : Provenance {};
}

QString CatalogPriceSource::snapshotDate() const
{
    const QDate d = m_catalog.newestDate();
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace ec2lab::catalog
