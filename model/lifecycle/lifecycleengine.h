#pragma once

#include "lifecycle/addressallocator.h"
#include "lifecycle/instancespec.h"
#include "lifecycle/instancestate.h"
#include "lifecycle/lifecycleaction.h"
#include "lifecycle/lifecyclerecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace ec2lab {

/// How long each transitional state lasts, in simulated seconds. The defaults are ec2lab's
/// modelling choice (AWS documents no fixed durations).
struct TransitionDurations
{
    qint64 pending = 20;
    qint64 stopping = 30;
    qint64 hibernating = 60; ///< stopping while the RAM is written to the root volume
    qint64 shuttingDown = 20;
    qint64 reboot = 60; ///< the state stays running meanwhile
};

/// Everything that fixes a simulation besides the actions: the same config and the same actions
/// always give the same ids, addresses, states and bill.
struct LifecycleConfig
{
    static constexpr int kDefaultEipQuota = 5; ///< AWS's default Elastic IP quota per Region
    static constexpr int kMaxEipQuota = 254; ///< the 192.0.2.0/24 documentation addresses

    quint64 seed = 1;
    QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); ///< simulated time 0
    TransitionDurations durations;
    /// Elastic IPs allocated at a time (released ones do not count); 1..kMaxEipQuota. Real
    /// accounts can raise the quota, so a script may set it ([CHOICE]).
    int eipQuota = kDefaultEipQuota;
};

/// Simulates many EC2 instances and Elastic IPs through their lifecycle on a simulated clock.
///
/// Contract: a plain value class (copyable, no QObject, no wall clock). Every rule of
/// ../shared/spec/lifecycle.md is implemented here: the transition table, the refusals with
/// their exact codes, messages and check order, the events, addresses, storage, vanishing
/// terminated instances and the billing meter. Actions apply at now(); advanceTo() runs the
/// transitions that fall due, in time order (ties in the order they were scheduled). Refused
/// actions change nothing but the event log. The engine is deterministic for a config: ids
/// (`i-` + 17 hex digits) and addresses come from a PRNG seeded by config.seed.
///
/// Modelling choices ([CHOICE] in the spec) are documented at each function and in
/// model/lifecycle/README.md.
class LifecycleEngine
{
public:
    static constexpr qint64 kVanishAfterSeconds = 3600; ///< terminated instances disappear after 1 h
    static constexpr qint64 kSpotNoticeSeconds = 120;
    static constexpr qint64 kHibernateNotBeforeSeconds = 120; ///< hibernate refused this soon after launch
    static constexpr qint64 kHibernationAdvisedMaxSeconds = 60 * 86400;

    explicit LifecycleEngine(LifecycleConfig config = {});
    LifecycleEngine(const LifecycleEngine &other);
    LifecycleEngine &operator=(const LifecycleEngine &other);
    LifecycleEngine(LifecycleEngine &&) noexcept;
    LifecycleEngine &operator=(LifecycleEngine &&) noexcept;
    ~LifecycleEngine();

    const LifecycleConfig &config() const { return m_config; }

    // --- clock ---------------------------------------------------------------------------------
    qint64 now() const { return m_now; }
    QDateTime nowUtc() const { return m_config.start.addSecs(m_now); }
    /// Runs every transition due up to \a t (inclusive) and sets now() to \a t. Earlier \a t is
    /// ignored: the clock never runs backwards (use replayedTo() to look back).
    void advanceTo(qint64 t);
    void advanceBy(qint64 seconds) { advanceTo(m_now + seconds); }
    /// Time of the next scheduled transition, if any (lets a GUI step from change to change).
    std::optional<qint64> nextTransitionAt() const;

    // --- actions and events at now() -----------------------------------------------------------
    /// Applies any action; the typed helpers below call this.
    ActionResult apply(const ActionRequest &request);
    ActionResult launch(const InstanceSpec &spec);
    ActionResult start(const QString &instanceId);
    ActionResult stop(const QString &instanceId);
    ActionResult hibernate(const QString &instanceId);
    ActionResult forceStop(const QString &instanceId);
    ActionResult reboot(const QString &instanceId);
    ActionResult terminate(const QString &instanceId);
    ActionResult modifyType(const QString &instanceId, const QString &instanceType,
        std::optional<Money> pricePerHour = std::nullopt);
    ActionResult setTerminationProtection(const QString &instanceId, bool enabled);
    ActionResult setStopProtection(const QString &instanceId, bool enabled);
    ActionResult allocateAddress(const QString &label = QString());
    ActionResult associateAddress(
        const QString &allocationId, const QString &instanceId, bool allowReassociation = true);
    ActionResult disassociateAddress(const QString &allocationId);
    ActionResult releaseAddress(const QString &allocationId);
    ActionResult osShutdown(const QString &instanceId);
    ActionResult spotInterruption(const QString &instanceId);
    ActionResult capacityReturns(const QString &instanceId);
    ActionResult scheduledRetirement(const QString &instanceId);
    ActionResult launchFailure(const QString &instanceId);

    // --- queries at now() ----------------------------------------------------------------------
    /// Every instance ever launched, in launch order (vanished ones included).
    QStringList instanceIds() const;
    bool contains(const QString &instanceId) const { return m_index.contains(instanceId); }
    /// Snapshot of one instance (the queries below answer for an empty, never-launched instance
    /// when \a instanceId is not one of instanceIds()).
    InstanceStatus status(const QString &instanceId) const;
    InstanceState state(const QString &instanceId) const;
    /// Every state entered, in order.
    QList<StateRecord> stateHistory(const QString &instanceId) const;
    /// One record per change of any address, the first at launch.
    QList<AddressRecord> addressHistory(const QString &instanceId) const;
    /// The state record in force at time \a t (<= now()) without a replay; nullopt before launch.
    std::optional<StateRecord> stateAt(const QString &instanceId, qint64 t) const;
    /// The addresses in force at time \a t (<= now()); nullopt before launch.
    std::optional<AddressRecord> addressesAt(const QString &instanceId, qint64 t) const;
    /// Billing periods so far (the open one evaluated at now()).
    QList<RunPeriod> runPeriods(const QString &instanceId) const;
    BillingSummary billing(const QString &instanceId) const;
    /// Billed seconds of \a instanceId per clock hour over [from, to).
    HourlyUsage billedSecondsByClockHour(const QString &instanceId, qint64 from, qint64 to) const;
    /// Every Elastic IP ever allocated, in allocation order.
    QList<ElasticAddressStatus> elasticAddresses() const;
    std::optional<ElasticAddressStatus> elasticAddress(const QString &allocationId) const;
    /// The whole event log, in time order.
    const QList<EventRecord> &events() const { return m_events; }
    /// Sum of every instance's bill and every Elastic IP's cost so far.
    Money totalCost() const;

    // --- history / scrubbing -------------------------------------------------------------------
    /// Every request applied so far (accepted or refused) with its time.
    struct LoggedRequest
    {
        qint64 at = 0;
        ActionRequest request;
    };
    const QList<LoggedRequest> &requestLog() const { return m_requests; }
    /// A fresh engine with the same config that replays the requests made up to \a t (inclusive)
    /// and advances to \a t: the exact state at an earlier time (cost: one replay, linear in the
    /// number of requests and transitions).
    LifecycleEngine replayedTo(qint64 t) const;

private:
    struct Instance;
    struct ElasticAddress;
    enum class TimerKind { PendingDone, StoppingDone, ShuttingDownDone, RebootDone, SpotNoticeDue, Vanish };
    /// A transition due at a time; stale once the instance has entered another state since.
    struct Timer
    {
        TimerKind kind = TimerKind::PendingDone;
        int instanceIndex = 0;
        quint64 stateSerial = 0;
    };

    Instance *find(const QString &instanceId);
    const Instance &instanceAt(const QString &instanceId) const;
    ElasticAddress *findAddress(const QString &allocationId);

    ActionResult applyInstanceAction(const ActionRequest &request);
    ActionResult applyAddressAction(const ActionRequest &request);
    ActionResult doLaunch(const InstanceSpec &spec);
    std::optional<ActionResult> checkRefusals(
        Action action, Instance &inst, const ActionRequest &request) const;
    ActionResult doStart(Instance &inst);
    ActionResult doStop(Instance &inst, Action action);
    ActionResult doReboot(Instance &inst);
    ActionResult doTerminate(Instance &inst, StateReason reason);
    ActionResult doEvent(Instance &inst, Action action);

    void enterState(Instance &inst, InstanceState state, StateReason reason);
    void beginStopping(Instance &inst, StateReason reason, bool hibernate, bool byEc2);
    void beginShuttingDown(Instance &inst, StateReason reason, bool byEc2);
    void finishStopped(Instance &inst);
    void finishTerminated(Instance &inst, StateReason reason);
    void beginPending(Instance &inst);
    void finishRunning(Instance &inst);
    void openRunPeriod(Instance &inst);
    void closeRunPeriod(Instance &inst, bool interruptedByEc2);
    void loseInstanceStoreData(Instance &inst);

    /// Takes an associated Elastic IP off its instance (which gets a new auto-assigned public IP
    /// if it is running or pending); returns that instance's id.
    QString disassociate(ElasticAddress &addr);
    void assignAutoPublicIp(Instance &inst);
    void releaseAutoPublicIp(Instance &inst);
    void accrueInstanceIpv4(Instance &inst);
    void accrueAddress(ElasticAddress &addr);
    qint64 instanceIpv4Seconds(const Instance &inst, qint64 until) const;
    qint64 addressSeconds(const ElasticAddress &addr, qint64 until) const;
    void recordAddresses(Instance &inst);
    AddressRecord currentAddresses(const Instance &inst) const;

    void schedule(qint64 at, TimerKind kind, int instanceIndex);
    void fireTimer(const Timer &timer);
    void log(EventRecord record);
    QString newId(const QString &prefix);
    RunPeriod evaluate(const Instance &inst, qsizetype periodIndex) const;

    LifecycleConfig m_config;
    qint64 m_now = 0;
    qint64 m_ipv4ChargeStart = 0; ///< simulated second where the 2024-02-01 rule starts
    quint64 m_rng = 0;
    quint64 m_timerSequence = 0;
    std::vector<Instance> m_instances;
    QHash<QString, int> m_index;
    std::vector<ElasticAddress> m_addresses;
    QHash<QString, int> m_addressIndex;
    std::map<std::pair<qint64, quint64>, Timer> m_timers;
    AddressAllocator m_allocator;
    QList<EventRecord> m_events;
    QList<LoggedRequest> m_requests;
};

} // namespace ec2lab
