#pragma once

#include "cost/pricenote.h"
#include "money.h"
#include "offer.h"

#include <QHash>
#include <QString>
#include <map>
#include <optional>

namespace ec2lab {

/// Which price a PriceQuery asks for.
enum class PriceItem {
    OnDemandHourly, ///< per instance-hour, by instance type
    ReservedUpfront, ///< per RI of the query's (Reserved) offer
    ReservedHourly, ///< per RI-hour of the query's (Reserved) offer
    SavingsPlanHourly, ///< plan rate per instance-hour of the query's (Savings Plan) offer
    DedicatedHostHourly, ///< per host-hour, instanceType holds the family ("m5")
    DedicatedInstanceHourly, ///< per instance-hour with dedicated tenancy
    EbsGbMonth, ///< per GB-month of the query's volume type
    PublicIpv4Hourly, ///< per address-hour
    DataTransferOutGb, ///< per GB out to the internet
    SpotSavingsPercent, ///< Spot Advisor style savings % vs On-Demand
};

/// One price to look up, in the model's own vocabulary (no string keys between cost and catalog).
///
/// Contract: a plain value; \a offer is meaningful for the Reserved and Savings Plan items only,
/// \a volumeType for EbsGbMonth only.
struct PriceQuery
{
    PriceItem item = PriceItem::OnDemandHourly;
    QString region;
    QString instanceType; ///< or the family for DedicatedHostHourly
    Platform platform = Platform::Linux;
    Offer offer; ///< ReservedUpfront, ReservedHourly, SavingsPlanHourly
    QString volumeType; ///< EbsGbMonth: "gp3", "gp2", ...

    static PriceQuery onDemand(const QString &region, const QString &instanceType, Platform platform)
    {
        return PriceQuery { PriceItem::OnDemandHourly, region, instanceType, platform, {}, {} };
    }
    static PriceQuery ebs(const QString &region, const QString &volumeType)
    {
        return PriceQuery { PriceItem::EbsGbMonth, region, {}, Platform::Linux, {}, volumeType };
    }
};

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

private:
    const PriceSource &m_front;
    const PriceSource &m_back;
};

/// The prices written in a scenario: a global block plus optional per-instance-type blocks (from
/// a workload's own `prices`).
///
/// Contract: a per-type entry wins over the global one; everything else is a miss.
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
        std::optional<Money> dedicatedInstanceHourly;
        QHash<QString, Money> ebsGbMonth;
        std::optional<Money> publicIpv4Hourly;
        std::optional<Money> dataTransferOutGb;
        std::optional<Money> spotSavingsPercent;
    };

    Block global;
    QHash<QString, Block> perInstanceType;
    QString snapshot;

    std::optional<Money> find(const PriceQuery &query) const override;
    QString snapshotDate() const override { return snapshot; }

private:
    static std::optional<Money> findIn(const Block &block, const PriceQuery &query);
};

} // namespace ec2lab
