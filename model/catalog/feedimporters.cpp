// Readers for the JSON feeds other than the offer file: the EC2 pricing-page feeds, the Savings
// Plans offer file, describe-spot-price-history output and the Spot Instance Advisor feed.

#include "catalog/awsnames.h"
#include "catalog/jsonsupport.h"

#include <QDateTime>
#include <QMap>
#include <string>
#include <unordered_map>

namespace ec2lab::catalog::importer {

namespace {

using namespace json;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string path2(std::string_view a, std::string_view b)
{
    std::string out(a);
    out += '.';
    out.append(b);
    return out;
}

} // namespace

void importPricingPage(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    bool convertible = false;
    Generation generation = Generation::Unknown;
    parseDocument(r, file.data(), file.size(), file.capacity(), [&](od::document &doc) {
        for (od::field top : doc.get_object()) {
            const std::string_view topKey = r.key(top);
            if (topKey == "manifest") {
                for (od::field f : r.object(top.value(), "manifest")) {
                    const std::string_view k = r.key(f);
                    const std::string_view v = r.stringOrEmpty(f.value());
                    if (k == "hawkFilePublicationDate")
                        ctx.setPublicationDate(
                            parseDate(qs(v)), QStringLiteral("manifest.hawkFilePublicationDate"));
                    else if (k == "source") {
                        convertible = v.find("convertible") != std::string_view::npos;
                        if (v.find("previousgen") != std::string_view::npos)
                            generation = Generation::Previous;
                        else if (v.find("ondemand") != std::string_view::npos)
                            generation = Generation::Current;
                    } else if (k == "currencyCode" && v != "USD") {
                        r.fail("manifest.currencyCode", v.data(),
                            QStringLiteral("prices in %1 are not supported (USD only)").arg(qs(v)));
                    }
                }
            } else if (topKey == "regions") {
                for (od::field regionField : r.object(top.value(), "regions")) {
                    const QString location = qs(r.key(regionField));
                    const std::string regionPath = path2("regions", location.toStdString());
                    const auto region = awsnames::regionCodeForLocation(location);
                    if (!region) {
                        ctx.skip(QStringLiteral("location without a known region code"));
                        continue;
                    }
                    for (od::field rowField : r.object(regionField.value(), regionPath)) {
                        const std::string rowPath = path2(regionPath, r.key(rowField));
                        QString type, os, license, pre, tenancy, lease, purchase, vcpu, memory, family;
                        std::string_view price, upfront;
                        const char *priceAt = nullptr;
                        for (od::field f : r.object(rowField.value(), rowPath)) {
                            const std::string_view k = r.key(f);
                            if (k == "price") {
                                price = r.string(f.value(), path2(rowPath, k));
                                priceAt = price.data();
                                continue;
                            }
                            if (k == "riupfront:PricePerUnit") {
                                upfront = r.string(f.value(), path2(rowPath, k));
                                continue;
                            }
                            QString *target = nullptr;
                            if (k == "Instance Type")
                                target = &type;
                            else if (k == "Operating System")
                                target = &os;
                            else if (k == "License Model")
                                target = &license;
                            else if (k == "Pre Installed S/W")
                                target = &pre;
                            else if (k == "Tenancy")
                                target = &tenancy;
                            else if (k == "LeaseContractLength")
                                target = &lease;
                            else if (k == "PurchaseOption")
                                target = &purchase;
                            else if (k == "vCPU")
                                target = &vcpu;
                            else if (k == "Memory")
                                target = &memory;
                            else if (k == "Instance Family")
                                target = &family;
                            if (target)
                                *target = qs(r.stringOrEmpty(f.value()));
                        }
                        if (type.isEmpty() || priceAt == nullptr)
                            r.fail(rowPath, r.lastPosition(),
                                QStringLiteral("row without \"Instance Type\" or \"price\""));
                        const auto platform = awsnames::platformFromAttributes(os, license, pre);
                        const auto ten
                            = tenancy.isEmpty() ? std::optional(Tenancy::Shared) : tenancyFromString(tenancy);
                        if (!platform || !ten) {
                            ctx.skip(
                                QStringLiteral("pre-installed software, unpriced system or host tenancy"));
                            continue;
                        }
                        InstanceSpec spec;
                        spec.name = type;
                        std::tie(spec.family, spec.size) = awsnames::splitInstanceType(type);
                        spec.family = ctx.intern(spec.family.toStdString());
                        spec.category = awsnames::categoryFromAwsFamily(family);
                        spec.vcpu = vcpu.toInt();
                        spec.memoryGib = Money::parse(memory.section(u' ', 0, 0).remove(u','), nullptr, true)
                                             .value_or(Money());
                        spec.architecture = awsnames::inferArchitecture(spec.family);
                        spec.architectureInferred = true;
                        spec.generation = generation;
                        spec.normalizationFactor = awsnames::normalizationFactorForSize(spec.size);
                        ctx.catalog().addInstanceSpec(spec);

                        const PriceKey key { *region, type, *platform, *ten };
                        const Money amount = r.price(price, path2(rowPath, "price"));
                        // Two rows (or one row key given twice) for the same price must agree.
                        ctx.checkRepeat(QStringLiteral("the price of %1 %2 %3 %4 %5 %6")
                                            .arg(*region, type, platformName(*platform), tenancyName(*ten),
                                                lease, purchase),
                            QString(QString::fromUtf8(price.data(), qsizetype(price.size())) + u'+'
                                + QString::fromUtf8(upfront.data(), qsizetype(upfront.size()))),
                            qint64(r.offsetOf(priceAt)),
                            [&file](qint64 at) { return file.lineColumn(size_t(at)); });
                        if (lease.isEmpty()) {
                            ctx.catalog().setOnDemand(key, OnDemandPrice { amount, ctx.provenance() });
                            ctx.counted();
                            continue;
                        }
                        ReservedPrice ri;
                        ri.offeringClass = convertible ? OfferingClass::Convertible : OfferingClass::Standard;
                        if (lease.startsWith(u'1') || lease.startsWith(u'3'))
                            ri.term = lease.startsWith(u'3') ? Term::ThreeYears : Term::OneYear;
                        else
                            r.fail(path2(rowPath, "LeaseContractLength"), priceAt,
                                QStringLiteral("unknown term \"%1\" (1yr or 3yr expected)")
                                    .arg(lease.left(40)));
                        const auto payment = purchaseOptionFromString(purchase);
                        if (!payment)
                            r.fail(path2(rowPath, "PurchaseOption"), priceAt,
                                QStringLiteral("unknown purchase option \"%1\"").arg(purchase));
                        ri.payment = *payment;
                        ri.hourly = amount;
                        if (!upfront.empty())
                            ri.upfront = r.price(upfront, path2(rowPath, "riupfront:PricePerUnit"));
                        else if (ri.payment != PurchaseOption::NoUpfront) {
                            ctx.skip(QStringLiteral("Partial/All Upfront rows without an upfront fee"));
                            continue;
                        }
                        ri.provenance = ctx.provenance();
                        ctx.catalog().setReserved(key, ri);
                        ctx.counted();
                    }
                }
            }
        }
    });
}

void importSavingsPlansJson(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    /// What the products list says about one plan SKU.
    struct PlanProduct
    {
        QString family, purchaseOption, regionCode;
        int years = 0;
    };
    std::unordered_map<std::string, PlanProduct> plans;
    QString fileRegion;
    parseDocument(r, file.data(), file.size(), file.capacity(), [&](od::document &doc) {
        for (od::field top : doc.get_object()) {
            const std::string_view topKey = r.key(top);
            if (topKey == "publicationDate") {
                ctx.setPublicationDate(parseDate(qs(r.string(top.value(), "publicationDate"))),
                    QStringLiteral("publicationDate"));
            } else if (topKey == "regionCode") {
                fileRegion = qs(r.stringOrEmpty(top.value()));
            } else if (topKey == "products") {
                size_t i = 0;
                for (auto item : r.array(top.value(), "products")) {
                    const std::string path = "products[" + std::to_string(i++) + "]";
                    std::string sku;
                    PlanProduct p;
                    for (od::field f : r.object(item.value(), path)) {
                        const std::string_view k = r.key(f);
                        if (k == "sku")
                            sku = std::string(r.string(f.value(), path2(path, k)));
                        else if (k == "productFamily")
                            p.family = qs(r.string(f.value(), path2(path, k)));
                        else if (k == "attributes") {
                            for (od::field a : r.object(f.value(), path2(path, k))) {
                                const std::string_view ak = r.key(a);
                                const QString v = qs(r.stringOrEmpty(a.value()));
                                if (ak == "purchaseOption")
                                    p.purchaseOption = v;
                                else if (ak == "purchaseTerm")
                                    p.years = v.startsWith(u'3') ? 3 : (v.startsWith(u'1') ? 1 : 0);
                                else if (ak == "regionCode")
                                    p.regionCode = v;
                            }
                        }
                    }
                    plans.emplace(std::move(sku), p);
                }
            } else if (topKey == "terms") {
                for (od::field section : r.object(top.value(), "terms")) {
                    if (r.key(section) != "savingsPlan")
                        continue;
                    size_t i = 0;
                    for (auto planItem : r.array(section.value(), "terms.savingsPlan")) {
                        const std::string path = "terms.savingsPlan[" + std::to_string(i++) + "]";
                        const PlanProduct *plan = nullptr;
                        int years = 0;
                        for (od::field f : r.object(planItem.value(), path)) {
                            const std::string_view k = r.key(f);
                            if (k == "sku") {
                                const auto it = plans.find(std::string(r.string(f.value(), path2(path, k))));
                                plan = it == plans.end() ? nullptr : &it->second;
                            } else if (k == "leaseContractLength") {
                                for (od::field l : r.object(f.value(), path2(path, k))) {
                                    if (r.key(l) == "duration") {
                                        int64_t d = 0;
                                        if (l.value().get_int64().get(d) || d < 0 || d > 100)
                                            r.fail(path + ".leaseContractLength.duration", r.lastPosition(),
                                                QStringLiteral("expected a number of years (0 to 100)"));
                                        years = int(d);
                                    }
                                }
                            } else if (k == "rates") {
                                if (!plan) {
                                    ctx.skip(QStringLiteral("Savings Plan terms without a product"));
                                    continue;
                                }
                                size_t j = 0;
                                for (auto rateItem : r.array(f.value(), path + ".rates")) {
                                    const std::string ratePath = path + ".rates[" + std::to_string(j++) + "]";
                                    SavingsPlanRow row;
                                    row.productFamily = plan->family;
                                    row.purchaseOption = plan->purchaseOption;
                                    row.years = years ? years : plan->years;
                                    row.regionCode
                                        = plan->regionCode.isEmpty() ? fileRegion : plan->regionCode;
                                    bool usd = true, priced = false;
                                    for (od::field rf : r.object(rateItem.value(), ratePath)) {
                                        const std::string_view rk = r.key(rf);
                                        if (rk == "discountedUsageType")
                                            row.usageType = qs(r.stringOrEmpty(rf.value()));
                                        else if (rk == "discountedOperation")
                                            row.operation = qs(r.stringOrEmpty(rf.value()));
                                        else if (rk == "discountedInstanceType")
                                            row.instanceType = qs(r.stringOrEmpty(rf.value()));
                                        else if (rk == "discountedRegionCode")
                                            row.regionCode = qs(r.stringOrEmpty(rf.value()));
                                        else if (rk == "discountedRate") {
                                            const std::string pricePath = ratePath + ".discountedRate";
                                            for (od::field pf : r.object(rf.value(), pricePath)) {
                                                const std::string_view pk = r.key(pf);
                                                if (pk == "price") {
                                                    row.rate
                                                        = r.price(r.string(pf.value(), pricePath + ".price"),
                                                            pricePath + ".price");
                                                    priced = true;
                                                } else if (pk == "currency") {
                                                    usd = r.stringOrEmpty(pf.value()) == "USD";
                                                }
                                            }
                                        }
                                    }
                                    if (!usd)
                                        ctx.skip(QStringLiteral("Savings Plan rates not in USD"));
                                    else if (!priced)
                                        r.fail(ratePath, r.lastPosition(),
                                            QStringLiteral("rate without discountedRate.price"));
                                    else {
                                        // The last string read: inside this rate object.
                                        row.position = qint64(r.offsetOf(r.lastPosition()));
                                        applySavingsPlanRow(ctx, row,
                                            [&file](qint64 at) { return file.lineColumn(size_t(at)); });
                                    }
                                }
                            }
                        }
                        ctx.progress(qint64(r.offsetOf(r.lastPosition())), qint64(file.size()));
                    }
                }
            }
        }
    });
}

void importSpotHistory(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    /// The history records of one region + type + platform.
    struct Group
    {
        PriceKey key;
        QList<SpotPricePoint> points;
    };
    QMap<QString, Group> groups;
    QDateTime newest;
    parseDocument(r, file.data(), file.size(), file.capacity(), [&](od::document &doc) {
        for (od::field top : doc.get_object()) {
            if (r.key(top) != "SpotPriceHistory")
                continue;
            size_t i = 0;
            for (auto item : r.array(top.value(), "SpotPriceHistory")) {
                const std::string path = "SpotPriceHistory[" + std::to_string(i++) + "]";
                QString zone, type, description, timestamp;
                std::string_view price;
                for (od::field f : r.object(item.value(), path)) {
                    const std::string_view k = r.key(f);
                    if (k == "SpotPrice")
                        price = r.string(f.value(), path2(path, k));
                    else if (k == "AvailabilityZone")
                        zone = qs(r.string(f.value(), path2(path, k)));
                    else if (k == "InstanceType")
                        type = qs(r.string(f.value(), path2(path, k)));
                    else if (k == "ProductDescription")
                        description = qs(r.string(f.value(), path2(path, k)));
                    else if (k == "Timestamp")
                        timestamp = qs(r.string(f.value(), path2(path, k)));
                }
                if (zone.isEmpty() || type.isEmpty() || price.empty() || timestamp.isEmpty())
                    r.fail(path, r.lastPosition(),
                        QStringLiteral(
                            "record needs AvailabilityZone, InstanceType, SpotPrice and Timestamp"));
                const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
                if (!when.isValid())
                    r.fail(path2(path, "Timestamp"), r.lastPosition(),
                        QStringLiteral("not an ISO 8601 time: \"%1\"").arg(timestamp));
                const auto platform = awsnames::platformFromSpotDescription(description);
                if (!platform) {
                    ctx.skip(QStringLiteral("Spot records for product \"%1\"").arg(description));
                    continue;
                }
                const Money amount = r.price(price, path2(path, "SpotPrice"));
                const PriceKey key { awsnames::regionOfZone(zone), type, *platform, Tenancy::Shared };
                Group &g = groups[key.region + u'|' + type + u'|' + platformName(*platform)];
                g.key = key;
                g.points.append(SpotPricePoint { zone, when.toUTC(), amount });
                if (!newest.isValid() || when > newest)
                    newest = when;
                ctx.counted();
            }
        }
    });
    if (newest.isValid() && !ctx.publicationDate().isValid())
        ctx.setPublicationDate(newest.toUTC().date(), QStringLiteral("SpotPriceHistory (newest Timestamp)"));
    for (const Group &g : std::as_const(groups))
        ctx.catalog().addSpotHistory(g.key, g.points, ctx.provenance());
}

void importSpotAdvisor(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    QMap<int, QString> labels;
    /// One advisor entry, kept until the ranges (which may come later) are known.
    struct Advice
    {
        PriceKey key;
        int savings = 0;
        int band = 0;
    };
    QList<Advice> advice;
    parseDocument(r, file.data(), file.size(), file.capacity(), [&](od::document &doc) {
        for (od::field top : doc.get_object()) {
            const std::string_view topKey = r.key(top);
            if (topKey == "ranges") {
                size_t i = 0;
                for (auto item : r.array(top.value(), "ranges")) {
                    const std::string path = "ranges[" + std::to_string(i++) + "]";
                    int64_t index = -1;
                    QString label;
                    for (od::field f : r.object(item.value(), path)) {
                        const std::string_view k = r.key(f);
                        if (k == "index" && (f.value().get_int64().get(index) || index < 0 || index > 1000))
                            r.fail(path + ".index", r.lastPosition(),
                                QStringLiteral("expected an integer from 0 to 1000"));
                        else if (k == "label")
                            label = qs(r.string(f.value(), path + ".label"));
                    }
                    if (index < 0)
                        r.fail(path, r.lastPosition(), QStringLiteral("range without \"index\""));
                    if (labels.contains(int(index)) && labels.value(int(index)) != label)
                        r.fail(path + ".index", r.lastPosition(),
                            QStringLiteral("range index %1 is given twice with different labels").arg(index));
                    labels.insert(int(index), label);
                }
            } else if (topKey == "spot_advisor") {
                for (od::field regionField : r.object(top.value(), "spot_advisor")) {
                    const QString region = qs(r.key(regionField));
                    const std::string regionPath = path2("spot_advisor", region.toStdString());
                    for (od::field osField : r.object(regionField.value(), regionPath)) {
                        const QString os = qs(r.key(osField));
                        const std::string osPath = path2(regionPath, os.toStdString());
                        const auto platform = platformFromString(os);
                        if (!platform) {
                            ctx.skip(QStringLiteral("Spot Advisor systems other than Linux / Windows"));
                            continue;
                        }
                        for (od::field typeField : r.object(osField.value(), osPath)) {
                            const QString type = qs(r.key(typeField));
                            const std::string typePath = path2(osPath, type.toStdString());
                            Advice a { PriceKey { region, type, *platform, Tenancy::Shared }, -1000, -1 };
                            const qint64 at = qint64(r.offsetOf(r.lastPosition()));
                            for (od::field f : r.object(typeField.value(), typePath)) {
                                const std::string_view k = r.key(f);
                                if (k != "s" && k != "r")
                                    continue;
                                // Range-checked as 64-bit integers before narrowing: 4294967301 must
                                // not become 5.
                                int64_t v = 0;
                                const bool savings = k == "s";
                                const int64_t lo = savings ? -100 : 0, hi = savings ? 100 : 1000;
                                if (f.value().get_int64().get(v) || v < lo || v > hi)
                                    r.fail(path2(typePath, k), r.lastPosition(),
                                        QStringLiteral("expected an integer from %1 to %2").arg(lo).arg(hi));
                                int &target = savings ? a.savings : a.band;
                                const int defaultValue = savings ? -1000 : -1;
                                if (target != defaultValue && target != int(v))
                                    r.fail(path2(typePath, k), r.lastPosition(),
                                        QStringLiteral("the key is given twice with different values"));
                                target = int(v);
                            }
                            // The same type listed twice (a duplicate JSON key) must agree.
                            ctx.checkRepeat(QStringLiteral("spot_advisor.%1.%2.%3").arg(region, os, type),
                                QStringLiteral("s=%1 r=%2").arg(a.savings).arg(a.band), at,
                                [&file](qint64 p) { return file.lineColumn(size_t(p)); });
                            // The real feed holds a few negative savings (Spot above On-Demand): kept as
                            // published.
                            if (a.savings < 0 && a.savings >= -100)
                                ctx.skip(QStringLiteral(
                                    "negative savings % kept as published (Spot above On-Demand)"));
                            if (a.savings < -100 || a.savings > 100 || a.band < 0)
                                r.fail(typePath, r.lastPosition(),
                                    QStringLiteral(
                                        "needs \"s\" (savings %, -100..100) and \"r\" (range index)"));
                            advice.append(a);
                        }
                    }
                }
            }
        }
    });
    for (const Advice &a : std::as_const(advice)) {
        if (!labels.contains(a.band))
            ctx.fail(QStringLiteral("spot_advisor.%1.%2").arg(a.key.region, a.key.instanceType),
                QStringLiteral("range index %1 is not in \"ranges\"").arg(a.band));
        ctx.catalog().setSpotAdvice(
            a.key, SpotAdvice { a.savings, a.band, labels.value(a.band), ctx.provenance() });
        ctx.counted();
    }
}

} // namespace ec2lab::catalog::importer
