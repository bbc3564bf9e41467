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

/// Checks that \a l's "a x b = c" equals its amount to the cent (exactly where the engine multiplies
/// exact values). Returns false with \a why set when it does not.
bool productHolds(const CalcLine &l, QString &why)
{
    using K = CalcLine::Kind;
    auto same = [&why](Money product, Money amount, bool toCent) {
        if (toCent ? product.rounded(2) == amount.rounded(2) : product == amount)
            return true;
        why = QStringLiteral("a x b = %1, the line says %2")
                  .arg(product.toPlainString(), amount.toPlainString());
        return false;
    };
    switch (l.kind) {
    case K::OnDemandMonthly:
        return same(l.rate * (l.instances * l.hours), l.amount, false)
            && same(l.amount * l.months, l.contribution, false);
    case K::OnDemandHours:
    case K::DedicatedInstance:
    case K::SpotCharge:
    case K::PublicIpv4:
        return same(l.rate.mulDiv(l.seconds, 3600), l.amount, true);
    case K::OnDemandRest: // exact instance-hours (to the nano-hour) since the exact coverage
        return same(l.rate.times(l.exactHours), l.amount, true);
    case K::RiUpfront:
    case K::HostReservedUpfront:
    case K::SpUpfront:
        return same(l.rate * l.purchases, l.amount, false);
    case K::RiHourly:
    case K::CommittedBeyond:
        return same(l.rate * (l.instances * l.hours), l.amount, false);
    case K::SpCommitment:
    case K::SpHourlyPart:
        return same(l.rate * l.hours, l.amount, false);
    case K::HostOnDemand:
    case K::HostReservedHourly:
    case K::HostOnDemandAfterTerm:
        return same(l.rate * (l.hosts * l.hours), l.amount, false);
    case K::Ebs:
        return same(l.rate * l.gb, l.amount, false) && same(l.amount * l.months, l.contribution, false);
    case K::DataTransfer: {
        Money pieces; // the free GB, then GB x rate per tier
        for (const CalcLine::TransferPiece &p : l.pieces)
            pieces += p.free ? Money() : p.rate.times(p.gb);
        return same(pieces, l.amount, true) && same(l.amount * l.months, l.contribution, false);
    }
    case K::DedicatedRegionFee:
        return same(l.rate * l.hours, l.amount, false);
    case K::SpotEstimate:
        return same(l.onDemandRate.mulDiv(
                        Money::fromUnits(100).nanos() - l.percent.nanos(), Money::fromUnits(100).nanos()),
            l.rate, false);
    case K::NormalizedMonthly:
        return same(l.upfront.mulDiv(1, 12) + l.recurring, l.amount, false);
    default:
        return true; // no product on the line
    }
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
    void riCoversLargerSizes_data();
    void riCoversLargerSizes();
    void platformsAsAwsBillsThem_data();
    void platformsAsAwsBillsThem();
    void freeTier_data();
    void freeTier();
    void dedicatedRegionFee_data();
    void dedicatedRegionFee();
    void dataTransferTiers_data();
    void dataTransferTiers();
    void dataTransferWithoutTiersNeedsARate();
    void dataTransferBeyondExactRangeIsRefused();
    void dedicatedHostPacking_data();
    void dedicatedHostPacking();
    void dedicatedHostReservation_data();
    void dedicatedHostReservation();
    void dedicatedHostReservationWithoutFeeIsMissing_data();
    void dedicatedHostReservationWithoutFeeIsMissing();
    void spotHistoryStepFunction();
    void spotMonteCarloDeterministic();
    void spotHistoryFromAwsFile();
    void spotMonteCarloUsesTheBillingMeter_data();
    void spotMonteCarloUsesTheBillingMeter();
    void calendarMonths();
    void breakEvenUtilization();
    void lifecycleTraceMatchesBillingMeter();
    void labScriptInTheDocumentMatchesScriptFile();
    void tyingOnDemandIsNoBreakEven();
    void explanationAddsUp_data();
    void explanationAddsUp();
    void normalizedMonthly_data();
    void normalizedMonthly();
    void wholeTermCommitments_data();
    void wholeTermCommitments();
    void savingsPlanExplanationAddsUpExactly();
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
    // "renew": false: after the term, On-Demand: 494 + 12 x 70.08
    QTest::newRow("all upfront not renewed over 24 months returns to on-demand") << QByteArray(
        R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront", "renew": false})")
                                                                                 << 24 << "1334.96"
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
    // 0.1056 x 8760 = 925.056, plus the Dedicated per-Region fee in each of the 8,760 hours:
    // 2 x 8760 = 17,520 -> 18,445.056
    QTest::newRow("dedicated instance")
        << QByteArray(R"({"id": "x", "kind": "dedicated-instance"})") << 12 << "18445.06"
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
    QCOMPARE(o.cumulative.back() + o.committedBeyondHorizon, o.total);
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
    // 100 GB out is the month's free allowance: 0.00 (not 100 x 0.09); 8 GB gp2 x 0.10 = 0.80 x 3
    // instances
    QTest::newRow("data transfer and gp2 for three instances") << QByteArray(
        R"(, "count": 3, "ebs": [{"type": "gp2", "size_gb": 8}], "data_transfer_out_gb_per_month": "100")")
                                                               << "2.40"
                                                               << "0.00"
                                                               << "0.00";
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

    // 0.05 USD/h at 0.068 covers exactly 0.05 / 0.068 of each hour (2,647.0588... s, never cut to
    // whole seconds); the rest at OD: (1 - 0.05 / 0.068) x 0.096 = 0.0254117647 USD/h; + 0.05 =
    // 0.0754117647 x 8,760 h = 660.607058... (whole seconds would give 660.6208)
    QTest::newRow("commitment below usage: overflow at on-demand") << "0.05"
                                                                   << "660.61"
                                                                   << "660.61";
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
    // commitment covers the m5.large fully; the c5.large runs at OD: (0.068 + 0.085) x 730 = 111.69
    // inside the 1-month horizon; the plan's other 8,030 h are owed beyond it: 0.068 x 8,030 = 546.04.
    const QByteArray workloads
        = m5Workload() + R"(, {"name": "batch", "instance_type": "c5.large", "usage": {"kind": "always-on"},
        "prices": {"on_demand_per_hour": "0.085", "savings_plan_per_hour": {"compute/1yr/no-upfront": "0.080"}}})";
    const CostReport r
        = runScenario(scenarioFrom(workloads, R"({"id": "sp", "kind": "savings-plan", "type": "compute",
        "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.068"})",
            1));
    const OptionResult &sp = option(r, QStringLiteral("sp"));
    QCOMPARE((sp.total - sp.committedBeyondHorizon).toString(2), QStringLiteral("111.69"));
    QCOMPARE(sp.committedBeyondHorizon.toString(2), QStringLiteral("546.04"));
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
    // (0.060 + 0.060 + 0.068) x 730 = 137.24 inside the month; beyond it the three 1-year terms owe
    // 0.188 x 8,030 = 1,509.64
    QCOMPARE((o.total - o.committedBeyondHorizon).toString(2), QStringLiteral("137.24"));
    QCOMPARE(o.committedBeyondHorizon.toString(2), QStringLiteral("1509.64"));
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
    QCOMPARE(plans[0].exactHours.toPlainString(), QStringLiteral("730"));
    QCOMPARE(offerKey(plans[1].offer), QStringLiteral("compute/1yr/no-upfront"));
    QVERIFY(plans[1].exactHours.isZero());
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
    QCOMPARE((o.total - o.committedBeyondHorizon).toString(2), QStringLiteral("137.24"));
    QCOMPARE(o.total.toString(2), QStringLiteral("1646.88")); // + 0.188 x 8,030 = 1,509.64
    QVERIFY(o.option.portfolio);
    // The Compute plan covers 0 instance-hours.
    bool computeCoversNothing = false;
    for (const CalcLine &l : linesOf(o.explain, CalcLine::Kind::SpCoverage))
        if (offerKey(l.offer) == u"compute/1yr/no-upfront")
            computeCoversNothing = l.exactHours.isZero();
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
    QVERIFY(o.warnings.empty()); // a baseline above zero: nothing to warn of
}

void TestCostEngine::riSizeFlexibility_data()
{
    QTest::addColumn<int>("larges");
    QTest::addColumn<QString>("total");
    // One m5.xlarge RI (factor 8) covers two m5.large (factor 4 each): only its 0.12/h fee,
    // 0.12 x 730 = 87.60 inside the 1-month horizon (the 8,030 h after it are owed on top).
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
    const OptionResult &ri = option(r, QStringLiteral("ri"));
    QCOMPARE((ri.total - ri.committedBeyondHorizon).toString(2), total);
    QCOMPARE(ri.committedBeyondHorizon.toString(2), QStringLiteral("963.60")); // 0.12 x 8,030
}

void TestCostEngine::riCoversLargerSizes_data()
{
    // Twelve months (8,760 h), the RIs' whole term, so no fee runs on after the horizon; every
    // price is the scenario's own (no catalog: AWS's table applies).
    // Normalization factors: AWS EC2 User Guide, "How Reserved Instances are applied", instance
    // size flexibility (xlarge 8, 6xlarge 48; a bare-metal size has the factor of its family's
    // largest size: m5.metal = m5.24xlarge = 192). 3xlarge/6xlarge and the others beyond the
    // guide's table are the offer files' normalizationSizeFactor values.
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QString>("riType");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("unknownSize"); // the warning's type, empty = no warning
    const QByteArray m5Owner
        = R"({"name": "ri", "instance_type": "m5.xlarge", "usage": {"kind": "weekly", "hours": {}},
        "prices": {"on_demand_per_hour": "0.192", "reserved": {"standard/1yr/no-upfront": {"hourly": "0.12"}}}})";
    const QByteArray metal
        = R"(, {"name": "metal", "instance_type": "m5.metal", "usage": {"kind": "always-on"},
        "prices": {"on_demand_per_hour": "4.608"}})";
    // 24 x 8 = 192 = one m5.metal: only the fees, 24 x 0.12 x 8760 = 25228.80.
    QTest::newRow("24 m5.xlarge RIs cover one m5.metal") << m5Owner + metal << "m5.xlarge" << 24 << "25228.80"
                                                         << "";
    // 12 x 8 = 96 of 192: half the metal's hours at On-Demand: 12 x 0.12 x 8760 = 12614.40
    // + 0.5 x 4.608 x 8760 = 20183.04 -> 32797.44.
    QTest::newRow("12 m5.xlarge RIs cover half an m5.metal")
        << m5Owner + metal << "m5.xlarge" << 12 << "32797.44"
        << "";
    const QByteArray z1d
        = R"({"name": "ri", "instance_type": "z1d.xlarge", "usage": {"kind": "weekly", "hours": {}},
        "prices": {"on_demand_per_hour": "0.372", "reserved": {"standard/1yr/no-upfront": {"hourly": "0.23"}}}},
        {"name": "big", "instance_type": "z1d.6xlarge", "usage": {"kind": "always-on"},
         "prices": {"on_demand_per_hour": "2.232"}})";
    // 6 x 8 = 48 = one z1d.6xlarge: 6 x 0.23 x 8760 = 12088.80.
    QTest::newRow("6 z1d.xlarge RIs cover one z1d.6xlarge") << z1d << "z1d.xlarge" << 6 << "12088.80"
                                                            << "";
    // 3 x 8 = 24 of 48: 3 x 0.23 x 8760 = 6044.40 + 0.5 x 2.232 x 8760 = 9776.16 -> 15820.56.
    QTest::newRow("3 z1d.xlarge RIs cover half a z1d.6xlarge") << z1d << "z1d.xlarge" << 3 << "15820.56"
                                                               << "";
    // c7gn.metal: no factor in the scenario's prices and no c7gn in ec2lab's table: the RI covers
    // nothing of it, and says so. 0.1 x 8760 = 876.00 + 3.9936 x 8760 = 34983.936 -> 35859.94.
    const QByteArray unknown
        = R"({"name": "ri", "instance_type": "c7gn.large", "usage": {"kind": "weekly", "hours": {}},
        "prices": {"on_demand_per_hour": "0.1248", "reserved": {"standard/1yr/no-upfront": {"hourly": "0.1"}}}},
        {"name": "metal", "instance_type": "c7gn.metal", "usage": {"kind": "always-on"},
         "prices": {"on_demand_per_hour": "3.9936"}})";
    QTest::newRow("unknown size: no coverage, a warning") << unknown << "c7gn.large" << 1 << "35859.94"
                                                          << "c7gn.metal";
}

void TestCostEngine::riCoversLargerSizes()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QString, riType);
    QFETCH(int, count);
    QFETCH(QString, total);
    QFETCH(QString, unknownSize);
    const QByteArray ri
        = R"({"id": "ri", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "count": )"
        + QByteArray::number(count) + R"(, "instance_type": ")" + riType.toUtf8() + R"("})";
    const CostReport r
        = runScenario(scenarioFrom(workloads, ri, 12, {}, R"("prices": {"snapshot": "2026-01-19"})"));
    const OptionResult &o = option(r, QStringLiteral("ri"));
    QCOMPARE(o.total.toString(2), total);
    if (unknownSize.isEmpty()) {
        QVERIFY(o.warnings.empty());
    } else {
        QCOMPARE(o.warnings.size(), std::size_t(1));
        QCOMPARE(o.warnings.front().kind, CostWarning::Kind::UnknownNormalizationFactor);
        QCOMPARE(o.warnings.front().instanceType, unknownSize);
    }
}

void TestCostEngine::platformsAsAwsBillsThem_data()
{
    // Twelve months (8,760 h, the RI's whole term), kPrices: m5.large On-Demand 0.096, Standard 1yr
    // No Upfront RI 0.060/h.
    // Ubuntu and Amazon Linux are billed as Linux/UNIX [AWS, EC2 On-Demand pricing: "Linux" covers
    // the free distributions]; Linux RIs apply to them, never to Windows.
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<QString>("total");
    const QByteArray ri
        = R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "instance_type": "m5.large", "count": 1})";
    const QByteArray od = R"({"id": "x", "kind": "on-demand"})";
    // The RI's fee only: 0.060 x 8760 = 525.60.
    QTest::newRow("Ubuntu under a Linux RI") << QByteArray(
        R"({"name": "u", "instance_type": "m5.large", "platform": "ubuntu", "usage": {"kind": "always-on"}})")
                                             << ri << "525.60";
    QTest::newRow("Amazon Linux under a Linux RI") << QByteArray(
        R"({"name": "a", "instance_type": "m5.large", "platform": "amazon-linux", "usage": {"kind": "always-on"}})")
                                                   << ri << "525.60";
    // One RI, one Ubuntu and one Linux instance: 525.60 + 0.096 x 8760 = 840.96 -> 1366.56.
    QTest::newRow("Ubuntu and Linux share one Linux RI") << QByteArray(
        R"({"name": "u", "instance_type": "m5.large", "platform": "ubuntu", "usage": {"kind": "always-on"}},
            {"name": "l", "instance_type": "m5.large", "usage": {"kind": "always-on"}})")
                                                         << ri << "1366.56";
    // The RI is Linux (its type's first workload is Ubuntu); Windows runs On-Demand at its own
    // price: 525.60 + 0.188 x 8760 = 1646.88 -> 2172.48.
    QTest::newRow("Windows is not covered by a Linux RI") << QByteArray(
        R"({"name": "u", "instance_type": "m5.large", "platform": "ubuntu", "usage": {"kind": "always-on"}},
            {"name": "w", "instance_type": "m5.large", "platform": "windows", "usage": {"kind": "always-on"},
             "prices": {"on_demand_per_hour": "0.188"}})") << ri
                                                          << "2172.48";
    // Two platforms, two prices for one type (once refused): (0.096 + 0.188) x 8760 = 2487.84.
    QTest::newRow("two platforms with two prices for one type") << QByteArray(
        R"({"name": "l", "instance_type": "m5.large", "usage": {"kind": "always-on"},
             "prices": {"on_demand_per_hour": "0.096"}},
            {"name": "w", "instance_type": "m5.large", "platform": "windows", "usage": {"kind": "always-on"},
             "prices": {"on_demand_per_hour": "0.188"}})") << od << "2487.84";
}

void TestCostEngine::platformsAsAwsBillsThem()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, option);
    QFETCH(QString, total);
    const CostReport r = runScenario(scenarioFrom(workloads, option, 12));
    QCOMPARE(::option(r, QStringLiteral("x")).total.toString(2), total);
}

void TestCostEngine::freeTier_data()
{
    QTest::addColumn<QByteArray>("workload");
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("total");
    // Legacy rows: the Region's micro type, free Linux and Windows instance-hours, lines of types
    // not covered; Free plan rows: micro empty, the plan's path (CalcLine::FreePlanPath) and month.
    QTest::addColumn<QString>("micro");
    QTest::addColumn<int>("freeLinuxHours");
    QTest::addColumn<int>("freeWindowsHours");
    QTest::addColumn<int>("notEligible");
    QTest::addColumn<int>("path");
    QTest::addColumn<int>("endMonth");

    using P = CalcLine::FreePlanPath;
    const QByteArray legacy = R"({"id": "ft", "kind": "free-tier", "plan": "legacy"})";
    const QByteArray credits = R"({"id": "ft", "kind": "free-tier", "plan": "credits"})";
    // 12 free months (730 h < 750 h), month 13 pays: 730 x 0.0116 = 8.468; IPv4 free for 12 months,
    // then 3.65; EBS 40 GB gp3: 10 GB x 0.08 = 0.80 for 12 months (9.60) + 3.20 -> 24.918
    QTest::newRow("legacy t2.micro 13 months") << QByteArray(
        R"({"name": "free", "instance_type": "t2.micro", "usage": {"kind": "always-on"}, "public_ipv4": 1,
                          "ebs": [{"type": "gp3", "size_gb": 40}], "prices": {"on_demand_per_hour": "0.0116"}})")
                                               << legacy << 13 << "us-east-1"
                                               << "24.92"
                                               << "t2.micro" << 12 * 730 << 0 << 0 << -1 << 0;
    // AWS (Free Tier page, legacy offer): "750 hours per month of Linux, RHEL, or SLES t2.micro or
    // t3.micro instance dependent on region"; t3.micro counts only where the Region has no
    // t2.micro (eu-north-1 has none: AWS price list, ec2instances.info data 2024-04). Two t3.micro
    // there share the 750 h: 1,460 - 750 = 710 h x 0.0104 = 7.384 per month x 12 = 88.608
    QTest::newRow("legacy two t3.micro share the 750 hours where the Region has no t2.micro")
        << QByteArray(
               R"({"name": "free", "instance_type": "t3.micro", "count": 2, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << legacy << 12 << "eu-north-1"
        << "88.61"
        << "t3.micro" << 12 * 750 << 0 << 0 << -1 << 0;
    // us-east-1 has t2.micro, so t3.micro is not covered there: 2 x 730 x 0.0104 x 12 = 182.208
    QTest::newRow("legacy t3.micro not covered where the Region has t2.micro")
        << QByteArray(
               R"({"name": "free", "instance_type": "t3.micro", "count": 2, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << legacy << 12 << "us-east-1"
        << "182.21"
        << "t2.micro" << 0 << 0 << 1 << -1 << 0;
    // Two pools [AWS]: two Linux t2.micro share 750 h (1,460 - 750 = 710 h x 0.0116 = 8.236 a
    // month); the Windows t2.micro has its own 750 h and is free (one price for both platforms
    // here: the row tests the pools). One shared pool would leave 1,460 h paid: 16.94.
    QTest::newRow("legacy Linux and Windows micro instances have a pool each") << QByteArray(
        R"({"name": "lin", "instance_type": "t2.micro", "count": 2, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0116"}},
                         {"name": "win", "instance_type": "t2.micro", "platform": "windows",
                          "usage": {"kind": "always-on"}})") << legacy << 1 << "us-east-1"
                                                                               << "8.24"
                                                                               << "t2.micro" << 750 << 730
                                                                               << 0 << -1 << 0;
    // Credits: 6 x 70.08 = 420.48 - 100 credits (used up in month 2); m5.large is not a Free plan
    // type, so the account is on the Paid plan from the start
    QTest::newRow("credit plan 100 USD runs out in month 2")
        << m5Workload() << credits << 6 << "us-east-1"
        << "320.48" << QString() << 0 << 0 << 0 << int(P::PaidFromStart) << 0;
    // 200 USD of credits: 420.48 - 200
    QTest::newRow("credit plan with 100 USD earned")
        << m5Workload()
        << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "credits", "earned_credits": "100"})") << 6
        << "us-east-1"
        << "220.48" << QString() << 0 << 0 << 0 << int(P::PaidFromStart) << 0;
    // 6 months of 1 x t3.micro (a Free plan type) at 0.0104 = 7.592/month: 45.552 < 100 of
    // credits, all free on the Free plan
    QTest::newRow("Free plan covers a t3.micro for its 6 months")
        << QByteArray(R"({"name": "small", "instance_type": "t3.micro", "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << credits << 6 << "us-east-1"
        << "0.00" << QString() << 0 << 0 << 0 << int(P::WholeHorizon) << 0;
    // 3 x t3.micro: 22.776 a month; 100 USD of credits pay months 1-4 (91.104) and 8.896 of month
    // 5, then the plan ends: 6 x 22.776 - 100 = 36.656
    QTest::newRow("Free plan ends when the credits run out")
        << QByteArray(
               R"({"name": "small", "instance_type": "t3.micro", "count": 3, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << credits << 6 << "us-east-1"
        << "36.66" << QString() << 0 << 0 << 0 << int(P::UntilCreditsRunOut) << 5;
    // 20 x t3.micro = 151.84 a month: the 100 USD are used up in month 1 (the Free plan then
    // ends and the Paid plan goes on): 8 x 151.84 - 100 = 1,114.72
    QTest::newRow("credits used up in month 1 of 8")
        << QByteArray(
               R"({"name": "small", "instance_type": "t3.micro", "count": 20, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << credits << 8 << "us-east-1"
        << "1114.72" << QString() << 0 << 0 << 0 << int(P::UntilCreditsRunOut) << 1;
    // 18 months (longer than 6: the upgrade to the Paid plan is assumed after month 6) of one
    // t3.micro at 7.592 a month: the credits keep paying until month 12 (12 x 7.592 = 91.104), the
    // 8.896 left expire, months 13-18 pay 6 x 7.592 = 45.552. (The old rule, credits only for 6
    // months, gave 12 x 7.592 = 91.10.)
    QTest::newRow("credits kept until 12 months after sign-up on the Paid plan")
        << QByteArray(R"({"name": "small", "instance_type": "t3.micro", "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << credits << 18 << "us-east-1"
        << "45.55" << QString() << 0 << 0 << 0 << int(P::UpgradeAfterSixMonths) << 0;
}

void TestCostEngine::freeTier()
{
    QFETCH(QByteArray, workload);
    QFETCH(QByteArray, option);
    QFETCH(int, months);
    QFETCH(QString, region);
    QFETCH(QString, total);
    QFETCH(QString, micro);
    QFETCH(int, freeLinuxHours);
    QFETCH(int, freeWindowsHours);
    QFETCH(int, notEligible);
    QFETCH(int, path);
    QFETCH(int, endMonth);
    Scenario s = scenarioFrom(workload, option, months);
    s.region = region;
    const CostReport r = runScenario(s);
    const OptionResult &ft = ::option(r, QStringLiteral("ft"));
    QCOMPARE(ft.total.toString(2), total);
    QCOMPARE(ft.cumulative.back(), ft.total);
    if (!micro.isEmpty()) {
        const auto lines = linesOf(ft.explain, CalcLine::Kind::FreeTierLegacy);
        QCOMPARE(lines.size(), std::size_t(1));
        QCOMPARE(lines.front().instanceType, micro);
        QCOMPARE(lines.front().region, region);
        QCOMPARE(lines.front().seconds, qint64(freeLinuxHours) * 3600);
        QCOMPARE(lines.front().windowsSeconds, qint64(freeWindowsHours) * 3600);
        std::size_t notCovered = 0;
        for (const CalcLine &l : ft.explain)
            notCovered += l.scope == CalcLine::Scope::NotEligible ? 1 : 0;
        QCOMPARE(notCovered, std::size_t(notEligible));
        return;
    }
    const auto paths = linesOf(ft.explain, CalcLine::Kind::FreePlanPath);
    QCOMPARE(paths.size(), std::size_t(1));
    QCOMPARE(int(paths.front().freePlanPath), path);
    QCOMPARE(paths.front().endMonth, endMonth);
    if (paths.front().freePlanPath == CalcLine::FreePlanPath::PaidFromStart)
        QCOMPARE(paths.front().instanceTypes, QStringList { QStringLiteral("m5.large") });
    // The credit line: what was used is what the option's credits column took.
    const auto credits = linesOf(ft.explain, CalcLine::Kind::FreePlanCredits);
    QCOMPARE(credits.size(), std::size_t(1));
    QCOMPARE(credits.front().amount, -ft.breakdown.credits);
    QCOMPARE(credits.front().creditsLeft, credits.front().credits - credits.front().amount);
}

void TestCostEngine::dedicatedRegionFee_data()
{
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("feeHours");
    // AWS, EC2 Dedicated Instances pricing: "Dedicated Per Region Fee ... $2 per hour", charged
    // once per hour in which at least one Dedicated Instance runs in the Region; an AWS bill line
    // reads "$2.00 once per hour when you're running at least one Dedicated Instance in the US
    // West Region" (github.com/Bjorn248/terraform_cashier issue 6). One 730-h month, 0.1056 USD/h.

    // 0.1056 x 730 = 77.088 + 2 x 730 = 1,460 -> 1,537.088
    QTest::newRow("one instance always on: the fee every hour") << m5Workload() << "1537.09" << 730;
    // 3 x 77.088 = 231.264 + 1,460 (the fee once per hour, not per instance) -> 1,691.264
    QTest::newRow("three instances pay the fee once per hour")
        << m5Workload(R"(, "count": 3)") << "1691.26" << 730;
    // Two workloads running in the same hours still pay one fee: 2 x 77.088 + 1,460 = 1,614.176
    QTest::newRow("two workloads in the same hours pay one fee")
        << m5Workload() + ", " + m5Workload().replace("\"web\"", "\"api\"") << "1614.18" << 730;
    // Weekdays 09-17 from Thursday 2026-01-01 over 730 h (to Saturday 2026-01-31 10:00): 22
    // weekdays x 8 h = 176 h: 176 x 0.1056 = 18.5856 + 176 x 2 = 352 -> 370.5856
    QTest::newRow("weekdays 09-17: the fee only in hours with a run")
        << m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 17]]}})") << "370.59" << 176;
    // 40 % of every hour: 0.4 x 77.088 = 30.8352; every hour has a running second, so the whole
    // fee: 1,460 -> 1,490.8352
    QTest::newRow("40 % utilization still pays the fee every hour")
        << m5Workload({}, R"({"kind": "utilization", "percent": "40"})") << "1490.84" << 730;
}

void TestCostEngine::dedicatedRegionFee()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QString, total);
    QFETCH(int, feeHours);
    const CostReport r
        = runScenario(scenarioFrom(workloads, R"({"id": "di", "kind": "dedicated-instance"})", 1));
    const OptionResult &di = option(r, QStringLiteral("di"));
    QCOMPARE(di.total.toString(2), total);
    const auto fee = linesOf(di.explain, CalcLine::Kind::DedicatedRegionFee);
    QCOMPARE(fee.size(), std::size_t(1));
    QCOMPARE(fee.front().region, QStringLiteral("us-east-1"));
    QCOMPARE(fee.front().hours, qint64(feeHours));
    QCOMPARE(fee.front().rate.toPlainString(), QStringLiteral("2"));
    QCOMPARE(fee.front().amount, Money::fromUnits(2 * feeHours));
    QVERIFY(std::any_of(r.assumptions.begin(), r.assumptions.end(),
        [](const AssumptionNote &n) { return n.kind == AssumptionNote::Kind::DedicatedRegionFee; }));
}

void TestCostEngine::dataTransferTiers_data()
{
    QTest::addColumn<QByteArray>("gbPerMonth");
    QTest::addColumn<QByteArray>("prices");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("transfer");

    const QByteArray flat
        = R"("prices": {"on_demand_per_hour": "0.096", "data_transfer_out_per_gb": "0.09"})";
    const QByteArray noRate = R"("prices": {"on_demand_per_hour": "0.096"})";
    const QDate start(2026, 1, 1);
    // AWS: "Data Transfer from AWS Regions to the Internet is now free for up to 100 GB of data per
    // month (up from 1 GB per region)" (AWS Free Tier data transfer expansion, 2021-12-01;
    // re:Post QUAT1NfOeZSAK5z8KXXO9jgA quotes a bill: "$0.090 per GB - first 10 TB / month data
    // transfer out beyond the global free tier").
    QTest::newRow("the first 100 GB a month are free") << QByteArray("100") << flat << start << 1 << "0.00";
    // (250 - 100) x 0.09 = 13.50
    QTest::newRow("150 GB beyond the free 100 at the scenario's rate")
        << QByteArray("250") << flat << start << 1 << "13.50";
    // No rate in the scenario: AWS's us-east-1 internet tiers (EC2 On-Demand pricing page: first
    // 10 TB 0.09, next 40 TB 0.085, next 100 TB 0.07, over 150 TB 0.05 per GB; TB = 1,024 GB as in
    // the Price List ranges). 20,000 GB: (10,240 - 100) x 0.09 = 912.60 + (20,000 - 10,240) x
    // 0.085 = 829.60 -> 1,742.20
    QTest::newRow("AWS tiers: 20,000 GB cross the 10 TB bound")
        << QByteArray("20000") << noRate << start << 1 << "1742.20";
    // 200,000 GB: 912.60 + 40,960 x 0.085 = 3,481.60 + 102,400 x 0.07 = 7,168.00 + (200,000 -
    // 153,600) x 0.05 = 2,320.00 -> 13,882.20
    QTest::newRow("AWS tiers: 200,000 GB use all four")
        << QByteArray("200000") << noRate << start << 1 << "13882.20";
    // Before 2021-12-01 only 1 GB a month was free: 249 x 0.09 = 22.41
    QTest::newRow("1 GB free before 2021-12")
        << QByteArray("250") << flat << QDate(2021, 10, 1) << 1 << "22.41";
    // From 2021-11-01: month 1 (from 11-01) 1 GB free = 22.41; month 2 starts 730 h later on
    // 2021-12-01 10:00, 100 GB free = 13.50 -> 35.91
    QTest::newRow("the allowance follows the month's date")
        << QByteArray("250") << flat << QDate(2021, 11, 1) << 2 << "35.91";
}

void TestCostEngine::dataTransferTiers()
{
    QFETCH(QByteArray, gbPerMonth);
    QFETCH(QByteArray, prices);
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QString, transfer);
    Scenario s = scenarioFrom(m5Workload(R"(, "data_transfer_out_gb_per_month": ")" + gbPerMonth + "\""),
        R"({"id": "od", "kind": "on-demand"})", months, {}, prices);
    s.start = start;
    const CostReport r = runScenario(s);
    const OptionResult &od = option(r, QStringLiteral("od"));
    QCOMPARE(od.breakdown.dataTransfer.toString(2), transfer);
    // The explanation's lines show the same money: each line's monthly amount times its months.
    Money explained;
    for (const CalcLine &l : linesOf(od.explain, CalcLine::Kind::DataTransfer)) {
        Money pieces;
        for (const CalcLine::TransferPiece &p : l.pieces)
            pieces += p.free ? Money() : p.rate.times(p.gb);
        QCOMPARE(pieces, l.amount);
        explained += l.amount * (l.firstMonth == 0 ? months : l.lastMonth - l.firstMonth + 1);
    }
    QCOMPARE(explained.toString(2), transfer);
}

void TestCostEngine::dataTransferWithoutTiersNeedsARate()
{
    // ec2lab knows AWS's tiers for the US Regions only; elsewhere a missing rate is named.
    Scenario s = scenarioFrom(m5Workload(R"(, "data_transfer_out_gb_per_month": "500")"),
        R"({"id": "od", "kind": "on-demand"})", 1, {}, R"("prices": {"on_demand_per_hour": "0.118"})");
    s.region = QStringLiteral("ap-northeast-2");
    try {
        runScenario(s);
        QFAIL("a Region without known tiers and no rate was accepted");
    } catch (const InputError &e) {
        QVERIFY2(e.toString().contains(QLatin1String("missing price prices.data_transfer_out_per_gb")),
            qPrintable(e.toString()));
    }
}

void TestCostEngine::dataTransferBeyondExactRangeIsRefused()
{
    // 9e9 GB x 100 USD/GB = 9e11 USD a month, beyond what Money holds exactly: one clear message.
    Scenario s = scenarioFrom(m5Workload(R"(, "data_transfer_out_gb_per_month": "9000000000")"),
        R"({"id": "od", "kind": "on-demand"})", 1, {},
        R"("prices": {"on_demand_per_hour": "0.096", "data_transfer_out_per_gb": "100"})");
    try {
        runScenario(s);
        QFAIL("an amount beyond the exact range was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.location, QStringLiteral("workloads"));
        QVERIFY2(e.message.contains(QLatin1String("the costs exceed")), qPrintable(e.toString()));
    }
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
    // As for RIs, the whole term is owed: 2.19 x 8,760 = 19,184.40 inside the horizon plus the rest
    // of the 3-year term, 2.19 x (26,280 - 8,760 = 17,520) = 38,368.80, committed beyond it:
    // 57,553.20 (= 2.19 x 26,280).
    QTest::newRow("3yr term longer than a 12-month horizon")
        << oneM5 << QByteArray(R"("term": "3yr", "payment": "no-upfront")") << 12 << "57553.20"
        << "0.00" << int(CalcLine::Kind::CommittedBeyond) << qint64(1) << "2.19" << qint64(17520)
        << "38368.80" << kHostPrices;
    // 18 months = 13,140 h: a second 1-year term would not fit (8,760 + 8,760 > 13,140), so 8,760
    // reserved (27,970.68) + 4,380 On-Demand host-hours x 5.069 (22,202.22) = 50,172.90
    QTest::newRow("18 months: a renewal would not fit, the host is On-Demand after the term")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 18 << "50172.90"
        << "0.00" << int(CalcLine::Kind::HostOnDemandAfterTerm) << qint64(1) << "5.069" << qint64(4380)
        << "22202.22" << kHostPrices;
    // 24 months = 17,520 h = two whole terms: renewed once, 3.193 x 17,520 = 55,941.36
    QTest::newRow("24 months: the 1yr reservation renewed once")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 24 << "55941.36"
        << "0.00" << int(CalcLine::Kind::HostReservedHourly) << qint64(1) << "3.193" << qint64(17520)
        << "55941.36" << kHostPrices;
    // "renew": false: one term, then On-Demand: 27,970.68 + 8,760 x 5.069 (44,404.44) = 72,375.12
    QTest::newRow("24 months, renew false: one term then On-Demand")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront", "renew": false)") << 24
        << "72375.12"
        << "0.00" << int(CalcLine::Kind::HostOnDemandAfterTerm) << qint64(1) << "5.069" << qint64(8760)
        << "44404.44" << kHostPrices;
    // All Upfront over 24 months: two purchases, 2 x 20,000 = 40,000 upfront, nothing hourly
    QTest::newRow("24 months All Upfront: the fee paid at each of the two terms")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "all-upfront")") << 24 << "40000.00"
        << "40000.00" << int(CalcLine::Kind::HostReservedUpfront) << qint64(2) << "20000" << qint64(0)
        << "40000.00" << kHostPrices;
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
    QCOMPARE(o.cumulative.back() + o.committedBeyondHorizon, o.total);
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

void TestCostEngine::spotMonteCarloUsesTheBillingMeter_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("redoCostsExtra");
    // lifecycle.md section 5 (AWS "Billing for interrupted Spot Instances"): a run EC2 interrupts
    // is free in its first hour on every platform; after it per-second platforms pay the seconds
    // used (so redoing the lost work since the last full hour is an extra cost), per-hour platforms
    // pay the full hours but not the interrupted partial hour (the lost stretch is never billed,
    // so its redo costs nothing extra: every percentile equals the expected total).
    QTest::newRow("Linux pays the redo of work lost after the first hour")
        << "linux" << QDate(2026, 1, 1) << true;
    QTest::newRow("SUSE never pays for the interrupted partial hour") << "suse" << QDate(2026, 1, 1) << false;
    QTest::newRow("RHEL before 2024-04-01 is billed per hour like SUSE")
        << "rhel" << QDate(2023, 6, 1) << false;
    QTest::newRow("RHEL from 2024-04-01 is billed per second") << "rhel" << QDate(2024, 6, 1) << true;
}

void TestCostEngine::spotMonteCarloUsesTheBillingMeter()
{
    QFETCH(QString, platform);
    QFETCH(QDate, start);
    QFETCH(bool, redoCostsExtra);
    Scenario s = scenarioFrom(m5Workload(R"(, "platform": ")" + platform.toLatin1() + "\""),
        R"({"id": "spot", "kind": "spot", "savings_percent": "66", "interruptions_per_month": "4",
            "seed": 7, "paths": 300})",
        6);
    s.start = start;
    const ScenarioPrices prices = s.prices;
    CostEngine engine(s, prices);
    engine.setMonteCarloThreads(1);
    const OptionResult o = engine.evaluate(s.options.front());
    QVERIFY(o.spotRisk);
    // Work is lost on every platform (about 4 x 6 = 24 interruptions a path).
    QVERIFY(o.spotRisk->lostHoursP50.back() > 0);
    if (redoCostsExtra) {
        QVERIFY2(o.spotRisk->costP50.back() > o.total, qPrintable(o.spotRisk->costP50.back().toString(6)));
    } else {
        QCOMPARE(o.spotRisk->costP10.back(), o.total);
        QCOMPARE(o.spotRisk->costP90.back(), o.total);
    }
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
    // ... and the option says why it equals On-Demand instead of showing a plan without a word.
    QCOMPARE(sp.warnings.size(), std::size_t(1));
    QCOMPARE(sp.warnings.front().kind, CostWarning::Kind::ZeroProposedCommitment);
    QCOMPARE(offerKey(sp.warnings.front().offer), QStringLiteral("compute/1yr/no-upfront"));
    QVERIFY(od.warnings.empty());
    // Spot at 60 % off is cheaper from the first month on.
    QCOMPARE(option(r, QStringLiteral("spot")).breakEvenMonth, std::optional<int>(1));
}

void TestCostEngine::explanationAddsUp_data()
{
    // Every option kind, with lines of every shape: the explanation must rebuild the TOTAL.
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("months");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("prices");
    const QByteArray extras = m5Workload(
        R"(, "count": 2, "ebs": [{"type": "gp3", "size_gb": 30}, {"type": "gp2", "size_gb": 8}], "public_ipv4": 1,
            "data_transfer_out_gb_per_month": "123.4")");
    const QByteArray weekly = m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 17]]}})");
    const QByteArray util = m5Workload({}, R"({"kind": "utilization", "percent": "37.5"})");
    const QByteArray micro
        = R"({"name": "free", "instance_type": "t2.micro", "count": 2, "usage": {"kind": "always-on"},
        "public_ipv4": 1, "ebs": [{"type": "gp3", "size_gb": 40}], "prices": {"on_demand_per_hour": "0.0116"}},
        )"
        + m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 17]]}})");
    const QByteArray riKinds = R"({"id": "od", "kind": "on-demand"},
        {"id": "ri-au", "kind": "reserved", "term": "1yr", "payment": "all-upfront"},
        {"id": "ri-pu", "kind": "reserved", "term": "1yr", "payment": "partial-upfront", "count": 2},
        {"id": "ri-nu-renew", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "renew": true},
        {"id": "sp-c", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.05"},
        {"id": "sp-e", "kind": "savings-plan", "type": "ec2-instance", "term": "1yr", "payment": "no-upfront"},
        {"id": "spot", "kind": "spot", "savings_percent": "66", "interruptions_per_month": "2", "seed": 3, "paths": 200},
        {"id": "dh", "kind": "dedicated-host"},
        {"id": "di", "kind": "dedicated-instance"},
        {"id": "ft", "kind": "free-tier", "plan": "legacy"},
        {"id": "fc", "kind": "free-tier", "plan": "credits", "earned_credits": "40"})";
    for (int months : { 1, 12, 18, 24 }) {
        QTest::addRow("always-on x2 with EBS, IPv4, transfer, %d months", months)
            << extras << riKinds << months << QByteArray() << kPrices;
        QTest::addRow("weekday office hours, %d months", months)
            << weekly << riKinds << months << QByteArray() << kPrices;
    }
    QTest::newRow("37.5% utilization, 13 months") << util << riKinds << 13 << QByteArray() << kPrices;
    QTest::newRow("calendar months, 14 months")
        << extras << riKinds << 14 << QByteArray(R"("calendar_months": true, )") << kPrices;
    QTest::newRow("two Free Tier micros and an m5, 13 months")
        << micro << QByteArray(R"({"id": "ft", "kind": "free-tier", "plan": "legacy"},
            {"id": "fc", "kind": "free-tier", "plan": "credits"}, {"id": "od", "kind": "on-demand"})")
        << 13 << QByteArray() << kPrices;
    QTest::newRow("Spot price history, 2 months")
        << m5Workload() << QByteArray(R"({"id": "spot", "kind": "spot", "price_history": [
            {"timestamp": "2026-01-01T12:30:00Z", "price": "0.050"},
            {"timestamp": "2026-01-02T00:00:00Z", "price": "0.030"}]})")
        << 2 << QByteArray() << kPrices;
    // Savings Plans with an upfront part, over a whole term and renewed over two.
    QByteArray upfrontPlanPrices = kPrices;
    upfrontPlanPrices.replace(R"("compute/1yr/no-upfront": "0.068")",
        R"("compute/1yr/no-upfront": "0.068", "compute/1yr/partial-upfront": "0.066", "compute/1yr/all-upfront": "0.064")");
    const QByteArray upfrontPlans
        = R"({"id": "sp-pu", "kind": "savings-plan", "type": "compute", "term": "1yr",
            "payment": "partial-upfront", "commitment_per_hour": "0.05"},
        {"id": "sp-au-renew", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "all-upfront",
            "commitment_per_hour": "0.07", "renew": true})";
    for (int months : { 12, 24 })
        QTest::addRow("Savings Plans with upfront, %d months", months)
            << extras << upfrontPlans << months << QByteArray() << upfrontPlanPrices;
    // Terms longer than the horizon (committed beyond it), and renewals that do not fit.
    const QByteArray termOptions
        = R"({"id": "ri-3nu", "kind": "reserved", "term": "3yr", "payment": "no-upfront"},
        {"id": "ri-3au", "kind": "reserved", "term": "3yr", "payment": "all-upfront"},
        {"id": "ri-1pu", "kind": "reserved", "term": "1yr", "payment": "partial-upfront"},
        {"id": "ri-1nu-once", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "renew": false},
        {"id": "sp-3pu", "kind": "savings-plan", "type": "compute", "term": "3yr", "payment": "partial-upfront",
            "commitment_per_hour": "0.05"})";
    for (int months : { 6, 12, 18, 30 })
        QTest::addRow("whole-term commitments, %d months", months)
            << m5Workload() << termOptions << months << QByteArray() << kTermPrices;
    const QByteArray hostOptions
        = R"({"id": "dh-1nu", "kind": "dedicated-host", "term": "1yr", "payment": "no-upfront"},
        {"id": "dh-3nu", "kind": "dedicated-host", "term": "3yr", "payment": "no-upfront"},
        {"id": "dh-1au-renew", "kind": "dedicated-host", "term": "1yr", "payment": "all-upfront", "renew": true},
        {"id": "dh", "kind": "dedicated-host"})";
    for (int months : { 12, 18, 30 })
        QTest::addRow("Dedicated Host reservations, %d months", months)
            << QByteArray(
                   R"({"name": "a", "instance_type": "m5.large", "count": 49, "usage": {"kind": "always-on"}},
                             {"name": "c", "instance_type": "c5.large", "usage": {"kind": "always-on"},
                              "prices": {"on_demand_per_hour": "0.085"}})")
            << hostOptions << months << QByteArray() << kHostPrices;
}

void TestCostEngine::explanationAddsUp()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, options);
    QFETCH(int, months);
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, prices);
    const CostReport r = runScenario(scenarioFrom(workloads, options, months, head, prices));
    QVERIFY(!r.options.empty());
    for (const OptionResult &o : r.options) {
        const QByteArray id = o.id.toUtf8();
        QVERIFY2(!o.explain.empty(), id.constData());
        // The summands add up to the TOTAL exactly (nano-USD), not just to the cent.
        Money sum;
        std::size_t summands = 0;
        for (const CalcLine &l : o.explain) {
            if (l.role != CalcLine::Role::Summand)
                continue;
            sum += l.contribution;
            ++summands;
        }
        QVERIFY2(sum == o.total,
            qPrintable(QStringLiteral("%1: summands %2, total %3")
                           .arg(o.id, sum.toPlainString(), o.total.toPlainString())));
        // The explanation ends with the Total line: the summands rounded to the cent, in order, plus
        // the rounding (at most half a cent per term) give the TOTAL rounded to the cent.
        const CalcLine &t = o.explain.back();
        QCOMPARE(t.kind, CalcLine::Kind::Total);
        QCOMPARE(t.terms.size(), summands);
        QCOMPARE(t.amount, o.total);
        Money terms;
        for (const Money &m : t.terms)
            terms += m;
        QCOMPARE(terms + t.rounding, o.total.rounded(2));
        const Money rounding = t.rounding < Money() ? -t.rounding : t.rounding;
        QVERIFY2(rounding <= Money::fromNanos(5000000) * static_cast<std::int64_t>(summands), id.constData());
        // Every "a x b = c" holds, and every line after the sum is context (no double counting).
        for (const CalcLine &l : o.explain) {
            QString why;
            QVERIFY2(productHolds(l, why),
                qPrintable(QStringLiteral("%1, line kind %2: %3").arg(o.id).arg(int(l.kind)).arg(why)));
        }
        // Break-even utilization and the Spot percentiles have their lines when they exist.
        QCOMPARE(std::count_if(o.explain.begin(), o.explain.end(),
                     [](const CalcLine &l) { return l.kind == CalcLine::Kind::BreakEvenUtilization; }),
            o.breakEvenUtilizationPercent ? 1 : 0);
        QCOMPARE(std::count_if(o.explain.begin(), o.explain.end(),
                     [](const CalcLine &l) { return l.kind == CalcLine::Kind::SpotPercentiles; }),
            o.spotRisk ? 1 : 0);
        QCOMPARE(linesOf(o.explain, CalcLine::Kind::NormalizedMonthly).size(), std::size_t(1));
    }
}

void TestCostEngine::normalizedMonthly_data()
{
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("monthly");
    QTest::addColumn<QString>("normalized");
    // AWS Pricing Calculator: upfront / 12 + hourly x 730. 1yr Partial Upfront RI, 1 m5.large always
    // on: 252 / 12 + 0.029 x 730 = 21.00 + 21.17 = 42.17; monthly (no upfront) stays 21.17.
    QTest::newRow("RI 1yr partial upfront")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "partial-upfront"})") << 12
        << "21.17"
        << "42.17";
    // 1yr All Upfront RI: 494 / 12 + 0 = 41.1666... -> 41.17; monthly 0.
    QTest::newRow("RI 1yr all upfront")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})") << 12
        << "0.00"
        << "41.17";
    // Compute Savings Plan 1yr Partial Upfront, 0.05 USD/h: half paid upfront, 0.025 x 8760 = 219, the
    // other 0.025 x 730 = 18.25 a month, plus the usage the plan leaves On-Demand: 0.096 - 0.05 / 0.068 x
    // 0.096 = 0.0254117647... USD/h x 730 = 18.5505882... -> monthly 36.80; 219 / 12 + 36.80 = 55.05.
    QTest::newRow("Compute Savings Plan 1yr partial upfront 0.05 USD/h")
        << QByteArray(R"({"id": "x", "kind": "savings-plan", "type": "compute", "term": "1yr",
                          "payment": "partial-upfront", "commitment_per_hour": "0.05"})")
        << 12 << "36.80"
        << "55.05";
}

void TestCostEngine::normalizedMonthly()
{
    QFETCH(QByteArray, option);
    QFETCH(int, months);
    QFETCH(QString, monthly);
    QFETCH(QString, normalized);
    QByteArray prices = kPrices;
    prices.replace(R"("compute/1yr/no-upfront": "0.068")",
        R"("compute/1yr/no-upfront": "0.068", "compute/1yr/partial-upfront": "0.068")");
    const CostReport r = runScenario(scenarioFrom(m5Workload(), option, months, {}, prices));
    const OptionResult &o = ::option(r, QStringLiteral("x"));
    QCOMPARE(o.monthly.toString(2), monthly);
    QCOMPARE(o.normalizedMonthly.toString(2), normalized);
    const auto lines = linesOf(o.explain, CalcLine::Kind::NormalizedMonthly);
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(lines.front().amount, o.normalizedMonthly);
    QCOMPARE(lines.front().upfront + lines.front().recurring * 12 - o.upfront,
        o.monthly * 12); // 12 months: the upfront is the whole upfront, paid once
}

void TestCostEngine::wholeTermCommitments_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("upfront");
    QTest::addColumn<QString>("beyond");
    QTest::addColumn<QString>("effectiveHourly");
    QTest::addColumn<QString>("monthly");
    // The calculation line that shows the rule (tst_costtext checks its words).
    QTest::addColumn<int>("lineKind");
    QTest::addColumn<QString>("lineAmount");

    // One m5.large always on; On-Demand 0.096/h: 12 months = 840.96, 18 = 1,261.44, 36 = 2,522.88.
    // 3yr No Upfront over 12 months: 0.041 x 8,760 = 359.16 paid inside the horizon, 0.041 x
    // (26,280 - 8,760 = 17,520) = 718.32 committed beyond it; total 1,077.48 (= 0.041 x 26,280),
    // more than On-Demand's 840.96 (it looked 57 % cheaper when cut at the horizon).
    // monthly = 359.16 / 12 = 29.93; effective = 0.041 + 0 / 26,280.
    QTest::newRow("12-month horizon, 3yr No Upfront RI: whole term owed")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "3yr", "payment": "no-upfront"})") << 12
        << "1077.48"
        << "0.00"
        << "718.32"
        << "0.041000"
        << "29.93" << int(CalcLine::Kind::CommittedBeyond) << "718.32";
    // 3yr All Upfront over 12 months: 1,030 paid at the start, nothing owed later; effective
    // 0 + 1,030 / 26,280 = 0.0391933 (the same 3-year rate as No Upfront's terms compare against).
    QTest::newRow("12-month horizon, 3yr All Upfront RI: paid at the start, nothing beyond")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "3yr", "payment": "all-upfront"})") << 12
        << "1030.00"
        << "1030.00"
        << "0.00"
        << "0.039193"
        << "0.00" << int(CalcLine::Kind::RiUpfront) << "1030.00";
    // 3yr Partial Upfront Compute plan of 0.05 USD/h over 12 months: half upfront, 0.025 x 26,280 =
    // 657.00; hourly half 0.025 x 8,760 = 219.00 inside, 0.025 x 17,520 = 438.00 beyond; the plan
    // rate 0.045 < 0.05 covers the instance every hour, nothing On-Demand. Total 657 + 219 + 438 =
    // 1,314.00 = 0.05 x 26,280; effective 0.025 + 657 / 26,280 = 0.05; monthly 219 / 12 = 18.25.
    QTest::newRow("12-month horizon, 3yr Partial Upfront Savings Plan")
        << QByteArray(R"({"id": "x", "kind": "savings-plan", "type": "compute", "term": "3yr",
                         "payment": "partial-upfront", "commitment_per_hour": "0.05"})")
        << 12 << "1314.00"
        << "657.00"
        << "438.00"
        << "0.050000"
        << "18.25" << int(CalcLine::Kind::CommittedBeyond) << "438.00";
    // Horizon equal to the term: unchanged, nothing beyond: 0.041 x 26,280 = 1,077.48.
    QTest::newRow("36-month horizon, 3yr No Upfront RI: horizon = term")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "3yr", "payment": "no-upfront"})") << 36
        << "1077.48"
        << "0.00"
        << "0.00"
        << "0.041000"
        << "29.93" << int(CalcLine::Kind::RiHourly) << "1077.48";
    // 1yr Partial Upfront over 36 months: three whole terms (26,280 / 8,760 = 3), bought at hours 0,
    // 8,760 and 17,520: upfront 3 x 252 = 756; hourly 0.029 x 26,280 = 762.12; total 1,518.12
    // (savings 1 - 1,518.12 / 2,522.88 = 39.83 %, not the 13 % of a term that ends at month 12);
    // effective 0.029 + 252 / 8,760 = 0.0577671; monthly 762.12 / 36 = 21.17.
    QTest::newRow("36-month horizon, 1yr Partial Upfront RI renewed: 3 terms")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "partial-upfront"})") << 36
        << "1518.12"
        << "756.00"
        << "0.00"
        << "0.057767"
        << "21.17" << int(CalcLine::Kind::RiUpfront) << "756.00";
    // 1yr No Upfront over 18 months: a second term would end at hour 17,520 > 13,140, so one term
    // (0.060 x 8,760 = 525.60) and months 13-18 On-Demand (4,380 h x 0.096 = 420.48): 946.08;
    // monthly 946.08 / 18 = 52.56.
    QTest::newRow("18-month horizon, 1yr RI: one renewal would not fit")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "no-upfront"})") << 18
        << "946.08"
        << "0.00"
        << "0.00"
        << "0.060000"
        << "52.56" << int(CalcLine::Kind::OnDemandRest) << "420.48";
    // "renew": false over 36 months: one term (525.60), then 17,520 h On-Demand x 0.096 = 1,681.92:
    // 2,207.52; monthly 2,207.52 / 36 = 61.32.
    QTest::newRow("36-month horizon, 1yr RI with renew false: one term")
        << QByteArray(
               R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "renew": false})")
        << 36 << "2207.52"
        << "0.00"
        << "0.00"
        << "0.060000"
        << "61.32" << int(CalcLine::Kind::OnDemandRest) << "1681.92";
    // 1yr All Upfront over 36 months renewed: 3 x 494 = 1,482 upfront, every fee paid at a purchase.
    QTest::newRow("36-month horizon, 1yr All Upfront RI renewed: upfront sums every purchase")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})") << 36
        << "1482.00"
        << "1482.00"
        << "0.00"
        << "0.056393" // 494 / 8,760 = 0.0563927
        << "0.00" << int(CalcLine::Kind::RiUpfront) << "1482.00";
}

void TestCostEngine::wholeTermCommitments()
{
    QFETCH(QByteArray, options);
    QFETCH(int, months);
    QFETCH(QString, total);
    QFETCH(QString, upfront);
    QFETCH(QString, beyond);
    QFETCH(QString, effectiveHourly);
    QFETCH(QString, monthly);
    QFETCH(int, lineKind);
    QFETCH(QString, lineAmount);
    const CostReport r = runScenario(scenarioFrom(m5Workload(), options, months, {}, kTermPrices));
    const OptionResult &o = option(r, QStringLiteral("x"));
    QCOMPARE(o.total.toString(2), total);
    QCOMPARE(o.upfront.toString(2), upfront);
    QCOMPARE(o.committedBeyondHorizon.toString(2), beyond);
    QVERIFY(o.effectiveHourly.has_value());
    QCOMPARE(o.effectiveHourly->toString(6), effectiveHourly);
    QCOMPARE(o.monthly.toString(2), monthly);
    // The months hold what is paid inside the horizon; the total adds what is owed after it.
    QCOMPARE(o.cumulative.back() + o.committedBeyondHorizon, o.total);
    const auto lines = linesOf(o.explain, CalcLine::Kind(lineKind));
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(lines.front().amount.toString(2), lineAmount);
    // The blended cost of a used hour is its own figure: (compute + upfront + beyond) / used hours.
    const std::int64_t usedHours = static_cast<std::int64_t>(months) * 730;
    QCOMPARE(o.costPerUsedHour->toString(6), o.total.mulDiv(1, usedHours).toString(6));
    // The assumptions state the renewal rule.
    QVERIFY(std::any_of(r.assumptions.cbegin(), r.assumptions.cend(),
        [](const AssumptionNote &n) { return n.kind == AssumptionNote::Kind::Renewal; }));
    // Savings are of the whole obligation: 1 - total / On-Demand's total.
    const Money od = Money::parse(u"0.096")->mulDiv(usedHours, 1);
    QCOMPARE(o.savingsPercent.toString(2), (od - o.total).dividedBy(od).mulDiv(100, 1).toString(2));
    if (o.total >= od)
        QVERIFY(!o.breakEvenMonth.has_value());
}

void TestCostEngine::savingsPlanExplanationAddsUpExactly()
{
    // 0.05 USD/h Compute plan at 0.068 over 12 months: it covers 0.05 / 0.068 of each hour, the rest
    // (1 - 0.05 / 0.068) x 8,760 = 2,318.8235294 instance-hours at 0.096 = 222.607058... -> 222.61;
    // the commitment 0.05 x 8,760 = 438.00; 438.00 + 222.61 = 660.61, the total rounded once
    // (660.607058...). Whole seconds would have covered 2,647 s and billed 953 s x 8,760 On-Demand.
    const CostReport r = runScenario(scenarioFrom(m5Workload(),
        R"({"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront",
            "commitment_per_hour": "0.05"})",
        12));
    const OptionResult &o = option(r, QStringLiteral("sp"));
    QCOMPARE(o.total.toString(2), QStringLiteral("660.61"));
    const auto commitment = linesOf(o.explain, CalcLine::Kind::SpCommitment);
    QCOMPARE(commitment.size(), size_t(1));
    QCOMPARE(commitment[0].amount.toString(2), QStringLiteral("438.00"));
    const auto rest = linesOf(o.explain, CalcLine::Kind::OnDemandRest);
    QCOMPARE(rest.size(), size_t(1));
    // Each hour the plan covers 0.05 / 0.068 x 3,600 s = 2,647.058823529 s (to the nanosecond), the
    // rest 952.941176471 s: x 8,760 h / 3,600 = 2,318.823529412767 h -> 2,318.823529413 (the exact
    // 8,760 x 0.018 / 0.068 = 2,318.8235294118; the nanosecond rounding is 1e-9 h over the year)
    QCOMPARE(rest[0].exactHours.toPlainString(), QStringLiteral("2318.823529413"));
    QCOMPARE(rest[0].amount.toString(2), QStringLiteral("222.61"));
    // covered: 2,647.058823529 s x 8,760 / 3,600 = 6,441.176470587233 -> 6,441.176470587 h
    const auto covered = linesOf(o.explain, CalcLine::Kind::SpCoverage);
    QCOMPARE(covered.size(), size_t(1));
    QCOMPARE(covered[0].exactHours.toPlainString(), QStringLiteral("6441.176470587"));
    // The lines' amounts add up to the total to the cent.
    QCOMPARE((commitment[0].amount + rest[0].amount).toString(2), o.total.toString(2));
}

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
