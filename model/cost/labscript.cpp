#include "cost/labscript.h"

#include "cost/pricesource.h"

#include <QJsonArray>

namespace ec2lab {

ScriptPriceLookup LabScript::priceLookup(const PriceSource &prices)
{
    ScriptPriceLookup lookup;
    lookup.instancePricePerHour = [&prices](const InstanceSpec &spec) -> std::optional<Money> {
        if (spec.market != Market::OnDemand)
            return std::nullopt; // a Spot price must come from the script
        return prices.find(PriceQuery::onDemand(spec.region, spec.instanceType, spec.platform));
    };
    lookup.volumePricePerGbMonth = [&prices](const QString &type, const QString &region) {
        return prices.find(PriceQuery::ebs(region, type));
    };
    return lookup;
}

QJsonObject LabScript::withDefaults(QJsonObject lab)
{
    if (!lab.contains(QStringLiteral("instances")))
        lab.insert(QStringLiteral("instances"), QJsonArray());
    if (!lab.contains(QStringLiteral("events")))
        lab.insert(QStringLiteral("events"), QJsonArray());
    if (!lab.contains(QStringLiteral("until"))) {
        double last = 0;
        for (const QJsonValue &e : lab.value(QStringLiteral("events")).toArray())
            last = qMax(last, e.toObject().value(QStringLiteral("at")).toDouble());
        lab.insert(QStringLiteral("until"), last);
    }
    return lab;
}

InputError LabScript::inDocument(InputError error)
{
    error.location
        = error.location.isEmpty() ? QStringLiteral("lab") : QStringLiteral("lab.") + error.location;
    return error;
}

} // namespace ec2lab
