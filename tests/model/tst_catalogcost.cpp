// The cost engine reading the bundled snapshot's region-wide rates (EBS per GB-month, public IPv4
// per address-hour) when a scenario leaves them out, as `ec2lab cost` layers its price sources.

#include "catalog/catalogpricesource.h"
#include "catalog/catalogstore.h"
#include "cost/costengine.h"
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
};

QTEST_GUILESS_MAIN(TestCatalogCost)
#include "tst_catalogcost.moc"
