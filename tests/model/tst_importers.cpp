// Each importer against small files written in the real AWS formats (tests/data/prices), one
// trap per row where possible.

#include "catalog/priceimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ec2lab;
using namespace ec2lab::catalog;

namespace {

QString data(const char *name)
{
    return QStringLiteral(EC2LAB_TEST_DATA "/prices/") + QString::fromLatin1(name);
}

const ReservedPrice *findRi(const PriceQuote &q, OfferingClass c, int years, PurchaseOption p)
{
    for (const ReservedPrice &r : q.reserved) {
        if (r.offeringClass == c && termYears(r.term) == years && r.payment == p)
            return &r;
    }
    return nullptr;
}

const SavingsPlanRate *findSp(const PriceQuote &q, SavingsPlanType t, int years, PurchaseOption p)
{
    for (const SavingsPlanRate &r : q.savingsPlans) {
        if (r.type == t && termYears(r.term) == years && r.payment == p)
            return &r;
    }
    return nullptr;
}

qint64 skippedContaining(const ImportReport &report, const QString &text)
{
    qint64 n = 0;
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it) {
        if (it.key().contains(text))
            n += it.value();
    }
    return n;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("offer JSON") << data("offer.json") << "offer-json";
        QTest::newRow("offer CSV") << data("offer.csv") << "offer-csv";
        QTest::newRow("GetProducts") << data("getproducts.json") << "getproducts";
        QTest::newRow("pricing page") << data("pricing-page-ondemand.json") << "pricing-page";
        QTest::newRow("Savings Plans JSON") << data("savings-plans.json") << "savings-plans-json";
        QTest::newRow("Savings Plans CSV") << data("savings-plans.csv") << "savings-plans-csv";
        QTest::newRow("spot history") << data("spot-history.json") << "spot-history";
        QTest::newRow("spot advisor") << data("spot-advisor.json") << "spot-advisor";
        QTest::newRow("price table") << data("price-table.csv") << "price-table";
    }
    void detectsFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QCOMPARE(toString(PriceImporter::detectFormat(file)), format);
    }

    void offerJsonOnDemand_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("tenancy");
        QTest::addColumn<QString>("price");
        QTest::newRow("m5.large Linux: CapacityBlock and reservation $0 rows ignored") << "us-east-1"
                                                                                       << "m5.large"
                                                                                       << "linux"
                                                                                       << "shared"
                                                                                       << "0.096";
        QTest::newRow("m5.large Windows") << "us-east-1"
                                          << "m5.large"
                                          << "windows"
                                          << "shared"
                                          << "0.188";
        QTest::newRow("m5.large dedicated instance") << "us-east-1"
                                                     << "m5.large"
                                                     << "linux"
                                                     << "dedicated"
                                                     << "0.106";
        QTest::newRow("older product without regionCode and marketoption") << "us-east-1"
                                                                           << "c5.xlarge"
                                                                           << "linux"
                                                                           << "shared"
                                                                           << "0.17";
        QTest::newRow("m6g.large Seoul") << "ap-northeast-2"
                                         << "m6g.large"
                                         << "linux"
                                         << "shared"
                                         << "0.094";
    }
    void offerJsonOnDemand()
    {
        QFETCH(QString, region);
        QFETCH(QString, type);
        QFETCH(QString, platform);
        QFETCH(QString, tenancy);
        QFETCH(QString, price);
        PriceCatalog catalog;
        PriceImporter::importFile(data("offer.json"), catalog);
        const PriceQuote q = catalog.quote(
            PriceKey { region, type, *platformFromString(platform), *tenancyFromString(tenancy) });
        QVERIFY(q.onDemand);
        QCOMPARE(q.onDemand->perHour.toPlainString(), price);
        QCOMPARE(q.onDemand->provenance.date, QDate(2025, 4, 4));
        QCOMPARE(q.onDemand->provenance.source, QStringLiteral("offer.json"));
    }

    void offerJsonReservedAndTraps()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("offer.json"), catalog);
        QCOMPARE(report.publicationDate, QDate(2025, 4, 4));
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
        QCOMPARE(q.reserved.size(), 4);
        const ReservedPrice *nu = findRi(q, OfferingClass::Standard, 1, PurchaseOption::NoUpfront);
        QVERIFY(nu);
        QCOMPARE(nu->hourly.toPlainString(), QStringLiteral("0.06"));
        QCOMPARE(nu->upfront.toPlainString(), QStringLiteral("0"));
        // Partial Upfront: the Quantity dimension came first.
        const ReservedPrice *pu = findRi(q, OfferingClass::Standard, 1, PurchaseOption::PartialUpfront);
        QCOMPARE(pu->upfront.toPlainString(), QStringLiteral("252"));
        QCOMPARE(pu->hourly.toPlainString(), QStringLiteral("0.029"));
        // All Upfront: the 0.00 Hrs dimension does not hide the fee; 494 / 8760 h = 0.056392694 /h.
        const ReservedPrice *au = findRi(q, OfferingClass::Standard, 1, PurchaseOption::AllUpfront);
        QCOMPARE(au->upfront.toPlainString(), QStringLiteral("494"));
        QCOMPARE(au->hourly.toPlainString(), QStringLiteral("0"));
        QCOMPARE(au->effectiveHourly().toPlainString(), QStringLiteral("0.056392694"));
        QCOMPARE(findRi(q, OfferingClass::Convertible, 3, PurchaseOption::NoUpfront)->hourly.toPlainString(),
            QStringLiteral("0.037"));
        // An RI term sitting in the OnDemand section is read as the RI it is.
        const PriceQuote ded = catalog.quote(PriceKey {
            QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Linux, Tenancy::Dedicated });
        const ReservedPrice *wrongSection
            = findRi(ded, OfferingClass::Convertible, 3, PurchaseOption::AllUpfront);
        QVERIFY(wrongSection);
        QCOMPARE(wrongSection->upfront.toPlainString(), QStringLiteral("1161"));
        QCOMPARE(ded.onDemand->perHour.toPlainString(), QStringLiteral("0.106"));

        QCOMPARE(skippedContaining(report, QStringLiteral("CapacityBlock")), 1);
        QCOMPARE(skippedContaining(report, QStringLiteral("capacity reservation")), 1);
        QCOMPARE(skippedContaining(report, QStringLiteral("pre-installed software")), 1);
        QCOMPARE(skippedContaining(report, QStringLiteral("CNY")), 1);
        QCOMPARE(skippedContaining(report, QStringLiteral("Local Zone")), 1);
        QVERIFY(skippedContaining(report, QStringLiteral("terms of skipped or unknown products"))
            >= 2); // orphans
        QCOMPARE(skippedContaining(report, QStringLiteral("OnDemand section")), 1);
    }

    void offerJsonSpecsHostsStorage()
    {
        PriceCatalog catalog;
        PriceImporter::importFile(data("offer.json"), catalog);
        const InstanceSpec *m5 = catalog.instanceSpec(QStringLiteral("m5.large"));
        QVERIFY(m5);
        QCOMPARE(m5->vcpu, 2);
        QCOMPARE(m5->memoryGib.toPlainString(), QStringLiteral("8"));
        QCOMPARE(m5->normalizationFactor.toPlainString(), QStringLiteral("4"));
        QVERIFY(m5->category == InstanceCategory::GeneralPurpose);
        QVERIFY(m5->architecture == Architecture::X86_64 && !m5->architectureInferred);
        QVERIFY(m5->generation == Generation::Current);
        // No normalizationSizeFactor attribute: taken from the size (xlarge = 8).
        QCOMPARE(catalog.instanceSpec(QStringLiteral("c5.xlarge"))->normalizationFactor.toPlainString(),
            QStringLiteral("8"));
        QVERIFY(catalog.instanceSpec(QStringLiteral("m6g.large"))->architecture == Architecture::Arm64);

        const auto host = catalog.dedicatedHost(QStringLiteral("us-east-1"), QStringLiteral("m5"));
        QVERIFY(host);
        QCOMPARE(host->perHostHour.toPlainString(), QStringLiteral("5.069"));
        QCOMPARE(host->capacities.size(), 3);
        QVERIFY(host->capacities.contains(QPair<QString, int>(QStringLiteral("large"), 48)));
        QVERIFY(host->capacities.contains(QPair<QString, int>(QStringLiteral("24xlarge"), 1)));
        QCOMPARE(catalog.ebsRate(QStringLiteral("us-east-1"), QStringLiteral("gp3"))->price.toPlainString(),
            QStringLiteral("0.08"));
        QVERIFY(!catalog.ebsRate(QStringLiteral("cn-northwest-1"), QStringLiteral("gp3")));
        QCOMPARE(catalog.publicIpv4Rate(QStringLiteral("us-east-1"))->price.toPlainString(),
            QStringLiteral("0.005"));
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("offer JSON corrupt USD value")
            << data("offer-corrupt-price.json")
            << QStringList { QStringLiteral("offer-corrupt-price.json: "),
                   QStringLiteral("terms.OnDemand.SKUM5WIN.SKUM5WIN.JRTCKXETXF.priceDimensions."
                                  "SKUM5WIN.JRTCKXETXF.6YS6EN2CT7.pricePerUnit.USD at line "),
                   QStringLiteral("price is not a decimal number: \"v000000\"") };
        QTest::newRow("offer JSON truncated")
            << data("offer-truncated.json")
            << QStringList { QStringLiteral("offer-truncated.json: "), QStringLiteral("invalid JSON") };
        QTest::newRow("offer CSV corrupt price")
            << data("offer-corrupt-price.csv")
            << QStringList { QStringLiteral(
                   "line 7, column PricePerUnit: price is not a decimal number: \"0,096\"") };
        QTest::newRow("Savings Plans JSON corrupt rate")
            << data("savings-plans-corrupt.json")
            << QStringList { QStringLiteral("terms.savingsPlan[0].rates[0].discountedRate.price"),
                   QStringLiteral("\"0.07.5\"") };
        QTest::newRow("advisor range index outside ranges")
            << data("spot-advisor-bad-range.json")
            << QStringList { QStringLiteral("range index 9 is not in \"ranges\"") };
        QTest::newRow("missing file")
            << data("no-such-file.json") << QStringList { QStringLiteral("no such file") };
    }
    void rejectsMalformedInput()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        // A failed import leaves the target catalog exactly as it was.
        PriceCatalog catalog;
        PriceImporter::importFile(data("price-table.csv"), catalog);
        const QString before = catalog.summary();
        try {
            PriceImporter::importFile(file, catalog);
            QFAIL("no error");
        } catch (const InputError &e) {
            for (const QString &part : expected)
                QVERIFY2(e.toString().contains(part), qPrintable(e.toString()));
        }
        QCOMPARE(catalog.summary(), before);
        QCOMPARE(catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("0.096"));
    }

    void offerCsv()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("offer.csv"), catalog);
        QCOMPARE(report.publicationDate, QDate(2025, 4, 4));
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
        QCOMPARE(q.onDemand->perHour.toPlainString(), QStringLiteral("0.096"));
        // The Partial Upfront term spans two rows that are not adjacent.
        const ReservedPrice *pu = findRi(q, OfferingClass::Standard, 1, PurchaseOption::PartialUpfront);
        QVERIFY(pu);
        QCOMPARE(pu->upfront.toPlainString(), QStringLiteral("252"));
        QCOMPARE(pu->hourly.toPlainString(), QStringLiteral("0.029"));
        QCOMPARE(findRi(q, OfferingClass::Standard, 1, PurchaseOption::NoUpfront)->hourly.toPlainString(),
            QStringLiteral("0.06"));
        const auto host = catalog.dedicatedHost(QStringLiteral("us-east-1"), QStringLiteral("m5"));
        QVERIFY(host);
        QCOMPARE(host->perHostHour.toPlainString(), QStringLiteral("5.069"));
        QCOMPARE(host->capacities.value(0), (QPair<QString, int>(QStringLiteral("large"), 48)));
        QCOMPARE(catalog
                     .quote(PriceKey {
                         QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::WindowsByol })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("0.096"));
        QCOMPARE(skippedContaining(report, QStringLiteral("CapacityBlock")), 1);
        QCOMPARE(skippedContaining(report, QStringLiteral("capacity reservation")), 1);
    }

    void largeOfferCsv_data()
    {
        QTest::addColumn<int>("corruptCopy"); // -1: none
        QTest::addColumn<QString>("error");
        QTest::newRow("4,000 copies of offer.csv") << -1 << QString();
        // The first row of copy 3,333 is record 6 + 3,333 x 8 + 1 = 26,671 (the quoted line
        // breaks of the copies before it do not count as records).
        QTest::newRow("corrupt price in copy 3,333")
            << 3333
            << QStringLiteral("line 26671, column PricePerUnit: price is not a decimal number: \"0,096\"");
    }
    void largeOfferCsv()
    {
        // Over 8 MB the offer CSV reader masks the file on a second thread and jumps from line end
        // to line end: the 8 rows of offer.csv repeated with new SKUs (about 12 MB), some with a
        // quoted CRLF, must give 5 prices and 2 skips per copy, as the small file does.
        QFETCH(int, corruptCopy);
        QFETCH(QString, error);
        QFile small(data("offer.csv"));
        QVERIFY(small.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = small.readAll().split('\n');
        QByteArray big;
        for (int i = 0; i < 6; ++i)
            big += lines[i] + '\n';
        const int copies = 4000;
        for (int c = 0; c < copies; ++c) {
            int row = 0;
            for (qsizetype i = 6; i < lines.size(); ++i) {
                if (lines[i].isEmpty())
                    continue;
                QByteArray r = lines[i];
                r.replace("\"SKUM5", QByteArray("\"S" + QByteArray::number(c) + "M5"));
                if (c % 7 == 0)
                    r.replace("Instance Hour", "Instance\r\nHour");
                if (c == corruptCopy && row == 0)
                    r.replace("0.0960000000", "0,096");
                big += r + '\n';
                ++row;
            }
            QCOMPARE(row, 8);
        }
        QVERIFY(big.size() > 8 * 1024 * 1024);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(big), big.size());
        f.close();
        PriceCatalog catalog;
        try {
            const ImportReport report = PriceImporter::importFile(f.fileName(), catalog);
            QVERIFY2(error.isEmpty(), "no error");
            QCOMPARE(report.prices, qint64(5 * copies));
            QCOMPARE(skippedContaining(report, QStringLiteral("CapacityBlock")), qint64(copies));
            QCOMPARE(skippedContaining(report, QStringLiteral("capacity reservation")), qint64(copies));
            const PriceQuote q
                = catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
            QCOMPARE(q.onDemand->perHour.toPlainString(), QStringLiteral("0.096"));
            const ReservedPrice *pu = findRi(q, OfferingClass::Standard, 1, PurchaseOption::PartialUpfront);
            QVERIFY(pu);
            QCOMPARE(pu->upfront.toPlainString(), QStringLiteral("252"));
            QCOMPARE(pu->hourly.toPlainString(), QStringLiteral("0.029"));
        } catch (const InputError &e) {
            QVERIFY2(!error.isEmpty() && e.toString().contains(error), qPrintable(e.toString()));
        }
    }

    void getProducts()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("getproducts.json"), catalog);
        QCOMPARE(toString(report.format), QStringLiteral("getproducts"));
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("t3.micro") });
        QVERIFY(q.onDemand);
        QCOMPARE(q.onDemand->perHour.toPlainString(), QStringLiteral("0.0104"));
        // publicationDate comes after the terms in each item: still stamped on every price.
        QCOMPARE(q.onDemand->provenance.date, QDate(2025, 4, 4));
        const ReservedPrice *pu = findRi(q, OfferingClass::Standard, 1, PurchaseOption::PartialUpfront);
        QVERIFY(pu);
        QCOMPARE(pu->upfront.toPlainString(), QStringLiteral("27"));
        QCOMPARE(pu->hourly.toPlainString(), QStringLiteral("0.003"));
        QCOMPARE(pu->provenance.date, QDate(2025, 4, 4));
        QCOMPARE(catalog.instanceSpec(QStringLiteral("t3.micro"))->normalizationFactor.toPlainString(),
            QStringLiteral("0.5"));
    }

    void pricingPageFeeds()
    {
        PriceCatalog catalog;
        const ImportReport od = PriceImporter::importFile(data("pricing-page-ondemand.json"), catalog);
        QCOMPARE(od.publicationDate, QDate(2025, 4, 4));
        QCOMPARE(skippedContaining(od, QStringLiteral("pre-installed software")), 1);
        ImportOptions options;
        options.fallbackDate = QDate(2025, 4, 5); // RI feeds carry no date
        const ImportReport ri = PriceImporter::importFile(
            data("pricing-page-reserved-convertible.json"), catalog, ImportFormat::Auto, options);
        QCOMPARE(ri.publicationDate, QDate(2025, 4, 5));
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large") });
        QCOMPARE(q.onDemand->perHour.toPlainString(), QStringLiteral("0.118"));
        const ReservedPrice *nu = findRi(q, OfferingClass::Convertible, 1, PurchaseOption::NoUpfront);
        QVERIFY(nu);
        QCOMPARE(nu->hourly.toPlainString(), QStringLiteral("0.085"));
        QCOMPARE(nu->provenance.date, QDate(2025, 4, 5));
        const ReservedPrice *pu = findRi(q, OfferingClass::Convertible, 1, PurchaseOption::PartialUpfront);
        QVERIFY(pu);
        QCOMPARE(pu->upfront.toPlainString(), QStringLiteral("350"));
        QCOMPARE(pu->hourly.toPlainString(), QStringLiteral("0.04"));
        const PriceQuote ded = catalog.quote(PriceKey { QStringLiteral("ap-northeast-2"),
            QStringLiteral("m5.large"), Platform::Linux, Tenancy::Dedicated });
        QCOMPARE(
            findRi(ded, OfferingClass::Convertible, 1, PurchaseOption::NoUpfront)->hourly.toPlainString(),
            QStringLiteral("0.093"));
        const InstanceSpec *m7g = catalog.instanceSpec(QStringLiteral("m7g.medium"));
        QCOMPARE(m7g->vcpu, 1);
        QCOMPARE(m7g->memoryGib.toPlainString(), QStringLiteral("4"));
        QVERIFY(m7g->architecture == Architecture::Arm64 && m7g->architectureInferred);
        QCOMPARE(m7g->normalizationFactor.toPlainString(), QStringLiteral("2"));
    }

    void savingsPlansJson()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("savings-plans.json"), catalog);
        QCOMPARE(report.publicationDate, QDate(2025, 9, 11));
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
        const SavingsPlanRate *compute = findSp(q, SavingsPlanType::Compute, 1, PurchaseOption::NoUpfront);
        QVERIFY(compute);
        QCOMPARE(compute->perHour.toPlainString(), QStringLiteral("0.075"));
        QVERIFY(!compute->provenance.estimate);
        // No discountedInstanceType / discountedRegionCode: taken from the usage type and the plan.
        const SavingsPlanRate *instance
            = findSp(q, SavingsPlanType::Ec2Instance, 3, PurchaseOption::AllUpfront);
        QVERIFY(instance);
        QCOMPARE(instance->perHour.toPlainString(), QStringLiteral("0.036"));
        const PriceQuote winDed = catalog.quote(PriceKey {
            QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Windows, Tenancy::Dedicated });
        QCOMPARE(
            findSp(winDed, SavingsPlanType::Compute, 1, PurchaseOption::NoUpfront)->perHour.toPlainString(),
            QStringLiteral("0.19"));
        QCOMPARE(skippedContaining(report, QStringLiteral("UnusedBox")), 1);
    }

    void savingsPlansCsv()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("savings-plans.csv"), catalog);
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large") });
        QCOMPARE(findSp(q, SavingsPlanType::Ec2Instance, 3, PurchaseOption::PartialUpfront)
                     ->perHour.toPlainString(),
            QStringLiteral("0.0425"));
        QCOMPARE(findSp(q, SavingsPlanType::Compute, 1, PurchaseOption::NoUpfront)->perHour.toPlainString(),
            QStringLiteral("0.071"));
        QCOMPARE(skippedContaining(report, QStringLiteral("UnusedBox")), 1);
        QCOMPARE(skippedContaining(report, QStringLiteral("HostBoxUsage")), 1);
    }

    void spotHistory()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("spot-history.json"), catalog);
        QCOMPARE(report.prices, 4);
        QCOMPARE(report.publicationDate, QDate(2021, 2, 8));
        const PriceEntry *e
            = catalog.entry(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
        QVERIFY(e);
        QCOMPARE(e->spotHistory.size(), 3);
        // Sorted by zone then time, whatever the file order (newest first in AWS output).
        QCOMPARE(e->spotHistory[0].perHour.toPlainString(), QStringLiteral("0.041"));
        QCOMPARE(e->spotHistory[1].perHour.toPlainString(), QStringLiteral("0.0423"));
        const PriceQuote q
            = catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
        QCOMPARE(q.spot.latestPerZone.size(), 2);
        QCOMPARE(q.spot.perHour->toPlainString(), QStringLiteral("0.0389"));
        QVERIFY(!q.spot.provenance.estimate);
        QCOMPARE(catalog
                     .entry(PriceKey {
                         QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Windows })
                     ->spotHistory.size(),
            1);
    }

    void spotAdvisor()
    {
        PriceCatalog catalog;
        ImportOptions options;
        options.fallbackDate = QDate(2025, 6, 28);
        PriceImporter::importFile(data("spot-advisor.json"), catalog, ImportFormat::SpotAdvisor, options);
        const PriceEntry *linux
            = catalog.entry(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
        QCOMPARE(linux->spotAdvice->savingsPercent, 66);
        QCOMPARE(linux->spotAdvice->band, 3);
        QCOMPARE(linux->spotAdvice->bandLabel, QStringLiteral("15-20%"));
        QCOMPARE(linux->spotAdvice->provenance.date, QDate(2025, 6, 28));
        const PriceEntry *windows = catalog.entry(
            PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Windows });
        QCOMPARE(windows->spotAdvice->bandLabel, QStringLiteral("5-10%"));
        // A negative saving (Spot above On-Demand) is kept as published.
        QCOMPARE(catalog.entry(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("p5.48xlarge") })
                     ->spotAdvice->savingsPercent,
            -62);
        // Without On-Demand there is no Spot price to estimate: absent, not invented.
        QVERIFY(!catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") })
                     .spot.perHour);
    }

    void priceTables()
    {
        PriceCatalog catalog;
        const ImportReport report = PriceImporter::importFile(data("price-table.csv"), catalog);
        QCOMPARE(report.publicationDate, QDate(2026, 7, 20));
        QCOMPARE(catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("0.096"));
        // *.metal rows of a table queried with tenancy=Dedicated are dedicated prices.
        QVERIFY(!catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("c7i.metal-24xl") })
                     .onDemand);
        QCOMPARE(catalog
                     .quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("c7i.metal-24xl"),
                         Platform::Linux, Tenancy::Dedicated })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("4.7124"));
        const ImportReport hosts = PriceImporter::importFile(data("host-table.csv"), catalog);
        QCOMPARE(hosts.publicationDate, QDate(2026, 6, 25));
        QCOMPARE(catalog.dedicatedHost(QStringLiteral("us-east-1"), QStringLiteral("mac2"))
                     ->perHostHour.toPlainString(),
            QStringLiteral("0.65"));
        QCOMPARE(catalog.dedicatedHost(QStringLiteral("us-east-1"), QStringLiteral("mac2-m2pro"))
                     ->perHostHour.toPlainString(),
            QStringLiteral("1.56"));
    }

    void cancelThrowsAndLeavesCatalog()
    {
        PriceCatalog catalog;
        ImportOptions options;
        options.progress = [](qint64, qint64) { return false; };
        QVERIFY_THROWS_EXCEPTION(
            InputError, PriceImporter::importFile(data("offer.json"), catalog, ImportFormat::Auto, options));
        QVERIFY(catalog.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
