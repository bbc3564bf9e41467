#include "charts/costcharts.h"
#include "core/scenariodocument.h"
#include "cost/costworkspace.h"
#include "cost/schedulegrid.h"
#include "cost/summarymodel.h"
#include "cost/typepicker.h"
#include "cost/usageeditor.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
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
};

QTEST_MAIN(TestCostWorkspace)
#include "tst_costworkspace.moc"
