#pragma once

#include "money.h"

#include <QString>
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

/// The instance types of the legacy Free Tier's 750 hours.
inline bool isLegacyFreeTierType(const QString &type)
{
    return type == u"t2.micro" || type == u"t3.micro";
}

} // namespace ec2lab::costmath
