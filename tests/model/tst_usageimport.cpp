// The usage importers (issue 17): `aws ec2 describe-instances` JSON and the Cost and Usage Report
// CSV (legacy and CUR 2.0 column names), with hostile variants, each one clear error.
//
// Samples in tests/data/usage/ were written for these tests in the real formats:
// - describe-instances.json: 10 instances in two reservations across us-east-1a/b, one in the
//   Los Angeles Local Zone us-west-2-lax-1a; running, stopped and terminated ones, a Spot instance,
//   a Dedicated RHEL instance and a Windows with SQL Server instance.
// - cur-legacy.csv and cur2.csv: the same 72 hours (2026-03-01 00:00 to 03-03 23:00 UTC), 255 rows:
//   per hour m5.large Linux twice (one SavingsPlanCoveredUsage + its SavingsPlanNegation, one
//   Usage), c5.xlarge Windows 08:00-17:59 every day plus 0.5 h at 18:00 on day 1, a daily gp3
//   EBS row, one us-west-2 m5.large DiscountedUsage hour (hour 27), one Spot hour, one Dedicated
//   Host instance hour, one Windows with SQL Server hour and a Tax row.
//
// CUR 2.0 column names (line_item_usage_start_date, line_item_usage_type, line_item_usage_amount,
// line_item_line_item_type, line_item_currency_code, line_item_operation, product_instance_type,
// product_region_code, the `product` map column) are AWS's: Data Exports user guide, "Cost and Usage
// Report (CUR) 2.0" table dictionary,
// https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-cur2.html and its product columns page
// .../table-dictionary-cur2-product.html ("Any product column that appeared in legacy CUR, but is not part of
// the CUR 2.0 static schema, appears in this map column"
// - which is why the platform comes from the operation code, a static column in both formats).

#include "usage/commitmentadvisor.h"
#include "usage/usageimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ec2lab;
using namespace ec2lab::usage;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(EC2LAB_TEST_DATA "/usage/") + name;
}

QString keyText(const UsageKey &k)
{
    return k.region + u' ' + k.instanceType + u' ' + platformName(k.platform) + u' ' + tenancyName(k.tenancy);
}

Money total(const UsageSeries &s)
{
    Money sum;
    for (Money m : s.instanceHours)
        sum += m;
    return sum;
}

} // namespace

class TestUsageImport : public QObject
{
    Q_OBJECT

private slots:
    void describeInstances();
    void costAndUsageReport_data();
    void costAndUsageReport();
    void hostile_data();
    void hostile();
    void compressedReport();
    void manyRowsThroughTheBuffer();
    void manyInstancesThroughTheBuffer();
    void emptyDateOnlyOutsideUsage();
    void controlCharactersEscaped();
    void curTypeAndRegionShapes_data();
    void curTypeAndRegionShapes();
    void mutatedSamples_data();
    void mutatedSamples();
    void fleetToAdvisor();
    void reportToAdvisor();
};

void TestUsageImport::describeInstances()
{
    const FleetUsage f
        = UsageImporter::readDescribeInstances(data(QStringLiteral("describe-instances.json")));
    // Running, not Spot, priced platform: i-0a1 + i-0a2 (m5.large, two AZs, one workload of 2),
    // i-0b1 (c5.xlarge Windows), i-0b4 (r5.large RHEL dedicated), i-0b6 (t3.medium, Local Zone).
    QStringList got;
    for (const FleetWorkload &w : f.workloads)
        got << keyText(w.key) + u" x" + QString::number(w.count);
    QCOMPARE(got,
        QStringList({ QStringLiteral("us-east-1 c5.xlarge windows shared x1"),
            QStringLiteral("us-east-1 m5.large linux shared x2"),
            QStringLiteral("us-east-1 r5.large rhel dedicated x1"),
            QStringLiteral("us-west-2-lax-1 t3.medium linux shared x1") }));
    QCOMPARE(f.running, qint64(5));
    // Left out: i-0a3 and i-0b7 stopped, i-0b2 terminated, i-0b3 Spot, i-0b5 SQL Server.
    QMap<QString, qint64> leftOut;
    leftOut[QStringLiteral("state:stopped")] = 2;
    leftOut[QStringLiteral("state:terminated")] = 1;
    leftOut[QStringLiteral("lifecycle:spot")] = 1;
    leftOut[QStringLiteral("platform:Windows with SQL Server Standard")] = 1;
    QCOMPARE(f.leftOut, leftOut);
}

void TestUsageImport::costAndUsageReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("legacy CUR column names") << QStringLiteral("cur-legacy.csv");
    QTest::newRow("CUR 2.0 column names") << QStringLiteral("cur2.csv");
}

void TestUsageImport::costAndUsageReport()
{
    QFETCH(QString, file);
    const UsageProfile p = UsageImporter::readCostAndUsageReport(data(file));
    QCOMPARE(p.currency, QStringLiteral("USD"));
    QCOMPARE(p.rows, qint64(255));
    // Used: 72 SavingsPlanCoveredUsage + 72 Usage (m5.large) + 30 + 1 (c5.xlarge) + 1 DiscountedUsage.
    QCOMPARE(p.usedRows, qint64(176));
    QMap<QString, qint64> skipped;
    skipped[QStringLiteral("line-item-type:SavingsPlanNegation")] = 72;
    skipped[QStringLiteral("line-item-type:Tax")] = 1;
    skipped[QStringLiteral("usage-type:not-box-usage")] = 4; // 3 EBS rows + 1 SpotUsage
    skipped[QStringLiteral("usage-type:HostBoxUsage")] = 1;
    skipped[QStringLiteral("operation:RunInstances:0006")] = 1; // Windows with SQL Server Standard
    QCOMPARE(p.skipped, skipped);
    QCOMPARE(p.start, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(p.hours, qint64(72));
    QCOMPARE(p.series.size(), 3);
    QCOMPARE(keyText(p.series[0].key), QStringLiteral("us-east-1 c5.xlarge windows shared"));
    QCOMPARE(keyText(p.series[1].key), QStringLiteral("us-east-1 m5.large linux shared"));
    QCOMPARE(keyText(p.series[2].key), QStringLiteral("us-west-2 m5.large linux shared"));
    for (const UsageSeries &s : p.series)
        QCOMPARE(qint64(s.instanceHours.size()), qint64(72));
    // c5.xlarge: 10 h a day x 3 days + 0.5 h = 30.5; hour 7 idle, 8 and 17 full, 18 half (day 1
    // only), 42 (day 2, 18:00) idle.
    const UsageSeries &c5 = p.series[0];
    QCOMPARE(total(c5).toPlainString(), QStringLiteral("30.5"));
    QCOMPARE(c5.instanceHours[7], Money());
    QCOMPARE(c5.instanceHours[8], Money::fromUnits(1));
    QCOMPARE(c5.instanceHours[17], Money::fromUnits(1));
    QCOMPARE(c5.instanceHours[18].toPlainString(), QStringLiteral("0.5"));
    QCOMPARE(c5.instanceHours[42], Money());
    // m5.large us-east-1: 2 instance-hours in every hour (covered + On-Demand), 144 in all.
    QCOMPARE(total(p.series[1]).toPlainString(), QStringLiteral("144"));
    QCOMPARE(p.series[1].instanceHours[0], Money::fromUnits(2));
    QCOMPARE(p.series[1].instanceHours[71], Money::fromUnits(2));
    // us-west-2: only hour 27 (2026-03-02 03:00).
    QCOMPARE(total(p.series[2]).toPlainString(), QStringLiteral("1"));
    QCOMPARE(p.series[2].instanceHours[27], Money::fromUnits(1));
}

void TestUsageImport::hostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("cur");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QTest::newRow("describe-instances cut short")
        << QStringLiteral("describe-instances-truncated.json") << false
        << QStringLiteral("line 281, column 40")
        << QStringLiteral("invalid JSON: unexpected end of file (cut short?)");
    QTest::newRow("describe-instances without an instance type")
        << QStringLiteral("describe-instances-no-type.json") << false
        << QStringLiteral("Reservations[1].Instances[0].InstanceType")
        << QStringLiteral("missing required field");
    QTest::newRow("describe-instances with a Region as the zone")
        << QStringLiteral("describe-instances-bad-zone.json") << false
        << QStringLiteral("Reservations[0].Instances[1].Placement.AvailabilityZone")
        << QStringLiteral("not an availability zone name: \"us-east-1\"");
    QTest::newRow("Spot price history is not describe-instances")
        << QStringLiteral("spot-history-not-instances.json") << false << QStringLiteral("(top level)")
        << QStringLiteral("missing \"Reservations\": not the output of aws ec2 describe-instances");
    QTest::newRow("CUR with a misspelt column")
        << QStringLiteral("cur-wrong-columns.csv") << true << QStringLiteral("line 1")
        << QStringLiteral("missing column lineItem/UsageAmount");
    QTest::newRow("CUR in mixed currencies")
        << QStringLiteral("cur-mixed-currency.csv") << true
        << QStringLiteral("line 7, column lineItem/CurrencyCode")
        << QStringLiteral("currency EUR after USD: a report in mixed currencies cannot be read");
    QTest::newRow("CUR 2.0 with hour 25") << QStringLiteral("cur-bad-date.csv") << true
                                          << QStringLiteral("line 5, column line_item_usage_start_date")
                                          << QStringLiteral("not a timestamp: \"2026-03-01T25:00:00.000Z\"");
    QTest::newRow("CUR with a negative usage amount") << QStringLiteral("cur-negative-amount.csv") << true
                                                      << QStringLiteral("line 6, column lineItem/UsageAmount")
                                                      << QStringLiteral("negative usage amount -1.0");
    QTest::newRow("daily CUR") << QStringLiteral("cur-daily.csv") << true
                               << QStringLiteral("line 2, column lineItem/UsageEndDate")
                               << QStringLiteral(
                                      "the line item spans 86400 s; only hourly reports can be read");
    QTest::newRow("CUR cut in its last row")
        << QStringLiteral("cur-truncated.csv") << true << QStringLiteral("line 11")
        << QStringLiteral("the last row stops after 10 of 24 fields (file cut short?)");
    QTest::newRow("describe-instances given as a CUR")
        << QStringLiteral("describe-instances.json") << true << QStringLiteral("line 1")
        << QStringLiteral("not a Cost and Usage Report: no column lineItem/UsageStartDate or "
                          "line_item_usage_start_date");
    QTest::newRow("missing file") << QStringLiteral("no-such-report.csv") << true << QString()
                                  << QStringLiteral("no such file");
}

void TestUsageImport::hostile()
{
    QFETCH(QString, file);
    QFETCH(bool, cur);
    QFETCH(QString, location);
    QFETCH(QString, message);
    try {
        if (cur)
            UsageImporter::readCostAndUsageReport(data(file));
        else
            UsageImporter::readDescribeInstances(data(file));
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.file, data(file));
        QCOMPARE(e.location, location);
        qInfo("%s", qPrintable(e.toString()));
        if (message.isEmpty())
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.toString()));
        else
            QCOMPARE(e.message, message);
    }
}

void TestUsageImport::compressedReport()
{
    // AWS delivers CUR CSV gzip-compressed; the reader says so instead of reporting garbage.
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("report.csv.gz"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8));
    f.close();
    try {
        UsageImporter::readCostAndUsageReport(name);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(
            e.message, QStringLiteral("gzip-compressed; decompress it first (gunzip) and import the CSV"));
    }
}

void TestUsageImport::manyRowsThroughTheBuffer()
{
    // 20,000 rows (about 60 buffer fills of 64 KiB) with a quoted, comma- and quote-holding
    // description so records and quotes straddle buffer boundaries: 20,000 rows of 0.25
    // instance-hours spread over 500 hours = 40 rows x 0.25 = 10 instance-hours per hour.
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("big.csv"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageType,lineItem/Operation,"
            "lineItem/UsageAmount,lineItem/CurrencyCode,lineItem/LineItemDescription,product/instanceType,"
            "product/region\r\n");
    for (int i = 0; i < 20000; ++i) {
        const int hour = i % 500;
        const QDateTime t = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(hour) * 3600);
        f.write("Usage," + t.toString(Qt::ISODate).toLatin1()
            + ",BoxUsage:m5.large,RunInstances,0.25,USD,\"$0.096 per \"\"On Demand\"\", Linux m5.large, hour "
            + QByteArray::number(i) + "\",m5.large,us-east-1\r\n");
    }
    f.close();
    QVERIFY(f.size() > 40 * UsageImporter::kReadBufferBytes);
    const UsageProfile p = UsageImporter::readCostAndUsageReport(name);
    QCOMPARE(p.usedRows, qint64(20000));
    QCOMPARE(p.hours, qint64(500));
    QCOMPARE(p.series.size(), 1);
    for (Money m : p.series[0].instanceHours)
        QCOMPARE(m, Money::fromUnits(10));
}

void TestUsageImport::manyInstancesThroughTheBuffer()
{
    // 3,000 instances (about 20 buffer fills), one instance object kept at a time. Every third is
    // stopped; tags hold escapes (\u00e9, a surrogate pair, \", \n) and numbers with exponents, so
    // strings and values straddle buffer boundaries. Running: 2,000, split m5.large / c5.large by
    // parity of the index: i = 1, 2, 4, 5, 7, ... -> 1,000 odd and 1,000 even.
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("fleet.json"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"Reservations\": [{\"Groups\": [], \"Instances\": [");
    for (int i = 0; i < 3000; ++i) {
        f.write(QByteArray(i ? "," : "") + "\n  {\"InstanceId\": \"i-" + QByteArray::number(i)
            + "\", \"InstanceType\": \"" + (i % 2 ? "m5.large" : "c5.large")
            + "\", \"State\": {\"Code\": 1.6e1, \"Name\": \"" + (i % 3 ? "running" : "stopped")
            + "\"}, \"Placement\": {\"AvailabilityZone\": \"eu-west-1c\", \"Tenancy\": \"default\"}, "
              "\"PlatformDetails\": \"Linux/UNIX\", \"LaunchTime\": \"2026-01-05T10:00:00+00:00\", "
              "\"Tags\": [{\"Key\": \"Name\", \"Value\": \"caf\\u00e9 \\ud83d\\ude80 \\\"x\\\"\\n\"}], "
              "\"EbsOptimized\": false, \"KernelId\": null}");
    }
    f.write("\n], \"OwnerId\": \"123456789012\"}]}\n");
    f.close();
    QVERIFY(f.size() > 15 * UsageImporter::kReadBufferBytes);
    const FleetUsage fleet = UsageImporter::readDescribeInstances(name);
    QCOMPARE(fleet.running, qint64(2000));
    QCOMPARE(fleet.workloads.size(), 2);
    QCOMPARE(keyText(fleet.workloads[0].key), QStringLiteral("eu-west-1 c5.large linux shared"));
    QCOMPARE(fleet.workloads[0].count, qint64(1000));
    QCOMPARE(fleet.workloads[1].count, qint64(1000));
    QCOMPARE(fleet.leftOut.value(QStringLiteral("state:stopped")), qint64(1000));
}

void TestUsageImport::emptyDateOnlyOutsideUsage()
{
    // A Tax row may leave its start date empty; a usage row may not.
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("tax.csv"));
    const QByteArray header
        = "lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageType,lineItem/Operation,"
          "lineItem/UsageAmount,lineItem/CurrencyCode,product/instanceType,product/region\n";
    const auto write = [&](const QByteArray &rows) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(header + rows);
    };
    write("Tax,,,,1,USD,,\nUsage,2026-03-01T05:00:00Z,BoxUsage:m5.large,RunInstances,1,USD,m5.large,us-east-"
          "1\n");
    const UsageProfile p = UsageImporter::readCostAndUsageReport(name);
    QCOMPARE(p.usedRows, qint64(1));
    QCOMPARE(p.skipped.value(QStringLiteral("line-item-type:Tax")), qint64(1));
    write("Usage,,BoxUsage:m5.large,RunInstances,1,USD,m5.large,us-east-1\n");
    try {
        UsageImporter::readCostAndUsageReport(name);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.location, QStringLiteral("line 2, column lineItem/UsageStartDate"));
        QCOMPARE(e.message, QStringLiteral("not a timestamp: \"\""));
    }
}

void TestUsageImport::controlCharactersEscaped()
{
    // An instance type holding a newline and an ESC (JSON escapes) is echoed escaped, on one line.
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("odd.json"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"Reservations": [{"Instances": [{"InstanceType": "m5\n\u001blarge", "State": {"Name": "running"},
            "Placement": {"AvailabilityZone": "us-east-1a", "Tenancy": "default"}}]}]})");
    f.close();
    try {
        UsageImporter::readDescribeInstances(name);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.location, QStringLiteral("Reservations[0].Instances[0].InstanceType"));
        QCOMPARE(e.message, QStringLiteral("not an instance type: \"m5\\n\\x1blarge\""));
    }
}

void TestUsageImport::curTypeAndRegionShapes_data()
{
    // A value printed as an instance type or a Region must look like one: a dotted name with an
    // ESC inside (which once reached the terminal raw) or a Region with a space is refused.
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("region");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("ESC inside a dotted type")
        << QByteArray("c5\x1b[31m.large") << QByteArray("us-east-1") << "line 2, column product/instanceType"
        << "not an instance type: \"c5\\x1b[31m.large\"";
    QTest::newRow("upper case type") << QByteArray("M5.LARGE") << QByteArray("us-east-1")
                                     << "line 2, column product/instanceType"
                                     << "not an instance type: \"M5.LARGE\"";
    QTest::newRow("two dots") << QByteArray("m5.large.x") << QByteArray("us-east-1")
                              << "line 2, column product/instanceType"
                              << "not an instance type: \"m5.large.x\"";
    QTest::newRow("region with a space")
        << QByteArray("m5.large") << QByteArray("us east 1") << "line 2, column product/region"
        << "not a Region code: \"us east 1\"";
}

void TestUsageImport::curTypeAndRegionShapes()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, region);
    QFETCH(QString, location);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("cur.csv"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageEndDate,lineItem/UsageType,"
        "lineItem/Operation,lineItem/UsageAmount,lineItem/CurrencyCode,product/instanceType,product/region\n"
        "Usage,2026-03-01T00:00:00Z,2026-03-01T01:00:00Z,BoxUsage:m5.large,RunInstances,1,USD,"
        + type + "," + region + "\n");
    f.close();
    try {
        UsageImporter::readCostAndUsageReport(name);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.location, location);
        QCOMPARE(e.message, message);
    }
}

void TestUsageImport::mutatedSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("cur");
    QTest::newRow("describe-instances.json") << QStringLiteral("describe-instances.json") << false;
    QTest::newRow("cur-legacy.csv") << QStringLiteral("cur-legacy.csv") << true;
    QTest::newRow("cur2.csv") << QStringLiteral("cur2.csv") << true;
}

void TestUsageImport::mutatedSamples()
{
    // 200 damaged copies of each sample (fixed seed): cut at a random byte, a byte replaced by one
    // of the format's structural characters, or a run of bytes deleted. Every copy must either read
    // or give one InputError naming the file; nothing else may escape (no crash, no other exception).
    QFETCH(QString, file);
    QFETCH(bool, cur);
    QFile in(data(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("damaged"));
    quint32 seed = 17;
    const auto next = [&seed](quint32 n) { return (seed = seed * 1664525u + 1013904223u) % n; };
    const QByteArray specials = cur ? QByteArray(",\"\n\r-:.x") : QByteArray("{}[],:\"\\ \nx0");
    int errors = 0;
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes = original;
        const auto at = qsizetype(next(quint32(bytes.size())));
        switch (i % 3) {
        case 0:
            bytes.truncate(at);
            break;
        case 1:
            bytes[at] = specials[qsizetype(next(quint32(specials.size())))];
            break;
        default:
            bytes.remove(at, 1 + qsizetype(next(40)));
            break;
        }
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        try {
            if (cur)
                UsageImporter::readCostAndUsageReport(name);
            else
                UsageImporter::readDescribeInstances(name);
        } catch (const InputError &e) {
            QCOMPARE(e.file, name);
            QVERIFY(!e.message.isEmpty());
            ++errors;
        }
    }
    QVERIFY(errors > 50); // most damage is caught, not silently read
}

void TestUsageImport::fleetToAdvisor()
{
    // describe-instances.json priced by hand (us-east-1 Linux m5.large: On-Demand 0.096, Compute
    // SP 1 yr 0.068, RI 0.060; everything else unpriced here). The two running m5.large run all
    // the time, so the best plan covers exactly them: 2 x 0.068 = 0.136 USD/h; over a 1-year term
    // and horizon: 0.136 x 8,760 = 1,191.36 vs On-Demand 0.192 x 8,760 = 1,681.92. Two m5.large
    // RIs: 0.120 x 8,760 = 1,051.20.
    const FleetUsage fleet
        = UsageImporter::readDescribeInstances(data(QStringLiteral("describe-instances.json")));
    QList<UsageKey> unpriced;
    const std::vector<AdvisorSeries> in = advisorSeries(
        profileOf(fleet),
        [](const UsageKey &k) -> std::optional<KeyRates> {
            if (k.instanceType != u"m5.large")
                return std::nullopt;
            return KeyRates { *Money::parse(u"0.096"), *Money::parse(u"0.068"), *Money::parse(u"0.060"),
                Money(), Money(), Money() };
        },
        &unpriced);
    QCOMPARE(int(in.size()), 1);
    QCOMPARE(unpriced.size(), 3);
    QVERIFY(in[0].sizeFlexible);
    AdvisorSettings st;
    st.step = *Money::parse(u"0.001");
    const CommitmentCurve c = CommitmentAdvisor::curve(in, st);
    QCOMPARE(c.points[c.optimum].commitment.toPlainString(), QStringLiteral("0.136"));
    QCOMPARE(c.points[c.optimum].total.toPlainString(), QStringLiteral("1191.36"));
    QCOMPARE(c.onDemandTotal.toPlainString(), QStringLiteral("1681.92"));
    const ReservedPlan ri = CommitmentAdvisor::reservedInstances(in, st);
    QCOMPARE(ri.total.toPlainString(), QStringLiteral("1051.2"));
}

void TestUsageImport::reportToAdvisor()
{
    // cur-legacy.csv, only the c5.xlarge Windows series priced (On-Demand 0.354, SP 0.230 by hand):
    // it runs 10 h a day (plus half an hour once) of 24, a share of 30.5 / 72 = 0.42 < the break-even
    // 0.230 / 0.354 = 0.65, so with a 72-hour term and horizon nothing is worth buying:
    // total = On-Demand = 30.5 x 0.354 = 10.797.
    const UsageProfile p = UsageImporter::readCostAndUsageReport(data(QStringLiteral("cur-legacy.csv")));
    const std::vector<AdvisorSeries> in = advisorSeries(p, [](const UsageKey &k) -> std::optional<KeyRates> {
        if (k.instanceType != u"c5.xlarge")
            return std::nullopt;
        return KeyRates { *Money::parse(u"0.354"), *Money::parse(u"0.230"), Money(), Money(), Money(),
            Money() };
    });
    QCOMPARE(int(in.size()), 1);
    AdvisorSettings st;
    st.termHours = 72;
    st.horizonHours = 72;
    const CommitmentCurve c = CommitmentAdvisor::curve(in, st);
    QCOMPARE(c.optimum, std::size_t(0));
    QCOMPARE(c.points[0].total.toPlainString(), QStringLiteral("10.797"));
}

QTEST_GUILESS_MAIN(TestUsageImport)
#include "tst_usageimport.moc"
