#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

namespace ec2lab {

/// 128-bit integer for exact intermediate products (price x seconds). A GCC/Clang extension;
/// __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

/// An exact amount of US dollars held as a signed integer count of nano-dollars (1e-9 USD).
///
/// Contract: arithmetic is exact integer arithmetic; prices are parsed straight from their decimal
/// strings (never through a binary float); the only rounding happens in mulDiv() (to the nearest
/// nano-dollar, halves away from zero) and when formatting for display. The same type also holds
/// other exact decimal quantities with nine decimals (rates, percentages, GiB) where that is handy.
class Money
{
public:
    static constexpr std::int64_t kNanosPerUnit = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromNanos(std::int64_t nanos) { return Money(nanos); }
    static constexpr Money fromUnits(std::int64_t units) { return Money(units * kNanosPerUnit); }

    /// Parses "0.0960000000", "494", "-1.5", "+2", ".5" exactly. Digits beyond the ninth decimal
    /// must be zeros unless \a allowRounding is set (then the value is rounded half away from
    /// zero). No exponents, no thousands separators, no surrounding spaces. On failure returns
    /// nullopt and, if \a error is given, a short reason ("not a decimal number", "too large").
    static std::optional<Money> parse(QStringView text, QString *error = nullptr, bool allowRounding = false);

    constexpr std::int64_t nanos() const { return m_nanos; }
    constexpr bool isZero() const { return m_nanos == 0; }
    constexpr bool isNegative() const { return m_nanos < 0; }

    constexpr Money operator+(Money o) const { return Money(m_nanos + o.m_nanos); }
    constexpr Money operator-(Money o) const { return Money(m_nanos - o.m_nanos); }
    constexpr Money operator-() const { return Money(-m_nanos); }
    constexpr Money &operator+=(Money o)
    {
        m_nanos += o.m_nanos;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_nanos -= o.m_nanos;
        return *this;
    }
    constexpr Money operator*(std::int64_t n) const { return Money(m_nanos * n); }
    constexpr auto operator<=>(const Money &) const = default;

    /// this * numerator / denominator, computed in 128 bits and rounded to the nearest nano-dollar
    /// (halves away from zero). Used for per-second proration: price.mulDiv(seconds, 3600).
    Money mulDiv(std::int64_t numerator, std::int64_t denominator) const;
    /// this * factor, where factor is itself a nine-decimal quantity (e.g. a rate times hours).
    Money times(Money factor) const;
    /// this / other as a nine-decimal quantity (rounded), e.g. a ratio of two costs. other != 0.
    Money dividedBy(Money other) const;

    /// Rounded to \a decimals (0..9) places, halves away from zero.
    Money rounded(int decimals) const;
    /// Fixed number of decimals, rounded halves away from zero: toString(2) -> "2522.88".
    QString toString(int decimals) const;
    /// All significant decimals, no trailing zeros, at least \a minDecimals: "0.096", "494".
    QString toPlainString(int minDecimals = 0) const;

private:
    constexpr explicit Money(std::int64_t nanos)
        : m_nanos(nanos)
    {
    }
    std::int64_t m_nanos = 0;
};

} // namespace ec2lab
