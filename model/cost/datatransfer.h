#pragma once

#include "money.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace ec2lab {

/// What AWS charges in a month for data transferred out of EC2 to the internet.
///
/// Contract (pricing.md section 2, "Other cost lines"): the account's free allowance comes first
/// (100 GB a month aggregated over every Region and service from 2021-12-01, 1 GB a month before),
/// then the GB are billed by volume tier. The tier bounds count the month's GB from the first one,
/// free ones included, as AWS's Price List ranges do ("0-10240 GB", ...). A tier list always ends
/// with an unbounded tier. Amounts are exact (Money), each piece rounded once to the nano-dollar;
/// an amount beyond the range Money holds exactly throws costmath::AmountTooLarge (the engine turns
/// it into its "costs exceed" InputError).
class DataTransferOut
{
public:
    /// One volume tier: \a perGb for the GB up to \a upToGb (cumulative in the month), or for
    /// every GB beyond the previous bound when \a upToGb is empty (the last tier).
    struct Tier
    {
        std::optional<Money> upToGb;
        Money perGb;
    };
    /// One line of a month's charge: \a gb at \a perGb (0 for the free allowance) = \a amount.
    struct Piece
    {
        Money gb;
        Money perGb;
        Money amount;
        bool free = false;
    };

    /// AWS's published internet data-transfer-out tiers of \a region, for the Regions ec2lab knows
    /// (the US Regions: 0.09 / 0.085 / 0.07 / 0.05 USD per GB over 10 / 40 / 100 TB / beyond);
    /// nullopt elsewhere (the scenario must then give `prices.data_transfer_out_per_gb`).
    static std::optional<std::vector<Tier>> awsInternetTiers(const QString &region);
    /// One rate for every GB beyond the free allowance (a rate the scenario gives).
    static std::vector<Tier> flat(Money perGb);
    /// The free GB of a month that starts on \a monthStart: 100 from 2021-12-01, 1 before.
    static Money freeGbPerMonth(QDate monthStart);
    /// The pieces of one month's charge for \a gb GB (free allowance first, then the tiers); empty
    /// for 0 GB. The amounts sum to the month's charge.
    static std::vector<Piece> charge(Money gb, Money freeGb, const std::vector<Tier> &tiers);
    static Money total(const std::vector<Piece> &pieces);
};

} // namespace ec2lab
