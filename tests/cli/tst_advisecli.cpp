#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `ec2lab advise` as a user runs it (issue 17 item 4): the recommendation and the curve in text and
// JSON with hand-computed money, the hostile usage files, the usage errors and the help.
//
// Prices are the bundled snapshot's us-east-1 m5.large Linux figures (`ec2lab prices show --region
// us-east-1 --type m5.large`): On-Demand 0.096 USD/h (AWS pricing-page feed); Standard RI 1yr
// No Upfront 0.06 USD/h; Standard RI 3yr All Upfront 949 USD; Compute Savings Plan 1yr No
// Upfront 0.071 USD/h; the EC2 Instance Savings Plan is the catalog's estimate, the Standard RI's
// effective rate. us-west-2 m5.large has no price in the snapshot. A fresh data folder keeps
// prices other tests import out of the way.

class TestAdviseCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fleetJson();
    void regionFilter();
    void costAndUsageReport_data();
    void costAndUsageReport();
    void text();
    void riThenComputePlan();
    void threeYearsAllUpfront();
    void hostileInput_data();
    void hostileInput();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    static QString data(const QString &name) { return QStringLiteral(EC2LAB_TEST_DATA "/usage/") + name; }
    static QJsonObject json(const QStringList &args);
    QTemporaryDir m_dataDir;
};

void TestAdviseCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(EC2LAB_BINARY)), EC2LAB_BINARY);
    QVERIFY(m_dataDir.isValid());
    qputenv("EC2LAB_DATA_DIR", m_dataDir.path().toLocal8Bit()); // the bundled snapshot only
}

QJsonObject TestAdviseCli::json(const QStringList &args)
{
    const CliRun r = runEc2lab(
        QStringList { QStringLiteral("advise") } + args + QStringList { QStringLiteral("--json") });
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    return r.exitCode == 0 && error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

void TestAdviseCli::fleetJson()
{
    // advise-fleet.json: two running m5.large in us-east-1, one stopped (left out), one running in
    // us-west-2 (no price: left out and named). 12 months = 8,760 h, 1-year No Upfront terms.
    // On-Demand: 2 x 0.096 x 8760 = 1681.92. Two RIs: 2 x 0.06 x 8760 = 1051.20 (monthly
    // 2 x 0.06 x 730 = 87.60), savings 630.72 = 37.50 %; break-even 0.06 / 0.096 = 62.50 %.
    const QJsonObject o = json(
        { data(QStringLiteral("advise-fleet.json")), QStringLiteral("--horizon"), QStringLiteral("12") });
    QVERIFY(!o.isEmpty());
    QCOMPARE(o[u"format"].toString(), QStringLiteral("describe-instances"));
    QCOMPARE(o[u"horizon_hours"].toInt(), 8760);
    QCOMPARE(o[u"term"].toString(), QStringLiteral("1yr"));
    QCOMPARE(o[u"payment"].toString(), QStringLiteral("no-upfront"));
    const QJsonObject usage = o[u"usage"].toObject();
    QCOMPARE(usage[u"running_instances"].toInt(), 3);
    QCOMPARE(usage[u"left_out"].toObject(), (QJsonObject { { QStringLiteral("state:stopped"), 1 } }));

    const QJsonObject rec = o[u"recommendation"].toObject();
    QCOMPARE(rec[u"instruments"].toArray(), QJsonArray { QStringLiteral("standard-reserved") });
    QCOMPARE(rec[u"total"].toString(), QStringLiteral("1051.20"));
    QCOMPARE(rec[u"on_demand_total"].toString(), QStringLiteral("1681.92"));
    QCOMPARE(rec[u"savings"].toString(), QStringLiteral("630.72"));
    QCOMPARE(rec[u"savings_percent"].toString(), QStringLiteral("37.50"));
    QCOMPARE(rec[u"upfront"].toString(), QStringLiteral("0.00"));
    QCOMPARE(rec[u"monthly"].toString(), QStringLiteral("87.60"));
    QCOMPARE(rec[u"on_demand_remainder"].toString(), QStringLiteral("0.00"));
    const QJsonArray purchases = rec[u"purchases"].toArray();
    QCOMPARE(purchases.size(), 1);
    const QJsonObject ri = purchases[0].toObject();
    QCOMPARE(ri[u"kind"].toString(), QStringLiteral("standard-reserved"));
    QCOMPARE(ri[u"region"].toString(), QStringLiteral("us-east-1"));
    QCOMPARE(ri[u"scope"].toString(), QStringLiteral("m5.large"));
    QCOMPARE(ri[u"count"].toInt(), 2);
    QCOMPARE(ri[u"hourly_commitment"].toString(), QStringLiteral("0.120000"));
    QCOMPARE(ri[u"upfront"].toString(), QStringLiteral("0.00"));
    QCOMPARE(ri[u"monthly"].toString(), QStringLiteral("87.60"));
    QCOMPARE(ri[u"total"].toString(), QStringLiteral("1051.20"));
    QCOMPARE(ri[u"terms"].toInt(), 1);
    QCOMPARE(ri[u"utilization_percent"].toString(), QStringLiteral("100.00"));
    QCOMPARE(ri[u"break_even_utilization_percent"].toString(), QStringLiteral("62.50"));
    // Eleven combinations; the Compute plan alone is the curve's optimum below.
    const QJsonArray combinations = rec[u"combinations"].toArray();
    QCOMPARE(combinations.size(), 11);
    QCOMPARE(rec[u"reserved_sized_against"].toString(), QStringLiteral("on-demand"));
    QCOMPARE(
        combinations[9].toObject()[u"reserved_sized_against"].toString(), QStringLiteral("savings-plans"));
    QCOMPARE(combinations[0].toObject()[u"total"].toString(), QStringLiteral("1681.92"));
    QCOMPARE(combinations[3].toObject()[u"total"].toString(), QStringLiteral("1243.92"));

    // The Compute plan curve: 0 to 0.192 USD/h (the peak, 2 x 0.096) by 0.001: 193 points. Usage at
    // plan rates is 2 x 0.071 = 0.142/h: the optimum covers it all for 0.142 x 8760 = 1243.92.
    // 0.14 pays 1226.40 and covers 1226.40 x 0.096 / 0.071 = 1658.230986 of On-Demand: 1226.40 +
    // 1681.92 - 1658.23 = 1250.09; 0.15 pays 1314.00 for the same coverage as 0.142.
    const QJsonObject curve = o[u"curve"].toObject();
    QCOMPARE(curve[u"step"].toString(), QStringLiteral("0.001000"));
    QCOMPARE(curve[u"peak_hourly_on_demand"].toString(), QStringLiteral("0.192000"));
    const QJsonArray points = curve[u"points"].toArray();
    QCOMPARE(points.size(), 193);
    QCOMPARE(points[140].toObject()[u"total"].toString(), QStringLiteral("1250.09"));
    QCOMPARE(points[150].toObject()[u"total"].toString(), QStringLiteral("1314.00"));
    const QJsonObject optimum = curve[u"optimum"].toObject();
    QCOMPARE(optimum[u"commitment"].toString(), QStringLiteral("0.142000"));
    QCOMPARE(optimum[u"total"].toString(), QStringLiteral("1243.92"));
    QCOMPARE(optimum[u"commitment_paid"].toString(), QStringLiteral("1243.92"));
    QCOMPARE(optimum[u"utilization_percent"].toString(), QStringLiteral("100.00"));
    QCOMPARE(points[142].toObject(), optimum);

    // Every estimate is listed, every absent price named.
    const QJsonArray notes = o[u"price_notes"].toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].toObject()[u"price"].toString(),
        QStringLiteral("us-east-1 m5.large linux shared ec2-instance/1yr/no-upfront"));
    QCOMPARE(notes[0].toObject()[u"kind"].toString(), QStringLiteral("estimate"));
    const QJsonArray missing { QJsonObject {
        { QStringLiteral("key"), QStringLiteral("us-west-2 m5.large linux shared") },
        { QStringLiteral("price"), QStringLiteral("on-demand") } } };
    QCOMPARE(o[u"missing_prices"].toArray(), missing);
}

void TestAdviseCli::regionFilter()
{
    const QJsonObject o = json({ data(QStringLiteral("advise-fleet.json")), QStringLiteral("--horizon"),
        QStringLiteral("12"), QStringLiteral("--region"), QStringLiteral("us-east-1") });
    QCOMPARE(o[u"region"].toString(), QStringLiteral("us-east-1"));
    QCOMPARE(o[u"usage"].toObject()[u"other_regions"].toInt(), 1);
    QCOMPARE(o[u"usage"].toObject()[u"keys"].toInt(), 1);
    QVERIFY(o[u"missing_prices"].toArray().isEmpty());
    QCOMPARE(o[u"recommendation"].toObject()[u"total"].toString(), QStringLiteral("1051.20"));
}

void TestAdviseCli::costAndUsageReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("legacy CUR column names") << QStringLiteral("advise-cur.csv");
    QTest::newRow("CUR 2.0 column names") << QStringLiteral("advise-cur2.csv");
}

void TestAdviseCli::costAndUsageReport()
{
    // Four hours of m5.large: 1, 1, 1, 2 instances (and a Tax row, skipped), repeated over 8,760 h
    // (2,190 times). On-Demand: 5 x 0.096 x 2190 = 1051.20. One RI is used every hour: 0.06 x 8760 =
    // 525.60, the second instance (1 hour in 4) stays On-Demand: 2190 x 0.096 = 210.24; total 735.84.
    // A second RI would cover 210.24 for 525.60. The Compute plan alone covers the base, 0.071/h:
    // 0.071 x 8760 = 621.96 + the 210.24 left On-Demand = 832.20 (0.072 would be used 1 hour in 4).
    QFETCH(QString, file);
    const QJsonObject o = json({ data(file), QStringLiteral("--horizon"), QStringLiteral("12") });
    QCOMPARE(o[u"format"].toString(), QStringLiteral("cost-and-usage-report"));
    QCOMPARE(o[u"usage"].toObject()[u"profile_hours"].toInt(), 4);
    QCOMPARE(o[u"usage"].toObject()[u"start"].toString(), QStringLiteral("2026-03-01T00:00:00Z"));
    QCOMPARE(o[u"usage"].toObject()[u"left_out"].toObject(),
        (QJsonObject { { QStringLiteral("line-item-type:Tax"), 1 } }));
    const QJsonObject rec = o[u"recommendation"].toObject();
    QCOMPARE(rec[u"on_demand_total"].toString(), QStringLiteral("1051.20"));
    QCOMPARE(rec[u"total"].toString(), QStringLiteral("735.84"));
    QCOMPARE(rec[u"on_demand_remainder"].toString(), QStringLiteral("210.24"));
    QCOMPARE(rec[u"savings_percent"].toString(), QStringLiteral("30.00"));
    const QJsonObject ri = rec[u"purchases"].toArray()[0].toObject();
    QCOMPARE(ri[u"count"].toInt(), 1);
    QCOMPARE(ri[u"monthly"].toString(), QStringLiteral("43.80"));
    QCOMPARE(ri[u"total"].toString(), QStringLiteral("525.60"));
    QCOMPARE(rec[u"combinations"].toArray()[3].toObject()[u"total"].toString(), QStringLiteral("832.20"));
    QCOMPARE(
        o[u"curve"].toObject()[u"optimum"].toObject()[u"commitment"].toString(), QStringLiteral("0.071000"));
}

void TestAdviseCli::text()
{
    const CliRun r = runEc2lab({ QStringLiteral("advise"), data(QStringLiteral("advise-cur.csv")),
        QStringLiteral("--horizon"), QStringLiteral("12") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(
        out.contains(QRegularExpression(QStringLiteral(
            R"(Standard RI\s+us-east-1\s+m5\.large\s+1\s+0\.060000\s+0\.00\s+43\.80\s+525\.60\s+1\s+100\.00%\s+62\.50%)"))),
        qPrintable(out));
    QVERIFY2(
        out.contains(QStringLiteral("Total 735.84 USD against 1051.20 USD all On-Demand: savings 315.36 USD "
                                    "(30.00%); usage left On-Demand 210.24 USD")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("optimum       0.071 USD/h: total 832.20 USD")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Rows skipped: line-item-type:Tax 1")), qPrintable(out));
    QVERIFY2(
        out.contains(QStringLiteral("us-east-1 m5.large linux shared ec2-instance/1yr/no-upfront = 0.06 USD "
                                    "(estimate: ")),
        qPrintable(out));
}

void TestAdviseCli::riThenComputePlan()
{
    // advise-cur-shifts.csv, 8 hours repeated 1,095 times over 8,760 h: m5.large 2, 2, 2, 2, 1, 1, 1,
    // 1 and c5.large 1, 1, 1, 1, 2, 2, 2, 2 (c5.large: On-Demand 0.085, RI 0.054, Compute SP 0.062).
    // On-Demand: (12 x 0.096 + 12 x 0.085) x 1095 = 2378.34. One RI each (used every hour; a
    // second one only half the hours, below its 62.5 % / 63.5 % break-even): 525.60 + 473.04.
    // What is left, one extra instance of either type every hour, suits one Compute plan: c5.large
    // first (0.062 / 0.085 saves more than 0.071 / 0.096), so 0.062/h is used in every hour: 0.062
    // x 8760 = 543.12, covering 4380 x 0.085 = 372.30 and 4380 x 0.062 x 0.096 / 0.071 = 367.18 of
    // the 420.48 + 372.30 left: 53.30 stays On-Demand. Total 525.60 + 473.04 + 543.12 + 53.30 =
    // 1595.06; break-even of the plan 543.12 / (372.30 + 367.18) = 73.45 %.
    const QJsonObject o = json(
        { data(QStringLiteral("advise-cur-shifts.csv")), QStringLiteral("--horizon"), QStringLiteral("12") });
    const QJsonObject rec = o[u"recommendation"].toObject();
    QCOMPARE(rec[u"instruments"].toArray(),
        (QJsonArray { QStringLiteral("standard-reserved"), QStringLiteral("compute-savings-plan") }));
    QCOMPARE(rec[u"on_demand_total"].toString(), QStringLiteral("2378.34"));
    QCOMPARE(rec[u"total"].toString(), QStringLiteral("1595.06"));
    QCOMPARE(rec[u"on_demand_remainder"].toString(), QStringLiteral("53.30"));
    QCOMPARE(rec[u"monthly"].toString(), QStringLiteral("128.48")); // (0.054 + 0.060 + 0.062) x 730
    const QJsonArray p = rec[u"purchases"].toArray();
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[0].toObject()[u"scope"].toString(), QStringLiteral("c5.large"));
    QCOMPARE(p[0].toObject()[u"total"].toString(), QStringLiteral("473.04"));
    QCOMPARE(p[1].toObject()[u"scope"].toString(), QStringLiteral("m5.large"));
    QCOMPARE(p[1].toObject()[u"total"].toString(), QStringLiteral("525.60"));
    const QJsonObject plan = p[2].toObject();
    QCOMPARE(plan[u"kind"].toString(), QStringLiteral("compute-savings-plan"));
    QCOMPARE(plan[u"region"], QJsonValue(QJsonValue::Null));
    QCOMPARE(plan[u"hourly_commitment"].toString(), QStringLiteral("0.062000"));
    QCOMPARE(plan[u"total"].toString(), QStringLiteral("543.12"));
    QCOMPARE(plan[u"utilization_percent"].toString(), QStringLiteral("100.00"));
    QCOMPARE(plan[u"break_even_utilization_percent"].toString(), QStringLiteral("73.45"));
    QCOMPARE(plan[u"covered_on_demand"].toString(), QStringLiteral("739.48"));
    // Each alone costs more: RIs 1791.42, the Compute plan 1761.50.
    const QJsonArray c = rec[u"combinations"].toArray();
    QCOMPARE(c[1].toObject()[u"total"].toString(), QStringLiteral("1791.42"));
    QCOMPARE(c[3].toObject()[u"total"].toString(), QStringLiteral("1761.50"));
}

void TestAdviseCli::threeYearsAllUpfront()
{
    // 36 months = 26,280 h = one 3-year term. Two 3yr All Upfront RIs: 2 x 949 = 1898.00 at purchase,
    // nothing monthly; On-Demand 2 x 0.096 x 26280 = 5045.76.
    const QJsonObject o = json({ data(QStringLiteral("advise-fleet.json")), QStringLiteral("--region"),
        QStringLiteral("us-east-1"), QStringLiteral("--term"), QStringLiteral("3"),
        QStringLiteral("--payment"), QStringLiteral("all-upfront") });
    const QJsonObject rec = o[u"recommendation"].toObject();
    QCOMPARE(rec[u"on_demand_total"].toString(), QStringLiteral("5045.76"));
    QCOMPARE(rec[u"upfront"].toString(), QStringLiteral("1898.00"));
    QCOMPARE(rec[u"monthly"].toString(), QStringLiteral("0.00"));
    QCOMPARE(rec[u"total"].toString(), QStringLiteral("1898.00"));
    const QJsonObject ri = rec[u"purchases"].toArray()[0].toObject();
    QCOMPARE(ri[u"upfront"].toString(), QStringLiteral("1898.00"));
    QCOMPARE(ri[u"terms"].toInt(), 1);
    // Break-even: 1898.00 against 140.16 a month On-Demand (2 x 0.096 x 730): 13 months make
    // 1822.08, 14 make 1962.24.
    QCOMPARE(rec[u"break_even_month"].toInt(), 14);
    QCOMPARE(rec[u"cumulative"].toArray().size(), 36);
    QCOMPARE(rec[u"cumulative"].toArray()[12].toString(), QStringLiteral("1898.00"));
    QCOMPARE(rec[u"on_demand_cumulative"].toArray()[12].toString(), QStringLiteral("1822.08"));
    QCOMPARE(rec[u"on_demand_cumulative"].toArray()[13].toString(), QStringLiteral("1962.24"));
    QCOMPARE(o[u"term"].toString(), QStringLiteral("3yr"));
    QCOMPARE(o[u"payment"].toString(), QStringLiteral("all-upfront"));
}

void TestAdviseCli::hostileInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // after "ec2lab: error: <path>/"
    QTest::newRow("CUR with a column misspelt")
        << QStringLiteral("advise-cur-wrong-columns.csv")
        << QStringLiteral("advise-cur-wrong-columns.csv: line 1: missing column lineItem/UsageAmount");
    QTest::newRow("CUR in mixed currencies")
        << QStringLiteral("advise-cur-mixed.csv")
        << QStringLiteral("advise-cur-mixed.csv: line 5, column "
                          "lineItem/CurrencyCode: currency EUR after USD: a "
                          "report in mixed currencies cannot be read");
    QTest::newRow("CUR in EUR (the catalog is in USD)")
        << QStringLiteral("advise-cur-eur.csv")
        << QStringLiteral(
               "advise-cur-eur.csv: column lineItem/CurrencyCode: currency \"EUR\": the advisor prices "
               "in USD (the price catalog's currency)");
    QTest::newRow("describe-instances cut short")
        << QStringLiteral("advise-fleet-truncated.json")
        << QStringLiteral("advise-fleet-truncated.json: line 51, column 10: invalid JSON: unexpected end of "
                          "file (cut short?)");
    QTest::newRow("describe-instances without an instance type")
        << QStringLiteral("describe-instances-no-type.json")
        << QStringLiteral("describe-instances-no-type.json: Reservations[1].Instances[0].InstanceType: "
                          "missing required field");
    QTest::newRow("no such file") << QStringLiteral("advise-none.csv")
                                  << QStringLiteral("advise-none.csv: no such file");
}

void TestAdviseCli::hostileInput()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const CliRun r = runEc2lab({ QStringLiteral("advise"), data(file) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err, QStringLiteral("ec2lab: error: ") + data(message) + u'\n'); // one line
}

void TestAdviseCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString f = data(QStringLiteral("advise-cur.csv"));
    QTest::newRow("no file") << QStringList {} << QStringLiteral("advise: a usage file is required");
    QTest::newRow("term of 2 years") << QStringList { f, QStringLiteral("--term"), QStringLiteral("2") }
                                     << QStringLiteral("advise: --term \"2\": expected 1 or 3 (years)");
    QTest::newRow("unknown payment") << QStringList { f, QStringLiteral("--payment"),
        QStringLiteral("monthly") } << QStringLiteral("advise: --payment \"monthly\": expected no-upfront");
    QTest::newRow("horizon 0") << QStringList { f, QStringLiteral("--horizon"), QStringLiteral("0") }
                               << QStringLiteral(
                                      "advise: --horizon \"0\": expected whole months from 1 to 120");
    QTest::newRow("horizon without a value") << QStringList { f, QStringLiteral("--horizon") }
                                             << QStringLiteral("advise: --horizon needs a value");
    QTest::newRow("unknown option") << QStringList { f, QStringLiteral("--sp-only") }
                                    << QStringLiteral("advise: unknown option \"--sp-only\"");
    QTest::newRow("two files") << QStringList { f, f } << QStringLiteral("advise: one usage file only");
}

void TestAdviseCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runEc2lab(QStringList { QStringLiteral("advise") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("ec2lab: error: ") + message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void TestAdviseCli::help()
{
    const CliRun r = runEc2lab({ QStringLiteral("advise"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.startsWith(QStringLiteral("Usage: ec2lab advise USAGE_FILE")));
    QVERIFY(out.contains(
        QStringLiteral("  ec2lab advise fleet.json --horizon 36 --term 1 --payment no-upfront\n")));
    const CliRun top = runEc2lab({ QStringLiteral("--help") });
    QVERIFY(
        QString::fromUtf8(top.out).contains(QRegularExpression(QStringLiteral("\n  advise +Recommend "))));
}

QTEST_GUILESS_MAIN(TestAdviseCli)
#include "tst_advisecli.moc"
