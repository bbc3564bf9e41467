#include "cost/pricesource.h"

namespace ec2lab {

QString PriceSource::describe(const PriceQuery &q)
{
    const QString forType = q.instanceType.isEmpty() ? QString() : QStringLiteral(" for ") + q.instanceType;
    switch (q.item) {
    case PriceItem::OnDemandHourly:
        return QStringLiteral("prices.on_demand_per_hour") + forType;
    case PriceItem::ReservedUpfront:
        return QStringLiteral("prices.reserved.\"%1\".upfront").arg(offerKey(q.offer)) + forType;
    case PriceItem::ReservedHourly:
        return QStringLiteral("prices.reserved.\"%1\".hourly").arg(offerKey(q.offer)) + forType;
    case PriceItem::SavingsPlanHourly:
        return QStringLiteral("prices.savings_plan_per_hour.\"%1\"").arg(offerKey(q.offer)) + forType;
    case PriceItem::DedicatedHostHourly:
        return QStringLiteral("prices.dedicated_host_per_hour") + forType;
    case PriceItem::DedicatedHostReservedUpfront:
        return QStringLiteral("prices.dedicated_host_reserved.\"%1\".upfront")
                   .arg(hostReservationKey(q.offer))
            + forType;
    case PriceItem::DedicatedHostReservedHourly:
        return QStringLiteral("prices.dedicated_host_reserved.\"%1\".hourly").arg(hostReservationKey(q.offer))
            + forType;
    case PriceItem::DedicatedInstanceHourly:
        return QStringLiteral("prices.dedicated_instance_per_hour") + forType;
    case PriceItem::EbsGbMonth:
        return QStringLiteral("prices.ebs_per_gb_month.%1").arg(q.volumeType);
    case PriceItem::PublicIpv4Hourly:
        return QStringLiteral("prices.public_ipv4_per_hour");
    case PriceItem::DataTransferOutGb:
        return QStringLiteral("prices.data_transfer_out_per_gb");
    case PriceItem::SpotSavingsPercent:
        return QStringLiteral("prices.spot_savings_percent") + forType;
    case PriceItem::SpotHourly:
        return QStringLiteral("spot.per_hour") + forType;
    }
    return QStringLiteral("prices");
}

LayeredPriceSource::LayeredPriceSource(const PriceSource &front, const PriceSource &back)
    : m_front(front)
    , m_back(back)
{
}

std::optional<Money> LayeredPriceSource::find(const PriceQuery &query) const
{
    if (auto p = m_front.find(query))
        return p;
    return m_back.find(query);
}

std::optional<PriceNote> LayeredPriceSource::note(const PriceQuery &query) const
{
    return m_front.find(query) ? m_front.note(query) : m_back.note(query);
}

QDate LayeredPriceSource::priceDate(const PriceQuery &query) const
{
    return m_front.find(query) ? m_front.priceDate(query) : m_back.priceDate(query);
}

std::optional<Money> LayeredPriceSource::normalizationFactor(const QString &instanceType) const
{
    if (auto f = m_front.normalizationFactor(instanceType))
        return f;
    return m_back.normalizationFactor(instanceType);
}

QString LayeredPriceSource::snapshotDate() const
{
    const QString front = m_front.snapshotDate();
    return front.isEmpty() ? m_back.snapshotDate() : front;
}

std::optional<Money> ScenarioPrices::findIn(const Block &b, const PriceQuery &q)
{
    auto fromMap = [&q](const std::map<Offer, Money> &m) -> std::optional<Money> {
        const auto it = m.find(q.offer);
        if (it == m.end())
            return std::nullopt;
        return it->second;
    };
    switch (q.item) {
    case PriceItem::OnDemandHourly:
        return b.onDemandHourly;
    case PriceItem::ReservedUpfront:
        return fromMap(b.reservedUpfront);
    case PriceItem::ReservedHourly:
        return fromMap(b.reservedHourly);
    case PriceItem::SavingsPlanHourly:
        return fromMap(b.savingsPlanHourly);
    case PriceItem::DedicatedHostHourly:
        return b.dedicatedHostHourly;
    case PriceItem::DedicatedHostReservedUpfront:
        return fromMap(b.dedicatedHostReservedUpfront);
    case PriceItem::DedicatedHostReservedHourly:
        return fromMap(b.dedicatedHostReservedHourly);
    case PriceItem::DedicatedInstanceHourly:
        return b.dedicatedInstanceHourly;
    case PriceItem::EbsGbMonth: {
        const auto it = b.ebsGbMonth.constFind(q.volumeType);
        if (it == b.ebsGbMonth.constEnd())
            return std::nullopt;
        return *it;
    }
    case PriceItem::PublicIpv4Hourly:
        return b.publicIpv4Hourly;
    case PriceItem::DataTransferOutGb:
        return b.dataTransferOutGb;
    case PriceItem::SpotSavingsPercent:
        return b.spotSavingsPercent;
    case PriceItem::SpotHourly:
        return std::nullopt; // a scenario gives a Spot price as an option's price_history
    }
    return std::nullopt;
}

const ScenarioPrices::Block *ScenarioPrices::typeBlock(const QString &instanceType, Platform platform) const
{
    for (const TypeBlock &t : perInstanceType)
        if (t.instanceType == instanceType && t.platform == platform)
            return &t.block;
    return nullptr;
}

std::optional<Money> ScenarioPrices::find(const PriceQuery &query) const
{
    // The block of the query's platform, then one of a platform billed the same (a Linux price
    // serves Ubuntu); a Windows price never serves Linux and the other way round.
    if (const Block *own = typeBlock(query.instanceType, query.platform))
        if (auto p = findIn(*own, query))
            return p;
    for (const TypeBlock &t : perInstanceType)
        if (t.instanceType == query.instanceType && t.platform != query.platform
            && billingPlatform(t.platform) == billingPlatform(query.platform))
            if (auto p = findIn(t.block, query))
                return p;
    return findIn(global, query);
}

QDate ScenarioPrices::priceDate(const PriceQuery &query) const
{
    if (snapshot.isEmpty() || !find(query))
        return {};
    return QDate::fromString(snapshot, Qt::ISODate);
}

} // namespace ec2lab
