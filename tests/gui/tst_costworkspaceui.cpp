#include "charts/costcharts.h"
#include "cli/costtext.h"
#include "core/scenariodocument.h"
#include "cost/costworkspace.h"
#include "cost/schedulegrid.h"
#include "cost/summarymodel.h"
#include "cost/typepicker.h"
#include "cost/usageeditor.h"
#include "costworkspacetesting.h"
#include "export/exportdialog.h"
#include "gui.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

using namespace ec2lab;
using namespace ec2lab::gui;

/// The cost workspace reads as it should: the wheel never edits an unfocused field, the type list
/// highlights the chosen type, chart text is never elided, a far dearer option can be read on a
/// logarithmic scale, every break-even month has its marker, the Spot band is an area, the
/// calculation opens in its own pane, and the schedule grid's corner label stays in its corner.
class TestCostWorkspaceUi : public QObject
{
    Q_OBJECT
private:
    /// Every text the chart's scene draws (axis labels and titles, the chart title, the legend).
    static QStringList sceneTexts(QChart *chart)
    {
        QStringList out;
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
                out << t->toPlainText();
            else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                out << s->text();
        }
        return out;
    }
    static bool elided(const QString &text)
    {
        return text.contains(QChar(0x2026)) || text.contains(QStringLiteral("..."));
    }
    /// A 12-month report: On-Demand 100 USD a month, a Dedicated Host 130,000 USD over the year
    /// (10,833.33 a month, upfront 0) and a Reserved option breaking even in month 1.
    static CostReport dedicatedHostReport()
    {
        CostReport r;
        r.horizonMonths = 12;
        r.hoursPerMonth = 730;
        r.priceSnapshot = QStringLiteral("2026-01-19");
        auto add = [&](const QString &label, OptionKind kind, Money perMonth, std::optional<int> breakEven) {
            OptionResult o;
            o.label = label;
            o.kind = kind;
            for (int k = 1; k <= 12; ++k)
                o.cumulative.push_back(perMonth * k);
            o.breakEvenMonth = breakEven;
            r.options.push_back(o);
        };
        add(QStringLiteral("On-Demand"), OptionKind::OnDemand, Money::fromUnits(100), std::nullopt);
        add(QStringLiteral("Reserved"), OptionKind::Reserved, Money::fromUnits(60), 1);
        // 130,000 / 12 = 10,833.333... a month; the last month is exactly 130,000 below.
        add(QStringLiteral("Dedicated Host"), OptionKind::DedicatedHost, Money::fromUnits(10833),
            std::nullopt);
        r.options.back().cumulative.back() = Money::fromUnits(130000);
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScenarioDocument::discardAutosave();
    }

    /// Item 4: scrolling over the instance count (1) used to make it 12; now the value stays and
    /// the event goes on to the panel. With the focus, the wheel still steps the value.
    void wheelOverAnUnfocusedSpinBoxKeepsItsValue()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSpinBox *count = nullptr;
        for (QSpinBox *s : window.costWorkspace()->findChildren<QSpinBox *>())
            if (s->accessibleName() == u"Instance count")
                count = s;
        QVERIFY(count);
        QVERIFY(count->isVisible());
        QCOMPARE(count->value(), 1);
        QCOMPARE(count->focusPolicy(), Qt::StrongFocus);
        count->clearFocus();
        QVERIFY(!count->hasFocus());
        const QPointF local = count->rect().center();
        auto wheel = [&](QWidget *target) {
            // Three notches up (120 units each): an unguarded spin box steps 1 -> 4.
            QWheelEvent e(local, target->mapToGlobal(local), QPoint(), QPoint(0, 360), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &e);
        };
        wheel(count);
        QCOMPARE(count->value(), 1);
        count->setFocus(Qt::OtherFocusReason);
        if (!count->hasFocus())
            QSKIP("the platform gives no keyboard focus, so the focused case cannot be shown here");
        wheel(count);
        QCOMPARE(count->value(), 4);
    }

    /// Item 5: the highlighted row is the workload's type after a sort and a filter.
    void selectedRowIsTheWorkloadTypeAfterSortingAndFiltering()
    {
        MainWindow window;
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TypePicker *picker = window.costWorkspace()->typePicker();
        ScenarioDocument *doc = window.document();
        const QString type = doc->value(QStringLiteral("workloads[0].instance_type")).toString();
        QCOMPARE(type, QStringLiteral("m5.large"));
        QCOMPARE(picker->selectedType(), type);
        // Price, dearest first: m5.large moves far from the top; the highlight moves with it.
        picker->view()->sortByColumn(InstanceTypeModel::OnDemand, Qt::DescendingOrder);
        QCOMPARE(picker->selectedType(), type);
        picker->view()->sortByColumn(InstanceTypeModel::Vcpu, Qt::AscendingOrder);
        QCOMPARE(picker->selectedType(), type);
        // A search that hides m5.large must not choose its neighbour instead.
        auto *search = picker->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(QStringLiteral("c6g."));
        QCOMPARE(doc->value(QStringLiteral("workloads[0].instance_type")).toString(), type);
        QCOMPARE(picker->selectedType(), QString());
        search->clear();
        QCOMPARE(picker->selectedType(), type);
        // A real choice is followed by the highlight, in the sorted view too.
        picker->choose(QStringLiteral("m5.xlarge"));
        QCOMPARE(picker->selectedType(), QStringLiteral("m5.xlarge"));
    }

    /// Item 9: the On-Demand price and the lowest commitment rate sit beside vCPU and memory,
    /// and those columns and the architecture are wholly visible without scrolling sideways in a
    /// 1280-pixel window.
    void typePickerPriceBesideTheSpecsAt1280()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.costWorkspace()->typePicker()->view();
        QHeaderView *h = view->horizontalHeader();
        QCOMPARE(h->visualIndex(InstanceTypeModel::Type), 0);
        QCOMPARE(h->visualIndex(InstanceTypeModel::OnDemand), 1);
        QVERIFY(h->visualIndex(InstanceTypeModel::Vcpu) < h->visualIndex(InstanceTypeModel::Architecture));
        QVERIFY(h->visualIndex(InstanceTypeModel::Memory) < h->visualIndex(InstanceTypeModel::Architecture));
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
        const int viewport = view->viewport()->width();
        // The lowest commitment rate beside the On-Demand price. m5.large's is the Standard RI
        // 3yr All Upfront in the snapshot: 949 USD / 26,280 h = 0.036111 USD/h -> "0.0361"
        // (below Compute SP 3yr all-upfront 0.044 and RI 3yr partial 505 / 26,280 + 0.019 =
        // 0.038216).
        QCOMPARE(h->visualIndex(InstanceTypeModel::Commitment), 2);
        const QModelIndexList m5 = view->model()->match(view->model()->index(0, InstanceTypeModel::Type),
            Qt::DisplayRole, QStringLiteral("m5.large"), 1, Qt::MatchExactly);
        QCOMPARE(m5.size(), 1);
        const QModelIndex rate = m5.front().siblingAtColumn(InstanceTypeModel::Commitment);
        QCOMPARE(rate.data().toString(), QStringLiteral("0.0361"));
        QVERIFY2(
            rate.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Standard RI 3yr all-upfront: ")),
            qPrintable(rate.data(Qt::ToolTipRole).toString()));
        for (int c : { int(InstanceTypeModel::Type), int(InstanceTypeModel::OnDemand),
                 int(InstanceTypeModel::Commitment), int(InstanceTypeModel::Vcpu),
                 int(InstanceTypeModel::Memory), int(InstanceTypeModel::Architecture) }) {
            const int right = h->sectionViewportPosition(c) + h->sectionSize(c);
            QVERIFY2(right <= viewport,
                qPrintable(QStringLiteral("column %1 ends at %2, the view shows %3 px")
                               .arg(c)
                               .arg(right)
                               .arg(viewport)));
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.font = view->font();
            for (int r = 0; r < qMin(view->model()->rowCount(), 60); ++r) {
                const QModelIndex idx = view->model()->index(r, c);
                const int need = view->itemDelegate()->sizeHint(option, idx).width();
                QVERIFY2(h->sectionSize(c) >= need,
                    qPrintable(QStringLiteral("column %1 (%2 px) cuts %3 (%4 px)")
                                   .arg(c)
                                   .arg(h->sectionSize(c))
                                   .arg(idx.data().toString())
                                   .arg(need)));
            }
        }
    }

    /// Item 6: no axis label, axis title, chart title or legend entry is elided, at the sizes the
    /// workspace shows the charts at 1280x720 and 1600x1000 and in a small window.
    void chartTextIsNeverElided_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void chartTextIsNeverElided()
    {
        QFETCH(QSize, window);
        MainWindow w;
        w.resize(window);
        w.showWorkspace(1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CostWorkspace *cost = w.costWorkspace();
        cost->waitForResults();
        QVERIFY(cost->lastResult().ok);
        for (ChartBase *chart : cost->charts()) {
            // Each tab in turn, at the size it gets on screen.
            auto *tabs = qobject_cast<QTabWidget *>(chart->parentWidget()->parentWidget());
            QVERIFY(tabs);
            tabs->setCurrentWidget(chart);
            QCoreApplication::processEvents();
            const QStringList texts = sceneTexts(chart->chart());
            QVERIFY2(!texts.isEmpty(), qPrintable(chart->chartId()));
            for (const QString &t : texts)
                QVERIFY2(!elided(t), qPrintable(chart->chartId() + QStringLiteral(": ") + t));
        }
        // The legend wraps whole entries: every option's full name, each entry inside the chart.
        CumulativeChart *cumulative = cost->cumulativeChart();
        const QStringList legend = cumulative->legendTexts();
        for (const OptionResult &o : cost->lastResult().report.options)
            QVERIFY2(legend.contains(CostText::optionName(o)),
                qPrintable(CostText::optionName(o) + QStringLiteral(" not in ") + legend.join(u'|')));
        const QRectF inside(QPointF(0, 0), cumulative->chart()->size());
        for (const QRectF &r : cumulative->legendRects())
            QVERIFY2(inside.contains(r), qPrintable(QStringLiteral("legend entry outside the chart")));
        QVERIFY(cumulative->legendRects().last().bottom() <= inside.bottom());
        // The monthly chart's x axis names months 1, 6, 12, ... 36 (the default horizon), each
        // under its own bar, spaced wider than the label.
        auto *x = qobject_cast<QCategoryAxis *>(cost->monthlyChart()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->categoriesLabels(),
            (QStringList { QStringLiteral("1"), QStringLiteral("6"), QStringLiteral("12"),
                QStringLiteral("18"), QStringLiteral("24"), QStringLiteral("30"), QStringLiteral("36") }));
        QCOMPARE(x->titleText(), QStringLiteral("Month"));
        const double perMonth = cost->monthlyChart()->chart()->plotArea().width() / 36.0;
        const QFontMetricsF fm(x->labelsFont());
        QVERIFY2(5 * perMonth > fm.horizontalAdvance(QStringLiteral("36")) + 4,
            qPrintable(QString::number(perMonth)));
        const QFontMetricsF tfm(x->titleFont());
        QVERIFY(cost->monthlyChart()->chart()->plotArea().width() > tfm.horizontalAdvance(x->titleText()));
    }

    /// Item 6: a Dedicated Host at 130,000 USD flattens the On-Demand line (100 a month) on a
    /// linear axis; on the logarithmic one On-Demand's 12 months (1,200) sit at
    /// log10(1200 / 10) / log10(1,000,000 / 10) = 2.079 / 5 = 42% of the plot's height.
    void logarithmicScaleKeepsCheapLinesReadable()
    {
        CumulativeChart chart;
        chart.resize(900, 520);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setReport(dedicatedHostReport());
        QCoreApplication::processEvents();
        auto heightOf = [&](double usd) {
            const QRectF plot = chart.chart()->plotArea();
            const QPointF p = chart.chart()->mapToPosition(QPointF(12, usd), chart.chart()->series().first());
            return (plot.bottom() - p.y()) / plot.height();
        };
        QVERIFY2(heightOf(1200) < 0.02, qPrintable(QString::number(heightOf(1200))));
        chart.setScale(CostChart::Scale::Logarithmic);
        QCoreApplication::processEvents();
        auto *y = qobject_cast<QLogValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), 10.0); // the cheapest point, 60, rounded down to a decade
        QCOMPARE(y->max(), 1000000.0); // 130,000 x 1.05 rounded up to a decade
        // Stated on the chart: the title says it in full, the axis briefly (a long vertical title
        // was elided to "USD (l..." on a short chart at 1280x720).
        QCOMPARE(chart.chart()->title(), QStringLiteral("Cumulative cost (logarithmic scale)"));
        QCOMPARE(y->titleText(), QStringLiteral("USD (log)"));
        QVERIFY2(qAbs(heightOf(1200) - 0.4158) < 0.01, qPrintable(QString::number(heightOf(1200))));
    }

    /// Item 6: the scale is the user's choice in the workspace, saved in the document's gui block
    /// and undoable. The default scenario opens on the logarithmic scale: its m5 host reservation
    /// (57,771 USD) would flatten the other options (1,075 to 2,741 USD) on a linear axis.
    void scaleChoiceIsSavedInTheDocument()
    {
        MainWindow window;
        window.showWorkspace(1);
        CostWorkspace *cost = window.costWorkspace();
        auto *box = cost->findChild<QComboBox *>(QStringLiteral("chartScale"));
        QVERIFY(box);
        QCOMPARE(cost->cumulativeChart()->scale(), CostChart::Scale::Logarithmic);
        box->setCurrentIndex(box->findData(QStringLiteral("linear")));
        emit box->activated(box->currentIndex());
        QCOMPARE(
            window.document()->value(QStringLiteral("gui.chart_scale")).toString(), QStringLiteral("linear"));
        QCOMPARE(cost->cumulativeChart()->scale(), CostChart::Scale::Linear);
        window.document()->undoStack()->undo();
        QCOMPARE(cost->cumulativeChart()->scale(), CostChart::Scale::Logarithmic);
        QCOMPARE(box->currentData().toString(), QStringLiteral("log"));
    }

    /// Item 6: a break-even month the summary shows (month 1 included) has its marker.
    void everyBreakEvenMonthHasAMarker()
    {
        CumulativeChart chart;
        chart.resize(900, 520);
        chart.setReport(dedicatedHostReport());
        // Reserved breaks even in month 1 at 60 USD.
        QCOMPARE(chart.breakEvenMarkers(), (QList<QPointF> { QPointF(1, 60) }));
        // And in the workspace: each break-even month of the summary table is a marker's x.
        MainWindow window;
        CostWorkspace *cost = window.costWorkspace();
        cost->waitForResults();
        QList<double> xs;
        for (const QPointF &p : cost->cumulativeChart()->breakEvenMarkers())
            xs << p.x();
        SummaryModel *m = cost->summary();
        for (int r = 0; r < m->rowCount(); ++r) {
            bool ok = false;
            const int month = m->index(r, SummaryModel::BreakEvenMonth).data().toInt(&ok);
            if (ok)
                QVERIFY2(xs.contains(double(month)), qPrintable(QString::number(month)));
        }
    }

    /// Item 6: the Spot p10-p90 range is drawn as an area between two different lines.
    void spotRangeIsABand()
    {
        CostReport r = dedicatedHostReport();
        OptionResult spot;
        spot.label = QStringLiteral("Spot");
        spot.kind = OptionKind::Spot;
        SpotRisk risk;
        for (int k = 1; k <= 12; ++k) {
            risk.costP10.push_back(Money::fromUnits(30 * k));
            risk.costP50.push_back(Money::fromUnits(35 * k));
            risk.costP90.push_back(Money::fromUnits(45 * k));
            spot.cumulative.push_back(Money::fromUnits(35 * k));
        }
        spot.spotRisk = risk;
        r.options.push_back(spot);
        SpotBandChart chart;
        chart.resize(900, 520);
        chart.setReport(r);
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *s : chart.chart()->series())
            if (auto *a = qobject_cast<QAreaSeries *>(s))
                band = a;
        QVERIFY(band);
        QVERIFY(band->lowerSeries());
        QCOMPARE(band->upperSeries()->at(12), QPointF(12, 540)); // p90 = 45 x 12
        QCOMPARE(band->lowerSeries()->at(12), QPointF(12, 360)); // p10 = 30 x 12
        QVERIFY(band->brush().style() != Qt::NoBrush);
        QVERIFY(band->brush().color().alpha() > 0);
        // Its legend entry names the range at the horizon: 30 x 12 = 360 to 45 x 12 = 540.
        QCOMPARE(band->name(), QStringLiteral("Spot p10-p90: 360.00 to 540.00 USD at month 12"));
        QVERIFY(chart.legendTexts().contains(band->name()));
    }

    /// Item 7: "Show calculation" opens a pane of the splitter; the summary keeps its height.
    void calculationOpensInItsOwnPane()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CostWorkspace *cost = window.costWorkspace();
        cost->waitForResults();
        QCoreApplication::processEvents();
        const int tableBefore = cost->summaryView()->height();
        cost->setCalculationVisible(true);
        QCoreApplication::processEvents();
        QWidget *pane = cost->calculationPane();
        QVERIFY(pane->isVisible());
        auto *split = qobject_cast<QSplitter *>(pane->parentWidget());
        QVERIFY2(split, "the calculation is a splitter pane the user can size");
        QCOMPARE(split->indexOf(pane), 2);
        QVERIFY(pane->height() >= pane->fontMetrics().height() * 4);
        QCOMPARE(cost->summaryView()->height(), tableBefore);
        QVERIFY(cost->calculationText().contains(QStringLiteral("On-Demand")));
        // The user drags the handle: the pane takes the size given (40 px smaller, given back to
        // the charts; the summary already fits its rows).
        QList<int> sizes = split->sizes();
        sizes[0] += 40;
        sizes[2] -= 40;
        const int wanted = sizes[2];
        split->setSizes(sizes);
        QCOMPARE(pane->height(), wanted);
    }

    /// Item 10: the format is chosen in its own box; size and DPI are off for the data formats;
    /// every "&" of a label marks a shortcut (the label has a buddy) and is never shown.
    void exportDialogFormatBox()
    {
        CumulativeChart chart;
        ExportDialog dialog(&chart);
        QComboBox *format = nullptr;
        for (QComboBox *c : dialog.findChildren<QComboBox *>())
            if (c->accessibleName() == u"Export format")
                format = c;
        QVERIFY(format);
        QLineEdit *file = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->accessibleName() == u"Export file")
                file = e;
        QVERIFY(file);
        const auto spins = dialog.findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 3); // width, height, DPI
        format->setCurrentIndex(format->findData(QStringLiteral("csv")));
        QVERIFY(file->text().endsWith(QStringLiteral("cumulative.csv")));
        for (QSpinBox *sb : spins)
            QVERIFY2(!sb->isEnabled(), qPrintable(sb->accessibleName()));
        format->setCurrentIndex(format->findData(QStringLiteral("json")));
        QVERIFY(file->text().endsWith(QStringLiteral("cumulative.json")));
        for (QSpinBox *sb : spins)
            QVERIFY(!sb->isEnabled());
        format->setCurrentIndex(format->findData(QStringLiteral("svg")));
        QVERIFY(file->text().endsWith(QStringLiteral("cumulative.svg")));
        for (QSpinBox *sb : spins)
            QVERIFY(sb->isEnabled());
        // Typing a suffix picks its format.
        file->setText(QStringLiteral("/tmp/x.pdf"));
        emit file->textEdited(file->text());
        QCOMPARE(format->currentData().toString(), QStringLiteral("pdf"));
        int labels = 0;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text().contains(u'&')) {
                ++labels;
                QVERIFY2(l->buddy(), qPrintable(l->text() + QStringLiteral(" would show its &")));
            }
        QCOMPARE(labels, 5); // Format, File, Width, Height, DPI
    }

    /// Item 10: after an export the status bar names the file written; Save As has Ctrl+Shift+S.
    void exportNamesTheFileInTheStatusBar()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("totals"));
        MainWindow window;
        window.showWorkspace(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.costWorkspace()->waitForResults();
        QAction *exportAction = nullptr;
        QAction *saveAs = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == u"&Export chart...")
                exportAction = a;
            if (a->text() == u"Save &as...")
                saveAs = a;
        }
        QVERIFY(exportAction && saveAs);
        QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        bool filled = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (QComboBox *c : dialog->findChildren<QComboBox *>())
                if (c->accessibleName() == u"Export format")
                    c->setCurrentIndex(c->findData(QStringLiteral("json")));
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
                if (e->accessibleName() == u"Export file")
                    e->setText(target); // no suffix: the chosen format adds ".json"
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text() == u"&Export") {
                    filled = true;
                    b->click();
                }
        });
        exportAction->trigger();
        QVERIFY(filled);
        const QString written = target + QStringLiteral(".json");
        QVERIFY(QFileInfo::exists(written));
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(written)),
            qPrintable(window.statusBar()->currentMessage()));
    }

    /// Item 11: the corner count ("168 h", "168시간") fits left of the hour columns.
    void scheduleCornerLabelStaysInItsCorner_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }
    void scheduleCornerLabelStaysInItsCorner()
    {
        QFETCH(QString, language);
        installTranslators(language);
        const QString corner = ScheduleGrid::cornerText(168);
        if (language == u"ko")
            QCOMPARE(corner, QStringLiteral("168시간"));
        ScheduleGrid grid;
        grid.resize(grid.minimumSizeHint());
        const QFontMetrics fm(grid.font());
        QVERIFY2(fm.horizontalAdvance(corner) + 4 <= grid.gridRect().left(),
            qPrintable(QStringLiteral("%1 is %2 px, the corner %3")
                           .arg(corner)
                           .arg(fm.horizontalAdvance(corner))
                           .arg(grid.gridRect().left())));
        installTranslators(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestCostWorkspaceUi)
#include "tst_costworkspaceui.moc"
