#include "advisorworkspace.h"

#include "catalog/catalogpricesource.h"
#include "charts/advisorcharts.h"
#include "core/appsettings.h"
#include "core/scenariodocument.h"
#include "inputerror.h"
#include "prices/catalogholder.h"
#include "purchasemodel.h"
#include "usage/usageimporter.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ec2lab::gui {

namespace {

const QString kTermPath = QStringLiteral("gui.advisor.term");
const QString kPaymentPath = QStringLiteral("gui.advisor.payment");
const QString kHorizonPath = QStringLiteral("gui.advisor.horizon_months");
const QString kCommitmentPath = QStringLiteral("gui.advisor.commitment");

/// The app's catalog as a PriceSource, kept alive with it.
class CatalogSource : public PriceSource
{
public:
    explicit CatalogSource(CatalogHolder::CatalogPtr catalog)
        : m_catalog(std::move(catalog))
        , m_source(*m_catalog, true) // estimates too, as `ec2lab advise`; each is listed in the note
    {
    }
    std::optional<Money> find(const PriceQuery &query) const override { return m_source.find(query); }
    std::optional<PriceNote> note(const PriceQuery &query) const override { return m_source.note(query); }
    QString snapshotDate() const override { return m_source.snapshotDate(); }

private:
    CatalogHolder::CatalogPtr m_catalog;
    catalog::CatalogPriceSource m_source;
};

/// True when the file looks like JSON (describe-instances) rather than CSV.
bool looksLikeJson(const QString &fileName)
{
    if (QFileInfo(fileName).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
        return true;
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return false; // the CSV reader names the file and why it cannot be read
    const QByteArray head = f.read(256).trimmed();
    return head.startsWith('{') || head.startsWith('[');
}

double toDouble(Money m)
{
    return double(m.nanos()) / double(Money::kNanosPerUnit);
}

} // namespace

AdvisorWorkspace::AdvisorWorkspace(ScenarioDocument *doc, QWidget *parent)
    : Workspace(doc, parent)
    , m_state(std::make_shared<AdvisorState>())
{
    setObjectName(QStringLiteral("advisorWorkspace"));

    // Left: the usage and the choices.
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    auto *usageBox = new QGroupBox(tr("Usage"), left);
    auto *ul = new QVBoxLayout(usageBox);
    m_file = new QLabel(usageBox);
    m_file->setObjectName(QStringLiteral("advisorUsage"));
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    auto *import = new QPushButton(tr("&Import usage…"), usageBox);
    m_importButton = import;
    import->setToolTip(tr("The JSON output of aws ec2 describe-instances, or a Cost and Usage Report (CSV)"));
    connect(import, &QPushButton::clicked, this, &AdvisorWorkspace::importUsageDialog);
    m_error = new QLabel(usageBox);
    m_error->setObjectName(QStringLiteral("advisorError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color:#a8071a;"));
    m_error->hide();
    ul->addWidget(m_file);
    ul->addWidget(import, 0, Qt::AlignLeft);
    ul->addWidget(m_error);

    auto *optBox = new QGroupBox(tr("Commitments"), left);
    auto *form = new QFormLayout(optBox);
    m_term = new QComboBox(optBox);
    m_term->setAccessibleName(tr("Term"));
    m_term->addItem(tr("1 year"), int(Term::OneYear));
    m_term->addItem(tr("3 years"), int(Term::ThreeYears));
    m_payment = new QComboBox(optBox);
    m_payment->setAccessibleName(tr("Payment"));
    m_payment->addItem(tr("No Upfront"), int(PurchaseOption::NoUpfront));
    m_payment->addItem(tr("Partial Upfront"), int(PurchaseOption::PartialUpfront));
    m_payment->addItem(tr("All Upfront"), int(PurchaseOption::AllUpfront));
    m_horizon = new QSpinBox(optBox);
    m_horizon->setAccessibleName(tr("Horizon"));
    m_horizon->setRange(1, 120);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setToolTip(
        tr("How long the workload runs; a commitment is renewed only while a whole term fits"));
    form->addRow(tr("&Term:"), m_term);
    form->addRow(tr("&Payment:"), m_payment);
    form->addRow(tr("&Horizon:"), m_horizon);

    auto *currentBox = new QGroupBox(tr("Your current commitment"), left);
    auto *cl = new QVBoxLayout(currentBox);
    m_spin = new QDoubleSpinBox(currentBox);
    m_spin->setObjectName(QStringLiteral("advisorCommitment"));
    m_spin->setAccessibleName(tr("Current hourly commitment"));
    m_spin->setDecimals(3);
    m_spin->setSuffix(tr(" USD/h"));
    m_spin->setRange(0, 0);
    m_slider = new QSlider(Qt::Horizontal, currentBox);
    m_slider->setObjectName(QStringLiteral("advisorCommitmentSlider"));
    m_slider->setAccessibleName(tr("Current hourly commitment"));
    m_slider->setRange(0, 0);
    auto *hint = new QLabel(
        tr("The Compute Savings Plan you hold (or plan to buy), marked on the curve"), currentBox);
    hint->setWordWrap(true);
    cl->addWidget(hint);
    cl->addWidget(m_spin);
    cl->addWidget(m_slider);

    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("advisorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    ll->addWidget(usageBox);
    ll->addWidget(optBox);
    ll->addWidget(currentBox);
    ll->addWidget(m_summary);
    ll->addStretch(1);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(qMax(260, left->minimumSizeHint().width() + 20));

    // Right: the charts over the purchases table.
    m_heatmap = new UsageHeatmapChart(this);
    m_load = new LoadDurationChart(this);
    m_curve = new CommitmentCurveChart(this);
    m_purchaseChart = new PurchasesChart(this);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chartTabs->addTab(m_curve, tr("Commitment curve"));
    m_chartTabs->addTab(m_heatmap, tr("Heat map"));
    m_chartTabs->addTab(m_load, tr("Load duration"));
    m_chartTabs->addTab(m_purchaseChart, tr("Purchases"));

    m_purchases = new PurchaseModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_purchases);
    m_table->setAccessibleName(tr("Recommended purchases"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PurchaseModel::Purchase, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->setChildrenCollapsible(false);
    rightSplit->addWidget(m_chartTabs);
    rightSplit->addWidget(m_table);
    rightSplit->setStretchFactor(0, 4);
    rightSplit->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftScroll);
    split->addWidget(rightSplit);
    split->setStretchFactor(1, 1);
    split->setSizes({ 300, 1100 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_term, &QComboBox::activated, this, [this] {
        const Term t = Term(m_term->currentData().toInt());
        m_doc->setValue(kTermPath, termName(t), tr("Change commitment term"));
    });
    connect(m_payment, &QComboBox::activated, this, [this] {
        const auto p = PurchaseOption(m_payment->currentData().toInt());
        m_doc->setValue(kPaymentPath, purchaseOptionName(p), tr("Change payment option"));
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int months) {
        if (!m_syncing)
            m_doc->setValue(kHorizonPath, months, tr("Change horizon"), QStringLiteral("advisor-horizon"));
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int k) {
        if (!m_syncing && m_state->hasCurve())
            setCommitment(m_state->result.curve.step * k);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double) {
        if (m_syncing)
            return;
        // The spin box shows three decimals: its text is the exact decimal the user typed.
        const auto m = Money::parse(QString::number(m_spin->value(), 'f', 3));
        if (m)
            setCommitment(*m);
    });
    connect(&m_importWatcher, &QFutureWatcher<Imported>::finished, this, [this] {
        m_importButton->setEnabled(true);
        applyImport(m_importWatcher.result());
    });
    connect(doc, &ScenarioDocument::scenarioChanged, this, &AdvisorWorkspace::onDocumentChanged);
    connect(CatalogHolder::instance(), &CatalogHolder::catalogChanged, this, [this] {
        if (!m_prices)
            recompute();
    });
    recompute();
}

AdvisorWorkspace::~AdvisorWorkspace()
{
    m_importWatcher.waitForFinished();
}

ChartBase *AdvisorWorkspace::currentChart() const
{
    return qobject_cast<ChartBase *>(m_chartTabs->currentWidget());
}

QList<ChartBase *> AdvisorWorkspace::charts() const
{
    return { m_curve, m_heatmap, m_load, m_purchaseChart };
}

int AdvisorWorkspace::chartTab() const
{
    return m_chartTabs->currentIndex();
}

QString AdvisorWorkspace::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AdvisorWorkspace::summaryText() const
{
    return m_summary->text();
}

AdvisorOptions AdvisorWorkspace::optionsOf(const ScenarioDocument *doc)
{
    AdvisorOptions o;
    if (doc->value(kTermPath).toString() == termName(Term::ThreeYears))
        o.term = Term::ThreeYears;
    if (const auto p = purchaseOptionFromString(doc->value(kPaymentPath).toString()))
        o.payment = *p;
    o.horizonMonths = qBound(1, doc->value(kHorizonPath).toInt(12), 120);
    return o;
}

Money AdvisorWorkspace::commitmentOf(const ScenarioDocument *doc)
{
    const auto m = Money::parse(doc->value(kCommitmentPath).toString());
    return m && m->nanos() >= 0 ? *m : Money();
}

void AdvisorWorkspace::setCommitment(Money commitment)
{
    m_doc->setValue(kCommitmentPath, commitment.toPlainString(), tr("Change current commitment"),
        QStringLiteral("advisor-commitment"));
}

void AdvisorWorkspace::setPriceSource(std::shared_ptr<const PriceSource> prices)
{
    m_prices = std::move(prices);
    recompute();
}

std::shared_ptr<const PriceSource> AdvisorWorkspace::priceSource() const
{
    if (m_prices)
        return m_prices;
    return std::make_shared<CatalogSource>(CatalogHolder::instance()->current());
}

void AdvisorWorkspace::onDocumentChanged(const QString &path)
{
    if (path == kCommitmentPath)
        updateCurrent();
    else if (path.isEmpty() || path == u"gui" || path.startsWith(QStringLiteral("gui.advisor")))
        recompute();
}

void AdvisorWorkspace::importUsageDialog()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Import usage"), QString(),
        tr("Usage (*.json *.csv);;describe-instances output (*.json);;Cost and Usage Report (*.csv);;All "
           "files "
           "(*)"));
    if (!name.isEmpty())
        importUsageInBackground(name);
}

AdvisorWorkspace::Imported AdvisorWorkspace::readUsage(const QString &fileName)
{
    Imported out;
    out.fileName = fileName;
    try {
        if (looksLikeJson(fileName)) {
            out.fleetUsage = usage::UsageImporter::readDescribeInstances(fileName);
            out.profile = usage::profileOf(out.fleetUsage);
            out.fleet = true;
        } else {
            out.profile = usage::UsageImporter::readCostAndUsageReport(fileName);
        }
    } catch (const InputError &e) {
        out.error = e;
    }
    return out;
}

bool AdvisorWorkspace::importUsage(const QString &fileName)
{
    return applyImport(readUsage(fileName));
}

void AdvisorWorkspace::importUsageInBackground(const QString &fileName)
{
    if (m_importWatcher.isRunning())
        return;
    m_importButton->setEnabled(false);
    emit statusMessage(tr("Reading %1…").arg(QFileInfo(fileName).fileName()));
    m_importWatcher.setFuture(QtConcurrent::run([fileName] { return readUsage(fileName); }));
}

bool AdvisorWorkspace::applyImport(const Imported &imported)
{
    QString error;
    if (imported.error)
        //: %1 the reader's message (file, position, field)
        error = tr("Cannot import usage: %1").arg(imported.error->toString());
    else if (imported.profile.series.isEmpty())
        error = tr("Cannot import usage: %1: no EC2 instance usage to advise on")
                    .arg(QDir::toNativeSeparators(imported.fileName));
    if (!error.isEmpty()) {
        // Nothing changes: the usage, the charts and the table stay as they were.
        m_error->setText(error);
        m_error->show();
        emit statusMessage(tr("Import failed; the advisor is unchanged"));
        return false;
    }
    m_error->hide();
    m_error->clear();
    auto next = std::make_shared<AdvisorState>(*m_state);
    next->loaded = true;
    next->sourceFile = imported.fileName;
    next->fleet = imported.fleet;
    next->profile = imported.profile;
    next->fleetUsage = imported.fleetUsage;
    m_state = next;
    recompute();
    emit statusMessage(tr("Imported usage from %1").arg(QFileInfo(imported.fileName).fileName()));
    return true;
}

void AdvisorWorkspace::restoreState(std::shared_ptr<const AdvisorState> state, int chartTab)
{
    if (state)
        m_state = std::move(state);
    recompute();
    if (chartTab >= 0 && chartTab < m_chartTabs->count())
        m_chartTabs->setCurrentIndex(chartTab);
}

void AdvisorWorkspace::recompute()
{
    auto next = std::make_shared<AdvisorState>(*m_state);
    next->options = optionsOf(m_doc);
    next->commitment = commitmentOf(m_doc);
    next->result = AdvisorResult();
    if (next->loaded) {
        next->result = AdvisorPricing::compute(next->profile, *priceSource(), next->options);
        if (next->hasCurve())
            next->current = usage::CommitmentAdvisor::evaluate(
                next->result.series, next->result.settings, next->commitment);
    }
    m_state = next;
    applyState(true);
}

void AdvisorWorkspace::updateCurrent()
{
    auto next = std::make_shared<AdvisorState>(*m_state);
    next->commitment = commitmentOf(m_doc);
    if (next->hasCurve())
        next->current = usage::CommitmentAdvisor::evaluate(
            next->result.series, next->result.settings, next->commitment);
    m_state = next;
    applyState(false);
}

void AdvisorWorkspace::applyState(bool allCharts)
{
    const AdvisorState &s = *m_state;
    syncControls();
    if (allCharts) {
        for (AdvisorChart *c : { static_cast<AdvisorChart *>(m_heatmap), static_cast<AdvisorChart *>(m_load),
                 static_cast<AdvisorChart *>(m_curve), static_cast<AdvisorChart *>(m_purchaseChart) })
            c->setState(m_state);
    } else {
        m_curve->setCurrent(m_state);
        m_purchaseChart->setCurrent(m_state);
    }
    m_purchases->setDecimals(AppSettings::currencyDecimals());
    m_purchases->setState(s);
    // Every row in view without scrolling (up to a third of the workspace): the table is the answer.
    m_table->resizeRowsToContents();
    int rowsHeight = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < m_purchases->rowCount(); ++r)
        rowsHeight += m_table->rowHeight(r);
    m_table->setMinimumHeight(qBound(fontMetrics().height() * 8, rowsHeight, qMax(200, height() / 3)));

    if (!s.loaded) {
        m_file->setText(tr("No usage imported yet."));
        m_summary->clear();
    } else {
        const QString name = QFileInfo(s.sourceFile).fileName();
        if (s.fleet) {
            qint64 leftOut = 0;
            for (qint64 n : s.fleetUsage.leftOut)
                leftOut += n;
            //: %1 file, %2 running instances, %3 instance types, %4 instances left out
            m_file->setText(tr("%1: running instances: %2 (assumed always on); instance kinds: %3; left out "
                               "(not running, Spot, Dedicated Hosts): %4")
                                .arg(name)
                                .arg(s.fleetUsage.running)
                                .arg(s.profile.series.size())
                                .arg(leftOut));
        } else {
            //: %1 file, %2 hours, %3 first hour, %4 number of Region/type/platform keys, %5 rows used, %6
            //: rows read
            m_file->setText(
                tr("%1: %2 hours from %3; instance kinds: %4; rows used: %5 of %6")
                    .arg(name)
                    .arg(s.profile.hours)
                    .arg(s.profile.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                    .arg(s.profile.series.size())
                    .arg(s.profile.usedRows)
                    .arg(s.profile.rows));
        }
        const QList<PurchaseRow> rows = m_purchases->purchaseRows();
        QString text;
        for (const PurchaseRow &r : rows)
            if (r.recommended) {
                if (r.kind == PurchaseRow::Kind::OnDemand)
                    text = tr("Recommendation: buy nothing; no commitment costs less than On-Demand over %1 "
                              "months.")
                               .arg(s.options.horizonMonths);
                else
                    //: %1 strategy, %2 purchase, %3 term and payment, %4 saving in USD, %5 months
                    text = tr("Recommendation: %1 — %2, %3. Saves %4 USD against On-Demand over %5 months.")
                               .arg(r.strategy, r.purchase, PurchaseModel::offerText(s.options),
                                   r.savings.toString(2))
                               .arg(s.options.horizonMonths);
            }
        if (s.loaded && !s.hasCurve())
            text = tr("None of the imported usage has an On-Demand price in the offline price data; "
                      "File › Update prices… may fetch it.");
        m_summary->setText(text);
    }
    emit resultsChanged();
}

void AdvisorWorkspace::syncControls()
{
    const AdvisorState &s = *m_state;
    m_syncing = true;
    m_term->setCurrentIndex(s.options.term == Term::ThreeYears ? 1 : 0);
    m_payment->setCurrentIndex(qMax(0, m_payment->findData(int(s.options.payment))));
    m_horizon->setValue(s.options.horizonMonths);
    const bool curve = s.hasCurve();
    m_spin->setEnabled(curve);
    m_slider->setEnabled(curve);
    if (curve) {
        const usage::CommitmentCurve &c = s.result.curve;
        const int last = int(c.points.size()) - 1;
        m_slider->setRange(0, last);
        m_slider->setSingleStep(1);
        m_slider->setPageStep(qMax(1, last / 10));
        m_slider->setValue(int(
            std::clamp<std::int64_t>((s.commitment.nanos() + c.step.nanos() / 2) / c.step.nanos(), 0, last)));
        m_spin->setRange(0, qMax(toDouble(c.points.back().commitment), toDouble(s.commitment)));
        m_spin->setSingleStep(qMax(0.001, toDouble(c.step)));
        m_spin->setValue(toDouble(s.commitment));
    } else {
        m_slider->setRange(0, 0);
        m_spin->setRange(0, 0);
    }
    m_syncing = false;
}

void AdvisorWorkspace::refreshDisplay()
{
    m_purchases->setDecimals(AppSettings::currencyDecimals());
    applyState(true);
}

} // namespace ec2lab::gui
