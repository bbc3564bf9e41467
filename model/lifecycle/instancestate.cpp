#include "lifecycle/instancestate.h"

namespace ec2lab {

QString stateName(InstanceState s)
{
    switch (s) {
    case InstanceState::Pending:
        return QStringLiteral("pending");
    case InstanceState::Running:
        return QStringLiteral("running");
    case InstanceState::ShuttingDown:
        return QStringLiteral("shutting-down");
    case InstanceState::Terminated:
        return QStringLiteral("terminated");
    case InstanceState::Stopping:
        return QStringLiteral("stopping");
    case InstanceState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

std::optional<InstanceState> stateFromName(const QString &name)
{
    for (InstanceState s : { InstanceState::Pending, InstanceState::Running, InstanceState::ShuttingDown,
             InstanceState::Terminated, InstanceState::Stopping, InstanceState::Stopped }) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString reasonCode(StateReason r)
{
    switch (r) {
    case StateReason::None:
        return {};
    case StateReason::UserInitiatedShutdown:
        return QStringLiteral("Client.UserInitiatedShutdown");
    case StateReason::UserInitiatedHibernate:
        return QStringLiteral("Client.UserInitiatedHibernate");
    case StateReason::InstanceInitiatedShutdown:
        return QStringLiteral("Client.InstanceInitiatedShutdown");
    case StateReason::SpotInstanceShutdown:
        return QStringLiteral("Server.SpotInstanceShutdown");
    case StateReason::SpotInstanceTermination:
        return QStringLiteral("Server.SpotInstanceTermination");
    case StateReason::ScheduledStop:
        return QStringLiteral("Server.ScheduledStop");
    case StateReason::InsufficientInstanceCapacity:
        return QStringLiteral("Server.InsufficientInstanceCapacity");
    }
    return {};
}

QString reasonMessage(StateReason r)
{
    // The wording after the code follows what describe-instances prints in StateReason.Message.
    switch (r) {
    case StateReason::None:
        return {};
    case StateReason::UserInitiatedShutdown:
        return reasonCode(r) + QStringLiteral(": User initiated shutdown");
    case StateReason::UserInitiatedHibernate:
        return reasonCode(r) + QStringLiteral(": User initiated hibernate");
    case StateReason::InstanceInitiatedShutdown:
        return reasonCode(r) + QStringLiteral(": Instance initiated shutdown");
    case StateReason::SpotInstanceShutdown:
        return reasonCode(r) + QStringLiteral(": Spot instance shutdown");
    case StateReason::SpotInstanceTermination:
        return reasonCode(r) + QStringLiteral(": Spot instance termination");
    case StateReason::ScheduledStop:
        return reasonCode(r) + QStringLiteral(": Stopped due to scheduled retirement");
    case StateReason::InsufficientInstanceCapacity:
        return reasonCode(r) + QStringLiteral(": Insufficient capacity to satisfy launch request");
    }
    return {};
}

} // namespace ec2lab
