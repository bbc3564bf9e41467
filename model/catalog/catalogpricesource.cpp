#include "catalog/catalogpricesource.h"

namespace ec2lab::catalog {

namespace {

/// An offer key such as "standard/1yr/all-upfront", split.
struct Offer
{
    QString kind; // "standard", "convertible", "compute", "ec2-instance"
    int years = 0;
    std::optional<PurchaseOption> payment;
};

// "standard/1yr/all-upfront" -> {standard, 1, AllUpfront}
Offer parseOffer(const QString &key)
{
    const QStringList parts = key.toLower().split(u'/');
    Offer o;
    if (parts.size() != 3)
        return o;
    o.kind = parts[0];
    if (o.kind == u"ec2instance" || o.kind == u"instance" || o.kind == u"ec2")
        o.kind = QStringLiteral("ec2-instance");
    const QString term = parts[1];
    if (term == u"1yr" || term == u"1y" || term == u"1")
        o.years = 1;
    else if (term == u"3yr" || term == u"3y" || term == u"3")
        o.years = 3;
    o.payment = purchaseOptionFromString(parts[2]);
    return o;
}

} // namespace

CatalogPriceSource::CatalogPriceSource(const PriceCatalog &catalog, bool includeEstimates)
    : m_catalog(catalog)
    , m_includeEstimates(includeEstimates)
{
}

std::optional<CatalogPriceSource::Hit> CatalogPriceSource::lookup(const PriceQuery &q) const
{
    const auto platform
        = q.platform.isEmpty() ? std::optional(Platform::Linux) : platformFromString(q.platform);
    if (!platform)
        return std::nullopt;
    const PriceKey shared { q.region, q.instanceType, *platform, Tenancy::Shared };
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
            = m_catalog.quote(PriceKey { q.region, q.instanceType, *platform, Tenancy::Dedicated });
        return quote.onDemand ? accept(quote.onDemand->perHour, quote.onDemand->provenance) : std::nullopt;
    }
    case PriceItem::ReservedUpfront:
    case PriceItem::ReservedHourly: {
        const Offer o = parseOffer(q.offer);
        if (!o.payment || (o.kind != u"standard" && o.kind != u"convertible"))
            return std::nullopt;
        const OfferingClass cls
            = o.kind == u"standard" ? OfferingClass::Standard : OfferingClass::Convertible;
        for (const ReservedPrice &r : m_catalog.quote(shared).reserved) {
            if (r.offeringClass == cls && r.years == o.years && r.payment == *o.payment)
                return accept(q.item == PriceItem::ReservedUpfront ? r.upfront : r.hourly, r.provenance);
        }
        return std::nullopt;
    }
    case PriceItem::SavingsPlanHourly: {
        const Offer o = parseOffer(q.offer);
        if (!o.payment || (o.kind != u"compute" && o.kind != u"ec2-instance"))
            return std::nullopt;
        const SavingsPlanType type
            = o.kind == u"compute" ? SavingsPlanType::Compute : SavingsPlanType::Ec2Instance;
        for (const SavingsPlanRate &r : m_catalog.quote(shared).savingsPlans) {
            if (r.type == type && r.years == o.years && r.payment == *o.payment)
                return accept(r.perHour, r.provenance);
        }
        return std::nullopt;
    }
    case PriceItem::DedicatedHostHourly: {
        const auto host = m_catalog.dedicatedHost(q.region, q.instanceType);
        return host && host->hasOnDemand() ? accept(host->perHostHour, host->provenance) : std::nullopt;
    }
    case PriceItem::EbsGbMonth: {
        const auto rate = m_catalog.ebsRate(q.region, q.offer);
        return rate ? accept(rate->price, rate->provenance) : std::nullopt;
    }
    case PriceItem::PublicIpv4Hourly: {
        const auto rate = m_catalog.publicIpv4Rate(q.region);
        return rate ? accept(rate->price, rate->provenance) : std::nullopt;
    }
    case PriceItem::SpotSavingsPercent: {
        const PriceEntry *e = m_catalog.entry(shared);
        if (!e || !e->spotAdvice)
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
