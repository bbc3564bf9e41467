#pragma once

#include <QString>
#include <optional>

namespace ec2lab {

/// The six EC2 instance states with the numeric codes the EC2 API reports.
///
/// There is deliberately no "rebooting" or "hibernated" value: the API has none (a rebooting
/// instance is `running`, a hibernated one is `stopped` with reason Client.UserInitiatedHibernate).
enum class InstanceState : int {
    Pending = 0,
    Running = 16,
    ShuttingDown = 32,
    Terminated = 48,
    Stopping = 64,
    Stopped = 80,
};

/// The state reason the engine records with every state it enters (the API's StateReason.Code).
enum class StateReason {
    None, ///< pending/running after a launch or start: the API reports no reason
    UserInitiatedShutdown, ///< Client.UserInitiatedShutdown (API stop or terminate)
    UserInitiatedHibernate, ///< Client.UserInitiatedHibernate
    InstanceInitiatedShutdown, ///< Client.InstanceInitiatedShutdown (shutdown from inside the OS)
    SpotInstanceShutdown, ///< Server.SpotInstanceShutdown (Spot interruption, stop or hibernate)
    SpotInstanceTermination, ///< Server.SpotInstanceTermination
    ScheduledStop, ///< Server.ScheduledStop (scheduled retirement)
    InsufficientInstanceCapacity, ///< Server.InsufficientInstanceCapacity (launch failure)
};

/// The API's numeric state code (pending 0 ... stopped 80).
constexpr int stateCode(InstanceState s)
{
    return static_cast<int>(s);
}
/// The API's state name: "pending", "running", "shutting-down", "terminated", "stopping", "stopped".
QString stateName(InstanceState s);
/// Inverse of stateName(); nullopt for anything else.
std::optional<InstanceState> stateFromName(const QString &name);
/// True in the states where the instance itself is billed (running; stopping only while hibernating
/// is decided by the engine, not by the state alone).
constexpr bool isTransitional(InstanceState s)
{
    return s == InstanceState::Pending || s == InstanceState::Stopping || s == InstanceState::ShuttingDown;
}

/// "Client.UserInitiatedShutdown" etc.; empty for StateReason::None.
QString reasonCode(StateReason r);
/// The API's StateReason.Message, e.g. "Client.UserInitiatedShutdown: User initiated shutdown";
/// empty for StateReason::None.
QString reasonMessage(StateReason r);

} // namespace ec2lab
