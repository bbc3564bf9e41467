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
    void publicIpv4_data();
    void publicIpv4();
    void ebsPerGbMonth();
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
               const QString id = e.launch(spec(Platform::Linux, Market::Spot)).instanceId;
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
               const QString id = e.launch(spec(Platform::Linux, Market::Spot)).instanceId;
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
    QTest::newRow("SUSE Spot interrupted in the first hour -> charged per started hour")
        << y2026 << Drive([](LifecycleEngine &e) {
               const QString id = e.launch(spec(Platform::Suse, Market::Spot)).instanceId;
               e.advanceTo(1000);
               e.spotInterruption(id);
               e.advanceTo(5000);
               return id;
           })
        << qint64(3600) << "0.096";
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
