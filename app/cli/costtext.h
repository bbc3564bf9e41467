#pragma once

#include "cost/costtypes.h"
#include "cost/pricequery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace ec2lab {

/// The words of the cost model's values: option names, "show calculation" lines and assumption
/// notes. The one formatter of them, for the command line and the GUI alike.
///
/// Contract: every text goes through tr() in the context "CostText". Without a translator (the
/// command line never installs one) that is the source English, which `ec2lab cost` prints and
/// `--json` writes byte for byte; the GUI installs its translator, so the same calls give the
/// interface language (app/translations/*.ts, refreshed by the update_translations target, which
/// scans this file). Numbers keep the model's formatting (Money::toString / toPlainString) in
/// every language. A user's own option label (the scenario file's "label") is returned as given.
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)

public:
    /// The option's name: the user's label, or words for its kind and parameters
    /// ("Standard RI 1yr all-upfront x2", "Compute Savings Plan 3yr no-upfront").
    static QString optionName(const OptionSpec &option);
    /// The name of the option \a result was computed for (its label when it has one).
    static QString optionName(const OptionResult &result);
    /// One calculation line in words.
    static QString line(const CalcLine &line);
    static QStringList lines(const CalcLines &lines);
    /// One assumption note in words.
    static QString assumption(const AssumptionNote &note);
    static QStringList assumptions(const std::vector<AssumptionNote> &notes);
    /// One of an option's warnings in words.
    static QString warning(const CostWarning &warning);
    /// Which price \a query is, in words ("m5.large Standard RI standard/1yr/all-upfront, upfront
    /// fee"): for the GUI's notes, where the command line prints PriceSource::describe().
    static QString priceName(const PriceQuery &query);
    /// An offer in words, as option names spell it ("Standard RI 3yr all-upfront", "Compute
    /// Savings Plan 1yr no-upfront").
    static QString offerName(const Offer &offer);
};

} // namespace ec2lab
