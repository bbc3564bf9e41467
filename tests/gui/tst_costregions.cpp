#include "charts/costcharts.h"
#include "cli/costtext.h"
#include "core/scenariodocument.h"
#include "cost/costcomputation.h"
#include "cost/costworkspace.h"
#include "cost/summarymodel.h"
#include "cost/typepicker.h"
#include "costworkspacetesting.h"
#include "mainwindow.h"
#include "prices/catalogholder.h"

#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineSeries>
#include <QMenu>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>

using namespace ec2lab;
using namespace ec2lab::gui;

/// The cost workspace's Regions side by side (issue 15 item 8), its horizon, month-length and
/// renewal controls (item 3), and the polish of the summary, the Spot band, the platform choice
/// and the legends of unpriced options.
///
/// Hand-computed figures for the default scenario (m5.large, 30 GB gp3, one public IPv4, 36
/// months of 730 h = 26,280 h):
///   us-east-1, the scenario's typed prices: 0.096 x 26,280 = 2522.88 + EBS 30 x 0.08 x 36 = 86.40
///     + IPv4 0.005 x 26,280 = 131.40 -> 2740.68.
///   Seoul, the bundled snapshot (typed prices belong to us-east-1): 0.118 x 26,280 = 3101.04
///     + EBS 30 x 0.0912 x 36 = 98.496 + IPv4 0.005 x 26,280 = 131.40 -> 3330.936 -> 3330.94.
class TestCostRegions : public QObject
{
    Q_OBJECT
private:
    /// The total a single-Region run of \a document gives for the option labelled \a label.
    static QString singleRegionTotal(const QJsonObject &document, const QString &label)
    {
        const CostComputation::Result r = CostComputation::compute(document, QString(),
            CatalogHolder::instance()->current(), document.value(QStringLiteral("options")).toArray());
        if (!r.ok || !r.otherRegions.empty())
            return QStringLiteral("not a single-Region run");
        for (const OptionResult &o : r.report.options)
            if (CostText::optionName(o) == label)
                return o.total.toString(2);
        return QStringLiteral("no option ") + label;
    }
    /// Row of \a label in the summary model (-1 when absent).
    static int rowOf(SummaryModel *m, const QString &label)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, SummaryModel::Option).data(Qt::UserRole).toString() == label)
                return r;
        return -1;
    }
    /// Ticks \a code in the Compare menu, as a user does.
    static void tickCompare(CostWorkspace *w, const QString &code)
    {
        QMenu *menu = w->typePicker()->compareButton()->menu();
        emit menu->aboutToShow();
        for (QAction *a : menu->actions())
            if (a->text().contains(code)) {
                a->trigger();
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no %1 in the Compare menu").arg(code)));
    }
    static QLineSeries *seriesNamed(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series())
            if (s->name() == name)
                return qobject_cast<QLineSeries *>(s);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScenarioDocument::discardAutosave();
    }

    /// Item 8: two Regions side by side equal two single-Region runs, in the summary's columns
    /// and on the cumulative chart; one undo step; saved in the document as the file's "regions".
    void regionsSideBySideEqualTwoSingleRegionRuns()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
        const QJsonObject before = doc->json();
        const int steps = doc->undoStack()->count();

        tickCompare(cost, QStringLiteral("ap-northeast-2"));
        cost->waitForResults();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->value(QStringLiteral("workloads[0].regions")).toArray(),
            QJsonArray({ QStringLiteral("us-east-1"), QStringLiteral("ap-northeast-2") }));
        QCOMPARE(cost->typePicker()->compareButton()->text(), QStringLiteral("Compare (2)"));

        // The two single-Region runs: the document as it was, and the same in Seoul without the
        // typed prices (they belong to us-east-1).
        QJsonObject seoul = before;
        seoul.insert(QStringLiteral("region"), QStringLiteral("ap-northeast-2"));
        seoul.remove(QStringLiteral("prices"));
        SummaryModel *m = cost->summary();
        QCOMPARE(m->columnCount(), SummaryModel::ColumnCount + 1);
        QCOMPARE(m->headerData(SummaryModel::ColumnCount, Qt::Horizontal).toString().simplified(),
            QStringLiteral("Total, Asia Pacific (Seoul) (USD)"));
        QCOMPARE(m->headerData(SummaryModel::Total, Qt::Horizontal).toString().simplified(),
            QStringLiteral("Total, US East (N. Virginia) (USD)"));
        int compared = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString label = m->index(r, SummaryModel::Option).data(Qt::UserRole).toString();
            QCOMPARE(m->index(r, SummaryModel::Total).data().toString(), singleRegionTotal(before, label));
            // The default scenario's m5 host reservation has no Seoul price (the snapshot has m5
            // hosts in us-east-1 only): the Seoul run leaves it out, the column says so.
            const QString inSeoul = singleRegionTotal(seoul, label);
            QCOMPARE(m->index(r, SummaryModel::ColumnCount).data().toString(),
                inSeoul.startsWith(QStringLiteral("no option ")) ? QStringLiteral("No price") : inSeoul);
            ++compared;
        }
        QCOMPARE(compared, 6);
        QCOMPARE(m->index(rowOf(m, QStringLiteral("On-Demand")), SummaryModel::Total).data().toString(),
            QStringLiteral("2740.68"));
        QCOMPARE(m->index(rowOf(m, QStringLiteral("On-Demand")), SummaryModel::ColumnCount).data().toString(),
            QStringLiteral("3330.94"));

        // The cumulative chart overlays Seoul's lines, dashed, named with the Region's name.
        CumulativeChart *chart = cost->cumulativeChart();
        QLineSeries *home = seriesNamed(chart->chart(), QStringLiteral("On-Demand · US East (N. Virginia)"));
        QLineSeries *other = seriesNamed(chart->chart(), QStringLiteral("On-Demand · Asia Pacific (Seoul)"));
        QVERIFY(home && other);
        QCOMPARE(home->pen().style(), Qt::SolidLine);
        QCOMPARE(other->pen().style(), Qt::DashLine);
        QCOMPARE(other->pen().color(), home->pen().color());
        QCOMPARE(other->points().last(), QPointF(36, 3330.936));
        // The legend: one entry per option and one per Region (a line in its dash style).
        for (const QString &entry : { QStringLiteral("On-Demand"), QStringLiteral("Spot"),
                 QStringLiteral("US East (N. Virginia)"), QStringLiteral("Asia Pacific (Seoul)") })
            QVERIFY2(chart->legendTexts().contains(entry), qPrintable(chart->legendTexts().join(u'|')));
        QVERIFY(!chart->legendTexts().contains(other->name()));
        // Exported like any chart: a column per option and Region.
        const ChartTable table = chart->table();
        const qsizetype column = table.columns.indexOf(QStringLiteral("On-Demand · Asia Pacific (Seoul)"));
        QVERIFY2(column > 0, qPrintable(table.columns.join(u'|')));
        QCOMPARE(table.rows.last().at(column), QStringLiteral("3330.94"));

        // One undo: one Region again, no extra column, the file as before.
        doc->undoStack()->undo();
        cost->waitForResults();
        QCOMPARE(doc->json(), before);
        QCOMPARE(m->columnCount(), int(SummaryModel::ColumnCount));
        QVERIFY(seriesNamed(chart->chart(), QStringLiteral("On-Demand")));
    }

    /// Changing the scenario's Region keeps the Regions compared, the new one first (the old one
    /// becomes a compared Region); the typed prices go with the change.
    void regionChangeKeepsTheComparedRegions()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        cost->typePicker()->setComparedRegions({ QStringLiteral("ap-northeast-2") });
        cost->waitForResults();
        QComboBox *region = nullptr;
        for (QComboBox *b : cost->typePicker()->findChildren<QComboBox *>())
            if (b->accessibleName() == u"Region")
                region = b;
        QVERIFY(region);
        region->setCurrentIndex(region->findData(QStringLiteral("ap-northeast-2")));
        cost->waitForResults();
        QCOMPARE(doc->value(QStringLiteral("workloads[0].regions")).toArray(),
            QJsonArray({ QStringLiteral("ap-northeast-2"), QStringLiteral("us-east-1") }));
        QVERIFY(!doc->json().contains(QStringLiteral("prices")));
        QCOMPARE(cost->summary()->columnCount(), SummaryModel::ColumnCount + 1);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("3330.94"));
        // us-east-1 now from the bundled snapshot: 0.096 USD/h, gp3 0.08, IPv4 0.005, the same
        // figures the scenario typed -> 2740.68.
        SummaryModel *m = cost->summary();
        QCOMPARE(m->index(rowOf(m, QStringLiteral("On-Demand")), SummaryModel::ColumnCount).data().toString(),
            QStringLiteral("2740.68"));
        doc->undoStack()->undo();
        cost->waitForResults();
        QCOMPARE(doc->value(QStringLiteral("workloads[0].regions")).toArray(),
            QJsonArray({ QStringLiteral("us-east-1"), QStringLiteral("ap-northeast-2") }));
        QCOMPARE(cost->summary()->columnCount(), SummaryModel::ColumnCount + 1);
    }

    /// Item 3: the horizon and the month length are controls, with undo, written where
    /// `ec2lab cost` reads them.
    void horizonAndMonthLengthControls_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("calendar");
        QTest::addColumn<QString>("onDemand");
        // 12 x 730 = 8,760 h: 0.096 x 8,760 = 840.96 + EBS 30 x 0.08 x 12 = 28.80 + IPv4
        // 0.005 x 8,760 = 43.80 -> 913.56.
        QTest::newRow("12 months of 730 h") << 12 << false << QStringLiteral("913.56");
        // Calendar months from 2026-01-01 for 36 months: 365 + 365 + 366 = 1,096 days = 26,304 h:
        // 0.096 x 26,304 = 2525.184 + EBS 86.40 + IPv4 0.005 x 26,304 = 131.52 -> 2743.104.
        QTest::newRow("36 calendar months") << 36 << true << QStringLiteral("2743.10");
        // 120 x 730 = 87,600 h: 0.096 x 87,600 = 8409.60 + EBS 30 x 0.08 x 120 = 288.00 + IPv4
        // 0.005 x 87,600 = 438.00 -> 9135.60.
        QTest::newRow("10 years, the most") << 120 << false << QStringLiteral("9135.60");
    }
    void horizonAndMonthLengthControls()
    {
        QFETCH(int, months);
        QFETCH(bool, calendar);
        QFETCH(QString, onDemand);
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        QCOMPARE(cost->horizonBox()->value(), 36);
        QCOMPARE(cost->horizonBox()->maximum(), 120);
        const int steps = doc->undoStack()->count();
        cost->horizonBox()->setValue(months);
        QComboBox *mode = cost->monthModeBox();
        mode->setCurrentIndex(mode->findData(calendar));
        emit mode->activated(mode->currentIndex());
        QCOMPARE(doc->value(QStringLiteral("horizon_months")).toInt(), months);
        QCOMPARE(doc->value(QStringLiteral("calendar_months")).toBool(), calendar);
        QCOMPARE(onDemandTotal(cost), onDemand);
        // Undo takes the edits back one by one; the controls follow the document.
        while (doc->undoStack()->index() > steps)
            doc->undoStack()->undo();
        QCOMPARE(cost->horizonBox()->value(), 36);
        QCOMPARE(mode->currentData().toBool(), false);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
    }

    /// Item 3: each commitment has a Renew box writing the option's boolean "renew".
    void renewBoxWritesTheOption()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        QStringList boxes;
        QCheckBox *ri = nullptr;
        for (QCheckBox *b : cost->findChildren<QCheckBox *>())
            if (b->accessibleName().startsWith(QStringLiteral("Renew option")) && b->isVisibleTo(cost)) {
                boxes << b->accessibleName();
                if (b->accessibleName() == u"Renew option ri-std-1yr-au")
                    ri = b;
            }
        // The default scenario's two Reserved Instances, its Savings Plan and its host reservation;
        // not On-Demand or Spot.
        boxes.sort();
        QCOMPARE(boxes,
            QStringList(
                { QStringLiteral("Renew option dh-m5-3yr-nu"), QStringLiteral("Renew option ri-std-1yr-au"),
                    QStringLiteral("Renew option ri-std-3yr-pu"), QStringLiteral("Renew option sp") }));
        QVERIFY(ri->isChecked()); // no "renew" in the file: renewed
        QVERIFY(!doc->value(QStringLiteral("options[1]")).toObject().contains(QStringLiteral("renew")));
        ri->setChecked(false);
        QCOMPARE(doc->value(QStringLiteral("options[1].renew")), QJsonValue(false));
        doc->undoStack()->undo();
        QVERIFY(!doc->value(QStringLiteral("options[1]")).toObject().contains(QStringLiteral("renew")));
    }

    /// Item 1: a platform change drops the typed instance prices (they were the old platform's),
    /// so no figure comes from them; the Region-wide ones (EBS, IPv4) stay.
    void platformChangeDropsTypedPrices()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
        const int steps = doc->undoStack()->count();
        QComboBox *platform = cost->typePicker()->platformBox();
        platform->setCurrentIndex(platform->findData(QStringLiteral("windows")));
        emit platform->activated(platform->currentIndex());
        QCOMPARE(doc->value(QStringLiteral("workloads[0].platform")).toString(), QStringLiteral("windows"));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const QJsonObject prices = doc->value(QStringLiteral("prices")).toObject();
        QVERIFY(!prices.contains(QStringLiteral("on_demand_per_hour")));
        QVERIFY(!prices.contains(QStringLiteral("reserved")));
        QVERIFY(!prices.contains(QStringLiteral("savings_plan_per_hour")));
        QVERIFY(prices.contains(QStringLiteral("ebs_per_gb_month")));
        cost->waitForResults();
        // The bundled snapshot has no Windows m5.large price: no figure at all (never the Linux
        // price typed before), and why in words, without a JSON path.
        QCOMPARE(cost->summary()->rowCount(), 0);
        const QString problem = cost->lastResult().problems.join(u'|');
        QVERIFY2(
            problem.startsWith(QStringLiteral("No On-Demand price for m5.large in US East (N. Virginia)")),
            qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("prices.")), qPrintable(problem));
        doc->undoStack()->undo();
        QCOMPARE(platform->currentData().toString(), QStringLiteral("linux"));
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
    }

    /// Options without a price are listed in every chart's legend, marked "(no price)".
    void unpricedOptionsStayInTheLegends()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        QJsonArray options = doc->value(QStringLiteral("options")).toArray();
        options.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("dh") },
            { QStringLiteral("kind"), QStringLiteral("dedicated-host") } });
        doc->setValue(QStringLiteral("options"), options, QStringLiteral("t"));
        // Compared with Seoul, where the bundled snapshot has no m5 host price.
        cost->typePicker()->setComparedRegions({ QStringLiteral("ap-northeast-2") });
        cost->waitForResults();
        const QString missing = QStringLiteral("Dedicated Host · Asia Pacific (Seoul) (no price)");
        for (ChartBase *chart : cost->charts())
            if (chart != cost->spotChart())
                QVERIFY2(chart->legendTexts().contains(missing), qPrintable(chart->legendTexts().join(u'|')));
        // us-east-1 prices the host: its figure is in the summary, Seoul's column says why not.
        SummaryModel *m = cost->summary();
        const int dh = rowOf(m, QStringLiteral("Dedicated Host"));
        QVERIFY(dh >= 0);
        QCOMPARE(m->index(dh, SummaryModel::ColumnCount).data().toString(), QStringLiteral("No price"));
        const QString tip = m->index(dh, SummaryModel::ColumnCount).data(Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains(QStringLiteral("Asia Pacific (Seoul)")) && !tip.contains(QStringLiteral("prices.")),
            qPrintable(tip));
    }

    /// Polish: a p10-p90 range far narrower than the money axis is drawn around the median on an
    /// axis of its own, where it is tens of pixels high instead of a hairline.
    void thinSpotRangeIsAVisibleBand()
    {
        CostReport r;
        r.horizonMonths = 36;
        r.hoursPerMonth = 730;
        OptionResult od;
        od.label = QStringLiteral("On-Demand");
        od.kind = OptionKind::OnDemand;
        OptionResult spot;
        spot.label = QStringLiteral("Spot");
        spot.kind = OptionKind::Spot;
        SpotRisk risk;
        // The default scenario's shape: about 30 USD a month, p10 and p90 within 0.02 USD a month
        // of the median (0.72 USD apart at month 36, 0.07% of 1076 USD).
        for (int k = 1; k <= 36; ++k) {
            od.cumulative.push_back(Money::fromUnits(76 * k));
            const Money median = Money::fromUnits(30 * k);
            risk.costP50.push_back(median);
            risk.costP10.push_back(median - *Money::parse(u"0.01") * k);
            risk.costP90.push_back(median + *Money::parse(u"0.01") * k);
            spot.cumulative.push_back(median);
        }
        spot.spotRisk = risk;
        r.options = { od, spot };
        SpotBandChart chart;
        chart.resize(900, 420);
        chart.setReport(r);
        QVERIFY(chart.bandAroundMedian());
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *s : chart.chart()->series())
            if (auto *a = qobject_cast<QAreaSeries *>(s))
                band = a;
        QVERIFY(band);
        // Around the median: p90 - p50 = +0.36 and p10 - p50 = -0.36 at month 36.
        QCOMPARE(band->upperSeries()->points().last(), QPointF(36, 0.36));
        QCOMPARE(band->lowerSeries()->points().last(), QPointF(36, -0.36));
        const auto axes = band->attachedAxes();
        QCOMPARE(axes.size(), 2);
        auto *right = qobject_cast<QValueAxis *>(axes.last());
        QVERIFY(right && right->alignment() == Qt::AlignRight);
        QCOMPARE(right->titleText(), QStringLiteral("USD from median"));
        // The band spans half the axis or more (on the money axis it would be 0.07% of it).
        const double share = 0.72 / (right->max() - right->min());
        QVERIFY2(share >= 0.5, qPrintable(QString::number(share)));
        QCOMPARE(right->min(), -right->max());
        QVERIFY(chart.chart()->title().contains(QStringLiteral("right axis")));
        QVERIFY(band->brush().color().alpha() >= 100);
    }

    /// Polish: at 1280x720 the summary shows the default scenario's five options, every column
    /// without scrolling sideways, and with Seoul compared its extra column fits too.
    void summaryFitsAt1280x720()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CostWorkspace *cost = window.costWorkspace();
        for (bool compare : { false, true }) {
            if (compare)
                cost->typePicker()->setComparedRegions({ QStringLiteral("ap-northeast-2") });
            cost->waitForResults();
            QCoreApplication::processEvents();
            QTableView *view = cost->summaryView();
            QCOMPARE(view->model()->rowCount(), 6);
            QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
            const QRect last = view->visualRect(view->model()->index(5, 0));
            QVERIFY2(last.bottom() <= view->viewport()->height(),
                qPrintable(QStringLiteral("last row ends at %1 of %2")
                               .arg(last.bottom())
                               .arg(view->viewport()->height())));
            // Option names on one line each: no row taller than two text lines.
            for (int r = 0; r < 5; ++r)
                QVERIFY(view->rowHeight(r) < 2 * view->fontMetrics().height() + 8);
        }
    }
};

QTEST_MAIN(TestCostRegions)
#include "tst_costregions.moc"
