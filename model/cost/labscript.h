#pragma once

#include "inputerror.h"
#include "lifecycle/lifecyclescript.h"

#include <QJsonObject>

namespace ec2lab {

class PriceSource;

/// The lifecycle script of a scenario document (its "lab" key) and the prices any lifecycle
/// script leaves out, handled one way by `ec2lab cost`, `ec2lab simulate` and the desktop lab.
///
/// Contract: pure functions of their arguments. priceLookup() answers with the published
/// On-Demand price of an On-Demand instance and the EBS rate of a volume type, never with an
/// estimate, and never prices a Spot instance (pricing.md section 2: Spot is billed at the Spot
/// price in effect, which a script must give itself); the returned lookup refers to \a prices,
/// which must outlive it.
class LabScript
{
public:
    /// The lookup a lifecycle script reads missing prices from.
    static ScriptPriceLookup priceLookup(const PriceSource &prices);
    /// \a lab with what a lab script may leave out filled in: empty "instances" and "events",
    /// and "until" at the last event's time.
    static QJsonObject withDefaults(QJsonObject lab);
    /// \a error found inside the document's lab script, with its path made the document's
    /// ("events[2].at" becomes "lab.events[2].at"; an error of the whole script points at "lab").
    static InputError inDocument(InputError error);
};

} // namespace ec2lab
