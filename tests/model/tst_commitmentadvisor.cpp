// The commitment advisor (issue 17): total cost over the horizon as a function of the hourly
// Savings Plan commitment, with hand-computed optima.
//
// Unless a row says otherwise: one instance type, On-Demand 0.10 USD/h, Savings Plan 0.06 USD/h
// (40 % off, so the break-even share of hours is 0.06 / 0.10 = 0.6), a 10-hour profile, a term
// and a horizon of 10 hours (the advisor works in hours; short terms keep the arithmetic small),
// a commitment step of 0.01 USD/h.

#include "usage/commitmentadvisor.h"

#include <QTest>

using namespace ec2lab;
using namespace ec2lab::usage;

namespace {

Money m(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

/// A series from whole instance counts per hour.
AdvisorSeries series(const QList<int> &counts, const char *od = "0.10", const char *sp = "0.06")
{
    AdvisorSeries s;
    for (int c : counts)
        s.instanceHours.push_back(Money::fromUnits(c));
    s.onDemandRate = m(od);
    s.savingsPlanRate = m(sp);
    return s;
}

QList<int> levels(int highHours, int high, int lowHours, int low)
{
    QList<int> out;
    for (int i = 0; i < highHours; ++i)
        out << high;
    for (int i = 0; i < lowHours; ++i)
        out << low;
    return out;
}

AdvisorSettings settings(qint64 term = 10, qint64 horizon = 10)
{
    AdvisorSettings s;
    s.termHours = term;
    s.horizonHours = horizon;
    s.step = m("0.01");
    return s;
}

} // namespace

Q_DECLARE_METATYPE(QList<int>)

class TestCommitmentAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void optimum_data();
    void optimum();
    void coverageOrder();
    void userChoiceOffGrid();
    void gridAgreesWithEvaluate();
    void conservative_data();
    void conservative();
    void coarserStepForHugeCurves();
    void reservedBeatSavingsPlans();
    void reservedCount_data();
    void reservedCount();
    void reservedSmallestSizeFirst();
    void reservedExactTypeOnly();
};

void TestCommitmentAdvisor::optimum_data()
{
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<qint64>("term");
    QTest::addColumn<qint64>("horizon");
    QTest::addColumn<QString>("commitment");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("onDemandTotal");
    QTest::addColumn<int>("points");

    // Flat 2 instances: the optimum covers exactly the flat usage's plan-rate spend,
    // 2 x 0.06 = 0.12 USD/h; total = 0.12 x 10 h = 1.20 (On-Demand: 2 x 0.10 x 10 = 2.00).
    // Peak On-Demand spend 0.20 USD/h -> points 0.00 .. 0.20 = 21.
    QTest::newRow("flat 2 instances: optimum = their plan-rate spend")
        << QList<int> { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 } << qint64(10) << qint64(10) << "0.12"
        << "1.2"
        << "2" << 21;
    // Upper level (2nd instance) in 5 of 10 hours: share 0.5 < 0.6 -> stay at the lower level.
    // c = 0.06: 0.06 x 10 + 5 h x 0.10 = 1.10; c = 0.12: 1.20. On-Demand: 15 x 0.10 = 1.50.
    QTest::newRow("two levels, upper 5/10 h below break-even: optimum at the lower level")
        << levels(5, 2, 5, 1) << qint64(10) << qint64(10) << "0.06"
        << "1.1"
        << "1.5" << 21;
    // Upper level in 7 of 10 hours: share 0.7 > 0.6 -> cover it too.
    // c = 0.06: 0.60 + 7 x 0.10 = 1.30; c = 0.12: 1.20. On-Demand: 17 x 0.10 = 1.70.
    QTest::newRow("two levels, upper 7/10 h above break-even: optimum at the upper level")
        << levels(7, 2, 3, 1) << qint64(10) << qint64(10) << "0.12"
        << "1.2"
        << "1.7" << 21;
    // Exactly at break-even (6 of 10 hours): every c in [0.06, 0.12] costs 1.20
    // (c = 0.06: 0.60 + 6 x 0.10; c = 0.12: 1.20); ties go to the smallest commitment.
    QTest::newRow("two levels at the break-even share: the smaller commitment wins the tie")
        << levels(6, 2, 4, 1) << qint64(10) << qint64(10) << "0.06"
        << "1.2"
        << "1.6" << 21;
    // 1 instance in 2 of 10 hours (share 0.2): any commitment costs more than it saves.
    // Total = On-Demand = 2 x 0.10 = 0.20. Peak 0.10 -> 11 points.
    QTest::newRow("spiky usage: buy nothing") << levels(2, 1, 8, 0) << qint64(10) << qint64(10) << "0"
                                              << "0.2"
                                              << "0.2" << 11;
    // Horizon 10 h, term 20 h: the whole term is owed. c = 0.12 costs 0.12 x 20 = 2.40 > 2.00;
    // c = 0.01 pays 0.20 and saves 0.01 / 0.06 x 0.10 x 10 h = 0.1667: buy nothing.
    QTest::newRow("horizon shorter than the term: the whole obligation makes it not worth it")
        << QList<int> { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 } << qint64(20) << qint64(10) << "0"
        << "2"
        << "2" << 21;
    // Horizon 25 h, term 10 h: two whole terms (20 h), the last 5 h On-Demand (pricing.md renewal).
    // c = 0.12: 0.12 x 20 + 5 x 0.20 = 3.40; On-Demand: 25 x 0.20 = 5.00.
    QTest::newRow("two terms then On-Demand for the remainder")
        << QList<int> { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 } << qint64(10) << qint64(25) << "0.12"
        << "3.4"
        << "5" << 21;
}

void TestCommitmentAdvisor::optimum()
{
    QFETCH(QList<int>, counts);
    QFETCH(qint64, term);
    QFETCH(qint64, horizon);
    QFETCH(QString, commitment);
    QFETCH(QString, total);
    QFETCH(QString, onDemandTotal);
    QFETCH(int, points);

    const std::vector<AdvisorSeries> in { series(counts) };
    const CommitmentCurve c = CommitmentAdvisor::curve(in, settings(term, horizon));
    QCOMPARE(int(c.points.size()), points);
    QCOMPARE(c.onDemandTotal.toPlainString(), onDemandTotal);
    QCOMPARE(c.points.front().total, c.onDemandTotal); // no commitment = all On-Demand
    const CommitmentPoint &best = c.points[c.optimum];
    QCOMPARE(best.commitment.toPlainString(), commitment);
    QCOMPARE(best.total.toPlainString(), total);
    QCOMPARE(best.savings, c.onDemandTotal - best.total);
    for (const CommitmentPoint &p : c.points)
        QVERIFY2(p.total >= best.total, qPrintable(p.commitment.toPlainString()));
}

void TestCommitmentAdvisor::coverageOrder()
{
    // B (20 % off) is listed first, A (40 % off) second; 1 instance each, 10 hours.
    // pricing.md: the usage with the highest savings % is covered first, so c = 0.06 covers A:
    // 0.06 x 10 + B at On-Demand 0.10 x 10 = 1.60. (Covering B first would leave 0.25 of B and
    // all of A: 0.60 + (0.025 + 0.10) x 10 = 1.85.)
    // c = 0.14 covers both: 1.40, the optimum. On-Demand: 2 x 0.10 x 10 = 2.00.
    const std::vector<AdvisorSeries> in { series(QList<int>(10, 1), "0.10", "0.08"),
        series(QList<int>(10, 1)) };
    QCOMPARE(
        CommitmentAdvisor::evaluate(in, settings(), m("0.06")).total.toPlainString(), QStringLiteral("1.6"));
    const CommitmentCurve c = CommitmentAdvisor::curve(in, settings());
    QCOMPARE(c.points[c.optimum].commitment.toPlainString(), QStringLiteral("0.14"));
    QCOMPARE(c.points[c.optimum].total.toPlainString(), QStringLiteral("1.4"));
    QCOMPARE(c.points[c.optimum].utilization.toPlainString(), QStringLiteral("1"));
    QCOMPARE(c.points[6].total.toPlainString(), QStringLiteral("1.6"));
}

void TestCommitmentAdvisor::userChoiceOffGrid()
{
    // Two levels (upper in 5 of 10 hours), the user's commitment 0.095 USD/h (between grid points).
    // Paid: 0.095 x 10 = 0.95. Lower hours: spend 0.06 all covered. Upper hours: spend 0.12, covered
    // 0.095, uncovered 0.025 at plan rate = 0.025 / 0.06 instances x 0.10 = 0.041666... per hour,
    // x 5 = 0.208333333 (to the nano-dollar). Total 1.158333333.
    // Utilization: used 5 x 0.06 + 5 x 0.095 = 0.775 of 0.95 paid = 0.815789474.
    const std::vector<AdvisorSeries> in { series(levels(5, 2, 5, 1)) };
    const CommitmentPoint p = CommitmentAdvisor::evaluate(in, settings(), m("0.095"));
    QCOMPARE(p.commitmentPaid.toPlainString(), QStringLiteral("0.95"));
    QCOMPARE(p.onDemandRemainder.toPlainString(), QStringLiteral("0.208333333"));
    QCOMPARE(p.total.toPlainString(), QStringLiteral("1.158333333"));
    QCOMPARE(p.utilization.toPlainString(), QStringLiteral("0.815789474"));
    QCOMPARE(p.committedBeyondHorizon, Money());
    // With a 20 h term over the same 10 h horizon, 10 h of commitment are owed beyond it:
    // 0.095 x 10 = 0.95 more, and utilization halves: 0.775 / 1.90 = 0.407894737.
    const CommitmentPoint longer = CommitmentAdvisor::evaluate(in, settings(20, 10), m("0.095"));
    QCOMPARE(longer.committedBeyondHorizon.toPlainString(), QStringLiteral("0.95"));
    QCOMPARE(longer.total.toPlainString(), QStringLiteral("2.108333333"));
    QCOMPARE(longer.utilization.toPlainString(), QStringLiteral("0.407894737"));
}

void TestCommitmentAdvisor::gridAgreesWithEvaluate()
{
    // Fractional usage and three types with segment ends off the grid: the histogram evaluation of
    // the whole curve must equal the direct evaluation at every point, to the nano-dollar.
    std::vector<AdvisorSeries> in;
    for (int t = 0; t < 3; ++t) {
        AdvisorSeries s;
        for (int h = 0; h < 37; ++h)
            s.instanceHours.push_back(Money::fromNanos(qint64((h * 7 + t * 3) % 11) * 333'333'333));
        s.onDemandRate = Money::fromNanos(96'000'000 + t * 17'000'000);
        s.savingsPlanRate = Money::fromNanos(61'000'000 + t * 4'000'000);
        in.push_back(s);
    }
    AdvisorSettings st = settings(48, 100);
    st.step = m("0.003");
    const CommitmentCurve c = CommitmentAdvisor::curve(in, st);
    QVERIFY(c.points.size() > 100);
    for (const CommitmentPoint &p : c.points)
        QCOMPARE(CommitmentAdvisor::evaluate(in, st, p.commitment), p);
}

void TestCommitmentAdvisor::conservative_data()
{
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("commitment");

    // 20 profile hours; 95 % of them = 19 hours must fill the commitment.
    // 19 h at 2 instances (plan spend 0.12), 1 h idle: the 19th-highest level is 0.12.
    QTest::newRow("19 of 20 hours at 2 instances") << levels(19, 2, 1, 0) << 95 << "0.12";
    // 18 h at 2, 2 h at 1: the 19th-highest level is 0.06.
    QTest::newRow("18 of 20 hours at 2 instances") << levels(18, 2, 2, 1) << 95 << "0.06";
    // The same at 90 %: 18 hours must be full, the 18th-highest level is 0.12.
    QTest::newRow("18 of 20 hours at 2 instances, 90 %") << levels(18, 2, 2, 1) << 90 << "0.12";
}

void TestCommitmentAdvisor::conservative()
{
    QFETCH(QList<int>, counts);
    QFETCH(int, percent);
    QFETCH(QString, commitment);
    AdvisorSettings st = settings(20, 20);
    st.conservativePercent = percent;
    const CommitmentCurve c = CommitmentAdvisor::curve({ series(counts) }, st);
    QCOMPARE(c.points[c.conservative].commitment.toPlainString(), commitment);
}

void TestCommitmentAdvisor::coarserStepForHugeCurves()
{
    // Peak On-Demand spend 1,000 x 0.10 = 100 USD/h at a 0.01 step is 10,001 points; with at most
    // 1,001 the step becomes 0.10 (the smallest multiple of 0.01 that fits) and the last point is
    // 100.00.
    AdvisorSettings st = settings();
    st.maxPoints = 1001;
    const CommitmentCurve c = CommitmentAdvisor::curve({ series(QList<int>(10, 1000)) }, st);
    QCOMPARE(c.step.toPlainString(), QStringLiteral("0.1"));
    QCOMPARE(int(c.points.size()), 1001);
    QCOMPARE(c.points.back().commitment.toPlainString(), QStringLiteral("100"));
    // Flat usage: the optimum is the plan-rate spend 1,000 x 0.06 = 60 USD/h.
    QCOMPARE(c.points[c.optimum].commitment.toPlainString(), QStringLiteral("60"));
}

namespace {

AdvisorSeries reserved(const char *type, const QList<int> &counts, const char *od, const char *sp,
    const char *ri, bool flexible = true)
{
    AdvisorSeries s = series(counts, od, sp);
    s.region = QStringLiteral("us-east-1");
    s.instanceType = QString::fromLatin1(type);
    s.sizeFlexible = flexible;
    s.reservedRate = m(ri);
    return s;
}

} // namespace

void TestCommitmentAdvisor::reservedBeatSavingsPlans()
{
    // m5.large x 2 and m5.xlarge x 1 all the time (us-east-1 Linux prices: On-Demand 0.096 /
    // 0.192, Compute SP 0.068 / 0.136, Standard RI effective 0.060 / 0.120; pricing.md: the
    // Compute SP rate is above the Standard RI rate). Size flexibility: xlarge = 8, large = 4
    // normalized units, so 2 x 4 + 8 = 16 units = 4 m5.large RIs: 4 x 0.060 x 10 h = 2.40.
    // The best plan: 2 x 0.068 + 0.136 = 0.272 USD/h -> 2.72. On-Demand: 0.384 x 10 = 3.84.
    const std::vector<AdvisorSeries> in { reserved("m5.large", QList<int>(10, 2), "0.096", "0.068", "0.060"),
        reserved("m5.xlarge", QList<int>(10, 1), "0.192", "0.136", "0.120") };
    AdvisorSettings st = settings();
    st.step = m("0.001");
    const ReservedPlan ri = CommitmentAdvisor::reservedInstances(in, st);
    QCOMPARE(int(ri.purchases.size()), 1);
    QCOMPARE(ri.purchases[0].instanceType, QStringLiteral("m5.large"));
    QCOMPARE(ri.purchases[0].count, qint64(4));
    QCOMPARE(ri.purchases[0].hourly.toPlainString(), QStringLiteral("0.24"));
    QCOMPARE(ri.total.toPlainString(), QStringLiteral("2.4"));
    QCOMPARE(ri.onDemandTotal.toPlainString(), QStringLiteral("3.84"));
    const CommitmentCurve sp = CommitmentAdvisor::curve(in, st);
    QCOMPARE(sp.points[sp.optimum].commitment.toPlainString(), QStringLiteral("0.272"));
    QCOMPARE(sp.points[sp.optimum].total.toPlainString(), QStringLiteral("2.72"));
    QVERIFY(ri.total < sp.points[sp.optimum].total);
}

void TestCommitmentAdvisor::reservedCount_data()
{
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("total");
    // m5.large, On-Demand 0.096, RI 0.060: break-even share 0.060 / 0.096 = 0.625.
    // Second instance in 3 of 10 h: 1 RI: 0.60 + 3 x 0.096 = 0.888 (2 RIs: 1.20; none: 1.248).
    QTest::newRow("second instance 3/10 h, below 0.625: one RI")
        << levels(3, 2, 7, 1) << qint64(1) << "0.888";
    // Second instance in 7 of 10 h: 2 RIs: 1.20 (1 RI: 0.60 + 7 x 0.096 = 1.272).
    QTest::newRow("second instance 7/10 h, above 0.625: two RIs") << levels(7, 2, 3, 1) << qint64(2) << "1.2";
    // 1 instance in 2 of 10 h: an RI costs 0.60 for 0.192 of usage: none (total 0.192).
    QTest::newRow("spiky usage: no RI") << levels(2, 1, 8, 0) << qint64(0) << "0.192";
}

void TestCommitmentAdvisor::reservedCount()
{
    QFETCH(QList<int>, counts);
    QFETCH(qint64, count);
    QFETCH(QString, total);
    const ReservedPlan ri = CommitmentAdvisor::reservedInstances(
        { reserved("m5.large", counts, "0.096", "0.068", "0.060") }, settings());
    QCOMPARE(ri.purchases.empty() ? qint64(0) : ri.purchases[0].count, count);
    QCOMPARE(ri.total.toPlainString(), total);
}

void TestCommitmentAdvisor::reservedSmallestSizeFirst()
{
    // m5.large always (4 units) and m5.2xlarge (16 units) in 5 of 10 hours. One m5.large RI covers
    // the large first (AWS: smallest size first): saves (0.096 - 0.060) x 10 = 0.36. Covering the
    // 2xlarge too needs 4 more large RIs (2.40 for 10 h) for 0.384 x 5 = 1.92 of usage: no.
    // Total: 0.60 + 5 x 0.384 = 2.52 (On-Demand 0.96 + 1.92 = 2.88).
    const ReservedPlan ri = CommitmentAdvisor::reservedInstances(
        { reserved("m5.2xlarge", levels(5, 1, 5, 0), "0.384", "0.272", "0.240"),
            reserved("m5.large", QList<int>(10, 1), "0.096", "0.068", "0.060") },
        settings());
    QCOMPARE(int(ri.purchases.size()), 1);
    QCOMPARE(ri.purchases[0].instanceType, QStringLiteral("m5.large"));
    QCOMPARE(ri.purchases[0].count, qint64(1));
    QCOMPARE(ri.total.toPlainString(), QStringLiteral("2.52"));
    QCOMPARE(ri.onDemandTotal.toPlainString(), QStringLiteral("2.88"));
}

void TestCommitmentAdvisor::reservedExactTypeOnly()
{
    // Windows RIs are not size-flexible: m5.large and m5.xlarge are separate groups, one RI each.
    // Windows On-Demand 0.188 / 0.376, RI 0.130 / 0.260: total (0.130 + 0.260) x 10 = 3.90.
    const ReservedPlan ri = CommitmentAdvisor::reservedInstances(
        { reserved("m5.large", QList<int>(10, 1), "0.188", "0.150", "0.130", false),
            reserved("m5.xlarge", QList<int>(10, 1), "0.376", "0.300", "0.260", false) },
        settings());
    QCOMPARE(int(ri.purchases.size()), 2);
    QCOMPARE(ri.purchases[0].instanceType, QStringLiteral("m5.large"));
    QCOMPARE(ri.purchases[1].instanceType, QStringLiteral("m5.xlarge"));
    QCOMPARE(ri.purchases[0].count + ri.purchases[1].count, qint64(2));
    QCOMPARE(ri.total.toPlainString(), QStringLiteral("3.9"));
}

QTEST_GUILESS_MAIN(TestCommitmentAdvisor)
#include "tst_commitmentadvisor.moc"
