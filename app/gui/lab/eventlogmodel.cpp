#include "eventlogmodel.h"

#include <QColor>

namespace ec2lab::gui {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::setEvents(
    const QList<EventRecord> &events, const QHash<QString, QString> &names, const QDateTime &start)
{
    // Appending is the common case (the clock moves on): insert rows so views keep their scroll.
    const bool extends = events.size() >= m_events.size() && m_start == start && names == m_names
        && std::equal(m_events.cbegin(), m_events.cend(), events.cbegin(),
            [](const EventRecord &a, const EventRecord &b) {
                return a.at == b.at && a.kind == b.kind && a.instanceId == b.instanceId
                    && a.detail == b.detail;
            });
    if (extends) {
        if (events.size() > m_events.size()) {
            beginInsertRows(QModelIndex(), int(m_events.size()), int(events.size()) - 1);
            m_events = events;
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_events = events;
    m_names = names;
    m_start = start;
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::actionLabel(Action a)
{
    switch (a) {
    case Action::Launch:
        return tr("launch", "instance action");
    case Action::Start:
        return tr("start", "instance action");
    case Action::Stop:
        return tr("stop", "instance action");
    case Action::Hibernate:
        return tr("hibernate", "instance action");
    case Action::ForceStop:
        return tr("force stop", "instance action");
    case Action::Reboot:
        return tr("reboot", "instance action");
    case Action::Terminate:
        return tr("terminate", "instance action");
    case Action::ModifyType:
        return tr("change instance type");
    case Action::SetTerminationProtection:
        return tr("termination protection");
    case Action::SetStopProtection:
        return tr("stop protection");
    case Action::AllocateAddress:
        return tr("allocate Elastic IP");
    case Action::AssociateAddress:
        return tr("associate Elastic IP");
    case Action::DisassociateAddress:
        return tr("disassociate Elastic IP");
    case Action::ReleaseAddress:
        return tr("release Elastic IP");
    case Action::OsShutdown:
        return tr("OS shutdown");
    case Action::SpotInterruption:
        return tr("Spot interruption");
    case Action::CapacityReturns:
        return tr("Spot capacity returns");
    case Action::ScheduledRetirement:
        return tr("scheduled retirement");
    case Action::LaunchFailure:
        return tr("launch failure");
    }
    return {};
}

QString EventLogModel::stateLabel(InstanceState s)
{
    switch (s) {
    case InstanceState::Pending:
        //: The state name the EC2 API returns: keep the English name, add a gloss after it
        return tr("pending", "instance state");
    case InstanceState::Running:
        return tr("running", "instance state");
    case InstanceState::ShuttingDown:
        return tr("shutting-down", "instance state");
    case InstanceState::Terminated:
        return tr("terminated", "instance state");
    case InstanceState::Stopping:
        return tr("stopping", "instance state");
    case InstanceState::Stopped:
        return tr("stopped", "instance state");
    }
    return {};
}

QString EventLogModel::eventText(const EventRecord &e)
{
    const QString action = e.action ? actionLabel(*e.action) : QString();
    switch (e.kind) {
    case EventKind::ActionApplied:
        //: %1 is an instance action, such as "start"
        return tr("%1 accepted").arg(action);
    case EventKind::ActionRefused:
        //: %1 is an instance action, such as "start"; AWS refused it
        return tr("%1 refused").arg(action);
    case EventKind::StateEntered:
        return tr("entered state");
    case EventKind::AddressesChanged:
        return tr("addresses changed");
    case EventKind::SpotInterruptionNotice:
        return tr("Spot interruption notice (2 minutes)");
    case EventKind::RebootCompleted:
        return tr("reboot completed");
    case EventKind::HibernationResumed:
        return tr("resumed from hibernation");
    case EventKind::HibernatedTooLong:
        return tr("hibernated longer than 60 days");
    case EventKind::InstanceStoreDataLost:
        return tr("instance-store data lost");
    case EventKind::VolumeDeleted:
        return tr("volume deleted");
    case EventKind::VolumeDetached:
        return tr("volume kept (still billed)");
    case EventKind::Vanished:
        return tr("instance vanished from the console");
    case EventKind::PublicIpPoolExhausted:
        return tr("no public address left");
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const EventRecord &e = m_events.at(index.row());
    if (role == Qt::ForegroundRole && e.kind == EventKind::ActionRefused)
        return QColor(0xc0, 0x1c, 0x28);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return m_start.addSecs(e.at).toString(Qt::ISODate);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: {
        const qint64 s = e.at;
        return QStringLiteral("+%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case Instance:
        if (e.instanceId.isEmpty())
            return e.allocationId;
        return m_names.value(e.instanceId, e.instanceId);
    case Event:
        return eventText(e);
    case State:
        return e.state ? stateLabel(*e.state) : QString();
    case Detail:
        return e.detail;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Instance:
        return tr("Instance");
    case Event:
        return tr("Event");
    case State:
        return tr("State");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace ec2lab::gui
