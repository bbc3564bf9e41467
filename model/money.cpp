#include "money.h"

#include <limits>

namespace ec2lab {

namespace {

constexpr std::int64_t kPow10[]
    = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000 };

// Rounds num / den to the nearest integer, halves away from zero. den > 0.
Int128 divRound(Int128 num, Int128 den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Int128 q = num / den;
    const Int128 r = num % den;
    const Int128 twice = (r < 0 ? -r : r) * 2;
    if (twice >= den)
        return num < 0 ? q - 1 : q + 1;
    return q;
}

std::int64_t clampTo64(Int128 v)
{
    if (v > std::numeric_limits<std::int64_t>::max())
        return std::numeric_limits<std::int64_t>::max();
    if (v < std::numeric_limits<std::int64_t>::min())
        return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(v);
}

} // namespace

std::optional<Money> Money::parse(QStringView text, QString *error, bool allowRounding)
{
    auto fail = [error](const char *why) -> std::optional<Money> {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    };
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    Int128 units = 0;
    int intDigits = 0;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
        units = units * 10 + (text[i].unicode() - u'0');
        if (units > std::numeric_limits<std::int64_t>::max() / kNanosPerUnit)
            return fail("too large");
        ++intDigits;
        ++i;
    }
    std::int64_t frac = 0;
    int fracDigits = 0;
    bool roundUp = false;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        bool firstExtra = true;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            const int d = text[i].unicode() - u'0';
            if (fracDigits < 9) {
                frac = frac * 10 + d;
                ++fracDigits;
            } else {
                if (d != 0 && !allowRounding)
                    return fail("more than 9 decimals");
                if (firstExtra)
                    roundUp = d >= 5;
                firstExtra = false;
            }
            ++i;
        }
        if (fracDigits == 0) // "5." or "."
            return fail("not a decimal number");
    }
    if (intDigits == 0 && fracDigits == 0)
        return fail("not a decimal number");
    if (i != text.size())
        return fail("not a decimal number");
    Int128 nanos = units * kNanosPerUnit + frac * kPow10[9 - fracDigits] + (roundUp ? 1 : 0);
    if (nanos > std::numeric_limits<std::int64_t>::max())
        return fail("too large");
    return Money(static_cast<std::int64_t>(negative ? -nanos : nanos));
}

Money Money::mulDiv(std::int64_t numerator, std::int64_t denominator) const
{
    return Money(clampTo64(divRound(static_cast<Int128>(m_nanos) * numerator, denominator)));
}

Money Money::times(Money factor) const
{
    return Money(clampTo64(divRound(static_cast<Int128>(m_nanos) * factor.m_nanos, kNanosPerUnit)));
}

Money Money::dividedBy(Money other) const
{
    return Money(clampTo64(divRound(static_cast<Int128>(m_nanos) * kNanosPerUnit, other.m_nanos)));
}

Money Money::rounded(int decimals) const
{
    if (decimals >= 9)
        return *this;
    if (decimals < 0)
        decimals = 0;
    const std::int64_t step = kPow10[9 - decimals];
    return Money(clampTo64(divRound(m_nanos, step) * step));
}

QString Money::toString(int decimals) const
{
    if (decimals > 9)
        decimals = 9;
    if (decimals < 0)
        decimals = 0;
    const std::int64_t step = kPow10[9 - decimals];
    const Int128 scaled = divRound(m_nanos, step); // in units of 10^-decimals
    const bool negative = scaled < 0;
    const Int128 mag = negative ? -scaled : scaled;
    const Int128 whole = mag / kPow10[decimals];
    const Int128 frac = mag % kPow10[decimals];
    QString out;
    if (negative)
        out += u'-';
    out += QString::number(static_cast<qulonglong>(whole));
    if (decimals > 0) {
        out += u'.';
        out += QString::number(static_cast<qulonglong>(frac)).rightJustified(decimals, u'0');
    }
    return out;
}

QString Money::toPlainString(int minDecimals) const
{
    QString s = toString(9);
    const qsizetype dot = s.indexOf(u'.');
    qsizetype end = s.size();
    while (end > dot + 1 + minDecimals && s[end - 1] == u'0')
        --end;
    if (end == dot + 1)
        --end; // drop the dot itself
    s.truncate(end);
    return s;
}

} // namespace ec2lab
