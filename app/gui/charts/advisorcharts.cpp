#include "advisorcharts.h"

#include "advisor/purchasemodel.h"
#include "core/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace ec2lab::gui {

namespace {

double toDouble(Money m)
{
    // Display only: chart coordinates are doubles; exported data keeps the exact Money.
    return double(m.nanos()) / double(Money::kNanosPerUnit);
}

const AdvisorState &emptyState()
{
    static const AdvisorState s;
    return s;
}

} // namespace

/// The heat map's cells, painted as one image stretched over the plot area (cells stay crisp:
/// no smoothing), so the chart, its PNG and its SVG/PDF export show the same grid.
class HeatmapItem : public QGraphicsItem
{
public:
    using QGraphicsItem::QGraphicsItem;
    void set(const QRectF &rect, const QImage &image)
    {
        prepareGeometryChange();
        m_rect = rect;
        m_image = image;
        update();
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_image.isNull() || m_rect.isEmpty())
            return;
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter->drawImage(m_rect, m_image);
        painter->restore();
    }

private:
    QRectF m_rect;
    QImage m_image;
};

// ---- shared ------------------------------------------------------------------------------------

void AdvisorChart::setState(std::shared_ptr<const AdvisorState> state)
{
    m_state = std::move(state);
    setNote(assumptionLines(this->state()).join(QStringLiteral("  ·  ")));
    rebuild();
    useWrappingLegend();
    emit rebuilt();
}

void AdvisorChart::setCurrent(std::shared_ptr<const AdvisorState> state)
{
    m_state = std::move(state);
    currentChanged();
}

const AdvisorState &AdvisorChart::state() const
{
    return m_state ? *m_state : emptyState();
}

QStringList AdvisorChart::assumptionLines(const AdvisorState &s)
{
    QStringList lines;
    if (!s.loaded)
        return { tr("No usage imported yet: File › Import usage… reads describe-instances JSON or a Cost "
                    "and Usage Report CSV") };
    //: Chart note: %1 the imported file's name
    lines << tr("Usage from %1").arg(QFileInfo(s.sourceFile).fileName());
    if (s.fleet)
        lines << tr("Running instances assumed to run every hour");
    else
        //: Chart note: %1 number of hours in the imported profile
        lines << tr("Profile of %1 hours repeated over the horizon").arg(s.profile.hours);
    //: Chart note: %1 the horizon in months, %2 the term and payment
    lines << tr("Horizon %1 months of 730 hours; commitments %2")
                 .arg(s.options.horizonMonths)
                 .arg(PurchaseModel::offerText(s.options));
    lines << tr("Prices as of %1")
                 .arg(s.result.snapshotDate.isEmpty() ? tr("an unknown date") : s.result.snapshotDate);
    if (!s.result.unpriced.isEmpty()) {
        QStringList keys;
        for (const usage::UsageKey &k : s.result.unpriced)
            keys << k.region + u' ' + k.instanceType;
        //: Chart note: %1 a list of "Region type" without prices
        lines << tr("Left out, no On-Demand price: %1").arg(keys.join(QStringLiteral(", ")));
    }
    if (!s.result.notes.empty())
        //: Chart note: %1 how many prices are estimates (e.g. EC2 Instance Savings Plan rates)
        lines << tr("Estimated or derived prices used: %1 (ec2lab advise lists them)")
                     .arg(s.result.notes.size());
    lines << tr("USD, taxes excluded");
    return lines;
}

ChartTable AdvisorChart::baseTable(const QString &title) const
{
    ChartTable t;
    t.chartId = chartId();
    t.title = title;
    t.assumptions = assumptionLines(state());
    t.snapshotDate = state().result.snapshotDate;
    return t;
}

// ---- heat map ----------------------------------------------------------------------------------

UsageHeatmapChart::UsageHeatmapChart(QWidget *parent)
    : AdvisorChart(parent)
{
    connect(chart(), &QChart::plotAreaChanged, this, &UsageHeatmapChart::placeCells);
}

QColor UsageHeatmapChart::bandColor(int band)
{
    static const QColor colors[kBands]
        = { QColor(0xee, 0xf1, 0xf5), QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xca, 0xe1),
              QColor(0x6b, 0xae, 0xd6), QColor(0x31, 0x82, 0xbd), QColor(0x08, 0x51, 0x9c) };
    return colors[qBound(0, band, kBands - 1)];
}

namespace {

/// The heat map's grid: which column (day) and row (hour of day) each profile hour falls in.
struct HeatGrid
{
    int offset = 0; ///< hour of day of the profile's first hour
    int days = 0;
    std::vector<Money> values; ///< one per profile hour (a fleet: one week of its constant)
    QDateTime firstDay; ///< midnight UTC of the first column; invalid for a fleet
};

HeatGrid heatGrid(const AdvisorState &s)
{
    HeatGrid g;
    if (!s.loaded)
        return g;
    g.values = s.hourlyTotals();
    if (s.fleet || !s.profile.start.isValid()) {
        const Money flat = g.values.empty() ? Money() : g.values.front();
        g.values.assign(7 * 24, flat);
        g.days = 7;
        return g;
    }
    const QDateTime start = s.profile.start.toUTC();
    g.offset = start.time().hour();
    g.days = int((g.offset + qint64(g.values.size()) + 23) / 24);
    g.firstDay = QDateTime(start.date(), QTime(0, 0), Qt::UTC);
    return g;
}

int bandOf(Money v, Money peak)
{
    if (v.nanos() <= 0 || peak.nanos() <= 0)
        return 0;
    // Five equal bands over (0, peak]: band b holds ((b - 1) peak / 5, b peak / 5].
    // (v <= peak, so v x 5 fits in 64 bits for any real fleet.)
    const std::int64_t b = (v.nanos() * 5 + peak.nanos() - 1) / peak.nanos();
    return int(std::clamp<std::int64_t>(b, 1, UsageHeatmapChart::kBands - 1));
}

} // namespace

void UsageHeatmapChart::rebuild()
{
    resetChart(tr("Usage by hour of day"));
    m_item = nullptr; // resetChart() keeps child items; drop ours explicitly below
    const auto children = chart()->childItems();
    for (QGraphicsItem *child : children)
        if (dynamic_cast<HeatmapItem *>(child))
            delete child;
    const HeatGrid g = heatGrid(state());
    Money peak;
    for (Money v : g.values)
        peak = qMax(peak, v);

    m_cells = QImage(qMax(1, g.days), 24, QImage::Format_ARGB32);
    m_cells.fill(Qt::transparent);
    for (std::size_t i = 0; i < g.values.size(); ++i) {
        const qint64 at = g.offset + qint64(i);
        m_cells.setPixelColor(int(at / 24), int(at % 24), bandColor(bandOf(g.values[i], peak)));
    }

    QAbstractAxis *xAxis = nullptr;
    auto *frame = new QLineSeries; // invisible: spans the axes so the plot area has a frame
    frame->setPen(Qt::NoPen);
    if (g.firstDay.isValid()) {
        auto *dates = new QDateTimeAxis;
        dates->setTitleText(tr("Day (UTC)", "axis title"));
        //: The heat map's date labels, a QDateTime format ("Mar 2")
        dates->setFormat(tr("MMM d", "date format"));
        const QDateTime end = g.firstDay.addDays(g.days);
        dates->setRange(g.firstDay, end);
        dates->setTickCount(qBound(2, g.days + 1, 8));
        frame->append(double(g.firstDay.toMSecsSinceEpoch()), 0);
        frame->append(double(end.toMSecsSinceEpoch()), 24);
        xAxis = dates;
    } else {
        auto *days = new QValueAxis;
        days->setTitleText(tr("Day", "axis title"));
        days->setRange(0, qMax(1, g.days));
        days->setLabelFormat(QStringLiteral("%d"));
        days->setTickCount(qMax(2, g.days) + 1);
        frame->append(0, 0);
        frame->append(qMax(1, g.days), 24);
        xAxis = days;
    }
    auto *hours = new QValueAxis;
    hours->setTitleText(tr("Hour of day (UTC)", "axis title"));
    hours->setRange(0, 24);
    hours->setReverse(true);
    hours->setTickCount(5);
    hours->setLabelFormat(QStringLiteral("%02.0f:00"));
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(hours, Qt::AlignLeft);
    chart()->addSeries(frame);
    frame->attachAxis(xAxis);
    frame->attachAxis(hours);
    if (!g.values.empty()) {
        // The legend names the bands (instances running in the hour).
        for (int b = 0; b < kBands; ++b) {
            auto *band = new QScatterSeries;
            if (b == 0)
                band->setName(tr("none"));
            else
                //: Heat map legend: a band of instances running, %1 its upper bound
                band->setName(tr("up to %1").arg(peak.mulDiv(b, kBands - 1).toPlainString(0)));
            band->setColor(bandColor(b));
            band->setBorderColor(bandColor(b).darker(130));
            chart()->addSeries(band);
            band->attachAxis(xAxis);
            band->attachAxis(hours);
        }
    }
    m_item = new HeatmapItem(chart());
    m_item->setZValue(4);
    placeCells();
}

void UsageHeatmapChart::placeCells()
{
    if (m_item)
        m_item->set(chart()->plotArea(), state().loaded ? m_cells : QImage());
}

ChartTable UsageHeatmapChart::table() const
{
    ChartTable t = baseTable(tr("Usage by hour of day"));
    t.columns = QStringList { tr("Hour start (UTC)"), tr("Instances running") };
    const AdvisorState &s = state();
    if (!s.loaded)
        return t;
    const std::vector<Money> totals = s.hourlyTotals();
    for (std::size_t i = 0; i < totals.size(); ++i) {
        const QString at = s.profile.start.isValid()
            ? s.profile.start.toUTC().addSecs(qint64(i) * 3600).toString(Qt::ISODate)
            : tr("every hour");
        t.rows.append(QStringList { at, totals[i].toPlainString() });
    }
    return t;
}

// ---- load duration -----------------------------------------------------------------------------

namespace {

std::vector<Money> sortedLoad(const AdvisorState &s)
{
    std::vector<Money> v = s.loaded ? s.hourlyTotals() : std::vector<Money>();
    std::sort(v.begin(), v.end(), std::greater<Money>());
    return v;
}

} // namespace

void LoadDurationChart::rebuild()
{
    resetChart(tr("Load-duration curve"));
    const std::vector<Money> load = sortedLoad(state());
    auto *line = new QLineSeries;
    line->setName(tr("Instances running"));
    QList<QPointF> points;
    const double n = double(qMax<std::size_t>(1, load.size()));
    double peak = 0;
    for (std::size_t i = 0; i < load.size(); ++i) {
        const double y = toDouble(load[i]);
        points << QPointF(100.0 * double(i) / n, y) << QPointF(100.0 * double(i + 1) / n, y);
        peak = qMax(peak, y);
    }
    line->replace(downsample(points, qMax(200, width() / 3)));
    QPen pen(Theme::seriesColor(0));
    pen.setWidthF(2.4);
    line->setPen(pen);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Share of hours with at least this usage (%)", "axis title"));
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Instances running", "axis title"));
    y->setRange(0, peak <= 0 ? 1 : peak * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    chart()->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

ChartTable LoadDurationChart::table() const
{
    ChartTable t = baseTable(tr("Load-duration curve"));
    t.columns = QStringList { tr("Rank"), tr("Share of hours (%)"), tr("Instances running") };
    const std::vector<Money> load = sortedLoad(state());
    const qint64 n = qint64(load.size());
    for (qint64 i = 0; i < n; ++i)
        t.rows.append(QStringList { QString::number(i + 1),
            Money::fromUnits(100).mulDiv(i + 1, n).toPlainString(), load[std::size_t(i)].toPlainString() });
    return t;
}

// ---- commitment curve --------------------------------------------------------------------------

namespace {

QScatterSeries *markSeries(const QColor &color, QScatterSeries::MarkerShape shape, qreal size)
{
    auto *s = new QScatterSeries;
    s->setColor(color);
    s->setBorderColor(Qt::white);
    s->setMarkerShape(shape);
    s->setMarkerSize(size);
    return s;
}

QString markName(const QString &what, const usage::CommitmentPoint &p)
{
    //: Legend of a mark on the commitment curve: %1 its name, %2 USD per hour, %3 total USD
    return AdvisorChart::tr("%1: %2 USD/h, %3 USD")
        .arg(what, p.commitment.toPlainString(2), p.total.toString(2));
}

} // namespace

void CommitmentCurveChart::rebuild()
{
    resetChart(tr("Total cost by hourly commitment"));
    m_optimum = m_conservative = m_current = nullptr;
    const AdvisorState &s = state();
    auto *x = new QValueAxis;
    x->setTitleText(tr("Compute Savings Plan commitment (USD per hour)", "axis title"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Total over the horizon (USD)", "axis title"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    if (!s.hasCurve()) {
        // Nothing imported: an empty frame whose labels do not repeat ("0, 0, 1, 1" from a 0-1
        // range printed without decimals).
        x->setRange(0, 1);
        y->setRange(0, 1000);
        return;
    }
    const usage::CommitmentCurve &c = s.result.curve;
    auto *line = new QLineSeries;
    line->setName(tr("Total cost"));
    QList<QPointF> points;
    points.reserve(qsizetype(c.points.size()));
    double lo = toDouble(c.onDemandTotal);
    double hi = lo;
    for (const usage::CommitmentPoint &p : c.points) {
        const double t = toDouble(p.total);
        points << QPointF(toDouble(p.commitment), t);
        lo = qMin(lo, t);
        hi = qMax(hi, t);
    }
    line->replace(downsample(points, qMax(300, width() / 2)));
    QPen pen(Theme::seriesColor(0));
    pen.setWidthF(2.4);
    line->setPen(pen);
    const double xMax = qMax(points.last().x(), 0.01);
    auto *od = new QLineSeries;
    od->setName(tr("On-Demand only: %1 USD").arg(c.onDemandTotal.toString(2)));
    od->append(0, toDouble(c.onDemandTotal));
    od->append(xMax, toDouble(c.onDemandTotal));
    QPen odPen(Theme::muted());
    odPen.setWidthF(1.6);
    odPen.setStyle(Qt::DashLine);
    od->setPen(odPen);

    m_optimum = markSeries(QColor(0x1a, 0x7f, 0x37), QScatterSeries::MarkerShapeCircle, 14);
    m_optimum->setName(markName(tr("Optimum"), c.points[c.optimum]));
    m_optimum->append(toDouble(c.points[c.optimum].commitment), toDouble(c.points[c.optimum].total));
    m_conservative = markSeries(QColor(0xd4, 0x6b, 0x08), QScatterSeries::MarkerShapeRectangle, 13);
    m_conservative->setName(markName(tr("Conservative"), c.points[c.conservative]));
    m_conservative->append(
        toDouble(c.points[c.conservative].commitment), toDouble(c.points[c.conservative].total));
    m_current = markSeries(QColor(0xc0, 0x1c, 0x28), QScatterSeries::MarkerShapeCircle, 11);
    for (QAbstractSeries *series : { static_cast<QAbstractSeries *>(od), static_cast<QAbstractSeries *>(line),
             static_cast<QAbstractSeries *>(m_conservative), static_cast<QAbstractSeries *>(m_optimum),
             static_cast<QAbstractSeries *>(m_current) }) {
        chart()->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    x->setRange(0, xMax);
    x->applyNiceNumbers();
    od->replace(1, QPointF(x->max(), toDouble(c.onDemandTotal))); // the reference spans the axis
    const double pad = qMax(1.0, (hi - lo) * 0.08);
    y->setRange(qMax(0.0, lo - pad), hi + pad);
    y->applyNiceNumbers();
    currentChanged();
}

void CommitmentCurveChart::currentChanged()
{
    if (!m_current || !state().hasCurve())
        return;
    const usage::CommitmentPoint &p = state().current;
    m_current->setName(markName(tr("Your choice"), p));
    m_current->replace(QList<QPointF> { QPointF(toDouble(p.commitment), toDouble(p.total)) });
    layoutLegend();
}

QPointF CommitmentCurveChart::markPosition(Mark mark) const
{
    const QScatterSeries *s = mark == Mark::Optimum ? m_optimum
        : mark == Mark::Conservative                ? m_conservative
                                                    : m_current;
    return s && s->count() == 1 ? s->at(0) : QPointF();
}

ChartTable CommitmentCurveChart::table() const
{
    ChartTable t = baseTable(tr("Total cost by hourly commitment"));
    t.columns = QStringList { tr("Commitment (USD/h)"), tr("Total (USD)"), tr("Commitment paid (USD)"),
        tr("On-Demand for the rest (USD)"), tr("Savings (USD)"), tr("Utilization"), tr("Mark") };
    const AdvisorState &s = state();
    if (!s.hasCurve())
        return t;
    const usage::CommitmentCurve &c = s.result.curve;
    auto row = [](const usage::CommitmentPoint &p, const QString &mark) {
        return QStringList { p.commitment.toPlainString(2), p.total.toPlainString(2),
            p.commitmentPaid.toPlainString(2), p.onDemandRemainder.toPlainString(2),
            p.savings.toPlainString(2), p.utilization.toPlainString(), mark };
    };
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        QStringList marks;
        if (i == c.optimum)
            marks << tr("optimum");
        if (i == c.conservative)
            marks << tr("conservative");
        t.rows.append(row(c.points[i], marks.join(u' ')));
    }
    t.rows.append(row(s.current, tr("your choice")));
    return t;
}

// ---- purchases ---------------------------------------------------------------------------------

void PurchasesChart::rebuild()
{
    resetChart(tr("Recommended purchases"));
    const QList<PurchaseRow> rows = PurchaseModel::rows(state());
    auto *totals = new QBarSet(tr("Total over the horizon (USD)"));
    totals->setColor(Theme::seriesColor(0));
    auto *upfront = new QBarSet(tr("Upfront per term (USD)"));
    upfront->setColor(Theme::seriesColor(2));
    QStringList categories;
    double peak = 0;
    // Bottom to top in a horizontal bar chart: list the rows in reverse so On-Demand is on top.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const PurchaseRow &r = rows[i];
        categories << (r.recommended ? tr("%1 (recommended)").arg(r.strategy) : r.strategy);
        *totals << toDouble(r.total);
        *upfront << toDouble(r.upfront);
        peak = qMax(peak, toDouble(r.total));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(totals);
    // Upfront bars only when something is paid upfront (No Upfront offers have none).
    if (std::any_of(rows.begin(), rows.end(), [](const PurchaseRow &r) { return r.upfront.nanos() > 0; }))
        series->append(upfront);
    else
        delete upfront;
    series->setLabelsVisible(true);
    //: Bar label: @value is replaced by the amount
    series->setLabelsFormat(tr("@value USD"));
    series->setLabelsPrecision(12);
    auto *cat = new QBarCategoryAxis;
    cat->append(categories.isEmpty() ? QStringList { QString() } : categories);
    auto *value = new QValueAxis;
    value->setTitleText(tr("USD", "axis title"));
    value->setRange(0, peak <= 0 ? 1 : peak * 1.15);
    value->applyNiceNumbers();
    value->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(cat, Qt::AlignLeft);
    chart()->addAxis(value, Qt::AlignBottom);
    chart()->addSeries(series);
    series->attachAxis(cat);
    series->attachAxis(value);
}

ChartTable PurchasesChart::table() const
{
    ChartTable t = baseTable(tr("Recommended purchases"));
    for (int c = 0; c < PurchaseModel::ColumnCount; ++c)
        t.columns << PurchaseModel::columnTitle(c);
    t.columns << tr("Recommended");
    for (const PurchaseRow &r : PurchaseModel::rows(state()))
        t.rows.append(QStringList { r.strategy, r.purchase, r.upfront.toPlainString(2),
            r.monthly.toPlainString(2), r.total.toPlainString(2), r.savings.toPlainString(2),
            r.utilization ? r.utilization->toPlainString() : QString(),
            r.recommended ? tr("yes") : QString() });
    return t;
}

} // namespace ec2lab::gui
