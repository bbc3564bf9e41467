#pragma once

#include "catalog/pricetypes.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace ec2lab::catalog {

/// Identifies one priced configuration: region + instance type + platform + tenancy.
struct PriceKey
{
    QString region; ///< "us-east-1"
    QString instanceType; ///< "m5.large"
    Platform platform = Platform::Linux;
    Tenancy tenancy = Tenancy::Shared;
};

/// Criteria for PriceCatalog::instanceTypes(); empty / zero members do not filter.
struct InstanceFilter
{
    QString family;
    int minVcpu = 0;
    Money minMemoryGib;
    std::optional<Architecture> architecture;
    std::optional<Generation> generation;
    std::optional<InstanceCategory> category;

    bool accepts(const InstanceSpec &spec) const;
};

/// The Spot part of a PriceQuote: advisor figures and the price, published or estimated.
struct SpotQuote
{
    std::optional<SpotAdvice> advice;
    std::optional<Money> perHour; ///< absent when neither a history nor advisor + On-Demand exist
    Provenance provenance; ///< of perHour; estimate when derived from the advisor
    bool fromHistory = false; ///< perHour is the history's latest price (else the estimate)
    QList<SpotPricePoint> latestPerZone; ///< newest history record of each zone
};

/// Everything known about one PriceKey, with derived values already computed and flagged.
///
/// Contract: a member is empty / nullopt when no source gives it and no documented rule derives
/// it; derived members carry Provenance::estimate = true and the rule.
struct PriceQuote
{
    PriceKey key;
    std::optional<InstanceSpec> spec;
    std::optional<OnDemandPrice> onDemand;
    QList<ReservedPrice> reserved; ///< sorted: class, years, payment
    QList<SavingsPlanRate> savingsPlans; ///< published rates plus flagged estimates
    SpotQuote spot;
    std::optional<DedicatedHostPrice> dedicatedHost; ///< the host of the type's family

    bool hasAnyPrice() const
    {
        return onDemand || !reserved.isEmpty() || !savingsPlans.isEmpty() || spot.perHour;
    }
};

/// The in-memory price catalog: instance specs plus prices per region, platform and tenancy.
///
/// Contract: a plain copyable value. Writers keep one price per slot (for example one
/// "standard 1yr partial-upfront" RI per key); a new price replaces the stored one only when its
/// publication date is the same or newer, so importing an older file never overwrites fresher
/// data. Nothing is invented: only quote() derives values, and it flags each derived value.
class PriceCatalog
{
public:
    void addInstanceSpec(const InstanceSpec &spec);
    const InstanceSpec *instanceSpec(const QString &type) const;
    QList<InstanceSpec> instanceSpecs() const;
    /// The RI normalization factor of \a type: its spec's (the offer file's
    /// normalizationSizeFactor, or the size's published factor); for a `.metal` type without
    /// one, the largest factor of its family's specs. nullopt when the catalog knows none.
    std::optional<Money> normalizationFactor(const QString &type) const;

    void setOnDemand(const PriceKey &key, const OnDemandPrice &price);
    void setReserved(const PriceKey &key, const ReservedPrice &price);
    void setSavingsPlanRate(const PriceKey &key, const SavingsPlanRate &rate);
    /// setSavingsPlanRate() for each of \a rates in turn, finding the key's entry once.
    void setSavingsPlanRates(const PriceKey &key, const SavingsPlanRate *rates, qsizetype count);
    void setSpotAdvice(const PriceKey &key, const SpotAdvice &advice);
    void addSpotHistory(const PriceKey &key, const QList<SpotPricePoint> &points, const Provenance &source);
    void setDedicatedHost(const QString &region, const DedicatedHostPrice &price);
    void setEbsRate(const QString &region, const QString &volumeType, const RegionalRate &rate);
    void setPublicIpv4Rate(const QString &region, const RegionalRate &rate);
    /// Adds everything from \a other with the same newer-or-same-date rule.
    void merge(const PriceCatalog &other);

    bool isEmpty() const { return m_regions.isEmpty() && m_specs.isEmpty(); }
    const PriceEntry *entry(const PriceKey &key) const;
    PriceQuote quote(const PriceKey &key) const;
    /// The one Spot price of \a entry, shown by `prices show` and charged by `cost` when a
    /// scenario gives none: the latest price of the cheapest zone of the history when it is not
    /// older than the On-Demand price (or when no estimate is possible), else On-Demand x
    /// (1 - Spot Advisor savings %), the older history kept in latestPerZone.
    static SpotQuote spotQuote(const PriceEntry &entry);
    QStringList regions() const;
    /// Types with at least one price in \a region (any platform / tenancy), sorted, filtered.
    QStringList instanceTypes(const QString &region, const InstanceFilter &filter = {}) const;
    std::optional<DedicatedHostPrice> dedicatedHost(const QString &region, const QString &family) const;
    QList<DedicatedHostPrice> dedicatedHosts(const QString &region) const;
    std::optional<RegionalRate> ebsRate(const QString &region, const QString &volumeType) const;
    std::optional<RegionalRate> publicIpv4Rate(const QString &region) const;
    /// The newest publication date of the instance prices (On-Demand, Reserved, Savings Plans,
    /// Spot, Dedicated Host): the "snapshot date" shown next to them. Region-wide EBS and public
    /// IPv4 rates show their own dates and are left out, so that a rate recorded later (the
    /// bundled snapshot's EBS rates) does not make older instance prices look newer.
    QDate newestDate() const;
    /// Distinct sources with their newest date, sorted by name.
    QList<QPair<QString, QDate>> sources() const;
    /// Counts of stored prices, for reports: OD, RI, SP, spot advice, spot records, hosts, EBS
    /// and public IPv4 rates.
    QString summary() const;

    /// Identifies a PriceEntry inside one region; used by CatalogStore.
    struct EntryKey
    {
        QString instanceType;
        Platform platform = Platform::Linux;
        Tenancy tenancy = Tenancy::Shared;
        bool operator==(const EntryKey &) const = default;
    };
    /// Everything stored for one region; used by CatalogStore.
    struct RegionPrices
    {
        QHash<EntryKey, PriceEntry> entries;
        QHash<QString, DedicatedHostPrice> hosts;
        QHash<QString, RegionalRate> ebs;
        std::optional<RegionalRate> publicIpv4;
    };
    const QHash<QString, RegionPrices> &regionData() const { return m_regions; }
    QHash<QString, RegionPrices> &regionData() { return m_regions; }

private:
    PriceEntry &slot(const PriceKey &key);
    QHash<QString, InstanceSpec> m_specs;
    QHash<QString, RegionPrices> m_regions;
};

size_t qHash(const PriceCatalog::EntryKey &key, size_t seed = 0);

} // namespace ec2lab::catalog
