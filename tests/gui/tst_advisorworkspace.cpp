#include "advisor/advisorworkspace.h"
#include "advisor/purchasemodel.h"
#include "charts/advisorcharts.h"
#include "core/scenariodocument.h"
#include "cost/costworkspace.h"
#include "cost/pricesource.h"
#include "export/chartexporter.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ec2lab;
using namespace ec2lab::gui;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(EC2LAB_TEST_DATA "/advisor/") + name;
}

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

/// Round prices for us-east-1 m5.large and c5.large Linux (the same for both), so every figure below can be
/// worked out by hand. (Real 1-year rates keep the same order: On-Demand > Compute Savings Plan > Standard
/// RI.)
///   On-Demand 0.10/h; Compute Savings Plan 1 yr: No Upfront 0.07/h, Partial Upfront 0.065/h;
///   Standard RI 1 yr: No Upfront 0.062/h + 0 upfront, Partial Upfront 0.035/h + 219 upfront
///   (effective 0.035 + 219 / 8,760 = 0.06/h).
class FixedPrices : public PriceSource
{
public:
    std::optional<Money> find(const PriceQuery &q) const override
    {
        if (q.region != u"us-east-1" || (q.instanceType != u"m5.large" && q.instanceType != u"c5.large")
            || q.platform != Platform::Linux)
            return std::nullopt;
        const bool partial = q.offer.payment == PurchaseOption::PartialUpfront;
        const bool none = q.offer.payment == PurchaseOption::NoUpfront;
        if (q.offer.term != Term::OneYear && q.item != PriceItem::OnDemandHourly)
            return std::nullopt;
        switch (q.item) {
        case PriceItem::OnDemandHourly:
            return money("0.10");
        case PriceItem::SavingsPlanHourly:
            if (q.offer.planType != SavingsPlanType::Compute || !(none || partial))
                return std::nullopt;
            return money(partial ? "0.065" : "0.07");
        case PriceItem::ReservedHourly:
            if (q.offer.offeringClass != OfferingClass::Standard || !(none || partial))
                return std::nullopt;
            return money(partial ? "0.035" : "0.062");
        case PriceItem::ReservedUpfront:
            if (q.offer.offeringClass != OfferingClass::Standard || !(none || partial))
                return std::nullopt;
            return money(partial ? "219" : "0");
        default:
            return std::nullopt;
        }
    }
    QString snapshotDate() const override { return QStringLiteral("2026-01-19"); }
};

/// A row's exact cells (Qt::UserRole) by strategy kind.
const PurchaseRow *rowOf(const AdvisorWorkspace &w, PurchaseRow::Kind kind)
{
    for (const PurchaseRow &r : w.purchases()->purchaseRows())
        if (r.kind == kind)
            return &r;
    return nullptr;
}

} // namespace

/// The Advisor workspace over hand-made usage and round prices.
///
/// The CUR sample cur-two-level.csv is 48 hours of one m5.large in us-east-1: each day 1 instance
/// from 00:00 to 04:00 and 2 instances from 04:00 to 24:00 (plus one Tax row, skipped). Repeated
/// over a 12-month horizon (12 x 730 = 8,760 h = one 1-year term; 8,760 = 182 x 48 + 24 and the
/// last 24 h are another identical day) that is 365 x 4 = 1,460 h at 1 instance and
/// 365 x 20 = 7,300 h at 2 instances: 16,060 instance-hours, On-Demand 1,606.00 USD.
class TestAdvisorWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void purchases_data();
    void purchases();
    void mixOfRiAndPlan();
    void currentCommitmentMovesItsMark();
    void badFileLeavesWorkspaceUnchanged();
    void optionsAreUndoable();
    void backgroundImport();
    void exportWritesEveryChart();
    void commitmentLeavesCostComparisonAlone();
    void mainWindowHasThirdWorkspace();
};

void TestAdvisorWorkspace::purchases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("payment");
    QTest::addColumn<QString>("onDemand");
    QTest::addColumn<QString>("optimum"); // commitment USD/h
    QTest::addColumn<QString>("optimumTotal");
    QTest::addColumn<QString>("planUpfront");
    QTest::addColumn<QString>("planMonthly");
    QTest::addColumn<QString>("conservative");
    QTest::addColumn<QString>("conservativeTotal");
    QTest::addColumn<QString>("riPurchase");
    QTest::addColumn<QString>("riUpfront");
    QTest::addColumn<QString>("riMonthly");
    QTest::addColumn<QString>("riTotal");

    // Plan, No Upfront (0.07/h): the 2nd instance runs 7,300 / 8,760 = 83 % of hours, above the
    // break-even share 0.07 / 0.10 = 70 %, so the optimum covers both: 0.14/h x 8,760 = 1,226.40
    // (no On-Demand left). Monthly fee 0.14 x 730 = 102.20. Conservative: 0.14 is filled in only
    // 83 % < 95 % of hours; 0.07 in all: 0.07 x 8,760 + 7,300 x 0.10 = 613.20 + 730 = 1,343.20.
    // RIs (0.062/h): 2 RIs = 2 x 0.062 x 8,760 = 1,086.24 < 1 RI = 543.12 + 730 = 1,273.12;
    // monthly 2 x 0.062 x 730 = 90.52.
    QTest::newRow("CUR two-level m5.large 1 yr no upfront") << "cur-two-level.csv"
                                                            << "no-upfront"
                                                            << "1606.00"
                                                            << "0.14"
                                                            << "1226.40"
                                                            << "0.00"
                                                            << "102.20"
                                                            << "0.07"
                                                            << "1343.20"
                                                            << "2 × m5.large (us-east-1)"
                                                            << "0.00"
                                                            << "90.52"
                                                            << "1086.24";
    // Plan, Partial Upfront (0.065/h): optimum 2 x 0.065 = 0.13/h -> 0.13 x 8,760 = 1,138.80, half
    // upfront 569.40, monthly 0.13 x 730 / 2 = 47.45. Conservative: the usage at plan rates is at
    // least 0.065 in every hour; the largest 0.01 step not above it is 0.06: covered plan spend
    // 0.06 x 8,760 = 525.60 is worth 525.60 x 0.10 / 0.065 = 808.615384615 On-Demand, so the
    // total is 525.60 + (1,606 - 808.615384615) = 1,322.984615385.
    // RIs (effective 0.06/h): 2 x 0.06 x 8,760 = 1,051.20; upfront 2 x 219 = 438.00, monthly
    // 2 x 0.035 x 730 = 51.10.
    QTest::newRow("CUR two-level m5.large 1 yr partial upfront") << "cur-two-level.csv"
                                                                 << "partial-upfront"
                                                                 << "1606.00"
                                                                 << "0.13"
                                                                 << "1138.80"
                                                                 << "569.40"
                                                                 << "47.45"
                                                                 << "0.06"
                                                                 << "1322.984615385"
                                                                 << "2 × m5.large (us-east-1)"
                                                                 << "438.00"
                                                                 << "51.10"
                                                                 << "1051.20";
    // describe-instances: two running m5.large (one stopped t3.micro left out), always on:
    // On-Demand 2 x 0.10 x 8,760 = 1,752.00; the plan at 0.14 covers every hour (so the
    // conservative point is the optimum) for 1,226.40; 2 RIs 1,086.24.
    QTest::newRow("describe-instances two m5.large always on no upfront") << "describe-instances-fleet.json"
                                                                          << "no-upfront"
                                                                          << "1752.00"
                                                                          << "0.14"
                                                                          << "1226.40"
                                                                          << "0.00"
                                                                          << "102.20"
                                                                          << "0.14"
                                                                          << "1226.40"
                                                                          << "2 × m5.large (us-east-1)"
                                                                          << "0.00"
                                                                          << "90.52"
                                                                          << "1086.24";
}

void TestAdvisorWorkspace::purchases()
{
    QFETCH(QString, file);
    QFETCH(QString, payment);
    ScenarioDocument doc;
    doc.setValue(QStringLiteral("gui.advisor.payment"), payment, QStringLiteral("payment"));
    AdvisorWorkspace w(&doc);
    QAbstractItemModelTester tester(w.purchases(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY2(w.importUsage(data(file)), qPrintable(w.errorText()));
    QVERIFY(w.errorText().isEmpty());

    const PurchaseRow *od = rowOf(w, PurchaseRow::Kind::OnDemand);
    const PurchaseRow *opt = rowOf(w, PurchaseRow::Kind::PlanOptimum);
    const PurchaseRow *cons = rowOf(w, PurchaseRow::Kind::PlanConservative);
    const PurchaseRow *ri = rowOf(w, PurchaseRow::Kind::Reserved);
    QVERIFY(od && opt && cons && ri);
    QTEST(od->total.toPlainString(2), "onDemand");
    QFETCH(QString, optimum);
    QCOMPARE(opt->purchase, QStringLiteral("%1 USD/h").arg(optimum));
    QTEST(opt->total.toPlainString(2), "optimumTotal");
    QTEST(opt->upfront.toPlainString(2), "planUpfront");
    QTEST(opt->monthly.toPlainString(2), "planMonthly");
    QFETCH(QString, conservative);
    QCOMPARE(cons->purchase, QStringLiteral("%1 USD/h").arg(conservative));
    QTEST(cons->total.toPlainString(2), "conservativeTotal");
    QTEST(ri->purchase, "riPurchase");
    QTEST(ri->upfront.toPlainString(2), "riUpfront");
    QTEST(ri->monthly.toPlainString(2), "riMonthly");
    QTEST(ri->total.toPlainString(2), "riTotal");
    QCOMPARE(ri->savings, od->total - ri->total);
    // The mix tries RIs, then plans over what they leave: here the RIs alone are cheapest (no
    // upfront: RIs sized against the plan keep 1 RI and add a 0.07/h plan for the upper level,
    // 543.12 + 613.20 = 1,156.32 > 1,086.24; partial: 525.60 + 569.40 = 1,095.00 > 1,051.20), so
    // the mix is the RIs and gets no row of its own.
    QCOMPARE(w.state()->result.mix.total, ri->total);
    QVERIFY(!rowOf(w, PurchaseRow::Kind::Mix));
    // The RIs are the cheapest: the recommendation, said under the options too.
    QVERIFY(ri->recommended);
    QVERIFY(!opt->recommended && !od->recommended);
    QVERIFY2(
        w.summaryText().contains(QStringLiteral("Standard Reserved Instances")), qPrintable(w.summaryText()));

    // The table shows the same figures (two decimals) and the marks sit on their points.
    const int totalColumn = PurchaseModel::Total;
    QCOMPARE(w.purchases()->index(1, totalColumn).data().toString(), opt->total.toString(2));
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Optimum),
        QPointF(optimum.toDouble(), opt->total.toPlainString().toDouble()));
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Conservative),
        QPointF(conservative.toDouble(), cons->total.toPlainString().toDouble()));
    // No commitment held yet: the current mark sits at 0 on the On-Demand total.
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Current),
        QPointF(0, od->total.toPlainString().toDouble()));
}

void TestAdvisorWorkspace::mixOfRiAndPlan()
{
    // cur-alternating.csv, one day: one m5.large always on, a second m5.large 00:00-12:00 and a
    // c5.large 12:00-24:00 (two instances every hour, same prices for both types, no upfront).
    // Over 8,760 h: On-Demand 2 x 0.10 x 8,760 = 1,752.00. The Compute plan alone covers both
    // instances at 0.14/h: 1,226.40. RIs alone: the always-on m5.large (1 RI, 543.12); the others
    // run half the hours, below the RI's 62 % break-even, so they stay On-Demand (876.00):
    // 1,419.12. RIs then a plan: 1 RI + a 0.07/h plan over the alternating instance, busy every
    // hour: 543.12 + 613.20 = 1,156.32, the cheapest, and the recommendation.
    // Monthly fees: 0.062 x 730 + 0.07 x 730 = 45.26 + 51.10 = 96.36.
    ScenarioDocument doc;
    AdvisorWorkspace w(&doc);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(w.importUsage(data(QStringLiteral("cur-alternating.csv"))));
    QCOMPARE(rowOf(w, PurchaseRow::Kind::OnDemand)->total.toPlainString(2), QStringLiteral("1752.00"));
    QCOMPARE(rowOf(w, PurchaseRow::Kind::PlanOptimum)->total.toPlainString(2), QStringLiteral("1226.40"));
    QCOMPARE(rowOf(w, PurchaseRow::Kind::Reserved)->total.toPlainString(2), QStringLiteral("1419.12"));
    const PurchaseRow *mix = rowOf(w, PurchaseRow::Kind::Mix);
    QVERIFY(mix);
    QCOMPARE(mix->purchase, QStringLiteral("RI 1 × m5.large (us-east-1); Compute SP 0.07 USD/h"));
    QCOMPARE(mix->total.toPlainString(2), QStringLiteral("1156.32"));
    QCOMPARE(mix->savings.toPlainString(2), QStringLiteral("595.68"));
    QCOMPARE(mix->upfront.toPlainString(2), QStringLiteral("0.00"));
    QCOMPARE(mix->monthly.toPlainString(2), QStringLiteral("96.36"));
    QVERIFY(mix->recommended);
    QVERIFY2(w.summaryText().contains(QStringLiteral("Mix of commitments")), qPrintable(w.summaryText()));
}

void TestAdvisorWorkspace::currentCommitmentMovesItsMark()
{
    ScenarioDocument doc;
    AdvisorWorkspace w(&doc);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(w.importUsage(data(QStringLiteral("cur-two-level.csv"))));
    const QPointF optimum = w.curveChart()->markPosition(CommitmentCurveChart::Mark::Optimum);
    // The slider steps 0.01 USD/h: step 10 is 0.10/h. Covered plan spend 7,300 x 0.10 + 1,460 x
    // 0.07 = 832.20 is worth 832.20 x 0.10 / 0.07 = 1,188.857142857 On-Demand; total
    // 0.10 x 8,760 + (1,606 - 1,188.857142857) = 876 + 417.142857143 = 1,293.142857143.
    w.commitmentSlider()->setValue(10);
    QCOMPARE(doc.value(QStringLiteral("gui.advisor.commitment")).toString(), QStringLiteral("0.1"));
    const PurchaseRow *current = rowOf(w, PurchaseRow::Kind::PlanCurrent);
    QVERIFY(current);
    QCOMPARE(current->total.toPlainString(), QStringLiteral("1293.142857143"));
    QCOMPARE(current->purchase, QStringLiteral("0.10 USD/h"));
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Current), QPointF(0.1, 1293.142857143));
    QCOMPARE(w.commitmentSpin()->value(), 0.1);
    // The other marks stay where they were.
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Optimum), optimum);
    // Typing a commitment off the grid is evaluated exactly: 0.105/h -> covered plan spend
    // 7,300 x 0.105 + 1,460 x 0.07 = 868.70 = 1,241.00 On-Demand; total 919.80 + 365.00 = 1,284.80.
    w.commitmentSpin()->setValue(0.105);
    QCOMPARE(rowOf(w, PurchaseRow::Kind::PlanCurrent)->total.toPlainString(2), QStringLiteral("1284.80"));
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Current), QPointF(0.105, 1284.8));
    // Moving the commitment, by slider or by typing, is one undo step: undo goes back to none.
    doc.undoStack()->undo();
    QVERIFY(doc.value(QStringLiteral("gui.advisor.commitment")).isUndefined());
    QCOMPARE(w.curveChart()->markPosition(CommitmentCurveChart::Mark::Current), QPointF(0, 1606));
}

void TestAdvisorWorkspace::badFileLeavesWorkspaceUnchanged()
{
    ScenarioDocument doc;
    AdvisorWorkspace w(&doc);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(w.importUsage(data(QStringLiteral("cur-two-level.csv"))));
    const auto before = w.state();
    const QList<PurchaseRow> rowsBefore = w.purchases()->purchaseRows();
    const ChartTable curveBefore = w.curveChart()->table();

    // Line 4 of the file is in EUR after two rows in USD.
    const QString bad = data(QStringLiteral("cur-mixed-currency.csv"));
    QVERIFY(!w.importUsage(bad));
    const QString error = w.errorText();
    QVERIFY2(error.contains(bad), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 4")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("lineItem/CurrencyCode")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("mixed currencies")), qPrintable(error));
    QCOMPARE(error.count(u'\n'), 0); // one line
    QCOMPARE(w.state(), before);
    QCOMPARE(w.purchases()->purchaseRows().size(), rowsBefore.size());
    for (int i = 0; i < rowsBefore.size(); ++i)
        QCOMPARE(w.purchases()->purchaseRows()[i].total, rowsBefore[i].total);
    QCOMPARE(w.curveChart()->table().rows, curveBefore.rows);

    // A file that is not there, and a truncated describe-instances file: same, one message each.
    QVERIFY(!w.importUsage(data(QStringLiteral("no-such-file.csv"))));
    QVERIFY(w.errorText().contains(QStringLiteral("no-such-file.csv")));
    QVERIFY(!w.importUsage(QStringLiteral(EC2LAB_TEST_DATA "/usage/describe-instances-truncated.json")));
    QVERIFY2(w.errorText().contains(QStringLiteral("line ")), qPrintable(w.errorText()));
    QCOMPARE(w.state(), before);
    // A good import afterwards clears the message.
    QVERIFY(w.importUsage(data(QStringLiteral("describe-instances-fleet.json"))));
    QVERIFY(w.errorText().isEmpty());
}

void TestAdvisorWorkspace::backgroundImport()
{
    // File › Import usage… reads on a worker thread; the result lands as a direct import's does.
    ScenarioDocument doc;
    AdvisorWorkspace w(&doc);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QSignalSpy results(&w, &AdvisorWorkspace::resultsChanged);
    w.importUsageInBackground(data(QStringLiteral("cur-two-level.csv")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting() && results.count() > 0, 20000);
    QVERIFY(w.state()->loaded);
    QCOMPARE(rowOf(w, PurchaseRow::Kind::Reserved)->total.toPlainString(2), QStringLiteral("1086.24"));
    const auto before = w.state();
    w.importUsageInBackground(data(QStringLiteral("cur-mixed-currency.csv")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting() && !w.errorText().isEmpty(), 20000);
    QVERIFY(w.errorText().contains(QStringLiteral("mixed currencies")));
    QCOMPARE(w.state(), before);
}

void TestAdvisorWorkspace::optionsAreUndoable()
{
    ScenarioDocument doc;
    AdvisorWorkspace w(&doc);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(w.importUsage(data(QStringLiteral("cur-two-level.csv"))));
    QCOMPARE(rowOf(w, PurchaseRow::Kind::PlanOptimum)->total.toPlainString(2), QStringLiteral("1226.40"));
    // 24 months = 17,520 h = two 1-year terms, the profile twice: every figure doubles.
    doc.setValue(QStringLiteral("gui.advisor.horizon_months"), 24, QStringLiteral("horizon"));
    QCOMPARE(rowOf(w, PurchaseRow::Kind::PlanOptimum)->total.toPlainString(2), QStringLiteral("2452.80"));
    QCOMPARE(rowOf(w, PurchaseRow::Kind::Reserved)->total.toPlainString(2), QStringLiteral("2172.48"));
    doc.undoStack()->undo();
    QCOMPARE(rowOf(w, PurchaseRow::Kind::PlanOptimum)->total.toPlainString(2), QStringLiteral("1226.40"));
    // 3-year offers have no price in this source: no plan or RI rate, so only On-Demand is left
    // and buying nothing is the recommendation.
    doc.setValue(QStringLiteral("gui.advisor.term"), QStringLiteral("3yr"), QStringLiteral("term"));
    QVERIFY(rowOf(w, PurchaseRow::Kind::OnDemand)->recommended);
    QVERIFY(!rowOf(w, PurchaseRow::Kind::Reserved));
    QVERIFY2(w.summaryText().contains(QStringLiteral("buy nothing")), qPrintable(w.summaryText()));
}

void TestAdvisorWorkspace::exportWritesEveryChart()
{
    ScenarioDocument doc;
    AdvisorWorkspace w(&doc);
    w.resize(1200, 800);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(w.importUsage(data(QStringLiteral("cur-two-level.csv"))));
    QCOMPARE(w.charts().size(), 4);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartExporter::Options options;
    options.size = QSize(800, 500);
    for (ChartBase *chart : w.charts()) {
        for (const QString &suffix : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                 QStringLiteral("csv"), QStringLiteral("json") }) {
            const QString file = dir.filePath(chart->chartId() + u'.' + suffix);
            QString error;
            QVERIFY2(ChartExporter::exportTo(chart, file, options, &error), qPrintable(error));
            QVERIFY2(QFileInfo(file).size() > 100, qPrintable(file));
        }
    }
    // The purchases table exactly, and the heat map's 48 hours.
    QFile purchases(dir.filePath(QStringLiteral("purchases.csv")));
    QVERIFY(purchases.open(QIODevice::ReadOnly));
    const QByteArray csv = purchases.readAll();
    QVERIFY2(csv.contains("1086.24"), csv.constData());
    QVERIFY(csv.contains("1226.40"));
    QCOMPARE(w.heatmapChart()->table().rows.size(), 48);
    QCOMPARE(w.heatmapChart()->table().rows.at(4).at(1), QStringLiteral("2"));
    // The heat map's cells: day 1 at 03:00 runs 1 instance (a lighter band), at 04:00 2 (the peak).
    const QImage cells = w.heatmapChart()->cells();
    QCOMPARE(cells.size(), QSize(2, 24));
    QCOMPARE(cells.pixelColor(0, 4), UsageHeatmapChart::bandColor(5));
    // 1 of a peak of 2 is the upper bound of band 3 of 5 (0.8 < 1 <= 1.2).
    QCOMPARE(cells.pixelColor(1, 3), UsageHeatmapChart::bandColor(3));
    // The load-duration curve: 40 of 48 hours run 2 instances.
    const ChartTable load = w.loadDurationChart()->table();
    QCOMPARE(load.rows.at(39).at(2), QStringLiteral("2"));
    QCOMPARE(load.rows.at(40).at(2), QStringLiteral("1"));
}

void TestAdvisorWorkspace::commitmentLeavesCostComparisonAlone()
{
    // The Advisor's choices live under gui.advisor in the shared document; dragging the commitment
    // must not recompute the cost comparison (nor rebuild its options panel) at every step.
    ScenarioDocument doc;
    CostWorkspace cost(&doc);
    cost.waitForResults();
    AdvisorWorkspace w(&doc);
    w.setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(w.importUsage(data(QStringLiteral("cur-two-level.csv"))));
    QSignalSpy recomputed(&cost, &CostWorkspace::resultsChanged);
    for (int k = 1; k <= 5; ++k)
        w.commitmentSlider()->setValue(k);
    cost.waitForResults(); // runs any recompute that was scheduled
    QCOMPARE(recomputed.count(), 0);
    // A change the comparison does read still recomputes it.
    // (The default scenario opens on the logarithmic scale: switch to linear.)
    doc.setValue(QStringLiteral("gui.chart_scale"), QStringLiteral("linear"), QStringLiteral("scale"));
    cost.waitForResults();
    QCOMPARE(recomputed.count(), 1);
}

void TestAdvisorWorkspace::mainWindowHasThirdWorkspace()
{
    MainWindow window;
    QVERIFY(window.advisorWorkspace());
    window.showWorkspace(2);
    QCOMPARE(window.centralWidget()->findChild<AdvisorWorkspace *>(), window.advisorWorkspace());
    // A language change rebuilds the workspaces: the imported usage carries over.
    window.advisorWorkspace()->setPriceSource(std::make_shared<FixedPrices>());
    QVERIFY(window.advisorWorkspace()->importUsage(data(QStringLiteral("cur-two-level.csv"))));
    const auto state = window.advisorWorkspace()->state();
    window.setLanguage(QStringLiteral("ko"));
    QVERIFY(window.advisorWorkspace()->state()->loaded);
    QCOMPARE(window.advisorWorkspace()->state()->profile.hours, state->profile.hours);
    window.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestAdvisorWorkspace)
#include "tst_advisorworkspace.moc"
