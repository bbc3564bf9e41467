#include "catalog/catalogstore.h"
#include "clirun.h"
#include "money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>

/// `ec2lab cost` as a user runs it: the JSON contract of issue 3, the table, --help, and the exit
/// codes and one-line errors for bad input and bad usage.
class TestCostCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonMatchesExpected_data();
    void jsonMatchesExpected();
    void jsonContract();
    void table();
    void help();
    void usageErrors_data();
    void usageErrors();
    void inputErrors_data();
    void inputErrors();
    void lifecycleTraceEqualsSimulate();
    void billingMeterThroughCost_data();
    void billingMeterThroughCost();
    void lifecyclePlatformMustMatchTheWorkload();
    void pricesFromTheBundledCatalog();
    void damagedCatalogOnlyFailsWhenNeeded();
    void regionsSideBySide();

private:
    using Run = CliRun;
    static Run ec2lab(const QStringList &args);
    static QString data(const QString &name) { return QStringLiteral(EC2LAB_TEST_DATA "/cost/") + name; }
};

TestCostCli::Run TestCostCli::ec2lab(const QStringList &args)
{
    return runEc2lab(args);
}

void TestCostCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(EC2LAB_BINARY)), EC2LAB_BINARY);
}

void TestCostCli::jsonMatchesExpected_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");
    QTest::newRow("demo: one m5.large, every kind of option") << "demo.json"
                                                              << "demo.expected.json";
    QTest::newRow("fleet: baseline plus peak, calendar months") << "fleet.json"
                                                                << "fleet.expected.json";
}

void TestCostCli::jsonMatchesExpected()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);
    const Run r = ec2lab({ QStringLiteral("cost"), data(scenario), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QFile f(data(expected));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonDocument want = QJsonDocument::fromJson(f.readAll());
    const QJsonDocument got = QJsonDocument::fromJson(r.out);
    QVERIFY(got.isObject());
    if (got != want) {
        // Name the first option that differs to make a failure readable.
        const QJsonArray a = got.object().value(QLatin1String("options")).toArray();
        const QJsonArray b = want.object().value(QLatin1String("options")).toArray();
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QVERIFY2(a[i] == b[i],
                qPrintable(QStringLiteral("option %1 differs:\n%2")
                               .arg(i)
                               .arg(QString::fromUtf8(QJsonDocument(a[i].toObject()).toJson()))));
        QFAIL("top-level fields differ");
    }
}

void TestCostCli::jsonContract()
{
    // The figures of the issue's example, checked by hand rather than against a stored file.
    const Run r
        = ec2lab({ QStringLiteral("cost"), data(QStringLiteral("demo.json")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QLatin1String("horizon_months")).toInt(), 36);
    QCOMPARE(root.value(QLatin1String("hours_per_month")).toInt(), 730);
    QCOMPARE(root.value(QLatin1String("price_snapshot")).toString(), QStringLiteral("2026-01-19"));
    const QJsonArray options = root.value(QLatin1String("options")).toArray();
    const QJsonObject od = options[0].toObject();
    QCOMPARE(od.value(QLatin1String("id")).toString(), QStringLiteral("od"));
    QCOMPARE(od.value(QLatin1String("upfront")).toString(), QStringLiteral("0.00"));
    // 70.08 compute + 2.40 EBS (30 GB gp3) + 3.65 public IPv4 a month
    QCOMPARE(od.value(QLatin1String("monthly")).toString(), QStringLiteral("76.13"));
    QCOMPARE(od.value(QLatin1String("total")).toString(), QStringLiteral("2740.68"));
    QCOMPARE(od.value(QLatin1String("effective_hourly")).toString(), QStringLiteral("0.096000"));
    QCOMPARE(od.value(QLatin1String("savings_percent")).toString(), QStringLiteral("0.00"));
    QVERIFY(od.value(QLatin1String("break_even_month")).isNull());
    QVERIFY(od.value(QLatin1String("break_even_utilization")).isNull());
    const QJsonArray cumulative = od.value(QLatin1String("cumulative")).toArray();
    QCOMPARE(cumulative.size(), 36);
    QCOMPARE(cumulative[0].toString(), QStringLiteral("76.13"));
    QCOMPARE(cumulative[1].toString(), QStringLiteral("152.26"));
    const QJsonObject breakdown = od.value(QLatin1String("breakdown")).toObject();
    QCOMPARE(breakdown.value(QLatin1String("compute")).toString(), QStringLiteral("2522.88"));
    QCOMPARE(breakdown.value(QLatin1String("ebs")).toString(), QStringLiteral("86.40"));
    QCOMPARE(breakdown.value(QLatin1String("public_ipv4")).toString(), QStringLiteral("131.40"));
    QCOMPARE(breakdown.value(QLatin1String("data_transfer")).toString(), QStringLiteral("0.00"));
    QCOMPARE(od.value(QLatin1String("explain")).toArray()[0].toString(),
        QStringLiteral("1 instance x 0.096 USD/h x 730 h/month = 70.08 USD/month"));
    // 1-year All Upfront at 494: month 1 holds the fee; OD passes it in month 8; then OD again.
    const QJsonObject ri = options[1].toObject();
    QCOMPARE(ri.value(QLatin1String("upfront")).toString(), QStringLiteral("494.00"));
    QCOMPARE(ri.value(QLatin1String("break_even_month")).toInt(), 8);
    QCOMPARE(ri.value(QLatin1String("cumulative")).toArray()[0].toString(),
        QStringLiteral("500.05")); // 494 + 6.05
    QCOMPARE(ri.value(QLatin1String("total")).toString(),
        QStringLiteral("2393.72")); // 494 + 24 x 70.08 + 36 x 6.05
    // Spot carries its Monte Carlo bands.
    const QJsonObject spot = options[6].toObject();
    QCOMPARE(
        spot.value(QLatin1String("spot_risk")).toObject().value(QLatin1String("cost_p50")).toArray().size(),
        36);
}

void TestCostCli::table()
{
    const Run r = ec2lab({ QStringLiteral("cost"), data(QStringLiteral("demo.json")) });
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("prices as of 2026-01-19")), r.out.constData());
    QVERIFY(out.contains(QLatin1String("BREAK-EVEN")));
    QVERIFY(out.contains(QRegularExpression(
        QStringLiteral("\\nod +On-Demand +0\\.00 +76\\.13 +2740\\.68 +0\\.096000 +0\\.00% +-\\n"))));
    QVERIFY(out.contains(
        QRegularExpression(QStringLiteral("\\nri-1yr-au .* 494\\.00 .* 2393\\.72 .* month 8\\n"))));
    QVERIFY(out.contains(QLatin1String("Assumptions:")));
}

void TestCostCli::help()
{
    const Run r = ec2lab({ QStringLiteral("cost"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: ec2lab cost SCENARIO.json"));
    const Run top = ec2lab({ QStringLiteral("--help") });
    QVERIFY(top.out.contains("  cost "));
}

void TestCostCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no scenario") << QStringList { QStringLiteral("cost") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("cost"), QStringLiteral("--csv"),
        data(QStringLiteral("demo.json")) };
    QTest::newRow("two scenarios") << QStringList { QStringLiteral("cost"), data(QStringLiteral("demo.json")),
        data(QStringLiteral("fleet.json")) };
}

void TestCostCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = ec2lab(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("ec2lab: error: cost: "));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCostCli::inputErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // after "ec2lab: error: FILE: "
    QTest::newRow("missing price")
        << "missing-price.json"
        << "options[1]: missing price prices.reserved.\"standard/3yr/partial-upfront\".hourly for m5.large";
    QTest::newRow("missing file") << "not-there.json"
                                  << "no such file";
}

void TestCostCli::inputErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Run r = ec2lab({ QStringLiteral("cost"), data(file), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QString::fromUtf8(r.err),
        QStringLiteral("ec2lab: error: ") + data(file) + QStringLiteral(": ") + expected + u'\n');
}

void TestCostCli::lifecycleTraceEqualsSimulate()
{
    const Run sim = ec2lab({ QStringLiteral("simulate"), data(QStringLiteral("web-day.lifecycle.json")),
        QStringLiteral("--json") });
    QCOMPARE(sim.exitCode, 0);
    const QString simulated
        = QJsonDocument::fromJson(sim.out).object().value(QLatin1String("total_cost")).toString();
    QVERIFY(!simulated.isEmpty());
    const Run cost = ec2lab(
        { QStringLiteral("cost"), data(QStringLiteral("lifecycle.json")), QStringLiteral("--json") });
    QCOMPARE(cost.exitCode, 0);
    const QJsonObject od
        = QJsonDocument::fromJson(cost.out).object().value(QLatin1String("options")).toArray()[0].toObject();
    // simulate prints nine decimals; the comparison's cents must be that amount rounded.
    const auto exact = ec2lab::Money::parse(simulated);
    QVERIFY(exact);
    QCOMPARE(od.value(QLatin1String("total")).toString(), exact->toString(2));
}

void TestCostCli::billingMeterThroughCost_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("market");
    QTest::addColumn<QString>("scriptStart"); // the scenario starts at 00:00 UTC of that date
    QTest::addColumn<QString>("endAction");
    QTest::addColumn<int>("endAt");
    QTest::addColumn<int>("rootGb");
    QTest::addColumn<QString>("onDemandPrice");
    QTest::addColumn<QString>("odCompute");
    QTest::addColumn<QString>("spotCompute");
    QTest::addColumn<QString>("ebs");
    QTest::addColumn<QString>("likeSimulate"); // the option priced as the script prices its instance

    // One m5.large traced from a lifecycle script (lifecycle.md section 5; AWS "Billing for
    // interrupted Spot Instances"). The instance enters running 20 s after launch; a Spot
    // interruption stops it after its 2-minute notice. Prices are the scenario's own: On-Demand
    // 0.222 USD/h, Spot 0.05 USD/h (the script's Spot price), root gp3 at 0.08 USD/GB-month over a
    // 730-h month (2,628,000 s).
    //
    // EC2 interrupts at 37,800 s: running 20 -> 37,920 = 37,900 s = 10 h 31 min 40 s. SUSE is
    // billed per hour and the interrupted partial hour is free: 10 h. On-Demand 10 x 0.222 = 2.22,
    // Spot 10 x 0.05 = 0.50 (every started hour would be 2.44 / 0.55, per second 2.34 / 0.53).
    // EBS: 8 GB x 0.08 x 37,940 s / 2,628,000 = 0.0092.
    QTest::newRow("SUSE Spot interrupted by EC2 pays 10 whole hours, not the partial 11th")
        << "suse"
        << "spot"
        << "2026-03-02T00:00:00Z"
        << "spot-interruption" << 37800 << 8 << "0.222"
        << "2.22"
        << "0.50"
        << "0.01"
        << "spot";
    // EC2 interrupts at 3,000 s: 3,100 s running, inside the first hour: nothing billed (per
    // started hour it would be 0.22 / 0.05). EBS 8 x 0.08 x 3,140 / 2,628,000 = 0.0008.
    QTest::newRow("SUSE Spot interrupted by EC2 in its first hour is free")
        << "suse"
        << "spot"
        << "2026-03-02T00:00:00Z"
        << "spot-interruption" << 3000 << 8 << "0.222"
        << "0.00"
        << "0.00"
        << "0.00"
        << "spot";
    // The user terminates at 37,800 s: 37,780 s running, every started hour billed: 11 h ->
    // 11 x 0.222 = 2.442, 11 x 0.05 = 0.55. EBS 8 x 0.08 x 37,820 / 2,628,000 = 0.0092.
    QTest::newRow("SUSE Spot stopped by the user pays every started hour")
        << "suse"
        << "spot"
        << "2026-03-02T00:00:00Z"
        << "terminate" << 37800 << 8 << "0.222"
        << "2.44"
        << "0.55"
        << "0.01"
        << "spot";
    // RHEL before 2024-04-01 is billed per hour: as SUSE, 10 h -> 2.22 / 0.50.
    QTest::newRow("RHEL Spot before 2024-04-01 interrupted by EC2 pays whole hours")
        << "rhel"
        << "spot"
        << "2023-06-05T00:00:00Z"
        << "spot-interruption" << 37800 << 8 << "0.222"
        << "2.22"
        << "0.50"
        << "0.01"
        << "spot";
    // RHEL from 2024-04-01 is billed per second: 37,900 s x 0.222 / 3,600 = 2.3372; x 0.05 / 3,600
    // = 0.5264.
    QTest::newRow("RHEL Spot from 2024-04-01 interrupted by EC2 pays the seconds used")
        << "rhel"
        << "spot"
        << "2024-06-03T00:00:00Z"
        << "spot-interruption" << 37800 << 8 << "0.222"
        << "2.34"
        << "0.53"
        << "0.01"
        << "spot";
    // EBS 60-second minimum per volume: a Linux On-Demand instance (0.096 USD/h) terminated at 25 s
    // runs 5 s (billed 60 s: 0.0016) and its 16,384 GB root volume exists 45 s (launch to
    // terminated) but is billed 60 s: 16,384 x 0.08 x 60 / 2,628,000 = 0.029925 -> 0.03 (45 s
    // would give 0.022444 -> 0.02). `simulate` totals 0.031525, the On-Demand option 0.03.
    QTest::newRow("EBS 60-second minimum on a volume that lived 45 s")
        << "linux"
        << "on-demand"
        << "2026-03-02T00:00:00Z"
        << "terminate" << 25 << 16384 << "0.096"
        << "0.00"
        << "0.00"
        << "0.03"
        << "od";
}

void TestCostCli::billingMeterThroughCost()
{
    QFETCH(QString, platform);
    QFETCH(QString, market);
    QFETCH(QString, scriptStart);
    QFETCH(QString, endAction);
    QFETCH(int, endAt);
    QFETCH(int, rootGb);
    QFETCH(QString, onDemandPrice);
    QFETCH(QString, odCompute);
    QFETCH(QString, spotCompute);
    QFETCH(QString, ebs);
    QFETCH(QString, likeSimulate);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString day = scriptStart.left(10);
    const QString script
        = QStringLiteral(R"({"start": "%1", "seed": 1,
            "instances": [{"name": "i", "type": "m5.large", "region": "us-east-1", "platform": "%2",
                           "market": "%3", "price_per_hour": "%4", "public_ip": false,
                           "volumes": [{"type": "gp3", "size_gb": %5, "price_per_gb_month": "0.08", "root": true}]}],
            "events": [{"at": 0, "action": "launch", "instance": "i"},
                       {"at": %6, "action": "%7", "instance": "i"}],
            "until": %8})")
              .arg(scriptStart, platform, market, market == u"spot" ? QStringLiteral("0.05") : onDemandPrice)
              .arg(rootGb)
              .arg(endAt)
              .arg(endAction)
              .arg(endAt + 3600);
    const QString scenario = QStringLiteral(R"({"region": "us-east-1", "start": "%1", "horizon_months": 1,
            "workloads": [{"name": "traced", "instance_type": "m5.large", "platform": "%2",
                           "usage": {"kind": "lifecycle", "script": "run.lifecycle.json"}}],
            "options": [{"id": "od", "kind": "on-demand"},
                        {"id": "spot", "kind": "spot",
                         "price_history": [{"timestamp": "%1T00:00:00Z", "price": "0.05"}]}],
            "prices": {"snapshot": "2026-01-19", "on_demand_per_hour": "%3"}})")
                                 .arg(day, platform, onDemandPrice);
    const auto write = [&dir](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    };
    QVERIFY(write(QStringLiteral("run.lifecycle.json"), script));
    QVERIFY(write(QStringLiteral("scenario.json"), scenario));

    const Run r = ec2lab(
        { QStringLiteral("cost"), dir.filePath(QStringLiteral("scenario.json")), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    std::map<QString, QJsonObject> byId;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("options")).toArray())
        byId[v.toObject().value(QLatin1String("id")).toString()] = v.toObject();
    const QJsonObject od = byId[QStringLiteral("od")].value(QLatin1String("breakdown")).toObject();
    const QJsonObject spot = byId[QStringLiteral("spot")].value(QLatin1String("breakdown")).toObject();
    QCOMPARE(od.value(QLatin1String("compute")).toString(), odCompute);
    QCOMPARE(spot.value(QLatin1String("compute")).toString(), spotCompute);
    QCOMPARE(od.value(QLatin1String("ebs")).toString(), ebs);
    QCOMPARE(spot.value(QLatin1String("ebs")).toString(), ebs);

    // The option that prices the run as the script does equals what `ec2lab simulate` bills.
    const Run sim = ec2lab({ QStringLiteral("simulate"), dir.filePath(QStringLiteral("run.lifecycle.json")),
        QStringLiteral("--json") });
    QVERIFY2(sim.exitCode == 0, sim.err.constData());
    const auto simulated = ec2lab::Money::parse(
        QJsonDocument::fromJson(sim.out).object().value(QLatin1String("total_cost")).toString());
    QVERIFY(simulated);
    QCOMPARE(byId[likeSimulate].value(QLatin1String("total")).toString(), simulated->toString(2));
}

void TestCostCli::lifecyclePlatformMustMatchTheWorkload()
{
    // The meter bills a run under the script's platform; a workload priced under another platform
    // would mix two rules, so it is refused with the script path and the instance named.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile script(dir.filePath(QStringLiteral("s.lifecycle.json")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"({"start": "2026-03-02T00:00:00Z", "instances": [{"name": "sap", "type": "m5.large",
        "platform": "suse", "price_per_hour": "0.222", "public_ip": false,
        "volumes": [{"type": "gp3", "size_gb": 8, "price_per_gb_month": "0.08", "root": true}]}],
        "events": [{"at": 0, "action": "launch", "instance": "sap"}], "until": 600})");
    script.close();
    QFile scenario(dir.filePath(QStringLiteral("c.json")));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"region": "us-east-1", "start": "2026-03-01", "horizon_months": 1,
        "workloads": [{"name": "w", "instance_type": "m5.large",
                       "usage": {"kind": "lifecycle", "script": "s.lifecycle.json"}}],
        "prices": {"on_demand_per_hour": "0.096"}})");
    scenario.close();
    const Run r = ec2lab({ QStringLiteral("cost"), scenario.fileName(), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("workloads[0].usage") && r.err.contains("runs suse")
            && r.err.contains("the workload's platform is linux"),
        r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCostCli::pricesFromTheBundledCatalog()
{
    // No prices block: the bundled snapshot supplies Seoul's m5.large On-Demand rate, 0.118 USD/h
    // (AWS pricing page, 2025-04-04): 0.118 x 730 h = 86.14 a month, 1033.68 over 12 months.
    const Run r = ec2lab(
        { QStringLiteral("cost"), data(QStringLiteral("seoul-catalog.json")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject od
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("options")).toArray()[0].toObject();
    QCOMPARE(od.value(QLatin1String("effective_hourly")).toString(), QStringLiteral("0.118000"));
    QCOMPARE(od.value(QLatin1String("monthly")).toString(), QStringLiteral("86.14"));
    QCOMPARE(od.value(QLatin1String("total")).toString(), QStringLiteral("1033.68"));
}

void TestCostCli::regionsSideBySide()
{
    // Issue 15 item 8: "regions": ["us-east-1", "ap-northeast-2"] prices the workload in both.
    // us-east-1 keeps the typed 0.096 USD/h: 0.096 x 730 h x 12 = 840.96; Seoul has no typed
    // price (the block belongs to the scenario's region), so the bundled 0.118 USD/h applies:
    // 0.118 x 730 x 12 = 1033.68, the figure seoul-catalog.json gives alone.
    const Run r = ec2lab(
        { QStringLiteral("cost"), data(QStringLiteral("two-regions.json")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonArray regions
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("regions")).toArray();
    QCOMPARE(regions.size(), 2);
    const QStringList codes { QStringLiteral("us-east-1"), QStringLiteral("ap-northeast-2") };
    const QStringList names { QStringLiteral("US East (N. Virginia)"),
        QStringLiteral("Asia Pacific (Seoul)") };
    const QStringList totals { QStringLiteral("840.96"), QStringLiteral("1033.68") };
    for (int i = 0; i < 2; ++i) {
        const QJsonObject region = regions[i].toObject();
        QCOMPARE(region.value(QLatin1String("region")).toString(), codes[i]);
        QCOMPARE(region.value(QLatin1String("region_name")).toString(), names[i]);
        QCOMPARE(region.value(QLatin1String("horizon_months")).toInt(), 12);
        const QJsonObject od = region.value(QLatin1String("options")).toArray()[0].toObject();
        QCOMPARE(od.value(QLatin1String("total")).toString(), totals[i]);
    }
    // Seoul's entry equals the single-Region run of the same workload there, option for option.
    const Run seoul = ec2lab(
        { QStringLiteral("cost"), data(QStringLiteral("seoul-catalog.json")), QStringLiteral("--json") });
    QCOMPARE(seoul.exitCode, 0);
    QCOMPARE(regions[1].toObject().value(QLatin1String("options")),
        QJsonDocument::fromJson(seoul.out).object().value(QLatin1String("options")));

    // The table: one block per Region, then the totals side by side.
    const Run table = ec2lab({ QStringLiteral("cost"), data(QStringLiteral("two-regions.json")) });
    QCOMPARE(table.exitCode, 0);
    const QString out = QString::fromUtf8(table.out);
    QVERIFY2(out.contains(QLatin1String("in US East (N. Virginia) (us-east-1)")), table.out.constData());
    QVERIFY2(out.contains(QLatin1String("in Asia Pacific (Seoul) (ap-northeast-2)")), table.out.constData());
    QVERIFY2(
        out.contains(QRegularExpression(QStringLiteral("Totals by Region .*\\nOPTION +us-east-1 "
                                                       "+ap-northeast-2\\nOn-Demand +840\\.96 +1033\\.68\\n"),
            QRegularExpression::DotMatchesEverythingOption)),
        table.out.constData());
}

void TestCostCli::damagedCatalogOnlyFailsWhenNeeded()
{
    // Issue 16 item 2: a data-dir catalog holding a 0-year Reserved term (which once crashed
    // `prices show` with SIGFPE) is refused with one message, only when a price must come from it.
    using namespace ec2lab::catalog;
    QTemporaryDir dir;
    PriceCatalog bad;
    ReservedPrice zero;
    zero.term = ec2lab::Term(0); // serialize() writes the byte as it is
    zero.payment = ec2lab::PurchaseOption::AllUpfront;
    zero.upfront = *ec2lab::Money::parse(QStringLiteral("500"));
    zero.provenance = Provenance { QStringLiteral("hand-made"), QDate(2025, 4, 4), false, QString() };
    bad.setReserved(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") }, zero);
    const QString cache = dir.filePath(QStringLiteral("prices.ec2cat"));
    {
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(CatalogStore::serialize(bad));
    }
    qputenv("EC2LAB_DATA_DIR", dir.path().toUtf8());
    const QString expected = QStringLiteral("not a valid ec2lab price catalog (us-east-1 m5.large Reserved "
                                            "price: term of 0 years (1 or 3 expected))");

    // The scenario prices everything itself: 0.096 x 730 h = 70.08 a month, 840.96 in 12 months.
    const QString own = dir.filePath(QStringLiteral("own.json"));
    {
        QFile f(own);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 12,
 "workloads": [{"name": "web", "instance_type": "m5.large", "usage": {"kind": "always-on"}}],
 "options": [{"id": "od", "kind": "on-demand"}],
 "prices": {"on_demand_per_hour": "0.096"}})");
    }
    const Run ok = ec2lab({ QStringLiteral("cost"), own, QStringLiteral("--json") });
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject od
        = QJsonDocument::fromJson(ok.out).object().value(QLatin1String("options")).toArray()[0].toObject();
    QCOMPARE(od.value(QLatin1String("total")).toString(), QStringLiteral("840.96"));

    // A scenario that needs the catalog: one clear error, nothing on stdout, no bundled fallback.
    const Run needs = ec2lab({ QStringLiteral("cost"), data(QStringLiteral("seoul-catalog.json")) });
    QCOMPARE(needs.exitCode, 1);
    QVERIFY(needs.out.isEmpty());
    QVERIFY2(QString::fromUtf8(needs.err).contains(expected), needs.err.constData());

    // prices show: an error, not SIGFPE.
    const Run show = ec2lab({ QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("--region"),
        QStringLiteral("us-east-1"), QStringLiteral("--type"), QStringLiteral("m5.large") });
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(QString::fromUtf8(show.err).contains(expected), show.err.constData());

    // prices import replaces the damaged catalog; then show works again.
    const Run import = ec2lab({ QStringLiteral("prices"), QStringLiteral("import"),
        QStringLiteral(EC2LAB_TEST_DATA "/prices/price-table.csv") });
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const Run again = ec2lab({ QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("--region"),
        QStringLiteral("us-east-1"), QStringLiteral("--type"), QStringLiteral("m5.large") });
    qunsetenv("EC2LAB_DATA_DIR");
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.out.contains("0.096"));
}

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_costcli.moc"
