#pragma once

#include "offer.h"

#include <QString>

namespace ec2lab {

/// Which price a PriceQuery asks for.
enum class PriceItem {
    OnDemandHourly, ///< per instance-hour, by instance type
    ReservedUpfront, ///< per RI of the query's (Reserved) offer
    ReservedHourly, ///< per RI-hour of the query's (Reserved) offer
    SavingsPlanHourly, ///< plan rate per instance-hour of the query's (Savings Plan) offer
    DedicatedHostHourly, ///< per host-hour, instanceType holds the family ("m5")
    DedicatedHostReservedUpfront, ///< per host reservation of the query's (Reserved) offer, by family
    DedicatedHostReservedHourly, ///< per reserved host-hour of the query's (Reserved) offer, by family
    DedicatedInstanceHourly, ///< per instance-hour with dedicated tenancy
    EbsGbMonth, ///< per GB-month of the query's volume type
    PublicIpv4Hourly, ///< per address-hour
    DataTransferOutGb, ///< per GB out to the internet
    SpotSavingsPercent, ///< Spot Advisor style savings % vs On-Demand
    /// A published Spot price per instance-hour: the catalog answers it only where its one Spot
    /// rule (PriceCatalog::spotQuote()) chooses the price history, and then not SpotSavingsPercent.
    SpotHourly,
};

/// One price to look up, in the model's own vocabulary (no string keys between cost and catalog).
///
/// Contract: a plain value; \a offer is meaningful for the Reserved, Savings Plan and host
/// reservation items only (a host reservation's offer is Reserved with class Standard: hosts have
/// no offering class),
/// \a volumeType for EbsGbMonth only.
struct PriceQuery
{
    PriceItem item = PriceItem::OnDemandHourly;
    QString region;
    QString instanceType; ///< or the family for the DedicatedHost* items
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
    bool operator==(const PriceQuery &) const = default;
};

} // namespace ec2lab
