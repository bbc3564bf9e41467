#pragma once

#include "chartbase.h"
#include "lifecycle/lifecycleengine.h"

namespace ec2lab::gui {

/// One lane per instance showing which state it was in over simulated time (the lab's timeline).
///
/// Contract: segments come from the engine's state histories unchanged; the last segment of
/// each instance ends at the engine's clock. table() lists every segment with exact seconds.
class TimelineChart : public ChartBase
{
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    QString chartId() const override { return QStringLiteral("lifecycle"); }
    ChartTable table() const override;
    /// \a names maps instance ids to the names shown on the lanes.
    void setEngine(const LifecycleEngine &engine, const QHash<QString, QString> &names);
    /// The time axis's ticks for a run from \a start lasting \a span seconds: each tick's offset
    /// in seconds and its UTC clock label ("09:30", "09:00:15"; "03-02 00:00" when the span
    /// crosses days), at round clock times, at most seven.
    static QList<std::pair<qint64, QString>> clockTicks(const QDateTime &start, qint64 span);

private:
    struct Segment
    {
        QString instance;
        QString id;
        InstanceState state;
        StateReason reason;
        qint64 from;
        qint64 to;
    };
    QList<Segment> m_segments;
    QStringList m_lanes;
    QDateTime m_start;
};

} // namespace ec2lab::gui
