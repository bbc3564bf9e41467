#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "cost/spotmontecarlo.h"
#include "costtesting.h"
#include "inputerror.h"
#include "lifecycle/lifecyclescript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ec2lab;
using namespace ec2lab::costtesting;

namespace {

// The lines of \a kind among \a lines (the engine's values; tst_costtext checks their words).
std::vector<CalcLine> linesOf(const CalcLines &lines, CalcLine::Kind kind)
{
    std::vector<CalcLine> out;
    for (const CalcLine &l : lines)
        if (l.kind == kind)
            out.push_back(l);
    return out;
}

} // namespace

/// Hand-computed figures of the cost model: every row's expectation is worked out in its comment.
class TestCostEngine : public QObject
{
    Q_OBJECT

private slots:
    void totals_data();
    void totals();
    void costLines_data();
    void costLines();
    void onDemandExplainLine();
    void publicIpv4RuleOfTheDate();
    void weekdaysMakeOnDemandCheaperThanRi();
    void savingsPlanUnderAndOverCommitment_data();
    void savingsPlanUnderAndOverCommitment();
    void savingsPlanHighestSavingsFirst();
    void commitmentOrderRiThenEc2InstanceThenCompute();
    void portfolioFromJson();
    void proposedCommitmentCoversBaseline();
    void riSizeFlexibility_data();
    void riSizeFlexibility();
    void freeTier_data();
    void freeTier();
    void dedicatedHostPacking_data();
    void dedicatedHostPacking();
    void dedicatedHostReservation_data();
    void dedicatedHostReservation();
    void dedicatedHostReservationWithoutFeeIsMissing_data();
    void dedicatedHostReservationWithoutFeeIsMissing();
    void spotHistoryStepFunction();
    void spotMonteCarloDeterministic();
    void spotHistoryFromAwsFile();
    void calendarMonths();
    void breakEvenUtilization();
    void lifecycleTraceMatchesBillingMeter();
    void labScriptInTheDocumentMatchesScriptFile();
    void tyingOnDemandIsNoBreakEven();
};

void TestCostEngine::totals_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("upfront");
    QTest::addColumn<int>("breakEven"); // -1 = null

    // 0.096 x 730 x 12 = 840.96
    QTest::newRow("m5.large 24x7 12 months on-demand")
        << QByteArray(R"({"id": "x", "kind": "on-demand"})") << 12 << "840.96"
        << "0.00" << -1;
    // 494 paid in month 1; OD passes 494 in month 8 (7 x 70.08 = 490.56, 8 x 70.08 = 560.64)
    QTest::newRow("m5.large 24x7 1yr standard all upfront")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})") << 12
        << "494.00"
        << "494.00" << 8;
    // 252 + 0.029 x 8760 = 252 + 254.04; month 6: 252 + 6 x 21.17 = 379.02 <= 420.48 (month 5: 357.85 >
    // 350.40)
    QTest::newRow("m5.large 24x7 1yr standard partial upfront")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "partial-upfront"})") << 12
        << "506.04"
        << "252.00" << 6;
    // After the term, On-Demand: 494 + 12 x 70.08
    QTest::newRow("all upfront over 24 months returns to on-demand")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})") << 24
        << "1334.96"
        << "494.00" << 8;
    // Renewed at month 13: 2 x 494. The renewal lifts it above OD in months 13-14 (988 > 14 x
    // 70.08 = 981.12), so the break-even that lasts to the horizon is month 15 (1051.20).
    QTest::newRow("all upfront renewed over 24 months") << QByteArray(
        R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront", "renew": true})")
                                                        << 24 << "988.00"
                                                        << "988.00" << 15;
    // 0.096 x 0.34 = 0.03264 x 8760 = 285.9264
    QTest::newRow("spot at 66% savings")
        << QByteArray(R"({"id": "x", "kind": "spot", "savings_percent": "66"})") << 12 << "285.93"
        << "0.00" << 1;
    // 0.1056 x 8760 = 925.056
    QTest::newRow("dedicated instance")
        << QByteArray(R"({"id": "x", "kind": "dedicated-instance"})") << 12 << "925.06"
        << "0.00" << -1;
}

void TestCostEngine::totals()
{
    QFETCH(QByteArray, options);
    QFETCH(int, months);
    QFETCH(QString, total);
    QFETCH(QString, upfront);
    QFETCH(int, breakEven);
    const CostReport r = runScenario(scenarioFrom(m5Workload(), options, months));
    const OptionResult &o = option(r, QStringLiteral("x"));
    QCOMPARE(o.total.toString(2), total);
    QCOMPARE(o.upfront.toString(2), upfront);
    QCOMPARE(o.breakEvenMonth.value_or(-1), breakEven);
    QCOMPARE(static_cast<int>(o.cumulative.size()), months);
    QCOMPARE(o.cumulative.back(), o.total);
    QVERIFY(o.cumulative.front() >= o.months.front().upfront); // upfront fees included from month 1
    QCOMPARE(o.months.front().upfront.toString(2),
        o.upfront.toString(2) == u"988.00" ? QStringLiteral("494.00") : upfront);
}

void TestCostEngine::costLines_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("ebs");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("transfer");

    // 30 GB x 0.08 = 2.40 per month
    QTest::newRow("30 GB gp3 for a month")
        << QByteArray(R"(, "ebs": [{"type": "gp3", "size_gb": 30}])") << "2.40"
        << "0.00"
        << "0.00";
    // 730 address-hours x 0.005 = 3.65
    QTest::newRow("one public IPv4 for 730 h") << QByteArray(R"(, "public_ipv4": 1)") << "0.00"
                                               << "3.65"
                                               << "0.00";
    // 100 GB x 0.09 = 9.00; 8 GB gp2 x 0.10 = 0.80 x 3 instances
    QTest::newRow("data transfer and gp2 for three instances") << QByteArray(
        R"(, "count": 3, "ebs": [{"type": "gp2", "size_gb": 8}], "data_transfer_out_gb_per_month": "100")")
                                                               << "2.40"
                                                               << "0.00"
                                                               << "9.00";
}

void TestCostEngine::costLines()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, ebs);
    QFETCH(QString, ipv4);
    QFETCH(QString, transfer);
    const CostReport r
        = runScenario(scenarioFrom(m5Workload(extra), R"({"id": "od", "kind": "on-demand"})", 1));
    const OptionResult &o = option(r, QStringLiteral("od"));
    QCOMPARE(o.breakdown.ebs.toString(2), ebs);
    QCOMPARE(o.breakdown.publicIpv4.toString(2), ipv4);
    QCOMPARE(o.breakdown.dataTransfer.toString(2), transfer);
}

void TestCostEngine::publicIpv4RuleOfTheDate()
{
    // Two auto-assigned addresses from 2024-01-01 over 3 x 730 h = 2,190 h: free before
    // 2024-02-01 (hour 744), then 1,446 h x 2 x 0.005 = 14.46.
    Scenario s = scenarioFrom(m5Workload(R"(, "public_ipv4": 2)"), R"({"id": "od", "kind": "on-demand"})", 3);
    s.start = QDate(2024, 1, 1);
    const CostReport r = runScenario(s);
    const OptionResult &o = option(r, QStringLiteral("od"));
    QCOMPARE(o.months[0].publicIpv4.toString(2), QStringLiteral("0.00"));
    QCOMPARE(o.breakdown.publicIpv4.toString(2), QStringLiteral("14.46"));
}

void TestCostEngine::onDemandExplainLine()
{
    const CostReport r = runScenario(scenarioFrom(m5Workload(), R"({"id": "od", "kind": "on-demand"})", 36));
    const OptionResult &o = option(r, QStringLiteral("od"));
    // 1 instance x 0.096 USD/h x 730 h/month = 70.08 USD/month
    QVERIFY(!o.explain.empty());
    const CalcLine &first = o.explain.front();
    QCOMPARE(int(first.kind), int(CalcLine::Kind::OnDemandMonthly));
    QCOMPARE(int(first.scope), int(CalcLine::Scope::All));
    QCOMPARE(first.instances, 1);
    QCOMPARE(first.rate.toPlainString(), QStringLiteral("0.096"));
    QCOMPARE(first.hours, 730);
    QCOMPARE(first.amount.toString(2), QStringLiteral("70.08"));
    QCOMPARE(o.monthly.toString(2), QStringLiteral("70.08"));
    QCOMPARE(o.total.toString(2), QStringLiteral("2522.88"));
    QCOMPARE(o.effectiveHourly->toString(6), QStringLiteral("0.096000"));
    QCOMPARE(o.cumulative[1].toString(2), QStringLiteral("140.16"));
    QCOMPARE(r.priceSnapshot, QStringLiteral("2026-01-19"));
    QVERIFY(!r.assumptions.empty());
    QCOMPARE(int(r.assumptions.front().kind), int(AssumptionNote::Kind::Months730));
}

void TestCostEngine::weekdaysMakeOnDemandCheaperThanRi()
{
    // 2026-01-01 is a Thursday; 8,760 h = 365 days = 52 weeks + 1 Thursday: 261 weekdays x 9 h =
    // 2,349 h x 0.096 = 225.504. The No Upfront RI charges 0.060 x 8,760 = 525.60 regardless.
    const Scenario s = scenarioFrom(m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 18]]}})"),
        R"({"id": "od", "kind": "on-demand"},
                                       {"id": "ri", "kind": "reserved", "term": "1yr", "payment": "no-upfront"})",
        12);
    const CostReport r = runScenario(s);
    QCOMPARE(option(r, QStringLiteral("od")).total.toString(2), QStringLiteral("225.50"));
    const OptionResult &ri = option(r, QStringLiteral("ri"));
    QCOMPARE(ri.total.toString(2), QStringLiteral("525.60"));
    QVERIFY(ri.total > option(r, QStringLiteral("od")).total);
    QVERIFY(ri.savingsPercent.isNegative());
    QVERIFY(!ri.breakEvenMonth.has_value());
}

void TestCostEngine::savingsPlanUnderAndOverCommitment_data()
{
    QTest::addColumn<QString>("commitment");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("compute");

    // 0.05 USD/h at 0.068 covers floor(0.05 x 3600 / 0.068) = 2,647 s per hour; 953 s overflow at
    // OD: 953 x 730 s x 0.096 / 3600 = 18.551733 per month; + 0.05 x 730 = 36.50 -> 12 x 55.0517 =
    // 660.6208
    QTest::newRow("commitment below usage: overflow at on-demand") << "0.05"
                                                                   << "660.62"
                                                                   << "660.62";
    // 0.10 USD/h charged every hour: 876.00, above OD's 840.96 (0.032 USD/h wasted)
    QTest::newRow("commitment above usage: unused commitment still charged") << "0.10"
                                                                             << "876.00"
                                                                             << "876.00";
    // exactly 0.068: everything at the plan rate: 0.068 x 8760 = 595.68
    QTest::newRow("commitment equal to usage") << "0.068"
                                               << "595.68"
                                               << "595.68";
}

void TestCostEngine::savingsPlanUnderAndOverCommitment()
{
    QFETCH(QString, commitment);
    QFETCH(QString, total);
    QFETCH(QString, compute);
    const QByteArray option
        = R"({"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront",
                                  "commitment_per_hour": ")"
        + commitment.toLatin1() + "\"}";
    const CostReport r = runScenario(scenarioFrom(m5Workload(), option, 12));
    const OptionResult &o = ::option(r, QStringLiteral("sp"));
    QCOMPARE(o.total.toString(2), total);
    QCOMPARE(o.breakdown.compute.toString(2), compute);
}

void TestCostEngine::savingsPlanHighestSavingsFirst()
{
    // m5.large: OD 0.096, plan 0.068 (29% off); c5.large: OD 0.085, plan 0.080 (6% off). A 0.068
    // commitment covers the m5.large fully; the c5.large runs at OD: (0.068 + 0.085) x 730 = 111.69.
    const QByteArray workloads
        = m5Workload() + R"(, {"name": "batch", "instance_type": "c5.large", "usage": {"kind": "always-on"},
        "prices": {"on_demand_per_hour": "0.085", "savings_plan_per_hour": {"compute/1yr/no-upfront": "0.080"}}})";
    const CostReport r
        = runScenario(scenarioFrom(workloads, R"({"id": "sp", "kind": "savings-plan", "type": "compute",
        "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.068"})",
            1));
    QCOMPARE(option(r, QStringLiteral("sp")).total.toString(2), QStringLiteral("111.69"));
}

void TestCostEngine::commitmentOrderRiThenEc2InstanceThenCompute()
{
    // Two m5.large always on. One RI (0.060/h) covers one; the EC2 Instance plan (rate 0.060,
    // commitment 0.060) covers the other; the Compute plan (0.068) is left with nothing and wasted.
    Scenario s = scenarioFrom(m5Workload(R"(, "count": 2)"), R"({"id": "od", "kind": "on-demand"})", 1);
    OptionSpec mix;
    mix.id = QStringLiteral("mix");
    mix.kind = OptionKind::Reserved;
    mix.reserved.push_back(ReservedPurchase {
        OfferingClass::Standard, Term::OneYear, PurchaseOption::NoUpfront, 1, QString(), false });
    mix.savingsPlans.push_back(SavingsPlanPurchase { SavingsPlanType::Compute, Term::OneYear,
        PurchaseOption::NoUpfront, Money::parse(u"0.068"), QString(), false });
    mix.savingsPlans.push_back(SavingsPlanPurchase { SavingsPlanType::Ec2Instance, Term::OneYear,
        PurchaseOption::NoUpfront, Money::parse(u"0.060"), QString(), false });
    const ScenarioPrices prices = s.prices;
    const CostEngine engine(s, prices);
    const OptionResult o = engine.evaluate(mix);
    // (0.060 + 0.060 + 0.068) x 730 = 137.24
    QCOMPARE(o.total.toString(2), QStringLiteral("137.24"));
    // The RI covers 730 instance-hours, the EC2 Instance plan 730, the Compute plan 0.
    const auto ri = linesOf(o.explain, CalcLine::Kind::RiCoverage);
    QCOMPARE(ri.size(), size_t(1));
    QCOMPARE(ri[0].instances, 1);
    QCOMPARE(ri[0].instanceType, QStringLiteral("m5.large"));
    QCOMPARE(offerKey(ri[0].offer), QStringLiteral("standard/1yr/no-upfront"));
    QCOMPARE(ri[0].seconds, 730 * 3600);
    const auto plans = linesOf(o.explain, CalcLine::Kind::SpCoverage);
    QCOMPARE(plans.size(), size_t(2));
    QCOMPARE(offerKey(plans[0].offer), QStringLiteral("ec2-instance/1yr/no-upfront"));
    QCOMPARE(plans[0].seconds, 730 * 3600);
    QCOMPARE(offerKey(plans[1].offer), QStringLiteral("compute/1yr/no-upfront"));
    QCOMPARE(plans[1].seconds, 0);
}

void TestCostEngine::portfolioFromJson()
{
    // The same commitments as above written as a scenario "portfolio" option: (0.060 + 0.060 +
    // 0.068) x 730 = 137.24, the Compute plan (listed first) applied last.
    const CostReport r
        = runScenario(scenarioFrom(m5Workload(R"(, "count": 2)"), R"({"id": "mix", "kind": "portfolio",
        "savings_plans": [{"type": "compute", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.068"},
                          {"type": "ec2-instance", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.060"}],
        "reserved": [{"term": "1yr", "payment": "no-upfront", "count": 1}]})",
            1));
    const OptionResult &o = option(r, QStringLiteral("mix"));
    QCOMPARE(o.total.toString(2), QStringLiteral("137.24"));
    QVERIFY(o.option.portfolio);
    // The Compute plan covers 0 instance-hours.
    bool computeCoversNothing = false;
    for (const CalcLine &l : linesOf(o.explain, CalcLine::Kind::SpCoverage))
        if (offerKey(l.offer) == u"compute/1yr/no-upfront")
            computeCoversNothing = l.seconds == 0;
    QVERIFY(computeCoversNothing);
}

void TestCostEngine::proposedCommitmentCoversBaseline()
{
    // 4 always on + 6 more weekdays 09-18: the steady baseline is 4 x 0.068 = 0.272 USD/h.
    const Scenario s = scenarioFrom(
        R"({"name": "fleet", "instance_type": "m5.large",
            "usage": {"kind": "baseline-peak", "baseline": 4, "peak": 6, "peak_hours": {"weekdays": [[9, 18]]}}})",
        R"({"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "baseline"})",
        12);
    const ScenarioPrices prices = s.prices;
    const CostEngine engine(s, prices);
    QCOMPARE(engine.proposeSavingsPlanCommitment(s.options.front().savingsPlans.front()).toPlainString(),
        QStringLiteral("0.272"));
    // Plan: 0.272 x 8760 = 2382.72; peaks at OD: 6 x 2,349 h x 0.096 = 1353.024 -> 3735.744
    const OptionResult o = engine.evaluate(s.options.front());
    QCOMPARE(o.total.toString(2), QStringLiteral("3735.74"));
}

void TestCostEngine::riSizeFlexibility_data()
{
    QTest::addColumn<int>("larges");
    QTest::addColumn<QString>("total");
    // One m5.xlarge RI (factor 8) covers two m5.large (factor 4 each): only its 0.12/h fee.
    QTest::newRow("xlarge RI covers two large") << 2 << "87.60";
    // The third m5.large runs On-Demand: 87.60 + 70.08
    QTest::newRow("third large runs on-demand") << 3 << "157.68";
}

void TestCostEngine::riSizeFlexibility()
{
    QFETCH(int, larges);
    QFETCH(QString, total);
    const QByteArray workload = R"({"name": "web", "instance_type": "m5.large", "count": )"
        + QByteArray::number(larges) + R"(, "usage": {"kind": "always-on"}},
        {"name": "unused", "instance_type": "m5.xlarge", "usage": {"kind": "weekly", "hours": {}},
         "prices": {"on_demand_per_hour": "0.192", "reserved": {"standard/1yr/no-upfront": {"hourly": "0.12"}}}})";
    const CostReport r = runScenario(scenarioFrom(workload,
        R"({"id": "ri", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "instance_type": "m5.xlarge"})",
        1));
    QCOMPARE(option(r, QStringLiteral("ri")).total.toString(2), total);
}

void TestCostEngine::freeTier_data()
{
    QTest::addColumn<QByteArray>("workload");
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("total");

    // 12 free months (730 h < 750 h), month 13 pays: 730 x 0.0116 = 8.468; IPv4 free for 12 months,
    // then 3.65; EBS 40 GB gp3: 10 GB x 0.08 = 0.80 for 12 months (9.60) + 3.20 -> 24.918
    QTest::newRow("legacy t2.micro 13 months") << QByteArray(
        R"({"name": "free", "instance_type": "t2.micro", "usage": {"kind": "always-on"}, "public_ipv4": 1,
                          "ebs": [{"type": "gp3", "size_gb": 40}], "prices": {"on_demand_per_hour": "0.0116"}})")
                                               << QByteArray(
                                                      R"({"id": "ft", "kind": "free-tier", "plan": "legacy"})")
                                               << 13 << "24.92";
    // Two t3.micro pool 750 h: 1,460 - 750 = 710 h x 0.0104 = 7.384 per month x 12
    QTest::newRow("legacy two t3.micro share the 750 hours")
        << QByteArray(
               R"({"name": "free", "instance_type": "t3.micro", "count": 2, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "legacy"})") << 12 << "88.61";
    // m5.large is not eligible: full OD
    QTest::newRow("legacy m5.large not eligible")
        << m5Workload() << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "legacy"})") << 12
        << "840.96";
    // Credits: 6 x 70.08 = 420.48 - 100 credits (used up in month 2)
    QTest::newRow("credit plan 100 USD runs out in month 2")
        << m5Workload() << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "credits"})") << 6
        << "320.48";
    // 200 USD of credits: 420.48 - 200
    QTest::newRow("credit plan with 100 USD earned")
        << m5Workload()
        << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "credits", "earned_credits": "100"})") << 6
        << "220.48";
    // A small bill: 10 months of 1 x t3.micro at 0.0104 = 7.592/month; credits only for 6 months:
    // 4 x 7.592 = 30.368 paid
    QTest::newRow("credit plan ends after 6 months")
        << QByteArray(R"({"name": "small", "instance_type": "t3.micro", "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "credits"})") << 10 << "30.37";
}

void TestCostEngine::freeTier()
{
    QFETCH(QByteArray, workload);
    QFETCH(QByteArray, option);
    QFETCH(int, months);
    QFETCH(QString, total);
    const CostReport r = runScenario(scenarioFrom(workload, option, months));
    QCOMPARE(::option(r, QStringLiteral("ft")).total.toString(2), total);
}

void TestCostEngine::dedicatedHostPacking_data()
{
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QString>("total");
    // An m5 host holds 48 large: 50 need 2 hosts: 2 x 5.069 x 730 = 7400.74
    QTest::newRow("50 m5.large need two hosts") << QByteArray(
        R"({"name": "a", "instance_type": "m5.large", "count": 50, "usage": {"kind": "always-on"}})")
                                                << "7400.74";
    QTest::newRow("48 m5.large fit one host") << QByteArray(
        R"({"name": "a", "instance_type": "m5.large", "count": 48, "usage": {"kind": "always-on"}})")
                                              << "3700.37";
    // 40 large (1/48 each) + 5 xlarge (1/24 each) = 50/48 hosts -> 2
    QTest::newRow("mixed sizes share hosts") << QByteArray(
        R"({"name": "a", "instance_type": "m5.large", "count": 40, "usage": {"kind": "always-on"}},
                         {"name": "b", "instance_type": "m5.xlarge", "count": 5, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.192"}})")
                                             << "7400.74";
}

void TestCostEngine::dedicatedHostPacking()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QString, total);
    const CostReport r = runScenario(
        scenarioFrom(workloads, R"({"id": "dh", "kind": "dedicated-host", "family": "m5"})", 1));
    QCOMPARE(option(r, QStringLiteral("dh")).total.toString(2), total);
}

void TestCostEngine::dedicatedHostReservation_data()
{
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("hostOption");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("upfront");
    // The calculation line that shows the arithmetic (tst_costtext checks its words).
    QTest::addColumn<int>("lineKind");
    QTest::addColumn<qint64>("lineCount"); ///< hosts (hourly lines) or fees paid (upfront lines)
    QTest::addColumn<QString>("lineRate");
    QTest::addColumn<qint64>("lineHours");
    QTest::addColumn<QString>("lineAmount");
    QTest::addColumn<QByteArray>("prices");
    const QByteArray oneM5 = m5Workload();
    // Months of 730 h: 12 months = 8,760 h = the 1-year term. 1 host x 3.193 x 8,760 = 27,970.68
    QTest::newRow("m5 reserved 1yr No Upfront, 12 months")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 12 << "27970.68"
        << "0.00" << int(CalcLine::Kind::HostReservedHourly) << qint64(1) << "3.193" << qint64(8760)
        << "27970.68" << kHostPrices;
    // 49 m5.large need 2 hosts (48 per host): 2 x 3.193 x 8,760 = 55,941.36
    QTest::newRow("49 m5.large, two reserved hosts")
        << QByteArray(
               R"({"name": "a", "instance_type": "m5.large", "count": 49, "usage": {"kind": "always-on"}})")
        << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 12 << "55941.36"
        << "0.00" << int(CalcLine::Kind::HostReservedHourly) << qint64(2) << "3.193" << qint64(8760)
        << "55941.36" << kHostPrices;
    // The hosts are reserved whether used or not: 9-to-5 weekdays cost the same 27,970.68.
    QTest::newRow("reserved hosts bill unused hours")
        << m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 17]]}})")
        << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 12 << "27970.68"
        << "0.00" << int(CalcLine::Kind::HostReservedHourly) << qint64(1) << "3.193" << qint64(8760)
        << "27970.68" << kHostPrices;
    // As for RIs today, the total counts the horizon's hours: 2.19 x 8,760 = 19,184.40; the rest of
    // the 3-year term, 2.19 x (26,280 - 8,760 = 17,520) = 38,368.80, is on its own line.
    QTest::newRow("3yr term longer than a 12-month horizon")
        << oneM5 << QByteArray(R"("term": "3yr", "payment": "no-upfront")") << 12 << "19184.40"
        << "0.00" << int(CalcLine::Kind::HostStillOwed) << qint64(1) << "2.19" << qint64(17520) << "38368.80"
        << kHostPrices;
    // 18 months = 13,140 h: 8,760 reserved (27,970.68) + 4,380 On-Demand host-hours x 5.069
    // (22,202.22) = 50,172.90
    QTest::newRow("after the 1yr term the host is On-Demand")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 18 << "50172.90"
        << "0.00" << int(CalcLine::Kind::HostOnDemandAfterTerm) << qint64(1) << "5.069" << qint64(4380)
        << "22202.22" << kHostPrices;
    // Renewed: every one of the 13,140 h at 3.193 = 41,956.02
    QTest::newRow("renewed 1yr reservation over 18 months")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront", "renew": true)") << 18 << "41956.02"
        << "0.00" << int(CalcLine::Kind::HostReservedHourly) << qint64(1) << "3.193" << qint64(13140)
        << "41956.02" << kHostPrices;
    // All Upfront: the fee once, no hourly part: 20,000.00
    QTest::newRow("1yr All Upfront with the scenario's fee")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "all-upfront")") << 12 << "20000.00"
        << "20000.00" << int(CalcLine::Kind::HostReservedUpfront) << qint64(1) << "20000" << qint64(0)
        << "20000.00" << kHostPrices;
    // c5 On-Demand host: 3.366 x 8,760 = 29,486.16
    QTest::newRow("c5 On-Demand host 3.366/h")
        << QByteArray(R"({"name": "c", "instance_type": "c5.large", "usage": {"kind": "always-on"}})")
        << QByteArray(R"("family": "c5")") << 12 << "29486.16"
        << "0.00" << int(CalcLine::Kind::HostOnDemand) << qint64(1) << "3.366" << qint64(8760) << "29486.16"
        << QByteArray(R"("prices": {"on_demand_per_hour": "0.085", "dedicated_host_per_hour": "3.366"})");
}

void TestCostEngine::dedicatedHostReservation()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, hostOption);
    QFETCH(int, months);
    QFETCH(QString, total);
    QFETCH(QString, upfront);
    QFETCH(int, lineKind);
    QFETCH(qint64, lineCount);
    QFETCH(QString, lineRate);
    QFETCH(qint64, lineHours);
    QFETCH(QString, lineAmount);
    QFETCH(QByteArray, prices);
    const CostReport r = runScenario(scenarioFrom(
        workloads, R"({"id": "dh", "kind": "dedicated-host", )" + hostOption + "}", months, {}, prices));
    const OptionResult &o = option(r, QStringLiteral("dh"));
    QCOMPARE(o.total.toString(2), total);
    QCOMPARE(o.upfront.toString(2), upfront);
    QCOMPARE(o.cumulative.back(), o.total);
    const auto lines = linesOf(o.explain, CalcLine::Kind(lineKind));
    QCOMPARE(lines.size(), size_t(1));
    const CalcLine &l = lines.front();
    QCOMPARE(lineKind == int(CalcLine::Kind::HostReservedUpfront) ? l.purchases : l.hosts, lineCount);
    QCOMPARE(l.rate.toPlainString(), lineRate);
    QCOMPARE(l.hours, lineHours);
    QCOMPARE(l.amount.toString(2), lineAmount);
    // Every host line names the hosts' family (the option's "family", else the workload's).
    QCOMPARE(l.family, hostOption.contains("c5") ? QStringLiteral("c5") : QStringLiteral("m5"));
    QCOMPARE(o.option.hostReservation.has_value(), hostOption.contains("term"));
}

void TestCostEngine::dedicatedHostReservationWithoutFeeIsMissing_data()
{
    QTest::addColumn<QByteArray>("hostOption");
    QTest::addColumn<QString>("message");
    // Partial Upfront: neither fee nor hourly part is known; the fee is asked for first.
    QTest::newRow("partial upfront without a fee")
        << QByteArray(R"("term": "1yr", "payment": "partial-upfront")")
        << R"(test.json: options[0]: missing price prices.dedicated_host_reserved."1yr/partial-upfront".upfront for m5)";
    QTest::newRow("3yr all upfront without a fee")
        << QByteArray(R"("term": "3yr", "payment": "all-upfront")")
        << R"(test.json: options[0]: missing price prices.dedicated_host_reserved."3yr/all-upfront".upfront for m5)";
}

void TestCostEngine::dedicatedHostReservationWithoutFeeIsMissing()
{
    QFETCH(QByteArray, hostOption);
    QFETCH(QString, message);
    const Scenario s = scenarioFrom(
        m5Workload(), R"({"kind": "dedicated-host", )" + hostOption + "}", 12, {}, kHostPrices);
    try {
        runScenario(s);
        QFAIL("expected a missing price");
    } catch (const InputError &e) {
        QCOMPARE(e.toString(), message);
    }
}

void TestCostEngine::spotHistoryStepFunction()
{
    // Hours 0-11 at 0.040 (a record from before the start holds), hour 12 half 0.040 half 0.050,
    // hours 13-23 at 0.050, then 706 h at 0.030: 0.48 + 0.045 + 0.55 + 21.18 = 22.255
    const CostReport r
        = runScenario(scenarioFrom(m5Workload(), R"({"id": "spot", "kind": "spot", "price_history": [
            {"timestamp": "2026-01-01T12:30:00Z", "price": "0.050"},
            {"timestamp": "2025-12-31T00:00:00Z", "price": "0.040"},
            {"timestamp": "2026-01-02T00:00:00Z", "price": "0.030"}]})",
            1));
    QCOMPARE(option(r, QStringLiteral("spot")).total.toString(2), QStringLiteral("22.26"));
    QCOMPARE(option(r, QStringLiteral("spot")).total.toString(3), QStringLiteral("22.255"));
}

void TestCostEngine::spotMonteCarloDeterministic()
{
    const QByteArray opt
        = R"({"id": "spot", "kind": "spot", "savings_percent": "66", "interruptions_per_month": "4",
                               "seed": 7, "paths": 500})";
    Scenario s = scenarioFrom(m5Workload(), opt, 12);
    const ScenarioPrices prices = s.prices;
    CostEngine one(s, prices);
    one.setMonteCarloThreads(1);
    CostEngine two(s, prices);
    two.setMonteCarloThreads(2);
    const OptionResult a = one.evaluate(s.options.front());
    const OptionResult b = two.evaluate(s.options.front());
    QVERIFY(a.spotRisk && b.spotRisk);
    QCOMPARE(a.spotRisk->costP50, b.spotRisk->costP50);
    QCOMPARE(a.spotRisk->costP90, b.spotRisk->costP90);
    QCOMPARE(a.spotRisk->lostHoursP50, b.spotRisk->lostHoursP50);
    QCOMPARE(a.spotRisk->paths, 500);
    for (std::size_t m = 0; m < a.spotRisk->costP10.size(); ++m) {
        QVERIFY(a.spotRisk->costP10[m] <= a.spotRisk->costP50[m]);
        QVERIFY(a.spotRisk->costP50[m] <= a.spotRisk->costP90[m]);
        QVERIFY(a.spotRisk->costP10[m] >= a.cumulative[m]); // redone work only adds cost
    }
    // About 4 x 12 = 48 interruptions per path on average.
    QVERIFY2(a.spotRisk->meanInterruptions > 40 && a.spotRisk->meanInterruptions < 56,
        qPrintable(QString::number(a.spotRisk->meanInterruptions)));
    QVERIFY(a.spotRisk->lostHoursP50.back() > 0);
    // Another seed gives other bands.
    s.options.front().spot.seed = 8;
    const OptionResult c = one.evaluate(s.options.front());
    QVERIFY(
        c.spotRisk->costP90 != a.spotRisk->costP90 || c.spotRisk->lostHoursP50 != a.spotRisk->lostHoursP50);
}

void TestCostEngine::spotHistoryFromAwsFile()
{
    const QString file
        = QStringLiteral(EC2LAB_SHARED_FIXTURES "/instance-selector_DescribeSpotPriceHistory_m5_large.json");
    if (!QFile::exists(file))
        QSKIP("the shared AWS fixtures are not next to the repository");
    // 48 us-east-1a records from 2021; the last (0.0423 at 2021-02-08) holds from the 2026 start:
    // 730 h x 0.0423 = 30.879.
    const QByteArray opt
        = R"({"id": "spot", "kind": "spot", "availability_zone": "us-east-1a", "price_history_file": ")"
        + file.toUtf8() + "\"}";
    const Scenario s = scenarioFrom(m5Workload(), opt, 1);
    QCOMPARE(s.options.front().spot.history.size(), std::size_t(48));
    QCOMPARE(option(runScenario(s), QStringLiteral("spot")).total.toString(3), QStringLiteral("30.879"));
    // Replayed from the start, the first record (0.0407 on 2021-01-08) opens the horizon and the
    // month of history repeats over the 3 months.
    const Scenario replayed = scenarioFrom(
        m5Workload(), QByteArray(opt).replace("\"id\"", "\"replay_history\": true, \"id\""), 3);
    ;
    QCOMPARE(replayed.options.front().spot.history.front().atSecond, 0);
    QCOMPARE(replayed.options.front().spot.history.front().price.toPlainString(), QStringLiteral("0.0407"));
    QVERIFY(replayed.options.front().spot.history.size() > 48);
}

void TestCostEngine::calendarMonths()
{
    // January 744 h, February 672 h, March 744 h of 2026 at 0.096.
    const CostReport r = runScenario(scenarioFrom(
        m5Workload(), R"({"id": "od", "kind": "on-demand"})", 3, R"("calendar_months": true, )"));
    const OptionResult &o = option(r, QStringLiteral("od"));
    QCOMPARE(r.hoursPerMonth, 0);
    QCOMPARE(o.cumulative[0].toString(2), QStringLiteral("71.42"));
    QCOMPARE(o.cumulative[1].toString(2), QStringLiteral("135.94"));
    QCOMPARE(o.cumulative[2].toString(2), QStringLiteral("207.36"));
}

void TestCostEngine::breakEvenUtilization()
{
    // All Upfront: 494 / 8760 = 0.0563927 USD/h effective; / 0.096 = 58.74 %. Savings vs OD over
    // 12 months: 1 - 494 / 840.96 = 41.26 %. Utilization 40 %: OD 0.4 x 840.96 = 336.384.
    const CostReport r
        = runScenario(scenarioFrom(m5Workload({}, R"({"kind": "utilization", "percent": "40"})"),
            R"({"id": "od", "kind": "on-demand"},
                                                     {"id": "ri", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})",
            12));
    const OptionResult &ri = option(r, QStringLiteral("ri"));
    QCOMPARE(ri.breakEvenUtilizationPercent->toString(2), QStringLiteral("58.74"));
    QCOMPARE(option(r, QStringLiteral("od")).total.toString(2), QStringLiteral("336.38"));
    QVERIFY(ri.savingsPercent.isNegative()); // at 40 % the RI loses
    QCOMPARE(ri.savingsPercent.toString(2), QStringLiteral("-46.86"));
}

void TestCostEngine::lifecycleTraceMatchesBillingMeter()
{
    // The same script run directly on the lifecycle engine (what `ec2lab simulate` prints) and
    // through the cost model's lifecycle usage must give the same On-Demand total to the cent.
    const QString dir = QStringLiteral(EC2LAB_TEST_DATA "/cost/");
    InputError error;
    const auto script = LifecycleScript::load(dir + QStringLiteral("web-day.lifecycle.json"), &error);
    QVERIFY2(script, qPrintable(error.toString()));
    const Money simulated = script->run().engine.totalCost();

    const Scenario s = ScenarioReader::read(dir + QStringLiteral("lifecycle.json"));
    const CostReport r = runScenario(s);
    const OptionResult &od = option(r, QStringLiteral("od"));
    QCOMPARE(od.total.toString(2), simulated.toString(2));
    QVERIFY2((od.total - simulated).nanos() < 1000 && (simulated - od.total).nanos() < 1000,
        qPrintable(od.total.toString(9) + u" vs " + simulated.toString(9)));
    // The Reserved option bills the same trace hour by hour: at most 3,600 s covered per hour.
    const OptionResult &ri = option(r, QStringLiteral("ri"));
    QVERIFY(ri.total > od.total); // 43.80 of RI fees for a day of usage
}

void TestCostEngine::labScriptInTheDocumentMatchesScriptFile()
{
    // The desktop app keeps the lab's script inside the scenario document ("lab") and a workload
    // can take its usage from it ("from_lab": true). That must cost exactly what the same script
    // costs when it is a separate file.
    const QString dir = QStringLiteral(EC2LAB_TEST_DATA "/cost/");
    const Scenario fromFile = ScenarioReader::read(dir + QStringLiteral("lifecycle.json"));
    QJsonObject doc = loadJsonDocument(dir + QStringLiteral("lifecycle.json")).object();
    doc.insert(
        QStringLiteral("lab"), loadJsonDocument(dir + QStringLiteral("web-day.lifecycle.json")).object());
    QJsonArray workloads = doc.value(QStringLiteral("workloads")).toArray();
    QJsonObject w = workloads.at(0).toObject();
    w.insert(QStringLiteral("usage"),
        QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("lifecycle") }, { QStringLiteral("from_lab"), true } });
    workloads.replace(0, w);
    doc.insert(QStringLiteral("workloads"), workloads);
    const Scenario fromLab = ScenarioReader::fromJson(doc, dir + QStringLiteral("doc.json"));

    const CostReport a = runScenario(fromFile);
    const CostReport b = runScenario(fromLab);
    QCOMPARE(b.options.size(), a.options.size());
    for (std::size_t i = 0; i < a.options.size(); ++i) {
        QCOMPARE(b.options[i].id, a.options[i].id);
        QCOMPARE(b.options[i].total.nanos(), a.options[i].total.nanos());
    }
    QVERIFY(option(b, QStringLiteral("od")).total > Money());

    // A broken lab script is reported at its path inside the document.
    QJsonObject lab = doc.value(QStringLiteral("lab")).toObject();
    QJsonArray events = lab.value(QStringLiteral("events")).toArray();
    QJsonObject e0 = events.at(0).toObject();
    e0.insert(QStringLiteral("action"), QStringLiteral("stpo"));
    events.replace(0, e0);
    lab.insert(QStringLiteral("events"), events);
    doc.insert(QStringLiteral("lab"), lab);
    try {
        ScenarioReader::fromJson(doc, QStringLiteral("doc.json"));
        QFAIL("a lab script with an unknown action was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file, QStringLiteral("doc.json"));
        QCOMPARE(e.location, QStringLiteral("lab.events[0].action"));
        QVERIFY2(e.message.contains(QLatin1String("stpo")), qPrintable(e.toString()));
    }

    // "from_lab" without a lab script names the usage.
    doc.remove(QStringLiteral("lab"));
    try {
        ScenarioReader::fromJson(doc, QStringLiteral("doc.json"));
        QFAIL("from_lab without a lab script was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.location, QStringLiteral("workloads[0].usage"));
    }
}

void TestCostEngine::tyingOnDemandIsNoBreakEven()
{
    // Weekdays 09-17 only: the steady baseline is 0 instances, so the proposed Compute Savings
    // Plan commitment is 0 and every hour is On-Demand. Equal every month is not a break-even.
    const CostReport r
        = runScenario(scenarioFrom(m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 17]]}})"),
            R"({"id": "od", "kind": "on-demand"},
           {"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront"},
           {"id": "spot", "kind": "spot", "savings_percent": "60"})",
            12));
    const OptionResult &od = option(r, QStringLiteral("od"));
    const OptionResult &sp = option(r, QStringLiteral("sp"));
    QCOMPARE(sp.total.nanos(), od.total.nanos());
    QVERIFY(!sp.breakEvenMonth.has_value());
    // Spot at 60 % off is cheaper from the first month on.
    QCOMPARE(option(r, QStringLiteral("spot")).breakEvenMonth, std::optional<int>(1));
}

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
