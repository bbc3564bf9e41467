#pragma once

#include "cost/pricenote.h"
#include "cost/pricequery.h"
#include "money.h"
#include "offer.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace ec2lab {

/// Where the cost engine gets its prices.
///
/// Contract: find() returns the exact decimal price or nullopt when the source has none; it never
/// guesses. A price catalog implements this interface; ScenarioPrices implements it for the
/// `prices` block of a scenario; LayeredPriceSource puts one source in front of another.
class PriceSource
{
public:
    virtual ~PriceSource() = default;
    virtual std::optional<Money> find(const PriceQuery &query) const = 0;
    /// The date the prices were taken ("2026-01-19"), or empty when unknown.
    virtual QString snapshotDate() const = 0;
    /// For a price find() returns that is an estimate or derived, how it was obtained (rule,
    /// source, date; price and value left for the caller); nullopt for exact published prices.
    virtual std::optional<PriceNote> note(const PriceQuery &query) const
    {
        Q_UNUSED(query);
        return std::nullopt;
    }

    /// The publication date of the price find() returns for \a query; invalid when the source
    /// does not know it (or has no such price).
    virtual QDate priceDate(const PriceQuery &query) const
    {
        Q_UNUSED(query);
        return {};
    }
    /// The RI normalization factor the source knows for \a instanceType (the offer file's
    /// normalizationSizeFactor), or nullopt. Not a price: never estimated.
    virtual std::optional<Money> normalizationFactor(const QString &instanceType) const
    {
        Q_UNUSED(instanceType);
        return std::nullopt;
    }

    /// The name a user would give the missing price, as a scenario `prices` path, e.g.
    /// `prices.reserved."standard/1yr/all-upfront".upfront`.
    static QString describe(const PriceQuery &query);
};

/// Looks in \a front first and falls back to \a back (e.g. scenario overrides over a catalog).
///
/// Contract: both sources must outlive this object; the snapshot date is front's when it has one.
class LayeredPriceSource : public PriceSource
{
public:
    LayeredPriceSource(const PriceSource &front, const PriceSource &back);
    std::optional<Money> find(const PriceQuery &query) const override;
    QString snapshotDate() const override;
    std::optional<PriceNote> note(const PriceQuery &query) const override;
    QDate priceDate(const PriceQuery &query) const override;
    std::optional<Money> normalizationFactor(const QString &instanceType) const override;

private:
    const PriceSource &m_front;
    const PriceSource &m_back;
};

/// The prices written in a scenario: a global block plus optional per-instance-type blocks (from
/// a workload's own `prices`).
///
/// Contract: a per-type entry wins over the global one; one type may have a block per platform
/// (two workloads of one type on two platforms, each with its own prices): the block of the
/// query's platform wins, then a block of a platform billed the same (billingPlatform(): a Linux
/// block serves Ubuntu), then the global block, which serves every platform; everything else is
/// a miss. Every price is dated by the
/// scenario's `prices.snapshot` when it gives one.
class ScenarioPrices : public PriceSource
{
public:
    /// One `prices` block: commitment prices by offer, EBS rates by volume type.
    struct Block
    {
        std::optional<Money> onDemandHourly;
        std::map<Offer, Money> reservedUpfront;
        std::map<Offer, Money> reservedHourly;
        std::map<Offer, Money> savingsPlanHourly;
        std::optional<Money> dedicatedHostHourly;
        std::map<Offer, Money> dedicatedHostReservedUpfront; ///< keyed by Standard/term/payment
        std::map<Offer, Money> dedicatedHostReservedHourly;
        std::optional<Money> dedicatedInstanceHourly;
        QHash<QString, Money> ebsGbMonth;
        std::optional<Money> publicIpv4Hourly;
        std::optional<Money> dataTransferOutGb;
        std::optional<Money> spotSavingsPercent;
    };

    /// A workload's own block: the type and the platform it runs.
    struct TypeBlock
    {
        QString instanceType;
        Platform platform = Platform::Linux;
        Block block;
    };

    Block global;
    std::vector<TypeBlock> perInstanceType; ///< in the order the workloads give them
    QString snapshot;

    std::optional<Money> find(const PriceQuery &query) const override;
    QString snapshotDate() const override { return snapshot; }
    QDate priceDate(const PriceQuery &query) const override;
    /// The block of \a instanceType on \a platform, or nullptr.
    const Block *typeBlock(const QString &instanceType, Platform platform) const;

private:
    static std::optional<Money> findIn(const Block &block, const PriceQuery &query);
};

} // namespace ec2lab
