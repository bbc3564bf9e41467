#include "costworkspace.h"

#include "charts/costcharts.h"
#include "cli/costtext.h"
#include "core/appsettings.h"
#include "core/scenariodocument.h"
#include "optionspanel.h"
#include "prices/catalogholder.h"
#include "summarymodel.h"
#include "typepicker.h"
#include "usageeditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ec2lab::gui {

namespace {
/// Where the chart scale is saved: "linear" (the default) or "log".
const QString kScalePath = QStringLiteral("gui.chart_scale");
} // namespace

CostWorkspace::CostWorkspace(ScenarioDocument *doc, QWidget *parent)
    : Workspace(doc, parent)
{
    setObjectName(QStringLiteral("costWorkspace"));
    m_picker = new TypePicker(doc, this);
    m_usage = new UsageEditor(doc, this);
    m_options = new OptionsPanel(doc, this);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    auto *pickBox = new QGroupBox(tr("Instance type"), left);
    (new QVBoxLayout(pickBox))->addWidget(m_picker);
    auto *usageBox = new QGroupBox(tr("Usage"), left);
    (new QVBoxLayout(usageBox))->addWidget(m_usage);
    auto *optBox = new QGroupBox(tr("Options to compare"), left);
    auto *optLayout = new QVBoxLayout(optBox);
    // The horizon and the month convention: the same fields `ec2lab cost` reads.
    auto *horizonRow = new QHBoxLayout;
    m_horizon = new QSpinBox(optBox);
    m_horizon->setObjectName(QStringLiteral("horizonMonths"));
    m_horizon->setRange(1, 120);
    //: Suffix of the horizon box ("36 months")
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setAccessibleName(tr("Horizon in months"));
    m_horizon->setToolTip(tr("How long the comparison runs, up to 10 years (120 months)"));
    auto *horizonLabel = new QLabel(tr("&Horizon:"), optBox);
    horizonLabel->setBuddy(m_horizon);
    m_monthMode = new QComboBox(optBox);
    m_monthMode->setObjectName(QStringLiteral("monthMode"));
    m_monthMode->setAccessibleName(tr("Month length"));
    m_monthMode->addItem(tr("730-hour months"), false);
    m_monthMode->addItem(tr("Calendar months"), true);
    m_monthMode->setToolTip(tr("730-hour months, as AWS's monthly figures use, or the calendar's "
                               "months (28 to 31 days) from the start date"));
    horizonRow->addWidget(horizonLabel);
    horizonRow->addWidget(m_horizon);
    horizonRow->addWidget(m_monthMode);
    horizonRow->addStretch();
    optLayout->addLayout(horizonRow);
    optLayout->addWidget(m_options);
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int months) {
        if (months != m_doc->value(QStringLiteral("horizon_months")).toInt(36))
            m_doc->setValue(
                QStringLiteral("horizon_months"), months, tr("Change horizon"), QStringLiteral("horizon"));
    });
    connect(m_monthMode, &QComboBox::activated, this, [this] {
        const bool calendar = m_monthMode->currentData().toBool();
        if (calendar != m_doc->value(QStringLiteral("calendar_months")).toBool(false))
            m_doc->setValue(QStringLiteral("calendar_months"), calendar, tr("Change month length"));
    });
    ll->addWidget(pickBox, 2);
    ll->addWidget(usageBox, 2);
    ll->addWidget(optBox, 0);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(
        left->minimumSizeHint().width() + leftScroll->verticalScrollBar()->sizeHint().width() + 4);

    m_cumulative = new CumulativeChart(this);
    m_monthly = new MonthlyChart(this);
    m_breakdown = new BreakdownChart(this);
    m_spot = new SpotBandChart(this);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chartTabs->addTab(m_cumulative, tr("Cumulative"));
    m_chartTabs->addTab(m_monthly, tr("Monthly cash flow"));
    m_chartTabs->addTab(m_breakdown, tr("Breakdown"));
    m_chartTabs->addTab(m_spot, tr("Spot range"));
    // The money scale of the line charts, the user's choice, saved in the document's gui block.
    auto *scaleBox = new QWidget(this);
    auto *scaleRow = new QHBoxLayout(scaleBox);
    scaleRow->setContentsMargins(4, 0, 4, 0);
    m_scale = new QComboBox(scaleBox);
    m_scale->setObjectName(QStringLiteral("chartScale"));
    m_scale->setAccessibleName(tr("Chart scale"));
    m_scale->addItem(tr("Linear scale"), QStringLiteral("linear"));
    m_scale->addItem(tr("Logarithmic scale"), QStringLiteral("log"));
    m_scale->setToolTip(tr("A logarithmic money axis keeps every option readable when one costs far "
                           "more than the rest (a Dedicated Host, say)"));
    auto *scaleLabel = new QLabel(tr("&Scale:"), scaleBox);
    scaleLabel->setBuddy(m_scale);
    scaleRow->addWidget(scaleLabel);
    scaleRow->addWidget(m_scale);
    m_chartTabs->setCornerWidget(scaleBox, Qt::TopRightCorner);
    connect(m_scale, &QComboBox::activated, this, [this] {
        const QString value = m_scale->currentData().toString();
        if (value != m_doc->value(kScalePath).toString(QStringLiteral("linear")))
            m_doc->setValue(kScalePath, value, tr("Change chart scale"));
    });

    m_summary = new SummaryModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_summary);
    proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the engine's order (On-Demand first) until clicked
    m_table->setAccessibleName(tr("Summary table"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Figures keep their natural width; the option name takes the room left and wraps onto a
    // second line, so all eight columns fit without scrolling sideways at 1280-1440 px.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    // At least the two-line header and three rows; showEvent() gives it room for six at first.
    const int line = m_table->fontMetrics().height();
    m_table->setMinimumHeight(2 * line + 10 + 3 * (line + 8) + 2 * m_table->frameWidth());
    // Sorting moves the rows of options without a price: their reason keeps its span.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &CostWorkspace::spanMissingRows);
    m_calcButton = new QPushButton(tr("Show &calculation"), this);
    auto *calcButton = m_calcButton;
    calcButton->setCheckable(true);
    calcButton->setToolTip(tr("How each figure was computed, in the AWS Pricing Calculator's style"));
    m_calculation = new QTextBrowser(this);
    m_calculation->setAccessibleName(tr("Calculation"));
    m_calculation->hide();
    connect(calcButton, &QPushButton::toggled, this, &CostWorkspace::showCalculationPane);
    connect(calcButton, &QPushButton::toggled, this, &CostWorkspace::showCalculation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CostWorkspace::showCalculation);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#a8071a;"));
    m_problems->hide();

    auto *bottom = new QWidget(this);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_problems);
    bl->addWidget(m_table, 1);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("pricingNotes"));
    m_notes->setAccessibleName(tr("Price notes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->hide();
    bl->addWidget(m_notes);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("summaryFooter"));
    m_footer->setAccessibleName(tr("Price snapshot of the summary"));
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(calcButton);
    row->addWidget(m_footer, 1);
    bl->addLayout(row);

    // The type picker, usage and options beside the charts; the summary under both, across the
    // whole window, so every figure column fits without scrolling sideways at 1280 pixels; the
    // calculation as a pane of its own under it, which the user can size, never at the summary
    // table's expense.
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_topSplit = split;
    split->setChildrenCollapsible(false);
    split->addWidget(leftScroll);
    split->addWidget(m_chartTabs);
    split->setStretchFactor(1, 1);
    split->setSizes({ 572, 868 }); // the left pane never goes below its minimum width
    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    m_rightSplit = rightSplit;
    rightSplit->setObjectName(QStringLiteral("costRightSplitter"));
    rightSplit->setChildrenCollapsible(false);
    rightSplit->addWidget(split);
    rightSplit->addWidget(bottom);
    rightSplit->addWidget(m_calculation);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 2);
    rightSplit->setStretchFactor(2, 2);
    m_calculation->setMinimumHeight(fontMetrics().height() * 4);
    connect(rightSplit, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(rightSplit);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(15);
    connect(&m_debounce, &QTimer::timeout, this, &CostWorkspace::startCompute);
    connect(
        &m_watcher, &QFutureWatcher<CostComputation::Result>::finished, this, &CostWorkspace::applyResult);
    connect(doc, &ScenarioDocument::scenarioChanged, this, [this](const QString &path) {
        // The Advisor's choices (gui.advisor) are not the comparison's: a dragged commitment
        // slider must not recompute it.
        if (path.startsWith(QStringLiteral("gui.advisor")))
            return;
        // Lab edits matter only when a workload prices the lab's script.
        if (path.isEmpty() || path.startsWith(QStringLiteral("gui")))
            applyScale();
        if (path.isEmpty() || path == u"horizon_months" || path == u"calendar_months")
            applyHorizon();
        if (!path.startsWith(QStringLiteral("lab")) || CostComputation::usesLab(m_doc->json()))
            schedule();
    });
    applyScale();
    applyHorizon();
    connect(CatalogHolder::instance(), &CatalogHolder::catalogChanged, this, &CostWorkspace::schedule);
    startCompute();
}

CostWorkspace::~CostWorkspace()
{
    m_watcher.waitForFinished();
}

ChartBase *CostWorkspace::currentChart() const
{
    return qobject_cast<ChartBase *>(m_chartTabs->currentWidget());
}

QList<ChartBase *> CostWorkspace::charts() const
{
    return { m_cumulative, m_monthly, m_breakdown, m_spot };
}

void CostWorkspace::refreshDisplay()
{
    m_summary->setDecimals(AppSettings::currencyDecimals());
    if (m_result.ok)
        for (CostChart *c : { static_cast<CostChart *>(m_cumulative), static_cast<CostChart *>(m_monthly),
                 static_cast<CostChart *>(m_breakdown), static_cast<CostChart *>(m_spot) })
            c->setReport(m_result.report);
}

void CostWorkspace::schedule()
{
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    m_debounce.start();
}

void CostWorkspace::startCompute()
{
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_pending = true;
    const QJsonObject json = m_doc->json();
    const QString file = m_doc->fileName();
    const CatalogHolder::CatalogPtr catalog = CatalogHolder::instance()->current();
    const QJsonArray options = OptionsPanel::enabledOptions(json);
    m_watcher.setFuture(QtConcurrent::run(
        [json, file, catalog, options] { return CostComputation::compute(json, file, catalog, options); }));
}

void CostWorkspace::applyResult()
{
    m_result = m_watcher.result();
    m_pending = false;
    if (m_dirty) {
        // The document moved on while this ran: show this result, then compute the newest.
        m_debounce.start();
    }
    // Only a scenario that cannot be read at all is an error here; an option without a price
    // stays in the table with its reason in words.
    if (!m_result.problems.isEmpty()) {
        m_problems->setText(m_result.problems.join(u'\n'));
        m_problems->show();
    } else {
        m_problems->hide();
    }
    if (!m_result.ok) {
        // Never leave the figures of an earlier scenario on screen next to this one's error.
        m_result.report = CostReport();
    }
    m_summary->setDecimals(AppSettings::currencyDecimals());
    // Regions side by side: a total column per other Region, their lines over the cumulative
    // chart; every chart's legend lists the options without a price.
    const CostComputation::ChartRegions regions = CostComputation::chartRegions(m_result);
    m_summary->setComparison(regions.homeName, m_result.otherRegions, regions.otherNames);
    m_summary->setReport(m_result.report, m_result.missing);
    // "Committed beyond horizon" only when a term runs on after the horizon: a column of zeros
    // would cost the option names their room (and the Regions' totals theirs) at 1280 pixels.
    m_table->setColumnHidden(SummaryModel::CommittedBeyond,
        std::none_of(m_result.report.options.cbegin(), m_result.report.options.cend(),
            [](const OptionResult &o) { return !o.committedBeyondHorizon.isZero(); }));
    for (CostChart *c : { static_cast<CostChart *>(m_cumulative), static_cast<CostChart *>(m_monthly),
             static_cast<CostChart *>(m_breakdown), static_cast<CostChart *>(m_spot) }) {
        c->setComparison(regions.homeName, regions.others);
        c->setUnpricedOptions(regions.unpriced);
    }
    spanMissingRows();
    // Under the summary, at most three short lines (the table keeps its rows); the full list of
    // estimates, with their rules and sources, is in the calculation pane and the rows' tooltips.
    QStringList notes;
    if (const QString typed = typedPricesLine(); !typed.isEmpty())
        notes << typed;
    int estimated = 0;
    for (const OptionResult &o : m_result.report.options)
        estimated += o.priceNotes.empty() ? 0 : 1;
    if (estimated > 0)
        notes << tr("“estimate”, “derived price”: not a published figure; the rule is in the row's tooltip "
                    "and under Show calculation.");
    for (const OptionResult &o : m_result.report.options)
        for (const CostWarning &w : o.warnings)
            if (const QString line = CostText::warning(w); !notes.contains(line))
                notes << line;
    if (!m_result.missing.empty())
        //: %1 says how to get the missing prices
        notes << tr("“No price”: none for this Region or type in the offline price data. %1")
                     .arg(m_result.missing.front().fix);
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    // The option column stretches and wraps its names at spaces. QHeaderView's minimum applies to
    // every column, so it cannot hold the option column at its longest word without widening the
    // ten figure columns too (the table then scrolled sideways at 1280 pixels): the figure columns
    // size to their contents and the option column takes the rest, which at 1280 pixels is wider
    // than any one word of an option's name.
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_footer->setText(tr("%1 · USD, taxes excluded").arg(m_summary->snapshotText()));
    m_cumulative->setReport(m_result.report);
    m_monthly->setReport(m_result.report);
    m_breakdown->setReport(m_result.report);
    m_spot->setReport(m_result.report);
    showCalculation();
    // After the rows have their heights (option names may wrap once Regions add columns).
    QMetaObject::invokeMethod(this, &CostWorkspace::fitSummaryRows, Qt::QueuedConnection);
    emit resultsChanged();
}

void CostWorkspace::fitSummaryRows()
{
    // Every option row visible without scrolling: the summary grows into the charts' room, down
    // to the charts' minimum height, and gives back what its rows do not use (never below its
    // own minimum), until the user sizes it with the handle themselves.
    if (m_userSized || !m_rightSplit || !isVisible())
        return;
    QList<int> sizes = m_rightSplit->sizes();
    if (sizes.size() != 3)
        return;
    m_table->doItemsLayout();
    const int needed = m_table->horizontalHeader()->height() + m_table->verticalHeader()->length()
        + 2 * m_table->frameWidth()
        + (m_table->horizontalScrollBar()->isVisible() ? m_table->horizontalScrollBar()->height() : 0);
    const int deficit = needed - m_table->height();
    if (deficit < 0) {
        const int shrink = m_table->height() - qMax(needed, m_table->minimumHeight());
        if (shrink > 0) {
            sizes[0] += shrink;
            sizes[1] -= shrink;
            m_rightSplit->setSizes(sizes);
        }
        return;
    }
    if (deficit == 0)
        return;
    QWidget *top = m_rightSplit->widget(0);
    const int spare = sizes[0] - qMax(top->minimumSizeHint().height(), top->minimumHeight());
    const int grow = qMin(deficit, spare);
    if (grow <= 0)
        return;
    sizes[0] -= grow;
    sizes[1] += grow;
    m_rightSplit->setSizes(sizes);
}

void CostWorkspace::waitForResults()
{
    for (int guard = 0; guard < 10000; ++guard) {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            startCompute();
        }
        if (!m_pending && !m_debounce.isActive() && !m_dirty)
            break;
        m_watcher.waitForFinished();
        // The watcher reports "finished" through a posted event: deliver it.
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::processEvents();
    }
}

QString CostWorkspace::summaryFooter() const
{
    return m_footer->text();
}

QString CostWorkspace::pricingNotes() const
{
    return m_notes->text();
}

void CostWorkspace::spanMissingRows()
{
    m_table->clearSpans();
    const QAbstractItemModel *model = m_table->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (!model->index(r, SummaryModel::Option).data(SummaryModel::MissingReasonRole).toString().isEmpty())
            m_table->setSpan(r, SummaryModel::Upfront, 1, SummaryModel::ColumnCount - SummaryModel::Upfront);
}

QString CostWorkspace::typedPricesLine() const
{
    // Typed prices belong to the scenario's Region and types (a Region change drops them): say
    // when they stand in front of the catalog's.
    QStringList typed;
    const QJsonObject global = m_doc->json().value(QStringLiteral("prices")).toObject();
    const bool globalTyped
        = !global.isEmpty() && !(global.size() == 1 && global.contains(QStringLiteral("snapshot")));
    const QJsonArray workloads = m_doc->json().value(QStringLiteral("workloads")).toArray();
    for (const QJsonValue &w : workloads) {
        const QString type = w.toObject().value(QStringLiteral("instance_type")).toString();
        if ((globalTyped || w.toObject().contains(QStringLiteral("prices"))) && !type.isEmpty()
            && !typed.contains(type))
            typed << type;
    }
    if (typed.isEmpty())
        return {};
    const QString region = m_doc->value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    //: %1 instance types, %2 the Region
    return tr("Prices typed in this scenario for %1 in %2 override the catalog's (changing the Region "
              "drops them; changing the type drops those of the old type).")
        .arg(typed.join(QStringLiteral(", ")), TypePicker::regionLabel(region));
}

QStringList CostWorkspace::pricingNoteLines() const
{
    QStringList out;
    if (const QString typed = typedPricesLine(); !typed.isEmpty())
        out << typed;
    out << m_summary->priceNoteLines();
    for (const CostComputation::MissingOption &m : m_result.missing)
        //: %1 the option, %2 why it has no price, %3 how to get it
        out << tr("%1 has no figures: %2 — %3").arg(m.option, m.reason, m.fix);
    return out;
}

QString CostWorkspace::calculationText() const
{
    return m_calculation->toPlainText();
}

void CostWorkspace::setCalculationVisible(bool visible)
{
    m_calcButton->setChecked(visible);
}

void CostWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    if (m_sized || !m_rightSplit)
        return;
    m_sized = true;
    // First shown: the summary gets the two-line header and six option rows (the default
    // scenario's five and one more) in any language, the charts the rest; the user's handle
    // moves it from then on.
    QList<int> sizes = m_rightSplit->sizes();
    if (sizes.size() != 3)
        return;
    const int line = m_table->fontMetrics().height();
    const int table = 2 * line + 12 + 6 * (line + 10) + 2 * m_table->frameWidth();
    QWidget *bottom = m_rightSplit->widget(1);
    const int extra = bottom->sizeHint().height() - m_table->sizeHint().height();
    const int wanted = table + qMax(0, extra);
    const int total = sizes[0] + sizes[1];
    const int topMin = m_rightSplit->widget(0)->minimumSizeHint().height();
    if (sizes[1] < wanted && total - wanted >= topMin) {
        sizes[1] = wanted;
        sizes[0] = total - wanted;
        m_rightSplit->setSizes(sizes);
    }
}

void CostWorkspace::applyHorizon()
{
    const QSignalBlocker block(m_horizon);
    m_horizon->setValue(m_doc->value(QStringLiteral("horizon_months")).toInt(36));
    m_monthMode->setCurrentIndex(m_doc->value(QStringLiteral("calendar_months")).toBool(false) ? 1 : 0);
}

void CostWorkspace::applyScale()
{
    const bool log = m_doc->value(kScalePath).toString() == u"log";
    m_scale->setCurrentIndex(log ? 1 : 0);
    const auto scale = log ? CostChart::Scale::Logarithmic : CostChart::Scale::Linear;
    m_cumulative->setScale(scale);
}

QWidget *CostWorkspace::calculationPane() const
{
    return m_calculation;
}

QTableView *CostWorkspace::summaryView() const
{
    return m_table;
}

void CostWorkspace::showCalculationPane(bool visible)
{
    if (visible == m_calculation->isVisible())
        return;
    QList<int> sizes = m_rightSplit->sizes();
    if (visible && sizes.size() == 3) {
        // The pane takes its room from the charts (half of them, down to their minimum height);
        // the table keeps its rows unless the window is too small for even a four-line pane.
        const int handle = m_rightSplit->handleWidth();
        QWidget *top = m_rightSplit->widget(0);
        const int spare = sizes[0] - qMax(top->minimumSizeHint().height(), top->minimumHeight());
        int pane = qMin(sizes[0] / 2, spare - handle);
        pane = qMax(pane, m_calculation->minimumHeight());
        const int fromCharts = qMax(0, qMin(pane + handle, spare));
        sizes[0] -= fromCharts;
        sizes[1] -= pane + handle - fromCharts;
        sizes[2] = pane;
    }
    m_calculation->setVisible(visible);
    if (visible && sizes.size() == 3)
        m_rightSplit->setSizes(sizes);
}

void CostWorkspace::showCalculation()
{
    if (!m_calcButton->isChecked())
        return;
    const CostReport &r = m_summary->report();
    QString html;
    const QModelIndex current = m_table->currentIndex();
    for (size_t i = 0; i < r.options.size(); ++i) {
        const auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
        if (current.isValid() && proxy->mapToSource(current).row() != int(i))
            continue;
        const OptionResult &o = r.options[i];
        html += QStringLiteral("<h4>%1</h4><pre>").arg(CostText::optionName(o).toHtmlEscaped());
        html += CostText::lines(o.explain).join(u'\n').toHtmlEscaped();
        html += QStringLiteral("</pre>");
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(CostChart::assumptionLines(r).join(QStringLiteral(" · ")).toHtmlEscaped());
    // The estimates, derived prices, typed overrides and missing prices, among the assumptions.
    const QStringList notes = pricingNoteLines();
    QStringList escaped;
    for (const QString &line : notes)
        escaped << line.toHtmlEscaped();
    if (!escaped.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(escaped.join(QStringLiteral("<br>")));
    m_calculation->setHtml(html);
}

} // namespace ec2lab::gui
