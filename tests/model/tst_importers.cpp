// Each importer against small files written in the real AWS formats (tests/data/prices), one
// trap per row where possible.

#include "catalog/priceimporter.h"

#include <QFile>
#include <QMap>
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

/// Writes \a bytes to \a name in \a dir and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// The import's error (InputError::toString()), or an empty string when it succeeded.
QString importError(const QString &path, PriceCatalog &catalog, ImportFormat format = ImportFormat::Auto,
    const ImportOptions &options = {})
{
    try {
        PriceImporter::importFile(path, catalog, format, options);
        return QString();
    } catch (const InputError &e) {
        return e.toString();
    }
}

/// Every price of a catalog as "where -> value" lines, to compare two catalogs.
QMap<QString, QString> flatten(const PriceCatalog &catalog)
{
    QMap<QString, QString> out;
    for (auto r = catalog.regionData().cbegin(); r != catalog.regionData().cend(); ++r) {
        for (auto e = r->entries.cbegin(); e != r->entries.cend(); ++e) {
            const QString k = QStringLiteral("%1|%2|%3|%4|")
                                  .arg(r.key(), e.key().instanceType, platformName(e.key().platform),
                                      tenancyName(e.key().tenancy));
            if (e->onDemand)
                out.insert(k + u"od", e->onDemand->perHour.toPlainString());
            for (const ReservedPrice &p : e->reserved)
                out.insert(k
                        + QStringLiteral("ri|%1|%2|%3")
                              .arg(offeringClassName(p.offeringClass))
                              .arg(termYears(p.term))
                              .arg(purchaseOptionName(p.payment)),
                    p.upfront.toPlainString() + u'+' + p.hourly.toPlainString());
            for (const SavingsPlanRate &p : e->savingsPlans)
                out.insert(k
                        + QStringLiteral("sp|%1|%2|%3")
                              .arg(savingsPlanTypeName(p.type))
                              .arg(termYears(p.term))
                              .arg(purchaseOptionName(p.payment)),
                    p.perHour.toPlainString());
            if (e->spotAdvice)
                out.insert(k + u"advice",
                    QStringLiteral("%1/%2/%3")
                        .arg(e->spotAdvice->savingsPercent)
                        .arg(e->spotAdvice->band)
                        .arg(e->spotAdvice->bandLabel));
            for (const SpotPricePoint &p : e->spotHistory)
                out.insert(k + u"spot|" + p.availabilityZone + u'|' + p.timestamp.toString(Qt::ISODate),
                    p.perHour.toPlainString());
        }
        for (auto h = r->hosts.cbegin(); h != r->hosts.cend(); ++h)
            out.insert(r.key() + u"|host|" + h.key(), h->perHostHour.toPlainString());
        for (auto v = r->ebs.cbegin(); v != r->ebs.cend(); ++v)
            out.insert(r.key() + u"|ebs|" + v.key(), v->price.toPlainString() + u' ' + v->unit);
        if (r->publicIpv4)
            out.insert(r.key() + u"|ipv4", r->publicIpv4->price.toPlainString());
    }
    return out;
}

/// A price table in the Karpenter-derived format with the given comment and rows.
QByteArray priceTable(const QByteArray &comments, const QByteArray &rows)
{
    return comments + "instance_type,usd_per_hour\n" + rows;
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

    // The two derived tables (pricesim, host golden) on the shared CSV reader: figures from the
    // test files, which copy the AWS us-east-1 prices the tables carry.
    void derivedTablesImport()
    {
        PriceCatalog catalog;
        const ImportReport sim = PriceImporter::importFile(data("pricesim.csv"), catalog);
        QVERIFY(sim.format == ImportFormat::PriceSimCsv);
        QCOMPARE(sim.publicationDate, QDate(2026, 9, 24)); // "# retrieved 2026-09-24"
        // Per row: On-Demand, 6 Reserved (NU, PU, AU for 1 and 3 years), 6 Compute SP rates = 13.
        QCOMPARE(sim.prices, 26);
        const PriceKey m5 { QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Linux,
            Tenancy::Shared };
        const PriceEntry *e = catalog.entry(m5);
        QVERIFY(e);
        QCOMPARE(e->onDemand->perHour.toPlainString(), QStringLiteral("0.096"));
        QCOMPARE(e->savingsPlans.size(), 6);
        QCOMPARE(catalog.instanceSpec(QStringLiteral("m5.large"))->vcpu, 2);
        // All Upfront 1 year: the derived fee 494 (0.0563927 x 8,760 h = 493.998 -> 494).
        bool found = false;
        for (const ReservedPrice &r : e->reserved) {
            if (r.term == Term::OneYear && r.payment == PurchaseOption::AllUpfront) {
                QCOMPARE(r.upfront.toPlainString(), QStringLiteral("494"));
                QVERIFY(r.provenance.derived);
                found = true;
            }
        }
        QVERIFY(found);

        PriceCatalog hosts;
        ImportOptions options;
        options.fallbackDate = QDate(2022, 11, 15);
        const ImportReport golden
            = PriceImporter::importFile(data("host-golden.csv"), hosts, ImportFormat::Auto, options);
        QVERIFY(golden.format == ImportFormat::HostTableCsv);
        QCOMPARE(golden.prices, 2); // c5 On-Demand, m5 1-year No Upfront; the Partial row skipped
        QCOMPARE(hosts.dedicatedHost(QStringLiteral("us-east-1"), QStringLiteral("c5"))
                     ->perHostHour.toPlainString(),
            QStringLiteral("3.366")); // 3.366 x 730 h = 2,457.18 a month, as the row says
    }

    // Issue 16 items 4, 6, 7 and 8 for the derived tables: the Region only from a "# region:"
    // line or --region, conflicting duplicates refused naming both lines, integers range-checked.
    void derivedTablesFollowTheCsvRules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("region"); // as --region gives it
        QTest::addColumn<QString>("error"); // empty: imported; else every '|'-separated part
        const QByteArray simHeader = "instance_type,vcpu,memory_gib,od_hourly,ri_std_1y_pu_eff\n";
        const QByteArray hostHeader = "resource,family,purchase,term,payment,monthly_usd,usd_per_host_hour\n";
        const QByteArray url = "# from https://example.com/eu-west-1/prices, region = \"eu-west-1\"\n";
        QTest::newRow("pricesim: a Region only in the comments is not taken")
            << url + simHeader + "m5.large,2,8,0.096,0.0577671\n"
            << "pricesim-csv" << QString() << "does not name its Region";
        QTest::newRow("pricesim: --region is taken, the URL's Region is not")
            << url + simHeader + "m5.large,2,8,0.096,0.0577671\n"
            << "pricesim-csv"
            << "us-east-1" << QString();
        QTest::newRow("pricesim: the region line and --region disagree")
            << "# region: eu-west-1\n" + simHeader + "m5.large,2,8,0.096,0.0577671\n"
            << "pricesim-csv"
            << "us-east-1"
            << "names Region eu-west-1 but us-east-1 was asked for";
        QTest::newRow("pricesim: conflicting duplicate rows")
            << "# region: us-east-1\n" + simHeader + "m5.large,2,8,0.096,0.0577671\nm5.large,2,8,0.096,0.05\n"
            << "pricesim-csv" << QString() << "line 4|first at line 3";
        QTest::newRow("pricesim: an identical duplicate row is merged")
            << "# region: us-east-1\n" + simHeader
                + "m5.large,2,8,0.096,0.0577671\nm5.large,2,8,0.096,0.0577671\n"
            << "pricesim-csv" << QString() << QString();
        QTest::newRow("pricesim: vCPU 4294967298 does not wrap to 2")
            << "# region: us-east-1\n" + simHeader + "m5.large,4294967298,8,0.096,0.0577671\n"
            << "pricesim-csv" << QString() << "column vcpu";
        QTest::newRow("pricesim: a row with a field too few")
            << "# region: us-east-1\n" + simHeader + "m5.large,2,8,0.096\n"
            << "pricesim-csv" << QString() << "4 fields; the header has 5";
        QTest::newRow("host table: a Region only in the comments is not taken")
            << "# Region: provider \"aws\" region = \"us-east-1\"\n" + hostHeader
                + "h.a,c5,on_demand,,,2457.18,3.366\n"
            << "host-table-csv" << QString() << "does not name its Region";
        QTest::newRow("host table: conflicting duplicate rows")
            << "# region: us-east-1\n" + hostHeader
                + "h.a,c5,on_demand,,,2457.18,3.366\nh.b,c5,on_demand,,,2457.91,3.367\n"
            << "host-table-csv" << QString() << "line 4|first at line 3";
        QTest::newRow("host table: an identical duplicate row is merged")
            << "# region: us-east-1\n" + hostHeader
                + "h.a,c5,on_demand,,,2457.18,3.366\nh.b,c5,on_demand,,,2457.18,3.366\n"
            << "host-table-csv" << QString() << QString();
    }
    void derivedTablesFollowTheCsvRules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, region);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("table.csv"), bytes);
        ImportOptions options;
        options.region = region;
        options.fallbackDate = QDate(2025, 6, 28);
        PriceCatalog catalog;
        const QString got = importError(path, catalog, *importFormatFromString(format), options);
        if (error.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
            QCOMPARE(catalog.regions(), QStringList { QStringLiteral("us-east-1") });
            return;
        }
        for (const QString &part : error.split(u'|'))
            QVERIFY2(got.contains(part), qPrintable(got));
        QVERIFY2(got.startsWith(path + u':'), qPrintable(got));
        QVERIFY2(!got.contains(u'\n'), qPrintable(got));
        QVERIFY(catalog.isEmpty());
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

    // Issue 16 item 1: an escape decoder must stop at the end of the string and of the input.
    void escapesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error"); // empty: imports
        const QByteArray head
            = "{\"manifest\": {\"hawkFilePublicationDate\": \"2025-04-04T22:41:22Z\", \"currencyCode\": "
              "\"USD\", \"source\": \"ec2-ondemand\"}, \"regions\": {\"US East (N. Virginia)\": {\"row\": "
              "{\"price\": \"0.096\", \"Operating System\": \"Linux\", \"Pre Installed S/W\": \"NA\", "
              "\"License Model\": \"No License required\", \"Instance Type\": ";
        QTest::newRow("pricing page: \\u at the very end of the file") << head + "\"m5.large\\u\"}}}}"
                                                                       << "pricing-page"
                                                                       << "invalid or unfinished escape";
        QTest::newRow("pricing page: \\u with two hex digits") << head + "\"m5.large\\u00\"}}}}"
                                                               << "pricing-page"
                                                               << "invalid or unfinished escape";
        QTest::newRow("pricing page: \\u with a non-hex digit") << head + "\"m5.large\\u00g1\"}}}}"
                                                                << "pricing-page"
                                                                << "invalid or unfinished escape";
        QTest::newRow("pricing page: a lone low surrogate") << head + "\"m5.large\\udc00\"}}}}"
                                                            << "pricing-page"
                                                            << "invalid or unfinished escape";
        QTest::newRow("pricing page: a high surrogate without its pair") << head + "\"m5.large\\ud83dx\"}}}}"
                                                                         << "pricing-page"
                                                                         << "invalid or unfinished escape";
        QTest::newRow("pricing page: unknown escape") << head + "\"m5.large\\q\"}}}}"
                                                      << "pricing-page"
                                                      << "invalid or unfinished escape";
        QTest::newRow("pricing page: valid escapes decode") << head + "\"m5.l\\u0061rge\"}}}}"
                                                            << "pricing-page"
                                                            << "";
        // GetProducts: the product is a JSON string holding a document, parsed from its own
        // buffer; the escape sits at the end of that inner document.
        QTest::newRow("GetProducts: \\u at the end of a product string") << QByteArray(
            "{\"PriceList\": [\"{\\\"product\\\": {\\\"productFamily\\\": \\\"Compute Instance\\\", "
            "\\\"attributes\\\": {\\\"instanceType\\\": \\\"m5.large\\\\u\\\"}}}\"]}")
                                                                         << "getproducts"
                                                                         << "invalid or unfinished escape";
    }
    void escapesAreBounded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("escape.json"), bytes);
        PriceCatalog catalog;
        const QString got = importError(path, catalog, *importFormatFromString(format));
        if (error.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
            // "m5.l\u0061rge" is m5.large.
            QCOMPARE(catalog.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") })
                         .onDemand->perHour.toPlainString(),
                QStringLiteral("0.096"));
            return;
        }
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY2(got.startsWith(path), qPrintable(got));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 items 1 and 4: every reader on valid files cut at every byte (sampled for the
    // larger seeds): each cut gives an error or prices that the whole file gives too.
    void cutAtEveryByte_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("offer JSON") << "offer.json"
                                    << "offer-json";
        QTest::newRow("offer CSV") << "offer.csv"
                                   << "offer-csv";
        QTest::newRow("GetProducts") << "getproducts.json"
                                     << "getproducts";
        QTest::newRow("pricing page") << "pricing-page-ondemand.json"
                                      << "pricing-page";
        QTest::newRow("pricing page RI") << "pricing-page-reserved-convertible.json"
                                         << "pricing-page";
        QTest::newRow("Savings Plans JSON") << "savings-plans.json"
                                            << "savings-plans-json";
        QTest::newRow("Savings Plans CSV") << "savings-plans.csv"
                                           << "savings-plans-csv";
        QTest::newRow("spot history") << "spot-history.json"
                                      << "spot-history";
        QTest::newRow("spot advisor") << "spot-advisor.json"
                                      << "spot-advisor";
        QTest::newRow("price table") << "price-table.csv"
                                     << "price-table";
        QTest::newRow("host table") << "host-table.csv"
                                    << "price-table";
        QTest::newRow("pricesim table") << "pricesim.csv"
                                        << "pricesim-csv";
        QTest::newRow("host golden table") << "host-golden.csv"
                                           << "host-table-csv";
    }
    void cutAtEveryByte()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const ImportFormat f = *importFormatFromString(format);
        ImportOptions options;
        options.fallbackDate = QDate(2025, 6, 28);
        PriceCatalog whole;
        PriceImporter::importFile(data(file.toLatin1().constData()), whole, f, options);
        const QMap<QString, QString> all = flatten(whole);
        QVERIFY(!all.isEmpty());
        const QByteArray bytes = readAll(data(file.toLatin1().constData()));
        // Every byte for small seeds; for larger ones (so CI stays bounded) 200 evenly spaced
        // cuts, the last 48 bytes and both sides of every line end among the first 100.
        QList<qsizetype> cuts;
        if (bytes.size() <= 600) {
            for (qsizetype n = 1; n < bytes.size(); ++n)
                cuts << n;
        } else {
            for (qsizetype i = 1; i <= 200; ++i)
                cuts << bytes.size() * i / 201;
            for (qsizetype n = bytes.size() - 48; n < bytes.size(); ++n)
                cuts << n;
            for (qsizetype at = bytes.indexOf('\n'), k = 0; at > 0 && k < 100;
                 at = bytes.indexOf('\n', at + 1), ++k)
                cuts << at << at + 1;
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        while (!cuts.isEmpty() && cuts.last() >= bytes.size())
            cuts.removeLast();
        QTemporaryDir dir;
        int errors = 0;
        for (const qsizetype n : std::as_const(cuts)) {
            const QString path = writeFile(dir, QStringLiteral("cut-%1").arg(n), bytes.left(n));
            PriceCatalog catalog;
            const QString error = importError(path, catalog, f, options);
            if (!error.isEmpty()) {
                ++errors;
                QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
                QVERIFY2(catalog.isEmpty(), qPrintable(error));
                QVERIFY2(!error.contains(u'\n'), qPrintable(error));
                continue;
            }
            // A cut at a line end of a CSV file is a smaller valid file: every price it gives
            // must be the whole file's.
            const QMap<QString, QString> got = flatten(catalog);
            for (auto it = got.cbegin(); it != got.cend(); ++it)
                QVERIFY2(all.value(it.key()) == it.value(),
                    qPrintable(QStringLiteral("cut at %1: %2 = %3, whole file %4")
                                   .arg(n)
                                   .arg(it.key(), it.value(), all.value(it.key()))));
            QFile::remove(path);
        }
        QVERIFY(errors > 0);
    }

    // Issue 16 item 4: a row cut by the end of the file is an error, never a truncated price.
    void rowCutAtTheEnd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("cutAfter"); // the file ends right after the last match
        QTest::newRow("price table: 4.7124 cut to 4.7") << "price-table.csv"
                                                        << "price-table" << QByteArray("c7i.metal-24xl,4.7");
        QTest::newRow("price table: last row without its price")
            << "price-table.csv"
            << "price-table" << QByteArray("c7i.metal-24xl");
        QTest::newRow("offer CSV: a Reserved row cut in its price") << "offer.csv"
                                                                    << "offer-csv" << QByteArray("\"0.06");
        QTest::newRow("Savings Plans CSV: last row cut")
            << "savings-plans.csv"
            << "savings-plans-csv" << QByteArray(",Asia Pacific (Seoul)");
        // The last row's last field 949 cut to 9: the old reader imported the row.
        QTest::newRow("pricesim table: last field cut") << "pricesim.csv"
                                                        << "pricesim-csv" << QByteArray(",494,9");
        // 1.01 cut to 1.0: the old reader took it, and a complete row would price 1.01.
        QTest::newRow("host golden table: 1.01 cut to 1.0") << "host-golden.csv"
                                                            << "host-table-csv" << QByteArray("737.30,1.0");
    }
    void rowCutAtTheEnd()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QByteArray, cutAfter);
        const QByteArray bytes = readAll(data(file.toLatin1().constData()));
        const qsizetype at = bytes.lastIndexOf(cutAfter);
        QVERIFY(at > 0);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("cut.csv"), bytes.left(at + cutAfter.size()));
        PriceCatalog catalog;
        const QString error = importError(path, catalog, *importFormatFromString(format));
        QVERIFY2(error.contains(QStringLiteral("ends in the middle of a row"))
                || error.contains(QStringLiteral("fields; the header has")),
            qPrintable(error));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 5: a publication date more than two days ahead is refused.
    void futureDatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("accepted");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto table = [](QDate d) {
            return priceTable(
                "# region: us-east-1\n# generated at " + d.toString(Qt::ISODate).toLatin1() + "\n",
                "m5.large,0.096\n");
        };
        QTest::newRow("price table dated 9999-12-31") << table(QDate(9999, 12, 31)) << "price-table" << false;
        QTest::newRow("price table dated in three days") << table(today.addDays(3)) << "price-table" << false;
        QTest::newRow("price table dated in two days (clock skew)")
            << table(today.addDays(2)) << "price-table" << true;
        QByteArray sp = readAll(data("savings-plans.json"));
        sp.replace("2025-09-11T18:44:47Z", "9999-12-31T00:00:00Z");
        QTest::newRow("Savings Plans JSON dated 9999-12-31") << sp << "savings-plans-json" << false;
        QByteArray csv = readAll(data("offer.csv"));
        const qsizetype d = csv.indexOf("Publication Date");
        QVERIFY(d >= 0);
        const qsizetype date = csv.indexOf("20", d);
        csv.replace(date, 10, "9999-12-31");
        QTest::newRow("offer CSV dated 9999-12-31") << csv << "offer-csv" << false;
    }
    void futureDatesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("dated"), bytes);
        PriceCatalog catalog;
        const QString error = importError(path, catalog, *importFormatFromString(format));
        if (accepted) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        QVERIFY2(error.contains(QStringLiteral("is in the future")), qPrintable(error));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 6: integers are range-checked before they are narrowed.
    void integersAreRangeChecked_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error");
        QByteArray advisor = readAll(data("spot-advisor.json"));
        // 4294967301 = 2^32 + 5: narrowed to 32 bits it is 5 %.
        QTest::newRow("Spot Advisor saving 4294967301 %")
            << QByteArray(advisor).replace("\"s\": 66", "\"s\": 4294967301") << "spot-advisor"
            << "spot_advisor.us-east-1.Linux.m5.large.s";
        QTest::newRow("Spot Advisor range 4294967299")
            << QByteArray(advisor).replace("\"r\": 3", "\"r\": 4294967299") << "spot-advisor"
            << "spot_advisor.us-east-1.Linux.m5.large.r";
        QTest::newRow("Spot Advisor range index 2^32")
            << QByteArray(advisor).replace("\"index\": 3", "\"index\": 4294967296") << "spot-advisor"
            << "ranges[3].index";
        QByteArray sp = readAll(data("savings-plans.json"));
        QVERIFY(sp.contains("\"duration\": 3"));
        // 4294967299 = 2^32 + 3: narrowed it is a 3-year plan.
        QTest::newRow("Savings Plan duration 4294967299 years")
            << sp.replace("\"duration\": 3", "\"duration\": 4294967299") << "savings-plans-json"
            << "leaseContractLength.duration";
        QByteArray csv = readAll(data("savings-plans.csv"));
        QTest::newRow("Savings Plans CSV lease 4294967299")
            << csv.replace("Partial Upfront,3,year", "Partial Upfront,4294967299,year") << "savings-plans-csv"
            << "column LeaseContractLength";
    }
    void integersAreRangeChecked()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("ints"), bytes);
        PriceCatalog catalog;
        ImportOptions options;
        options.fallbackDate = QDate(2025, 6, 28);
        const QString got = importError(path, catalog, *importFormatFromString(format), options);
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 7: the same price given twice with different values is an error naming both
    // places; an identical repeat is merged.
    void conflictingDuplicates_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error"); // empty: accepted
        const QByteArray comments = "# region: us-east-1\n";
        QTest::newRow("price table: m5.large twice, different prices")
            << priceTable(comments, "m5.large,0.096\nc5.large,0.085\nm5.large,0.107\n") << "price-table"
            << "line 5: m5.large is given twice with different values (first at line 3";
        QTest::newRow("price table: identical repeat merged")
            << priceTable(comments, "m5.large,0.096\nm5.large,0.0960\n") << "price-table"
            << "";
        QByteArray csv = readAll(data("savings-plans.csv"));
        const qsizetype start = csv.indexOf("\nP1,P1.A,") + 1;
        const QByteArray row = csv.mid(start, csv.indexOf('\n', start) + 1 - start);
        QTest::newRow("Savings Plans CSV: one rate twice, different values")
            << csv + QByteArray(row).replace(",0.0425,", ",0.0325,") << "savings-plans-csv"
            << "is given twice with different values (first at line 7";
        QTest::newRow("Savings Plans CSV: identical repeat merged") << csv + row << "savings-plans-csv"
                                                                    << "";
        // The same rate spelled without its DiscountedInstanceType (the type then comes from the
        // usage type, APN2-BoxUsage:m5.large): one product, so a different value is a conflict.
        QTest::newRow("Savings Plans CSV: one rate under two spellings, different values")
            << csv + QByteArray(row).replace(",0.0425,", ",0.0325,").replace(",m5.large\n", ",\n")
            << "savings-plans-csv"
            << "line 11: Savings Plan rate ap-northeast-2 m5.large linux shared EC2InstanceSavingsPlans "
               "3-year "
               "partial-upfront is given twice with different values (first at line 7; \"0.0325\" here)";
        QTest::newRow("Savings Plans CSV: one rate under two spellings, identical")
            << csv + QByteArray(row).replace(",m5.large\n", ",\n") << "savings-plans-csv"
            << "";
        const QByteArray offer = readAll(data("offer.json"));
        const qsizetype from = offer.indexOf("      \"SKUM5LINUX\": {\n        \"SKUM5LINUX.JRTCKXETXF\"");
        const qsizetype to = offer.indexOf("      \"SKUM5CB\": {", from);
        QVERIFY(from > 0 && to > from);
        const QByteArray block = offer.mid(from, to - from);
        QTest::newRow("offer JSON: an OnDemand SKU key twice, different prices")
            << QByteArray(offer).insert(to, QByteArray(block).replace("\"0.0960000000\"", "\"0.1070000000\""))
            << "offer-json"
            << "terms.OnDemand.SKUM5LINUX at line 311, column 21: the key is given twice with "
               "different values (first at line 290, column 21)";
        QTest::newRow("offer JSON: an OnDemand SKU key twice, identical")
            << QByteArray(offer).insert(to, block) << "offer-json"
            << "";
        const QByteArray page = readAll(data("pricing-page-ondemand.json"));
        QTest::newRow("pricing page: two rows for one price, different values")
            << QByteArray(page).replace("\"m7g medium Asia Pacific Seoul Linux\": {",
                   "\"m5 again\": {\"price\": \"0.1190000000\", \"Instance Type\": \"m5.large\", "
                   "\"Operating System\": \"Linux\", \"Pre Installed S/W\": \"NA\", \"License Model\": "
                   "\"No License required\"}, \"m7g medium Asia Pacific Seoul Linux\": {")
            << "pricing-page"
            << "the price of ap-northeast-2 m5.large linux shared   is given twice with different values";
        QByteArray advisor = readAll(data("spot-advisor.json"));
        QTest::newRow("Spot Advisor: duplicate JSON key, different values")
            << QByteArray(advisor).replace("{\"m5.large\": {\"s\": 66, \"r\": 3},",
                   "{\"m5.large\": {\"s\": 66, \"r\": 3}, \"m5.large\": {\"s\": 12, \"r\": 3},")
            << "spot-advisor"
            << "spot_advisor.us-east-1.Linux.m5.large is given twice with different values";
        QTest::newRow("Spot Advisor: duplicate \"s\" in one entry")
            << QByteArray(advisor).replace("\"s\": 66, \"r\": 3", "\"s\": 66, \"r\": 3, \"s\": 5")
            << "spot-advisor"
            << "spot_advisor.us-east-1.Linux.m5.large.s";
    }
    void conflictingDuplicates()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("dups"), bytes);
        PriceCatalog catalog;
        ImportOptions options;
        options.fallbackDate = QDate(2025, 6, 28);
        const QString got = importError(path, catalog, *importFormatFromString(format), options);
        if (error.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
            return;
        }
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 8: a price table's Region comes from "# region:" or the caller, never from a
    // Region-like word in a comment or URL.
    void priceTableRegion_data()
    {
        QTest::addColumn<QByteArray>("comments");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("region"); // empty: refused
        QTest::addColumn<QString>("error");
        const QByteArray url = "# us-east-1 prices, see https://example.com/eu-west-1/notes\n";
        QTest::newRow("Region only in a comment and a URL") << url << ""
                                                            << ""
                                                            << "does not name its Region";
        QTest::newRow("--region us-east-1 whatever the URL says") << url << "us-east-1"
                                                                  << "us-east-1"
                                                                  << "";
        QTest::newRow("explicit region line") << QByteArray("# region: us-east-1\n" + url) << ""
                                              << "us-east-1"
                                              << "";
        QTest::newRow("region line and --region disagree")
            << QByteArray("# Region: eu-west-1\n") << "us-east-1"
            << ""
            << "names Region eu-west-1 but us-east-1";
        QTest::newRow("unknown Region code") << QByteArray("# region: xx-nowhere-9\n") << ""
                                             << ""
                                             << "unknown Region code";
    }
    void priceTableRegion()
    {
        QFETCH(QByteArray, comments);
        QFETCH(QString, option);
        QFETCH(QString, region);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path
            = writeFile(dir, QStringLiteral("table.csv"), priceTable(comments, "m5.large,0.096\n"));
        PriceCatalog catalog;
        ImportOptions options;
        options.region = option;
        const QString got = importError(path, catalog, ImportFormat::PriceTable, options);
        if (region.isEmpty()) {
            QVERIFY2(got.contains(error), qPrintable(got));
            return;
        }
        QVERIFY2(got.isEmpty(), qPrintable(got));
        QCOMPARE(catalog.regions(), QStringList { region });
    }

    // Issue 16 item 9: a file with no price of the stated format is an error; "savings-plans"
    // reads JSON or CSV Savings Plans files and nothing else.
    void noPricesIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error");
        QTest::newRow("offer JSON as spot history") << "offer.json"
                                                    << "spot-history"
                                                    << "no spot-history prices";
        QTest::newRow("offer JSON as Spot Advisor") << "offer.json"
                                                    << "spot-advisor"
                                                    << "no spot-advisor prices";
        QTest::newRow("offer CSV as savings-plans") << "offer.csv"
                                                    << "savings-plans"
                                                    << "DiscountedRate";
        QTest::newRow("offer JSON as savings-plans") << "offer.json"
                                                     << "savings-plans"
                                                     << "products at line 7, column 15: expected an array";
        QTest::newRow("pricing page as savings-plans") << "pricing-page-ondemand.json"
                                                       << "savings-plans"
                                                       << "no savings-plans-json prices";
        QTest::newRow("an index file as offer JSON") << "index"
                                                     << "offer-json"
                                                     << "no offer-json prices";
    }
    void noPricesIsAnError()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QString path = data(file.toLatin1().constData());
        if (file == u"index")
            path = writeFile(dir, QStringLiteral("index.json"),
                "{\"formatVersion\":\"v1.0\",\"publicationDate\":\"2025-04-04T22:41:22Z\",\"offerCode\":"
                "\"AmazonEC2\",\"regions\":{\"us-east-1\":{\"regionCode\":\"us-east-1\","
                "\"currentVersionUrl\":\"/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json\"}}}");
        PriceCatalog catalog;
        const QString got = importError(path, catalog, *importFormatFromString(format));
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 3: a file truncated by another program while it is read (memory-mapped)
    // gives a clean error, not SIGBUS.
    void fileTruncatedWhileRead()
    {
        QTemporaryDir dir;
        // Enough rows to span several pages, so that reads after the truncation touch pages
        // past the new end (which raise SIGBUS on a mapping).
        QByteArray csv = readAll(data("savings-plans.csv"));
        const qsizetype start = csv.indexOf("\nP1,P1.A,") + 1;
        const QByteArray row = csv.mid(start, csv.indexOf('\n', start) + 1 - start);
        for (int i = 0; i < 200; ++i)
            csv += row; // identical repeats are merged
        QVERIFY(csv.size() > 16 * 4096);
        const QString path = writeFile(dir, QStringLiteral("sp.csv"), csv);
        PriceCatalog catalog;
        ImportOptions options;
        bool truncated = false;
        options.progress = [&](qint64, qint64) {
            if (!truncated)
                truncated = QFile::resize(path, 0);
            return true;
        };
        const QString error = importError(path, catalog, ImportFormat::SavingsPlansCsv, options);
        QVERIFY(truncated);
        QVERIFY2(error.contains(QStringLiteral("the file shrank while it was read")), qPrintable(error));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 13: limits a real user never reaches, refused before they cost memory.
    void hostileSizesFailFast_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("offer CSV: 4 MiB of NULs after the header") << "nul"
                                                                   << "row longer than 65536 bytes";
        QTest::newRow("price table: 100,001 rows") << "rows"
                                                   << "more than 100000 price rows";
        QTest::newRow("Savings Plans CSV: one 1 MiB field") << "field"
                                                            << "row longer than 65536 bytes";
    }
    void hostileSizesFailFast()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QByteArray bytes;
        ImportFormat format = ImportFormat::Auto;
        if (kind == u"nul") {
            // The preamble and the header row, then NULs (no line end).
            const QByteArray offer = readAll(data("offer.csv"));
            bytes = offer.left(offer.indexOf('\n', offer.indexOf("\n\"SKU\"") + 1) + 1);
            bytes += QByteArray(4 << 20, '\0');
            format = ImportFormat::OfferCsv;
        } else if (kind == u"rows") {
            QByteArray rows;
            for (int i = 0; i <= 100000; ++i)
                rows += "x" + QByteArray::number(i) + ".large,0.1\n";
            bytes = priceTable("# region: us-east-1\n", rows);
            format = ImportFormat::PriceTable;
        } else {
            bytes = readAll(data("savings-plans.csv")) + "P9," + QByteArray(1 << 20, 'x') + "\n";
            format = ImportFormat::SavingsPlansCsv;
        }
        const QString path = writeFile(dir, QStringLiteral("big"), bytes);
        PriceCatalog catalog;
        const QString got = importError(path, catalog, format);
        QVERIFY2(got.contains(error), qPrintable(got.left(300)));
        QVERIFY(catalog.isEmpty());
    }

    // Issue 16 item 5: --date (the date of files that state none) may not lie ahead either.
    void givenDateInTheFuture()
    {
        PriceCatalog catalog;
        ImportOptions options;
        options.fallbackDate = QDate(9999, 12, 31);
        const QString got
            = importError(data("spot-advisor.json"), catalog, ImportFormat::SpotAdvisor, options);
        QVERIFY2(got.contains(QStringLiteral("the given publication date 9999-12-31 is in the future")),
            qPrintable(got));
        QVERIFY(catalog.isEmpty());
    }

    // A Reserved row of the pricing-page feed with a term that is neither 1 nor 3 years was
    // filed as a 1-year price; now it is an error naming the field.
    void pricingPageUnknownTerm()
    {
        QByteArray bytes = readAll(data("pricing-page-reserved-convertible.json"));
        QVERIFY(bytes.contains("\"LeaseContractLength\": \"1yr\""));
        bytes.replace("\"LeaseContractLength\": \"1yr\"", "\"LeaseContractLength\": \"7yr\"");
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("ri.json"), bytes);
        PriceCatalog catalog;
        const QString got = importError(path, catalog, ImportFormat::PricingPage);
        QVERIFY2(got.contains(QStringLiteral("LeaseContractLength"))
                && got.contains(QStringLiteral("unknown term \"7yr\"")),
            qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
