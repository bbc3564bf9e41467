#pragma once

#include "lifecycle/lifecyclerecords.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace ec2lab::gui {

/// Table model over the lifecycle engine's event log (time, instance, what happened, state,
/// detail) for the lab's event log view.
///
/// Contract: rows are the engine's EventRecords in order, unchanged; refused actions show their
/// error code in the detail column and are painted in the error colour.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Instance, Event, State, Detail, ColumnCount };
    explicit EventLogModel(QObject *parent = nullptr);

    void setEvents(
        const QList<EventRecord> &events, const QHash<QString, QString> &names, const QDateTime &start);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString eventText(const EventRecord &e);
    static QString actionLabel(Action a);
    static QString stateLabel(InstanceState s);

private:
    QList<EventRecord> m_events;
    QHash<QString, QString> m_names;
    QDateTime m_start;
};

} // namespace ec2lab::gui
