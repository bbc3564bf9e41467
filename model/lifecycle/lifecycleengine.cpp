#include "lifecycle/lifecycleengine.h"

#include "lifecycle/billingmeter.h"

#include <algorithm>

namespace ec2lab {

// ------------------------------------------------------------------------------------------------
// Internal records

/// Everything the engine knows about one instance; its history lists only ever grow.
struct LifecycleEngine::Instance
{
    QString id;
    InstanceSpec spec;
    InstanceState state = InstanceState::Pending;
    StateReason reason = StateReason::None;
    quint64 stateSerial = 0; ///< bumped on every state entry; timers of older serials are stale
    bool vanished = false;
    bool hasEverRun = false;
    bool rebooting = false;
    qint64 rebootEndsAt = 0;
    bool hibernating = false;
    bool hibernated = false;
    bool awaitingCapacity = false;
    bool closingByEc2 = false; ///< the stop in progress was caused by a Spot interruption
    std::optional<qint64> spotInterruptionAt;
    std::optional<qint64> transitionEndsAt;
    qint64 launchedAt = 0;
    qint64 stoppedAt = 0;
    bool instanceStoreHasData = false;

    QString privateIp;
    QString autoPublicIp;
    QString lastAutoPublicIp;
    QString ipv6;
    int elasticIndex = -1;
    qint64 autoIpLastAccrual = 0;
    qint64 autoIpChargedSeconds = 0;

    QList<StateRecord> states;
    QList<AddressRecord> addresses;
    QList<VolumeRecord> volumes;
    QList<RunPeriod> periods; ///< the last one may be open
};

/// One Elastic IP; chargedSeconds is settled (accrued) before anything that changes its rate.
struct LifecycleEngine::ElasticAddress
{
    QString allocationId;
    QString label;
    QString ip;
    qint64 allocatedAt = 0;
    std::optional<qint64> releasedAt;
    int instanceIndex = -1;
    qint64 lastAccrual = 0;
    qint64 chargedSeconds = 0;
};

namespace {

QString notFound(const QString &id)
{
    return QStringLiteral("The instance ID '%1' does not exist").arg(id);
}
QString startText(const QString &id)
{
    return QStringLiteral("The instance '%1' is not in a state from which it can be started.").arg(id);
}
QString stopText(const QString &id)
{
    return QStringLiteral("This instance '%1' is not in a state from which it can be stopped.").arg(id);
}
QString rebootText(const QString &id)
{
    return QStringLiteral("The instance '%1' is not in a state from which it can be rebooted.").arg(id);
}
QString neverRanText(const QString &id)
{
    return QStringLiteral("Instance '%1' cannot be stopped as it has never reached the 'running' state.")
        .arg(id);
}

const QString kIncorrectState = QStringLiteral("IncorrectInstanceState");

/// AWS: "You can't enable stop protection for Spot Instances / for instance store-backed
/// instances" (EC2 User Guide, stop protection). Code UnsupportedOperation and the texts are
/// ec2lab's choice (AWS documents none); nullopt when stop protection may be enabled.
std::optional<ActionResult> stopProtectionRefusal(const InstanceSpec &spec)
{
    if (spec.market == Market::Spot)
        return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
            QStringLiteral("Modifying 'disableApiStop' is not supported for spot instances."));
    if (spec.rootDevice == RootDevice::InstanceStore)
        return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
            QStringLiteral(
                "Modifying 'disableApiStop' is not supported for instance store-backed instances."));
    return std::nullopt;
}

ActionResult noChange(InstanceState s, const QString &id)
{
    ActionResult r;
    r.previousState = s;
    r.currentState = s;
    r.instanceId = id;
    return r;
}

qint64 overlapAfter(qint64 a, qint64 b, qint64 cut)
{
    return std::max<qint64>(0, b - std::max(a, cut));
}
qint64 overlapBefore(qint64 a, qint64 b, qint64 cut)
{
    return std::max<qint64>(0, std::min(b, cut) - a);
}

} // namespace

// ------------------------------------------------------------------------------------------------
// Construction

LifecycleEngine::LifecycleEngine(LifecycleConfig config)
    : m_config(std::move(config))
    , m_rng(m_config.seed)
    , m_allocator(m_config.seed)
{
    m_config.start = m_config.start.toUTC();
    m_ipv4ChargeStart = m_config.start.secsTo(BillingMeter::publicIpv4ChargeStart());
}

LifecycleEngine::LifecycleEngine(const LifecycleEngine &other) = default;
LifecycleEngine &LifecycleEngine::operator=(const LifecycleEngine &other) = default;
LifecycleEngine::LifecycleEngine(LifecycleEngine &&) noexcept = default;
LifecycleEngine &LifecycleEngine::operator=(LifecycleEngine &&) noexcept = default;
LifecycleEngine::~LifecycleEngine() = default;

QString LifecycleEngine::newId(const QString &prefix)
{
    // 17 lowercase hex digits like real ids: one from a second draw, sixteen from the first.
    for (;;) {
        quint64 z = (m_rng += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        const QString id = prefix + QString::number((z >> 60) ^ (z & 0xf), 16)
            + QStringLiteral("%1").arg(z, 16, 16, QLatin1Char('0'));
        if (!m_index.contains(id) && !m_addressIndex.contains(id))
            return id;
    }
}

// ------------------------------------------------------------------------------------------------
// Clock

void LifecycleEngine::schedule(qint64 at, TimerKind kind, int instanceIndex)
{
    m_timers.emplace(std::make_pair(at, m_timerSequence++),
        Timer { kind, instanceIndex, m_instances[instanceIndex].stateSerial });
}

void LifecycleEngine::advanceTo(qint64 t)
{
    while (!m_timers.empty() && m_timers.begin()->first.first <= t) {
        const auto node = m_timers.extract(m_timers.begin());
        m_now = std::max(m_now, node.key().first);
        fireTimer(node.mapped());
    }
    m_now = std::max(m_now, t);
}

std::optional<qint64> LifecycleEngine::nextTransitionAt() const
{
    for (const auto &[key, timer] : m_timers) {
        if (m_instances[timer.instanceIndex].stateSerial == timer.stateSerial)
            return key.first;
    }
    return std::nullopt;
}

void LifecycleEngine::fireTimer(const Timer &timer)
{
    Instance &inst = m_instances[timer.instanceIndex];
    if (inst.stateSerial != timer.stateSerial)
        return; // the instance moved on (e.g. stopped while pending): this transition is void
    switch (timer.kind) {
    case TimerKind::PendingDone:
        if (inst.state == InstanceState::Pending)
            finishRunning(inst);
        break;
    case TimerKind::StoppingDone:
        if (inst.state == InstanceState::Stopping)
            finishStopped(inst);
        break;
    case TimerKind::ShuttingDownDone:
        if (inst.state == InstanceState::ShuttingDown)
            finishTerminated(inst, inst.reason);
        break;
    case TimerKind::RebootDone:
        if (inst.rebooting && inst.rebootEndsAt == m_now) {
            inst.rebooting = false;
            log({ m_now, EventKind::RebootCompleted, inst.id, {}, Action::Reboot, inst.state, {} });
        }
        break;
    case TimerKind::SpotNoticeDue:
        if (inst.state == InstanceState::Running && inst.spotInterruptionAt == m_now) {
            inst.spotInterruptionAt.reset();
            if (inst.spec.spotInterruptionBehavior == SpotInterruptionBehavior::Terminate
                || inst.spec.rootDevice == RootDevice::InstanceStore) {
                beginShuttingDown(inst, StateReason::SpotInstanceTermination, true);
            } else {
                inst.awaitingCapacity = true;
                beginStopping(inst, StateReason::SpotInstanceShutdown, false, true);
            }
        }
        break;
    case TimerKind::Vanish:
        if (inst.state == InstanceState::Terminated && !inst.vanished) {
            inst.vanished = true;
            log({ m_now, EventKind::Vanished, inst.id, {}, {}, inst.state, {} });
        }
        break;
    }
}

void LifecycleEngine::log(EventRecord record)
{
    m_events.append(std::move(record));
}

// ------------------------------------------------------------------------------------------------
// State changes

void LifecycleEngine::enterState(Instance &inst, InstanceState state, StateReason reason)
{
    // The pre-2024 Elastic IP rule depends on the instance running: settle the bill first.
    if (inst.elasticIndex >= 0)
        accrueAddress(m_addresses[inst.elasticIndex]);
    inst.state = state;
    inst.reason = reason;
    ++inst.stateSerial;
    inst.transitionEndsAt.reset();
    inst.states.append({ m_now, state, reason });
    log({ m_now, EventKind::StateEntered, inst.id, {}, {}, state, reasonCode(reason) });
}

void LifecycleEngine::beginPending(Instance &inst)
{
    const int index = m_index.value(inst.id);
    enterState(inst, InstanceState::Pending, StateReason::None);
    inst.launchedAt = m_now;
    inst.transitionEndsAt = m_now + m_config.durations.pending;
    schedule(m_now + m_config.durations.pending, TimerKind::PendingDone, index);
    if (inst.hibernated && m_now - inst.stoppedAt > kHibernationAdvisedMaxSeconds)
        log({ m_now, EventKind::HibernatedTooLong, inst.id, {}, {}, inst.state,
            QString::number(m_now - inst.stoppedAt) });
    if (inst.elasticIndex < 0 && inst.autoPublicIp.isEmpty())
        assignAutoPublicIp(inst);
    recordAddresses(inst);
}

void LifecycleEngine::finishRunning(Instance &inst)
{
    enterState(inst, InstanceState::Running, StateReason::None);
    inst.hasEverRun = true;
    if (inst.hibernated) {
        inst.hibernated = false;
        log({ m_now, EventKind::HibernationResumed, inst.id, {}, {}, inst.state, {} });
    }
    inst.instanceStoreHasData = inst.spec.rootDevice == RootDevice::InstanceStore
        || std::any_of(inst.volumes.cbegin(), inst.volumes.cend(),
            [](const VolumeRecord &v) { return v.spec.isInstanceStore(); });
    openRunPeriod(inst);
}

void LifecycleEngine::beginStopping(Instance &inst, StateReason reason, bool hibernate, bool byEc2)
{
    const int index = m_index.value(inst.id);
    inst.rebooting = false;
    inst.spotInterruptionAt.reset();
    inst.closingByEc2 = byEc2;
    // A hibernating instance is billed until it is stopped; a plain stop ends the period now.
    if (!hibernate)
        closeRunPeriod(inst, byEc2);
    inst.hibernating = hibernate;
    enterState(inst, InstanceState::Stopping, reason);
    const qint64 duration = hibernate ? m_config.durations.hibernating : m_config.durations.stopping;
    inst.transitionEndsAt = m_now + duration;
    schedule(m_now + duration, TimerKind::StoppingDone, index);
}

void LifecycleEngine::finishStopped(Instance &inst)
{
    if (inst.hibernating) {
        closeRunPeriod(inst, inst.closingByEc2);
        inst.hibernated = true;
        inst.hibernating = false;
    }
    enterState(inst, InstanceState::Stopped, inst.reason);
    inst.stoppedAt = m_now;
    loseInstanceStoreData(inst);
    releaseAutoPublicIp(inst);
    recordAddresses(inst);
}

void LifecycleEngine::beginShuttingDown(Instance &inst, StateReason reason, bool byEc2)
{
    const int index = m_index.value(inst.id);
    inst.rebooting = false;
    inst.spotInterruptionAt.reset();
    // A terminate during a Spot hibernation still ends a run that EC2 interrupted.
    closeRunPeriod(inst, byEc2 || (inst.hibernating && inst.closingByEc2));
    inst.hibernating = false;
    inst.awaitingCapacity = false;
    enterState(inst, InstanceState::ShuttingDown, reason);
    inst.transitionEndsAt = m_now + m_config.durations.shuttingDown;
    schedule(m_now + m_config.durations.shuttingDown, TimerKind::ShuttingDownDone, index);
}

void LifecycleEngine::finishTerminated(Instance &inst, StateReason reason)
{
    const int index = m_index.value(inst.id);
    closeRunPeriod(inst, false);
    inst.hibernating = false;
    inst.hibernated = false;
    inst.awaitingCapacity = false;
    inst.rebooting = false;
    inst.spotInterruptionAt.reset();
    enterState(inst, InstanceState::Terminated, reason);
    loseInstanceStoreData(inst);
    releaseAutoPublicIp(inst);
    if (inst.elasticIndex >= 0) {
        // Disassociated, but it stays allocated to the account (and keeps costing).
        ElasticAddress &addr = m_addresses[inst.elasticIndex];
        accrueAddress(addr);
        addr.instanceIndex = -1;
        inst.elasticIndex = -1;
    }
    m_allocator.release(inst.privateIp);
    m_allocator.release(inst.ipv6);
    inst.privateIp.clear();
    inst.ipv6.clear();
    for (VolumeRecord &v : inst.volumes) {
        if (v.spec.isInstanceStore())
            continue;
        if (v.spec.deleteOnTermination) {
            v.deletedAt = m_now;
            log({ m_now, EventKind::VolumeDeleted, inst.id, {}, {}, inst.state, v.volumeId });
        } else {
            v.detachedAt = m_now;
            log({ m_now, EventKind::VolumeDetached, inst.id, {}, {}, inst.state, v.volumeId });
        }
    }
    recordAddresses(inst);
    schedule(m_now + kVanishAfterSeconds, TimerKind::Vanish, index);
}

void LifecycleEngine::openRunPeriod(Instance &inst)
{
    RunPeriod p;
    p.instanceId = inst.id;
    p.start = m_now;
    p.end = m_now;
    p.open = true;
    p.instanceType = inst.spec.instanceType;
    p.region = inst.spec.region;
    p.platform = inst.spec.platform;
    p.market = inst.spec.market;
    p.pricePerHour = inst.spec.pricePerHour;
    inst.periods.append(p);
}

void LifecycleEngine::closeRunPeriod(Instance &inst, bool interruptedByEc2)
{
    if (inst.periods.isEmpty() || !inst.periods.last().open)
        return;
    RunPeriod &p = inst.periods.last();
    p.open = false;
    p.end = m_now;
    p.interruptedByEc2 = interruptedByEc2;
    p.billedSeconds = BillingMeter::billedSeconds(
        p.end - p.start, p.platform, m_config.start.addSecs(p.start), p.market, interruptedByEc2);
    p.cost = BillingMeter::instanceCost(p.pricePerHour, p.billedSeconds);
}

void LifecycleEngine::loseInstanceStoreData(Instance &inst)
{
    if (!inst.instanceStoreHasData)
        return;
    inst.instanceStoreHasData = false;
    for (VolumeRecord &v : inst.volumes) {
        if (v.spec.isInstanceStore())
            ++v.dataLostCount;
    }
    log({ m_now, EventKind::InstanceStoreDataLost, inst.id, {}, {}, inst.state, {} });
}

// ------------------------------------------------------------------------------------------------
// Addresses

QString LifecycleEngine::disassociate(ElasticAddress &addr)
{
    Instance &inst = m_instances[addr.instanceIndex];
    accrueAddress(addr);
    addr.instanceIndex = -1;
    inst.elasticIndex = -1;
    // A running (or starting) instance gets a new auto-assigned address if its subnet assigns them.
    if (inst.state == InstanceState::Running || inst.state == InstanceState::Pending)
        assignAutoPublicIp(inst);
    recordAddresses(inst);
    return inst.id;
}

void LifecycleEngine::assignAutoPublicIp(Instance &inst)
{
    if (!inst.spec.autoAssignPublicIp)
        return;
    // Never hand the same address back after a stop/start: AWS gives a new one.
    inst.autoPublicIp = m_allocator.allocatePublic(inst.lastAutoPublicIp);
    inst.autoIpLastAccrual = m_now;
    if (inst.autoPublicIp.isEmpty())
        log({ m_now, EventKind::PublicIpPoolExhausted, inst.id, {}, {}, inst.state, {} });
}

void LifecycleEngine::releaseAutoPublicIp(Instance &inst)
{
    if (inst.autoPublicIp.isEmpty())
        return;
    accrueInstanceIpv4(inst);
    m_allocator.release(inst.autoPublicIp);
    inst.lastAutoPublicIp = inst.autoPublicIp;
    inst.autoPublicIp.clear();
}

qint64 LifecycleEngine::instanceIpv4Seconds(const Instance &inst, qint64 until) const
{
    qint64 s = inst.autoIpChargedSeconds;
    // Auto-assigned addresses were free before 2024-02-01 and cost like any other since.
    if (!inst.autoPublicIp.isEmpty())
        s += overlapAfter(inst.autoIpLastAccrual, until, m_ipv4ChargeStart);
    return s;
}

void LifecycleEngine::accrueInstanceIpv4(Instance &inst)
{
    inst.autoIpChargedSeconds = instanceIpv4Seconds(inst, m_now);
    inst.autoIpLastAccrual = m_now;
}

qint64 LifecycleEngine::addressSeconds(const ElasticAddress &addr, qint64 until) const
{
    if (addr.releasedAt)
        return addr.chargedSeconds;
    qint64 s = addr.chargedSeconds + overlapAfter(addr.lastAccrual, until, m_ipv4ChargeStart);
    // Before 2024-02-01 one EIP on a running instance was free; idle or on a stopped one it cost.
    const bool freeBefore
        = addr.instanceIndex >= 0 && m_instances[addr.instanceIndex].state == InstanceState::Running;
    if (!freeBefore)
        s += overlapBefore(addr.lastAccrual, until, m_ipv4ChargeStart);
    return s;
}

void LifecycleEngine::accrueAddress(ElasticAddress &addr)
{
    addr.chargedSeconds = addressSeconds(addr, m_now);
    addr.lastAccrual = m_now;
}

AddressRecord LifecycleEngine::currentAddresses(const Instance &inst) const
{
    AddressRecord r;
    r.at = m_now;
    r.privateIp = inst.privateIp;
    r.privateDns = AddressAllocator::privateDnsName(inst.privateIp, inst.spec.region);
    if (inst.elasticIndex >= 0) {
        const ElasticAddress &addr = m_addresses[inst.elasticIndex];
        r.elasticIp = addr.ip;
        r.allocationId = addr.allocationId;
        r.publicIp = addr.ip;
    } else {
        r.publicIp = inst.autoPublicIp;
    }
    r.publicDns = AddressAllocator::publicDnsName(r.publicIp, inst.spec.region);
    r.ipv6 = inst.ipv6;
    return r;
}

void LifecycleEngine::recordAddresses(Instance &inst)
{
    const AddressRecord r = currentAddresses(inst);
    if (!inst.addresses.isEmpty() && inst.addresses.last().sameAddresses(r))
        return;
    inst.addresses.append(r);
    log({ m_now, EventKind::AddressesChanged, inst.id, r.allocationId, {}, inst.state, r.publicIp });
}

// ------------------------------------------------------------------------------------------------
// Actions

LifecycleEngine::Instance *LifecycleEngine::find(const QString &instanceId)
{
    const auto it = m_index.constFind(instanceId);
    return it == m_index.cend() ? nullptr : &m_instances[*it];
}

const LifecycleEngine::Instance &LifecycleEngine::instanceAt(const QString &instanceId) const
{
    // Queries on an unknown id answer for an empty instance rather than reading out of bounds.
    static const Instance kUnknown;
    const auto it = m_index.constFind(instanceId);
    return it == m_index.cend() ? kUnknown : m_instances[*it];
}

LifecycleEngine::ElasticAddress *LifecycleEngine::findAddress(const QString &allocationId)
{
    const auto it = m_addressIndex.constFind(allocationId);
    if (it == m_addressIndex.cend() || m_addresses[*it].releasedAt)
        return nullptr;
    return &m_addresses[*it];
}

ActionResult LifecycleEngine::apply(const ActionRequest &request)
{
    m_requests.append({ m_now, request });
    ActionResult r;
    if (request.action == Action::Launch)
        r = doLaunch(request.spec);
    else if (request.action == Action::AllocateAddress || request.action == Action::DisassociateAddress
        || request.action == Action::ReleaseAddress || request.action == Action::AssociateAddress)
        r = applyAddressAction(request);
    else
        r = applyInstanceAction(request);
    if (r.instanceId.isEmpty())
        r.instanceId = request.instanceId;
    if (r.allocationId.isEmpty())
        r.allocationId = request.allocationId;
    log({ m_now, r.ok ? EventKind::ActionApplied : EventKind::ActionRefused, r.instanceId, r.allocationId,
        request.action, r.currentState, r.errorCode });
    // Zero-length transitions complete at once, after the response reported the transitional state.
    advanceTo(m_now);
    return r;
}

ActionResult LifecycleEngine::doLaunch(const InstanceSpec &spec)
{
    const auto root = std::find_if(spec.volumes.cbegin(), spec.volumes.cend(),
        [](const VolumeSpec &v) { return v.root && !v.isInstanceStore(); });
    if (spec.hibernationEnabled
        && (spec.rootDevice != RootDevice::Ebs || root == spec.volumes.cend() || !root->encrypted)) {
        // [CHOICE] code and text: hibernation needs an encrypted EBS root, checked at launch.
        return ActionResult::refused(QStringLiteral("InvalidParameterCombination"),
            QStringLiteral("Hibernation requires an encrypted EBS root volume."));
    }
    if (spec.market == Market::Spot && spec.terminationProtection)
        return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
            QStringLiteral("Modifying 'disableApiTermination' is not supported for spot instances."));
    if (spec.stopProtection) {
        if (auto refusal = stopProtectionRefusal(spec))
            return *refusal; // RunInstances refuses the whole launch
    }

    Instance inst;
    inst.id = newId(QStringLiteral("i-"));
    inst.spec = spec;
    // AWS SpotMarketOptions: a Spot Instance launched with hibernation configured always has the
    // interruption behaviour hibernate.
    if (spec.market == Market::Spot && spec.hibernationEnabled)
        inst.spec.spotInterruptionBehavior = SpotInterruptionBehavior::Hibernate;
    const int index = static_cast<int>(m_instances.size());
    m_index.insert(inst.id, index);
    inst.privateIp = m_allocator.allocatePrivate();
    if (spec.ipv6)
        inst.ipv6 = m_allocator.allocateIpv6();
    for (const VolumeSpec &vs : spec.volumes) {
        VolumeRecord v;
        v.volumeId = vs.isInstanceStore() ? QString() : newId(QStringLiteral("vol-"));
        v.spec = vs;
        v.instanceId = inst.id;
        v.createdAt = m_now;
        inst.volumes.append(v);
    }
    m_instances.push_back(std::move(inst));
    Instance &stored = m_instances.back();
    beginPending(stored);
    ActionResult r;
    r.currentState = InstanceState::Pending;
    r.instanceId = stored.id;
    return r;
}

std::optional<ActionResult> LifecycleEngine::checkRefusals(
    Action action, Instance &inst, const ActionRequest &request) const
{
    const QString &id = inst.id;
    const bool stopLike
        = action == Action::Stop || action == Action::Hibernate || action == Action::ForceStop;
    if (inst.spec.rootDevice == RootDevice::InstanceStore && (stopLike || action == Action::Start))
        return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
            QStringLiteral("The instance '%1' does not have an 'ebs' root device type and cannot be stopped.")
                .arg(id));
    if (inst.spec.stopProtection && stopLike)
        return ActionResult::refused(QStringLiteral("OperationNotPermitted"),
            QStringLiteral("The instance '%1' may not be stopped. Modify its 'disableApiStop' instance "
                           "attribute and try again.")
                .arg(id));
    if (inst.spec.stopProtection && action == Action::Terminate)
        return ActionResult::refused(QStringLiteral("OperationNotPermitted"),
            QStringLiteral("The instance '%1' may not be terminated. Modify its 'disableApiStop' instance "
                           "attribute and try again.")
                .arg(id));
    if (action == Action::SetStopProtection && request.value) {
        if (auto refusal = stopProtectionRefusal(inst.spec))
            return refusal;
    }
    // AWS (Spot, stop interrupted instances): "you can modify some of its instance attributes, but
    // not the instance type". Code and text are ec2lab's choice.
    if (action == Action::ModifyType && inst.awaitingCapacity)
        return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
            QStringLiteral(
                "The Spot Instance '%1' was stopped by an interruption; its instance type cannot be "
                "changed.")
                .arg(id));
    if (inst.spec.terminationProtection && action == Action::Terminate)
        return ActionResult::refused(QStringLiteral("OperationNotPermitted"),
            QStringLiteral("The instance '%1' may not be terminated. Modify its 'disableApiTermination' "
                           "instance attribute and try again.")
                .arg(id));
    if (action == Action::Hibernate && !inst.spec.hibernationEnabled)
        return ActionResult::refused(QStringLiteral("UnsupportedHibernationConfiguration"),
            QStringLiteral("The instance can't be hibernated because it was not configured at launch for "
                           "hibernation: %1")
                .arg(id));
    if (action == Action::Hibernate && m_now - inst.launchedAt < kHibernateNotBeforeSeconds)
        return ActionResult::refused(kIncorrectState,
            QStringLiteral("Instance '%1' is not ready to hibernate yet, retry in a few minutes.").arg(id));
    if (action == Action::ModifyType && inst.state != InstanceState::Stopped)
        return ActionResult::refused(
            kIncorrectState, QStringLiteral("The instance '%1' is not in the 'stopped' state.").arg(id));
    if (action == Action::SetTerminationProtection && request.value && inst.spec.market == Market::Spot)
        return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
            QStringLiteral("Modifying 'disableApiTermination' is not supported for spot instances."));
    return std::nullopt;
}

ActionResult LifecycleEngine::applyInstanceAction(const ActionRequest &request)
{
    Instance *inst = find(request.instanceId);
    if (!inst || inst->vanished)
        return ActionResult::refused(
            QStringLiteral("InvalidInstanceID.NotFound"), notFound(request.instanceId));
    if (!isEvent(request.action)) {
        if (auto refusal = checkRefusals(request.action, *inst, request)) {
            refusal->instanceId = inst->id;
            return *refusal;
        }
    }
    const InstanceState before = inst->state;
    ActionResult r;
    switch (request.action) {
    case Action::Start:
        r = doStart(*inst);
        break;
    case Action::Stop:
    case Action::Hibernate:
    case Action::ForceStop:
        r = doStop(*inst, request.action);
        break;
    case Action::Reboot:
        r = doReboot(*inst);
        break;
    case Action::Terminate:
        r = doTerminate(*inst, StateReason::UserInitiatedShutdown);
        break;
    case Action::ModifyType:
        inst->spec.instanceType = request.instanceType;
        if (request.pricePerHour)
            inst->spec.pricePerHour = *request.pricePerHour; // applies from the next start
        r = noChange(before, inst->id);
        break;
    case Action::SetTerminationProtection:
        inst->spec.terminationProtection = request.value;
        r = noChange(before, inst->id);
        break;
    case Action::SetStopProtection:
        inst->spec.stopProtection = request.value;
        r = noChange(before, inst->id);
        break;
    default:
        r = doEvent(*inst, request.action);
        break;
    }
    r.instanceId = inst->id;
    return r;
}

ActionResult LifecycleEngine::doStart(Instance &inst)
{
    switch (inst.state) {
    case InstanceState::Pending:
    case InstanceState::Running:
        return noChange(inst.state, inst.id);
    case InstanceState::Stopping:
    case InstanceState::ShuttingDown:
    case InstanceState::Terminated:
        return ActionResult::refused(kIncorrectState, startText(inst.id));
    case InstanceState::Stopped:
        break;
    }
    if (inst.awaitingCapacity)
        return ActionResult::refused(QStringLiteral("IncorrectSpotRequestState"),
            QStringLiteral("The Spot Instance '%1' was stopped by an interruption; only Amazon EC2 can start "
                           "it again when capacity returns.")
                .arg(inst.id));
    ActionResult r;
    r.previousState = inst.state;
    beginPending(inst);
    r.currentState = inst.state;
    return r;
}

ActionResult LifecycleEngine::doStop(Instance &inst, Action action)
{
    ActionResult r;
    r.previousState = inst.state;
    switch (inst.state) {
    case InstanceState::Pending:
        if (!inst.hasEverRun || action == Action::Hibernate)
            return ActionResult::refused(kIncorrectState, neverRanText(inst.id));
        beginStopping(inst, StateReason::UserInitiatedShutdown, false, false);
        break;
    case InstanceState::Running:
        if (action == Action::Hibernate)
            beginStopping(inst, StateReason::UserInitiatedHibernate, true, false);
        else
            beginStopping(inst, StateReason::UserInitiatedShutdown, false, false);
        break;
    case InstanceState::Stopping:
        if (action == Action::ForceStop) {
            // [CHOICE] forcing a hibernation to finish loses the RAM image: the next start boots.
            const bool wasHibernating = inst.hibernating;
            finishStopped(inst);
            if (wasHibernating)
                inst.hibernated = false;
        }
        break;
    case InstanceState::Stopped:
        break;
    case InstanceState::ShuttingDown:
    case InstanceState::Terminated:
        return ActionResult::refused(kIncorrectState, stopText(inst.id));
    }
    r.currentState = inst.state;
    return r;
}

ActionResult LifecycleEngine::doReboot(Instance &inst)
{
    switch (inst.state) {
    case InstanceState::Running: {
        // No new billing period and no address change: only the OS restarts.
        inst.rebooting = true;
        inst.rebootEndsAt = m_now + m_config.durations.reboot;
        schedule(inst.rebootEndsAt, TimerKind::RebootDone, m_index.value(inst.id));
        return noChange(inst.state, inst.id);
    }
    case InstanceState::Terminated:
        return noChange(inst.state, inst.id);
    default:
        return ActionResult::refused(kIncorrectState, rebootText(inst.id));
    }
}

ActionResult LifecycleEngine::doTerminate(Instance &inst, StateReason reason)
{
    ActionResult r;
    r.previousState = inst.state;
    if (inst.state != InstanceState::ShuttingDown && inst.state != InstanceState::Terminated)
        beginShuttingDown(inst, reason, false);
    r.currentState = inst.state;
    return r;
}

ActionResult LifecycleEngine::doEvent(Instance &inst, Action action)
{
    ActionResult r;
    r.previousState = inst.state;
    switch (action) {
    case Action::OsShutdown:
        if (inst.state != InstanceState::Running)
            break; // nothing runs an OS that could shut down
        if (inst.spec.shutdownBehavior == ShutdownBehavior::Terminate
            || inst.spec.rootDevice == RootDevice::InstanceStore)
            beginShuttingDown(inst, StateReason::InstanceInitiatedShutdown, false);
        else
            beginStopping(inst, StateReason::InstanceInitiatedShutdown, false, false);
        break;
    case Action::SpotInterruption:
        if (inst.spec.market != Market::Spot)
            return ActionResult::refused(QStringLiteral("UnsupportedOperation"),
                QStringLiteral("The instance '%1' is not a Spot Instance.").arg(inst.id));
        if (inst.state != InstanceState::Running || inst.spotInterruptionAt)
            break;
        if (inst.spec.spotInterruptionBehavior == SpotInterruptionBehavior::Hibernate
            && inst.spec.rootDevice == RootDevice::Ebs) {
            // Hibernation starts with the notice: no two-minute grace.
            log({ m_now, EventKind::SpotInterruptionNotice, inst.id, {}, action, inst.state,
                QString::number(m_now) });
            inst.awaitingCapacity = true;
            beginStopping(inst, StateReason::SpotInstanceShutdown, true, true);
        } else {
            inst.spotInterruptionAt = m_now + kSpotNoticeSeconds;
            log({ m_now, EventKind::SpotInterruptionNotice, inst.id, {}, action, inst.state,
                QString::number(*inst.spotInterruptionAt) });
            schedule(*inst.spotInterruptionAt, TimerKind::SpotNoticeDue, m_index.value(inst.id));
        }
        break;
    case Action::CapacityReturns:
        if (inst.state == InstanceState::Stopped && inst.awaitingCapacity) {
            inst.awaitingCapacity = false;
            beginPending(inst);
        }
        break;
    case Action::ScheduledRetirement:
        if (inst.state != InstanceState::Running && inst.state != InstanceState::Pending)
            break;
        if (inst.spec.rootDevice == RootDevice::Ebs)
            beginStopping(inst, StateReason::ScheduledStop, false, false);
        else
            beginShuttingDown(inst, StateReason::ScheduledStop, false);
        break;
    case Action::LaunchFailure:
        if (inst.state == InstanceState::Pending)
            finishTerminated(inst, StateReason::InsufficientInstanceCapacity);
        break;
    default:
        break;
    }
    r.currentState = inst.state;
    return r;
}

ActionResult LifecycleEngine::applyAddressAction(const ActionRequest &request)
{
    auto allocNotFound = [&] {
        return ActionResult::refused(QStringLiteral("InvalidAllocationID.NotFound"),
            QStringLiteral("The allocation ID '%1' does not exist").arg(request.allocationId));
    };
    switch (request.action) {
    case Action::AllocateAddress: {
        // AWS: 5 Elastic IPs per Region by default; released addresses do not count.
        const auto held = std::count_if(
            m_addresses.cbegin(), m_addresses.cend(), [](const ElasticAddress &a) { return !a.releasedAt; });
        const QString ip = held < m_config.eipQuota ? m_allocator.allocateElastic() : QString();
        if (ip.isEmpty())
            return ActionResult::refused(QStringLiteral("AddressLimitExceeded"),
                QStringLiteral("The maximum number of addresses has been reached."));
        ElasticAddress addr;
        addr.allocationId = newId(QStringLiteral("eipalloc-"));
        addr.label = request.label;
        addr.ip = ip;
        addr.allocatedAt = m_now;
        addr.lastAccrual = m_now;
        m_addressIndex.insert(addr.allocationId, static_cast<int>(m_addresses.size()));
        m_addresses.push_back(addr);
        ActionResult r;
        r.allocationId = addr.allocationId;
        r.publicIp = ip;
        return r;
    }
    case Action::AssociateAddress: {
        ElasticAddress *addr = findAddress(request.allocationId);
        if (!addr)
            return allocNotFound();
        Instance *inst = find(request.instanceId);
        if (!inst || inst->vanished)
            return ActionResult::refused(
                QStringLiteral("InvalidInstanceID.NotFound"), notFound(request.instanceId));
        // AWS (seen in real responses): a pending instance cannot take an address yet.
        if (inst->state == InstanceState::Pending)
            return ActionResult::refused(QStringLiteral("InvalidInstanceID"),
                QStringLiteral("The pending instance '%1' is not in a valid state for this operation.")
                    .arg(inst->id));
        if (inst->state == InstanceState::ShuttingDown || inst->state == InstanceState::Terminated)
            return ActionResult::refused(kIncorrectState,
                QStringLiteral("The instance '%1' is not in a valid state for this operation.")
                    .arg(inst->id));
        const int instIndex = m_index.value(inst->id);
        ActionResult r = noChange(inst->state, inst->id);
        r.publicIp = addr->ip;
        if (addr->instanceIndex == instIndex)
            return r;
        if (addr->instanceIndex >= 0) {
            // AssociateAddress in a VPC reassociates by default: the address moves, and only
            // AllowReassociation=false refuses it.
            if (!request.allowReassociation)
                return ActionResult::refused(QStringLiteral("Resource.AlreadyAssociated"),
                    QStringLiteral("The address '%1' is already associated with instance '%2'.")
                        .arg(addr->ip, m_instances[addr->instanceIndex].id));
            r.disassociatedInstanceId = disassociate(*addr);
        }
        if (inst->elasticIndex >= 0) {
            // One Elastic IP per instance here: a new association replaces the old one (as for
            // the primary private address in AWS).
            ElasticAddress &old = m_addresses[inst->elasticIndex];
            accrueAddress(old);
            old.instanceIndex = -1;
        }
        accrueAddress(*addr);
        releaseAutoPublicIp(*inst);
        addr->instanceIndex = instIndex;
        inst->elasticIndex = m_addressIndex.value(addr->allocationId);
        recordAddresses(*inst);
        return r;
    }
    case Action::DisassociateAddress: {
        ElasticAddress *addr = findAddress(request.allocationId);
        if (!addr)
            return allocNotFound();
        ActionResult r;
        r.publicIp = addr->ip;
        if (addr->instanceIndex < 0)
            return r; // AWS DisassociateAddress: idempotent, nothing changes
        const QString id = disassociate(*addr);
        const Instance &inst = m_instances[m_index.value(id)];
        r.previousState = inst.state;
        r.currentState = inst.state;
        r.instanceId = id;
        return r;
    }
    case Action::ReleaseAddress: {
        ElasticAddress *addr = findAddress(request.allocationId);
        if (!addr)
            return allocNotFound();
        ActionResult r;
        r.publicIp = addr->ip;
        // AWS ReleaseAddress, default VPC: an associated address is disassociated first.
        // (InvalidIPAddress.InUse belongs to nondefault VPCs, which ec2lab does not simulate.)
        if (addr->instanceIndex >= 0)
            r.disassociatedInstanceId = disassociate(*addr);
        accrueAddress(*addr);
        addr->releasedAt = m_now;
        m_allocator.release(addr->ip);
        return r;
    }
    default:
        break;
    }
    return {};
}

ActionResult LifecycleEngine::launch(const InstanceSpec &spec)
{
    ActionRequest q;
    q.action = Action::Launch;
    q.spec = spec;
    return apply(q);
}

namespace {
ActionRequest requestFor(Action a, const QString &instanceId)
{
    ActionRequest q;
    q.action = a;
    q.instanceId = instanceId;
    return q;
}
} // namespace

ActionResult LifecycleEngine::start(const QString &id)
{
    return apply(requestFor(Action::Start, id));
}
ActionResult LifecycleEngine::stop(const QString &id)
{
    return apply(requestFor(Action::Stop, id));
}
ActionResult LifecycleEngine::hibernate(const QString &id)
{
    return apply(requestFor(Action::Hibernate, id));
}
ActionResult LifecycleEngine::forceStop(const QString &id)
{
    return apply(requestFor(Action::ForceStop, id));
}
ActionResult LifecycleEngine::reboot(const QString &id)
{
    return apply(requestFor(Action::Reboot, id));
}
ActionResult LifecycleEngine::terminate(const QString &id)
{
    return apply(requestFor(Action::Terminate, id));
}
ActionResult LifecycleEngine::osShutdown(const QString &id)
{
    return apply(requestFor(Action::OsShutdown, id));
}
ActionResult LifecycleEngine::spotInterruption(const QString &id)
{
    return apply(requestFor(Action::SpotInterruption, id));
}
ActionResult LifecycleEngine::capacityReturns(const QString &id)
{
    return apply(requestFor(Action::CapacityReturns, id));
}
ActionResult LifecycleEngine::scheduledRetirement(const QString &id)
{
    return apply(requestFor(Action::ScheduledRetirement, id));
}
ActionResult LifecycleEngine::launchFailure(const QString &id)
{
    return apply(requestFor(Action::LaunchFailure, id));
}

ActionResult LifecycleEngine::modifyType(
    const QString &id, const QString &instanceType, std::optional<Money> pricePerHour)
{
    ActionRequest q = requestFor(Action::ModifyType, id);
    q.instanceType = instanceType;
    q.pricePerHour = pricePerHour;
    return apply(q);
}

ActionResult LifecycleEngine::setTerminationProtection(const QString &id, bool enabled)
{
    ActionRequest q = requestFor(Action::SetTerminationProtection, id);
    q.value = enabled;
    return apply(q);
}

ActionResult LifecycleEngine::setStopProtection(const QString &id, bool enabled)
{
    ActionRequest q = requestFor(Action::SetStopProtection, id);
    q.value = enabled;
    return apply(q);
}

ActionResult LifecycleEngine::allocateAddress(const QString &label)
{
    ActionRequest q;
    q.action = Action::AllocateAddress;
    q.label = label;
    return apply(q);
}

ActionResult LifecycleEngine::associateAddress(
    const QString &allocationId, const QString &instanceId, bool allowReassociation)
{
    ActionRequest q = requestFor(Action::AssociateAddress, instanceId);
    q.allocationId = allocationId;
    q.allowReassociation = allowReassociation;
    return apply(q);
}

ActionResult LifecycleEngine::disassociateAddress(const QString &allocationId)
{
    ActionRequest q;
    q.action = Action::DisassociateAddress;
    q.allocationId = allocationId;
    return apply(q);
}

ActionResult LifecycleEngine::releaseAddress(const QString &allocationId)
{
    ActionRequest q;
    q.action = Action::ReleaseAddress;
    q.allocationId = allocationId;
    return apply(q);
}

// ------------------------------------------------------------------------------------------------
// Queries

QStringList LifecycleEngine::instanceIds() const
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(m_instances.size()));
    for (const Instance &i : m_instances)
        ids.append(i.id);
    return ids;
}

InstanceState LifecycleEngine::state(const QString &instanceId) const
{
    return instanceAt(instanceId).state;
}

QList<StateRecord> LifecycleEngine::stateHistory(const QString &instanceId) const
{
    return instanceAt(instanceId).states;
}

QList<AddressRecord> LifecycleEngine::addressHistory(const QString &instanceId) const
{
    return instanceAt(instanceId).addresses;
}

namespace {
// The last record with at <= t: records are appended in time order, so a binary search does.
template<typename Record> std::optional<Record> recordAt(const QList<Record> &records, qint64 t)
{
    const auto it = std::upper_bound(
        records.cbegin(), records.cend(), t, [](qint64 time, const Record &r) { return time < r.at; });
    if (it == records.cbegin())
        return std::nullopt;
    return *(it - 1);
}
} // namespace

std::optional<StateRecord> LifecycleEngine::stateAt(const QString &instanceId, qint64 t) const
{
    return recordAt(instanceAt(instanceId).states, t);
}

std::optional<AddressRecord> LifecycleEngine::addressesAt(const QString &instanceId, qint64 t) const
{
    return recordAt(instanceAt(instanceId).addresses, t);
}

RunPeriod LifecycleEngine::evaluate(const Instance &inst, qsizetype periodIndex) const
{
    RunPeriod p = inst.periods[periodIndex];
    if (p.open) {
        p.end = m_now;
        p.billedSeconds = BillingMeter::billedSeconds(
            p.end - p.start, p.platform, m_config.start.addSecs(p.start), p.market, false);
        p.cost = BillingMeter::instanceCost(p.pricePerHour, p.billedSeconds);
    }
    return p;
}

QList<RunPeriod> LifecycleEngine::runPeriods(const QString &instanceId) const
{
    const Instance &inst = instanceAt(instanceId);
    QList<RunPeriod> out;
    out.reserve(inst.periods.size());
    for (qsizetype i = 0; i < inst.periods.size(); ++i)
        out.append(evaluate(inst, i));
    return out;
}

BillingSummary LifecycleEngine::billing(const QString &instanceId) const
{
    const Instance &inst = instanceAt(instanceId);
    BillingSummary b;
    // Sum the seconds per price and round once per price, so a bill of many short runs does not
    // collect a nano-dollar of rounding per run (the per-period costs stay as displayed).
    std::map<qint64, qint64> secondsByPrice;
    for (qsizetype i = 0; i < inst.periods.size(); ++i) {
        const RunPeriod p = evaluate(inst, i);
        b.billedSeconds += p.billedSeconds;
        secondsByPrice[p.pricePerHour.nanos()] += p.billedSeconds;
    }
    for (const auto &[priceNanos, seconds] : secondsByPrice)
        b.instance += BillingMeter::instanceCost(Money::fromNanos(priceNanos), seconds);
    for (const VolumeRecord &v : inst.volumes) {
        if (!v.spec.isInstanceStore())
            b.ebs += BillingMeter::ebsCost(v.spec.pricePerGbMonth, v.spec.sizeGb,
                BillingMeter::ebsBilledSeconds(v.deletedAt.value_or(m_now) - v.createdAt));
    }
    b.publicIpv4ChargedSeconds = instanceIpv4Seconds(inst, m_now);
    b.publicIpv4 = BillingMeter::publicIpv4Cost(b.publicIpv4ChargedSeconds);
    return b;
}

HourlyUsage LifecycleEngine::billedSecondsByClockHour(const QString &instanceId, qint64 from, qint64 to) const
{
    return BillingMeter::billedSecondsByClockHour(runPeriods(instanceId), m_config.start, from, to);
}

InstanceStatus LifecycleEngine::status(const QString &instanceId) const
{
    const Instance &inst = instanceAt(instanceId);
    InstanceStatus s;
    s.instanceId = inst.id;
    s.spec = inst.spec;
    s.state = inst.state;
    s.reason = inst.reason;
    s.vanished = inst.vanished;
    s.hasEverRun = inst.hasEverRun;
    s.rebooting = inst.rebooting;
    s.hibernating = inst.hibernating;
    s.hibernated = inst.hibernated;
    s.awaitingCapacity = inst.awaitingCapacity;
    s.spotInterruptionAt = inst.spotInterruptionAt;
    s.transitionEndsAt = inst.transitionEndsAt;
    s.launchedAt = inst.launchedAt;
    s.instanceStoreHasData = inst.instanceStoreHasData;
    s.addresses = inst.addresses.isEmpty() ? currentAddresses(inst) : inst.addresses.last();
    s.volumes = inst.volumes;
    for (VolumeRecord &v : s.volumes) {
        if (!v.spec.isInstanceStore())
            v.costSoFar = BillingMeter::ebsCost(v.spec.pricePerGbMonth, v.spec.sizeGb,
                BillingMeter::ebsBilledSeconds(v.deletedAt.value_or(m_now) - v.createdAt));
    }
    s.billing = billing(instanceId);
    return s;
}

QList<ElasticAddressStatus> LifecycleEngine::elasticAddresses() const
{
    QList<ElasticAddressStatus> out;
    for (const ElasticAddress &a : m_addresses)
        out.append(*elasticAddress(a.allocationId));
    return out;
}

std::optional<ElasticAddressStatus> LifecycleEngine::elasticAddress(const QString &allocationId) const
{
    const auto it = m_addressIndex.constFind(allocationId);
    if (it == m_addressIndex.cend())
        return std::nullopt;
    const ElasticAddress &a = m_addresses[*it];
    ElasticAddressStatus s;
    s.allocationId = a.allocationId;
    s.label = a.label;
    s.publicIp = a.ip;
    s.allocatedAt = a.allocatedAt;
    s.releasedAt = a.releasedAt;
    if (a.instanceIndex >= 0)
        s.associatedInstanceId = m_instances[a.instanceIndex].id;
    s.chargedSeconds = addressSeconds(a, m_now);
    s.cost = BillingMeter::publicIpv4Cost(s.chargedSeconds);
    return s;
}

Money LifecycleEngine::totalCost() const
{
    Money total;
    for (const Instance &i : m_instances)
        total += billing(i.id).total();
    for (const ElasticAddress &a : m_addresses)
        total += BillingMeter::publicIpv4Cost(addressSeconds(a, m_now));
    return total;
}

LifecycleEngine LifecycleEngine::replayedTo(qint64 t) const
{
    LifecycleEngine e(m_config);
    for (const LoggedRequest &q : m_requests) {
        if (q.at > t)
            break;
        e.advanceTo(q.at);
        e.apply(q.request);
    }
    e.advanceTo(t);
    return e;
}

} // namespace ec2lab
