// The price catalog: replacement rule, derived values, filters, the compact cache format, atomic
// replacement, the bundled snapshot and the adapter the cost engine reads through.

#include "catalog/catalogpricesource.h"
#include "catalog/catalogstore.h"
#include "catalog/priceimporter.h"
#include "catalog/snapshotbuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace ec2lab;
using namespace ec2lab::catalog;

namespace {

Money m(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

Provenance prov(const char *source, QDate date)
{
    return Provenance { QString::fromLatin1(source), date, false, QString() };
}

const PriceKey kM5 { QStringLiteral("us-east-1"), QStringLiteral("m5.large") };

PriceCatalog sample()
{
    PriceCatalog c;
    InstanceSpec m5 { QStringLiteral("m5.large"), QStringLiteral("m5"), QStringLiteral("large"),
        InstanceCategory::GeneralPurpose, 2, Money::fromUnits(8), Architecture::X86_64, false,
        Generation::Current, Money::fromUnits(4) };
    InstanceSpec m6g { QStringLiteral("m6g.xlarge"), QStringLiteral("m6g"), QStringLiteral("xlarge"),
        InstanceCategory::GeneralPurpose, 4, Money::fromUnits(16), Architecture::Arm64, true,
        Generation::Current, Money::fromUnits(8) };
    InstanceSpec c5 { QStringLiteral("c5.2xlarge"), QStringLiteral("c5"), QStringLiteral("2xlarge"),
        InstanceCategory::ComputeOptimized, 8, Money::fromUnits(16), Architecture::X86_64, false,
        Generation::Current, Money::fromUnits(16) };
    c.addInstanceSpec(m5);
    c.addInstanceSpec(m6g);
    c.addInstanceSpec(c5);
    const QDate d(2025, 4, 4);
    c.setOnDemand(kM5, OnDemandPrice { m("0.096"), prov("feed", d) });
    c.setOnDemand(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m6g.xlarge") },
        OnDemandPrice { m("0.154"), prov("feed", d) });
    c.setOnDemand(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("c5.2xlarge") },
        OnDemandPrice { m("0.34"), prov("feed", d) });
    c.setOnDemand(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Linux,
                      Tenancy::Dedicated },
        OnDemandPrice { m("0.106"), prov("feed", d) });
    c.setReserved(kM5,
        ReservedPrice { OfferingClass::Standard, Term::OneYear, PurchaseOption::AllUpfront, m("494"), m("0"),
            prov("feed", d) });
    c.setReserved(kM5,
        ReservedPrice { OfferingClass::Standard, Term::OneYear, PurchaseOption::NoUpfront, m("0"), m("0.06"),
            prov("feed", d) });
    c.setSavingsPlanRate(kM5,
        SavingsPlanRate { SavingsPlanType::Ec2Instance, Term::OneYear, PurchaseOption::NoUpfront, m("0.059"),
            prov("sp", d) });
    c.setSpotAdvice(kM5, SpotAdvice { 66, 3, QStringLiteral("15-20%"), prov("advisor", d) });
    c.setDedicatedHost(QStringLiteral("us-east-1"),
        DedicatedHostPrice {
            QStringLiteral("m5"), m("5.069"), { { QStringLiteral("large"), 48 } }, prov("hosts", d) });
    c.setEbsRate(QStringLiteral("us-east-1"), QStringLiteral("gp3"),
        RegionalRate { m("0.08"), QStringLiteral("GB-Mo"), prov("ebs", d) });
    c.setPublicIpv4Rate(
        QStringLiteral("us-east-1"), RegionalRate { m("0.005"), QStringLiteral("Hrs"), prov("ip", d) });
    c.addSpotHistory(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("c5.2xlarge") },
        { SpotPricePoint {
            QStringLiteral("us-east-1a"), QDateTime(QDate(2021, 2, 8), QTime(10, 0), Qt::UTC), m("0.12") } },
        prov("history", QDate(2021, 2, 8)));
    return c;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void newerOrSameDateReplaces_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("second");
        QTest::addColumn<QString>("kept");
        QTest::newRow("newer file replaces") << QDate(2025, 1, 1) << QDate(2026, 1, 1) << "0.2";
        QTest::newRow("same date: the later import replaces")
            << QDate(2025, 1, 1) << QDate(2025, 1, 1) << "0.2";
        QTest::newRow("older file never overwrites") << QDate(2026, 1, 1) << QDate(2025, 1, 1) << "0.1";
        QTest::newRow("undated never replaces dated") << QDate(2026, 1, 1) << QDate() << "0.1";
        QTest::newRow("dated replaces undated") << QDate() << QDate(2020, 1, 1) << "0.2";
    }
    void newerOrSameDateReplaces()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, second);
        QFETCH(QString, kept);
        PriceCatalog c;
        c.setOnDemand(kM5, OnDemandPrice { m("0.1"), prov("a", first) });
        PriceCatalog other;
        other.setOnDemand(kM5, OnDemandPrice { m("0.2"), prov("b", second) });
        c.merge(other);
        QCOMPARE(c.entry(kM5)->onDemand->perHour.toPlainString(), kept);
    }

    void reservedOffersAreKeptApart()
    {
        PriceCatalog c = sample();
        // Same offer again with a newer date replaces only that offer.
        c.setReserved(kM5,
            ReservedPrice { OfferingClass::Standard, Term::OneYear, PurchaseOption::NoUpfront, m("0"),
                m("0.058"), prov("newer", QDate(2026, 1, 1)) });
        const PriceQuote q = c.quote(kM5);
        QCOMPARE(q.reserved.size(), 2);
        QVERIFY(q.reserved[0].payment == PurchaseOption::NoUpfront); // sorted by payment
        QCOMPARE(q.reserved[0].hourly.toPlainString(), QStringLiteral("0.058"));
        QCOMPARE(q.reserved[1].upfront.toPlainString(), QStringLiteral("494"));
        QCOMPARE(q.reserved[1].effectiveHourly().toPlainString(), QStringLiteral("0.056392694"));
    }

    void quoteDerivesAndFlagsEstimates()
    {
        const PriceCatalog c = sample();
        const PriceQuote q = c.quote(kM5);
        // Spot without history: 0.096 x (1 - 0.66) = 0.03264, an estimate with its rule.
        QVERIFY(q.spot.perHour);
        QCOMPARE(q.spot.perHour->toPlainString(), QStringLiteral("0.03264"));
        QVERIFY(q.spot.provenance.estimate);
        QVERIFY(q.spot.provenance.rule.contains(QStringLiteral("Spot Advisor")));
        // EC2 Instance SP: the published 1yr NU rate stays; 1yr AU is derived from the RI (494/8760).
        QCOMPARE(q.savingsPlans.size(), 2);
        const SavingsPlanRate &nu = q.savingsPlans[0];
        QVERIFY(nu.payment == PurchaseOption::NoUpfront);
        QCOMPARE(nu.perHour.toPlainString(), QStringLiteral("0.059"));
        QVERIFY(!nu.provenance.estimate);
        const SavingsPlanRate &au = q.savingsPlans[1];
        QVERIFY(au.payment == PurchaseOption::AllUpfront);
        QCOMPARE(au.perHour.toPlainString(), QStringLiteral("0.056392694"));
        QVERIFY(au.provenance.estimate);
        QVERIFY(std::none_of(q.savingsPlans.cbegin(), q.savingsPlans.cend(),
            [](const auto &r) { return r.type == SavingsPlanType::Compute; }));
        // The host of the family comes with the quote.
        QVERIFY(q.dedicatedHost);
        QCOMPARE(q.dedicatedHost->perHostHour.toPlainString(), QStringLiteral("5.069"));
        // A real history beats the estimate: published, dated by its record.
        const PriceQuote c5 = c.quote(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("c5.2xlarge") });
        QCOMPARE(c5.spot.perHour->toPlainString(), QStringLiteral("0.12"));
        QVERIFY(!c5.spot.provenance.estimate);
        QCOMPARE(c5.spot.provenance.date, QDate(2021, 2, 8));
    }

    void oneSpotPriceRule_data()
    {
        // PriceCatalog::spotQuote(), the one Spot price of `prices show` and `cost` (README "One
        // Spot price"). On-Demand 0.096 published 2025-04-04; Spot Advisor 66 %.
        QTest::addColumn<QDateTime>("historyAt");
        QTest::addColumn<bool>("advisor");
        QTest::addColumn<QString>("perHour");
        QTest::addColumn<bool>("fromHistory");
        // Newest records: zone a 0.04 (history time + 5 days), zone b 0.035 (history time): the
        // cheapest zone's latest, 0.035, dated by its record, is not older than 2025-04-04.
        QTest::newRow("history newer than On-Demand wins")
            << QDateTime(QDate(2025, 4, 5), QTime(0, 0), Qt::UTC) << true << "0.035" << true;
        // A 2021 history is older than the On-Demand price: 0.096 x (1 - 0.66) = 0.03264.
        QTest::newRow("older history: the advisor estimate, history kept")
            << QDateTime(QDate(2021, 2, 8), QTime(0, 0), Qt::UTC) << true << "0.03264" << false;
        // Without an advisor figure no estimate exists: the old history is the price.
        QTest::newRow("older history without advisor is the price")
            << QDateTime(QDate(2021, 2, 8), QTime(0, 0), Qt::UTC) << false << "0.035" << true;
    }

    void oneSpotPriceRule()
    {
        QFETCH(QDateTime, historyAt);
        QFETCH(bool, advisor);
        QFETCH(QString, perHour);
        QFETCH(bool, fromHistory);
        PriceEntry e;
        e.onDemand = OnDemandPrice { *Money::parse(QStringLiteral("0.096")),
            Provenance { QStringLiteral("feed"), QDate(2025, 4, 4), false, QString() } };
        if (advisor)
            e.spotAdvice = SpotAdvice { 66, 3, QStringLiteral("15-20%"),
                Provenance { QStringLiteral("advisor"), QDate(2025, 6, 28), false, QString() } };
        e.spotHistory = { SpotPricePoint { QStringLiteral("us-east-1a"), historyAt.addDays(5),
                              *Money::parse(QStringLiteral("0.04")) },
            SpotPricePoint {
                QStringLiteral("us-east-1b"), historyAt, *Money::parse(QStringLiteral("0.035")) } };
        e.spotHistoryProvenance
            = Provenance { QStringLiteral("history"), historyAt.date(), false, QString() };
        const SpotQuote q = PriceCatalog::spotQuote(e);
        QVERIFY(q.perHour);
        QCOMPARE(q.perHour->toPlainString(), perHour);
        QCOMPARE(q.fromHistory, fromHistory);
        QCOMPARE(q.provenance.estimate, !fromHistory);
        QCOMPARE(q.latestPerZone.size(), 2); // the history is shown either way
        if (fromHistory)
            QCOMPARE(q.provenance.date, historyAt.date());
        else
            QVERIFY(
                q.provenance.rule.contains(QStringLiteral("older than the On-Demand price (2025-04-04)")));

        // The cost engine's view of the same entry answers with the same one price.
        PriceCatalog c;
        const PriceKey key { QStringLiteral("us-east-1"), QStringLiteral("m5.large") };
        c.setOnDemand(key, *e.onDemand);
        if (e.spotAdvice)
            c.setSpotAdvice(key, *e.spotAdvice);
        c.addSpotHistory(key, e.spotHistory, e.spotHistoryProvenance);
        const CatalogPriceSource source(c, true);
        const auto hourly = source.find(PriceQuery { PriceItem::SpotHourly, QStringLiteral("us-east-1"),
            QStringLiteral("m5.large"), Platform::Linux, {}, {} });
        const auto savings = source.find(PriceQuery { PriceItem::SpotSavingsPercent,
            QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Linux, {}, {} });
        QCOMPARE(hourly.has_value(), fromHistory);
        QCOMPARE(savings.has_value(), !fromHistory && advisor);
        if (hourly)
            QCOMPARE(hourly->toPlainString(), perHour);
    }

    void absentIsAbsent_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("platform");
        QTest::newRow("unknown region") << "eu-west-1"
                                        << "m5.large" << int(Platform::Linux);
        QTest::newRow("unknown type") << "us-east-1"
                                      << "m5.huge" << int(Platform::Linux);
        QTest::newRow("unpriced platform") << "us-east-1"
                                           << "m5.large" << int(Platform::Suse);
    }
    void absentIsAbsent()
    {
        QFETCH(QString, region);
        QFETCH(QString, type);
        QFETCH(int, platform);
        const PriceQuote q = sample().quote(PriceKey { region, type, Platform(platform) });
        QVERIFY(!q.onDemand);
        QVERIFY(q.reserved.isEmpty());
        QVERIFY(q.savingsPlans.isEmpty());
        QVERIFY(!q.spot.perHour);
        QVERIFY(!q.hasAnyPrice());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("minVcpu");
        QTest::addColumn<int>("minMemory");
        QTest::addColumn<int>("arch");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << "" << 0 << 0 << -1
                                    << QStringList { QStringLiteral("c5.2xlarge"), QStringLiteral("m5.large"),
                                           QStringLiteral("m6g.xlarge") };
        QTest::newRow("family m5") << "m5" << 0 << 0 << -1 << QStringList { QStringLiteral("m5.large") };
        QTest::newRow("at least 4 vCPU")
            << "" << 4 << 0 << -1
            << QStringList { QStringLiteral("c5.2xlarge"), QStringLiteral("m6g.xlarge") };
        QTest::newRow("at least 16 GiB on arm64")
            << "" << 0 << 16 << int(Architecture::Arm64) << QStringList { QStringLiteral("m6g.xlarge") };
    }
    void filters()
    {
        QFETCH(QString, family);
        QFETCH(int, minVcpu);
        QFETCH(int, minMemory);
        QFETCH(int, arch);
        QFETCH(QStringList, expected);
        InstanceFilter f;
        f.family = family;
        f.minVcpu = minVcpu;
        f.minMemoryGib = Money::fromUnits(minMemory);
        if (arch >= 0)
            f.architecture = Architecture(arch);
        QCOMPARE(sample().instanceTypes(QStringLiteral("us-east-1"), f), expected);
    }

    void cacheFormatRoundTrips()
    {
        const PriceCatalog c = sample();
        const QByteArray bytes = CatalogStore::serialize(c);
        const PriceCatalog back = CatalogStore::deserialize(bytes, QStringLiteral("x"));
        QCOMPARE(CatalogStore::serialize(back), bytes);
        const PriceQuote q = back.quote(kM5);
        QCOMPARE(q.onDemand->perHour.toPlainString(), QStringLiteral("0.096"));
        QCOMPARE(q.onDemand->provenance.date, QDate(2025, 4, 4));
        QCOMPARE(q.spec->normalizationFactor.toPlainString(), QStringLiteral("4"));
        QCOMPARE(
            back.dedicatedHost(QStringLiteral("us-east-1"), QStringLiteral("m5"))->capacities.value(0).second,
            48);
        QCOMPARE(back.ebsRate(QStringLiteral("us-east-1"), QStringLiteral("gp3"))->price.toPlainString(),
            QStringLiteral("0.08"));
        QCOMPARE(
            back.publicIpv4Rate(QStringLiteral("us-east-1"))->price.toPlainString(), QStringLiteral("0.005"));
    }

    void damagedCacheIsRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray good = CatalogStore::serialize(sample());
        QTest::newRow("not a catalog") << QByteArray("{\"json\": true}") << "wrong file signature";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated";
        QByteArray future = good;
        future[11] = 9; // version 9
        QTest::newRow("newer format version") << future << "format version 9";
        QTest::newRow("trailing garbage") << good + QByteArray("xx") << "trailing data";

        // Issue 16 item 2: values the structure allows but no price can be. Each catalog is
        // written by serialize(), which does not judge values, and must be refused on load.
        const QDate d(2025, 4, 4);
        auto with = [](const std::function<void(PriceCatalog &)> &edit) {
            PriceCatalog c = sample();
            edit(c);
            return CatalogStore::serialize(c);
        };
        auto reserved = [d](int years, PurchaseOption payment, const char *upfront, const char *hourly) {
            ReservedPrice r;
            r.term = Term(years); // any byte: the file stores the years as written
            r.payment = payment;
            r.upfront = m(upfront);
            r.hourly = m(hourly);
            r.provenance = prov("feed", d);
            return r;
        };
        QTest::newRow("Reserved term of 0 years (SIGFPE in prices show)") << with([&](PriceCatalog &c) {
            c.setReserved(kM5, reserved(0, PurchaseOption::AllUpfront, "500", "0"));
        }) << "us-east-1 m5.large Reserved price: term of 0 years";
        QTest::newRow("Reserved term of 2 years") << with([&](PriceCatalog &c) {
            c.setReserved(kM5, reserved(2, PurchaseOption::NoUpfront, "0", "0.06"));
        }) << "term of 2 years";
        QTest::newRow("negative On-Demand price") << with([&](PriceCatalog &c) {
            c.setOnDemand(kM5, OnDemandPrice { m("-0.096"), prov("feed", d) });
        }) << "us-east-1 m5.large: negative price";
        QTest::newRow("negative upfront fee") << with([&](PriceCatalog &c) {
            c.setReserved(kM5, reserved(1, PurchaseOption::PartialUpfront, "-252", "0.029"));
        }) << "negative price";
        QTest::newRow("unknown payment option")
            << with([&](PriceCatalog &c) { c.setReserved(kM5, reserved(1, PurchaseOption(7), "0", "0.06")); })
            << "payment option 7 is not a known value";
        QTest::newRow("unknown platform") << with([&](PriceCatalog &c) {
            c.setOnDemand(PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform(42) },
                OnDemandPrice { m("0.1"), prov("feed", d) });
        }) << "platform 42 is not a known value";
        QTest::newRow("Savings Plan of 0 years") << with([&](PriceCatalog &c) {
            SavingsPlanRate r;
            r.term = Term(0);
            r.perHour = m("0.05");
            r.provenance = prov("feed", d);
            c.setSavingsPlanRate(kM5, r);
        }) << "Savings Plan rate: term of 0 years";
        QTest::newRow("publication date 9999-12-31") << with([&](PriceCatalog &c) {
            c.setOnDemand(kM5, OnDemandPrice { m("0.096"), prov("feed", QDate(9999, 12, 31)) });
        }) << "publication date out of range";
        QTest::newRow("Spot saving of 400 %") << with([&](PriceCatalog &c) {
            c.setSpotAdvice(kM5, SpotAdvice { 400, 1, QStringLiteral("5-10%"), prov("feed", d) });
        }) << "Spot advice out of range";
        QTest::newRow("host capacity of 0") << with([&](PriceCatalog &c) {
            c.setDedicatedHost(QStringLiteral("us-east-1"),
                DedicatedHostPrice {
                    QStringLiteral("mac2"), m("0.65"), { { QStringLiteral("mac2"), 0 } }, prov("feed", d) });
        }) << "host capacity 0 is not positive";
    }
    void damagedCacheIsRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        try {
            CatalogStore::deserialize(bytes, QStringLiteral("prices.ec2cat"));
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(
                e.toString().startsWith(QStringLiteral("prices.ec2cat: not a valid ec2lab price catalog")),
                qPrintable(e.toString()));
            QVERIFY2(e.toString().contains(message), qPrintable(e.toString()));
        }
    }

    void interruptedImportLeavesTheOldCatalog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("corrupt price")
            << QStringLiteral(EC2LAB_TEST_DATA "/prices/offer-corrupt-price.json") << false;
        QTest::newRow("truncated download")
            << QStringLiteral(EC2LAB_TEST_DATA "/prices/offer-truncated.json") << false;
        QTest::newRow("cancelled by the user")
            << QStringLiteral(EC2LAB_TEST_DATA "/prices/offer.json") << true;
    }
    void interruptedImportLeavesTheOldCatalog()
    {
        QFETCH(QString, file);
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.ec2cat"));
        CatalogStore::save(sample(), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        // The import flow of `prices import` and "Update prices": load, import, then save.
        PriceCatalog cache = CatalogStore::load(path);
        ImportOptions options;
        if (cancel)
            options.progress = [](qint64, qint64) { return false; };
        try {
            PriceImporter::importFile(file, cache, ImportFormat::OfferJson, options);
            CatalogStore::save(cache, path);
            QFAIL("the import did not fail");
        } catch (const InputError &) {
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(CatalogStore::serialize(cache), before); // in memory too
        QCOMPARE(dir.path().isEmpty(), false);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("prices.ec2cat") });
    }

    void bundledSnapshotLoads()
    {
        // Its load time is measured by bench_catalog (speed lives in benchmarks, not in tests).
        const PriceCatalog c = CatalogStore::loadBundled();
        QCOMPARE(
            c.regions(), (QStringList { QStringLiteral("ap-northeast-2"), QStringLiteral("us-east-1") }));
        QCOMPARE(c.quote(kM5).onDemand->perHour.toPlainString(), QStringLiteral("0.096"));
        QCOMPARE(c.quote(PriceKey { QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large") })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("0.118"));
        QVERIFY(c.newestDate().isValid());
    }

    void bundledRegionWideRates()
    {
        const PriceCatalog c = CatalogStore::loadBundled();
        const QString useast = QStringLiteral("us-east-1"), seoul = QStringLiteral("ap-northeast-2");
        const auto gp3 = c.ebsRate(useast, QStringLiteral("gp3"));
        QVERIFY(gp3);
        QCOMPARE(gp3->price.toPlainString(), QStringLiteral("0.08"));
        QCOMPARE(gp3->unit, QStringLiteral("GB-Mo"));
        QCOMPARE(gp3->provenance.date, QDate(2026, 11, 28));
        QVERIFY(!gp3->provenance.estimate);
        QVERIFY(gp3->provenance.source.contains(QStringLiteral("aws.amazon.com/ebs/pricing")));
        QCOMPARE(c.ebsRate(useast, QStringLiteral("gp2"))->price.toPlainString(), QStringLiteral("0.1"));
        QVERIFY(!c.ebsRate(useast, QStringLiteral("io2"))); // no source: absent, not guessed
        // Seoul: AWS's figures as pricing.md records them (a real Seoul bill), published, not estimated.
        QCOMPARE(c.ebsRate(seoul, QStringLiteral("gp3"))->price.toPlainString(), QStringLiteral("0.0912"));
        QCOMPARE(c.ebsRate(seoul, QStringLiteral("gp2"))->price.toPlainString(), QStringLiteral("0.114"));
        QVERIFY(!c.ebsRate(seoul, QStringLiteral("gp3"))->provenance.estimate);
        QVERIFY(!c.ebsRate(seoul, QStringLiteral("io2")));
        for (const QString &region : { useast, seoul }) {
            const auto ipv4 = c.publicIpv4Rate(region);
            QVERIFY(ipv4);
            QCOMPARE(ipv4->price.toPlainString(), QStringLiteral("0.005"));
            QCOMPARE(ipv4->unit, QStringLiteral("Hrs"));
            QCOMPARE(ipv4->provenance.date, QDate(2024, 2, 1));
            QVERIFY(!ipv4->provenance.estimate);
        }
        // The rates recorded on 2026-11-28 do not move the snapshot date of the instance prices.
        // (the newest instance prices are pricesim's, retrieved 2026-09-24).
        QCOMPARE(c.newestDate(), QDate(2026, 9, 24));
    }

    void newestDateIsThatOfTheInstancePrices()
    {
        PriceCatalog c;
        c.setOnDemand(kM5, OnDemandPrice { m("0.096"), prov("feed", QDate(2025, 4, 4)) });
        c.setEbsRate(kM5.region, QStringLiteral("gp3"),
            RegionalRate { m("0.08"), QStringLiteral("GB-Mo"), prov("spec", QDate(2026, 11, 28)) });
        QCOMPARE(c.newestDate(), QDate(2025, 4, 4));
        QVERIFY(c.summary().endsWith(QStringLiteral("1 EBS rates, 0 public IPv4 rates")));
    }

    void regionRatesFileRejectsBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("decimal comma") << "region-rates-bad-price.json"
                                       << "rates[1].usd: not an exact decimal price: \"0,10\"";
        QTest::newRow("IPv4 priced per GB-month") << "region-rates-bad-unit.json"
                                                  << "rates[0]: item \"public_ipv4\" with unit \"GB-Mo\": "
                                                     "expected ebs in GB-Mo or public_ipv4 in Hrs";
    }
    void regionRatesFileRejectsBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        PriceCatalog c;
        try {
            SnapshotBuilder::addRegionRates(c, QStringLiteral(EC2LAB_TEST_DATA "/prices/") + file);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.toString().contains(file + QStringLiteral(": ") + expected), qPrintable(e.toString()));
        }
    }

    void localDataOverridesTheSnapshot()
    {
        QTemporaryDir dir;
        qputenv("EC2LAB_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(CatalogStore::cachePath(), dir.filePath(QStringLiteral("prices.ec2cat")));
        PriceCatalog local;
        // Today: newer than the snapshot, and not in the future (a catalog dated more than two
        // days ahead is refused as damaged).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        local.setOnDemand(kM5, OnDemandPrice { m("0.091"), prov("refresh", today) });
        CatalogStore::save(local, CatalogStore::cachePath());
        const PriceCatalog current = CatalogStore::loadCurrent();
        qunsetenv("EC2LAB_DATA_DIR");
        QCOMPARE(current.quote(kM5).onDemand->perHour.toPlainString(), QStringLiteral("0.091"));
        QCOMPARE(current.newestDate(), today);
        // Everything else still comes from the bundled snapshot.
        QCOMPARE(current.quote(PriceKey { QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large") })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("0.118"));
        QCOMPARE(current.quote(kM5).reserved.isEmpty(), false);
    }

    void costEngineAdapter_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("offer");
        QTest::addColumn<bool>("estimates");
        QTest::addColumn<QString>("expected"); // empty = absent
        QTest::newRow("On-Demand") << int(PriceItem::OnDemandHourly) << "m5.large"
                                   << "" << false << "0.096";
        QTest::newRow("RI upfront") << int(PriceItem::ReservedUpfront) << "m5.large"
                                    << "standard/1yr/all-upfront" << false << "494";
        QTest::newRow("RI hourly") << int(PriceItem::ReservedHourly) << "m5.large"
                                   << "standard/1yr/no-upfront" << false << "0.06";
        QTest::newRow("RI absent offer") << int(PriceItem::ReservedHourly) << "m5.large"
                                         << "convertible/3yr/no-upfront" << false << "";
        QTest::newRow("published SP") << int(PriceItem::SavingsPlanHourly) << "m5.large"
                                      << "ec2-instance/1yr/no-upfront" << false << "0.059";
        QTest::newRow("derived SP refused") << int(PriceItem::SavingsPlanHourly) << "m5.large"
                                            << "ec2-instance/1yr/all-upfront" << false << "";
        QTest::newRow("derived SP when asked") << int(PriceItem::SavingsPlanHourly) << "m5.large"
                                               << "ec2-instance/1yr/all-upfront" << true << "0.056392694";
        QTest::newRow("Spot savings %") << int(PriceItem::SpotSavingsPercent) << "m5.large"
                                        << "" << false << "66";
        QTest::newRow("Dedicated Host") << int(PriceItem::DedicatedHostHourly) << "m5"
                                        << "" << false << "5.069";
        // The m5 host reservation the test adds (infracost golden: 1yr No Upfront 3.193 per host-hour).
        QTest::newRow("host reservation hourly") << int(PriceItem::DedicatedHostReservedHourly) << "m5"
                                                 << "1yr/no-upfront" << false << "3.193";
        QTest::newRow("host reservation No Upfront fee")
            << int(PriceItem::DedicatedHostReservedUpfront) << "m5"
            << "1yr/no-upfront" << false << "0";
        QTest::newRow("host reservation without its fee is absent")
            << int(PriceItem::DedicatedHostReservedUpfront) << "m5"
            << "1yr/partial-upfront" << false << "";
        QTest::newRow("host reservation of another term is absent")
            << int(PriceItem::DedicatedHostReservedHourly) << "m5"
            << "3yr/no-upfront" << false << "";
        QTest::newRow("Dedicated Instance") << int(PriceItem::DedicatedInstanceHourly) << "m5.large"
                                            << "" << false << "0.106";
        QTest::newRow("EBS gp3") << int(PriceItem::EbsGbMonth) << ""
                                 << "gp3" << false << "0.08";
        QTest::newRow("public IPv4") << int(PriceItem::PublicIpv4Hourly) << ""
                                     << "" << false << "0.005";
        QTest::newRow("data transfer is not in the catalog") << int(PriceItem::DataTransferOutGb) << ""
                                                             << "" << false << "";
    }
    void costEngineAdapter()
    {
        QFETCH(int, item);
        QFETCH(QString, type);
        QFETCH(QString, offer);
        QFETCH(bool, estimates);
        QFETCH(QString, expected);
        PriceCatalog c = sample();
        // A host reservation with no On-Demand part merges into the m5 host (which keeps 5.069).
        c.setDedicatedHost(QStringLiteral("us-east-1"),
            DedicatedHostPrice { QStringLiteral("m5"), Money(), {}, Provenance(),
                { ReservedPrice { OfferingClass::Standard, Term::OneYear, PurchaseOption::NoUpfront, Money(),
                    m("3.193"), prov("hosts", QDate(2022, 11, 15)) } } });
        const CatalogPriceSource source(c, estimates);
        // The rows name offers and volume types as a scenario does; the query is typed.
        PriceQuery query { PriceItem(item), QStringLiteral("us-east-1"), type, Platform::Linux, Offer(),
            QString() };
        if (query.item == PriceItem::EbsGbMonth)
            query.volumeType = offer;
        else if (query.item == PriceItem::DedicatedHostReservedHourly
            || query.item == PriceItem::DedicatedHostReservedUpfront)
            query.offer = *hostReservationFromKey(offer);
        else if (!offer.isEmpty())
            query.offer = *offerFromKey(
                query.item == PriceItem::SavingsPlanHourly ? OfferKind::SavingsPlan : OfferKind::Reserved,
                offer);
        const auto price = source.find(query);
        QCOMPARE(price ? price->toPlainString() : QString(), expected);
        QCOMPARE(source.snapshotDate(), QStringLiteral("2025-04-04"));
        if (price)
            QVERIFY(!source.provenance(query).source.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
