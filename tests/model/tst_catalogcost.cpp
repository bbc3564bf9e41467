// The cost engine reading the bundled snapshot's region-wide rates (EBS per GB-month, public IPv4
// per address-hour) when a scenario leaves them out, as `ec2lab cost` layers its price sources.

#include "catalog/catalogpricesource.h"
#include "catalog/catalogstore.h"
#include "cost/costengine.h"
#include "cost/costrun.h"
#include "cost/scenarioreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ec2lab;

namespace {

/// One month of an always-on m5.large in \a region whose scenario prices only On-Demand.
QJsonObject scenarioJson(const QString &region, const QByteArray &workload)
{
    const QByteArray json = R"({"region": ")" + region.toUtf8()
        + R"(", "start": "2026-03-01", "horizon_months": 1, "workloads": [{"name": "w",
        "instance_type": "m5.large", "usage": {"kind": "always-on"}, )"
        + workload + R"(}], "options": [{"id": "od", "kind": "on-demand"}],
        "prices": {"on_demand_per_hour": "0.1"}})";
    return QJsonDocument::fromJson(json).object();
}

/// Runs the scenario with its own prices in front of the bundled snapshot.
CostReport runOverSnapshot(const QJsonObject &json)
{
    const catalog::PriceCatalog bundled = catalog::CatalogStore::loadBundled();
    const catalog::CatalogPriceSource catalogPrices(bundled);
    const Scenario scenario = ScenarioReader::fromJson(json, QStringLiteral("test.json"), &catalogPrices);
    const ScenarioPrices scenarioPrices = scenario.prices;
    const LayeredPriceSource prices(scenarioPrices, catalogPrices);
    return CostEngine(scenario, prices).run();
}

} // namespace

class TestCatalogCost : public QObject
{
    Q_OBJECT

private slots:
    void regionWideRatesFromTheSnapshot_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QByteArray>("workload");
        QTest::addColumn<QString>("ebs");
        QTest::addColumn<QString>("ipv4");
        QTest::addColumn<QString>("compute"); // instances x 730 h x 0.1, from the scenario itself
        // 100 GB x 0.08 USD per GB-month for one 730-hour month = 8.00
        QTest::newRow("100 GB gp3 us-east-1 one month")
            << "us-east-1" << QByteArray(R"("ebs": [{"type": "gp3", "size_gb": 100}])") << "8.00"
            << "0.00"
            << "73.00";
        // 2 instances x 50 GB x 0.10 = 10.00; 2 addresses x 730 h x 0.005 = 7.30
        QTest::newRow("2 x 50 GB gp2 and 2 public IPv4 us-east-1")
            << "us-east-1"
            << QByteArray(R"("count": 2, "ebs": [{"type": "gp2", "size_gb": 50}], "public_ipv4": 1)")
            << "10.00"
            << "7.30"
            << "146.00";
        // 1 address x 730 h x 0.005 = 3.65
        QTest::newRow("one public IPv4 in Seoul")
            << "ap-northeast-2" << QByteArray(R"("public_ipv4": 1)") << "0.00"
            << "3.65"
            << "73.00";
    }
    void regionWideRatesFromTheSnapshot()
    {
        QFETCH(QString, region);
        QFETCH(QByteArray, workload);
        QFETCH(QString, ebs);
        QFETCH(QString, ipv4);
        QFETCH(QString, compute);
        const CostReport report = runOverSnapshot(scenarioJson(region, workload));
        QCOMPARE(report.options.size(), size_t(1));
        QCOMPARE(report.options[0].breakdown.ebs.toString(2), ebs);
        QCOMPARE(report.options[0].breakdown.publicIpv4.toString(2), ipv4);
        QCOMPARE(report.options[0].breakdown.compute.toString(2), compute);
    }

    void seoulEbsIsBundled()
    {
        // 100 GB gp3 at Seoul's 0.0912 USD/GB-month for the scenario's months; io2 stays absent.
        const CostReport report = runOverSnapshot(
            scenarioJson(QStringLiteral("ap-northeast-2"), R"("ebs": [{"type": "gp3", "size_gb": 100}])"));
        // One month: 100 GB x 0.0912 USD/GB-month = 9.12 USD.
        QCOMPARE(report.options[0].breakdown.ebs.toString(2), QStringLiteral("9.12"));
        try {
            (void)runOverSnapshot(scenarioJson(
                QStringLiteral("ap-northeast-2"), R"("ebs": [{"type": "io2", "size_gb": 100}])"));
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.toString().contains(QStringLiteral("missing price")), qPrintable(e.toString()));
            QVERIFY2(e.toString().contains(QStringLiteral("io2")), qPrintable(e.toString()));
        }
    }

    // Regions side by side (issue 15, item 8): one run per Region of the workloads' "regions",
    // each priced from that Region's catalog prices; the typed "prices" belong to the scenario's
    // "region" only. Each Region's totals equal a single-Region run of the same workload there.
    void regionsSideBySide_data()
    {
        QTest::addColumn<QByteArray>("regions");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("onDemandTotals");
        // us-east-1 with the typed 0.1 USD/h: 0.1 x 730 h x 12 = 876.00; Seoul from the bundled
        // snapshot's m5.large at 0.118 USD/h: 0.118 x 730 x 12 = 1033.68.
        QTest::newRow("us-east-1 and Seoul, typed price only at home")
            << QByteArray("[\"us-east-1\", \"ap-northeast-2\"]")
            << QStringList { QStringLiteral("us-east-1"), QStringLiteral("ap-northeast-2") }
            << QStringList { QStringLiteral("876.00"), QStringLiteral("1033.68") };
        // The list's order is the report's order; the typed price still follows "region".
        QTest::newRow("Seoul listed first")
            << QByteArray("[\"ap-northeast-2\", \"us-east-1\"]")
            << QStringList { QStringLiteral("ap-northeast-2"), QStringLiteral("us-east-1") }
            << QStringList { QStringLiteral("1033.68"), QStringLiteral("876.00") };
        // A Region list without the scenario's own Region: no typed price applies anywhere.
        QTest::newRow("Seoul alone drops the typed price")
            << QByteArray("[\"ap-northeast-2\"]") << QStringList { QStringLiteral("ap-northeast-2") }
            << QStringList { QStringLiteral("1033.68") };
    }
    void regionsSideBySide()
    {
        QFETCH(QByteArray, regions);
        QFETCH(QStringList, codes);
        QFETCH(QStringList, onDemandTotals);
        const QByteArray json = "{\"region\": \"us-east-1\", \"start\": \"2026-03-01\", \"horizon_months\": "
                                "12, \"workloads\": [{\"name\": \"w\", \"instance_type\": \"m5.large\", "
                                "\"usage\": {\"kind\": \"always-on\"}, \"regions\": "
            + regions
            + "}], \"options\": [{\"id\": \"od\", \"kind\": \"on-demand\"}, {\"id\": \"ri\", \"kind\": "
              "\"reserved\", \"term\": \"1yr\", \"payment\": \"all-upfront\"}], \"prices\": "
              "{\"on_demand_per_hour\": \"0.1\"}}";
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        QVERIFY(!doc.isEmpty());
        const catalog::PriceCatalog bundled = catalog::CatalogStore::loadBundled();
        const std::vector<CostRunResult> runs = CostRun::computeRegions(
            doc, QStringLiteral("test.json"), bundled, CostRun::Policy::StopAtFirstError);
        QCOMPARE(runs.size(), size_t(codes.size()));
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const CostRunResult &run = runs[size_t(i)];
            QVERIFY2(run.ok(), run.error ? qPrintable(run.error->toString()) : "no report");
            QCOMPARE(run.region, codes[i]);
            QCOMPARE(run.report->options.at(0).total.toString(2), onDemandTotals[i]);
            // The same workload as a single-Region scenario written by hand: prices typed only
            // when that Region is the scenario's own.
            const QByteArray single = "{\"region\": \"" + codes[i].toUtf8()
                + "\", \"start\": \"2026-03-01\", \"horizon_months\": 12, \"workloads\": [{\"name\": \"w\", "
                  "\"instance_type\": \"m5.large\", \"usage\": {\"kind\": \"always-on\"}}], \"options\": "
                  "[{\"id\": \"od\", \"kind\": \"on-demand\"}, {\"id\": \"ri\", \"kind\": \"reserved\", "
                  "\"term\": \"1yr\", \"payment\": \"all-upfront\"}]"
                + (codes[i] == u"us-east-1" ? QByteArray(", \"prices\": {\"on_demand_per_hour\": \"0.1\"}}")
                                            : QByteArray("}"));
            const CostRunResult alone = CostRun::compute(QJsonDocument::fromJson(single).object(),
                QStringLiteral("single.json"), bundled, CostRun::Policy::StopAtFirstError);
            QVERIFY2(alone.ok(), alone.error ? qPrintable(alone.error->toString()) : "no report");
            QCOMPARE(run.report->options.size(), alone.report->options.size());
            for (size_t k = 0; k < alone.report->options.size(); ++k) {
                QCOMPARE(run.report->options[k].total, alone.report->options[k].total);
                QCOMPARE(run.report->options[k].cumulative, alone.report->options[k].cumulative);
            }
        }
    }

    void badRegionLists_data()
    {
        QTest::addColumn<QByteArray>("workloads");
        QTest::addColumn<QString>("message");
        const QByteArray w = "\"instance_type\": \"m5.large\", \"usage\": {\"kind\": \"always-on\"}";
        QTest::newRow("empty list") << QByteArray("[{" + w + ", \"regions\": []}]")
                                    << QStringLiteral("workloads[0].regions: list at least one Region");
        QTest::newRow("Region twice")
            << QByteArray("[{" + w + ", \"regions\": [\"us-east-1\", \"us-east-1\"]}]")
            << QStringLiteral("workloads[0].regions[1]: us-east-1 is listed twice");
        QTest::newRow("not a code") << QByteArray("[{" + w + ", \"regions\": [\"us east\"]}]")
                                    << QStringLiteral(
                                           "workloads[0].regions[0]: \"us east\" is not a Region code");
        QTest::newRow("two workloads, two lists")
            << QByteArray("[{" + w + ", \"regions\": [\"us-east-1\", \"ap-northeast-2\"]}, {" + w
                   + ", \"regions\": [\"us-east-1\"]}]")
            << QStringLiteral("workloads[1].regions: lists us-east-1, but workloads[0].regions lists "
                              "us-east-1, ap-northeast-2");
        QTest::newRow("seven Regions") << QByteArray(
            "[{" + w + ", \"regions\": [\"a-1\", \"b-1\", \"c-1\", \"d-1\", \"e-1\", \"f-1\", \"g-1\"]}]")
                                       << QStringLiteral("7 Regions; ec2lab compares at most 6");
    }
    void badRegionLists()
    {
        QFETCH(QByteArray, workloads);
        QFETCH(QString, message);
        const QJsonObject doc = QJsonDocument::fromJson("{\"workloads\": " + workloads + "}").object();
        QVERIFY(!doc.isEmpty());
        const catalog::PriceCatalog bundled = catalog::CatalogStore::loadBundled();
        const std::vector<CostRunResult> runs = CostRun::computeRegions(
            doc, QStringLiteral("bad.json"), bundled, CostRun::Policy::StopAtFirstError);
        QCOMPARE(runs.size(), size_t(1));
        QVERIFY(!runs[0].ok());
        QVERIFY2(runs[0].error->toString().contains(message), qPrintable(runs[0].error->toString()));
        QVERIFY2(runs[0].error->toString().contains(QStringLiteral("bad.json")),
            qPrintable(runs[0].error->toString()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCost)
#include "tst_catalogcost.moc"
