#include "catalog/catalogpricesource.h"
#include "charts/costcharts.h"
#include "core/scenariodocument.h"
#include "cost/costcomputation.h"
#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "cost/costworkspace.h"
#include "cost/schedulegrid.h"
#include "cost/summarymodel.h"
#include "cost/typepicker.h"
#include "cost/usageeditor.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ec2lab;
using namespace ec2lab::gui;

/// The cost comparison: editing the schedule grid changes the totals, undo/redo restore them,
/// and the item models pass QAbstractItemModelTester.
///
/// Hand-computed expectations for the default scenario (m5.large at 0.096 USD/h, 30 GB gp3 at
/// 0.08 USD/GB-month, one public IPv4 at 0.005 USD/h, 36 months of 730 h):
///   always on:   compute 0.096 x 26,280 h = 2522.88; EBS 30 x 0.08 x 36 = 86.40;
///                IPv4 0.005 x 26,280 = 131.40; total 2740.68.
///   Mondays 09:00-17:00 only: the 26,280 hours from 2026-01-01 00:00 hold 156 Mondays, so
///                1,248 h: compute 119.808, IPv4 (only while running) 6.24, EBS 86.40 -> 212.45.
class TestCostWorkspace : public QObject
{
    Q_OBJECT
private:
    static QString onDemandTotal(CostWorkspace *w)
    {
        w->waitForResults();
        SummaryModel *m = w->summary();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, SummaryModel::Option).data().toString() == u"On-Demand")
                return m->index(r, SummaryModel::Total).data().toString();
        return QStringLiteral("no On-Demand row; problems: ") + w->lastResult().problems.join(u'|');
    }
    static void clickPreset(CostWorkspace *w, const QString &name)
    {
        const auto buttons = w->usageEditor()->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == name) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        QFAIL("preset button not found");
    }
    /// Option label -> the Total cell the summary table shows.
    static QMap<QString, QString> summaryTotals(CostWorkspace *w)
    {
        w->waitForResults();
        QMap<QString, QString> out;
        SummaryModel *m = w->summary();
        for (int r = 0; r < m->rowCount(); ++r)
            out.insert(m->index(r, SummaryModel::Option).data().toString(),
                m->index(r, SummaryModel::Total).data().toString());
        return out;
    }
    static void chooseKind(UsageEditor *editor, const QString &kind)
    {
        QComboBox *box = editor->kindBox();
        const int i = box->findData(kind);
        QVERIFY2(i >= 0, qPrintable(kind));
        box->setCurrentIndex(i);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScenarioDocument::discardAutosave();
    }

    void alwaysOnTotal()
    {
        MainWindow window;
        QCOMPARE(onDemandTotal(window.costWorkspace()), QStringLiteral("2740.68"));
    }

    void paintingTheGridChangesTotalsAndUndoRestoresThem()
    {
        MainWindow window;
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CostWorkspace *cost = window.costWorkspace();
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));

        clickPreset(cost, QStringLiteral("Clear"));
        // No running hours: only the 30 GB of EBS remain (86.40).
        QCOMPARE(onDemandTotal(cost), QStringLiteral("86.40"));

        // One stroke over Monday 09:00-17:00 (eight cells).
        ScheduleGrid *grid = cost->usageEditor()->grid();
        QTest::mousePress(grid, Qt::LeftButton, {}, grid->cellRect(0, 9).center());
        for (int h = 10; h <= 16; ++h)
            QTest::mouseMove(grid, grid->cellRect(0, h).center());
        QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->cellRect(0, 16).center());
        QCOMPARE(grid->hoursPerWeek(), 8);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("212.45"));

        QUndoStack *undo = window.document()->undoStack();
        undo->undo(); // the whole stroke is one step
        QCOMPARE(grid->hoursPerWeek(), 0);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("86.40"));
        undo->undo(); // the preset
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
        undo->redo();
        undo->redo();
        QCOMPARE(grid->hoursPerWeek(), 8);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("212.45"));
    }

    void utilizationSliderRecomputes()
    {
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        QSlider *slider = cost->usageEditor()->utilizationSlider();
        for (int v = 100; v >= 50; v -= 10)
            slider->setValue(v); // a drag: many edits, one undo step
        QCOMPARE(window.document()->undoStack()->count(), 1);
        // 50 % of every hour: compute 1261.44 + EBS 86.40 + IPv4 65.70 = 1413.54.
        QCOMPARE(onDemandTotal(cost), QStringLiteral("1413.54"));
    }

    void itemModelsPassTheTester()
    {
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        cost->waitForResults();
        QAbstractItemModelTester summary(
            cost->summary(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstanceTypeModel types;
        QAbstractItemModelTester typeTester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        types.setRegion(QStringLiteral("us-east-1"));
        clickPreset(cost, QStringLiteral("Office hours"));
        cost->waitForResults();
        QCOMPARE(cost->summary()->rowCount(), 5);
    }

    void chartsCarryTheAssumptions()
    {
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        cost->waitForResults();
        for (ChartBase *c : cost->charts()) {
            QVERIFY2(c->note().contains(QStringLiteral("730")), qPrintable(c->note()));
            QVERIFY2(c->note().contains(QStringLiteral("tax"), Qt::CaseInsensitive), qPrintable(c->note()));
            QVERIFY2(c->note().contains(QStringLiteral("Prices as of")), qPrintable(c->note()));
        }
    }

    /// The lab's script as the usage: one undo step, a summary of what it ran, and totals equal
    /// to the cost model's and to `ec2lab cost` on the same saved document.
    void labScriptUsageMatchesTheModelAndTheCommandLine()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        // A lab of one m5.large: launched at 09:00, stopped at 11:00, started at 12:00, left
        // running until 14:00 (until = 5 h).
        const QJsonObject lab = QJsonDocument::fromJson(R"({
            "start": "2026-03-02T09:00:00Z", "seed": 1,
            "instances": [ { "name": "web", "type": "m5.large", "region": "us-east-1",
                "platform": "linux", "price_per_hour": "0.096", "public_ip": true,
                "volumes": [ { "type": "gp3", "size_gb": 8, "price_per_gb_month": "0.08", "root": true } ] } ],
            "events": [ { "at": 0, "action": "launch", "instance": "web" },
                        { "at": 7200, "action": "stop", "instance": "web" },
                        { "at": 10800, "action": "start", "instance": "web" } ],
            "until": 18000 })")
                                    .object();
        QVERIFY(!lab.isEmpty());
        doc->setValue(QStringLiteral("lab"), lab, QStringLiteral("lab"));
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
        const QJsonObject before = doc->value(QStringLiteral("workloads[0]")).toObject();
        const int steps = doc->undoStack()->count();

        chooseKind(cost->usageEditor(), QStringLiteral("lifecycle"));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const QJsonObject w = doc->value(QStringLiteral("workloads[0]")).toObject();
        QCOMPARE(w.value(QStringLiteral("usage")).toObject(),
            (QJsonObject { { QStringLiteral("kind"), QStringLiteral("lifecycle") },
                { QStringLiteral("from_lab"), true } }));
        QVERIFY(!w.contains(QStringLiteral("count")));
        QVERIFY(!w.contains(QStringLiteral("ebs")));
        QVERIFY(!w.contains(QStringLiteral("public_ipv4")));
        QCOMPARE(w.value(QStringLiteral("instance_type")).toString(), QStringLiteral("m5.large"));

        const QMap<QString, QString> totals = summaryTotals(cost);
        QVERIFY2(cost->lastResult().problems.isEmpty(), qPrintable(cost->lastResult().problems.join(u'\n')));
        QCOMPARE(totals.size(), 5);

        // The cost model on the same document.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab-usage.json"));
        QString error;
        QVERIFY2(doc->save(file, &error), qPrintable(error));
        const auto catalog = InstanceTypeModel::priceCatalog();
        const catalog::CatalogPriceSource catalogPrices(*catalog);
        const Scenario scenario
            = ScenarioReader::fromJson(CostComputation::costScenario(doc->json()), file, &catalogPrices);
        const LayeredPriceSource prices(scenario.prices, catalogPrices);
        const CostReport report = CostEngine(scenario, prices).run();
        QCOMPARE(int(report.options.size()), totals.size());
        for (const OptionResult &o : report.options)
            QCOMPARE(totals.value(o.label), o.total.toString(2));

        // Billed hours in the hint are the traced seconds the engine priced: two runs of two hours
        // less the 20 s pending each time -> 2 x 7,180 s = 14,360 s = 3.99 h.
        std::int64_t traced = 0;
        for (std::int64_t s : scenario.workloads[0].usage.tracedSeconds)
            traced += s;
        const QString hint = cost->usageEditor()->hintText();
        QVERIFY2(hint.contains(QString::number(double(traced) / 3600.0, 'f', 2) + QStringLiteral(" billed")),
            qPrintable(hint));
        QCOMPARE(traced, std::int64_t(2 * 7180));
        QVERIFY2(hint.contains(QStringLiteral("3.99 billed")), qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("1 instance")) && hint.contains(QStringLiteral("(web)")),
            qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("5 h 0 min from 2026-03-02 09:00 UTC")), qPrintable(hint));

        // `ec2lab cost` on the saved file gives the same totals.
        QProcess p;
        p.start(QStringLiteral(EC2LAB_BINARY), { QStringLiteral("cost"), file, QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray cli
            = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("options")).toArray();
        QCOMPARE(int(cli.size()), totals.size());
        for (const QJsonValue &v : cli) {
            const QJsonObject o = v.toObject();
            QCOMPARE(totals.value(o.value(QStringLiteral("label")).toString()),
                o.value(QStringLiteral("total")).toString());
        }

        // One undo step back to the always-on workload with its volume and address.
        doc->undoStack()->undo();
        QCOMPARE(doc->value(QStringLiteral("workloads[0]")).toObject(), before);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
        doc->undoStack()->redo();
        QCOMPARE(summaryTotals(cost), totals);

        // Leaving the lab's script brings the count, volume and address back.
        clickPreset(cost, QStringLiteral("All"));
        QCOMPARE(doc->value(QStringLiteral("workloads[0].ebs")), before.value(QStringLiteral("ebs")));
        QCOMPARE(doc->value(QStringLiteral("workloads[0].public_ipv4")).toInt(), 1);
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2740.68"));
    }

    void labScriptWithoutALabSaysSo()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        doc->setValue(QStringLiteral("lab"), QJsonValue(QJsonValue::Undefined), QStringLiteral("no lab"));
        chooseKind(window.costWorkspace()->usageEditor(), QStringLiteral("lifecycle"));
        QVERIFY2(window.costWorkspace()->usageEditor()->hintText().contains(QStringLiteral("no lab script")),
            qPrintable(window.costWorkspace()->usageEditor()->hintText()));
        window.costWorkspace()->waitForResults();
        QVERIFY(!window.costWorkspace()->lastResult().problems.isEmpty());
    }
};

QTEST_MAIN(TestCostWorkspace)
#include "tst_costworkspace.moc"
