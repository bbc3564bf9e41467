#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "inputerror.h"

#include <QJsonDocument>
#include <QTest>

using namespace ec2lab;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s\n%s", qPrintable(err.errorString()), json.constData());
    return doc.object();
}

// A valid scenario with one replaceable piece: %W workload extra, %O options, %P prices, %H head.
QByteArray scenario(const QByteArray &workloadExtra = {},
    const QByteArray &options = R"([{"id": "od", "kind": "on-demand"}])",
    const QByteArray &prices = R"({"on_demand_per_hour": "0.096"})", const QByteArray &head = {})
{
    return R"({"region": "us-east-1", "start": "2026-01-01", )" + head
        + R"("workloads": [{"name": "web", "instance_type": "m5.large", "usage": {"kind": "always-on"})"
        + workloadExtra + R"(}], "options": )" + options + R"(, "prices": )" + prices + "}";
}

} // namespace

/// The scenario reader accepts the issue's format and rejects every mistake with the file and the
/// JSON path; the engine names a missing price.
class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void readsIssueExample();
    void defaults();
    void weeklyShortcuts();
    void rejected_data();
    void rejected();
    void missingPriceNamesThePrice_data();
    void missingPriceNamesThePrice();
    void applicableOptionsWithoutList();
};

void TestScenario::readsIssueExample()
{
    const QByteArray json
        = R"({ "region": "us-east-1", "start": "2026-01-01", "horizon_months": 36, "calendar_months": false,
  "workloads": [ { "name": "web", "instance_type": "m5.large", "platform": "linux", "tenancy": "shared",
      "count": 1, "usage": {"kind": "always-on"},
      "ebs": [ {"type": "gp3", "size_gb": 30} ], "public_ipv4": 1 } ],
  "options": [ {"id": "od", "kind": "on-demand"},
               {"id": "ri", "kind": "reserved", "class": "standard", "term": "1yr", "payment": "all-upfront", "count": 1},
               {"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.05"},
               {"id": "spot", "kind": "spot", "savings_percent": "66", "interruptions_per_month": "2"},
               {"id": "dh", "kind": "dedicated-host", "family": "m5"},
               {"id": "ft", "kind": "free-tier", "plan": "legacy"} ],
  "prices": { "on_demand_per_hour": "0.096",
              "reserved": { "standard/1yr/all-upfront": {"upfront": "494", "hourly": "0"} },
              "savings_plan_per_hour": { "compute/1yr/no-upfront": "0.068" },
              "dedicated_host_per_hour": "5.069", "ebs_per_gb_month": {"gp3": "0.08"},
              "public_ipv4_per_hour": "0.005" } })";
    const Scenario s = ScenarioReader::fromJson(parse(json), QStringLiteral("issue.json"));
    QCOMPARE(s.horizonMonths, 36);
    QCOMPARE(s.workloads.size(), std::size_t(1));
    QCOMPARE(s.workloads[0].ebs[0].sizeGb, 30);
    QCOMPARE(s.workloads[0].publicIpv4, 1);
    QCOMPARE(s.options.size(), std::size_t(6));
    QCOMPARE(s.options[1].reserved[0].payment, PurchaseOption::AllUpfront);
    QCOMPARE(s.options[2].savingsPlans[0].commitmentPerHour->toPlainString(), QStringLiteral("0.05"));
    QCOMPARE(s.options[3].spot.savingsPercent->toPlainString(), QStringLiteral("66"));
    QCOMPARE(
        s.prices.global.reservedUpfront.at(*offerFromKey(OfferKind::Reserved, u"standard/1yr/all-upfront"))
            .toPlainString(),
        QStringLiteral("494"));

    const ScenarioPrices prices = s.prices;
    const CostReport r = CostEngine(s, prices).run();
    QCOMPARE(r.options.size(), std::size_t(6));
    // OD: 70.08 compute + 2.40 EBS + 3.65 IPv4 = 76.13 a month
    QCOMPARE(r.options[0].monthly.toString(2), QStringLiteral("76.13"));
    QCOMPARE(r.options[0].total.toString(2), QStringLiteral("2740.68"));
}

void TestScenario::defaults()
{
    const Scenario s = ScenarioReader::fromJson(
        parse(R"({"workloads": [{"instance_type": "m5.large"}], "options": [{"kind": "on-demand"}]})"),
        QStringLiteral("d.json"));
    QCOMPARE(s.region, QStringLiteral("us-east-1"));
    QCOMPARE(s.horizonMonths, 36);
    QCOMPARE(s.calendarMonths, false);
    QCOMPARE(s.workloads[0].count, 1);
    QCOMPARE(platformName(s.workloads[0].platform), QStringLiteral("linux"));
    QCOMPARE(s.workloads[0].usage.kind, UsageKind::AlwaysOn);
    QCOMPARE(s.options[0].id, QStringLiteral("option1"));
}

void TestScenario::weeklyShortcuts()
{
    const Scenario s = ScenarioReader::fromJson(
        parse(scenario({}).replace(R"({"kind": "always-on"})",
            R"({"kind": "weekly", "hours": {"weekdays": [[9, 18]], "sat": [[10, 12], [14, 16]]}})")),
        QStringLiteral("w.json"));
    const WeekHours &h = s.workloads[0].usage.hours;
    QCOMPARE(h[0].size(), std::size_t(1));
    QCOMPARE(h[4].front(), std::make_pair(9, 18));
    QCOMPARE(h[5].size(), std::size_t(2));
    QVERIFY(h[6].empty());
}

void TestScenario::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the whole error line

    QTest::newRow("horizon beyond 10 years") << scenario({}, R"([{"kind": "on-demand"}])", R"({})",
        R"("horizon_months": 121, )") << "s.json: horizon_months: 121 is out of range (1 to 120)";
    QTest::newRow("count beyond 100,000") << scenario(
        R"(, "count": 100001)") << "s.json: workloads[0].count: 100001 is out of range (1 to 100000)";
    QTest::newRow("unknown top-level key")
        << scenario({}).replace(R"("region")", R"("regoin")") << "s.json: regoin: unknown field";
    QTest::newRow("unknown workload key")
        << scenario(R"(, "cuont": 2)") << "s.json: workloads[0].cuont: unknown field";
    QTest::newRow("unknown option kind")
        << scenario({}, R"([{"id": "x", "kind": "reservd"}])")
        << "s.json: options[0].kind: unknown value \"reservd\" (expected on-demand, reserved, "
           "savings-plan, spot, dedicated-host, dedicated-instance, free-tier, portfolio)";
    QTest::newRow("unknown option key") << scenario({}, R"([{"id": "x", "kind": "on-demand", "count": 1}])")
                                        << "s.json: options[0].count: unknown field";
    // Names are shown in tables and terminals: an ESC (terminal colours), a newline or a tab in
    // one is refused, shown escaped.
    QTest::newRow("ESC in an option id")
        << scenario({}, R"([{"id": "od\u001b[31m", "kind": "on-demand"}])")
        << "s.json: options[0].id: control character \"\\x1b\" not allowed in a name";
    QTest::newRow("newline in a label")
        << scenario({}, R"([{"id": "od", "kind": "on-demand", "label": "On\nDemand"}])")
        << "s.json: options[0].label: control character \"\\n\" not allowed in a name";
    QTest::newRow("an instance type with an ESC inside")
        << scenario({}).replace(R"("m5.large")", R"("m5\u001b[31m.large")")
        << "s.json: workloads[0].instance_type: \"m5\\x1b[31m.large\" is not an instance type (such as "
           "\"m5.large\")";
    QTest::newRow("an instance type without a size")
        << scenario({}).replace(R"("m5.large")", R"("m5")")
        << "s.json: workloads[0].instance_type: \"m5\" is not an instance type (such as \"m5.large\")";
    QTest::newRow("tab in a workload name")
        << scenario({}).replace(R"("name": "web")", R"("name": "web\tapp")")
        << "s.json: workloads[0].name: control character \"\\t\" not allowed in a name";
    QTest::newRow("a label that is not text")
        << scenario({}, R"([{"id": "od", "kind": "on-demand", "label": 7}])")
        << "s.json: options[0].label: expected a string, found a number";
    QTest::newRow("bad RI term") << scenario(
        {}, R"([{"kind": "reserved", "term": "2yr", "payment": "no-upfront"}])")
                                 << "s.json: options[0].term: unknown value \"2yr\" (expected 1yr, 3yr)";
    QTest::newRow("hour range backwards")
        << scenario({}).replace(
               R"({"kind": "always-on"})", R"({"kind": "weekly", "hours": {"mon": [[18, 9]]}})")
        << "s.json: workloads[0].usage.hours.mon[0]: the range [18, 9] ends before it starts";
    QTest::newRow("hour beyond 24")
        << scenario({}).replace(
               R"({"kind": "always-on"})", R"({"kind": "weekly", "hours": {"mon": [[9, 25]]}})")
        << "s.json: workloads[0].usage.hours.mon[0][1]: 25 is out of range (1 to 24)";
    QTest::newRow("unknown weekday") << scenario({}).replace(
        R"({"kind": "always-on"})", R"({"kind": "weekly", "hours": {"mnd": [[9, 17]]}})")
                                     << "s.json: workloads[0].usage.hours.mnd: unknown field";
    QTest::newRow("utilization over 100")
        << scenario({}).replace(R"({"kind": "always-on"})", R"({"kind": "utilization", "percent": "140"})")
        << "s.json: workloads[0].usage.percent: must be a percentage from 0 to 100";
    QTest::newRow("corrupt price")
        << scenario({}, R"([{"kind": "on-demand"}])", R"({"on_demand_per_hour": "v000000"})")
        << "s.json: prices.on_demand_per_hour: \"v000000\" is not a valid decimal (not a decimal number)";
    QTest::newRow("negative price") << scenario(
        {}, R"([{"kind": "on-demand"}])", R"({"on_demand_per_hour": "-1"})")
                                    << "s.json: prices.on_demand_per_hour: must not be negative";
    QTest::newRow("unknown RI offer key") << scenario(
        {}, R"([{"kind": "on-demand"}])", R"({"reserved": {"standard/1year/all-upfront": {"upfront": "1"}}})")
                                          << "s.json: prices.reserved.standard/1year/all-upfront: unknown "
                                             "Reserved Instance offer \"standard/1year/all-upfront\" "
                                             "(expected CLASS/TERM/PAYMENT, e.g. standard/1yr/all-upfront)";
    QTest::newRow("duplicate option id") << scenario(
        {}, R"([{"id": "a", "kind": "on-demand"}, {"id": "a", "kind": "spot", "savings_percent": "50"}])")
                                         << "s.json: options[1].id: duplicate option id \"a\"";
    QTest::newRow("spot without a price")
        << scenario({}, R"([{"id": "s", "kind": "spot"}])")
        << "s.json: options[0]: a Spot option needs savings_percent, price_history or "
           "price_history_file";
    QTest::newRow("bad start date") << scenario(
        {}, R"([{"kind": "on-demand"}])", R"({})", R"("start": "2026-13-01", )")
                                           .replace(R"("start": "2026-01-01", )", "")
                                    << "s.json: start: \"2026-13-01\" is not a date (expected YYYY-MM-DD)";
    QTest::newRow("no workloads") << QByteArray(R"({"workloads": []})")
                                  << "s.json: workloads: at least one workload is needed";
    QTest::newRow("empty options list") << scenario({}, "[]")
                                        << "s.json: options: list at least one option, or leave "
                                           "\"options\" out to compare every applicable one";
    QTest::newRow("lifecycle workload with a count")
        << scenario(R"(, "count": 2)")
               .replace(R"({"kind": "always-on"})", R"({"kind": "lifecycle", "script": "x.json"})")
        << "s.json: workloads[0].count: a lifecycle workload takes its instances, volumes and addresses from "
           "the script";
    QTest::newRow("earned credits over 100")
        << scenario({}, R"([{"kind": "free-tier", "plan": "credits", "earned_credits": "150"}])")
        << "s.json: options[0].earned_credits: at most 100 USD can be earned";
    QTest::newRow("host payment without a term")
        << scenario({}, R"([{"kind": "dedicated-host", "payment": "no-upfront"}])")
        << "s.json: options[0].payment: a Dedicated Host reservation needs a \"term\" (1yr or 3yr)";
    QTest::newRow("host reservation term misspelled")
        << scenario({}, R"([{"kind": "dedicated-host", "term": "1year", "payment": "no-upfront"}])")
        << "s.json: options[0].term: unknown value \"1year\" (expected 1yr, 3yr)";
    QTest::newRow("host reservation price with an RI class")
        << scenario({}, R"([{"kind": "on-demand"}])",
               R"({"on_demand_per_hour": "0.096",
                   "dedicated_host_reserved": {"standard/1yr/no-upfront": {"hourly": "3.193"}}})")
        << "s.json: prices.dedicated_host_reserved.standard/1yr/no-upfront: unknown Dedicated Host "
           "reservation \"standard/1yr/no-upfront\" (expected TERM/PAYMENT, e.g. 1yr/no-upfront)";
}

void TestScenario::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        ScenarioReader::fromJson(parse(json), QStringLiteral("s.json"));
        QFAIL("accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.toString(), expected);
    }
}

void TestScenario::missingPriceNamesThePrice_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no on-demand price") << scenario({}, R"([{"id": "od", "kind": "on-demand"}])",
        "{}") << "s.json: workloads[0]: missing price prices.on_demand_per_hour for m5.large";
    QTest::newRow("no RI upfront") << scenario(
        {}, R"([{"id": "ri", "kind": "reserved", "term": "1yr", "payment": "all-upfront"}])")
                                   << "s.json: options[0]: missing price "
                                      "prices.reserved.\"standard/1yr/all-upfront\".upfront for m5.large";
    QTest::newRow("no savings plan rate") << scenario({},
        R"([{"id": "sp", "kind": "savings-plan", "type": "compute", "term": "3yr", "payment": "all-upfront",
                               "commitment_per_hour": "0.1"}])")
                                          << "s.json: options[0]: missing price "
                                             "prices.savings_plan_per_hour.\"compute/3yr/all-upfront\" for "
                                             "m5.large";
    QTest::newRow("no EBS price") << scenario(R"(, "ebs": [{"type": "io2", "size_gb": 10}])")
                                  << "s.json: workloads[0].ebs[0]: missing price prices.ebs_per_gb_month.io2";
    QTest::newRow("no IPv4 price") << scenario(R"(, "public_ipv4": 1)")
                                   << "s.json: workloads: missing price prices.public_ipv4_per_hour";
    QTest::newRow("costs beyond the exact range")
        << scenario(R"(, "count": 100000)", R"([{"id": "od", "kind": "on-demand"}])",
               R"({"on_demand_per_hour": "218.4"})", R"("horizon_months": 120, )")
        << "s.json: workloads: the costs exceed what ec2lab computes exactly (about 1 billion USD per line "
           "and month); "
           "reduce counts, prices or the horizon";
    QByteArray many;
    for (int i = 0; i <= 1000; ++i)
        many
            += (i ? "," : "") + QByteArray(R"({"instance_type": "x)") + QByteArray::number(i) + R"(.large"})";
    QTest::newRow("more than 1,000 instance types")
        << QByteArray(R"({"workloads": [)" + many + R"(], "prices": {"on_demand_per_hour": "0.1"}})")
        << "s.json: workloads[1000]: more than 1000 different instance types, platforms and tenancies";
    QTest::newRow("Monte Carlo too large")
        << scenario(R"(, "count": 100000)", R"([{"id": "s", "kind": "spot", "savings_percent": "60",
                                                  "interruptions_per_month": "10", "paths": 20000}])")
        << "s.json: options[0]: the Spot Monte Carlo would simulate about 720000 million interruptions; "
           "lower "
           "paths or interruptions_per_month";
    QTest::newRow("no host price")
        << scenario({}, R"([{"id": "dh", "kind": "dedicated-host"}])")
        << "s.json: options[0]: missing price prices.dedicated_host_per_hour for m5";
    QTest::newRow("no host reservation price")
        << scenario({}, R"([{"id": "dh", "kind": "dedicated-host", "term": "3yr", "payment": "no-upfront"}])")
        << "s.json: options[0]: missing price prices.dedicated_host_reserved.\"3yr/no-upfront\".hourly for "
           "m5";
}

void TestScenario::missingPriceNamesThePrice()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        const Scenario s = ScenarioReader::fromJson(parse(json), QStringLiteral("s.json"));
        const ScenarioPrices prices = s.prices;
        CostEngine(s, prices).run();
        QFAIL("accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.toString(), expected);
    }
}

void TestScenario::applicableOptionsWithoutList()
{
    QByteArray json = scenario({}, "[]", R"({"on_demand_per_hour": "0.096",
        "reserved": {"standard/1yr/all-upfront": {"upfront": "494"}, "convertible/3yr/no-upfront": {"hourly": "0.05"},
                     "standard/3yr/partial-upfront": {"upfront": "500"}},
        "savings_plan_per_hour": {"compute/1yr/no-upfront": "0.068"}})");
    json.replace(R"("options": [], )", "");
    const Scenario s = ScenarioReader::fromJson(parse(json), QStringLiteral("s.json"));
    QVERIFY(s.options.empty());
    const ScenarioPrices prices = s.prices;
    const CostReport r = CostEngine(s, prices).run();
    QStringList ids;
    for (const OptionResult &o : r.options)
        ids << o.id;
    // The partial-upfront offer lacks its hourly fee, so it is not applicable.
    QCOMPARE(ids,
        (QStringList { QStringLiteral("od"), QStringLiteral("ri-standard-1yr-all-upfront"),
            QStringLiteral("ri-convertible-3yr-no-upfront"), QStringLiteral("sp-compute-1yr-no-upfront"),
            QStringLiteral("ft-credits") }));
    // The proposed commitment covers the one always-on instance: 0.068 USD/h, and the 1-year plan
    // is renewed twice, three whole terms fitting in the 36 months: 0.068 x 26,280 = 1,787.04
    QCOMPARE(r.options[3].total.toString(2), QStringLiteral("1787.04"));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
