#include "timelinechart.h"

#include "core/theme.h"
#include "lab/eventlogmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>

namespace ec2lab::gui {

QList<std::pair<qint64, QString>> TimelineChart::clockTicks(const QDateTime &start, qint64 span)
{
    // The smallest round step that gives at most six intervals over the span.
    static constexpr qint64 kSteps[] = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
        21600, 43200, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400 };
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 s : kSteps)
        if (span <= 6 * s) {
            step = s;
            break;
        }
    const QDateTime startUtc = start.toUTC();
    const bool days = startUtc.date() != startUtc.addSecs(span).date();
    const QString format = days
        ? (step < 60 ? QStringLiteral("MM-dd HH:mm:ss") : QStringLiteral("MM-dd HH:mm"))
        : step < 60 ? QStringLiteral("HH:mm:ss")
                    : QStringLiteral("HH:mm");
    // Ticks fall on multiples of the step in UTC clock time (a day starts at 00:00 UTC).
    const qint64 epoch = startUtc.toSecsSinceEpoch();
    qint64 first = epoch - ((epoch % step) + step) % step;
    if (first < epoch)
        first += step;
    QList<std::pair<qint64, QString>> ticks;
    for (qint64 t = first; t - epoch <= span; t += step)
        ticks.append({ t - epoch, QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(format) });
    return ticks;
}

void TimelineChart::setEngine(const LifecycleEngine &engine, const QHash<QString, QString> &names)
{
    m_segments.clear();
    m_lanes.clear();
    m_start = engine.config().start;
    const qint64 now = engine.now();
    for (const QString &id : engine.instanceIds()) {
        const QString name = names.value(id, id);
        m_lanes << name;
        const QList<StateRecord> history = engine.stateHistory(id);
        for (qsizetype i = 0; i < history.size(); ++i) {
            const qint64 to = i + 1 < history.size() ? history[i + 1].at : now;
            m_segments.append(
                { name, id, history[i].state, history[i].reason, history[i].at, qMax(to, history[i].at) });
        }
    }

    resetChart(tr("Instance states over time"));
    chart()->legend()->setVisible(true);
    // The legend goes beside the lanes: below them it took the height the time axis needs, and
    // Qt Charts then elides every tick label and the axis title to "…".
    chart()->legend()->setAlignment(Qt::AlignRight);
    // The time axis reads as the simulated clock (the script's start plus the offset), in UTC,
    // with ticks at round clock times and the date on every label when the span crosses days.
    const double span = qMax<qint64>(now, 60);
    auto *xAxis = new QCategoryAxis;
    xAxis->setTitleText(tr("Simulated clock (UTC)"));
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(0, span);
    xAxis->setStartValue(0);
    for (const auto &[offset, label] : clockTicks(m_start, qint64(span)))
        xAxis->append(label, double(offset));
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int i = 0; i < m_lanes.size(); ++i)
        yAxis->append(m_lanes[i], i + 1);
    yAxis->setRange(0, qMax<qsizetype>(1, m_lanes.size()));
    yAxis->setGridLineVisible(false);
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);

    const double laneHeight = qMax(8.0, qMin(28.0, 160.0 / qMax<qsizetype>(1, m_lanes.size())));
    QSet<int> legendShown;
    for (const Segment &s : m_segments) {
        auto *series = new QLineSeries;
        const double y = m_lanes.indexOf(s.instance) + 0.5;
        series->append(double(s.from), y);
        series->append(double(qMax(s.to, s.from + 1)), y);
        QPen pen(Theme::stateColor(stateName(s.state)));
        pen.setWidthF(laneHeight);
        pen.setCapStyle(Qt::FlatCap);
        series->setPen(pen);
        series->setName(EventLogModel::stateLabel(s.state));
        chart()->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // One legend entry per state, not per segment.
        const int code = stateCode(s.state);
        const auto markers = chart()->legend()->markers(series);
        for (QLegendMarker *m : markers)
            m->setVisible(!legendShown.contains(code));
        legendShown.insert(code);
    }
    setNote(tr("Simulated clock from %1 UTC; transitional states use the lab's configured durations")
                .arg(m_start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    emit rebuilt();
}

ChartTable TimelineChart::table() const
{
    ChartTable t;
    t.chartId = chartId();
    t.title = tr("Instance states over time");
    t.assumptions << tr("Times are simulated seconds after %1").arg(m_start.toString(Qt::ISODate));
    t.columns << QStringLiteral("instance") << QStringLiteral("instance_id") << QStringLiteral("state")
              << QStringLiteral("code") << QStringLiteral("reason") << QStringLiteral("from_s")
              << QStringLiteral("to_s");
    for (const Segment &s : m_segments)
        t.rows << QStringList { s.instance, s.id, stateName(s.state), QString::number(stateCode(s.state)),
            reasonCode(s.reason), QString::number(s.from), QString::number(s.to) };
    return t;
}

} // namespace ec2lab::gui
