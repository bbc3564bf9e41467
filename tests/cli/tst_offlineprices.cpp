// `ec2lab cost` offline, on the bundled snapshot only (an empty data folder): the default
// scenario and the cost demo give every option a figure in us-east-1 and Seoul, published or a
// flagged estimate; a truly absent price is exit 1 with one line naming it.

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestOfflinePrices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    QString write(const QString &name, const QJsonObject &o)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }
    static QString L(const char *text) { return QString::fromLatin1(text); }
    static QJsonArray jsonArray(const QByteArray &text) { return QJsonDocument::fromJson(text).array(); }
    /// Every option of the comparison: On-Demand, the 12 RI offers, the 12 Savings Plans, Spot.
    static QJsonArray everyOption()
    {
        QByteArray text = R"([{"id": "od", "kind": "on-demand"})";
        for (const char *cls : { "standard", "convertible" })
            for (const char *term : { "1yr", "3yr" })
                for (const char *pay : { "no-upfront", "partial-upfront", "all-upfront" })
                    text += QStringLiteral(
                        R"(, {"id": "ri-%1-%2-%3", "kind": "reserved", "class": "%1", "term": "%2", )"
                        R"("payment": "%3", "count": 1})")
                                .arg(L(cls), L(term), L(pay))
                                .toUtf8();
        for (const char *type : { "compute", "ec2-instance" })
            for (const char *term : { "1yr", "3yr" })
                for (const char *pay : { "no-upfront", "partial-upfront", "all-upfront" })
                    text += QStringLiteral(
                        R"(, {"id": "sp-%1-%2-%3", "kind": "savings-plan", "type": "%1", )"
                        R"("term": "%2", "payment": "%3", "commitment_per_hour": "baseline"})")
                                .arg(L(type), L(term), L(pay))
                                .toUtf8();
        text += R"(, {"id": "spot", "kind": "spot", "interruptions_per_month": "2"}])";
        return jsonArray(text);
    }
    CliRun cost(const QString &file)
    {
        qputenv("EC2LAB_DATA_DIR", m_dir.filePath(QStringLiteral("no-user-data")).toUtf8());
        return runEc2lab({ QStringLiteral("cost"), file, QStringLiteral("--json") });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(EC2LAB_BINARY)), EC2LAB_BINARY);
        QVERIFY(m_dir.isValid());
    }

    void shippedScenariosInBothRegions_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("region");
        const QString gui = QStringLiteral(EC2LAB_SOURCE_DIR "/app/gui/default-scenario.json");
        const QString demo = QStringLiteral(EC2LAB_SOURCE_DIR "/resources/samples/cost-demo.json");
        QTest::newRow("default scenario us-east-1") << gui << "us-east-1";
        QTest::newRow("default scenario Seoul") << gui << "ap-northeast-2";
        QTest::newRow("cost demo us-east-1") << demo << "us-east-1";
        QTest::newRow("cost demo Seoul") << demo << "ap-northeast-2";
    }
    void shippedScenariosInBothRegions()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, region);
        QJsonObject s = readJson(scenario);
        QVERIFY(!s.isEmpty());
        s.insert(QStringLiteral("region"), region);
        s.remove(QStringLiteral("lab"));
        const CliRun r = cost(write(QStringLiteral("shipped.json"), s));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("region")).toString(), region);
        QCOMPARE(o.value(QStringLiteral("region_name")).toString(),
            region == u"us-east-1" ? QStringLiteral("US East (N. Virginia)")
                                   : QStringLiteral("Asia Pacific (Seoul)"));
        const QJsonArray options = o.value(QStringLiteral("options")).toArray();
        QCOMPARE(options.size(), s.value(QStringLiteral("options")).toArray().size());
        for (const QJsonValue &v : options)
            QVERIFY(!v.toObject().value(QStringLiteral("total")).toString().isEmpty());
    }

    void everyOptionFromTheSnapshot_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("estimated"); // options whose figures use an estimate
        QStringList useast;
        for (const char *pay : { "no-upfront", "partial-upfront", "all-upfront" })
            for (const char *term : { "1yr", "3yr" })
                useast << QStringLiteral("sp-ec2-instance-%1-%2").arg(L(term), L(pay)); // always from the RI
        QStringList seoul = useast;
        for (const char *cls : { "standard", "convertible" })
            for (const char *term : { "1yr", "3yr" })
                for (const char *pay : { "partial-upfront", "all-upfront" })
                    seoul << QStringLiteral("ri-%1-%2-%3")
                                 .arg(L(cls), L(term), L(pay)); // only No Upfront published
        for (const char *term : { "1yr", "3yr" })
            for (const char *pay : { "no-upfront", "partial-upfront", "all-upfront" })
                seoul << QStringLiteral("sp-compute-%1-%2").arg(L(term), L(pay)); // no Seoul SP rate
        QTest::newRow("us-east-1") << "us-east-1" << useast;
        QTest::newRow("Seoul") << "ap-northeast-2" << seoul;
    }
    void everyOptionFromTheSnapshot()
    {
        QFETCH(QString, region);
        QFETCH(QStringList, estimated);
        // The default scenario without its own prices: every figure comes from the snapshot.
        QJsonObject s = readJson(QStringLiteral(EC2LAB_SOURCE_DIR "/app/gui/default-scenario.json"));
        s.remove(QStringLiteral("prices"));
        s.remove(QStringLiteral("lab"));
        s.insert(QStringLiteral("region"), region);
        s.insert(QStringLiteral("options"), everyOption());
        const CliRun r = cost(write(QStringLiteral("every.json"), s));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray options
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("options")).toArray();
        QCOMPARE(options.size(), 26);
        for (const QJsonValue &v : options) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            QVERIFY2(o.value(QStringLiteral("total")).toString().toDouble() > 0, qPrintable(id));
            const bool uses = o.value(QStringLiteral("uses_estimates")).toBool();
            QVERIFY2(uses == estimated.contains(id), qPrintable(id));
            for (const QJsonValue &n : o.value(QStringLiteral("price_notes")).toArray()) {
                // Structured: what, value, kind and the rule.
                QVERIFY(!n.toObject().value(QStringLiteral("price")).toString().isEmpty());
                QVERIFY(!n.toObject().value(QStringLiteral("rule")).toString().isEmpty());
            }
        }
    }

    void textNamesTheEstimate()
    {
        QJsonObject s = readJson(QStringLiteral(EC2LAB_SOURCE_DIR "/app/gui/default-scenario.json"));
        s.remove(QStringLiteral("prices"));
        s.remove(QStringLiteral("lab"));
        s.insert(QStringLiteral("region"), QStringLiteral("ap-northeast-2"));
        s.insert(QStringLiteral("options"),
            jsonArray(R"([{"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", )"
                      R"("payment": "no-upfront", "commitment_per_hour": "0.05"}])"));
        qputenv("EC2LAB_DATA_DIR", m_dir.filePath(QStringLiteral("no-user-data")).toUtf8());
        const CliRun r = runEc2lab({ QStringLiteral("cost"), write(QStringLiteral("text.json"), s) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("in Asia Pacific (Seoul) (ap-northeast-2)"));
        // Seoul m5.large: 0.118 x (0.071 / 0.096 of m5.large in us-east-1) = 0.087270833.
        QVERIFY2(r.out.contains(
                     "Estimated price: prices.savings_plan_per_hour.\"compute/1yr/no-upfront\" for "
                     "m5.large = 0.087270833 USD (Compute Savings Plan estimated as On-Demand 0.118/h x "
                     "(Compute SP 0.071/h / On-Demand 0.096/h of m5.large in us-east-1)"),
            r.out.constData());
    }

    void hostPrices_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expect");
        // c5 host 3.366 USD/h (Infracost golden): 1 host x 3.366 x 730 h = 2457.18 USD a month.
        QTest::newRow("c5 host us-east-1") << "c5.large"
                                           << "us-east-1" << 0 << "2457.18";
        // m5: only host reservations are known; the On-Demand host price is absent and named.
        QTest::newRow("m5 host us-east-1 absent")
            << "m5.large"
            << "us-east-1" << 1 << "missing price prices.dedicated_host_per_hour for m5";
        QTest::newRow("c5 host Seoul absent, not guessed")
            << "c5.large"
            << "ap-northeast-2" << 1 << "missing price prices.dedicated_host_per_hour for c5";
    }
    void hostPrices()
    {
        QFETCH(QString, type);
        QFETCH(QString, region);
        QFETCH(int, exitCode);
        QFETCH(QString, expect);
        QJsonObject s = readJson(QStringLiteral(EC2LAB_SOURCE_DIR "/app/gui/default-scenario.json"));
        s.remove(QStringLiteral("prices"));
        s.remove(QStringLiteral("lab"));
        s.insert(QStringLiteral("region"), region);
        QJsonArray workloads = s.value(QStringLiteral("workloads")).toArray();
        QJsonObject w = workloads[0].toObject();
        w.insert(QStringLiteral("instance_type"), type);
        w.remove(QStringLiteral("ebs"));
        w.insert(QStringLiteral("public_ipv4"), 0);
        workloads[0] = w;
        s.insert(QStringLiteral("workloads"), workloads);
        s.insert(QStringLiteral("horizon_months"), 1);
        s.insert(QStringLiteral("options"), jsonArray(R"([{"id": "dh", "kind": "dedicated-host"}])"));
        const CliRun r = cost(write(QStringLiteral("host.json"), s));
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            const QJsonObject dh = QJsonDocument::fromJson(r.out)
                                       .object()
                                       .value(QStringLiteral("options"))
                                       .toArray()[0]
                                       .toObject();
            QCOMPARE(dh.value(QStringLiteral("total")).toString(), expect);
        } else {
            QCOMPARE(r.err.count('\n'), 1); // one line
            QVERIFY2(r.err.contains(expect.toUtf8()), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOfflinePrices)
#include "tst_offlineprices.moc"
