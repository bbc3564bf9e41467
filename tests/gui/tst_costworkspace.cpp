#include "catalog/catalogpricesource.h"
#include "catalog/pricecatalog.h"
#include "charts/costcharts.h"
#include "cli/costtext.h"
#include "core/scenariodocument.h"
#include "cost/costcomputation.h"
#include "cost/costengine.h"
#include "cost/costworkspace.h"
#include "cost/optionspanel.h"
#include "cost/scenarioreader.h"
#include "cost/schedulegrid.h"
#include "cost/summarymodel.h"
#include "cost/typepicker.h"
#include "cost/usageeditor.h"
#include "costworkspacetesting.h"
#include "gui.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSortFilterProxyModel>
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

    /// Selects \a code in the type picker's Region box, as a user would.
    static void chooseRegion(CostWorkspace *w, const QString &code)
    {
        QComboBox *region = nullptr;
        for (QComboBox *b : w->typePicker()->findChildren<QComboBox *>())
            if (b->accessibleName() == u"Region")
                region = b;
        QVERIFY(region);
        const int i = region->findData(code);
        QVERIFY2(i >= 0, qPrintable(code));
        region->setCurrentIndex(i);
        w->waitForResults();
    }
    /// Every summary row: figures, or a missing-price reason in words and never a JSON path.
    static void checkEveryRowHasAFigureOrAReason(CostWorkspace *w, bool expectNoMissing)
    {
        w->waitForResults();
        QVERIFY2(w->lastResult().problems.isEmpty(), qPrintable(w->lastResult().problems.join(u'\n')));
        SummaryModel *m = w->summary();
        // The default scenario's six options (On-Demand, two RIs, a Savings Plan, Spot and an m5
        // Dedicated Host reservation: all five kinds), none left out of the table.
        QCOMPARE(m->rowCount(), 6);
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString name = m->index(r, SummaryModel::Option).data().toString();
            const QString reason
                = m->index(r, SummaryModel::Option).data(SummaryModel::MissingReasonRole).toString();
            const QString tip = m->index(r, SummaryModel::Option).data(Qt::ToolTipRole).toString();
            if (expectNoMissing)
                QVERIFY2(reason.isEmpty(), qPrintable(name + u": " + reason));
            if (reason.isEmpty()) {
                bool ok = false;
                m->index(r, SummaryModel::Total).data().toString().toDouble(&ok);
                QVERIFY2(ok, qPrintable(name + u": " + m->index(r, SummaryModel::Total).data().toString()));
            } else {
                QVERIFY2(reason.startsWith(QStringLiteral("No ")) && reason.contains(QStringLiteral("Seoul")),
                    qPrintable(reason));
                QVERIFY2(tip.contains(QStringLiteral("Update prices")), qPrintable(tip));
            }
            for (const QString &text : { name, reason, tip })
                for (const char *path : { "prices.", "options[", "workloads[" })
                    QVERIFY2(!text.contains(QLatin1String(path)), qPrintable(text));
        }
        for (const char *path : { "prices.", "options[", "workloads[" })
            QVERIFY2(!w->pricingNotes().contains(QLatin1String(path)), qPrintable(w->pricingNotes()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScenarioDocument::discardAutosave();
        // English as the app runs it: the .qm holds the English plural forms ("1 price", "8 prices").
        installTranslators(QStringLiteral("en"));
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
        QCOMPARE(cost->summary()->rowCount(), 6);
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
            // The Region by name with its code (issue 14), as the exports show it too.
            QVERIFY2(c->note().contains(QStringLiteral("Region: US East (N. Virginia) (us-east-1)")),
                qPrintable(c->note()));
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
        QCOMPARE(totals.size(), 6);

        // The cost model on the same document.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab-usage.json"));
        QString error;
        QVERIFY2(doc->save(file, &error), qPrintable(error));
        const auto catalog = InstanceTypeModel::priceCatalog();
        const catalog::CatalogPriceSource catalogPrices(*catalog);
        const Scenario scenario = ScenarioReader::fromJson(
            CostComputation::costScenario(doc->json(), OptionsPanel::enabledOptions(doc->json())), file,
            &catalogPrices);
        const LayeredPriceSource prices(scenario.prices, catalogPrices);
        const CostReport report = CostEngine(scenario, prices).run();
        QCOMPARE(int(report.options.size()), totals.size());
        for (const OptionResult &o : report.options)
            QCOMPARE(totals.value(CostText::optionName(o)), o.total.toString(2));

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
        const QJsonArray cli = QJsonDocument::fromJson(p.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("options"))
                                   .toArray();
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

    void defaultScenarioPricesEveryOptionInUsEast1()
    {
        // No imported prices (test mode: a fresh data folder), the bundled snapshot only.
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        checkEveryRowHasAFigureOrAReason(cost, true);
        // The default scenario types its own us-east-1 prices for m5.large: the workspace says so.
        QVERIFY2(cost->pricingNotes().contains(QStringLiteral("override the catalog")),
            qPrintable(cost->pricingNotes()));
        // And without them the bundled catalog alone prices all six options.
        window.document()->setValue(
            QStringLiteral("prices"), QJsonValue(QJsonValue::Undefined), QStringLiteral("t"));
        checkEveryRowHasAFigureOrAReason(cost, true);
        QVERIFY(!cost->pricingNotes().contains(QStringLiteral("override the catalog")));
        // The m5 host reservation from the snapshot (Infracost's golden, 2.19 USD per host-hour):
        // 2.19 x 26,280 h = 57,553.20 + EBS 86.40 + IPv4 131.40 = 57,771.00.
        QCOMPARE(summaryTotals(cost).value(QStringLiteral("Dedicated Host reservation 3yr no-upfront")),
            QStringLiteral("57771.00"));
        QList<int> kinds;
        for (const OptionResult &o : cost->lastResult().report.options)
            if (!kinds.contains(int(o.kind)))
                kinds << int(o.kind);
        std::sort(kinds.begin(), kinds.end());
        QCOMPARE(kinds,
            (QList<int> { int(OptionKind::OnDemand), int(OptionKind::Reserved), int(OptionKind::SavingsPlan),
                int(OptionKind::Spot), int(OptionKind::DedicatedHost) }));
    }

    void regionChangeRepricesFromTheCatalog()
    {
        MainWindow window;
        ScenarioDocument *doc = window.document();
        CostWorkspace *cost = window.costWorkspace();
        // Compute only: no volume, no address, so the On-Demand total is price x hours.
        doc->setValue(
            QStringLiteral("workloads[0].ebs"), QJsonValue(QJsonValue::Undefined), QStringLiteral("t"));
        doc->setValue(QStringLiteral("workloads[0].public_ipv4"), 0, QStringLiteral("t"));
        // us-east-1 with the scenario's typed price: 0.096 x 26,280 h = 2522.88.
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2522.88"));
        const int steps = doc->undoStack()->count();

        chooseRegion(cost, QStringLiteral("ap-northeast-2"));
        QCOMPARE(doc->value(QStringLiteral("region")).toString(), QStringLiteral("ap-northeast-2"));
        // The typed us-east-1 prices went with the change, in one undo step.
        QVERIFY(!doc->json().contains(QStringLiteral("prices")));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        // Seoul's m5.large On-Demand price from the catalog x 36 months x 730 h = 26,280 h.
        const auto catalog = InstanceTypeModel::priceCatalog();
        const catalog::PriceEntry *e = catalog->entry(catalog::PriceKey {
            QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large"), Platform::Linux, Tenancy::Shared });
        QVERIFY(e && e->onDemand);
        const Money seoul = e->onDemand->perHour;
        QVERIFY(seoul != *Money::parse(u"0.096"));
        QCOMPARE(onDemandTotal(cost), (seoul * 26280).toString(2));
        // (With the bundled 2026 snapshot, 0.118 USD/h x 26,280 h = 3101.04.)
        if (seoul.toPlainString() == u"0.118")
            QCOMPARE(onDemandTotal(cost), QStringLiteral("3101.04"));
        checkEveryRowHasAFigureOrAReason(cost, false);
        QVERIFY(!cost->pricingNotes().contains(QStringLiteral("override the catalog")));

        // One undo brings back us-east-1 and its typed prices together.
        doc->undoStack()->undo();
        QCOMPARE(doc->value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));
        QVERIFY(doc->json().contains(QStringLiteral("prices")));
        QCOMPARE(onDemandTotal(cost), QStringLiteral("2522.88"));
    }

    void seoulKeepsEveryOptionWithAFigureOrAReason()
    {
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        // The default scenario's m5 Dedicated Host reservation: the catalog has m5 hosts only in
        // us-east-1.
        chooseRegion(cost, QStringLiteral("ap-northeast-2"));
        SummaryModel *m = cost->summary();
        QCOMPARE(m->rowCount(), 6);
        int missing = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString reason
                = m->index(r, SummaryModel::Option).data(SummaryModel::MissingReasonRole).toString();
            const QString tip = m->index(r, SummaryModel::Option).data(Qt::ToolTipRole).toString();
            QVERIFY2(!reason.contains(QLatin1String("prices.")) && !tip.contains(QLatin1String("prices."))
                    && !tip.contains(QLatin1String("options[")) && !tip.contains(QLatin1String("workloads[")),
                qPrintable(tip));
            if (!reason.isEmpty()) {
                ++missing;
                QVERIFY2(reason.contains(QStringLiteral("Asia Pacific (Seoul)")), qPrintable(reason));
                // The default scenario's m5 host reservation, in words.
                QCOMPARE(reason,
                    QStringLiteral("No Dedicated Host reservation (3yr/no-upfront) price for m5 in Asia "
                                   "Pacific (Seoul) (ap-northeast-2) in the offline prices"));
                QVERIFY2(tip.contains(QStringLiteral("File › Update prices")), qPrintable(tip));
            }
        }
        // No m5 Dedicated Host price for Seoul in the bundled snapshot: that row stays, in words.
        QCOMPARE(missing, 1);
        for (const char *path : { "prices.", "options[", "workloads[" })
            QVERIFY2(!cost->pricingNotes().contains(QLatin1String(path)), qPrintable(cost->pricingNotes()));
        QVERIFY2(
            cost->pricingNotes().contains(QStringLiteral("Update prices")), qPrintable(cost->pricingNotes()));
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

    void naturalTypeOrder_data()
    {
        QTest::addColumn<QStringList>("sorted");
        QTest::newRow("sizes nano to metal") << QStringList { QStringLiteral("t3.nano"),
            QStringLiteral("t3.micro"), QStringLiteral("t3.small"), QStringLiteral("t3.medium"),
            QStringLiteral("t3.large"), QStringLiteral("t3.xlarge"), QStringLiteral("t3.2xlarge") };
        QTest::newRow("multiples of xlarge by number, then metal")
            << QStringList { QStringLiteral("m5.large"), QStringLiteral("m5.xlarge"),
                   QStringLiteral("m5.2xlarge"), QStringLiteral("m5.4xlarge"), QStringLiteral("m5.12xlarge"),
                   QStringLiteral("m5.24xlarge"), QStringLiteral("m5.metal") };
        QTest::newRow("family before size, generation as a number")
            << QStringList { QStringLiteral("m5.24xlarge"), QStringLiteral("m5a.large"),
                   QStringLiteral("m5d.large"), QStringLiteral("m6g.medium"), QStringLiteral("m6g.metal"),
                   QStringLiteral("m7i.large"), QStringLiteral("m7i-flex.large") };
        QTest::newRow("metal variants after every sized type") << QStringList { QStringLiteral("c7gn.medium"),
            QStringLiteral("c7gn.16xlarge"), QStringLiteral("c7gn.metal"), QStringLiteral("i7ie.48xlarge"),
            QStringLiteral("i7ie.metal-24xl"), QStringLiteral("i7ie.metal-48xl") };
    }
    void naturalTypeOrder()
    {
        QFETCH(QStringList, sorted);
        QStringList shuffled = sorted;
        std::reverse(shuffled.begin(), shuffled.end());
        std::stable_sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
            return InstanceTypeModel::naturalSortKey(a) < InstanceTypeModel::naturalSortKey(b);
        });
        QCOMPARE(shuffled, sorted);
    }

    void categoryFromFamilyPrefix_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("category");
        using C = catalog::InstanceCategory;
        const std::pair<const char *, C> rows[] = { { "m7i", C::GeneralPurpose },
            { "t4g", C::GeneralPurpose }, { "mac2", C::GeneralPurpose }, { "a1", C::GeneralPurpose },
            { "c7gn", C::ComputeOptimized }, { "hpc7g", C::ComputeOptimized }, { "r8g", C::MemoryOptimized },
            { "x2iedn", C::MemoryOptimized }, { "u-6tb1", C::MemoryOptimized }, { "z1d", C::MemoryOptimized },
            { "p5", C::AcceleratedComputing }, { "g6e", C::AcceleratedComputing },
            { "inf2", C::AcceleratedComputing }, { "trn1n", C::AcceleratedComputing },
            { "dl1", C::AcceleratedComputing }, { "i4i", C::StorageOptimized },
            { "im4gn", C::StorageOptimized }, { "d3en", C::StorageOptimized }, { "h1", C::StorageOptimized },
            { "qq9", C::Unknown } };
        for (const auto &[family, category] : rows)
            QTest::newRow(family) << QString::fromLatin1(family) << int(category);
    }
    void categoryFromFamilyPrefix()
    {
        QFETCH(QString, family);
        QFETCH(int, category);
        QCOMPARE(int(InstanceTypeModel::categoryForFamily(family)), category);
    }

    /// Types the price source gives no specs for: a category from the name, "—" for vCPU and
    /// memory with a tooltip, never a blank cell; rows in natural order; the tester stays quiet.
    void typesWithoutSpecs()
    {
        catalog::PriceCatalog c;
        const catalog::OnDemandPrice price { Money::fromNanos(96'000'000), {} };
        for (const char *t : { "r8g.2xlarge", "r8g.large", "m5.metal", "m5.xlarge", "qq9.large" })
            c.setOnDemand({ QStringLiteral("us-east-1"), QString::fromLatin1(t) }, price);
        catalog::InstanceSpec spec;
        spec.name = QStringLiteral("m5.xlarge");
        spec.family = QStringLiteral("m5");
        spec.size = QStringLiteral("xlarge");
        spec.category = catalog::InstanceCategory::GeneralPurpose;
        spec.vcpu = 4;
        spec.memoryGib = Money::fromUnits(16);
        c.addInstanceSpec(spec);
        InstanceTypeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegion(QStringLiteral("us-east-1"), c);
        QStringList types;
        for (int r = 0; r < model.rowCount(); ++r)
            types << model.index(r, InstanceTypeModel::Type).data().toString();
        QCOMPARE(types,
            (QStringList { QStringLiteral("m5.xlarge"), QStringLiteral("m5.metal"),
                QStringLiteral("qq9.large"), QStringLiteral("r8g.large"), QStringLiteral("r8g.2xlarge") }));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(0, InstanceTypeModel::Vcpu), QStringLiteral("4"));
        QCOMPARE(cell(0, InstanceTypeModel::Memory), QStringLiteral("16"));
        QVERIFY(cell(0, InstanceTypeModel::Vcpu, Qt::ToolTipRole).isEmpty());
        QCOMPARE(cell(3, InstanceTypeModel::Category), QStringLiteral("Memory optimized"));
        QVERIFY(
            cell(3, InstanceTypeModel::Category, Qt::ToolTipRole).contains(QStringLiteral("family name")));
        QCOMPARE(cell(1, InstanceTypeModel::Category), QStringLiteral("General purpose"));
        QCOMPARE(cell(2, InstanceTypeModel::Category), QStringLiteral("unknown"));
        for (int r = 1; r < model.rowCount(); ++r) {
            QCOMPARE(cell(r, InstanceTypeModel::Vcpu), QStringLiteral("—"));
            QCOMPARE(cell(r, InstanceTypeModel::Memory), QStringLiteral("—"));
            QVERIFY(cell(r, InstanceTypeModel::Vcpu, Qt::ToolTipRole).contains(QStringLiteral("no specs")));
            QVERIFY(cell(r, InstanceTypeModel::Memory, Qt::ToolTipRole).contains(QStringLiteral("no specs")));
        }
        // Sorting by the type header keeps the natural order; descending reverses it.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(InstanceTypeModel::SortRole);
        proxy.sort(InstanceTypeModel::Type, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("r8g.2xlarge"));
        QCOMPARE(proxy.index(4, 0).data().toString(), QStringLiteral("m5.xlarge"));
    }

    /// The snapshot date is named under the summary table, in its tooltips and in the calculation.
    void snapshotDateNextToEveryPrice()
    {
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        cost->waitForResults();
        const QString snapshot = cost->lastResult().report.priceSnapshot;
        QVERIFY(!snapshot.isEmpty());
        const QString asOf = QStringLiteral("Prices as of ") + snapshot;
        QVERIFY2(cost->summaryFooter().contains(asOf), qPrintable(cost->summaryFooter()));
        SummaryModel *m = cost->summary();
        QVERIFY(m->index(0, SummaryModel::Total).data(Qt::ToolTipRole).toString().contains(asOf));
        QVERIFY(
            m->headerData(SummaryModel::Total, Qt::Horizontal, Qt::ToolTipRole).toString().contains(asOf));
        cost->setCalculationVisible(true);
        const QString calc = cost->calculationText();
        QVERIFY2(calc.contains(asOf), qPrintable(calc));
        QVERIFY2(calc.contains(QStringLiteral("On-Demand")), qPrintable(calc));
        for (ChartBase *c : cost->charts())
            QVERIFY2(c->note().contains(asOf), qPrintable(c->note()));
        // The default scenario types eight of the prices it uses without a date (m5.large
        // On-Demand; two RI offers' upfront and hourly fees; the Compute plan's rate; EBS gp3;
        // public IPv4): the dated range is the host reservation's alone, and the footer says so.
        QVERIFY2(cost->summaryFooter().contains(QStringLiteral("; 8 prices used carry no publication date")),
            qPrintable(cost->summaryFooter()));
    }

    /// The note's first line with undated prices: counted after a dated range, or said alone.
    void undatedPricesAreCounted()
    {
        CostReport r;
        r.priceSnapshot = QStringLiteral("2026-09-24");
        DatedPrice undated;
        undated.price = QStringLiteral("prices.on_demand_per_hour for m5.large");
        r.undatedPrices = { undated };
        QCOMPARE(CostChart::assumptionLines(r).value(0),
            QStringLiteral("The prices used carry no publication date (2026-09-24)"));
        r.pricesFrom = QDate(2022, 11, 15);
        r.pricesTo = r.pricesFrom;
        QCOMPARE(CostChart::assumptionLines(r).value(0),
            QStringLiteral(
                "Prices as of 2026-09-24, published 2022-11-15; 1 price used carries no publication date"));
        r.undatedPrices.push_back(undated);
        QCOMPARE(CostChart::assumptionLines(r).value(0),
            QStringLiteral(
                "Prices as of 2026-09-24, published 2022-11-15; 2 prices used carry no publication date"));
        r.undatedPrices.clear();
        QCOMPARE(CostChart::assumptionLines(r).value(0),
            QStringLiteral("Prices as of 2026-09-24, published 2022-11-15"));
    }

    /// Break-even labels close together never overlap and stay in the plot, at any size.
    void breakEvenLabelsDoNotOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("on screen 900x520") << QSize(900, 520);
        QTest::newRow("small 480x300") << QSize(480, 300);
        QTest::newRow("export 1600x1000") << QSize(1600, 1000);
    }
    void breakEvenLabelsDoNotOverlap()
    {
        QFETCH(QSize, size);
        // On-Demand 100 a month; five options break even in months 5 and 6 at almost the same cost.
        CostReport report;
        report.horizonMonths = 12;
        report.priceSnapshot = QStringLiteral("2026-01-19");
        auto option = [&](const QString &label, OptionKind kind, Money upfront, Money perMonth,
                          std::optional<int> breakEven) {
            OptionResult o;
            o.label = label;
            o.kind = kind;
            for (int k = 1; k <= 12; ++k)
                o.cumulative.push_back(upfront + perMonth * k);
            o.breakEvenMonth = breakEven;
            report.options.push_back(o);
        };
        option(
            QStringLiteral("On-Demand"), OptionKind::OnDemand, Money(), Money::fromUnits(100), std::nullopt);
        option(QStringLiteral("A"), OptionKind::Reserved, Money::fromUnits(300), Money::fromUnits(40), 5);
        option(QStringLiteral("B"), OptionKind::Reserved, Money::fromUnits(310), Money::fromUnits(38), 5);
        option(QStringLiteral("C"), OptionKind::Reserved, Money::fromUnits(320), Money::fromUnits(36), 5);
        option(QStringLiteral("D"), OptionKind::SavingsPlan, Money::fromUnits(360), Money::fromUnits(40), 6);
        option(QStringLiteral("E"), OptionKind::SavingsPlan, Money::fromUnits(350), Money::fromUnits(42), 6);
        CumulativeChart chart;
        chart.resize(size);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setReport(report);
        QCoreApplication::processEvents();
        const QList<QRectF> rects = chart.breakEvenLabelRects();
        QCOMPARE(rects.size(), 5);
        QCOMPARE(chart.breakEvenLabelTexts().count(QStringLiteral("break-even month 5")), 3);
        const QRectF plot = chart.chart()->plotArea();
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QVERIFY2(plot.contains(rects[i]), qPrintable(QStringLiteral("label %1 leaves the plot").arg(i)));
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]),
                    qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        }
        // An export at another size lays them out again for that size, then restores the screen's.
        QImage image(1600, 1000, QImage::Format_RGB32);
        QPainter painter(&image);
        chart.paint(&painter, QRectF(0, 0, 1600, 1000));
        painter.end();
        QCOMPARE(chart.breakEvenLabelRects().size(), 5);
        QVERIFY(chart.chart()->plotArea().contains(chart.breakEvenLabelRects().first()));
    }
};

QTEST_MAIN(TestCostWorkspace)
#include "tst_costworkspace.moc"
