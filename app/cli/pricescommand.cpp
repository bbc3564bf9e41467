// `ec2lab prices`: import price files, show and list prices, refresh from AWS, build the snapshot.

#include "catalog/awsnames.h"
#include "catalog/cataloglock.h"
#include "catalog/catalogstore.h"
#include "catalog/priceimporter.h"
#include "catalog/snapshotbuilder.h"
#include "commands.h"
#include "inputfile.h"
#include "net/cancelonsignal.h"
#include "net/pricerefresher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <limits>
#include <unistd.h>

namespace ec2lab::app {

namespace {

using namespace ec2lab::catalog;

const char kUsage[]
    = "Usage: ec2lab prices import FILE... [--format FORMAT] [--date YYYY-MM-DD] [--source LABEL]\n"
      "                              [--region R] [--verbose]\n"
      "       ec2lab prices show --region R --type T [--platform P] [--tenancy T] [--json]\n"
      "       ec2lab prices list --region R [--family F] [--min-vcpu N] [--min-memory GIB]\n"
      "                          [--arch x86_64|arm64] [--json]\n"
      "       ec2lab prices refresh --region R [--region R...] [--base-url URL] [--no-savings-plans]\n"
      "                             [--verbose]\n"
      "       ec2lab prices info\n"
      "       ec2lab prices build-snapshot --fixtures DIR --output FILE [--provenance FILE.md]\n"
      "\n"
      "Prices come from the snapshot bundled with ec2lab, overlaid by what you imported or refreshed\n"
      "(stored in the data folder; $EC2LAB_DATA_DIR overrides it). A price the data does not give is\n"
      "shown as absent; estimates are marked as such with the rule used.\n"
      "\n"
      "import    Read AWS price files into the local catalog. FORMAT: auto (default), offer-json,\n"
      "          offer-csv, getproducts, pricing-page, savings-plans, spot-history, spot-advisor,\n"
      "          price-table, pricesim-csv, host-table-csv. --date dates files that carry no\n"
      "          publication date. --region R (a code such as us-east-1) is the Region of the\n"
      "          formats without a Region column: price-table, pricesim-csv and host-table-csv;\n"
      "          such a file needs it unless a \"# region: R\" comment line names the Region,\n"
      "          and the two must agree. The other formats name their Regions themselves and\n"
      "          do not use --region. A file that fails leaves the catalog as it was; a damaged\n"
      "          catalog is replaced. A second import waits for the first (the catalog is\n"
      "          locked while it is loaded, merged and saved).\n"
      "show      All prices of one instance type (--platform linux|windows|windows-byol|rhel|rhel-ha|\n"
      "          suse|ubuntu-pro, default linux; --tenancy shared|dedicated, default shared).\n"
      "list      Instance types priced in a region, with specs and On-Demand price.\n"
      "refresh   Download the region's EC2 and Savings Plans offer files from the AWS Price List\n"
      "          (default base URL https://pricing.us-east-1.amazonaws.com) and import them. Stops a\n"
      "          download that is too slow or too large (see the README); Ctrl+C cancels.\n"
      "info      Snapshot date, sources and counts of the catalog in use.\n"
      "\n"
      "Options:\n"
      "  --catalog FILE  Use this catalog file instead of the bundled snapshot + local data\n"
      "  --verbose       Progress lines on stderr (import, refresh; shown anyway on a terminal)\n"
      "  -h, --help      Show this help\n"
      "\n"
      "Exit status: 0 success, 1 bad input or failed operation, 2 usage error.\n";

/// A tiny option scanner: "--name value" pairs, bare flags and positional arguments.
struct Args
{
    QStringList positional;
    QMultiHash<QString, QString> values;
    QSet<QString> flags;
    QString error;

    static Args parse(
        const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
    {
        Args a;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &arg = args[i];
            if (!arg.startsWith(QLatin1String("--"))) {
                a.positional << arg;
                continue;
            }
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(u'=');
            const bool inlineValue = eq >= 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        a.error = QStringLiteral("option --%1 needs a value").arg(name);
                        return a;
                    }
                    value = args[++i];
                }
                a.values.insert(name, value);
            } else if (flagOptions.contains(name) && !inlineValue) {
                a.flags.insert(name);
            } else {
                a.error = QStringLiteral("unknown option %1").arg(quotedValue(arg));
                return a;
            }
        }
        return a;
    }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return values.contains(name) ? values.value(name) : fallback;
    }
};

int usageError(CommandIo &io, const QString &message)
{
    printError(io, message + QStringLiteral(" (see ec2lab prices --help)"));
    return ExitUsage;
}

PriceCatalog loadCatalog(const Args &a)
{
    if (a.values.contains(QStringLiteral("catalog")))
        return CatalogStore::load(a.value(QStringLiteral("catalog")));
    return CatalogStore::loadCurrent();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("unknown");
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

void addProvenance(QJsonObject &o, const Provenance &p)
{
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("date"), dateJson(p.date));
    o.insert(QStringLiteral("estimate"), p.estimate);
    o.insert(QStringLiteral("derived"), p.derived);
    if (!p.rule.isEmpty())
        o.insert(QStringLiteral("rule"), p.rule);
}

QJsonObject quoteToJson(const PriceQuote &q, const PriceCatalog &catalog)
{
    QJsonObject o;
    o.insert(QStringLiteral("region"), q.key.region);
    o.insert(QStringLiteral("region_name"), awsnames::locationForRegionCode(q.key.region));
    o.insert(QStringLiteral("instance_type"), q.key.instanceType);
    o.insert(QStringLiteral("platform"), platformName(q.key.platform));
    o.insert(QStringLiteral("tenancy"), tenancyName(q.key.tenancy));
    o.insert(QStringLiteral("snapshot_date"), dateJson(catalog.newestDate()));
    if (q.spec) {
        const InstanceSpec &s = *q.spec;
        QJsonObject spec;
        spec.insert(QStringLiteral("vcpu"), s.vcpu);
        spec.insert(QStringLiteral("memory_gib"),
            s.memoryGib.isZero() ? QJsonValue() : QJsonValue(s.memoryGib.toPlainString()));
        spec.insert(QStringLiteral("architecture"), toString(s.architecture));
        spec.insert(QStringLiteral("family"), s.family);
        spec.insert(QStringLiteral("size"), s.size);
        spec.insert(QStringLiteral("category"), toString(s.category));
        spec.insert(QStringLiteral("generation"), toString(s.generation));
        // The factor the cost model applies (a metal size: its family's largest), as `cost` uses it.
        const auto factor = catalog.normalizationFactor(s.name);
        spec.insert(QStringLiteral("normalization_factor"),
            factor ? QJsonValue(factor->toPlainString()) : QJsonValue());
        o.insert(QStringLiteral("specs"), spec);
    } else {
        o.insert(QStringLiteral("specs"), QJsonValue());
    }
    if (q.onDemand) {
        QJsonObject od { { QStringLiteral("per_hour"), q.onDemand->perHour.toPlainString() } };
        addProvenance(od, q.onDemand->provenance);
        o.insert(QStringLiteral("on_demand"), od);
    } else {
        o.insert(QStringLiteral("on_demand"), QJsonValue());
    }
    QJsonArray reserved;
    for (const ReservedPrice &r : q.reserved) {
        QJsonObject ri { { QStringLiteral("class"), offeringClassName(r.offeringClass) },
            { QStringLiteral("term"), termName(r.term) },
            { QStringLiteral("payment"), purchaseOptionName(r.payment) },
            { QStringLiteral("upfront"), r.upfront.toPlainString() },
            { QStringLiteral("hourly"), r.hourly.toPlainString() },
            { QStringLiteral("effective_hourly"), r.effectiveHourly().toPlainString() } };
        addProvenance(ri, r.provenance);
        reserved.append(ri);
    }
    o.insert(QStringLiteral("reserved"), reserved);
    QJsonArray plans;
    for (const SavingsPlanRate &p : q.savingsPlans) {
        QJsonObject sp { { QStringLiteral("type"), savingsPlanTypeName(p.type) },
            { QStringLiteral("term"), termName(p.term) },
            { QStringLiteral("payment"), purchaseOptionName(p.payment) },
            { QStringLiteral("per_hour"), p.perHour.toPlainString() } };
        addProvenance(sp, p.provenance);
        plans.append(sp);
    }
    o.insert(QStringLiteral("savings_plans"), plans);
    if (q.spot.advice || q.spot.perHour) {
        QJsonObject spot;
        if (q.spot.advice) {
            spot.insert(QStringLiteral("savings_percent"), QString::number(q.spot.advice->savingsPercent));
            spot.insert(QStringLiteral("interruption"), q.spot.advice->bandLabel);
            spot.insert(QStringLiteral("advisor_source"), q.spot.advice->provenance.source);
            spot.insert(QStringLiteral("advisor_date"), dateJson(q.spot.advice->provenance.date));
        }
        spot.insert(QStringLiteral("per_hour"),
            q.spot.perHour ? QJsonValue(q.spot.perHour->toPlainString()) : QJsonValue());
        if (q.spot.perHour)
            addProvenance(spot, q.spot.provenance);
        QJsonArray zones;
        for (const SpotPricePoint &p : q.spot.latestPerZone)
            zones.append(QJsonObject { { QStringLiteral("zone"), p.availabilityZone },
                { QStringLiteral("per_hour"), p.perHour.toPlainString() },
                { QStringLiteral("since"), p.timestamp.toString(Qt::ISODate) } });
        if (!zones.isEmpty())
            spot.insert(QStringLiteral("latest_per_zone"), zones);
        o.insert(QStringLiteral("spot"), spot);
    } else {
        o.insert(QStringLiteral("spot"), QJsonValue());
    }
    if (q.dedicatedHost) {
        const DedicatedHostPrice &h = *q.dedicatedHost;
        QJsonObject host { { QStringLiteral("family"), h.family },
            { QStringLiteral("per_host_hour"),
                h.hasOnDemand() ? QJsonValue(h.perHostHour.toPlainString()) : QJsonValue() } };
        QJsonObject caps;
        for (const auto &c : h.capacities)
            caps.insert(c.first, c.second);
        host.insert(QStringLiteral("capacities"), caps);
        if (h.hasOnDemand())
            addProvenance(host, h.provenance);
        QJsonArray hostReserved;
        for (const ReservedPrice &r : h.reserved) {
            QJsonObject ri { { QStringLiteral("term"), termName(r.term) },
                { QStringLiteral("payment"), purchaseOptionName(r.payment) },
                { QStringLiteral("upfront"), r.upfront.toPlainString() },
                { QStringLiteral("hourly"), r.hourly.toPlainString() } };
            addProvenance(ri, r.provenance);
            hostReserved.append(ri);
        }
        host.insert(QStringLiteral("reserved"), hostReserved);
        o.insert(QStringLiteral("dedicated_host"), host);
    } else {
        o.insert(QStringLiteral("dedicated_host"), QJsonValue());
    }
    // Region-wide rates: EBS per GB-month by volume type, public IPv4 per address-hour.
    const PriceCatalog::RegionPrices region = catalog.regionData().value(q.key.region);
    auto rateJson = [](const RegionalRate &r) {
        QJsonObject x { { QStringLiteral("price"), r.price.toPlainString() },
            { QStringLiteral("unit"), r.unit } };
        addProvenance(x, r.provenance);
        return x;
    };
    QJsonObject ebs;
    for (auto it = region.ebs.cbegin(); it != region.ebs.cend(); ++it)
        ebs.insert(it.key(), rateJson(it.value()));
    o.insert(QStringLiteral("region_rates"),
        QJsonObject { { QStringLiteral("ebs_gb_month"), ebs },
            { QStringLiteral("public_ipv4_hour"),
                region.publicIpv4 ? QJsonValue(rateJson(*region.publicIpv4)) : QJsonValue() } });
    return o;
}

QString provText(const Provenance &p)
{
    QString s = QStringLiteral("[%1, %2").arg(p.source, dateText(p.date));
    if (p.estimate)
        s += QStringLiteral(", estimate: ") + p.rule;
    else if (p.derived)
        s += QStringLiteral(", derived: ") + p.rule;
    return s + u']';
}

void printQuote(QTextStream &out, const PriceQuote &q, const PriceCatalog &catalog)
{
    out << q.key.instanceType << " in " << awsnames::regionWithName(q.key.region) << " ("
        << platformName(q.key.platform) << ", " << tenancyName(q.key.tenancy) << "), prices as of "
        << dateText(catalog.newestDate()) << '\n';
    if (q.spec) {
        const auto factor = catalog.normalizationFactor(q.spec->name);
        out << "  " << q.spec->vcpu << " vCPU, " << q.spec->memoryGib.toPlainString() << " GiB, "
            << toString(q.spec->architecture) << ", " << toString(q.spec->category)
            << ", normalization factor " << (factor ? factor->toPlainString() : QStringLiteral("-")) << '\n';
    }
    out << "On-Demand:        "
        << (q.onDemand ? q.onDemand->perHour.toPlainString() + QStringLiteral(" USD/h ")
                       + provText(q.onDemand->provenance)
                       : QStringLiteral("absent"))
        << '\n';
    if (q.reserved.isEmpty())
        out << "Reserved:         absent\n";
    for (const ReservedPrice &r : q.reserved)
        out << "Reserved " << offeringClassName(r.offeringClass) << ' ' << termName(r.term) << ' '
            << purchaseOptionName(r.payment) << ": " << r.upfront.toPlainString() << " USD upfront + "
            << r.hourly.toPlainString() << " USD/h (effective " << r.effectiveHourly().toPlainString()
            << " USD/h) " << provText(r.provenance) << '\n';
    if (q.savingsPlans.isEmpty())
        out << "Savings Plans:    absent\n";
    for (const SavingsPlanRate &p : q.savingsPlans)
        out << "Savings Plan " << savingsPlanTypeName(p.type) << ' ' << termName(p.term) << ' '
            << purchaseOptionName(p.payment) << ": " << p.perHour.toPlainString() << " USD/h "
            << provText(p.provenance) << '\n';
    if (q.spot.advice)
        out << "Spot Advisor:     " << q.spot.advice->savingsPercent << "% savings, interruptions "
            << q.spot.advice->bandLabel << ' ' << provText(q.spot.advice->provenance) << '\n';
    out << "Spot:             "
        << (q.spot.perHour
                   ? q.spot.perHour->toPlainString() + QStringLiteral(" USD/h ") + provText(q.spot.provenance)
                   : QStringLiteral("absent"))
        << '\n';
    // A history the one Spot rule passed over (older than the On-Demand price) is still shown.
    if (!q.spot.fromHistory && !q.spot.latestPerZone.isEmpty()) {
        QStringList zones;
        for (const SpotPricePoint &p : q.spot.latestPerZone)
            zones << QStringLiteral("%1 %2 USD/h (%3)")
                         .arg(p.availabilityZone, p.perHour.toPlainString(),
                             p.timestamp.date().toString(Qt::ISODate));
        out << "Spot history:     " << zones.join(QStringLiteral(", "))
            << " [not used: older than On-Demand]\n";
    }
    const bool hostOnDemand = q.dedicatedHost && q.dedicatedHost->hasOnDemand();
    out << "Dedicated Host:   "
        << (hostOnDemand ? q.dedicatedHost->perHostHour.toPlainString() + QStringLiteral(" USD/host-hour ")
                       + provText(q.dedicatedHost->provenance)
                         : QStringLiteral("absent"))
        << '\n';
    if (q.dedicatedHost) {
        for (const ReservedPrice &r : q.dedicatedHost->reserved)
            out << "Dedicated Host reserved " << termName(r.term) << ' ' << purchaseOptionName(r.payment)
                << ": " << r.upfront.toPlainString() << " USD upfront + " << r.hourly.toPlainString()
                << " USD/host-hour " << provText(r.provenance) << '\n';
    }
    const PriceCatalog::RegionPrices region = catalog.regionData().value(q.key.region);
    QStringList volumeTypes = region.ebs.keys();
    volumeTypes.sort();
    if (volumeTypes.isEmpty())
        out << "EBS:              absent\n";
    for (const QString &type : volumeTypes)
        out << "EBS " << QString(type + u':').leftJustified(14) << region.ebs[type].price.toPlainString()
            << " USD/GB-month " << provText(region.ebs[type].provenance) << '\n';
    out << "Public IPv4:      "
        << (region.publicIpv4 ? region.publicIpv4->price.toPlainString()
                       + QStringLiteral(" USD/address-hour ") + provText(region.publicIpv4->provenance)
                              : QStringLiteral("absent"))
        << '\n';
}

/// Progress lines go to stderr only where someone watches them: a terminal, or --verbose. A
/// script reading stderr sees one line, the error, when something fails.
bool showProgress(const Args &a)
{
    return a.flags.contains(QStringLiteral("verbose")) || ::isatty(STDERR_FILENO) == 1;
}

int runImport(const QStringList &argv, CommandIo &io)
{
    const Args a = Args::parse(argv,
        { QStringLiteral("format"), QStringLiteral("date"), QStringLiteral("source"),
            QStringLiteral("region") },
        { QStringLiteral("verbose") });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    if (a.positional.isEmpty())
        return usageError(io, QStringLiteral("prices import needs at least one FILE"));
    const auto format = importFormatFromString(a.value(QStringLiteral("format"), QStringLiteral("auto")));
    if (!format)
        return usageError(
            io, QStringLiteral("unknown format %1").arg(quotedValue(a.value(QStringLiteral("format")))));
    ImportOptions options;
    if (a.values.contains(QStringLiteral("date"))) {
        options.fallbackDate = QDate::fromString(a.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.fallbackDate.isValid())
            return usageError(io, QStringLiteral("--date needs YYYY-MM-DD"));
    }
    options.sourceLabel = a.value(QStringLiteral("source"));
    options.region = a.value(QStringLiteral("region"));
    const bool verbose = showProgress(a);
    const QString cachePath = CatalogStore::cachePath();
    // The report is printed only once every file was imported and the catalog saved: a failed
    // import prints its one error line and nothing on stdout.
    QString report;
    QTextStream reportOut(&report);
    try {
        // A missing, unreadable or special file is named before anything waits for the lock.
        for (const QString &file : a.positional)
            InputFile probe(file, std::numeric_limits<qint64>::max());
        // Load, merge and save under the catalog's lock, so that a second import waits for the
        // first instead of overwriting its prices with an older copy.
        CatalogLock lock(cachePath);
        lock.acquire(CatalogLock::defaultTimeoutMs(), [&io](qint64 pid) {
            io.err << "ec2lab: waiting for another ec2lab (process " << pid
                   << ") to finish with the price catalog" << Qt::endl;
        });
        PriceCatalog cache;
        if (QFileInfo::exists(cachePath)) {
            try {
                cache = CatalogStore::load(cachePath);
            } catch (const InputError &damaged) {
                if (!QFileInfo(cachePath).isReadable())
                    throw; // unreadable, not damaged: leave it alone
                // A damaged catalog holds no price that can be trusted: the import replaces it
                // (and the report says so) rather than leave the user stuck with it.
                reportOut << "Replacing the damaged catalog: " << damaged.toString() << '\n';
                cache = PriceCatalog();
            }
        }
        for (const QString &file : a.positional) {
            if (verbose)
                io.err << "Importing " << file << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            const ImportReport fileReport = PriceImporter::importFile(file, cache, *format, options);
            reportOut << file << ": " << fileReport.toString() << " (" << timer.elapsed() << " ms)\n";
        }
        CatalogStore::save(cache, cachePath);
        reportOut << "Saved " << cachePath << ": " << cache.summary() << '\n';
    } catch (const InputError &e) {
        printError(io, e.toString() + QStringLiteral(" (the price catalog was not changed)"));
        return ExitFailure;
    }
    reportOut.flush();
    io.out << report;
    io.out.flush();
    return ExitSuccess;
}

std::optional<PriceKey> keyFromArgs(const Args &a, CommandIo &io, int *exitCode)
{
    PriceKey key;
    key.region = a.value(QStringLiteral("region"));
    key.instanceType = a.value(QStringLiteral("type"));
    if (key.region.isEmpty() || key.instanceType.isEmpty()) {
        *exitCode = usageError(io, QStringLiteral("prices show needs --region and --type"));
        return std::nullopt;
    }
    const auto platform = platformFromString(a.value(QStringLiteral("platform"), QStringLiteral("linux")));
    const auto tenancy = tenancyFromString(a.value(QStringLiteral("tenancy"), QStringLiteral("shared")));
    if (!platform || !tenancy) {
        *exitCode = usageError(io, QStringLiteral("unknown platform or tenancy"));
        return std::nullopt;
    }
    key.platform = *platform;
    key.tenancy = *tenancy;
    return key;
}

int runShow(const QStringList &argv, CommandIo &io)
{
    const Args a = Args::parse(argv,
        { QStringLiteral("region"), QStringLiteral("type"), QStringLiteral("platform"),
            QStringLiteral("tenancy"), QStringLiteral("catalog") },
        { QStringLiteral("json") });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    int code = ExitSuccess;
    const auto key = keyFromArgs(a, io, &code);
    if (!key)
        return code;
    try {
        const PriceCatalog catalog = loadCatalog(a);
        const PriceQuote q = catalog.quote(*key);
        // A family's host price alone does not make an unknown type ("m5.enormous") priced.
        if (!q.hasAnyPrice() && !(q.dedicatedHost && q.spec) && !q.spot.advice) {
            printError(io,
                QStringLiteral("no prices for %1 in %2 (%3, %4) in the catalog dated %5")
                    .arg(key->instanceType, awsnames::regionWithName(key->region),
                        platformName(key->platform), tenancyName(key->tenancy),
                        dateText(catalog.newestDate())));
            return ExitFailure;
        }
        if (a.flags.contains(QStringLiteral("json")))
            io.out << QJsonDocument(quoteToJson(q, catalog)).toJson(QJsonDocument::Indented);
        else
            printQuote(io.out, q, catalog);
        io.out.flush();
    } catch (const InputError &e) {
        printError(io, e.toString());
        return ExitFailure;
    }
    return ExitSuccess;
}

int runList(const QStringList &argv, CommandIo &io)
{
    const Args a = Args::parse(argv,
        { QStringLiteral("region"), QStringLiteral("family"), QStringLiteral("min-vcpu"),
            QStringLiteral("min-memory"), QStringLiteral("arch"), QStringLiteral("platform"),
            QStringLiteral("tenancy"), QStringLiteral("catalog") },
        { QStringLiteral("json") });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    const QString region = a.value(QStringLiteral("region"));
    if (region.isEmpty())
        return usageError(io, QStringLiteral("prices list needs --region"));
    InstanceFilter filter;
    filter.family = a.value(QStringLiteral("family"));
    bool ok = true;
    if (a.values.contains(QStringLiteral("min-vcpu")))
        filter.minVcpu = a.value(QStringLiteral("min-vcpu")).toInt(&ok);
    if (!ok || filter.minVcpu < 0)
        return usageError(io, QStringLiteral("--min-vcpu needs a whole number"));
    if (a.values.contains(QStringLiteral("min-memory"))) {
        const auto m = Money::parse(a.value(QStringLiteral("min-memory")));
        if (!m || m->isNegative())
            return usageError(io, QStringLiteral("--min-memory needs a number of GiB"));
        filter.minMemoryGib = *m;
    }
    if (a.values.contains(QStringLiteral("arch"))) {
        const QString arch = a.value(QStringLiteral("arch"));
        if (arch == u"x86_64")
            filter.architecture = Architecture::X86_64;
        else if (arch == u"arm64")
            filter.architecture = Architecture::Arm64;
        else
            return usageError(io, QStringLiteral("--arch is x86_64 or arm64"));
    }
    const auto platform = platformFromString(a.value(QStringLiteral("platform"), QStringLiteral("linux")));
    const auto tenancy = tenancyFromString(a.value(QStringLiteral("tenancy"), QStringLiteral("shared")));
    if (!platform || !tenancy)
        return usageError(io, QStringLiteral("unknown platform or tenancy"));
    try {
        const PriceCatalog catalog = loadCatalog(a);
        const QStringList types = catalog.instanceTypes(region, filter);
        QJsonArray rows;
        if (!a.flags.contains(QStringLiteral("json")))
            io.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                          .arg(QStringLiteral("type"), -22)
                          .arg(QStringLiteral("vCPU"), 5)
                          .arg(QStringLiteral("GiB"), 9)
                          .arg(QStringLiteral("arch"), -7)
                          .arg(QStringLiteral("On-Demand USD/h"));
        for (const QString &type : types) {
            const PriceQuote q = catalog.quote(PriceKey { region, type, *platform, *tenancy });
            const InstanceSpec spec = q.spec.value_or(InstanceSpec {});
            const QString od = q.onDemand ? q.onDemand->perHour.toPlainString() : QString();
            if (a.flags.contains(QStringLiteral("json"))) {
                rows.append(QJsonObject { { QStringLiteral("instance_type"), type },
                    { QStringLiteral("family"), spec.family }, { QStringLiteral("vcpu"), spec.vcpu },
                    { QStringLiteral("memory_gib"), spec.memoryGib.toPlainString() },
                    { QStringLiteral("architecture"), toString(spec.architecture) },
                    { QStringLiteral("category"), toString(spec.category) },
                    { QStringLiteral("on_demand_per_hour"), od.isEmpty() ? QJsonValue() : QJsonValue(od) },
                    { QStringLiteral("date"),
                        q.onDemand ? dateJson(q.onDemand->provenance.date) : QJsonValue() } });
            } else {
                io.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                              .arg(type, -22)
                              .arg(spec.vcpu, 5)
                              .arg(spec.memoryGib.toPlainString(), 9)
                              .arg(toString(spec.architecture), -7)
                              .arg(od.isEmpty() ? QStringLiteral("absent") : od);
            }
        }
        if (a.flags.contains(QStringLiteral("json")))
            io.out << QJsonDocument(
                QJsonObject { { QStringLiteral("region"), region },
                    { QStringLiteral("region_name"), awsnames::locationForRegionCode(region) },
                    { QStringLiteral("snapshot_date"), dateJson(catalog.newestDate()) },
                    { QStringLiteral("instance_types"), rows } })
                          .toJson(QJsonDocument::Indented);
        else
            io.out << types.size() << " instance types in " << awsnames::regionWithName(region)
                   << ", prices as of " << dateText(catalog.newestDate()) << '\n';
        io.out.flush();
    } catch (const InputError &e) {
        printError(io, e.toString());
        return ExitFailure;
    }
    return ExitSuccess;
}

int runRefresh(const QStringList &argv, CommandIo &io)
{
    const Args a = Args::parse(argv, { QStringLiteral("region"), QStringLiteral("base-url") },
        { QStringLiteral("no-savings-plans"), QStringLiteral("verbose") });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    const QStringList regions = a.values.values(QStringLiteral("region"));
    if (regions.isEmpty())
        return usageError(io, QStringLiteral("prices refresh needs --region"));
    PriceRefresher refresher;
    if (a.values.contains(QStringLiteral("base-url"))) {
        const QUrl url(a.value(QStringLiteral("base-url")));
        if (!url.isValid() || url.scheme().isEmpty())
            return usageError(io, QStringLiteral("--base-url needs an absolute URL"));
        QString why;
        if (!PriceRefresher::isAllowedBaseUrl(url, &why))
            return usageError(io, why);
        refresher.setBaseUrl(url);
    }
    refresher.setRegions(regions);
    refresher.setIncludeSavingsPlans(!a.flags.contains(QStringLiteral("no-savings-plans")));
    if (showProgress(a))
        QObject::connect(
            &refresher, &PriceRefresher::status, [&io](const QString &m) { io.err << m << Qt::endl; });
    // Ctrl+C (or a TERM) cancels: the downloads stop, their files are removed, the catalog stays.
    const CancelOnSignal cancelOnSignal([&refresher] { refresher.cancel(); });
    if (!refresher.run()) {
        printError(io, refresher.errorString() + QStringLiteral(" (the price catalog was not changed)"));
        return ExitFailure;
    }
    for (const QString &r : refresher.reports())
        io.out << r << '\n';
    io.out << "Saved " << CatalogStore::cachePath() << Qt::endl;
    return ExitSuccess;
}

// "Asia Pacific (Seoul) (ap-northeast-2), US East (N. Virginia) (us-east-1)"
QString regionsWithNames(const QStringList &codes)
{
    QStringList named;
    for (const QString &code : codes)
        named << awsnames::regionWithName(code);
    return named.join(QStringLiteral(", "));
}

int runInfo(const QStringList &argv, CommandIo &io)
{
    const Args a = Args::parse(argv, { QStringLiteral("catalog") }, {});
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    try {
        QElapsedTimer timer;
        timer.start();
        const PriceCatalog catalog = loadCatalog(a);
        const qint64 ms = timer.elapsed();
        io.out << "Prices as of " << dateText(catalog.newestDate()) << " (loaded in " << ms << " ms)\n"
               << catalog.summary() << "\nRegions: " << regionsWithNames(catalog.regions()) << "\nSources:\n";
        for (const auto &s : catalog.sources())
            io.out << "  " << dateText(s.second) << "  " << s.first << '\n';
        io.out << "Local data: " << CatalogStore::cachePath()
               << (QFile::exists(CatalogStore::cachePath()) ? "" : " (none)") << Qt::endl;
    } catch (const InputError &e) {
        printError(io, e.toString());
        return ExitFailure;
    }
    return ExitSuccess;
}

int runBuildSnapshot(const QStringList &argv, CommandIo &io)
{
    const Args a = Args::parse(
        argv, { QStringLiteral("fixtures"), QStringLiteral("output"), QStringLiteral("provenance") }, {});
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    if (!a.values.contains(QStringLiteral("fixtures")) || !a.values.contains(QStringLiteral("output")))
        return usageError(io, QStringLiteral("build-snapshot needs --fixtures and --output"));
    try {
        QStringList reports;
        const PriceCatalog catalog = SnapshotBuilder::build(a.value(QStringLiteral("fixtures")), &reports);
        CatalogStore::save(catalog, a.value(QStringLiteral("output")));
        if (a.values.contains(QStringLiteral("provenance"))) {
            QSaveFile md(a.value(QStringLiteral("provenance")));
            const QByteArray text = SnapshotBuilder::provenanceNote(catalog, reports).toUtf8();
            if (!md.open(QIODevice::WriteOnly) || md.write(text) != text.size() || !md.commit())
                throw InputError { md.fileName(), QString(), md.errorString() };
        }
        for (const QString &r : reports)
            io.out << r << '\n';
        io.out << "Wrote " << a.value(QStringLiteral("output")) << ": " << catalog.summary() << Qt::endl;
    } catch (const InputError &e) {
        printError(io, e.toString());
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace

int runPrices(const QStringList &args, CommandIo &io)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        if (args.isEmpty()) {
            io.err << kUsage;
            io.err.flush();
            return ExitUsage;
        }
        io.out << kUsage;
        io.out.flush();
        return ExitSuccess;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == u"import")
        return runImport(rest, io);
    if (sub == u"show")
        return runShow(rest, io);
    if (sub == u"list")
        return runList(rest, io);
    if (sub == u"refresh")
        return runRefresh(rest, io);
    if (sub == u"info")
        return runInfo(rest, io);
    if (sub == u"build-snapshot")
        return runBuildSnapshot(rest, io);
    return usageError(io, QStringLiteral("unknown prices command %1").arg(quotedValue(sub)));
}

} // namespace ec2lab::app
