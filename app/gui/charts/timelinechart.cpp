#include "timelinechart.h"

#include "core/theme.h"
#include "lab/eventlogmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace ec2lab::gui {

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
    const double span = qMax<qint64>(now, 60);
    // Pick the unit that gives readable tick labels for the span shown.
    const double unit = span > 3 * 3600 ? 3600.0 : span > 600 ? 60.0 : 1.0;
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(unit == 3600.0 ? tr("Simulated hours")
            : unit == 60.0             ? tr("Simulated minutes")
                                       : tr("Simulated seconds"));
    xAxis->setRange(0, span / unit);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->applyNiceNumbers();
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
        series->append(s.from / unit, y);
        series->append(qMax(s.to, s.from + 1) / unit, y);
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
