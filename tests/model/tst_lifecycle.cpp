#include "lifecycle/lifecycleengine.h"

#include <QRegularExpression>
#include <QTest>
#include <functional>

using namespace ec2lab;

namespace {

/// Where an instance is put before the action under test.
enum class Setup {
    PendingFirstLaunch,
    PendingAfterStart,
    Running,
    Stopping,
    Stopped,
    ShuttingDown,
    Terminated
};

const QString kUnknownId = QStringLiteral("i-0000000000000000f");

// Pending lasts 300 s here so that a pending instance can be more than 2 minutes old (the
// hibernate-too-early refusal is checked before the table and would otherwise hide the cell).
LifecycleConfig tableConfig()
{
    LifecycleConfig c;
    c.seed = 7;
    c.durations.pending = 300;
    c.durations.stopping = 30;
    c.durations.hibernating = 60;
    c.durations.shuttingDown = 20;
    c.durations.reboot = 60;
    return c;
}

InstanceSpec webSpec()
{
    InstanceSpec s;
    s.name = QStringLiteral("web");
    s.pricePerHour = *Money::parse(u"0.096");
    s.hibernationEnabled = true;
    VolumeSpec root;
    root.root = true;
    root.deleteOnTermination = true;
    root.encrypted = true;
    root.pricePerGbMonth = *Money::parse(u"0.08");
    s.volumes = { root };
    return s;
}

/// Launches one instance and drives it into \a setup; returns its id.
QString prepare(LifecycleEngine &e, Setup setup, const InstanceSpec &spec = webSpec())
{
    const QString id = e.launch(spec).instanceId;
    auto runUntilRunning = [&] { e.advanceBy(300 + 150); }; // running, launched more than 2 min ago
    switch (setup) {
    case Setup::PendingFirstLaunch:
        e.advanceBy(150);
        break;
    case Setup::PendingAfterStart:
        runUntilRunning();
        e.stop(id);
        e.advanceBy(30);
        e.start(id);
        e.advanceBy(150);
        break;
    case Setup::Running:
        runUntilRunning();
        break;
    case Setup::Stopping:
        runUntilRunning();
        e.stop(id);
        break;
    case Setup::Stopped:
        runUntilRunning();
        e.stop(id);
        e.advanceBy(30 + 150);
        break;
    case Setup::ShuttingDown:
        runUntilRunning();
        e.terminate(id);
        break;
    case Setup::Terminated:
        runUntilRunning();
        e.terminate(id);
        e.advanceBy(20 + 150);
        break;
    }
    return id;
}

InstanceState stateOf(Setup s)
{
    switch (s) {
    case Setup::PendingFirstLaunch:
    case Setup::PendingAfterStart:
        return InstanceState::Pending;
    case Setup::Running:
        return InstanceState::Running;
    case Setup::Stopping:
        return InstanceState::Stopping;
    case Setup::Stopped:
        return InstanceState::Stopped;
    case Setup::ShuttingDown:
        return InstanceState::ShuttingDown;
    case Setup::Terminated:
        return InstanceState::Terminated;
    }
    return InstanceState::Pending;
}

const QString kStartText
    = QStringLiteral("The instance '%1' is not in a state from which it can be started.");
const QString kStopText
    = QStringLiteral("This instance '%1' is not in a state from which it can be stopped.");
const QString kRebootText
    = QStringLiteral("The instance '%1' is not in a state from which it can be rebooted.");
const QString kNeverRan
    = QStringLiteral("Instance '%1' cannot be stopped as it has never reached the 'running' state.");

using Scenario = std::function<ActionResult(LifecycleEngine &, QString &id)>;

/// Two running instances a and b (launched at 0, running since 20, now 200) and one Elastic IP
/// associated with a: the starting point of the Elastic IP rules.
struct EipWorld
{
    QString a;
    QString b;
    QString alloc;
    QString ip; ///< the Elastic IP's address
    QString aFirstAutoIp; ///< a's auto-assigned address before the association
};
using EipScenario = std::function<ActionResult(LifecycleEngine &, EipWorld &)>;

bool isAutoAssigned(const QString &ip)
{
    return ip.startsWith(QLatin1String("203.0.113.")) || ip.startsWith(QLatin1String("198.51.100."));
}

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(InstanceState)
Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(EipScenario)
Q_DECLARE_METATYPE(InstanceSpec)

/// The lifecycle engine against lifecycle.md: every cell of the transition table, every refusal
/// (code and message), the events, addresses, storage, vanishing and determinism.
class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void stateCodes();
    void transitionTable_data();
    void transitionTable();
    void refusals_data();
    void refusals();
    void events_data();
    void events();
    void spotNoticeCancelledByUserStop();
    void spotStoppedWaitsForCapacity();
    void modifyTypeAppliesAtNextStart();
    void spotTypeChangeAfterCapacityReturns();
    void addressesAcrossReboot();
    void addressesAcrossStopStart_data();
    void addressesAcrossStopStart();
    void elasticIpLifecycle();
    void elasticIpRules_data();
    void elasticIpRules();
    void dnsNames_data();
    void dnsNames();
    void storageAtTermination();
    void instanceStoreData();
    void terminatedInstanceVanishes();
    void determinism();
    void replayRebuildsEarlierState();
    void manyInstances();
};

void TestLifecycle::stateCodes()
{
    QCOMPARE(stateCode(InstanceState::Pending), 0);
    QCOMPARE(stateCode(InstanceState::Running), 16);
    QCOMPARE(stateCode(InstanceState::ShuttingDown), 32);
    QCOMPARE(stateCode(InstanceState::Terminated), 48);
    QCOMPARE(stateCode(InstanceState::Stopping), 64);
    QCOMPARE(stateCode(InstanceState::Stopped), 80);
    QCOMPARE(stateName(InstanceState::ShuttingDown), QStringLiteral("shutting-down"));
    QCOMPARE(stateFromName(QStringLiteral("stopped")), std::optional<InstanceState>(InstanceState::Stopped));
    QVERIFY(!stateFromName(QStringLiteral("rebooting")));
    QCOMPARE(
        reasonCode(StateReason::UserInitiatedHibernate), QStringLiteral("Client.UserInitiatedHibernate"));
    QCOMPARE(reasonCode(StateReason::InsufficientInstanceCapacity),
        QStringLiteral("Server.InsufficientInstanceCapacity"));
    QCOMPARE(actionFromName(QStringLiteral("force-stop")), std::optional<Action>(Action::ForceStop));
    QVERIFY(!actionFromName(QStringLiteral("stpo")));
}

void TestLifecycle::transitionTable_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<InstanceState>("reported"); // state in the response (or unchanged state when refused)
    QTest::addColumn<QString>("message"); // %1 = instance id; empty when ok
    QTest::addColumn<InstanceState>("settled"); // state once every transition has finished

    using S = Setup;
    using A = Action;
    using I = InstanceState;
    const QString none;
    struct Row
    {
        const char *name;
        S setup;
        A action;
        bool ok;
        I reported;
        QString message;
        I settled;
    };
    const Row rows[] = {
        // start
        { "start: pending first launch -> no-op", S::PendingFirstLaunch, A::Start, true, I::Pending, none,
            I::Running },
        { "start: pending after a start -> no-op", S::PendingAfterStart, A::Start, true, I::Pending, none,
            I::Running },
        { "start: running -> no-op", S::Running, A::Start, true, I::Running, none, I::Running },
        { "start: stopping -> refused", S::Stopping, A::Start, false, I::Stopping, kStartText, I::Stopped },
        { "start: stopped -> pending -> running", S::Stopped, A::Start, true, I::Pending, none, I::Running },
        { "start: shutting-down -> refused", S::ShuttingDown, A::Start, false, I::ShuttingDown, kStartText,
            I::Terminated },
        { "start: terminated -> refused", S::Terminated, A::Start, false, I::Terminated, kStartText,
            I::Terminated },
        // stop
        { "stop: pending first launch -> never reached running", S::PendingFirstLaunch, A::Stop, false,
            I::Pending, kNeverRan, I::Running },
        { "stop: pending after a start -> stopping", S::PendingAfterStart, A::Stop, true, I::Stopping, none,
            I::Stopped },
        { "stop: running -> stopping -> stopped", S::Running, A::Stop, true, I::Stopping, none, I::Stopped },
        { "stop: stopping -> no-op", S::Stopping, A::Stop, true, I::Stopping, none, I::Stopped },
        { "stop: stopped -> no-op", S::Stopped, A::Stop, true, I::Stopped, none, I::Stopped },
        { "stop: shutting-down -> refused (This instance)", S::ShuttingDown, A::Stop, false, I::ShuttingDown,
            kStopText, I::Terminated },
        { "stop: terminated -> refused", S::Terminated, A::Stop, false, I::Terminated, kStopText,
            I::Terminated },
        // stop (hibernate)
        { "hibernate: pending first launch -> never reached running", S::PendingFirstLaunch, A::Hibernate,
            false, I::Pending, kNeverRan, I::Running },
        { "hibernate: pending after a start -> same error", S::PendingAfterStart, A::Hibernate, false,
            I::Pending, kNeverRan, I::Running },
        { "hibernate: running -> stopping -> stopped", S::Running, A::Hibernate, true, I::Stopping, none,
            I::Stopped },
        { "hibernate: stopping -> no-op", S::Stopping, A::Hibernate, true, I::Stopping, none, I::Stopped },
        { "hibernate: stopped -> no-op", S::Stopped, A::Hibernate, true, I::Stopped, none, I::Stopped },
        { "hibernate: shutting-down -> refused", S::ShuttingDown, A::Hibernate, false, I::ShuttingDown,
            kStopText, I::Terminated },
        { "hibernate: terminated -> refused", S::Terminated, A::Hibernate, false, I::Terminated, kStopText,
            I::Terminated },
        // force stop
        { "force-stop: pending first launch -> never reached running", S::PendingFirstLaunch, A::ForceStop,
            false, I::Pending, kNeverRan, I::Running },
        { "force-stop: pending after a start -> stopping", S::PendingAfterStart, A::ForceStop, true,
            I::Stopping, none, I::Stopped },
        { "force-stop: running -> stopping", S::Running, A::ForceStop, true, I::Stopping, none, I::Stopped },
        { "force-stop: stopping -> stopped at once", S::Stopping, A::ForceStop, true, I::Stopped, none,
            I::Stopped },
        { "force-stop: stopped -> no-op", S::Stopped, A::ForceStop, true, I::Stopped, none, I::Stopped },
        { "force-stop: shutting-down -> refused", S::ShuttingDown, A::ForceStop, false, I::ShuttingDown,
            kStopText, I::Terminated },
        { "force-stop: terminated -> refused", S::Terminated, A::ForceStop, false, I::Terminated, kStopText,
            I::Terminated },
        // reboot
        { "reboot: pending first launch -> refused", S::PendingFirstLaunch, A::Reboot, false, I::Pending,
            kRebootText, I::Running },
        { "reboot: pending after a start -> refused", S::PendingAfterStart, A::Reboot, false, I::Pending,
            kRebootText, I::Running },
        { "reboot: running -> stays running", S::Running, A::Reboot, true, I::Running, none, I::Running },
        { "reboot: stopping -> refused", S::Stopping, A::Reboot, false, I::Stopping, kRebootText,
            I::Stopped },
        { "reboot: stopped -> refused", S::Stopped, A::Reboot, false, I::Stopped, kRebootText, I::Stopped },
        { "reboot: shutting-down -> refused", S::ShuttingDown, A::Reboot, false, I::ShuttingDown, kRebootText,
            I::Terminated },
        { "reboot: terminated -> ignored", S::Terminated, A::Reboot, true, I::Terminated, none,
            I::Terminated },
        // terminate
        { "terminate: pending first launch -> shutting-down", S::PendingFirstLaunch, A::Terminate, true,
            I::ShuttingDown, none, I::Terminated },
        { "terminate: pending after a start -> shutting-down", S::PendingAfterStart, A::Terminate, true,
            I::ShuttingDown, none, I::Terminated },
        { "terminate: running -> shutting-down", S::Running, A::Terminate, true, I::ShuttingDown, none,
            I::Terminated },
        { "terminate: stopping -> shutting-down", S::Stopping, A::Terminate, true, I::ShuttingDown, none,
            I::Terminated },
        { "terminate: stopped -> shutting-down", S::Stopped, A::Terminate, true, I::ShuttingDown, none,
            I::Terminated },
        { "terminate: shutting-down -> no-op", S::ShuttingDown, A::Terminate, true, I::ShuttingDown, none,
            I::Terminated },
        { "terminate: terminated -> no-op", S::Terminated, A::Terminate, true, I::Terminated, none,
            I::Terminated },
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << r.setup << r.action << r.ok << r.reported << r.message << r.settled;
}

void TestLifecycle::transitionTable()
{
    QFETCH(Setup, setup);
    QFETCH(Action, action);
    QFETCH(bool, ok);
    QFETCH(InstanceState, reported);
    QFETCH(QString, message);
    QFETCH(InstanceState, settled);

    LifecycleEngine e(tableConfig());
    const QString id = prepare(e, setup);
    QCOMPARE(e.state(id), stateOf(setup));
    ActionRequest q;
    q.action = action;
    q.instanceId = id;
    const ActionResult r = e.apply(q);
    QCOMPARE(r.ok, ok);
    if (ok) {
        QVERIFY(r.errorCode.isEmpty());
        QCOMPARE(r.previousState, std::optional<InstanceState>(stateOf(setup)));
        QCOMPARE(r.currentState, std::optional<InstanceState>(reported));
    } else {
        QCOMPARE(r.errorCode, QStringLiteral("IncorrectInstanceState"));
        QCOMPARE(r.errorMessage, message.arg(id));
        QCOMPARE(e.state(id), reported); // a refusal changes nothing
    }
    e.advanceBy(1000);
    QCOMPARE(e.state(id), settled);
}

void TestLifecycle::refusals_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // %1 = the instance id (or the address for EIP errors)

    auto spec = [](auto change) {
        InstanceSpec s = webSpec();
        change(s);
        return s;
    };
    auto running = [](LifecycleEngine &e, const InstanceSpec &s) {
        const QString id = e.launch(s).instanceId;
        e.advanceBy(300);
        return id;
    };

    QTest::newRow("unknown instance id") << Scenario([](LifecycleEngine &e, QString &id) {
        id = kUnknownId;
        return e.start(id);
    }) << "InvalidInstanceID.NotFound"
                                         << "The instance ID '%1' does not exist";
    QTest::newRow("vanished instance") << Scenario([](LifecycleEngine &e, QString &id) {
        id = e.launch(webSpec()).instanceId;
        e.advanceBy(100);
        e.terminate(id);
        e.advanceBy(20 + 3600);
        return e.terminate(id);
    }) << "InvalidInstanceID.NotFound"
                                       << "The instance ID '%1' does not exist";
    const QString storeText
        = QStringLiteral("The instance '%1' does not have an 'ebs' root device type and cannot be stopped.");
    auto storeSpec = spec([](InstanceSpec &s) {
        s.rootDevice = RootDevice::InstanceStore;
        s.hibernationEnabled = false;
        s.volumes.clear();
    });
    for (Action a : { Action::Stop, Action::Hibernate, Action::Start, Action::ForceStop }) {
        QTest::newRow(qPrintable(QStringLiteral("instance-store root: ") + actionName(a))) << Scenario(
            [=](LifecycleEngine &e, QString &id) {
                id = running(e, storeSpec);
                ActionRequest q;
                q.action = a;
                q.instanceId = id;
                return e.apply(q);
            }) << "UnsupportedOperation" << storeText;
    }
    const QString stopProtText = QStringLiteral("The instance '%1' may not be stopped. Modify its "
                                                "'disableApiStop' instance attribute and try again.");
    auto stopProt = spec([](InstanceSpec &s) { s.stopProtection = true; });
    for (Action a : { Action::Stop, Action::Hibernate, Action::ForceStop }) {
        QTest::newRow(qPrintable(QStringLiteral("stop protection: ") + actionName(a))) << Scenario(
            [=](LifecycleEngine &e, QString &id) {
                id = running(e, stopProt);
                ActionRequest q;
                q.action = a;
                q.instanceId = id;
                return e.apply(q);
            }) << "OperationNotPermitted" << stopProtText;
    }
    QTest::newRow("stop protection: terminate") << Scenario([=](LifecycleEngine &e, QString &id) {
        id = running(e, stopProt);
        return e.terminate(id);
    }) << "OperationNotPermitted"
                                                << "The instance '%1' may not be terminated. Modify its "
                                                   "'disableApiStop' instance attribute and try again.";
    QTest::newRow("termination protection: terminate")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = running(e, spec([](InstanceSpec &s) { s.terminationProtection = true; }));
               return e.terminate(id);
           })
        << "OperationNotPermitted"
        << "The instance '%1' may not be terminated. Modify its 'disableApiTermination' instance attribute "
           "and try again.";
    QTest::newRow("hibernate without hibernation configured")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = running(e, spec([](InstanceSpec &s) { s.hibernationEnabled = false; }));
               return e.hibernate(id);
           })
        << "UnsupportedHibernationConfiguration"
        << "The instance can't be hibernated because it was not configured at launch for hibernation: %1";
    QTest::newRow("hibernate within 2 minutes of launch")
        << Scenario([](LifecycleEngine &e, QString &id) {
               LifecycleConfig c;
               e = LifecycleEngine(c); // default pending 20 s
               id = e.launch(webSpec()).instanceId;
               e.advanceBy(119);
               return e.hibernate(id);
           })
        << "IncorrectInstanceState"
        << "Instance '%1' is not ready to hibernate yet, retry in a few minutes.";
    QTest::newRow("modify type while running") << Scenario([=](LifecycleEngine &e, QString &id) {
        id = running(e, webSpec());
        return e.modifyType(id, QStringLiteral("m5.xlarge"));
    }) << "IncorrectInstanceState"
                                               << "The instance '%1' is not in the 'stopped' state.";
    QTest::newRow("spot: enable termination protection")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = running(e, spec([](InstanceSpec &s) { s.market = Market::Spot; }));
               return e.setTerminationProtection(id, true);
           })
        << "UnsupportedOperation"
        << "Modifying 'disableApiTermination' is not supported for spot instances.";
    // Check order: the first matching condition of the list wins.
    // (An instance-store-backed instance can no longer have stop protection, so "instance store
    // before stop protection" cannot arise: see the "launch: instance-store root" row below.)
    QTest::newRow("order: stop protection before termination protection")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = running(e, spec([](InstanceSpec &s) {
                   s.stopProtection = true;
                   s.terminationProtection = true;
               }));
               return e.terminate(id);
           })
        << "OperationNotPermitted"
        << "The instance '%1' may not be terminated. Modify its 'disableApiStop' instance attribute and try "
           "again.";
    QTest::newRow("order: hibernation configuration before the 2-minute wait")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = e.launch(spec([](InstanceSpec &s) { s.hibernationEnabled = false; })).instanceId;
               e.advanceBy(60);
               return e.hibernate(id);
           })
        << "UnsupportedHibernationConfiguration"
        << "The instance can't be hibernated because it was not configured at launch for hibernation: %1";
    QTest::newRow("order: protections before the table (stopped + stop protection)") << Scenario(
        [=](LifecycleEngine &e, QString &id) {
            id = running(e, webSpec());
            e.stop(id);
            e.advanceBy(60);
            e.setStopProtection(id, true);
            return e.stop(id); // the table would say no-op
        }) << "OperationNotPermitted" << stopProtText;
    QTest::newRow("start a Spot instance waiting for capacity")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = running(e, spec([](InstanceSpec &s) {
                   s.market = Market::Spot;
                   s.spotInterruptionBehavior = SpotInterruptionBehavior::Stop;
               }));
               e.spotInterruption(id);
               e.advanceBy(200);
               return e.start(id);
           })
        << "IncorrectSpotRequestState"
        << "The Spot Instance '%1' was stopped by an interruption; only Amazon EC2 can start it again when "
           "capacity returns.";
    QTest::newRow("launch for hibernation with an unencrypted root")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               InstanceSpec s = webSpec();
               s.volumes[0].encrypted = false;
               const ActionResult r = e.launch(s);
               id = QString::number(e.instanceIds().size()); // nothing launched
               return r;
           })
        << "InvalidParameterCombination"
        << "Hibernation requires an encrypted EBS root volume.";
    // AWS EC2 User Guide, "Enable stop protection"
    // (docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/ec2-stop-protection.html, Considerations):
    // "You can't enable stop protection for Spot
    // Instances" / "for instance store-backed instances". AWS documents no error text: the code
    // UnsupportedOperation is the spec's [CHOICE], the texts ec2lab's (after AWS's own text for
    // disableApiTermination on Spot). RunInstances refuses the whole launch.
    auto refusedLaunch = [](InstanceSpec s) {
        return Scenario([s](LifecycleEngine &e, QString &id) {
            const ActionResult r = e.launch(s);
            id = QString::number(e.instanceIds().size()); // nothing launched
            return r;
        });
    };
    const QString spotStopProt
        = QStringLiteral("Modifying 'disableApiStop' is not supported for spot instances.");
    const QString storeStopProt
        = QStringLiteral("Modifying 'disableApiStop' is not supported for instance store-backed instances.");
    QTest::newRow("launch: Spot with stop protection") << refusedLaunch(spec([](InstanceSpec &s) {
        s.market = Market::Spot;
        s.stopProtection = true;
    })) << "UnsupportedOperation" << spotStopProt;
    QTest::newRow("launch: instance-store root with stop protection") << refusedLaunch(
        spec([](InstanceSpec &s) {
            s.rootDevice = RootDevice::InstanceStore;
            s.hibernationEnabled = false;
            s.volumes.clear();
            s.stopProtection = true;
        })) << "UnsupportedOperation" << storeStopProt;
    QTest::newRow("set-stop-protection on a running Spot instance") << Scenario(
        [=](LifecycleEngine &e, QString &id) {
            id = running(e, spec([](InstanceSpec &s) { s.market = Market::Spot; }));
            return e.setStopProtection(id, true);
        }) << "UnsupportedOperation" << spotStopProt;
    QTest::newRow("set-stop-protection on an instance-store-backed instance") << Scenario(
        [=](LifecycleEngine &e, QString &id) {
            id = running(e, storeSpec);
            return e.setStopProtection(id, true);
        }) << "UnsupportedOperation" << storeStopProt;
    // AWS, "Stop interrupted Spot Instances": while stopped by an interruption "you can modify
    // some of its instance attributes, but not the instance type". Code and text: [CHOICE].
    const QString interruptedType = QStringLiteral(
        "The Spot Instance '%1' was stopped by an interruption; its instance type cannot be changed.");
    QTest::newRow("modify type of a Spot instance stopped by an interruption") << Scenario(
        [=](LifecycleEngine &e, QString &id) {
            id = running(e, spec([](InstanceSpec &s) {
                s.market = Market::Spot;
                s.hibernationEnabled = false;
                s.spotInterruptionBehavior = SpotInterruptionBehavior::Stop;
            }));
            e.spotInterruption(id);
            e.advanceBy(120 + 30);
            return e.modifyType(id, QStringLiteral("m5.xlarge"), *Money::parse(u"0.192"));
        }) << "UnsupportedOperation" << interruptedType;
    QTest::newRow("modify type of a Spot instance hibernated by an interruption") << Scenario(
        [=](LifecycleEngine &e, QString &id) {
            id = running(e, spec([](InstanceSpec &s) { s.market = Market::Spot; }));
            e.spotInterruption(id); // hibernation configured: hibernates at once
            e.advanceBy(60);
            return e.modifyType(id, QStringLiteral("m5.xlarge"), *Money::parse(u"0.192"));
        }) << "UnsupportedOperation" << interruptedType;
    QTest::newRow("spot interruption of an On-Demand instance")
        << Scenario([=](LifecycleEngine &e, QString &id) {
               id = running(e, webSpec());
               return e.spotInterruption(id);
           })
        << "UnsupportedOperation"
        << "The instance '%1' is not a Spot Instance.";
}

void TestLifecycle::refusals()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, code);
    QFETCH(QString, message);
    LifecycleEngine e(tableConfig());
    QString id;
    const ActionResult r = scenario(e, id);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorCode, code);
    QCOMPARE(r.errorMessage, message.contains(u"%1") ? message.arg(id) : message);
    QCOMPARE(e.events().last().kind, EventKind::ActionRefused);
    if (QByteArray(QTest::currentDataTag()).startsWith("launch"))
        QCOMPARE(id, QStringLiteral("0")); // a refused launch creates no instance
}

void TestLifecycle::events_data()
{
    QTest::addColumn<InstanceSpec>("spec");
    QTest::addColumn<Action>("event");
    QTest::addColumn<InstanceState>("reported");
    QTest::addColumn<qint64>("settleAfter"); // seconds after the event
    QTest::addColumn<InstanceState>("settled");
    QTest::addColumn<QString>("reason");

    InstanceSpec protectedSpec = webSpec();
    protectedSpec.stopProtection = true;
    protectedSpec.terminationProtection = true;
    QTest::newRow("os-shutdown, behaviour stop (protections do not block it)")
        << protectedSpec << Action::OsShutdown << InstanceState::Stopping << qint64(30)
        << InstanceState::Stopped << "Client.InstanceInitiatedShutdown";
    InstanceSpec shutdownTerminate = webSpec();
    shutdownTerminate.shutdownBehavior = ShutdownBehavior::Terminate;
    shutdownTerminate.terminationProtection = true;
    QTest::newRow("os-shutdown, behaviour terminate")
        << shutdownTerminate << Action::OsShutdown << InstanceState::ShuttingDown << qint64(20)
        << InstanceState::Terminated << "Client.InstanceInitiatedShutdown";
    InstanceSpec store = webSpec();
    store.rootDevice = RootDevice::InstanceStore;
    store.hibernationEnabled = false;
    store.volumes.clear();
    QTest::newRow("os-shutdown, instance-store root terminates")
        << store << Action::OsShutdown << InstanceState::ShuttingDown << qint64(20)
        << InstanceState::Terminated << "Client.InstanceInitiatedShutdown";
    InstanceSpec spot = webSpec();
    spot.market = Market::Spot;
    spot.hibernationEnabled = false; // with hibernation configured a Spot instance always hibernates
    QTest::newRow("spot interruption, terminate: still running during the notice")
        << spot << Action::SpotInterruption << InstanceState::Running << qint64(119) << InstanceState::Running
        << "";
    QTest::newRow("spot interruption, terminate: terminated after 2 minutes")
        << spot << Action::SpotInterruption << InstanceState::Running << qint64(120 + 20)
        << InstanceState::Terminated << "Server.SpotInstanceTermination";
    InstanceSpec spotStop = spot;
    spotStop.spotInterruptionBehavior = SpotInterruptionBehavior::Stop;
    QTest::newRow("spot interruption, stop: stopped after 2 minutes")
        << spotStop << Action::SpotInterruption << InstanceState::Running << qint64(120 + 30)
        << InstanceState::Stopped << "Server.SpotInstanceShutdown";
    InstanceSpec spotHib = spot;
    spotHib.hibernationEnabled = true;
    spotHib.spotInterruptionBehavior = SpotInterruptionBehavior::Hibernate;
    QTest::newRow("spot interruption, hibernate: stopping at once")
        << spotHib << Action::SpotInterruption << InstanceState::Stopping << qint64(60)
        << InstanceState::Stopped << "Server.SpotInstanceShutdown";
    // AWS SpotMarketOptions: launched with hibernation configured, the interruption behaviour is
    // hibernate whatever else was asked.
    InstanceSpec spotHibConfigured = spotHib;
    spotHibConfigured.spotInterruptionBehavior = SpotInterruptionBehavior::Terminate;
    QTest::newRow("spot interruption, hibernation configured (behaviour terminate asked): hibernates")
        << spotHibConfigured << Action::SpotInterruption << InstanceState::Stopping << qint64(60)
        << InstanceState::Stopped << "Server.SpotInstanceShutdown";
    spotHibConfigured.spotInterruptionBehavior = SpotInterruptionBehavior::Stop;
    QTest::newRow("spot interruption, hibernation configured (behaviour stop asked): hibernates")
        << spotHibConfigured << Action::SpotInterruption << InstanceState::Stopping << qint64(60)
        << InstanceState::Stopped << "Server.SpotInstanceShutdown";
    QTest::newRow("scheduled retirement, EBS-backed -> stopped")
        << webSpec() << Action::ScheduledRetirement << InstanceState::Stopping << qint64(30)
        << InstanceState::Stopped << "Server.ScheduledStop";
    QTest::newRow("scheduled retirement, instance store -> terminated")
        << store << Action::ScheduledRetirement << InstanceState::ShuttingDown << qint64(20)
        << InstanceState::Terminated << "Server.ScheduledStop";
    QTest::newRow("capacity-returns on an On-Demand instance is ignored")
        << webSpec() << Action::CapacityReturns << InstanceState::Running << qint64(100)
        << InstanceState::Running << "";
    QTest::newRow("launch-failure of a running instance is ignored")
        << webSpec() << Action::LaunchFailure << InstanceState::Running << qint64(100)
        << InstanceState::Running << "";
}

void TestLifecycle::events()
{
    QFETCH(InstanceSpec, spec);
    QFETCH(Action, event);
    QFETCH(InstanceState, reported);
    QFETCH(qint64, settleAfter);
    QFETCH(InstanceState, settled);
    QFETCH(QString, reason);
    LifecycleEngine e;
    const QString id = e.launch(spec).instanceId;
    e.advanceTo(200);
    QCOMPARE(e.state(id), InstanceState::Running);
    ActionRequest q;
    q.action = event;
    q.instanceId = id;
    const ActionResult r = e.apply(q);
    QVERIFY2(r.ok, qPrintable(r.errorMessage));
    QCOMPARE(r.previousState, std::optional<InstanceState>(InstanceState::Running));
    QCOMPARE(r.currentState, std::optional<InstanceState>(reported));
    e.advanceTo(200 + settleAfter);
    QCOMPARE(e.state(id), settled);
    QCOMPARE(reasonCode(e.status(id).reason), reason);
    if (event == Action::SpotInterruption) {
        const auto notice = std::find_if(e.events().cbegin(), e.events().cend(),
            [](const EventRecord &r) { return r.kind == EventKind::SpotInterruptionNotice; });
        QVERIFY(notice != e.events().cend());
        QCOMPARE(notice->at, qint64(200));
    }
}

void TestLifecycle::spotNoticeCancelledByUserStop()
{
    InstanceSpec spot = webSpec();
    spot.market = Market::Spot;
    spot.hibernationEnabled = false; // else it would hibernate at once, without a notice period
    LifecycleEngine e;
    const QString id = e.launch(spot).instanceId;
    e.advanceTo(200);
    e.spotInterruption(id);
    QCOMPARE(e.status(id).spotInterruptionAt, std::optional<qint64>(320));
    e.advanceTo(250);
    QVERIFY(e.stop(id).ok);
    e.advanceTo(1000);
    QCOMPARE(e.state(id), InstanceState::Stopped); // the user's stop won; no termination at 320
    QCOMPARE(reasonCode(e.status(id).reason), QStringLiteral("Client.UserInitiatedShutdown"));
}

void TestLifecycle::spotStoppedWaitsForCapacity()
{
    InstanceSpec spot = webSpec();
    spot.market = Market::Spot;
    spot.spotInterruptionBehavior = SpotInterruptionBehavior::Hibernate;
    LifecycleEngine e;
    const QString id = e.launch(spot).instanceId;
    e.advanceTo(500);
    e.spotInterruption(id);
    e.advanceTo(600);
    QCOMPARE(e.state(id), InstanceState::Stopped);
    QVERIFY(e.status(id).awaitingCapacity);
    QVERIFY(e.status(id).hibernated);
    const ActionResult r = e.capacityReturns(id);
    QVERIFY(r.ok);
    QCOMPARE(r.currentState, std::optional<InstanceState>(InstanceState::Pending));
    e.advanceTo(700);
    QCOMPARE(e.state(id), InstanceState::Running);
    QVERIFY(!e.status(id).hibernated); // RAM restored
    QVERIFY(std::any_of(e.events().cbegin(), e.events().cend(),
        [](const EventRecord &r) { return r.kind == EventKind::HibernationResumed; }));
}

void TestLifecycle::modifyTypeAppliesAtNextStart()
{
    LifecycleEngine e;
    const QString id = e.launch(webSpec()).instanceId;
    e.advanceTo(20);
    e.stop(id);
    e.advanceTo(3620);
    const ActionResult r = e.modifyType(id, QStringLiteral("m5.xlarge"), *Money::parse(u"0.192"));
    QVERIFY(r.ok);
    QCOMPARE(r.currentState, std::optional<InstanceState>(InstanceState::Stopped));
    e.start(id);
    e.advanceTo(3640 + 3600);
    const QList<RunPeriod> periods = e.runPeriods(id);
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods[0].pricePerHour, *Money::parse(u"0.096"));
    QCOMPARE(periods[0].instanceType, QStringLiteral("m5.large"));
    QCOMPARE(periods[1].pricePerHour, *Money::parse(u"0.192"));
    QCOMPARE(periods[1].instanceType, QStringLiteral("m5.xlarge"));
    QCOMPARE(periods[1].cost, *Money::parse(u"0.192"));
}

void TestLifecycle::spotTypeChangeAfterCapacityReturns()
{
    // Only a Spot instance *stopped by an interruption* keeps its type (AWS, "Stop interrupted Spot
    // Instances"); once EC2 restarted it and the user stopped it, the type can change. Turning
    // stop protection off on a Spot instance is never refused (only enabling it is).
    InstanceSpec spot = webSpec();
    spot.market = Market::Spot;
    spot.hibernationEnabled = false;
    spot.spotInterruptionBehavior = SpotInterruptionBehavior::Stop;
    LifecycleEngine e;
    const QString id = e.launch(spot).instanceId;
    e.advanceTo(200);
    e.spotInterruption(id);
    e.advanceTo(400); // notice 200..320, stopping 320..350
    QCOMPARE(e.state(id), InstanceState::Stopped);
    QVERIFY(!e.modifyType(id, QStringLiteral("m5.xlarge"), *Money::parse(u"0.192")).ok);
    QVERIFY(e.capacityReturns(id).ok);
    e.advanceTo(500);
    QVERIFY(e.stop(id).ok);
    e.advanceTo(600);
    QCOMPARE(e.state(id), InstanceState::Stopped);
    QVERIFY(e.modifyType(id, QStringLiteral("m5.xlarge"), *Money::parse(u"0.192")).ok);
    QCOMPARE(e.status(id).spec.instanceType, QStringLiteral("m5.xlarge"));
    QVERIFY(e.setStopProtection(id, false).ok);
}

void TestLifecycle::addressesAcrossReboot()
{
    LifecycleEngine e;
    const QString id = e.launch(webSpec()).instanceId;
    e.advanceTo(100);
    const AddressRecord before = e.status(id).addresses;
    QVERIFY(before.publicIp.startsWith(QLatin1String("203.0.113."))
        || before.publicIp.startsWith(QLatin1String("198.51.100.")));
    QVERIFY(before.privateIp.startsWith(QLatin1String("172.31.")));
    QVERIFY(e.reboot(id).ok);
    QVERIFY(e.status(id).rebooting);
    e.advanceTo(200);
    QVERIFY(!e.status(id).rebooting);
    QCOMPARE(e.state(id), InstanceState::Running);
    const AddressRecord after = e.status(id).addresses;
    QCOMPARE(after.publicIp, before.publicIp); // the widespread belief is wrong: a reboot keeps it
    QCOMPARE(after.privateIp, before.privateIp);
    QCOMPARE(e.addressHistory(id).size(), 1);
    QCOMPARE(e.stateHistory(id).size(), 2); // pending, running: a reboot enters no state
    QCOMPARE(e.runPeriods(id).size(), 1);
}

void TestLifecycle::addressesAcrossStopStart_data()
{
    QTest::addColumn<bool>("hibernate");
    QTest::newRow("stop -> start") << false;
    QTest::newRow("hibernate -> start") << true;
}

void TestLifecycle::addressesAcrossStopStart()
{
    QFETCH(bool, hibernate);
    InstanceSpec s = webSpec();
    s.ipv6 = true;
    LifecycleEngine e;
    const QString id = e.launch(s).instanceId;
    e.advanceTo(200);
    const AddressRecord first = e.status(id).addresses;
    QVERIFY(first.ipv6.startsWith(QLatin1String("2001:db8:")));
    QVERIFY(hibernate ? e.hibernate(id).ok : e.stop(id).ok);
    QCOMPARE(e.status(id).addresses.publicIp, first.publicIp); // released when stopped, not while stopping
    e.advanceTo(400);
    QCOMPARE(e.state(id), InstanceState::Stopped);
    QCOMPARE(reasonCode(e.status(id).reason),
        hibernate ? QStringLiteral("Client.UserInitiatedHibernate")
                  : QStringLiteral("Client.UserInitiatedShutdown"));
    const AddressRecord stopped = e.status(id).addresses;
    QVERIFY(stopped.publicIp.isEmpty());
    QVERIFY(stopped.publicDns.isEmpty());
    QCOMPARE(stopped.privateIp, first.privateIp);
    QCOMPARE(stopped.ipv6, first.ipv6);
    e.start(id);
    e.advanceTo(500);
    const AddressRecord again = e.status(id).addresses;
    QVERIFY(!again.publicIp.isEmpty());
    QVERIFY(again.publicIp != first.publicIp); // a new auto-assigned address
    QCOMPARE(again.publicDns,
        QStringLiteral("ec2-%1.compute-1.amazonaws.com").arg(QString(again.publicIp).replace(u'.', u'-')));
    QCOMPARE(again.privateIp, first.privateIp);
    QCOMPARE(again.ipv6, first.ipv6);
    QCOMPARE(e.addressHistory(id).size(), 3); // launch, stopped, started
    e.terminate(id);
    e.advanceTo(600);
    const AddressRecord gone = e.status(id).addresses;
    QVERIFY(gone.privateIp.isEmpty() && gone.privateDns.isEmpty() && gone.ipv6.isEmpty()
        && gone.publicIp.isEmpty());
    QCOMPARE(e.addressHistory(id).size(), 4);
}

void TestLifecycle::elasticIpLifecycle()
{
    LifecycleEngine e;
    const QString id = e.launch(webSpec()).instanceId;
    e.advanceTo(100);
    const QString autoIp = e.status(id).addresses.publicIp;
    const ActionResult alloc = e.allocateAddress(QStringLiteral("eip1"));
    QVERIFY(alloc.ok);
    QVERIFY(alloc.allocationId.contains(QRegularExpression(QStringLiteral("^eipalloc-[0-9a-f]{17}$"))));
    QVERIFY(alloc.publicIp.startsWith(QLatin1String("192.0.2.")));
    QVERIFY(e.associateAddress(alloc.allocationId, id).ok);
    AddressRecord a = e.status(id).addresses;
    QCOMPARE(a.publicIp, alloc.publicIp); // the auto-assigned address is released
    QCOMPARE(a.elasticIp, alloc.publicIp);
    QVERIFY(a.publicIp != autoIp);
    // The EIP survives reboot and stop/start.
    e.reboot(id);
    e.advanceTo(200);
    QCOMPARE(e.status(id).addresses.elasticIp, alloc.publicIp);
    e.stop(id);
    e.advanceTo(300);
    QCOMPARE(e.status(id).addresses.publicIp, alloc.publicIp);
    e.start(id);
    e.advanceTo(400);
    QCOMPARE(e.status(id).addresses.publicIp, alloc.publicIp);
    // Disassociating from a running instance gives it a new auto-assigned address.
    QVERIFY(e.disassociateAddress(alloc.allocationId).ok);
    a = e.status(id).addresses;
    QVERIFY(a.elasticIp.isEmpty());
    QVERIFY(a.publicIp.startsWith(QLatin1String("203.0.113."))
        || a.publicIp.startsWith(QLatin1String("198.51.100.")));
    // AWS DisassociateAddress: disassociating an address that is not associated is idempotent.
    const int historyBefore = e.addressHistory(id).size();
    const ActionResult again = e.disassociateAddress(alloc.allocationId);
    QVERIFY(again.ok);
    QCOMPARE(e.addressHistory(id).size(), historyBefore);
    // Terminating disassociates the EIP; it stays allocated.
    QVERIFY(e.associateAddress(alloc.allocationId, id).ok);
    e.terminate(id);
    e.advanceTo(500);
    QCOMPARE(e.state(id), InstanceState::Terminated);
    a = e.status(id).addresses;
    QVERIFY(a.publicIp.isEmpty() && a.privateIp.isEmpty() && a.elasticIp.isEmpty() && a.publicDns.isEmpty());
    const auto eip = e.elasticAddress(alloc.allocationId);
    QVERIFY(eip.has_value());
    QVERIFY(eip->associatedInstanceId.isEmpty());
    QVERIFY(!eip->releasedAt);
    QVERIFY(e.releaseAddress(alloc.allocationId).ok);
    QCOMPARE(e.releaseAddress(alloc.allocationId).errorCode, QStringLiteral("InvalidAllocationID.NotFound"));
}

void TestLifecycle::elasticIpRules_data()
{
    QTest::addColumn<EipScenario>("scenario");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("message"); // %1 = instance a, %2 = instance b, %3 = the Elastic IP
    QTest::addColumn<QString>("eipOn"); // "a", "b", "none" or "released" afterwards
    QTest::addColumn<QString>("aPublic"); // a's public IP afterwards: "eip", "auto" (a new one) or "none"
    QTest::addColumn<QString>("lostBy"); // ActionResult::disassociatedInstanceId: "a" or ""

    // AWS AssociateAddress (AllowReassociation): in a VPC reassociation is automatic, so an
    // address already on another instance moves; the old instance loses it and, running with
    // auto-assign, gets a new public IP (lifecycle.md section 3).
    QTest::newRow("associate an address on another instance moves it")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) { return e.associateAddress(w.alloc, w.b); }) << ""
        << ""
        << "b"
        << "auto"
        << "a";
    QTest::newRow("move from a stopped instance: it keeps no public IP")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) {
               e.stop(w.a);
               e.advanceBy(30);
               return e.associateAddress(w.alloc, w.b);
           })
        << ""
        << ""
        << "b"
        << "none"
        << "a";
    QTest::newRow("move to a stopped instance") << EipScenario([](LifecycleEngine &e, EipWorld &w) {
        e.stop(w.b);
        e.advanceBy(30);
        return e.associateAddress(w.alloc, w.b);
    }) << ""
                                                << ""
                                                << "b"
                                                << "auto"
                                                << "a";
    // AWS: only AllowReassociation=false makes the call fail with Resource.AlreadyAssociated.
    QTest::newRow("allow_reassociation false: Resource.AlreadyAssociated")
        << EipScenario(
               [](LifecycleEngine &e, EipWorld &w) { return e.associateAddress(w.alloc, w.b, false); })
        << "Resource.AlreadyAssociated"
        << "The address '%3' is already associated with instance '%1'."
        << "a"
        << "eip"
        << "";
    QTest::newRow("allow_reassociation false on the same instance: no-op") << EipScenario(
        [](LifecycleEngine &e, EipWorld &w) { return e.associateAddress(w.alloc, w.a, false); })
                                                                           << ""
                                                                           << ""
                                                                           << "a"
                                                                           << "eip"
                                                                           << "";
    // AWS (real responses, lifecycle.md section 3): a pending instance cannot take an address.
    QTest::newRow("associate to a pending instance: InvalidInstanceID")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) {
               w.b = e.launch(webSpec()).instanceId; // pending for 20 s
               e.advanceBy(19);
               return e.associateAddress(w.alloc, w.b);
           })
        << "InvalidInstanceID"
        << "The pending instance '%2' is not in a valid state for this operation."
        << "a"
        << "eip"
        << "";
    QTest::newRow("associate to an instance pending after a start: InvalidInstanceID")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) {
               e.stop(w.b);
               e.advanceBy(30);
               e.start(w.b);
               return e.associateAddress(w.alloc, w.b);
           })
        << "InvalidInstanceID"
        << "The pending instance '%2' is not in a valid state for this operation."
        << "a"
        << "eip"
        << "";
    QTest::newRow("associate to a terminated instance keeps IncorrectInstanceState")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) {
               e.terminate(w.b);
               e.advanceBy(20);
               return e.associateAddress(w.alloc, w.b);
           })
        << "IncorrectInstanceState"
        << "The instance '%2' is not in a valid state for this operation."
        << "a"
        << "eip"
        << "";
    // AWS ReleaseAddress: in the default VPC an associated address is disassociated and released.
    QTest::newRow("release an associated address in the default VPC")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) { return e.releaseAddress(w.alloc); }) << ""
        << ""
        << "released"
        << "auto"
        << "a";
    // AWS DisassociateAddress: idempotent.
    QTest::newRow("disassociate an address that is not associated: ok, nothing changes")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) {
               e.disassociateAddress(w.alloc);
               return e.disassociateAddress(w.alloc);
           })
        << ""
        << ""
        << "none"
        << "auto"
        << "";
    // AWS: 5 Elastic IPs per Region by default; the 6th allocation fails (code AddressLimitExceeded).
    QTest::newRow("quota 5: the 6th allocation fails") << EipScenario([](LifecycleEngine &e, EipWorld &) {
        for (int i = 2; i <= 5; ++i) {
            if (!e.allocateAddress().ok)
                return ActionResult::refused(QStringLiteral("early"), QString::number(i));
        }
        return e.allocateAddress();
    }) << "AddressLimitExceeded"
                                                       << "The maximum number of addresses has been reached."
                                                       << "a"
                                                       << "eip"
                                                       << "";
    QTest::newRow("quota 5: a released address frees its place")
        << EipScenario([](LifecycleEngine &e, EipWorld &) {
               QString last;
               for (int i = 2; i <= 5; ++i)
                   last = e.allocateAddress().allocationId;
               e.releaseAddress(last);
               return e.allocateAddress(); // 5 held again
           })
        << ""
        << ""
        << "a"
        << "eip"
        << "";
    QTest::newRow("releasing twice: InvalidAllocationID.NotFound")
        << EipScenario([](LifecycleEngine &e, EipWorld &w) {
               e.releaseAddress(w.alloc);
               const ActionResult r = e.releaseAddress(w.alloc);
               w.ip = w.alloc; // the message names the allocation id
               return r;
           })
        << "InvalidAllocationID.NotFound"
        << "The allocation ID '%3' does not exist"
        << "released"
        << "auto"
        << "";
}

void TestLifecycle::elasticIpRules()
{
    QFETCH(EipScenario, scenario);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, eipOn);
    QFETCH(QString, aPublic);
    QFETCH(QString, lostBy);
    LifecycleEngine e;
    EipWorld w;
    w.a = e.launch(webSpec()).instanceId;
    w.b = e.launch(webSpec()).instanceId;
    e.advanceTo(200);
    w.aFirstAutoIp = e.status(w.a).addresses.publicIp;
    const ActionResult alloc = e.allocateAddress(QStringLiteral("eip1"));
    w.alloc = alloc.allocationId;
    w.ip = alloc.publicIp;
    QVERIFY(e.associateAddress(w.alloc, w.a).ok);
    const QString allocationId = w.alloc;

    const ActionResult r = scenario(e, w);
    QCOMPARE(r.errorCode, code);
    QCOMPARE(r.ok, code.isEmpty());
    QCOMPARE(r.errorMessage,
        QString(message)
            .replace(QStringLiteral("%1"), w.a)
            .replace(QStringLiteral("%2"), w.b)
            .replace(QStringLiteral("%3"), w.ip));
    QCOMPARE(r.disassociatedInstanceId, lostBy == u"a" ? w.a : QString());

    const auto eip = e.elasticAddress(allocationId);
    QVERIFY(eip);
    QCOMPARE(bool(eip->releasedAt), eipOn == u"released");
    const QString expectedOn = eipOn == u"a" ? w.a : eipOn == u"b" ? w.b : QString();
    QCOMPARE(eip->associatedInstanceId, expectedOn);
    const AddressRecord a = e.status(w.a).addresses;
    if (aPublic == u"eip") {
        QCOMPARE(a.publicIp, eip->publicIp);
        QCOMPARE(a.elasticIp, eip->publicIp);
    } else if (aPublic == u"auto") {
        QVERIFY(a.elasticIp.isEmpty());
        QVERIFY2(isAutoAssigned(a.publicIp), qPrintable(a.publicIp));
        QVERIFY(a.publicIp != w.aFirstAutoIp); // a new address, not the one it had before the EIP
    } else {
        QVERIFY(a.publicIp.isEmpty() && a.elasticIp.isEmpty());
    }
    if (eipOn == u"b") {
        const AddressRecord b = e.status(w.b).addresses;
        QCOMPARE(b.elasticIp, eip->publicIp);
        QCOMPARE(b.publicIp, eip->publicIp); // b's auto-assigned address is released
    }
}

void TestLifecycle::dnsNames_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("publicSuffix");
    QTest::addColumn<QString>("privateSuffix");
    QTest::newRow("us-east-1") << "us-east-1"
                               << ".compute-1.amazonaws.com"
                               << ".ec2.internal";
    QTest::newRow("eu-west-1") << "eu-west-1"
                               << ".eu-west-1.compute.amazonaws.com"
                               << ".eu-west-1.compute.internal";
}

void TestLifecycle::dnsNames()
{
    QFETCH(QString, region);
    QFETCH(QString, publicSuffix);
    QFETCH(QString, privateSuffix);
    InstanceSpec s = webSpec();
    s.region = region;
    LifecycleEngine e;
    const QString id = e.launch(s).instanceId;
    const AddressRecord a = e.status(id).addresses;
    QCOMPARE(a.publicDns, QStringLiteral("ec2-") + QString(a.publicIp).replace(u'.', u'-') + publicSuffix);
    QCOMPARE(a.privateDns, QStringLiteral("ip-") + QString(a.privateIp).replace(u'.', u'-') + privateSuffix);
}

void TestLifecycle::storageAtTermination()
{
    InstanceSpec s = webSpec();
    VolumeSpec data;
    data.sizeGb = 100;
    data.pricePerGbMonth = *Money::parse(u"0.08");
    s.volumes.append(data); // not root: DeleteOnTermination false
    LifecycleEngine e;
    const QString id = e.launch(s).instanceId;
    e.advanceTo(100);
    e.terminate(id);
    e.advanceTo(3600);
    const QList<VolumeRecord> v = e.status(id).volumes;
    QCOMPARE(v.size(), 2);
    QVERIFY(v[0].volumeId.contains(QRegularExpression(QStringLiteral("^vol-[0-9a-f]{17}$"))));
    QCOMPARE(v[0].deletedAt, std::optional<qint64>(120)); // root deleted at termination
    QVERIFY(!v[1].deletedAt); // survives ...
    QCOMPARE(v[1].detachedAt, std::optional<qint64>(120));
    // ... and bills on: 100 GB x 0.08 / (730 x 3600) x 3600 s = 8 / 730 USD.
    QCOMPARE(v[1].costSoFar, Money::parse(u"8").value().mulDiv(1, 730));
    // Root: 8 GB x 0.08 for 120 s.
    QCOMPARE(v[0].costSoFar, Money::parse(u"0.64").value().mulDiv(120, 730 * 3600));
}

void TestLifecycle::instanceStoreData()
{
    InstanceSpec s = webSpec();
    VolumeSpec eph;
    eph.type = QStringLiteral("instance-store");
    s.volumes.append(eph);
    LifecycleEngine e;
    const QString id = e.launch(s).instanceId;
    e.advanceTo(100);
    QVERIFY(e.status(id).instanceStoreHasData);
    e.reboot(id);
    e.advanceTo(200);
    QVERIFY(e.status(id).instanceStoreHasData); // kept across reboot
    QCOMPARE(e.status(id).volumes[1].dataLostCount, qint64(0));
    e.hibernate(id);
    e.advanceTo(300);
    QVERIFY(!e.status(id).instanceStoreHasData); // lost on hibernate (and stop)
    QCOMPARE(e.status(id).volumes[1].dataLostCount, qint64(1));
    e.start(id);
    e.advanceTo(400);
    e.terminate(id);
    e.advanceTo(500);
    QCOMPARE(e.status(id).volumes[1].dataLostCount, qint64(2)); // and on terminate
}

void TestLifecycle::terminatedInstanceVanishes()
{
    LifecycleEngine e;
    const QString id = e.launch(webSpec()).instanceId;
    e.advanceTo(100);
    e.terminate(id);
    e.advanceTo(120);
    QCOMPARE(e.state(id), InstanceState::Terminated);
    e.advanceTo(120 + 3599);
    QVERIFY(e.terminate(id).ok); // still visible: idempotent terminate
    QVERIFY(!e.status(id).vanished);
    e.advanceTo(120 + 3600);
    QVERIFY(e.status(id).vanished);
    for (Action a : { Action::Start, Action::Stop, Action::Reboot, Action::Terminate, Action::ModifyType }) {
        ActionRequest q;
        q.action = a;
        q.instanceId = id;
        const ActionResult r = e.apply(q);
        QCOMPARE(r.errorCode, QStringLiteral("InvalidInstanceID.NotFound"));
        QCOMPARE(r.errorMessage, QStringLiteral("The instance ID '%1' does not exist").arg(id));
    }
}

void TestLifecycle::determinism()
{
    const LifecycleEngine empty;
    QVERIFY(empty.status(kUnknownId).instanceId.isEmpty()); // no out-of-bounds read
    QVERIFY(empty.stateHistory(kUnknownId).isEmpty());
    QCOMPARE(empty.billing(kUnknownId).billedSeconds, qint64(0));

    auto run = [](quint64 seed) {
        LifecycleConfig c;
        c.seed = seed;
        LifecycleEngine e(c);
        QStringList out;
        for (int i = 0; i < 5; ++i) {
            const QString id = e.launch(webSpec()).instanceId;
            out << id << e.status(id).addresses.privateIp << e.status(id).addresses.publicIp;
        }
        out << e.allocateAddress().publicIp;
        return out;
    };
    const QStringList a = run(42);
    QCOMPARE(run(42), a);
    QVERIFY(run(43) != a);
    QVERIFY(a.first().contains(QRegularExpression(QStringLiteral("^i-[0-9a-f]{17}$"))));
    QCOMPARE(QSet<QString>(a.cbegin(), a.cend()).size(), a.size()); // no id or address twice
}

void TestLifecycle::replayRebuildsEarlierState()
{
    LifecycleEngine e;
    const QString id = e.launch(webSpec()).instanceId;
    e.advanceTo(300);
    e.stop(id);
    e.advanceTo(600);
    e.start(id);
    e.advanceTo(1000);
    const LifecycleEngine at310 = e.replayedTo(310);
    QCOMPARE(at310.now(), qint64(310));
    QCOMPARE(at310.state(id), InstanceState::Stopping);
    QCOMPARE(at310.billing(id).billedSeconds, qint64(280));
    // Without a replay: the records in force at a time.
    QVERIFY(!e.stateAt(id, -1));
    QCOMPARE(e.stateAt(id, 310)->state, InstanceState::Stopping);
    QCOMPARE(e.stateAt(id, 330)->state, InstanceState::Stopped); // stopped at 330
    QCOMPARE(e.stateAt(id, 330)->at, qint64(330));
    QCOMPARE(e.stateAt(id, 999)->state, InstanceState::Running);
    QVERIFY(e.addressesAt(id, 400)->publicIp.isEmpty());
    QCOMPARE(e.addressesAt(id, 100)->publicIp, e.addressHistory(id).first().publicIp);
    const LifecycleEngine at1000 = e.replayedTo(1000);
    QCOMPARE(at1000.status(id).addresses.publicIp, e.status(id).addresses.publicIp);
    QCOMPARE(at1000.totalCost(), e.totalCost());
    QCOMPARE(at1000.stateHistory(id).size(), e.stateHistory(id).size());
}

void TestLifecycle::manyInstances()
{
    // More instances than public documentation addresses: the pool runs dry without duplicates.
    LifecycleEngine e;
    InstanceSpec s = webSpec();
    QSet<QString> publicIps;
    int withoutPublic = 0;
    for (int i = 0; i < 600; ++i) {
        const QString id = e.launch(s).instanceId;
        const QString ip = e.status(id).addresses.publicIp;
        if (ip.isEmpty())
            ++withoutPublic;
        else
            publicIps.insert(ip);
    }
    QCOMPARE(publicIps.size(), 508);
    QCOMPARE(withoutPublic, 600 - 508);
    e.advanceTo(100);
    for (const QString &id : e.instanceIds())
        QCOMPARE(e.state(id), InstanceState::Running);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
