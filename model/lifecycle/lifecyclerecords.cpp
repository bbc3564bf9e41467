#include "lifecycle/lifecyclerecords.h"

namespace ec2lab {

QString eventKindName(EventKind k)
{
    switch (k) {
    case EventKind::ActionApplied:
        return QStringLiteral("action-applied");
    case EventKind::ActionRefused:
        return QStringLiteral("action-refused");
    case EventKind::StateEntered:
        return QStringLiteral("state-entered");
    case EventKind::AddressesChanged:
        return QStringLiteral("addresses-changed");
    case EventKind::SpotInterruptionNotice:
        return QStringLiteral("spot-interruption-notice");
    case EventKind::RebootCompleted:
        return QStringLiteral("reboot-completed");
    case EventKind::HibernationResumed:
        return QStringLiteral("hibernation-resumed");
    case EventKind::HibernatedTooLong:
        return QStringLiteral("hibernated-too-long");
    case EventKind::InstanceStoreDataLost:
        return QStringLiteral("instance-store-data-lost");
    case EventKind::VolumeDeleted:
        return QStringLiteral("volume-deleted");
    case EventKind::VolumeDetached:
        return QStringLiteral("volume-detached");
    case EventKind::Vanished:
        return QStringLiteral("vanished");
    case EventKind::PublicIpPoolExhausted:
        return QStringLiteral("public-ip-pool-exhausted");
    }
    return {};
}

} // namespace ec2lab
