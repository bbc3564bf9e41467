#include "costcharts.h"

#include "cli/costtext.h"
#include "core/theme.h"
#include "cost/typepicker.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace ec2lab::gui {

namespace {

double toDouble(Money m)
{
    // Display only: chart coordinates are doubles; exported data keeps the exact Money.
    return double(m.nanos()) / double(Money::kNanosPerUnit);
}

QValueAxis *moneyAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(1);
    return axis;
}

void niceRange(QValueAxis *axis, double maxValue)
{
    axis->setRange(0, maxValue <= 0 ? 1 : maxValue * 1.05);
    axis->applyNiceNumbers();
}

} // namespace

void CostChart::setReport(const CostReport &report)
{
    m_report = report;
    setNote(assumptionLines(report).join(QStringLiteral("  ·  ")));
    rebuild();
    useWrappingLegend();
    emit rebuilt();
}

QStringList CostChart::assumptionLines(const CostReport &report)
{
    // The engine's own assumption lines come first; the month rule, snapshot date and the tax
    // note are added only when the engine did not already state them.
    QStringList lines;
    //: Chart note: %1 is the date of the price snapshot, or "the scenario's own prices"
    lines << tr("Prices as of %1")
                 .arg(
                     report.priceSnapshot.isEmpty() ? tr("the scenario's own prices") : report.priceSnapshot);
    if (!report.region.isEmpty())
        //: Chart note: %1 is the Region's name with its code, "US East (N. Virginia) (us-east-1)"
        lines << tr("Region: %1").arg(TypePicker::regionLabel(report.region));
    const auto states = [&report](AssumptionNote::Kind kind) {
        return std::any_of(report.assumptions.cbegin(), report.assumptions.cend(),
            [kind](const AssumptionNote &a) { return a.kind == kind; });
    };
    if (!states(AssumptionNote::Kind::Months730) && !states(AssumptionNote::Kind::CalendarMonths)) {
        if (report.hoursPerMonth > 0)
            //: Chart note: every month counts %1 hours (730 by default)
            lines << tr("Months of %1 hours").arg(report.hoursPerMonth);
        else
            lines << tr("Calendar months from %1").arg(report.start.toString(Qt::ISODate));
    }
    for (const QString &a : CostText::assumptions(report.assumptions))
        if (!lines.contains(a))
            lines << a;
    if (!states(AssumptionNote::Kind::PricesInUsd))
        lines << tr("USD, taxes excluded");
    return lines;
}

ChartTable CostChart::baseTable(const QString &title) const
{
    ChartTable t;
    t.chartId = chartId();
    t.title = title;
    t.assumptions = assumptionLines(m_report);
    t.snapshotDate = m_report.priceSnapshot;
    t.region = m_report.region;
    return t;
}

// ---- cumulative -------------------------------------------------------------------------------

CumulativeChart::CumulativeChart(QWidget *parent)
    : CostChart(parent)
{
    connect(chart(), &QChart::plotAreaChanged, this, &CumulativeChart::layoutBreakEvenLabels);
}

QList<QRectF> CumulativeChart::breakEvenLabelRects() const
{
    return m_labelRects;
}

QStringList CumulativeChart::breakEvenLabelTexts() const
{
    return m_labelTexts;
}

QList<QPointF> CumulativeChart::breakEvenMarkers() const
{
    const auto series = chart()->series();
    auto *markers = series.isEmpty() ? nullptr : qobject_cast<QScatterSeries *>(series.last());
    return markers ? markers->points() : QList<QPointF>();
}

void CumulativeChart::layoutBreakEvenLabels()
{
    for (QGraphicsItem *item : std::as_const(m_labelItems))
        delete item;
    m_labelItems.clear();
    m_labelRects.clear();
    m_labelTexts.clear();
    const auto series = chart()->series();
    auto *markers = series.isEmpty() ? nullptr : qobject_cast<QScatterSeries *>(series.last());
    const QRectF plot = chart()->plotArea();
    if (!markers || plot.width() < 20 || plot.height() < 20 || m_breakEvens.isEmpty())
        return;

    QFont font = this->font();
    font.setPointSize(qMax(7, Theme::basePointSize() - 1));
    const QFontMetricsF fm(font);
    struct Placed
    {
        int index;
        QPointF anchor;
        QRectF rect;
    };
    QList<Placed> todo;
    for (int i = 0; i < m_breakEvens.size(); ++i)
        todo.append({ i, chart()->mapToPosition(m_breakEvens[i].value, markers), QRectF() });
    // Left to right, then top to bottom: each label takes the first free spot near its marker.
    std::sort(todo.begin(), todo.end(), [](const Placed &a, const Placed &b) {
        return a.anchor.x() != b.anchor.x() ? a.anchor.x() < b.anchor.x() : a.anchor.y() < b.anchor.y();
    });
    // Markers are obstacles too, so a label never hides another break-even point.
    QList<QRectF> taken;
    for (const Placed &p : std::as_const(todo))
        taken.append(QRectF(p.anchor - QPointF(6, 6), QSizeF(12, 12)));
    const qreal gap = 7;
    for (Placed &p : todo) {
        const QString text = m_breakEvens[p.index].text;
        const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 4);
        // qBound asserts min <= max: a plot narrower or shorter than the label (a chart in the
        // middle of its first layout) pins the label to the plot's top-left instead.
        auto clamp = [&](QRectF r) {
            r.moveLeft(qMax(plot.left() + 1, qMin(r.left(), plot.right() - r.width() - 1)));
            r.moveTop(qMax(plot.top() + 1, qMin(r.top(), plot.bottom() - r.height() - 1)));
            return r;
        };
        auto free = [&](const QRectF &r) {
            for (const QRectF &t : std::as_const(taken))
                if (t.intersects(r))
                    return false;
            return true;
        };
        QRectF chosen;
        bool found = false;
        // Nearest first: the four corners around the marker, then staggered further up and down.
        for (int step = 0; step < 40 && !found; ++step) {
            const qreal dy = step * (size.height() + 2);
            const QRectF candidates[] = {
                QRectF(QPointF(p.anchor.x() - size.width() - gap, p.anchor.y() - gap - size.height() - dy),
                    size),
                QRectF(QPointF(p.anchor.x() + gap, p.anchor.y() + gap + dy), size),
                QRectF(QPointF(p.anchor.x() + gap, p.anchor.y() - gap - size.height() - dy), size),
                QRectF(QPointF(p.anchor.x() - size.width() - gap, p.anchor.y() + gap + dy), size),
            };
            for (const QRectF &c : candidates) {
                const QRectF r = clamp(c);
                if (free(r)) {
                    chosen = r;
                    found = true;
                    break;
                }
            }
        }
        if (!found)
            continue; // no room at all (a tiny chart): the marker and the table still tell
        taken.append(chosen);
        p.rect = chosen;

        const QColor color = m_breakEvens[p.index].color.darker(140);
        const QRectF near = QRectF(p.anchor - QPointF(gap + 2, gap + 2), QSizeF(2 * gap + 4, 2 * gap + 4));
        if (!chosen.intersects(near.adjusted(-size.width(), -size.height(), size.width(), size.height()))) {
            // Far from its marker: a leader line shows which point the label belongs to.
            const QPointF end(qBound(chosen.left(), p.anchor.x(), chosen.right()),
                qBound(chosen.top(), p.anchor.y(), chosen.bottom()));
            auto *line = new QGraphicsLineItem(QLineF(p.anchor, end), chart());
            line->setPen(QPen(color, 1));
            line->setZValue(99);
            m_labelItems.append(line);
        }
        auto *box = new QGraphicsRectItem(chosen, chart());
        box->setBrush(QColor(255, 255, 255, 230));
        box->setPen(QPen(color, 1));
        box->setZValue(100);
        auto *label = new QGraphicsSimpleTextItem(text, box);
        label->setFont(font);
        label->setBrush(color);
        label->setPos(chosen.topLeft() + QPointF(4, 2));
        m_labelItems.append(box); // deleting the box deletes its text
        m_labelTexts.append(text);
        m_labelRects.append(chosen);
    }
}

void CumulativeChart::rebuild()
{
    // One min/max pair per four pixels is as much as the eye can tell apart on a cumulative line; the
    // exported table keeps every point.
    const int buckets = qMax(200, width() / 4);
    const int n = int(m_report.options.size());
    // Reuse the series while the set of options keeps its shape (a slider being dragged): removing
    // and recreating series costs more than the redraw itself.
    auto lines = chart()->series();
    const bool log = m_scale == Scale::Logarithmic;
    const bool reuse = lines.size() == n + 1 && chart()->axes().size() == 2
        && bool(qobject_cast<QLogValueAxis *>(chart()->axes(Qt::Vertical).value(0))) == log;
    if (!reuse)
        resetChart(tr("Cumulative cost"));
    QValueAxis *xAxis = nullptr;
    QAbstractAxis *yAxis = nullptr;
    QScatterSeries *markers = nullptr;
    if (reuse) {
        xAxis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Horizontal).value(0));
        yAxis = chart()->axes(Qt::Vertical).value(0);
        markers = qobject_cast<QScatterSeries *>(lines.last());
        markers->clear();
    } else {
        xAxis = new QValueAxis;
        xAxis->setTitleText(tr("Month", "axis title"));
        xAxis->setLabelFormat(QStringLiteral("%d"));
        if (log) {
            // Stated on the chart: the axis title says the scale is logarithmic.
            auto *logAxis = new QLogValueAxis;
            logAxis->setTitleText(tr("USD (logarithmic scale)", "axis title"));
            logAxis->setLabelFormat(QStringLiteral("%.0f"));
            logAxis->setBase(10);
            logAxis->setMinorTickCount(8);
            yAxis = logAxis;
        } else {
            yAxis = moneyAxis(tr("USD", "axis title"));
        }
        chart()->addAxis(xAxis, Qt::AlignBottom);
        chart()->addAxis(yAxis, Qt::AlignLeft);
        lines.clear();
        for (int i = 0; i < n; ++i) {
            auto *series = new QLineSeries;
            chart()->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
            lines << series;
        }
        markers = new QScatterSeries;
        markers->setName(tr("Break-even"));
        markers->setMarkerSize(11);
        markers->setColor(Qt::black);
        markers->setBorderColor(Qt::white);
        // Labels are laid out by layoutBreakEvenLabels(): Qt's point labels would overlap.
        markers->setPointLabelsVisible(false);
        chart()->addSeries(markers);
        markers->attachAxis(xAxis);
        markers->attachAxis(yAxis);
    }
    double maxY = 0;
    double minPositiveY = 0;
    double maxX = 1;
    m_breakEvens.clear();
    for (int i = 0; i < n; ++i) {
        const OptionResult &o = m_report.options[i];
        QList<QPointF> points;
        points.reserve(qsizetype(o.cumulative.size()) + 1);
        if (!log)
            points.append(QPointF(0, 0)); // a logarithmic axis has no zero: lines start at month 1
        for (size_t k = 0; k < o.cumulative.size(); ++k) {
            const double y = toDouble(o.cumulative[k]);
            if (log && y <= 0)
                continue;
            points.append(QPointF((k + 1) * m_periodMonths, y));
            maxY = qMax(maxY, y);
            if (y > 0 && (minPositiveY == 0 || y < minPositiveY))
                minPositiveY = y;
        }
        if (points.isEmpty())
            points.append(QPointF(0, 0));
        maxX = qMax(maxX, points.last().x());
        auto *series = static_cast<QLineSeries *>(lines[i]);
        series->setName(CostText::optionName(o));
        series->replace(downsample(points, buckets));
        // On-Demand is the reference: thicker and dark. (A dashed pen would triple the redraw
        // time of a dense series, so the reference is told apart by weight and colour.)
        QPen pen(Theme::seriesColor(i));
        pen.setWidthF(o.kind == OptionKind::OnDemand ? 3.2 : 2.0);
        series->setPen(pen);
        // Every break-even month the summary table shows has its marker, month 1 included.
        if (o.breakEvenMonth && *o.breakEvenMonth >= 1 && size_t(*o.breakEvenMonth) <= o.cumulative.size()) {
            const QPointF at(
                *o.breakEvenMonth * m_periodMonths, toDouble(o.cumulative[*o.breakEvenMonth - 1]));
            markers->append(at);
            //: Marker on the cumulative chart: %1 is the month number where an option overtakes On-Demand
            m_breakEvens.append(
                { at, tr("break-even month %1").arg(*o.breakEvenMonth), Theme::seriesColor(i) });
        }
    }
    xAxis->setRange(0, maxX);
    if (maxX <= 60 && qFuzzyCompare(maxX, qRound(maxX)) && int(maxX) % 6 == 0)
        xAxis->setTickCount(int(maxX) / 6 + 1);
    if (auto *logAxis = qobject_cast<QLogValueAxis *>(yAxis)) {
        // Whole decades around the data, so each line keeps its shape however far apart they are.
        const double lo = minPositiveY > 0 ? std::pow(10.0, std::floor(std::log10(minPositiveY))) : 1.0;
        const double hi = maxY > 0 ? std::pow(10.0, std::ceil(std::log10(maxY * 1.05))) : 10.0;
        logAxis->setRange(lo, qMax(hi, lo * 10));
    } else {
        niceRange(static_cast<QValueAxis *>(yAxis), maxY);
    }
    layoutBreakEvenLabels();
}

void CostChart::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    rebuild();
    useWrappingLegend();
    emit rebuilt();
}

ChartTable CumulativeChart::table() const
{
    ChartTable t = baseTable(tr("Cumulative cost (USD)"));
    t.columns << QStringLiteral("month");
    size_t n = 0;
    for (const OptionResult &o : m_report.options) {
        t.columns << CostText::optionName(o);
        n = qMax(n, o.cumulative.size());
    }
    for (size_t k = 0; k < n; ++k) {
        QStringList row { QString::number(k + 1) };
        for (const OptionResult &o : m_report.options)
            row << (k < o.cumulative.size() ? moneyText(o.cumulative[k]) : QString());
        t.rows << row;
    }
    return t;
}

// ---- monthly cash flow ------------------------------------------------------------------------

void MonthlyChart::rebuild()
{
    resetChart(tr("Monthly cash flow"));
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.9);
    double maxY = 0;
    int months = 0;
    for (int i = 0; i < int(m_report.options.size()); ++i) {
        const OptionResult &o = m_report.options[i];
        auto *set = new QBarSet(CostText::optionName(o));
        set->setColor(Theme::seriesColor(i));
        set->setBorderColor(Theme::seriesColor(i));
        for (const CostBreakdown &m : o.months) {
            const double y = toDouble(m.total());
            set->append(y);
            maxY = qMax(maxY, y);
        }
        months = qMax(months, int(o.months.size()));
        bars->append(set);
    }
    chart()->addSeries(bars);
    // Bar i stands at x = i. A category axis would print all 36 month numbers and elide them to
    // "…" when they do not fit: label month 1 and every sixth month (every month up to a year),
    // each under its bar.
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(-0.5, qMax(1, months) - 0.5);
    const int every = months <= 12 ? 1 : months <= 72 ? 6 : 12;
    for (int m = 1; m <= months; ++m)
        if (m == 1 || m % every == 0)
            xAxis->append(QString::number(m), m - 1);
    xAxis->setTitleText(tr("Month", "axis title"));
    auto *yAxis = moneyAxis(tr("USD per month"));
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    niceRange(yAxis, maxY);
}

ChartTable MonthlyChart::table() const
{
    ChartTable t = baseTable(tr("Monthly cash flow (USD)"));
    t.columns << QStringLiteral("month");
    size_t n = 0;
    for (const OptionResult &o : m_report.options) {
        t.columns << CostText::optionName(o);
        n = qMax(n, o.months.size());
    }
    for (size_t k = 0; k < n; ++k) {
        QStringList row { QString::number(k + 1) };
        for (const OptionResult &o : m_report.options)
            row << (k < o.months.size() ? moneyText(o.months[k].total()) : QString());
        t.rows << row;
    }
    return t;
}

// ---- breakdown --------------------------------------------------------------------------------

namespace {

struct Line
{
    const char *id;
    Money CostBreakdown::*member;
};

const Line kLines[] = {
    { "compute", &CostBreakdown::compute },
    { "upfront", &CostBreakdown::upfront },
    { "ebs", &CostBreakdown::ebs },
    { "public_ipv4", &CostBreakdown::publicIpv4 },
    { "data_transfer", &CostBreakdown::dataTransfer },
    { "credits", &CostBreakdown::credits },
};

QString lineLabel(const char *id)
{
    const QString s = QString::fromLatin1(id);
    if (s == u"compute")
        return CostChart::tr("Instance usage");
    if (s == u"upfront")
        return CostChart::tr("Upfront");
    if (s == u"ebs")
        return CostChart::tr("EBS");
    if (s == u"public_ipv4")
        return CostChart::tr("Public IPv4");
    if (s == u"data_transfer")
        return CostChart::tr("Data transfer");
    return CostChart::tr("Credits");
}

} // namespace

void BreakdownChart::rebuild()
{
    resetChart(tr("Cost breakdown over the horizon"));
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.6);
    static const QColor lineColors[]
        = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x99, 0x00), QColor(0x2c, 0xa0, 0x2c),
              QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x7f, 0x7f) };
    double maxX = 0;
    int li = 0;
    for (const Line &line : kLines) {
        bool any = false;
        for (const OptionResult &o : m_report.options)
            any = any || !(o.breakdown.*line.member).isZero();
        if (!any) {
            ++li;
            continue;
        }
        auto *set = new QBarSet(lineLabel(line.id));
        set->setColor(lineColors[li++]);
        for (const OptionResult &o : m_report.options)
            set->append(toDouble(o.breakdown.*line.member));
        bars->append(set);
    }
    QStringList categories;
    for (const OptionResult &o : m_report.options) {
        categories << CostText::optionName(o);
        maxX = qMax(maxX, toDouble(o.breakdown.total()));
    }
    chart()->addSeries(bars);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    auto *xAxis = moneyAxis(tr("USD over %n month(s)", nullptr, m_report.horizonMonths));
    chart()->addAxis(yAxis, Qt::AlignLeft);
    chart()->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(yAxis);
    bars->attachAxis(xAxis);
    niceRange(xAxis, maxX);
}

ChartTable BreakdownChart::table() const
{
    ChartTable t = baseTable(tr("Cost breakdown (USD over the horizon)"));
    t.columns << QStringLiteral("option");
    for (const Line &line : kLines)
        t.columns << QString::fromLatin1(line.id);
    t.columns << QStringLiteral("total");
    for (const OptionResult &o : m_report.options) {
        QStringList row { CostText::optionName(o) };
        for (const Line &line : kLines)
            row << moneyText(o.breakdown.*line.member);
        row << moneyText(o.breakdown.total());
        t.rows << row;
    }
    return t;
}

// ---- spot bands -------------------------------------------------------------------------------

void SpotBandChart::rebuild()
{
    resetChart(tr("Spot cost range (p10 to p90)"));
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Month", "axis title"));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    auto *yAxis = moneyAxis(tr("USD", "axis title"));
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    double maxY = 0;
    double maxX = 1;
    auto addLine
        = [&](const std::vector<Money> &values, const QString &name, QColor color, Qt::PenStyle style) {
              auto *s = new QLineSeries;
              s->setName(name);
              s->append(0, 0);
              for (size_t k = 0; k < values.size(); ++k) {
                  s->append((k + 1) * m_periodMonths, toDouble(values[k]));
                  maxY = qMax(maxY, toDouble(values[k]));
              }
              maxX = qMax(maxX, values.size() * m_periodMonths);
              QPen pen(color);
              pen.setWidthF(2.2);
              pen.setStyle(style);
              s->setPen(pen);
              return s;
          };
    int spotCount = 0;
    for (int i = 0; i < int(m_report.options.size()); ++i) {
        const OptionResult &o = m_report.options[i];
        if (o.kind == OptionKind::OnDemand) {
            auto *od = addLine(o.cumulative, CostText::optionName(o), Theme::seriesColor(0), Qt::DashLine);
            chart()->addSeries(od);
            od->attachAxis(xAxis);
            od->attachAxis(yAxis);
        }
        if (!o.spotRisk || o.spotRisk->costP50.empty())
            continue;
        ++spotCount;
        QColor c = Theme::seriesColor(i);
        auto *lower = addLine(o.spotRisk->costP10, QString(), c, Qt::SolidLine);
        auto *upper = addLine(o.spotRisk->costP90, QString(), c, Qt::SolidLine);
        auto *band = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its boundary lines: parent them to the band so they go with it.
        upper->setParent(band);
        lower->setParent(band);
        // The band's end values in its legend entry: a narrow range still reads as a range when
        // On-Demand's scale makes the band thin.
        //: Legend: %1 is the option's name; the band spans the 10th (%2) to the 90th (%3)
        //: percentile of the cumulative cost at month %4
        band->setName(tr("%1 p10-p90: %2 to %3 USD at month %4")
                          .arg(CostText::optionName(o), moneyText(o.spotRisk->costP10.back()),
                              moneyText(o.spotRisk->costP90.back()))
                          .arg(o.spotRisk->costP90.size()));
        QColor fill = c;
        fill.setAlpha(70);
        band->setBrush(fill);
        band->setPen(QPen(c, 1));
        chart()->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        //: Legend: %1 is the option's name
        auto *median = addLine(
            o.spotRisk->costP50, tr("%1 median").arg(CostText::optionName(o)), c.darker(130), Qt::SolidLine);
        chart()->addSeries(median);
        median->attachAxis(xAxis);
        median->attachAxis(yAxis);
    }
    if (spotCount == 0)
        chart()->setTitle(tr("Spot cost range: add a Spot option with an interruption rate"));
    xAxis->setRange(0, maxX);
    if (maxX <= 60 && qFuzzyCompare(maxX, qRound(maxX)) && int(maxX) % 6 == 0)
        xAxis->setTickCount(int(maxX) / 6 + 1);
    niceRange(yAxis, maxY);
}

ChartTable SpotBandChart::table() const
{
    ChartTable t = baseTable(tr("Spot cumulative cost percentiles (USD)"));
    t.columns << QStringLiteral("option") << QStringLiteral("month") << QStringLiteral("p10")
              << QStringLiteral("p50") << QStringLiteral("p90");
    for (const OptionResult &o : m_report.options) {
        if (!o.spotRisk)
            continue;
        const SpotRisk &r = *o.spotRisk;
        for (size_t k = 0; k < r.costP50.size(); ++k)
            t.rows << QStringList { CostText::optionName(o), QString::number(k + 1), moneyText(r.costP10[k]),
                moneyText(r.costP50[k]), moneyText(r.costP90[k]) };
    }
    return t;
}

} // namespace ec2lab::gui
