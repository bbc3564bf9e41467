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
    void committedBeyondHorizon_data();
    void committedBeyondHorizon();
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
    void regionsWithAnUnpricedOption();
    void sizeFlexibilityFromTheCatalog_data();
    void sizeFlexibilityFromTheCatalog();
    void platformsFromTheCatalog_data();
    void platformsFromTheCatalog();
    void oneSpotPrice();
    void datesOfThePricesUsed();

private:
    using Run = CliRun;
    static Run ec2lab(const QStringList &args);
    static QString data(const QString &name) { return QStringLiteral(EC2LAB_TEST_DATA "/cost/") + name; }
    /// Runs `ec2lab cost` on \a json (written to a temporary file) with \a args.
    static Run costOf(const QByteArray &json, const QStringList &args = { QStringLiteral("--json") });
};

TestCostCli::Run TestCostCli::ec2lab(const QStringList &args)
{
    return runEc2lab(args);
}

TestCostCli::Run TestCostCli::costOf(const QByteArray &json, const QStringList &args)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("scenario.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    f.close();
    return ec2lab(QStringList { QStringLiteral("cost"), file } + args);
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
        QStringLiteral("1 instance x 0.096 USD/h x 730 h/month = 70.08 USD/month x 36 months = 2522.88 USD"));
    // The explanation ends with its sum: compute + EBS + public IPv4 over the 36 months.
    QCOMPARE(od.value(QLatin1String("explain")).toArray().last().toString(),
        QStringLiteral("Total: 2522.88 + 86.40 + 131.40 = 2740.68 USD"));
    // No upfront: the calculator's normalised monthly is the monthly.
    QCOMPARE(od.value(QLatin1String("normalized_monthly")).toString(), QStringLiteral("76.13"));
    // 1-year All Upfront at 494, renewed at months 13 and 25 (three whole terms fit in 36 months):
    // upfront 3 x 494 = 1,482. The renewal at month 13 puts it above OD (988 + 13 x 6.05 =
    // 1,066.65 > 13 x 76.13 = 989.69; month 14: 1,072.70 > 1,065.82), below from month 15 (1,078.75
    // < 1,141.95) to the end.
    const QJsonObject ri = options[1].toObject();
    QCOMPARE(ri.value(QLatin1String("upfront")).toString(), QStringLiteral("1482.00"));
    QCOMPARE(ri.value(QLatin1String("break_even_month")).toInt(), 15);
    QCOMPARE(ri.value(QLatin1String("cumulative")).toArray()[0].toString(),
        QStringLiteral("500.05")); // 494 + 6.05
    QCOMPARE(ri.value(QLatin1String("total")).toString(),
        QStringLiteral("1699.80")); // 3 x 494 + 36 x 6.05
    // Effective hourly of the RI: 0 + 494 / 8,760 = 0.0563927; nothing owed after month 36.
    QCOMPARE(ri.value(QLatin1String("effective_hourly")).toString(), QStringLiteral("0.056393"));
    QCOMPARE(ri.value(QLatin1String("committed_beyond_horizon")).toString(), QStringLiteral("0.00"));
    // monthly (1699.80 - 1482) / 36 = 6.05; normalised: the first year's upfront 494 / 12 + 6.05 =
    // 41.1666... + 6.05 = 47.22
    QCOMPARE(ri.value(QLatin1String("monthly")).toString(), QStringLiteral("6.05"));
    QCOMPARE(ri.value(QLatin1String("normalized_monthly")).toString(), QStringLiteral("47.22"));
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
    // demo.json's own prices carry its prices.snapshot date, 2026-01-19.
    // demo.json's own prices carry its prices.snapshot date, 2026-01-19; an option it does not
    // price reads the catalog (a 2025-04-05 ec2shop Reserved Instance rate).
    QVERIFY2(out.contains(QLatin1String("prices published 2025-04-05 to 2026-01-19 (snapshot 2026-01-19)")),
        r.out.constData());
    QVERIFY(out.contains(QLatin1String("BREAK-EVEN")));
    QVERIFY(out.contains(QRegularExpression(
        QStringLiteral("\\nod +On-Demand +0\\.00 +76\\.13 +76\\.13 +2740\\.68 +0\\.096000 +0\\.00% +-\\n"))));
    QVERIFY(out.contains(QLatin1String("NORM.MONTH")));
    QVERIFY(out.contains(
        QRegularExpression(QStringLiteral("\\nri-1yr-au .* 1482\\.00 .* 1699\\.80 .* month 15\\n"))));
    QVERIFY(out.contains(QLatin1String("Assumptions:")));
}

void TestCostCli::committedBeyondHorizon_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("upfront");
    QTest::addColumn<QString>("beyond");
    QTest::addColumn<QString>("effective");
    QTest::addColumn<QString>("perUsedHour");
    // short-horizon.json: one m5.large always on for 12 months (8,760 h), On-Demand 0.096.
    // 0.096 x 8,760 = 840.96; nothing committed.
    QTest::newRow("on-demand") << 0 << "840.96"
                               << "0.00"
                               << "0.00"
                               << "0.096000"
                               << "0.096000";
    // 3yr No Upfront 0.041: 0.041 x 8,760 = 359.16 inside + 0.041 x 17,520 = 718.32 beyond =
    // 1,077.48; per used hour 1,077.48 / 8,760 = 0.123
    QTest::newRow("3yr RI over 12 months") << 1 << "1077.48"
                                           << "0.00"
                                           << "718.32"
                                           << "0.041000"
                                           << "0.123000";
    // 3yr Partial Upfront plan of 0.05/h: upfront 0.025 x 26,280 = 657.00, hourly 0.025 x 8,760 =
    // 219.00 inside, 0.025 x 17,520 = 438.00 beyond: 1,314.00; effective 0.025 + 657 / 26,280 =
    // 0.05; per used hour 1,314 / 8,760 = 0.15
    QTest::newRow("3yr Partial Upfront plan over 12 months") << 2 << "1314.00"
                                                             << "657.00"
                                                             << "438.00"
                                                             << "0.050000"
                                                             << "0.150000";
    // "renew": false 1yr over exactly one term: 0.060 x 8,760 = 525.60, nothing beyond
    QTest::newRow("1yr RI, renew false, horizon = term") << 3 << "525.60"
                                                         << "0.00"
                                                         << "0.00"
                                                         << "0.060000"
                                                         << "0.060000";
}

void TestCostCli::committedBeyondHorizon()
{
    QFETCH(int, index);
    QFETCH(QString, total);
    QFETCH(QString, upfront);
    QFETCH(QString, beyond);
    QFETCH(QString, effective);
    QFETCH(QString, perUsedHour);
    const Run r = ec2lab(
        { QStringLiteral("cost"), data(QStringLiteral("short-horizon.json")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("options")).toArray()[index].toObject();
    QCOMPARE(o.value(QLatin1String("total")).toString(), total);
    QCOMPARE(o.value(QLatin1String("upfront")).toString(), upfront);
    QCOMPARE(o.value(QLatin1String("committed_beyond_horizon")).toString(), beyond);
    QCOMPARE(o.value(QLatin1String("effective_hourly")).toString(), effective);
    QCOMPARE(o.value(QLatin1String("cost_per_used_hour")).toString(), perUsedHour);
    // The total holds what the cumulative series paid by month 12 plus what is owed after it.
    const auto last = ec2lab::Money::parse(o.value(QLatin1String("cumulative")).toArray().last().toString());
    QCOMPARE((*last + *ec2lab::Money::parse(beyond)).toString(2), total);

    // The table shows the same figure on its own line under the option, the explanation its
    // arithmetic.
    const Run table = ec2lab(
        { QStringLiteral("cost"), data(QStringLiteral("short-horizon.json")), QStringLiteral("--explain") });
    QCOMPARE(table.exitCode, 0);
    const QString out = QString::fromUtf8(table.out);
    const QString line
        = QStringLiteral("committed beyond the horizon: %1 USD (in TOTAL; owed after month 12)").arg(beyond);
    QCOMPARE(out.contains(line), beyond != u"0.00");
    if (beyond != u"0.00")
        QVERIFY2(out.contains(QStringLiteral("in the total): 1 x ") + (index == 1 ? u"0.041" : u"0.025")
                     + QStringLiteral(" USD/h x 17520 h = ") + beyond + QStringLiteral(" USD")),
            table.out.constData());
    QVERIFY(out.contains(QLatin1String("only when a whole new term fits in the horizon")));
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
    // The typed price has no "prices.snapshot" date: us-east-1's run says so instead of giving a
    // date range it does not have; Seoul's price is the catalog's, dated 2025-04-04.
    QCOMPARE(regions[0].toObject().value(QLatin1String("undated_prices")).toArray(),
        QJsonArray { QStringLiteral("prices.on_demand_per_hour for m5.large") });
    QVERIFY(regions[0].toObject().value(QLatin1String("prices_from")).isNull());
    QCOMPARE(regions[1].toObject().value(QLatin1String("undated_prices")).toArray().size(), 0);
    QCOMPARE(
        regions[1].toObject().value(QLatin1String("prices_from")).toString(), QStringLiteral("2025-04-04"));
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
        out.contains(QLatin1String("from 2026-01-01, prices undated (snapshot ")), table.out.constData());
    QVERIFY2(
        out.contains(QRegularExpression(QStringLiteral("Totals by Region .*\\nOPTION +us-east-1 "
                                                       "+ap-northeast-2\\nOn-Demand +840\\.96 +1033\\.68\\n"),
            QRegularExpression::DotMatchesEverythingOption)),
        table.out.constData());
}

void TestCostCli::regionsWithAnUnpricedOption()
{
    // The typed m5 host price (5.069 USD/h) belongs to us-east-1; the offline data has no m5
    // On-Demand host price in Seoul. By default the comparison stops there, with one line ...
    const QString file = data(QStringLiteral("two-regions-host.json"));
    const Run stopped = ec2lab({ QStringLiteral("cost"), file });
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY(stopped.out.isEmpty());
    QVERIFY2(stopped.err.endsWith("options[1]: missing price prices.dedicated_host_per_hour for m5\n"),
        stopped.err.constData());
    // ... and with --skip-unpriced every Region is compared and the host named where it has no
    // price. us-east-1: 5.069 x 730 h x 12 = 44404.44 USD for the host; On-Demand 0.096 x 730 x 12 =
    // 840.96 there and 0.118 x 730 x 12 = 1033.68 in Seoul (the bundled price).
    const Run skipped = ec2lab({ QStringLiteral("cost"), file, QStringLiteral("--skip-unpriced") });
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY2(skipped.err.isEmpty(), skipped.err.constData());
    const QString out = QString::fromUtf8(skipped.out);
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("OPTION +us-east-1 +ap-northeast-2\\nOn-Demand +840\\.96 +1033\\.68\\n"
                                "Dedicated Host +44404\\.44 +no price\\n"))),
        skipped.out.constData());
    QCOMPARE(out.count(QLatin1String("Left out for want of a price:")), 1);
    QVERIFY(out.contains(
        QLatin1String("  dh  Dedicated Host: missing price prices.dedicated_host_per_hour for m5\n")));
    const Run json = ec2lab(
        { QStringLiteral("cost"), file, QStringLiteral("--skip-unpriced"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray regions
        = QJsonDocument::fromJson(json.out).object().value(QLatin1String("regions")).toArray();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions[0].toObject().value(QLatin1String("left_out")).toArray().size(), 0);
    QCOMPARE(regions[0].toObject().value(QLatin1String("options")).toArray().size(), 2);
    const QJsonArray leftOut = regions[1].toObject().value(QLatin1String("left_out")).toArray();
    QCOMPARE(leftOut.size(), 1);
    QCOMPARE(leftOut[0].toObject().value(QLatin1String("id")).toString(), QStringLiteral("dh"));
    QCOMPARE(leftOut[0].toObject().value(QLatin1String("location")).toString(), QStringLiteral("options[1]"));
    QCOMPARE(regions[1].toObject().value(QLatin1String("options")).toArray().size(), 1);

    // Nothing left to compare is still a failure: one line, nothing on stdout.
    const Run none = ec2lab({ QStringLiteral("cost"), data(QStringLiteral("seoul-host-only.json")),
        QStringLiteral("--skip-unpriced") });
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.endsWith("options[0]: missing price prices.dedicated_host_per_hour for m5\n"),
        none.err.constData());
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

void TestCostCli::sizeFlexibilityFromTheCatalog_data()
{
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("warning"); // a type the option must warn about, or empty
    // Twelve months (8,760 h: the RIs' whole term, nothing owed after the horizon), bundled
    // snapshot us-east-1, Standard 1yr No Upfront RIs (ec2shop feed,
    // 2025-04-05): c5.xlarge 0.107/h, d3en.xlarge 0.331/h; On-Demand (pricesim, 2026-09-24):
    // c5.metal 4.08/h, d3en.6xlarge 3.154/h. Factors: xlarge 8, 6xlarge 48 (AWS EC2 User Guide,
    // "How Reserved Instances are applied", instance size flexibility; 6xlarge from the offer
    // files' normalizationSizeFactor); c5.metal = c5.24xlarge = 192 (a bare-metal size has the
    // factor of its family's largest size, taken from the catalog: the built-in table's c5
    // largest, 18xlarge = 144, would cover only 3/4 of it).
    const auto ri = [](const char *type, int count) -> QByteArray {
        return QByteArray(
                   R"({"id": "od", "kind": "on-demand"}, {"id": "ri", "kind": "reserved", "term": "1yr",
            "payment": "no-upfront", "instance_type": ")")
            + type + R"(", "count": )" + QByteArray::number(count) + "}";
    };
    const QByteArray metal = R"({"name": "m", "instance_type": "c5.metal", "usage": {"kind": "always-on"}})";
    const QByteArray big
        = R"({"name": "b", "instance_type": "d3en.6xlarge", "usage": {"kind": "always-on"}})";
    // 24 x 8 = 192: fees only, 24 x 0.107 x 8760 = 22495.68.
    QTest::newRow("24 c5.xlarge RIs cover one c5.metal") << metal << ri("c5.xlarge", 24) << "22495.68"
                                                         << "";
    // 12 x 8 = 96 of 192: 12 x 0.107 x 8760 = 11247.84 + 0.5 x 4.08 x 8760 = 17870.40 -> 29118.24.
    QTest::newRow("12 c5.xlarge RIs cover half a c5.metal") << metal << ri("c5.xlarge", 12) << "29118.24"
                                                            << "";
    // 6 x 8 = 48: 6 x 0.331 x 8760 = 17397.36.
    QTest::newRow("6 d3en.xlarge RIs cover one d3en.6xlarge") << big << ri("d3en.xlarge", 6) << "17397.36"
                                                              << "";
    // 3 x 8 = 24 of 48: 3 x 0.331 x 8760 = 8698.68 + 0.5 x 3.154 x 8760 = 13814.52 -> 22513.20.
    QTest::newRow("3 d3en.xlarge RIs cover half a d3en.6xlarge") << big << ri("d3en.xlarge", 3) << "22513.20"
                                                                 << "";
    // A size neither the catalog nor AWS's table knows (made up: AWS sells no c5.huge), priced by
    // the scenario: the c5.xlarge RI covers none of it and the option says so.
    // 0.107 x 8760 = 937.32 + 10 x 8760 = 87600 -> 88537.32.
    QTest::newRow("unknown size warns")
        << QByteArray(R"({"name": "h", "instance_type": "c5.huge", "usage": {"kind": "always-on"},
            "prices": {"on_demand_per_hour": "10"}})")
        << ri("c5.xlarge", 1) << "88537.32"
        << "c5.huge";
}

void TestCostCli::sizeFlexibilityFromTheCatalog()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, option);
    QFETCH(QString, total);
    QFETCH(QString, warning);
    const QByteArray json = R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 12,
        "workloads": [)"
        + workloads + R"(], "options": [)" + option + "]}";
    const Run r = costOf(json);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("options")).toArray()[1].toObject();
    QCOMPARE(o.value(QLatin1String("total")).toString(), total);
    const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
    if (warning.isEmpty()) {
        QVERIFY(warnings.isEmpty());
        return;
    }
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].toObject().value(QLatin1String("kind")).toString(),
        QStringLiteral("unknown_normalization_factor"));
    QCOMPARE(warnings[0].toObject().value(QLatin1String("instance_type")).toString(), warning);
    // The table says it too, under the option.
    const Run text = costOf(json, {});
    QVERIFY2(QString::fromUtf8(text.out).contains(
                 QStringLiteral("No normalization factor is known for %1 (neither in the price catalog")
                     .arg(warning)),
        text.out.constData());
}

void TestCostCli::platformsFromTheCatalog_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("total"); // or the error's text
    // Bundled snapshot: m5.large us-east-1 Linux On-Demand 0.096 USD/h (pricesim, 2026-09-24).
    // Ubuntu is billed as Linux/UNIX [AWS]: 0.096 x 730 = 70.08.
    QTest::newRow("Ubuntu reads the Linux price") << "ubuntu" << 0 << "70.08";
    QTest::newRow("Amazon Linux reads the Linux price") << "amazon-linux" << 0 << "70.08";
    // The snapshot has no Windows or RHEL prices, and a Linux price never stands in for them.
    QTest::newRow("Windows never reads the Linux price")
        << "windows" << 1 << "missing price prices.on_demand_per_hour for m5.large";
    QTest::newRow("RHEL never reads the Linux price")
        << "rhel" << 1 << "missing price prices.on_demand_per_hour for m5.large";
}

void TestCostCli::platformsFromTheCatalog()
{
    QFETCH(QString, platform);
    QFETCH(int, exitCode);
    QFETCH(QString, total);
    const QByteArray json = R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 1,
        "workloads": [{"name": "w", "instance_type": "m5.large", "platform": ")"
        + platform.toUtf8() + R"(", "usage": {"kind": "always-on"}}],
        "options": [{"id": "od", "kind": "on-demand"}]})";
    const Run r = costOf(json);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(QString::fromUtf8(r.err).contains(total), r.err.constData());
        return;
    }
    const QJsonObject od
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("options")).toArray()[0].toObject();
    QCOMPARE(od.value(QLatin1String("total")).toString(), total);
}

void TestCostCli::oneSpotPrice()
{
    // `prices show` and `cost` give one Spot price for m5.large in us-east-1. The bundled history
    // (2021-02-08) is older than the On-Demand price (2026-09-24), so both use the advisor
    // estimate: 0.096 x (1 - 66 %) = 0.03264 USD/h; one month: 0.03264 x 730 = 23.8272 -> 23.83.
    const Run show = ec2lab({ QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("--region"),
        QStringLiteral("us-east-1"), QStringLiteral("--type"), QStringLiteral("m5.large"),
        QStringLiteral("--json") });
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonDocument shown = QJsonDocument::fromJson(show.out);
    const QJsonObject quote = shown.isArray() ? shown.array()[0].toObject() : shown.object();
    const QJsonObject spot = quote.value(QLatin1String("spot")).toObject();
    QCOMPARE(spot.value(QLatin1String("per_hour")).toString(), QStringLiteral("0.03264"));
    QVERIFY(!spot.value(QLatin1String("latest_per_zone")).toArray().isEmpty()); // history still shown

    const Run cost = costOf(R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 1,
        "workloads": [{"name": "w", "instance_type": "m5.large", "usage": {"kind": "always-on"}}],
        "options": [{"id": "spot", "kind": "spot"}]})");
    QVERIFY2(cost.exitCode == 0, cost.err.constData());
    const QJsonObject o
        = QJsonDocument::fromJson(cost.out).object().value(QLatin1String("options")).toArray()[0].toObject();
    QCOMPARE(o.value(QLatin1String("total")).toString(), QStringLiteral("23.83"));
    // The explanation charges the very figure `prices show` printed.
    const auto shownRate = ec2lab::Money::parse(spot.value(QLatin1String("per_hour")).toString());
    QVERIFY(shownRate);
    const QString line = o.value(QLatin1String("explain")).toArray()[0].toString();
    QVERIFY2(line.contains(QStringLiteral("= %1 USD/h").arg(shownRate->toString(6))), qPrintable(line));
    // The choice and its date: the advisor figure (2025-06-28) over the older history.
    QVERIFY2(line.contains(QStringLiteral("(Spot savings 2025-06-28; no Spot price history newer than the "
                                          "On-Demand price)")),
        qPrintable(line));
    // prices show says the same: an estimate, and why the history was not used.
    QVERIFY2(spot.value(QLatin1String("rule"))
                 .toString()
                 .contains(QStringLiteral(
                     "the Spot price history (2021-02-08) is older than the On-Demand price (2026-09-24)")),
        show.out.constData());
}

void TestCostCli::datesOfThePricesUsed()
{
    // Bundled snapshot, m5.large us-east-1, Standard 1yr All Upfront RI: On-Demand 0.096 from
    // pricesim (2026-09-24), the RI's 494 USD fee and 0.00 hourly from the GetProducts sample
    // (2021-02-05). The header must not say only "2026-09-24".
    const QByteArray json = R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 12,
        "workloads": [{"name": "w", "instance_type": "m5.large", "usage": {"kind": "always-on"}}],
        "options": [{"id": "ri", "kind": "reserved", "term": "1yr", "payment": "all-upfront"}]})";
    const Run r = costOf(json);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QLatin1String("prices_from")).toString(), QStringLiteral("2021-02-05"));
    QCOMPARE(root.value(QLatin1String("prices_to")).toString(), QStringLiteral("2026-09-24"));
    // 2021-02-05 + 1 year = 2022-02-05 < 2026-09-24: both RI prices are flagged, by name.
    const QJsonArray stale = root.value(QLatin1String("stale_prices")).toArray();
    QCOMPARE(stale.size(), 2);
    QCOMPARE(stale[0].toObject().value(QLatin1String("price")).toString(),
        QStringLiteral("prices.reserved.\"standard/1yr/all-upfront\".upfront for m5.large"));
    QCOMPARE(stale[0].toObject().value(QLatin1String("date")).toString(), QStringLiteral("2021-02-05"));
    QCOMPARE(stale[1].toObject().value(QLatin1String("price")).toString(),
        QStringLiteral("prices.reserved.\"standard/1yr/all-upfront\".hourly for m5.large"));

    const Run text = costOf(json, {});
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("prices published 2021-02-05 to 2026-09-24 (snapshot 2026-09-24)")),
        text.out.constData());
    QVERIFY2(out.contains(QStringLiteral("Prices more than a year older than the newest one used: "
                                         "prices.reserved.\"standard/1yr/all-upfront\".upfront for m5.large "
                                         "(2021-02-05)")),
        text.out.constData());

    // A scenario's own prices are dated by its prices.snapshot: one date, nothing stale.
    const Run own = costOf(R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 1,
        "workloads": [{"name": "w", "instance_type": "m5.large", "usage": {"kind": "always-on"}}],
        "options": [{"id": "od", "kind": "on-demand"}],
        "prices": {"snapshot": "2026-01-19", "on_demand_per_hour": "0.096"}})");
    const QJsonObject d = QJsonDocument::fromJson(own.out).object();
    QCOMPARE(d.value(QLatin1String("prices_from")).toString(), QStringLiteral("2026-01-19"));
    QCOMPARE(d.value(QLatin1String("prices_to")).toString(), QStringLiteral("2026-01-19"));
    QVERIFY(d.value(QLatin1String("stale_prices")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_costcli.moc"
