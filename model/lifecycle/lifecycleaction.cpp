#include "lifecycle/lifecycleaction.h"

#include <utility>

namespace ec2lab {

namespace {

const std::pair<Action, const char16_t *> kActions[] = {
    { Action::Launch, u"launch" },
    { Action::Start, u"start" },
    { Action::Stop, u"stop" },
    { Action::Hibernate, u"hibernate" },
    { Action::ForceStop, u"force-stop" },
    { Action::Reboot, u"reboot" },
    { Action::Terminate, u"terminate" },
    { Action::ModifyType, u"modify-type" },
    { Action::SetTerminationProtection, u"set-termination-protection" },
    { Action::SetStopProtection, u"set-stop-protection" },
    { Action::AllocateAddress, u"allocate-address" },
    { Action::AssociateAddress, u"associate-address" },
    { Action::DisassociateAddress, u"disassociate-address" },
    { Action::ReleaseAddress, u"release-address" },
    { Action::OsShutdown, u"os-shutdown" },
    { Action::SpotInterruption, u"spot-interruption" },
    { Action::CapacityReturns, u"capacity-returns" },
    { Action::ScheduledRetirement, u"scheduled-retirement" },
    { Action::LaunchFailure, u"launch-failure" },
};

} // namespace

QString actionName(Action a)
{
    for (const auto &[action, name] : kActions) {
        if (action == a)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<Action> actionFromName(const QString &name)
{
    for (const auto &[action, text] : kActions) {
        if (name == QStringView(text))
            return action;
    }
    return std::nullopt;
}

bool actionNeedsInstance(Action a)
{
    return a != Action::AllocateAddress && a != Action::DisassociateAddress && a != Action::ReleaseAddress;
}

bool actionNeedsAddress(Action a)
{
    return a == Action::AllocateAddress || a == Action::AssociateAddress || a == Action::DisassociateAddress
        || a == Action::ReleaseAddress;
}

bool isEvent(Action a)
{
    switch (a) {
    case Action::OsShutdown:
    case Action::SpotInterruption:
    case Action::CapacityReturns:
    case Action::ScheduledRetirement:
    case Action::LaunchFailure:
        return true;
    default:
        return false;
    }
}

} // namespace ec2lab
