#pragma once

#include "money.h"
#include "offer.h"

#include <QString>
#include <QStringList>
#include <cstdint>

// Exact money arithmetic shared by the cost engine and its option evaluators (internal to
// model/cost): 128-bit accumulators of nano-USD x seconds, rounded once, with a range check.

namespace ec2lab::costmath {

// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit integer.
__extension__ typedef Int128 Wide;

constexpr std::int64_t kHourSeconds = 3600;

/// Thrown when an amount would leave the range Money holds exactly; run() turns it into an
/// InputError.
struct AmountTooLarge
{
};

// Amounts stay below 2^60 nano-USD (about 1.15 billion USD) each so that the sums of a few
// lines and months cannot overflow the 64-bit Money.
constexpr Wide kAmountLimit = Wide(1) << 60;

inline Money checkedMoney(Wide nanos)
{
    if (nanos > kAmountLimit || nanos < -kAmountLimit)
        throw AmountTooLarge {};
    return Money::fromNanos(static_cast<std::int64_t>(nanos));
}

// price x n with the range check (fees x hours, host rates x hours).
inline Money times(Money price, std::int64_t n)
{
    return checkedMoney(static_cast<Wide>(price.nanos()) * n);
}

// acc / den rounded to the nearest nano-dollar, halves away from zero.
inline Money roundDiv(Wide acc, Wide den)
{
    const Wide q = acc / den;
    const Wide r = acc % den;
    Wide rounded = q;
    if ((r < 0 ? -r : r) * 2 >= den)
        rounded += acc < 0 ? -1 : 1;
    return checkedMoney(rounded);
}

// Hourly amounts are summed as (nano-USD per hour) x seconds and rounded once per month.
inline Money fromNanoSeconds(Wide acc)
{
    return roundDiv(acc, kHourSeconds);
}

/// The micro type of the legacy Free Tier's 750 hours in \a region [AWS]: t2.micro, or t3.micro in
/// the Regions that have no t2.micro. The Regions with t2.micro are those of AWS's price list
/// (ec2instances.info data, 2024-04); [CHOICE] a Region not in that list (one opened later) is
/// taken to have no t2.micro, as every Region opened since 2019 has none.
inline QString legacyFreeTierType(const QString &region)
{
    static const QStringList withT2 { QStringLiteral("us-east-1"), QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"), QStringLiteral("us-west-2"), QStringLiteral("ca-central-1"),
        QStringLiteral("sa-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"), QStringLiteral("eu-central-1"), QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"), QStringLiteral("ap-south-1"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"), QStringLiteral("us-gov-west-1") };
    return withT2.contains(region) ? QStringLiteral("t2.micro") : QStringLiteral("t3.micro");
}

/// The legacy Free Tier's two 750-hour pools [AWS]: Linux, RHEL and SLES micro instances share
/// one, Windows micro instances have their own; other platforms are not covered.
enum class FreeTierPool { None, Linux, Windows };

inline FreeTierPool legacyFreeTierPool(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
    case Platform::Ubuntu:
    case Platform::Rhel:
    case Platform::Suse:
        return FreeTierPool::Linux;
    case Platform::Windows:
        return FreeTierPool::Windows;
    default:
        return FreeTierPool::None;
    }
}

/// The instance types an account on the 2025 Free plan may launch [AWS, EC2 User Guide "Free
/// Tier eligible instance types", accounts created from 2025-07-15].
inline bool isFreePlanType(const QString &type)
{
    static const QStringList allowed { QStringLiteral("t3.micro"), QStringLiteral("t3.small"),
        QStringLiteral("t4g.micro"), QStringLiteral("t4g.small"), QStringLiteral("c7i-flex.large"),
        QStringLiteral("m7i-flex.large") };
    return allowed.contains(type);
}

} // namespace ec2lab::costmath
