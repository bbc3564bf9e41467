#pragma once

#include "cost/costengine.h"
#include "cost/scenarioreader.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

// Small scenarios for the cost tests: the model's (tst_costengine, values) and the app's
// (tst_costtext, the same scenarios in words). Prices are the scenario's own figures.

namespace ec2lab::costtesting {

inline const QByteArray kPrices = R"("prices": {"snapshot": "2026-01-19", "on_demand_per_hour": "0.096",
  "reserved": {"standard/1yr/all-upfront": {"upfront": "494", "hourly": "0"},
               "standard/1yr/partial-upfront": {"upfront": "252", "hourly": "0.029"},
               "standard/1yr/no-upfront": {"hourly": "0.060"}},
  "savings_plan_per_hour": {"compute/1yr/no-upfront": "0.068", "ec2-instance/1yr/no-upfront": "0.060"},
  "dedicated_host_per_hour": "5.069", "dedicated_instance_per_hour": "0.1056",
  "ebs_per_gb_month": {"gp3": "0.08", "gp2": "0.10"}, "public_ipv4_per_hour": "0.005",
  "data_transfer_out_per_gb": "0.09"})";

inline QByteArray m5Workload(
    const QByteArray &extra = {}, const QByteArray &usage = R"({"kind": "always-on"})")
{
    return R"({"name": "web", "instance_type": "m5.large", "usage": )" + usage + extra + "}";
}

inline Scenario scenarioFrom(const QByteArray &workloads, const QByteArray &options, int months,
    const QByteArray &head = {}, const QByteArray &prices = kPrices)
{
    const QByteArray json = R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": )"
        + QByteArray::number(months) + ", " + head + R"("workloads": [)" + workloads + R"(], "options": [)"
        + options + "], " + prices + "}";
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s\n%s", qPrintable(err.errorString()), json.constData());
    return ScenarioReader::fromJson(doc.object(), QStringLiteral("test.json"));
}

inline CostReport runScenario(const Scenario &s)
{
    const ScenarioPrices prices = s.prices;
    const CostEngine engine(s, prices);
    return engine.run();
}

inline const OptionResult &option(const CostReport &r, const QString &id)
{
    for (const OptionResult &o : r.options)
        if (o.id == id)
            return o;
    qFatal("no option %s", qPrintable(id));
}

// Host prices of the bundled snapshot (infracost's golden file, us-east-1): c5 On-Demand 3.366 and
// m5 reserved No Upfront 1yr 3.193, 3yr 2.19 per host-hour; 5.069 is the m5 On-Demand host price
// the other tests use. The All Upfront fee 20000 is a scenario's own figure, not an AWS price.
inline const QByteArray kHostPrices = R"("prices": {"on_demand_per_hour": "0.096",
  "dedicated_host_per_hour": "5.069",
  "dedicated_host_reserved": {"1yr/no-upfront": {"hourly": "3.193"}, "3yr/no-upfront": {"hourly": "2.19"},
                              "1yr/all-upfront": {"upfront": "20000"}}})";

} // namespace ec2lab::costtesting
