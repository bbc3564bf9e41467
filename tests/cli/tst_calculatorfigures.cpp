// The AWS Pricing Calculator's figures, reproduced to the cent by `ec2lab cost --json` on the
// bundled price snapshot alone (an empty data folder), for one m5.large (Linux, shared tenancy,
// 1 instance, always on) with the horizon equal to the term.
//
// The calculator's conventions (pricing.md section 1): a month is 730 h, a year 8,760 h, a 1-year
// term 8,760 h and a 3-year term 26,280 h; an option's total is upfront + hourly x term hours; its
// monthly figure is hourly x 730 h. Every expectation below is that arithmetic on the published
// rate, with the rate's source as resources/snapshot/PROVENANCE.md names it:
//   [GetProducts]  AWS Price List GetProducts m5.large us-east-1 (2021-02-05): the exact
//                  upfront + hourly split of the Partial and All Upfront RI offers.
//   [RI feed]      AWS EC2 pricing-page feeds ec2-reservedinstance-{1y,3y,convertible-1y,
//                  convertible-3y} (2025-04-05): the No Upfront RI rates.
//   [pricesim]     AWS EC2 and Compute Savings Plans pricing-page feeds us-east-1, retrieved
//                  2026-09-24: On-Demand and the Compute Savings Plans rates, as published.
//   [OD feed]      AWS EC2 pricing-page feed ec2-ondemand ap-northeast-2 (2025-04-04).
// Only exact published offers are used: the snapshot has no published EC2 Instance Savings Plans
// rate (it estimates one from the Standard RI rate), so those two offers are replaced by the two
// Seoul Standard No Upfront RIs, whose rates are published. Each row also asserts that the engine
// used no estimate (`uses_estimates` false), so a row cannot pass on a derived figure.

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/// Guards the 19 AWS Pricing Calculator figures ec2lab reproduces (issue 12, "Tests and
/// evidence"): total, upfront and monthly of each offer over a horizon equal to its term.
class TestCalculatorFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void figure_data();
    void figure();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_emptyDataDir;
    QByteArray m_savedDataDir;
    bool m_hadDataDir = false;
};

void TestCalculatorFigures::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(EC2LAB_BINARY)), EC2LAB_BINARY);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emptyDataDir.isValid());
    // An empty data folder: the bundled snapshot is the only price source, whatever the user of
    // this machine imported. The child process inherits the variable.
    m_hadDataDir = qEnvironmentVariableIsSet("EC2LAB_DATA_DIR");
    m_savedDataDir = qgetenv("EC2LAB_DATA_DIR");
    qputenv("EC2LAB_DATA_DIR", m_emptyDataDir.path().toUtf8());
}

void TestCalculatorFigures::cleanupTestCase()
{
    if (m_hadDataDir)
        qputenv("EC2LAB_DATA_DIR", m_savedDataDir);
    else
        qunsetenv("EC2LAB_DATA_DIR");
}

namespace {

QJsonObject onDemand()
{
    return { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("kind"), QStringLiteral("on-demand") } };
}

QJsonObject reserved(const char *cls, const char *term, const char *payment)
{
    return { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("kind"), QStringLiteral("reserved") },
        { QStringLiteral("class"), QLatin1String(cls) }, { QStringLiteral("term"), QLatin1String(term) },
        { QStringLiteral("payment"), QLatin1String(payment) }, { QStringLiteral("count"), 1 } };
}

QJsonObject computeSavingsPlan(const char *term, const char *commitmentPerHour)
{
    return { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("kind"), QStringLiteral("savings-plan") },
        { QStringLiteral("type"), QStringLiteral("compute") },
        { QStringLiteral("term"), QLatin1String(term) },
        { QStringLiteral("payment"), QStringLiteral("no-upfront") },
        { QStringLiteral("commitment_per_hour"), QLatin1String(commitmentPerHour) } };
}

} // namespace

void TestCalculatorFigures::figure_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("months");
    QTest::addColumn<QJsonObject>("option");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("upfront");
    QTest::addColumn<QString>("monthly");

    const QString use1 = QStringLiteral("us-east-1");
    const QString seoul = QStringLiteral("ap-northeast-2");

    // On-Demand 0.096 USD/h [pricesim]: 0.096 x 730 = 70.08 a month.
    // 12 months: 0.096 x 730 x 12 = 0.096 x 8760 = 840.96
    QTest::newRow("On-Demand, us-east-1, 12 months") << use1 << 12 << onDemand() << "840.96"
                                                     << "0.00"
                                                     << "70.08";
    // 36 months: 0.096 x 730 x 36 = 0.096 x 26280 = 2522.88
    QTest::newRow("On-Demand, us-east-1, 36 months") << use1 << 36 << onDemand() << "2522.88"
                                                     << "0.00"
                                                     << "70.08";

    // Standard RIs.
    // 1yr No Upfront 0.06 USD/h [RI feed]: 0.06 x 730 x 12 = 525.60; monthly 0.06 x 730 = 43.80
    QTest::newRow("Standard RI 1yr No Upfront")
        << use1 << 12 << reserved("standard", "1yr", "no-upfront") << "525.60"
        << "0.00"
        << "43.80";
    // 1yr Partial Upfront [GetProducts]: 252 upfront + 0.029 x 730 x 12 = 252 + 254.04 = 506.04;
    // monthly 0.029 x 730 = 21.17
    QTest::newRow("Standard RI 1yr Partial Upfront")
        << use1 << 12 << reserved("standard", "1yr", "partial-upfront") << "506.04"
        << "252.00"
        << "21.17";
    // 1yr All Upfront [GetProducts]: 494 upfront + 0 x 8760 = 494.00
    QTest::newRow("Standard RI 1yr All Upfront")
        << use1 << 12 << reserved("standard", "1yr", "all-upfront") << "494.00"
        << "494.00"
        << "0.00";
    // 3yr No Upfront 0.041 USD/h [RI feed]: 0.041 x 730 x 36 = 0.041 x 26280 = 1077.48;
    // monthly 0.041 x 730 = 29.93
    QTest::newRow("Standard RI 3yr No Upfront")
        << use1 << 36 << reserved("standard", "3yr", "no-upfront") << "1077.48"
        << "0.00"
        << "29.93";
    // 3yr Partial Upfront [GetProducts]: 505 upfront + 0.019 x 26280 = 505 + 499.32 = 1004.32;
    // monthly 0.019 x 730 = 13.87
    QTest::newRow("Standard RI 3yr Partial Upfront")
        << use1 << 36 << reserved("standard", "3yr", "partial-upfront") << "1004.32"
        << "505.00"
        << "13.87";
    // 3yr All Upfront [GetProducts]: 949 upfront + 0 x 26280 = 949.00
    QTest::newRow("Standard RI 3yr All Upfront")
        << use1 << 36 << reserved("standard", "3yr", "all-upfront") << "949.00"
        << "949.00"
        << "0.00";

    // Convertible RIs.
    // 1yr No Upfront 0.071 USD/h [RI feed]: 0.071 x 8760 = 621.96; monthly 0.071 x 730 = 51.83
    QTest::newRow("Convertible RI 1yr No Upfront")
        << use1 << 12 << reserved("convertible", "1yr", "no-upfront") << "621.96"
        << "0.00"
        << "51.83";
    // 1yr Partial Upfront [GetProducts]: 294 upfront + 0.034 x 8760 = 294 + 297.84 = 591.84;
    // monthly 0.034 x 730 = 24.82
    QTest::newRow("Convertible RI 1yr Partial Upfront")
        << use1 << 12 << reserved("convertible", "1yr", "partial-upfront") << "591.84"
        << "294.00"
        << "24.82";
    // 1yr All Upfront [GetProducts]: 577 upfront + 0 x 8760 = 577.00
    QTest::newRow("Convertible RI 1yr All Upfront")
        << use1 << 12 << reserved("convertible", "1yr", "all-upfront") << "577.00"
        << "577.00"
        << "0.00";
    // 3yr No Upfront 0.049 USD/h [RI feed]: 0.049 x 26280 = 1287.72; monthly 0.049 x 730 = 35.77
    QTest::newRow("Convertible RI 3yr No Upfront")
        << use1 << 36 << reserved("convertible", "3yr", "no-upfront") << "1287.72"
        << "0.00"
        << "35.77";
    // 3yr Partial Upfront [GetProducts]: 592 upfront + 0.023 x 26280 = 592 + 604.44 = 1196.44;
    // monthly 0.023 x 730 = 16.79
    QTest::newRow("Convertible RI 3yr Partial Upfront")
        << use1 << 36 << reserved("convertible", "3yr", "partial-upfront") << "1196.44"
        << "592.00"
        << "16.79";
    // 3yr All Upfront [GetProducts]: 1161 upfront + 0 x 26280 = 1161.00
    QTest::newRow("Convertible RI 3yr All Upfront")
        << use1 << 36 << reserved("convertible", "3yr", "all-upfront") << "1161.00"
        << "1161.00"
        << "0.00";

    // Compute Savings Plans, No Upfront, commitment = the plan rate of m5.large, so the one
    // instance is exactly covered and nothing runs at On-Demand.
    // 1yr 0.071 USD/h [pricesim]: 0.071 x 730 x 12 = 0.071 x 8760 = 621.96; monthly 51.83
    QTest::newRow("Compute Savings Plan 1yr No Upfront, commitment 0.071/h")
        << use1 << 12 << computeSavingsPlan("1yr", "0.071") << "621.96"
        << "0.00"
        << "51.83";
    // 3yr 0.049 USD/h [pricesim]: 0.049 x 730 x 36 = 0.049 x 26280 = 1287.72; monthly 35.77
    QTest::newRow("Compute Savings Plan 3yr No Upfront, commitment 0.049/h")
        << use1 << 36 << computeSavingsPlan("3yr", "0.049") << "1287.72"
        << "0.00"
        << "35.77";

    // Seoul (ap-northeast-2), published rates only.
    // On-Demand 0.118 USD/h [OD feed]: 0.118 x 730 x 12 = 0.118 x 8760 = 1033.68; monthly 86.14
    QTest::newRow("On-Demand, Seoul, 12 months") << seoul << 12 << onDemand() << "1033.68"
                                                 << "0.00"
                                                 << "86.14";
    // Standard 1yr No Upfront 0.073 USD/h [RI feed, ap-northeast-2]: 0.073 x 8760 = 639.48;
    // monthly 0.073 x 730 = 53.29
    QTest::newRow("Standard RI 1yr No Upfront, Seoul")
        << seoul << 12 << reserved("standard", "1yr", "no-upfront") << "639.48"
        << "0.00"
        << "53.29";
    // Standard 3yr No Upfront 0.051 USD/h [RI feed, ap-northeast-2]: 0.051 x 26280 = 1340.28;
    // monthly 0.051 x 730 = 37.23
    QTest::newRow("Standard RI 3yr No Upfront, Seoul")
        << seoul << 36 << reserved("standard", "3yr", "no-upfront") << "1340.28"
        << "0.00"
        << "37.23";
}

void TestCalculatorFigures::figure()
{
    QFETCH(QString, region);
    QFETCH(int, months);
    QFETCH(QJsonObject, option);
    QFETCH(QString, total);
    QFETCH(QString, upfront);
    QFETCH(QString, monthly);

    // One m5.large, Linux, shared tenancy, always on; no EBS, no public IPv4, no prices block.
    const QJsonObject workload { { QStringLiteral("name"), QStringLiteral("web") },
        { QStringLiteral("instance_type"), QStringLiteral("m5.large") },
        { QStringLiteral("platform"), QStringLiteral("linux") },
        { QStringLiteral("tenancy"), QStringLiteral("shared") }, { QStringLiteral("count"), 1 },
        { QStringLiteral("usage"),
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("always-on") } } } };
    const QJsonObject scenario { { QStringLiteral("name"), QString::fromUtf8(QTest::currentDataTag()) },
        { QStringLiteral("region"), region }, { QStringLiteral("start"), QStringLiteral("2026-01-01") },
        { QStringLiteral("horizon_months"), months }, { QStringLiteral("calendar_months"), false },
        { QStringLiteral("workloads"), QJsonArray { workload } },
        { QStringLiteral("options"), QJsonArray { option } } };
    const QString path = m_dir.filePath(QStringLiteral("scenario.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.write(QJsonDocument(scenario).toJson()) > 0);
    }

    const CliRun r = runEc2lab({ QStringLiteral("cost"), path, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonArray options
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("options")).toArray();
    QCOMPARE(options.size(), 1);
    const QJsonObject got = options.first().toObject();
    QCOMPARE(got.value(QLatin1String("id")).toString(), QStringLiteral("x"));
    QVERIFY2(!got.value(QLatin1String("uses_estimates")).toBool(true),
        "the figure must come from a published rate, not an estimate");
    QCOMPARE(got.value(QLatin1String("total")).toString(), total);
    QCOMPARE(got.value(QLatin1String("upfront")).toString(), upfront);
    QCOMPARE(got.value(QLatin1String("monthly")).toString(), monthly);
}

QTEST_GUILESS_MAIN(TestCalculatorFigures)
#include "tst_calculatorfigures.moc"
