#pragma once

#include "cost/pricequery.h"
#include "money.h"

#include <QDate>
#include <QString>

namespace ec2lab {

/// A price an option used that is not an exact published figure: an estimate ec2lab computed
/// (with its rule) or a figure derived from a published one (an All Upfront fee recovered from an
/// effective rate).
struct PriceNote
{
    QString price; ///< what it prices: PriceSource::describe() of the query
    Money value;
    bool estimate = false; ///< true: computed by a rule; false: derived from a published figure
    QString rule;
    QString source;
    QDate date;

    bool operator==(const PriceNote &) const = default;
};

/// A price a comparison used with its publication date (for the "prices from ... to ..." range).
struct DatedPrice
{
    QString price; ///< PriceSource::describe() of the query (the command line's words)
    QDate date;
    PriceQuery query; ///< the price itself, for the app to word in its language

    bool operator==(const DatedPrice &) const = default;
};

} // namespace ec2lab
