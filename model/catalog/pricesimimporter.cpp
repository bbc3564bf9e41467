// Readers for two derived price tables with a comment preamble and a header row: the pricesim
// EC2 table (On-Demand, Standard RI effective rates, Compute Savings Plans rates for one Region)
// and a Dedicated Host price table (On-Demand and reserved hourly parts per host-hour).

#include "catalog/awsnames.h"
#include "catalog/csvscanner.h"
#include "catalog/importsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <string_view>
#include <vector>

namespace ec2lab::catalog::importer {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// The most data rows a table may hold: a Region prices about 1,000 instance types (and a host
/// table a few dozen families), so a larger table is a damaged or hostile file.
constexpr qint64 kMaxTableRows = 100000;

/// The comment block, the header and the Region of a derived table, read with the shared CSV
/// reader (csvscanner.h) so the same rules hold as for every other CSV: a record cut by the end
/// of the file is an error, a record is at most kMaxCsvRecordBytes long.
///
/// Contract: the Region comes only from an explicit "# region: CODE" comment line or the caller
/// (--region), never from a Region-like word elsewhere in the comments (a URL may hold one); when
/// both are given they must agree.
struct Preamble
{
    QString comments;
    std::vector<std::string> header;
    qint64 headerLine = 0;
    QString region;
};

void failIfCut(ImportContext &ctx, const CsvReader &csv)
{
    if (!csv.terminated())
        ctx.fail(QStringLiteral("line %1").arg(csv.line()),
            QStringLiteral(
                "the file ends in the middle of a row (no line end after the last row): cut short?"));
}

bool isBlankOrComment(const std::vector<std::string_view> &row)
{
    return row.empty() || (row.size() == 1 && row[0].empty()) || row[0].starts_with('#');
}

Preamble readPreamble(ImportContext &ctx, CsvReader &csv)
{
    static const QRegularExpression regionLineRe(
        QStringLiteral("^#\\s*region\\s*:\\s*(\\S+)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    Preamble p;
    p.region = ctx.options().region;
    qint64 regionLine = 0;
    std::vector<std::string_view> row;
    while (csv.next(row)) {
        if (!row.empty() && row[0].starts_with('#')) {
            // The comment may hold commas: rebuild the line.
            QStringList parts;
            for (const std::string_view f : row)
                parts << qs(f);
            const QString line = parts.join(u',');
            p.comments += line + u'\n';
            const auto m = regionLineRe.match(line.trimmed());
            if (m.hasMatch()) {
                const QString named = m.captured(1);
                const QString where = QStringLiteral("line %1, region").arg(csv.line());
                if (awsnames::locationForRegionCode(named).isEmpty())
                    ctx.fail(where, QStringLiteral("unknown Region code \"%1\"").arg(named.left(40)));
                if (!p.region.isEmpty() && p.region != named)
                    ctx.fail(where,
                        QStringLiteral("the file names Region %1 but %2 was asked for").arg(named, p.region));
                p.region = named;
                regionLine = csv.line();
            }
            continue;
        }
        if (isBlankOrComment(row))
            continue;
        failIfCut(ctx, csv);
        for (const std::string_view f : row)
            p.header.emplace_back(f);
        p.headerLine = csv.line();
        break;
    }
    if (p.header.empty())
        ctx.fail(QString(), QStringLiteral("no header row"));
    if (p.region.isEmpty())
        ctx.fail(QString(),
            QStringLiteral("the file does not name its Region: add a comment line \"# region: us-east-1\" "
                           "or give the Region (--region)"));
    if (!regionLine && awsnames::locationForRegionCode(p.region).isEmpty())
        ctx.fail(QString(), QStringLiteral("unknown Region code \"%1\"").arg(p.region.left(40)));
    return p;
}

/// Reads the data rows after the preamble: blank and comment lines are passed over; every row
/// must be complete (ended by a line end) and have the header's number of fields; \a body gets
/// each row with its line number.
template<typename Body> void forEachRow(ImportContext &ctx, CsvReader &csv, size_t columns, Body body)
{
    std::vector<std::string_view> row;
    qint64 rows = 0;
    while (csv.next(row)) {
        if (isBlankOrComment(row))
            continue;
        failIfCut(ctx, csv);
        if (row.size() != columns)
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("%1 fields; the header has %2").arg(row.size()).arg(columns));
        if (++rows > kMaxTableRows)
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("more than %1 rows (a Region has about 1,000 instance types)")
                    .arg(kMaxTableRows));
        body(row, csv.line());
    }
}

/// Column index of each wanted header name; -1 when absent.
struct Columns
{
    std::vector<std::string> header;
    int index(std::string_view name) const
    {
        for (size_t i = 0; i < header.size(); ++i) {
            if (header[i] == name)
                return int(i);
        }
        return -1;
    }
};

InstanceSpec specFor(const QString &name)
{
    InstanceSpec spec;
    spec.name = name;
    std::tie(spec.family, spec.size) = awsnames::splitInstanceType(name);
    spec.architecture = awsnames::inferArchitecture(spec.family);
    spec.architectureInferred = true;
    spec.normalizationFactor = awsnames::normalizationFactorForSize(spec.size);
    return spec;
}

const QString kRoundedRule = QStringLiteral(
    "effective hourly rate (upfront / term hours + hourly) rounded by the source to 6 significant digits");

} // namespace

void importPriceSimCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvReader first(file, ctx.fileName());
    const Preamble pre = readPreamble(ctx, first);
    const QString &region = pre.region;
    const QString &comments = pre.comments;
    const Columns cols { pre.header };
    const qint64 headerLine = pre.headerLine;
    if (!ctx.publicationDate().isValid()) {
        static const QRegularExpression retrieved(QStringLiteral("retrieved\\s+(\\d{4}-\\d{2}-\\d{2})"));
        const auto m = retrieved.match(comments);
        if (m.hasMatch())
            ctx.setPublicationDate(
                QDate::fromString(m.captured(1), Qt::ISODate), QStringLiteral("comment lines"));
    }
    const int cType = cols.index("instance_type");
    const int cOd = cols.index("od_hourly");
    if (cType < 0 || cOd < 0)
        ctx.fail(QStringLiteral("line %1").arg(headerLine),
            QStringLiteral("the header needs the columns instance_type and od_hourly"));
    const int cVcpu = cols.index("vcpu");
    const int cMemory = cols.index("memory_gib");

    // First pass: every row complete, each instance type once (an identical repeat is merged, a
    // different one refused naming both lines), and the On-Demand price of each type, which the
    // *.metal-24xl check compares with its family's 24xlarge and 48xlarge rows (maybe later ones).
    // Memory: one entry per type, at most kMaxTableRows.
    QHash<QString, QString> odByType;
    const auto describeLine = [](qint64 l) { return QStringLiteral("line %1").arg(l); };
    forEachRow(ctx, first, cols.header.size(), [&](const std::vector<std::string_view> &row, qint64 line) {
        const QString type = qs(row[size_t(cType)]);
        QStringList fields;
        for (const std::string_view f : row)
            fields << qs(f);
        const QString whole = fields.join(u',');
        ctx.checkRepeat(QString(QStringLiteral("instance type ") + type), whole, line, describeLine);
        odByType.insert(type, qs(row[size_t(cOd)]));
    });

    // Second pass: the prices.
    CsvReader csv(file, ctx.fileName());
    readPreamble(ctx, csv);
    QSet<QString> done;
    forEachRow(ctx, csv, cols.header.size(), [&](const std::vector<std::string_view> &fields, qint64 line) {
        struct
        {
            qint64 line;
            const std::vector<std::string_view> &fields;
        } r { line, fields };
        const PriceKey base { region, QString(), Platform::Linux, Tenancy::Shared };
        const QString type = qs(r.fields[size_t(cType)]);
        if (done.contains(type))
            return; // an identical repeat (checked in the first pass)
        done.insert(type);
        auto where = [&](int col) {
            return QStringLiteral("line %1, column %2").arg(r.line).arg(qs(cols.header[size_t(col)]));
        };
        if (!isInstanceTypeName(type))
            ctx.fail(where(cType), QStringLiteral("not an instance type: ") + quotedValue(type));
        // Trap: some *.metal-24xl rows carry the 48xlarge price (m8gb, r8gb). A metal-24xl host is
        // the 24xlarge's size, so a row priced like the 48xlarge and unlike the 24xlarge is wrong
        // data and dropped whole (every column comes from the same wrong mapping).
        if (type.endsWith(QLatin1StringView(".metal-24xl"))) {
            const QString family = type.section(u'.', 0, 0);
            const QString od = odByType.value(type);
            const QString xl24 = odByType.value(family + QStringLiteral(".24xlarge"));
            const QString xl48 = odByType.value(family + QStringLiteral(".48xlarge"));
            if (!od.isEmpty() && od == xl48 && od != xl24) {
                ctx.skip(QStringLiteral("*.metal-24xl rows carrying the family's 48xlarge price"));
                return;
            }
        }
        InstanceSpec spec = specFor(type);
        spec.generation = Generation::Current; // the generator keeps current-generation types only
        if (cVcpu >= 0 && !r.fields[size_t(cVcpu)].empty()) {
            // Range-checked before narrowing: the largest EC2 instances have 896 vCPUs.
            const auto vcpu = parseInteger(r.fields[size_t(cVcpu)], 1, 100000);
            if (!vcpu)
                ctx.fail(where(cVcpu),
                    QStringLiteral("expected a vCPU count (1 to 100000), got \"%1\"")
                        .arg(qs(r.fields[size_t(cVcpu)].substr(0, 40))));
            spec.vcpu = int(*vcpu);
        }
        if (cMemory >= 0 && !r.fields[size_t(cMemory)].empty())
            spec.memoryGib = ctx.parsePrice(r.fields[size_t(cMemory)], where(cMemory));
        ctx.catalog().addInstanceSpec(spec);

        PriceKey key = base;
        key.instanceType = type;
        auto value = [&](int col) -> std::optional<Money> {
            if (col < 0 || r.fields[size_t(col)].empty())
                return std::nullopt;
            return ctx.parsePrice(r.fields[size_t(col)], where(col));
        };
        if (const auto od = value(cOd)) {
            ctx.catalog().setOnDemand(key, OnDemandPrice { *od, ctx.provenance() });
            ctx.counted();
        }
        for (const Term years : { Term::OneYear, Term::ThreeYears }) {
            const auto name = [years](const char *suffix) {
                return QStringLiteral("ri_std_%1y_%2")
                    .arg(termYears(years))
                    .arg(QLatin1StringView(suffix))
                    .toStdString();
            };
            Provenance derived = ctx.provenance();
            derived.derived = true;
            if (const auto nu = value(cols.index(name("nu")))) {
                Provenance p = derived;
                p.rule
                    = QStringLiteral("No Upfront hourly rate rounded by the source to 6 significant digits");
                ctx.catalog().setReserved(key,
                    ReservedPrice { OfferingClass::Standard, years, PurchaseOption::NoUpfront, {}, *nu, p });
                ctx.counted();
            }
            if (const auto pu = value(cols.index(name("pu_eff")))) {
                Provenance p = derived;
                p.rule = kRoundedRule;
                ReservedPrice rp { OfferingClass::Standard, years, PurchaseOption::PartialUpfront, {}, *pu,
                    p };
                rp.effectiveOnly = true;
                ctx.catalog().setReserved(key, rp);
                ctx.counted();
            }
            const auto au = value(cols.index(name("au_eff")));
            const auto fee = value(cols.index(name("au_upfront_derived")));
            if (fee && au) {
                // All Upfront has no hourly part: the fee is the effective rate times the term's
                // hours, an integer the 6-digit rounding leaves unique (the source's own check).
                Provenance p = derived;
                p.rule = QStringLiteral("All Upfront fee recovered as round(effective rate %1/h x %2 h)")
                             .arg(au->toPlainString())
                             .arg(ec2lab::termHours(years));
                ctx.catalog().setReserved(key,
                    ReservedPrice {
                        OfferingClass::Standard, years, PurchaseOption::AllUpfront, *fee, {}, p });
                ctx.counted();
            } else if (au) {
                Provenance p = derived;
                p.rule = kRoundedRule;
                ReservedPrice rp { OfferingClass::Standard, years, PurchaseOption::AllUpfront, {}, *au, p };
                rp.effectiveOnly = true;
                ctx.catalog().setReserved(key, rp);
                ctx.counted();
            }
            const std::pair<const char *, PurchaseOption> plans[] = { { "nu", PurchaseOption::NoUpfront },
                { "pu", PurchaseOption::PartialUpfront }, { "au", PurchaseOption::AllUpfront } };
            for (const auto &[suffix, pay] : plans) {
                const std::string column = QStringLiteral("csp_%1y_%2")
                                               .arg(termYears(years))
                                               .arg(QLatin1StringView(suffix))
                                               .toStdString();
                if (const auto rate = value(cols.index(column))) {
                    ctx.catalog().setSavingsPlanRate(key,
                        SavingsPlanRate { SavingsPlanType::Compute, years, pay, *rate, ctx.provenance() });
                    ctx.counted();
                }
            }
        }
        ctx.progress(csv.offset(), qint64(file.size()));
    });
}

void importHostTableCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file, ctx.fileName());
    const Preamble pre = readPreamble(ctx, csv);
    const QString &region = pre.region;
    const QString &comments = pre.comments;
    const Columns cols { pre.header };
    const qint64 headerLine = pre.headerLine;
    if (!ctx.publicationDate().isValid()) {
        static const QRegularExpression since(
            QStringLiteral("identical since[^(]*\\((\\d{4}-\\d{2}-\\d{2})\\)"));
        const auto m = since.match(comments);
        if (m.hasMatch())
            ctx.setPublicationDate(
                QDate::fromString(m.captured(1), Qt::ISODate), QStringLiteral("comment lines"));
    }
    const int cFamily = cols.index("family");
    const int cPurchase = cols.index("purchase");
    const int cTerm = cols.index("term");
    const int cPayment = cols.index("payment");
    const int cMonthly = cols.index("monthly_usd");
    const int cHourly = cols.index("usd_per_host_hour");
    if (cFamily < 0 || cPurchase < 0 || cTerm < 0 || cPayment < 0 || cHourly < 0)
        ctx.fail(QStringLiteral("line %1").arg(headerLine),
            QStringLiteral(
                "the header needs the columns family, purchase, term, payment and usd_per_host_hour"));
    const auto describeLine = [](qint64 l) { return QStringLiteral("line %1").arg(l); };
    forEachRow(ctx, csv, cols.header.size(), [&](const std::vector<std::string_view> &f, qint64 line) {
        auto where = [&](int col) {
            return QStringLiteral("line %1, column %2").arg(line).arg(qs(cols.header[size_t(col)]));
        };
        const QString family = qs(f[size_t(cFamily)]);
        const QString purchase = qs(f[size_t(cPurchase)]);
        const QString payment = qs(f[size_t(cPayment)]);
        const Money hourly = ctx.parsePrice(f[size_t(cHourly)], where(cHourly));
        if (cMonthly >= 0) {
            // The table's hourly column is the monthly figure / 730; both must agree to the cent.
            const Money monthly = ctx.parsePrice(f[size_t(cMonthly)], where(cMonthly));
            if ((hourly * 730).rounded(2) != monthly)
                ctx.fail(where(cHourly),
                    QStringLiteral("%1 x 730 h is not the monthly %2")
                        .arg(hourly.toPlainString(), monthly.toPlainString()));
        }
        DedicatedHostPrice host;
        host.family = family;
        if (purchase == u"on_demand") {
            host.perHostHour = hourly;
            host.provenance = ctx.provenance();
        } else if (purchase == u"reserved") {
            const QString term = qs(f[size_t(cTerm)]);
            const int years = term == u"1yr" ? 1 : term == u"3yr" ? 3 : 0;
            if (years == 0)
                ctx.fail(where(cTerm), QStringLiteral("expected 1yr or 3yr, found \"%1\"").arg(term));
            if (payment != u"no_upfront") {
                // Only the recurring part is given; a Partial or All Upfront host reservation
                // without its fee is not a price.
                ctx.skip(
                    QStringLiteral("host reservations without their upfront fee (Partial / All Upfront)"));
                return;
            }
            host.reserved.append(
                ReservedPrice { OfferingClass::Standard, years == 3 ? Term::ThreeYears : Term::OneYear,
                    PurchaseOption::NoUpfront, {}, hourly, ctx.provenance() });
        } else {
            ctx.fail(where(cPurchase),
                QStringLiteral("expected on_demand or reserved, found \"%1\"").arg(purchase));
        }
        // One price per family, purchase, term and payment: an identical repeat is merged, a
        // different one refused naming both lines.
        ctx.checkRepeat(QStringLiteral("host %1 %2 %3 %4")
                            .arg(family, purchase, qs(f[size_t(cTerm)]), payment)
                            .simplified(),
            hourly.toPlainString(), line, describeLine);
        ctx.catalog().setDedicatedHost(region, host);
        ctx.counted();
    });
}

} // namespace ec2lab::catalog::importer
