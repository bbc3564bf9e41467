#include "cost/datatransfer.h"

#include "cost/costmath.h"

#include <algorithm>

namespace ec2lab {

namespace {

Money usd(const char16_t *decimal)
{
    return *Money::parse(QStringView(decimal));
}

} // namespace

std::optional<std::vector<DataTransferOut::Tier>> DataTransferOut::awsInternetTiers(const QString &region)
{
    // [AWS] EC2 On-Demand pricing page, "Data Transfer OUT From Amazon EC2 To Internet", the same
    // in every US Region: first 10 TB / month 0.09, next 40 TB 0.085, next 100 TB 0.07, over
    // 150 TB 0.05 USD per GB; the Price List writes the bounds in GB (10240, 51200, 153600).
    static const QStringList us { QStringLiteral("us-east-1"), QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"), QStringLiteral("us-west-2") };
    if (!us.contains(region))
        return std::nullopt;
    return std::vector<Tier> {
        { Money::fromUnits(10240), usd(u"0.09") },
        { Money::fromUnits(51200), usd(u"0.085") },
        { Money::fromUnits(153600), usd(u"0.07") },
        { std::nullopt, usd(u"0.05") },
    };
}

std::vector<DataTransferOut::Tier> DataTransferOut::flat(Money perGb)
{
    return { { std::nullopt, perGb } };
}

Money DataTransferOut::freeGbPerMonth(QDate monthStart)
{
    // [AWS] "AWS Free Tier Data Transfer Expansion" (announced 2021-11-24, effective 2021-12-01):
    // 100 GB a month to the internet free, aggregated across Regions, up from 1 GB per Region.
    return monthStart >= QDate(2021, 12, 1) ? Money::fromUnits(100) : Money::fromUnits(1);
}

std::vector<DataTransferOut::Piece> DataTransferOut::charge(
    Money gb, Money freeGb, const std::vector<Tier> &tiers)
{
    std::vector<Piece> pieces;
    if (gb <= Money())
        return pieces;
    const Money free = std::min(gb, freeGb);
    if (free > Money())
        pieces.push_back(Piece { free, Money(), Money(), true });
    Money done = free; // GB of the month already placed (free ones count toward the tiers)
    for (const Tier &t : tiers) {
        if (done >= gb)
            break;
        const Money upTo = t.upToGb ? std::min(*t.upToGb, gb) : gb;
        if (upTo <= done)
            continue;
        const Money inTier = upTo - done;
        // Money::times saturates; an amount beyond the exact range throws AmountTooLarge.
        const Money amount = costmath::checkedMoney(t.perGb.times(inTier).nanos());
        pieces.push_back(Piece { inTier, t.perGb, amount, false });
        done = upTo;
    }
    return pieces;
}

Money DataTransferOut::total(const std::vector<Piece> &pieces)
{
    costmath::Wide sum = 0;
    for (const Piece &p : pieces)
        sum += p.amount.nanos();
    return costmath::checkedMoney(sum);
}

} // namespace ec2lab
