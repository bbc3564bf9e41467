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
