#include "usage/usagepricing.h"

#include "catalog/catalogpricesource.h"

namespace ec2lab::usage {

QString advisorPriceKey(AdvisorPrice price, const Offer &offer)
{
    return price == AdvisorPrice::OnDemand ? QStringLiteral("on-demand") : offerKey(offer);
}

Offer advisorOffer(AdvisorPrice price, const AdvisorPricing &pricing)
{
    switch (price) {
    case AdvisorPrice::ComputeSavingsPlan:
        return Offer::savingsPlan(SavingsPlanType::Compute, pricing.term, pricing.payment);
    case AdvisorPrice::Ec2InstanceSavingsPlan:
        return Offer::savingsPlan(SavingsPlanType::Ec2Instance, pricing.term, pricing.payment);
    case AdvisorPrice::StandardReserved:
    case AdvisorPrice::OnDemand:
        break;
    }
    return Offer::reserved(OfferingClass::Standard, pricing.term, pricing.payment);
}

QString usageKeyLabel(const UsageKey &key)
{
    return key.region + u' ' + key.instanceType + u' ' + platformName(key.platform) + u' '
        + tenancyName(key.tenancy);
}

namespace {

/// Looks one price up and records its note (estimate or derived) or its absence.
class Lookup
{
public:
    Lookup(const PriceSource &prices, PricedUsage &out, const UsageKey &key)
        : m_prices(prices)
        , m_out(out)
        , m_key(key)
        , m_label(usageKeyLabel(key))
    {
    }

    /// The price, or nullopt (then listed as missing unless \a optional: the caller decides).
    /// Its note is recorded at once unless \a deferNote (record it with note() once it is used).
    std::optional<Money> find(
        const PriceQuery &query, AdvisorPrice price, bool optional = false, bool deferNote = false)
    {
        const std::optional<Money> value = m_prices.find(query);
        if (!value) {
            if (!optional)
                missing(price, query.offer);
            return std::nullopt;
        }
        if (!deferNote)
            note(query, price, *value);
        return value;
    }

    /// Records the note of an estimated or derived price that is used.
    void note(const PriceQuery &query, AdvisorPrice price, Money value)
    {
        if (std::optional<PriceNote> note = m_prices.note(query)) {
            note->price = m_label + u' ' + advisorPriceKey(price, query.offer)
                + (query.item == PriceItem::ReservedUpfront
                        ? QStringLiteral(" upfront")
                        : (query.item == PriceItem::ReservedHourly ? QStringLiteral(" hourly") : QString()));
            note->value = value;
            m_out.notes.push_back(*note);
        }
    }

    void missing(AdvisorPrice price, const Offer &offer)
    {
        const MissingPrice m { m_key, price, offer };
        if (!m_out.missing.contains(m))
            m_out.missing.append(m);
    }

private:
    const PriceSource &m_prices;
    PricedUsage &m_out;
    UsageKey m_key;
    QString m_label;
};

} // namespace

PricedUsage priceUsage(const UsageProfile &profile, const PriceSource &prices, const AdvisorPricing &pricing)
{
    PricedUsage out;
    out.pricing = pricing;
    const Offer compute = advisorOffer(AdvisorPrice::ComputeSavingsPlan, pricing);
    const Offer instance = advisorOffer(AdvisorPrice::Ec2InstanceSavingsPlan, pricing);
    const Offer reserved = advisorOffer(AdvisorPrice::StandardReserved, pricing);
    for (const UsageSeries &s : profile.series) {
        const UsageKey &key = s.key;
        Lookup lookup(prices, out, key);
        const bool dedicated = key.tenancy == Tenancy::Dedicated;
        PriceQuery od = PriceQuery::onDemand(key.region, key.instanceType, key.platform);
        if (dedicated)
            od.item = PriceItem::DedicatedInstanceHourly;
        const std::optional<Money> onDemand = lookup.find(od, AdvisorPrice::OnDemand);
        if (!onDemand || onDemand->nanos() <= 0) {
            out.unpriced.append(key);
            continue;
        }
        AdvisorSeries a;
        a.label = usageKeyLabel(key);
        a.instanceHours = s.instanceHours;
        a.onDemandRate = *onDemand;
        a.region = key.region;
        a.instanceType = key.instanceType;
        a.sizeFlexible = key.platform == Platform::Linux && !dedicated;
        if (dedicated) {
            lookup.missing(AdvisorPrice::ComputeSavingsPlan, compute);
            lookup.missing(AdvisorPrice::Ec2InstanceSavingsPlan, instance);
            lookup.missing(AdvisorPrice::StandardReserved, reserved);
            out.series.push_back(std::move(a));
            continue;
        }
        auto query = [&](PriceItem item, const Offer &offer) {
            PriceQuery q = PriceQuery::onDemand(key.region, key.instanceType, key.platform);
            q.item = item;
            q.offer = offer;
            return q;
        };
        if (const auto r
            = lookup.find(query(PriceItem::SavingsPlanHourly, compute), AdvisorPrice::ComputeSavingsPlan))
            a.savingsPlanRate = *r;
        if (const auto r = lookup.find(
                query(PriceItem::SavingsPlanHourly, instance), AdvisorPrice::Ec2InstanceSavingsPlan))
            a.instanceSavingsPlanRate = *r;
        // An RI needs both fees (an All Upfront RI's hourly fee is a published zero, a No Upfront
        // RI's upfront fee too); either one absent makes the RI absent, reported once.
        const PriceQuery upfrontQuery = query(PriceItem::ReservedUpfront, reserved);
        const PriceQuery hourlyQuery = query(PriceItem::ReservedHourly, reserved);
        const auto upfront = lookup.find(upfrontQuery, AdvisorPrice::StandardReserved, true, true);
        const auto hourly = lookup.find(hourlyQuery, AdvisorPrice::StandardReserved, true, true);
        if (upfront && hourly) {
            lookup.note(upfrontQuery, AdvisorPrice::StandardReserved, *upfront);
            lookup.note(hourlyQuery, AdvisorPrice::StandardReserved, *hourly);
            a.reservedUpfront = *upfront;
            a.reservedHourly = *hourly;
            a.reservedRate = *hourly + upfront->mulDiv(1, termHours(pricing.term));
        } else {
            lookup.missing(AdvisorPrice::StandardReserved, reserved);
        }
        out.series.push_back(std::move(a));
    }
    return out;
}

PricedUsage priceUsage(
    const UsageProfile &profile, const catalog::PriceCatalog &catalog, const AdvisorPricing &pricing)
{
    const catalog::CatalogPriceSource source(catalog, true);
    return priceUsage(profile, source, pricing);
}

UsageProfile onlyRegion(const UsageProfile &profile, const QString &region, qint64 *droppedSeries)
{
    UsageProfile out = profile;
    out.series.clear();
    qint64 dropped = 0;
    for (const UsageSeries &s : profile.series) {
        if (s.key.region == region)
            out.series.append(s);
        else
            ++dropped;
    }
    if (droppedSeries)
        *droppedSeries = dropped;
    return out;
}

} // namespace ec2lab::usage
