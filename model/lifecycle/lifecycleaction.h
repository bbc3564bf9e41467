#pragma once

#include "lifecycle/instancespec.h"
#include "lifecycle/instancestate.h"
#include "money.h"

#include <QString>
#include <optional>

namespace ec2lab {

/// Every API action and every non-API event the lifecycle engine accepts.
enum class Action {
    Launch,
    Start,
    Stop,
    Hibernate,
    ForceStop,
    Reboot,
    Terminate,
    ModifyType,
    SetTerminationProtection,
    SetStopProtection,
    AllocateAddress,
    AssociateAddress,
    DisassociateAddress,
    ReleaseAddress,
    // Events (not API calls; never blocked by either protection):
    OsShutdown,
    SpotInterruption,
    CapacityReturns,
    ScheduledRetirement,
    LaunchFailure,
};

/// Script spelling: "launch", "force-stop", "set-termination-protection", "os-shutdown", ...
QString actionName(Action a);
std::optional<Action> actionFromName(const QString &name);
/// True for actions naming an instance (all but allocate/disassociate/release-address).
bool actionNeedsInstance(Action a);
/// True for the four Elastic IP actions (associate needs an instance as well).
bool actionNeedsAddress(Action a);
/// True for the events that are not API calls.
bool isEvent(Action a);

/// One request to the engine: what to do, to which instance/address, with which argument.
///
/// Contract: a plain value that can be stored and replayed; only the fields the action uses are
/// read (spec for Launch, instanceType/pricePerHour for ModifyType, value for the protection
/// setters, label for AllocateAddress, allocationId for the other address actions,
/// allowReassociation for AssociateAddress).
struct ActionRequest
{
    Action action = Action::Start;
    QString instanceId;
    QString allocationId;
    InstanceSpec spec;
    QString instanceType;
    std::optional<Money> pricePerHour; ///< price of the new type for ModifyType (kept if absent)
    bool value = false;
    QString label; ///< name given to an allocated Elastic IP
    /// AssociateAddress: an address already on another instance moves (AWS's default in a VPC);
    /// false refuses it with Resource.AlreadyAssociated (AllowReassociation=false).
    bool allowReassociation = true;
};

/// What the engine answered: like an EC2 API response, the transitional state at once.
///
/// Contract: ok == true means the action was accepted (no-ops included) and errorCode is empty;
/// ok == false carries the exact EC2 error code and message and leaves the simulation unchanged.
/// previousState/currentState are the instance's states just before and just after the call
/// (nullopt for address-only actions and for the previous state of a launch).
struct ActionResult
{
    bool ok = true;
    std::optional<InstanceState> previousState;
    std::optional<InstanceState> currentState;
    QString errorCode; ///< e.g. "IncorrectInstanceState"
    QString errorMessage; ///< e.g. "The instance 'i-…' is not in a state from which it can be started."
    QString instanceId; ///< the instance concerned (new id for Launch)
    QString allocationId; ///< the Elastic IP concerned (new id for AllocateAddress)
    QString publicIp; ///< the Elastic IP's address for AllocateAddress
    /// The instance that lost an Elastic IP to this call: an associate that moved it, or a
    /// release that disassociated it first (empty otherwise).
    QString disassociatedInstanceId;

    static ActionResult refused(QString code, QString message)
    {
        ActionResult r;
        r.ok = false;
        r.errorCode = std::move(code);
        r.errorMessage = std::move(message);
        return r;
    }
};

} // namespace ec2lab
