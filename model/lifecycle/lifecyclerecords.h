#pragma once

#include "lifecycle/instancespec.h"
#include "lifecycle/instancestate.h"
#include "lifecycle/lifecycleaction.h"
#include "money.h"

#include <QList>
#include <QString>
#include <optional>

namespace ec2lab {

// The values the lifecycle engine hands out: history records (append-only, in time order) and
// snapshots of the present. All times are simulated seconds after the simulation start.

/// One state the instance entered, with the reason recorded for it.
struct StateRecord
{
    qint64 at = 0;
    InstanceState state = InstanceState::Pending;
    StateReason reason = StateReason::None;
};

/// The instance's addresses after a change of any of them (one record per change).
///
/// Contract: empty strings mean "none". publicIp is the address the instance is reachable at:
/// the Elastic IP while one is associated (then also in elasticIp), else the auto-assigned one.
struct AddressRecord
{
    qint64 at = 0;
    QString privateIp;
    QString privateDns;
    QString publicIp;
    QString publicDns;
    QString elasticIp;
    QString allocationId; ///< of the associated Elastic IP
    QString ipv6;

    bool sameAddresses(const AddressRecord &o) const
    {
        return privateIp == o.privateIp && privateDns == o.privateDns && publicIp == o.publicIp
            && publicDns == o.publicDns && elasticIp == o.elasticIp && allocationId == o.allocationId
            && ipv6 == o.ipv6;
    }
};

/// Kinds of entries in the engine's event log.
enum class EventKind {
    ActionApplied, ///< an action or event was accepted (action, previous/current state)
    ActionRefused, ///< refused (errorCode)
    StateEntered, ///< state (and reason) entered, by an action or a finished transition
    AddressesChanged, ///< the instance's addresses changed (see the address history)
    SpotInterruptionNotice, ///< the 2-minute warning; detail = the time the action takes effect
    RebootCompleted,
    HibernationResumed, ///< start of a hibernated instance: RAM restored
    HibernatedTooLong, ///< started after more than 60 days hibernated (AWS advises against it)
    InstanceStoreDataLost, ///< stop, hibernate or terminate wiped the instance-store volumes
    VolumeDeleted, ///< DeleteOnTermination volume deleted at termination
    VolumeDetached, ///< volume kept at termination (DeleteOnTermination false): still billed
    Vanished, ///< terminated instance no longer visible (1 hour after termination)
    PublicIpPoolExhausted, ///< no documentation-range address left to auto-assign
};
/// "state-entered", "spot-interruption-notice", ... (stable identifiers for JSON and logs).
QString eventKindName(EventKind k);

/// One entry of the event log.
struct EventRecord
{
    qint64 at = 0;
    EventKind kind = EventKind::ActionApplied;
    QString instanceId; ///< empty for address-only entries
    QString allocationId;
    std::optional<Action> action;
    std::optional<InstanceState> state;
    QString detail; ///< error code, volume id, notice deadline ... (machine-readable)
};

/// One volume created at launch, with its life span.
struct VolumeRecord
{
    QString volumeId; ///< "vol-" + 17 hex digits
    VolumeSpec spec;
    QString instanceId; ///< the instance it was launched with
    qint64 createdAt = 0;
    std::optional<qint64> deletedAt; ///< EBS deleted at termination (DeleteOnTermination)
    std::optional<qint64> detachedAt; ///< EBS kept at termination: exists (and bills) on
    qint64 dataLostCount = 0; ///< instance store: how often its data was wiped
    Money costSoFar; ///< EBS cost up to the engine's current time (zero for instance store)
};

/// One billing period of instance usage: from an entry into `running` until the instance stops
/// being billed (stopping/shutting-down, or `stopped` after hibernation).
///
/// Contract: billedSeconds already applies every rule (60 s minimum, per started hour for SUSE and
/// pre-2024-04-01 RHEL, the Spot first-hour waiver); cost == pricePerHour * billedSeconds / 3600
/// rounded to the nano-dollar. An open period (still running) is evaluated at the engine's current
/// time with `end` = that time.
struct RunPeriod
{
    QString instanceId;
    qint64 start = 0;
    qint64 end = 0;
    bool open = false;
    QString instanceType;
    QString region;
    Platform platform = Platform::Linux;
    Market market = Market::OnDemand;
    Money pricePerHour;
    bool interruptedByEc2 = false; ///< closed by a Spot interruption
    qint64 billedSeconds = 0;
    Money cost;
};

/// Billed instance-seconds per clock hour (UTC hour boundaries of the simulated date).
///
/// Contract: seconds[i] covers [firstHourStart + 3600 i, firstHourStart + 3600 (i + 1)) in
/// simulated seconds (firstHourStart may be negative when the simulation starts mid-hour); each
/// element is 0..3600 per instance. The sum equals the billed seconds of the periods that start
/// in the range.
struct HourlyUsage
{
    qint64 firstHourStart = 0;
    QList<qint64> seconds;
};

/// What an instance has cost so far, split the way an AWS bill splits it.
///
/// Contract: publicIpv4 covers the auto-assigned public IPv4 address only; an Elastic IP's cost
/// is reported on the address (ElasticAddressStatus) so nothing is counted twice.
struct BillingSummary
{
    qint64 billedSeconds = 0;
    Money instance;
    Money ebs;
    Money publicIpv4;
    qint64 publicIpv4ChargedSeconds = 0;
    Money total() const { return instance + ebs + publicIpv4; }
};

/// A snapshot of one instance at the engine's current time (what describe-instances would show,
/// plus the engine's private flags and the bill so far).
struct InstanceStatus
{
    QString instanceId;
    InstanceSpec spec; ///< as launched, with later modify-type and protection changes
    InstanceState state = InstanceState::Pending;
    StateReason reason = StateReason::None;
    bool vanished = false; ///< terminated more than an hour ago: API calls get NotFound
    bool hasEverRun = false; ///< reached running at least once
    bool rebooting = false; ///< a reboot is in progress (state stays running)
    bool hibernating = false; ///< stopping because of a hibernation (billed)
    bool hibernated = false; ///< stopped with RAM saved; the next start resumes it
    bool awaitingCapacity = false; ///< Spot stopped/hibernated by an interruption
    std::optional<qint64> spotInterruptionAt; ///< when a noticed Spot interruption takes effect
    std::optional<qint64> transitionEndsAt; ///< when the current transitional state ends
    qint64 launchedAt = 0; ///< last launch or start (the API's LaunchTime)
    bool instanceStoreHasData = false;
    AddressRecord addresses;
    QList<VolumeRecord> volumes;
    BillingSummary billing;
};

/// An Elastic IP with its life span and cost so far.
///
/// Contract: cost follows the public IPv4 rule of the simulated date: from 2024-02-01 every
/// allocated address-hour is charged; before, only while idle or on a non-running instance.
struct ElasticAddressStatus
{
    QString allocationId; ///< "eipalloc-" + 17 hex digits
    QString label; ///< the name the script or user gave it
    QString publicIp; ///< from 192.0.2.0/24
    qint64 allocatedAt = 0;
    std::optional<qint64> releasedAt;
    QString associatedInstanceId; ///< empty when idle
    qint64 chargedSeconds = 0;
    Money cost;
};

} // namespace ec2lab
