#include "catalogpricesource.h"

#include "catalog/pricecatalog.h"

namespace ec2lab::gui {

namespace {

/// Parses "standard/1yr/all-upfront" or "compute/3yr/no-upfront" into (first, years, payment).
struct Offer
{
    QString kind;
    int years = 0;
    std::optional<catalog::PurchaseOption> payment;
};

Offer parseOffer(const QString &offer)
{
    const QStringList parts = offer.split(u'/');
    Offer o;
    if (parts.size() != 3)
        return o;
    o.kind = parts[0];
    o.years = parts[1] == u"1yr" ? 1 : parts[1] == u"3yr" ? 3 : 0;
    o.payment = catalog::purchaseOptionFromString(parts[2]);
    return o;
}

} // namespace

CatalogPriceSource::CatalogPriceSource(const catalog::PriceCatalog &catalog)
    : m_catalog(catalog)
{
}

QString CatalogPriceSource::snapshotDate() const
{
    const QDate d = m_catalog.newestDate();
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<Money> CatalogPriceSource::find(const PriceQuery &q) const
{
    const auto platform
        = catalog::platformFromString(q.platform.isEmpty() ? QStringLiteral("linux") : q.platform);
    const catalog::PriceKey key { q.region, q.instanceType, platform.value_or(catalog::Platform::Linux),
        catalog::Tenancy::Shared };
    switch (q.item) {
    case PriceItem::OnDemandHourly:
        if (const auto *e = m_catalog.entry(key); e && e->onDemand && platform)
            return e->onDemand->perHour;
        return std::nullopt;
    case PriceItem::DedicatedInstanceHourly: {
        catalog::PriceKey k = key;
        k.tenancy = catalog::Tenancy::Dedicated;
        if (const auto *e = m_catalog.entry(k); e && e->onDemand && platform)
            return e->onDemand->perHour;
        return std::nullopt;
    }
    case PriceItem::ReservedUpfront:
    case PriceItem::ReservedHourly: {
        const Offer o = parseOffer(q.offer);
        const auto *e = m_catalog.entry(key);
        if (!e || !o.payment || !platform)
            return std::nullopt;
        const auto cls = o.kind == u"convertible" ? catalog::OfferingClass::Convertible
                                                  : catalog::OfferingClass::Standard;
        for (const catalog::ReservedPrice &r : e->reserved)
            if (r.offeringClass == cls && r.years == o.years && r.payment == *o.payment)
                return q.item == PriceItem::ReservedUpfront ? r.upfront : r.hourly;
        return std::nullopt;
    }
    case PriceItem::SavingsPlanHourly: {
        const Offer o = parseOffer(q.offer);
        const auto *e = m_catalog.entry(key);
        if (!e || !o.payment || !platform)
            return std::nullopt;
        const auto type = o.kind == u"compute" ? catalog::SavingsPlanType::Compute
                                               : catalog::SavingsPlanType::Ec2Instance;
        for (const catalog::SavingsPlanRate &r : e->savingsPlans)
            if (r.type == type && r.years == o.years && r.payment == *o.payment && !r.provenance.estimate)
                return r.perHour;
        return std::nullopt;
    }
    case PriceItem::DedicatedHostHourly:
        if (const auto h = m_catalog.dedicatedHost(q.region, q.instanceType))
            return h->perHostHour;
        return std::nullopt;
    case PriceItem::EbsGbMonth:
        if (const auto r = m_catalog.ebsRate(q.region, q.offer))
            return r->price;
        return std::nullopt;
    case PriceItem::PublicIpv4Hourly:
        if (const auto r = m_catalog.publicIpv4Rate(q.region))
            return r->price;
        return std::nullopt;
    case PriceItem::SpotSavingsPercent:
        if (const auto *e = m_catalog.entry(key); e && e->spotAdvice)
            return Money::fromUnits(e->spotAdvice->savingsPercent);
        return std::nullopt;
    case PriceItem::DataTransferOutGb:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace ec2lab::gui
