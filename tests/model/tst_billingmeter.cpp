#include "lifecycle/billingmeter.h"
#include "lifecycle/lifecycleengine.h"

#include <QTest>
#include <functional>

using namespace ec2lab;

namespace {

Money usd(const char16_t *text)
{
    return *Money::parse(QStringView(text));
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

InstanceSpec spec(Platform platform = Platform::Linux, Market market = Market::OnDemand)
{
    InstanceSpec s;
    s.name = QStringLiteral("web");
    s.platform = platform;
    s.market = market;
    s.pricePerHour = usd(u"0.096");
    s.hibernationEnabled = true;
    s.autoAssignPublicIp = false; // keep these cases about instance usage
    VolumeSpec root;
    root.root = true;
    root.encrypted = true;
    root.deleteOnTermination = true;
    root.pricePerGbMonth = usd(u"0.08");
    s.volumes = { root };
    return s;
}

/// A Spot instance without hibernation configured, so an interruption follows its behaviour
/// (terminate by default) instead of hibernating at once.
InstanceSpec spotSpec(Platform platform = Platform::Linux)
{
    InstanceSpec s = spec(platform, Market::Spot);
    s.hibernationEnabled = false;
    return s;
}

/// Drives one instance (pending 20 s, stopping 30 s, hibernating 60 s) and returns its id.
using Drive = std::function<QString(LifecycleEngine &)>;

} // namespace

Q_DECLARE_METATYPE(Drive)

/// The billing meter against lifecycle.md section 5, with every expectation computed by hand.
class TestBillingMeter : public QObject
{
    Q_OBJECT

private slots:
    void instanceUsage_data();
    void instanceUsage();
    void billedSecondsRule_data();
    void billedSecondsRule();
    void spotInterruptedRule_data();
    void spotInterruptedRule();
    void publicIpv4_data();
    void publicIpv4();
    void ebsPerGbMonth();
    void ebsMinimum_data();
    void ebsMinimum();
    void billingSplit();
    void clockHours_data();
    void clockHours();
    void costModelAgreesWithMeter();
};

void TestBillingMeter::instanceUsage_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<Drive>("drive");
    QTest::addColumn<qint64>("billedSeconds");
    QTest::addColumn<QString>("instanceCost");

    const QDateTime y2026 = utc(2026, 3, 2, 9);
    // Running from t = 20 (pending lasts 20 s) in every case.
    QTest::newRow("run 20 s then stop -> 60 s minimum") << y2026 << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec()).instanceId;
        e.advanceTo(40);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(60) << "0.0016";
    QTest::newRow("run 30 s, reboot, run 30 s -> 60 s (no new period)")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spec()).instanceId;
               e.advanceTo(50);
               e.reboot(id);
               e.advanceTo(80);
               e.stop(id);
               e.advanceTo(5000);
               return id;
           })
        << qint64(60) << "0.0016";
    QTest::newRow("run 30 s, stop, start, run 30 s -> 120 s") << y2026 << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec()).instanceId;
        e.advanceTo(50);
        e.stop(id);
        e.advanceTo(80); // stopped
        e.start(id);
        e.advanceTo(130); // running since 100
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(120) << "0.0032";
    QTest::newRow("run 3 min 40 s -> 220 s") << y2026 << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec()).instanceId;
        e.advanceTo(240);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(220) << "0.005866667"; // 0.096 x 220 / 3600 = 0.0058666...
    QTest::newRow("still running: the open period already bills its minimum")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spec()).instanceId;
               e.advanceTo(30);
               return id;
           })
        << qint64(60) << "0.0016";
    QTest::newRow("SUSE run 10 min -> 3,600 s") << y2026 << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::Suse)).instanceId;
        e.advanceTo(620);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(3600) << "0.096";
    QTest::newRow("SUSE run 61 min -> 7,200 s") << y2026 << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::Suse)).instanceId;
        e.advanceTo(20 + 61 * 60);
        e.stop(id);
        e.advanceTo(9000);
        return id;
    }) << qint64(7200) << "0.192";
    QTest::newRow("RHEL 10 min in March 2024 -> per started hour") << utc(
        2024, 3, 15) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::Rhel)).instanceId;
        e.advanceTo(620);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(3600) << "0.096";
    QTest::newRow("RHEL 10 min in May 2024 -> per second") << utc(
        2024, 5, 15) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::Rhel)).instanceId;
        e.advanceTo(620);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(600) << "0.016";
    QTest::newRow("hibernation: the 60 s of stopping are billed") << y2026 << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec()).instanceId;
        e.advanceTo(200);
        e.hibernate(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(240) << "0.0064";
    QTest::newRow("plain stop: the 30 s of stopping are not billed")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spec()).instanceId;
               e.advanceTo(200);
               e.stop(id);
               e.advanceTo(5000);
               return id;
           })
        << qint64(180) << "0.0048";
    QTest::newRow("Spot interrupted in the first hour -> not charged")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spotSpec()).instanceId;
               e.advanceTo(1000);
               e.spotInterruption(id); // terminated at 1120: a run of 1,100 s
               e.advanceTo(5000);
               return id;
           })
        << qint64(0) << "0";
    QTest::newRow("Spot hibernated by EC2 in the first hour -> not charged")
        << y2026 << Drive([](LifecycleEngine &e) {
               InstanceSpec s = spec(Platform::Linux, Market::Spot);
               s.spotInterruptionBehavior = SpotInterruptionBehavior::Hibernate;
               const QString id = e.launch(s).instanceId;
               e.advanceTo(1000);
               e.spotInterruption(id);
               e.advanceTo(5000);
               return id;
           })
        << qint64(0) << "0";
    QTest::newRow("Spot hibernated by EC2, terminated by the user meanwhile -> not charged")
        << y2026 << Drive([](LifecycleEngine &e) {
               InstanceSpec s = spec(Platform::Linux, Market::Spot);
               s.spotInterruptionBehavior = SpotInterruptionBehavior::Hibernate;
               const QString id = e.launch(s).instanceId;
               e.advanceTo(1000);
               e.spotInterruption(id);
               e.advanceTo(1030);
               e.terminate(id);
               e.advanceTo(5000);
               return id;
           })
        << qint64(0) << "0";
    QTest::newRow("Spot interrupted after the first hour -> per second")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spotSpec()).instanceId;
               e.advanceTo(4000);
               e.spotInterruption(id); // terminated at 4120: 4,100 s
               e.advanceTo(9000);
               return id;
           })
        << qint64(4100) << "0.109333333";
    QTest::newRow("Spot stopped by the user in the first hour -> per second")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spec(Platform::Linux, Market::Spot)).instanceId;
               e.advanceTo(1000);
               e.stop(id);
               e.advanceTo(5000);
               return id;
           })
        << qint64(980) << "0.026133333";
    // AWS "Billing for interrupted Spot Instances": interrupted by EC2 in the first hour, no
    // charge on any platform (the old rule charged SUSE a started hour: lifecycle.md section 5
    // corrected it).
    QTest::newRow("SUSE Spot interrupted in the first hour -> not charged")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spotSpec(Platform::Suse)).instanceId;
               e.advanceTo(1000);
               e.spotInterruption(id); // terminated at 1120: a run of 1,100 s
               e.advanceTo(5000);
               return id;
           })
        << qint64(0) << "0";
    // ... and after it per-hour platforms pay the full hours used, not the interrupted partial one.
    QTest::newRow("SUSE Spot interrupted after 1 h 40 min -> 1 full hour")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spotSpec(Platform::Suse)).instanceId;
               e.advanceTo(20 + 6000 - 120);
               e.spotInterruption(id); // out of running at 6020: a run of 6,000 s = 1 h 40 min
               e.advanceTo(9000);
               return id;
           })
        << qint64(3600) << "0.096";
    QTest::newRow("RHEL Spot in 2023 interrupted after 2 h 10 min -> 2 full hours") << utc(
        2023, 6, 1) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spotSpec(Platform::Rhel)).instanceId;
        e.advanceTo(20 + 7800 - 120);
        e.spotInterruption(id); // a run of 7,800 s
        e.advanceTo(9000);
        return id;
    }) << qint64(7200) << "0.192";
    QTest::newRow("RHEL Spot in May 2024 interrupted after 2 h 10 min -> per second") << utc(
        2024, 5, 15) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spotSpec(Platform::Rhel)).instanceId;
        e.advanceTo(20 + 7800 - 120);
        e.spotInterruption(id);
        e.advanceTo(9000);
        return id;
    }) << qint64(7800) << "0.208"; // 0.096 x 7,800 / 3,600
    QTest::newRow("SUSE Spot stopped by the user after 1 h 40 min -> 2 started hours")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spotSpec(Platform::Suse)).instanceId;
               e.advanceTo(20 + 6000);
               e.stop(id);
               e.advanceTo(9000);
               return id;
           })
        << qint64(7200) << "0.192";
    // AWS: Windows per-second billing started 2021-06-11; before, per started hour.
    QTest::newRow("Windows 10 min on 2021-06-10 -> per started hour") << utc(
        2021, 6, 10, 12) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::Windows)).instanceId;
        e.advanceTo(620);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(3600) << "0.096";
    QTest::newRow("Windows 10 min on 2021-06-11 -> per second") << utc(
        2021, 6, 11) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::Windows)).instanceId;
        e.advanceTo(620);
        e.stop(id);
        e.advanceTo(5000);
        return id;
    }) << qint64(600) << "0.016"; // 0.096 x 600 / 3,600
    QTest::newRow("Windows with SQL Server 61 min in 2020 -> 2 started hours") << utc(
        2020, 1, 6) << Drive([](LifecycleEngine &e) {
        const QString id = e.launch(spec(Platform::WindowsSqlServer)).instanceId;
        e.advanceTo(20 + 61 * 60);
        e.stop(id);
        e.advanceTo(9000);
        return id;
    }) << qint64(7200) << "0.192";
}

void TestBillingMeter::instanceUsage()
{
    QFETCH(QDateTime, start);
    QFETCH(Drive, drive);
    QFETCH(qint64, billedSeconds);
    QFETCH(QString, instanceCost);
    LifecycleConfig c;
    c.start = start;
    LifecycleEngine e(c);
    const QString id = drive(e);
    const BillingSummary b = e.billing(id);
    QCOMPARE(b.billedSeconds, billedSeconds);
    QCOMPARE(b.instance.toPlainString(), instanceCost);
}

void TestBillingMeter::billedSecondsRule_data()
{
    QTest::addColumn<qint64>("run");
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("billed");
    const QDateTime now = utc(2026, 1, 1);
    QTest::newRow("Linux 0 s") << qint64(0) << Platform::Linux << now << qint64(60);
    QTest::newRow("Linux 59 s") << qint64(59) << Platform::Linux << now << qint64(60);
    QTest::newRow("Linux 61 s") << qint64(61) << Platform::Linux << now << qint64(61);
    QTest::newRow("Windows 2 h") << qint64(7200) << Platform::Windows << now << qint64(7200);
    QTest::newRow("Ubuntu 90 s") << qint64(90) << Platform::Ubuntu << now << qint64(90);
    QTest::newRow("SUSE 1 s") << qint64(1) << Platform::Suse << now << qint64(3600);
    QTest::newRow("SUSE exactly 1 h") << qint64(3600) << Platform::Suse << now << qint64(3600);
    QTest::newRow("SUSE 1 h 1 s") << qint64(3601) << Platform::Suse << now << qint64(7200);
    QTest::newRow("RHEL 90 s on 2024-03-31")
        << qint64(90) << Platform::Rhel << utc(2024, 3, 31, 23, 59) << qint64(3600);
    QTest::newRow("RHEL 90 s on 2024-04-01") << qint64(90) << Platform::Rhel << utc(2024, 4, 1) << qint64(90);
    // AWS: per-second billing for Windows and Windows with SQL Server from 2021-06-11.
    QTest::newRow("Windows 90 s on 2021-06-10 23:59")
        << qint64(90) << Platform::Windows << utc(2021, 6, 10, 23, 59) << qint64(3600);
    QTest::newRow("Windows 90 s on 2021-06-11")
        << qint64(90) << Platform::Windows << utc(2021, 6, 11) << qint64(90);
    QTest::newRow("Windows 30 s on 2021-06-11 -> 60 s minimum")
        << qint64(30) << Platform::Windows << utc(2021, 6, 11) << qint64(60);
    QTest::newRow("Windows 3 h 1 s in 2019")
        << qint64(10801) << Platform::Windows << utc(2019, 1, 1) << qint64(14400);
    QTest::newRow("Windows SQL 90 s on 2021-06-10 23:59")
        << qint64(90) << Platform::WindowsSqlServer << utc(2021, 6, 10, 23, 59) << qint64(3600);
    QTest::newRow("Windows SQL 90 s on 2021-06-11")
        << qint64(90) << Platform::WindowsSqlServer << utc(2021, 6, 11) << qint64(90);
    // Modelling choice: RHEL with HA, Windows BYOL and Ubuntu Pro bill like their base system.
    QTest::newRow("RHEL HA 90 s on 2024-03-31")
        << qint64(90) << Platform::RhelHa << utc(2024, 3, 31, 23, 59) << qint64(3600);
    QTest::newRow("RHEL HA 90 s on 2024-04-01")
        << qint64(90) << Platform::RhelHa << utc(2024, 4, 1) << qint64(90);
    QTest::newRow("Windows BYOL 90 s in 2019")
        << qint64(90) << Platform::WindowsByol << utc(2019, 1, 1) << qint64(3600);
    QTest::newRow("Windows BYOL 90 s in 2026") << qint64(90) << Platform::WindowsByol << now << qint64(90);
    QTest::newRow("Ubuntu Pro 90 s") << qint64(90) << Platform::UbuntuPro << now << qint64(90);
}

void TestBillingMeter::spotInterruptedRule_data()
{
    QTest::addColumn<qint64>("run");
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("billed");
    // AWS "Billing for interrupted Spot Instances" (lifecycle.md section 5), interrupted by EC2:
    // first hour free on every platform; then per-second platforms pay the seconds used, per-hour
    // platforms the full hours used and not the interrupted partial hour.
    const QDateTime now = utc(2026, 1, 1);
    const QDateTime rhelHourly = utc(2023, 1, 1);
    QTest::newRow("Linux 59 s -> 0") << qint64(59) << Platform::Linux << now << qint64(0);
    QTest::newRow("Linux 3,599 s -> 0") << qint64(3599) << Platform::Linux << now << qint64(0);
    QTest::newRow("Linux 3,600 s -> 3,600") << qint64(3600) << Platform::Linux << now << qint64(3600);
    QTest::newRow("Linux 3,601 s -> 3,601") << qint64(3601) << Platform::Linux << now << qint64(3601);
    QTest::newRow("SUSE 1 s -> 0") << qint64(1) << Platform::Suse << now << qint64(0);
    QTest::newRow("SUSE 3,599 s -> 0") << qint64(3599) << Platform::Suse << now << qint64(0);
    QTest::newRow("SUSE 3,600 s -> 1 h") << qint64(3600) << Platform::Suse << now << qint64(3600);
    QTest::newRow("SUSE 7,199 s -> 1 h (partial hour free)")
        << qint64(7199) << Platform::Suse << now << qint64(3600);
    QTest::newRow("SUSE 7,200 s -> 2 h") << qint64(7200) << Platform::Suse << now << qint64(7200);
    QTest::newRow("RHEL 2023 5,000 s -> 1 h") << qint64(5000) << Platform::Rhel << rhelHourly << qint64(3600);
    QTest::newRow("RHEL 2023 1,000 s -> 0") << qint64(1000) << Platform::Rhel << rhelHourly << qint64(0);
    QTest::newRow("RHEL 2024-04-01 5,000 s -> 5,000")
        << qint64(5000) << Platform::Rhel << utc(2024, 4, 1) << qint64(5000);
    QTest::newRow("Windows 2020 5,000 s -> 1 h")
        << qint64(5000) << Platform::Windows << utc(2020, 1, 1) << qint64(3600);
}

void TestBillingMeter::spotInterruptedRule()
{
    QFETCH(qint64, run);
    QFETCH(Platform, platform);
    QFETCH(QDateTime, start);
    QFETCH(qint64, billed);
    QCOMPARE(BillingMeter::billedSeconds(run, platform, start, Market::Spot, true), billed);
    // The same run ended by the user: per second with the 60 s minimum, or every started hour.
    const qint64 byUser = BillingMeter::billedPerSecond(platform, start)
        ? std::max<qint64>(60, run)
        : std::max<qint64>(1, (run + 3599) / 3600) * 3600;
    QCOMPARE(BillingMeter::billedSeconds(run, platform, start, Market::Spot, false), byUser);
}

void TestBillingMeter::billedSecondsRule()
{
    QFETCH(qint64, run);
    QFETCH(Platform, platform);
    QFETCH(QDateTime, start);
    QFETCH(qint64, billed);
    QCOMPARE(BillingMeter::billedSeconds(run, platform, start), billed);
}

void TestBillingMeter::publicIpv4_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("instanceIpv4"); // the auto-assigned address on the instance's bill
    QTest::addColumn<QString>("elasticIp"); // the Elastic IP's own cost

    QTest::newRow("EIP idle for 1 h in 2025 -> 0.005") << utc(2025, 6, 1) << "idle eip"
                                                       << "0"
                                                       << "0.005";
    QTest::newRow("EIP idle for 1 h in 2023 -> 0.005") << utc(2023, 6, 1) << "idle eip"
                                                       << "0"
                                                       << "0.005";
    QTest::newRow("EIP on a running instance in 2023 -> free") << utc(2023, 6, 1) << "eip on running"
                                                               << "0"
                                                               << "0";
    QTest::newRow("EIP on a running instance in 2025 -> 0.005") << utc(2025, 6, 1) << "eip on running"
                                                                << "0"
                                                                << "0.005";
    QTest::newRow("EIP on a stopped instance in 2023 -> charged") << utc(2023, 6, 1) << "eip on stopped"
                                                                  << "0"
                                                                  << "0.005";
    QTest::newRow("auto-assigned address 1 h in 2023 -> free") << utc(2023, 6, 1) << "auto"
                                                               << "0"
                                                               << "";
    QTest::newRow("auto-assigned address 1 h in 2026 -> 0.005") << utc(2026, 3, 2) << "auto"
                                                                << "0.005"
                                                                << "";
    QTest::newRow("auto-assigned address across 2024-02-01 -> half an hour")
        << utc(2024, 1, 31, 23, 30) << "auto"
        << "0.0025"
        << "";
}

void TestBillingMeter::publicIpv4()
{
    QFETCH(QDateTime, start);
    QFETCH(QString, scenario);
    QFETCH(QString, instanceIpv4);
    QFETCH(QString, elasticIp);
    LifecycleConfig c;
    c.start = start;
    c.durations.pending = 0;
    c.durations.stopping = 0;
    LifecycleEngine e(c);
    InstanceSpec s = spec();
    s.autoAssignPublicIp = true;
    QString id;
    QString alloc;
    if (scenario == u"idle eip") {
        alloc = e.allocateAddress().allocationId;
    } else if (scenario == u"eip on running") {
        id = e.launch(s).instanceId;
        alloc = e.allocateAddress().allocationId;
        QVERIFY(e.associateAddress(alloc, id).ok);
    } else if (scenario == u"eip on stopped") {
        id = e.launch(s).instanceId;
        alloc = e.allocateAddress().allocationId;
        QVERIFY(e.associateAddress(alloc, id).ok);
        e.stop(id);
        QCOMPARE(e.state(id), InstanceState::Stopped);
    } else {
        id = e.launch(s).instanceId;
    }
    e.advanceTo(3600);
    if (!id.isEmpty())
        QCOMPARE(e.billing(id).publicIpv4.toPlainString(), instanceIpv4);
    if (!alloc.isEmpty())
        QCOMPARE(e.elasticAddress(alloc)->cost.toPlainString(), elasticIp);
}

void TestBillingMeter::ebsPerGbMonth()
{
    LifecycleEngine e;
    const QString id = e.launch(spec()).instanceId;
    e.advanceTo(730 * 3600); // one 730-hour month, whatever the instance does
    QCOMPARE(e.billing(id).ebs, usd(u"0.64")); // 8 GB x 0.08
    QCOMPARE(BillingMeter::ebsCost(usd(u"0.08"), 8, 3600).nanos(), qint64(876712)); // 0.64 / 730, rounded
    QCOMPARE(BillingMeter::ebsCost(usd(u"0.10"), 100, 730 * 3600 / 2), usd(u"5"));
}

void TestBillingMeter::ebsMinimum_data()
{
    QTest::addColumn<qint64>("terminateAt");
    QTest::addColumn<qint64>("billedSeconds");
    QTest::addColumn<QString>("ebs");
    // AWS (EBS pricing, 2017): volumes bill per second with a 60-second minimum. The root volume
    // (8 GB at 0.08 per GB-month) exists from launch (0) until deleted at termination: terminate
    // at T, shutting-down 20 s, deleted at T + 20. 8 x 0.08 = 0.64 per 730-hour month.
    QTest::newRow("existed 30 s -> 60 s")
        << qint64(10) << qint64(60) << "0.000014612"; // 0.64 x 60 / 2,628,000
    QTest::newRow("existed 60 s -> 60 s") << qint64(40) << qint64(60) << "0.000014612";
    QTest::newRow("existed 61 s -> 61 s")
        << qint64(41) << qint64(61) << "0.000014855"; // 0.64 x 61 / 2,628,000
    QTest::newRow("existed 1 h -> 1 h") << qint64(3580) << qint64(3600) << "0.000876712"; // 0.64 / 730
}

void TestBillingMeter::ebsMinimum()
{
    QFETCH(qint64, terminateAt);
    QFETCH(qint64, billedSeconds);
    QFETCH(QString, ebs);
    QCOMPARE(BillingMeter::ebsBilledSeconds(terminateAt + 20), billedSeconds);
    LifecycleEngine e;
    const QString id = e.launch(spec()).instanceId;
    e.advanceTo(terminateAt);
    e.terminate(id);
    e.advanceTo(terminateAt + 20);
    QCOMPARE(e.status(id).volumes.first().deletedAt, std::optional<qint64>(terminateAt + 20));
    e.advanceTo(7200); // a deleted volume bills nothing more
    QCOMPARE(e.billing(id).ebs.toPlainString(), ebs);
    QCOMPARE(e.status(id).volumes.first().costSoFar.toPlainString(), ebs);
}

void TestBillingMeter::billingSplit()
{
    LifecycleEngine e;
    InstanceSpec s = spec();
    s.autoAssignPublicIp = true;
    const QString id = e.launch(s).instanceId;
    e.advanceTo(20 + 3600);
    e.stop(id);
    e.advanceTo(20 + 3600 + 30);
    const BillingSummary b = e.billing(id);
    QCOMPARE(b.billedSeconds, qint64(3600));
    QCOMPARE(b.instance, usd(u"0.096"));
    QCOMPARE(b.ebs, usd(u"0.64").mulDiv(3650, 730 * 3600));
    QCOMPARE(b.publicIpv4ChargedSeconds, qint64(3650)); // held from launch until stopped
    QCOMPARE(b.publicIpv4, usd(u"0.005").mulDiv(3650, 3600));
    QCOMPARE(b.total(), b.instance + b.ebs + b.publicIpv4);
    QCOMPARE(e.totalCost(), b.total());
}

void TestBillingMeter::clockHours_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<qint64>("stopAt");
    QTest::addColumn<qint64>("firstHourStart");
    QTest::addColumn<QList<qint64>>("seconds");
    QTest::newRow("1 h from 09:30:20 straddles two clock hours") << utc(2026, 3, 2, 9,
        30) << Platform::Linux << qint64(3620) << qint64(-1800) << QList<qint64> { 1780, 1820 };
    QTest::newRow("SUSE 10 min: the billed hour is laid from the start")
        << utc(2026, 3, 2, 9) << Platform::Suse << qint64(620) << qint64(0) << QList<qint64> { 3580, 20 };
    QTest::newRow("Linux 10 s: the 60 s minimum lands right after the run") << utc(
        2026, 3, 2, 9, 59) << Platform::Linux << qint64(30) << qint64(-3540) << QList<qint64> { 40, 20 };
}

void TestBillingMeter::clockHours()
{
    QFETCH(QDateTime, start);
    QFETCH(Platform, platform);
    QFETCH(qint64, stopAt);
    QFETCH(qint64, firstHourStart);
    QFETCH(QList<qint64>, seconds);
    LifecycleConfig c;
    c.start = start;
    LifecycleEngine e(c);
    const QString id = e.launch(spec(platform)).instanceId;
    e.advanceTo(stopAt);
    e.stop(id);
    e.advanceTo(stopAt + 100);
    const HourlyUsage u = e.billedSecondsByClockHour(id, 0, stopAt + 100);
    QCOMPARE(u.firstHourStart, firstHourStart);
    QCOMPARE(u.seconds, seconds);
}

void TestBillingMeter::costModelAgreesWithMeter()
{
    // A busy day: several runs, a reboot, a hibernation; the hourly spread priced at the hourly
    // rate must give the meter's figure to the cent.
    LifecycleEngine e;
    const QString id = e.launch(spec()).instanceId;
    for (qint64 t = 1000; t < 86400; t += 7000) {
        e.advanceTo(t);
        e.reboot(id);
        e.advanceTo(t + 2500);
        if ((t / 7000) % 2)
            e.hibernate(id);
        else
            e.stop(id);
        e.advanceTo(t + 3500);
        e.start(id);
    }
    e.advanceTo(86400);
    const HourlyUsage u = e.billedSecondsByClockHour(id, 0, 86400);
    qint64 total = 0;
    for (qint64 s : u.seconds) {
        QVERIFY(s >= 0 && s <= 3600);
        total += s;
    }
    const BillingSummary b = e.billing(id);
    QCOMPARE(total, b.billedSeconds);
    const Money fromHours = usd(u"0.096").mulDiv(total, 3600);
    QVERIFY(qAbs((fromHours - b.instance).nanos()) < 10'000'000); // < 1 cent
    QCOMPARE(fromHours.toString(2), b.instance.toString(2));
}

QTEST_GUILESS_MAIN(TestBillingMeter)
#include "tst_billingmeter.moc"
