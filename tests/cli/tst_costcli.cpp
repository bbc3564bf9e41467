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
    void pricesFromTheBundledCatalog();
    void damagedCatalogOnlyFailsWhenNeeded();

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
    const QJsonObject o = QJsonDocument::fromJson(r.out)
                              .object()
                              .value(QLatin1String("options"))
                              .toArray()[index]
                              .toObject();
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
    const Run table = ec2lab({ QStringLiteral("cost"), data(QStringLiteral("short-horizon.json")),
        QStringLiteral("--explain") });
    QCOMPARE(table.exitCode, 0);
    const QString out = QString::fromUtf8(table.out);
    const QString line = QStringLiteral("committed beyond the horizon: %1 USD (in TOTAL; owed after month 12)")
                             .arg(beyond);
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
