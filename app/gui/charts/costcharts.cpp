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
    const QString asOf
        = report.priceSnapshot.isEmpty() ? tr("the scenario's own prices") : report.priceSnapshot;
    // The publication dates of the prices the comparison used, not only the snapshot's newest.
    if (report.pricesFrom.isValid() && report.pricesFrom != report.pricesTo)
        //: Chart note: %1 the price snapshot date, %2 and %3 the oldest and newest publication
        //: dates of the prices used
        lines << tr("Prices as of %1, published %2 to %3")
                     .arg(asOf, report.pricesFrom.toString(Qt::ISODate),
                         report.pricesTo.toString(Qt::ISODate));
    else if (report.pricesFrom.isValid())
        //: Chart note: %1 the price snapshot date, %2 the publication date of every price used
        lines << tr("Prices as of %1, published %2").arg(asOf, report.pricesFrom.toString(Qt::ISODate));
    else if (report.undatedPrices.empty())
        //: Chart note: %1 is the date of the price snapshot, or "the scenario's own prices"
        lines << tr("Prices as of %1").arg(asOf);
    else
        //: Chart note: every price the comparison used has no publication date (a scenario's
        //: own prices without a date); %1 is the date of the price snapshot or "the scenario's
        //: own prices"
        lines << tr("The prices used carry no publication date (%1)").arg(asOf);
    // The range above covers the dated prices only: count the others on the same line.
    if (report.pricesFrom.isValid() && !report.undatedPrices.empty())
        //: Appended to "Prices as of ..., published ...": how many prices used have no date
        lines.last() += tr("; %n price(s) used carry no publication date", "",
            static_cast<int>(report.undatedPrices.size()));
    if (!report.stalePrices.empty()) {
        QStringList names;
        for (const DatedPrice &d : report.stalePrices)
            names << QStringLiteral("%1 (%2)").arg(
                CostText::priceName(d.query), d.date.toString(Qt::ISODate));
        //: Chart note: %1 lists prices with their dates
        lines << tr("More than a year older than the newest price used: %1")
                     .arg(names.join(QStringLiteral(", ")));
    }
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

void CostChart::setComparison(const QString &homeName, const QList<RegionReport> &others)
{
    m_homeName = homeName;
    m_others = others;
}

void CostChart::setUnpricedOptions(const QStringList &labels)
{
    m_unpriced = labels;
}

QString CostChart::unpricedLegendText(const QString &label)
{
    //: Legend entry of an option the offline prices cannot price (it has no line or bar)
    return tr("%1 (no price)").arg(label);
}

void CostChart::addUnpricedLegendEntries()
{
    const auto axes = chart()->axes();
    for (const QString &label : std::as_const(m_unpriced)) {
        // An empty series: a legend entry only, so the option is listed even without figures.
        auto *entry = new QLineSeries;
        entry->setName(unpricedLegendText(label));
        QPen pen(QColor(0x9a, 0x9a, 0x9a));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(2.0);
        entry->setPen(pen);
        chart()->addSeries(entry);
        for (QAbstractAxis *axis : axes)
            entry->attachAxis(axis);
    }
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

QScatterSeries *CumulativeChart::scatterSeries(const QString &name) const
{
    const auto series = chart()->series();
    for (QAbstractSeries *s : series)
        if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->objectName() == name)
            return scatter;
    return nullptr;
}

QScatterSeries *CumulativeChart::markerSeries() const
{
    return scatterSeries(QStringLiteral("breakEvenMarkers"));
}

QList<QPointF> CumulativeChart::horizonCutMarkers() const
{
    const QScatterSeries *cuts = scatterSeries(QStringLiteral("horizonCuts"));
    return cuts ? cuts->points() : QList<QPointF>();
}

QList<QPointF> CumulativeChart::breakEvenMarkers() const
{
    QScatterSeries *markers = markerSeries();
    return markers ? markers->points() : QList<QPointF>();
}

void CumulativeChart::layoutBreakEvenLabels()
{
    for (QGraphicsItem *item : std::as_const(m_labelItems))
        delete item;
    m_labelItems.clear();
    m_labelRects.clear();
    m_labelTexts.clear();
    QScatterSeries *markers = markerSeries();
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
    // The lines: the report's options, then those of each other Region compared side by side.
    struct Line
    {
        const OptionResult *option;
        int colorIndex;
        int region; ///< -1: the report's own Region
    };
    QList<Line> drawn;
    for (int i = 0; i < int(m_report.options.size()); ++i)
        drawn.append({ &m_report.options[size_t(i)], i, -1 });
    for (int r = 0; r < m_others.size(); ++r) {
        const std::vector<OptionResult> &options = m_others[r].report.options;
        for (int i = 0; i < int(options.size()); ++i) {
            // The same option keeps its colour in every Region (matched by id).
            int color = int(m_report.options.size()) + i;
            for (int k = 0; k < int(m_report.options.size()); ++k)
                if (m_report.options[size_t(k)].id == options[size_t(i)].id)
                    color = k;
            drawn.append({ &options[size_t(i)], color, r });
        }
    }
    const QStringList &unpriced = m_unpriced;
    const int n = int(drawn.size());
    // Reuse the series while the set of options keeps its shape (a slider being dragged): removing
    // and recreating series costs more than the redraw itself.
    auto lines = chart()->series();
    const bool log = m_scale == Scale::Logarithmic;
    const bool reuse = lines.size() == n + 2 + unpriced.size() && chart()->axes().size() == 2
        && bool(qobject_cast<QLogValueAxis *>(chart()->axes(Qt::Vertical).value(0))) == log
        && scatterSeries(QStringLiteral("horizonCuts")) == lines.value(n)
        && markerSeries() == lines.value(n + 1);
    if (!reuse)
        //: Title of the cumulative chart when its money axis is logarithmic
        resetChart(log ? tr("Cumulative cost (logarithmic scale)") : tr("Cumulative cost"));
    QValueAxis *xAxis = nullptr;
    QAbstractAxis *yAxis = nullptr;
    QScatterSeries *markers = nullptr;
    QScatterSeries *cuts = nullptr; // where the horizon cuts a commitment's term
    if (reuse) {
        xAxis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Horizontal).value(0));
        yAxis = chart()->axes(Qt::Vertical).value(0);
        markers = markerSeries();
        markers->clear();
        cuts = scatterSeries(QStringLiteral("horizonCuts"));
        cuts->clear();
        for (int i = 0; i < unpriced.size(); ++i)
            lines[n + 2 + i]->setName(unpricedLegendText(unpriced[i]));
    } else {
        xAxis = new QValueAxis;
        xAxis->setTitleText(tr("Month", "axis title"));
        xAxis->setLabelFormat(QStringLiteral("%d"));
        if (log) {
            // Stated on the chart twice: in its title and, briefly (a short chart would elide a long
            // vertical title), on the axis.
            auto *logAxis = new QLogValueAxis;
            logAxis->setTitleText(tr("USD (log)", "axis title"));
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
        // Found by name (scatterSeries()): the cuts, then the break-even markers, then the unpriced entries.
        cuts = new QScatterSeries;
        cuts->setObjectName(QStringLiteral("horizonCuts"));
        //: Legend entry of the cumulative chart: a marker where the horizon ends before a
        //: commitment's term, whose remaining fees are still owed
        cuts->setName(tr("Term continues after the horizon"));
        cuts->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        cuts->setMarkerSize(11);
        cuts->setColor(QColor(0xc0, 0x1c, 0x28));
        cuts->setBorderColor(Qt::white);
        cuts->setPointLabelsVisible(false);
        chart()->addSeries(cuts);
        cuts->attachAxis(xAxis);
        cuts->attachAxis(yAxis);
        markers = new QScatterSeries;
        markers->setObjectName(QStringLiteral("breakEvenMarkers"));
        markers->setName(tr("Break-even"));
        markers->setMarkerSize(11);
        markers->setColor(Qt::black);
        markers->setBorderColor(Qt::white);
        // Labels are laid out by layoutBreakEvenLabels(): Qt's point labels would overlap.
        markers->setPointLabelsVisible(false);
        chart()->addSeries(markers);
        markers->attachAxis(xAxis);
        markers->attachAxis(yAxis);
        addUnpricedLegendEntries();
    }
    double maxY = 0;
    double minPositiveY = 0;
    double maxX = 1;
    m_breakEvens.clear();
    // Each other Region has a dash style of its own; the report's Region is drawn solid.
    static const Qt::PenStyle regionStyles[]
        = { Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine };
    for (int i = 0; i < n; ++i) {
        const OptionResult &o = *drawn[i].option;
        const int region = drawn[i].region;
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
        //: A line of the Regions comparison: %1 the option, %2 the Region's name
        const QString regionName = region < 0 ? m_homeName : m_others[region].name;
        series->setName(m_others.isEmpty() ? CostText::optionName(o)
                                           : tr("%1 · %2").arg(CostText::optionName(o), regionName));
        series->replace(downsample(points, buckets));
        // On-Demand is the reference: thicker and dark. (A dashed pen would triple the redraw
        // time of a dense series, so the reference is told apart by weight and colour; only the
        // other Regions of a comparison, monthly points, are dashed.)
        const QColor color = Theme::seriesColor(drawn[i].colorIndex);
        QPen pen(color);
        pen.setWidthF(o.kind == OptionKind::OnDemand ? 3.2 : 2.0);
        if (region >= 0)
            pen.setStyle(regionStyles[region % 4]);
        series->setPen(pen);
        // Compared Regions: the legend keys below stand for the lines (one entry per option and
        // one per Region), which halves a legend that would otherwise crowd out the plot.
        series->setProperty(kNoLegendEntry, !m_others.isEmpty());
        // Every break-even month the summary table shows has its marker, month 1 included.
        if (region < 0 && o.breakEvenMonth && *o.breakEvenMonth >= 1
            && size_t(*o.breakEvenMonth) <= o.cumulative.size()) {
            const QPointF at(
                *o.breakEvenMonth * m_periodMonths, toDouble(o.cumulative[*o.breakEvenMonth - 1]));
            markers->append(at);
            //: Marker on the cumulative chart: %1 is the month number where an option overtakes On-Demand
            m_breakEvens.append({ at, tr("break-even month %1").arg(*o.breakEvenMonth), color });
        }
        // A term longer than the horizon: marked where the horizon cuts it, labelled with what it
        // still owes (part of the option's total, in no month of the line).
        if (region < 0 && !o.committedBeyondHorizon.isZero() && !o.cumulative.empty()) {
            const QPointF at(o.cumulative.size() * m_periodMonths, toDouble(o.cumulative.back()));
            cuts->append(at);
            //: Label on the cumulative chart where the horizon ends inside a commitment's term:
            //: %1 is the amount in USD still owed after the horizon (included in the total)
            m_breakEvens.append(
                { at, tr("+%1 USD owed after the horizon").arg(moneyText(o.committedBeyondHorizon)), color });
        }
    }
    cuts->setVisible(cuts->count() > 0); // no legend entry when no term is cut
    QList<LegendKey> keys;
    if (!m_others.isEmpty()) {
        QStringList seen;
        for (const Line &line : std::as_const(drawn))
            if (!seen.contains(CostText::optionName(*line.option))) {
                seen << CostText::optionName(*line.option);
                keys.append({ CostText::optionName(*line.option), Theme::seriesColor(line.colorIndex) });
            }
        const QColor ink(0x40, 0x40, 0x40);
        keys.append({ m_homeName, ink, Qt::SolidLine });
        for (int r = 0; r < m_others.size(); ++r)
            keys.append({ m_others[r].name, ink, regionStyles[r % 4] });
    }
    setLegendKeys(keys);
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
    // The Regions side by side: one column per option and Region, named "option · Region".
    QList<QPair<QString, const OptionResult *>> columns;
    for (const OptionResult &o : m_report.options)
        columns.append({ m_others.isEmpty() ? CostText::optionName(o)
                                            : tr("%1 · %2").arg(CostText::optionName(o), m_homeName),
            &o });
    for (const RegionReport &other : m_others)
        for (const OptionResult &o : other.report.options)
            columns.append({ tr("%1 · %2").arg(CostText::optionName(o), other.name), &o });
    size_t n = 0;
    for (const auto &[name, o] : std::as_const(columns)) {
        t.columns << name;
        n = qMax(n, o->cumulative.size());
    }
    for (size_t k = 0; k < n; ++k) {
        QStringList row { QString::number(k + 1) };
        for (const auto &[name, o] : std::as_const(columns))
            row << (k < o->cumulative.size() ? moneyText(o->cumulative[k]) : QString());
        t.rows << row;
    }
    // When a term runs on after the horizon: what it still owes, and the total that includes it.
    if (std::any_of(columns.cbegin(), columns.cend(),
            [](const auto &column) { return !column.second->committedBeyondHorizon.isZero(); })) {
        QStringList beyond { QStringLiteral("committed_beyond_horizon") };
        QStringList total { QStringLiteral("total") };
        for (const auto &[name, o] : std::as_const(columns)) {
            beyond << moneyText(o->committedBeyondHorizon);
            total << moneyText(o->total);
        }
        t.rows << beyond << total;
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
    addUnpricedLegendEntries();
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
    if (std::any_of(m_report.options.cbegin(), m_report.options.cend(),
            [](const OptionResult &o) { return !o.committedBeyondHorizon.isZero(); })) {
        //: Cost breakdown bar: commitment fees still owed after the horizon (part of the total)
        auto *set = new QBarSet(tr("Committed beyond the horizon"));
        set->setColor(QColor(0xc0, 0x1c, 0x28));
        for (const OptionResult &o : m_report.options)
            set->append(toDouble(o.committedBeyondHorizon));
        bars->append(set);
    }
    QStringList categories;
    for (const OptionResult &o : m_report.options) {
        categories << CostText::optionName(o);
        maxX = qMax(maxX, toDouble(o.total));
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
    addUnpricedLegendEntries();
}

ChartTable BreakdownChart::table() const
{
    ChartTable t = baseTable(tr("Cost breakdown (USD over the horizon)"));
    // The summary's figures first (as `ec2lab cost --json` names them), then the parts of the
    // total, which add up to it.
    t.columns << QStringLiteral("option") << QStringLiteral("upfront") << QStringLiteral("monthly")
              << QStringLiteral("normalized_monthly") << QStringLiteral("effective_hourly");
    for (const Line &line : kLines)
        t.columns << QString::fromLatin1(line.id);
    // The total includes what a commitment still owes after the horizon (its own column).
    t.columns << QStringLiteral("committed_beyond_horizon") << QStringLiteral("total");
    for (const OptionResult &o : m_report.options) {
        QStringList row { CostText::optionName(o), moneyText(o.upfront), moneyText(o.monthly),
            moneyText(o.normalizedMonthly), o.effectiveHourly ? o.effectiveHourly->toString(6) : QString() };
        for (const Line &line : kLines)
            row << moneyText(o.breakdown.*line.member);
        row << moneyText(o.committedBeyondHorizon) << moneyText(o.total);
        t.rows << row;
    }
    return t;
}

// ---- spot bands -------------------------------------------------------------------------------

void SpotBandChart::rebuild()
{
    resetChart(tr("Spot cost range (p10 to p90)"));
    m_aroundMedian = false;
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Month", "axis title"));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    auto *yAxis = moneyAxis(tr("USD", "axis title"));
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    double maxY = 0;
    double maxX = 1;
    auto points = [&](const std::vector<Money> &values, const std::vector<Money> *minus) {
        QList<QPointF> out { QPointF(0, 0) };
        for (size_t k = 0; k < values.size(); ++k) {
            const double y = toDouble(values[k]) - (minus ? toDouble((*minus)[k]) : 0.0);
            out.append(QPointF((k + 1) * m_periodMonths, y));
            if (!minus)
                maxY = qMax(maxY, y);
        }
        maxX = qMax(maxX, values.size() * m_periodMonths);
        return out;
    };
    auto addLine = [&](const QList<QPointF> &values, const QString &name, QColor color, Qt::PenStyle style,
                       qreal width) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->append(values);
        QPen pen(color);
        pen.setWidthF(width);
        pen.setStyle(style);
        s->setPen(pen);
        return s;
    };
    // First the money scale (On-Demand and every Spot p90), then whether each band can be seen.
    for (const OptionResult &o : m_report.options) {
        if (o.kind == OptionKind::OnDemand)
            (void)points(o.cumulative, nullptr);
        if (o.spotRisk && !o.spotRisk->costP90.empty())
            (void)points(o.spotRisk->costP90, nullptr);
    }
    QValueAxis *spreadAxis = nullptr;
    double maxSpread = 0;
    int spotCount = 0;
    for (int i = 0; i < int(m_report.options.size()); ++i) {
        const OptionResult &o = m_report.options[i];
        if (o.kind == OptionKind::OnDemand) {
            auto *od = addLine(points(o.cumulative, nullptr), CostText::optionName(o), Theme::seriesColor(0),
                Qt::DashLine, 2.2);
            chart()->addSeries(od);
            od->attachAxis(xAxis);
            od->attachAxis(yAxis);
        }
        if (!o.spotRisk || o.spotRisk->costP50.empty())
            continue;
        ++spotCount;
        const SpotRisk &risk = *o.spotRisk;
        const QColor c = Theme::seriesColor(i);
        // A range under 4% of the money axis is a hairline there: draw it as the distance of p10
        // and p90 from the median, on an axis of its own (said in its title), so it reads as a band.
        const double range = toDouble(risk.costP90.back()) - toDouble(risk.costP10.back());
        const bool around = maxY > 0 && range < 0.04 * maxY;
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        if (around) {
            upper = addLine(points(risk.costP90, &risk.costP50), QString(), c, Qt::SolidLine, 1.5);
            lower = addLine(points(risk.costP10, &risk.costP50), QString(), c, Qt::SolidLine, 1.5);
            for (const QList<QPointF> &line : { upper->points(), lower->points() })
                for (const QPointF &p : line)
                    maxSpread = qMax(maxSpread, qAbs(p.y()));
        } else {
            upper = addLine(points(risk.costP90, nullptr), QString(), c, Qt::SolidLine, 1.5);
            lower = addLine(points(risk.costP10, nullptr), QString(), c, Qt::SolidLine, 1.5);
        }
        auto *band = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its boundary lines: parent them to the band so they go with it.
        upper->setParent(band);
        lower->setParent(band);
        // The band's end values in its legend entry: a narrow range still reads as a range.
        //: Legend: %1 is the option's name; the band spans the 10th (%2) to the 90th (%3)
        //: percentile of the cumulative cost at month %4
        band->setName(
            tr("%1 p10-p90: %2 to %3 USD at month %4")
                .arg(CostText::optionName(o), moneyText(risk.costP10.back()), moneyText(risk.costP90.back()))
                .arg(risk.costP90.size()));
        QColor fill = c;
        fill.setAlpha(110);
        band->setBrush(fill);
        band->setPen(QPen(c.darker(120), 1.5));
        chart()->addSeries(band);
        band->attachAxis(xAxis);
        if (around) {
            m_aroundMedian = true;
            if (!spreadAxis) {
                spreadAxis = moneyAxis(tr("USD from median", "axis title"));
                spreadAxis->setLabelFormat(QStringLiteral("%.2f"));
                spreadAxis->setLinePenColor(c);
                spreadAxis->setLabelsColor(c.darker(130));
                spreadAxis->setGridLineVisible(false);
                spreadAxis->setMinorTickCount(0);
                chart()->addAxis(spreadAxis, Qt::AlignRight);
            }
            band->attachAxis(spreadAxis);
        } else {
            band->attachAxis(yAxis);
        }
        //: Legend: %1 is the option's name
        auto *median = addLine(points(risk.costP50, nullptr), tr("%1 median").arg(CostText::optionName(o)),
            c.darker(130), Qt::SolidLine, 2.2);
        chart()->addSeries(median);
        median->attachAxis(xAxis);
        median->attachAxis(yAxis);
    }
    if (spotCount == 0)
        chart()->setTitle(tr("Spot cost range: add a Spot option with an interruption rate"));
    else if (m_aroundMedian)
        //: Title of the Spot chart when the p10-p90 band is drawn around the median on its own axis
        chart()->setTitle(tr("Spot cost range: p10 to p90 around the median (right axis)"));
    xAxis->setRange(0, maxX);
    if (maxX <= 60 && qFuzzyCompare(maxX, qRound(maxX)) && int(maxX) % 6 == 0)
        xAxis->setTickCount(int(maxX) / 6 + 1);
    niceRange(yAxis, maxY);
    if (spreadAxis) {
        // Symmetric around the median (zero), the band filling most of the height: the widest
        // distance plus a tenth, rounded up to 1, 2, 2.5 or 5 times a power of ten.
        double m = 1.0;
        if (maxSpread > 0) {
            const double want = maxSpread * 1.1;
            const double decade = std::pow(10.0, std::floor(std::log10(want)));
            for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 })
                if (step * decade >= want) {
                    m = step * decade;
                    break;
                }
        }
        spreadAxis->setRange(-m, m);
        spreadAxis->setTickCount(5);
    }
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
