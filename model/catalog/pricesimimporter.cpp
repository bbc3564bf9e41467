// Readers for two derived price tables with a comment preamble and a header row: the pricesim
// EC2 table (On-Demand, Standard RI effective rates, Compute Savings Plans rates for one Region)
// and a Dedicated Host price table (On-Demand and reserved hourly parts per host-hour).

#include "catalog/awsnames.h"
#include "catalog/importsupport.h"

#include <QRegularExpression>
#include <string_view>
#include <vector>

namespace ec2lab::catalog::importer {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Splits a mapped file into lines and unquoted comma-separated fields. The tables read here are
/// small, unquoted and start with '#' comment lines.
class SimpleCsv
{
public:
    explicit SimpleCsv(const MappedFile &file)
        : m_p(file.data())
        , m_end(file.data() + file.size())
    {
    }
    /// Next line (without CR/LF); false at the end.
    bool nextLine(std::string_view &line)
    {
        if (m_p >= m_end)
            return false;
        const char *start = m_p;
        const char *nl = static_cast<const char *>(memchr(m_p, '\n', size_t(m_end - m_p)));
        const char *stop = nl ? nl : m_end;
        m_p = nl ? nl + 1 : m_end;
        ++m_line;
        line = std::string_view(start, size_t(stop - start));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        return true;
    }
    int line() const { return m_line; }
    qint64 offset(const MappedFile &file) const { return qint64(m_p - file.data()); }

    static std::vector<std::string_view> split(std::string_view line)
    {
        std::vector<std::string_view> out;
        size_t from = 0;
        while (true) {
            const size_t comma = line.find(',', from);
            out.push_back(
                line.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
            if (comma == std::string_view::npos)
                break;
            from = comma + 1;
        }
        return out;
    }

private:
    const char *m_p;
    const char *m_end;
    int m_line = 0;
};

/// Reads the comment block and the header row; returns the header fields.
std::vector<std::string_view> readPreamble(ImportContext &ctx, SimpleCsv &csv, QString &comments)
{
    std::string_view line;
    while (csv.nextLine(line)) {
        if (line.starts_with('#')) {
            comments += qs(line) + u'\n';
            continue;
        }
        if (line.empty())
            continue;
        return SimpleCsv::split(line);
    }
    ctx.fail(QString(), QStringLiteral("no header row"));
}

/// The Region a comment block names: `region = "us-east-1"` first, else the first known code.
QString regionFromComments(ImportContext &ctx, const QString &comments)
{
    static const QRegularExpression assigned(QStringLiteral("region\\s*=\\s*\"([a-z0-9-]+)\""));
    static const QRegularExpression anyCode(QStringLiteral("\\b([a-z]{2}(?:-gov)?-[a-z]+-\\d)\\b"));
    const auto m = assigned.match(comments);
    if (m.hasMatch() && !awsnames::locationForRegionCode(m.captured(1)).isEmpty())
        return m.captured(1);
    for (auto it = anyCode.globalMatch(comments); it.hasNext();) {
        const QString candidate = it.next().captured(1);
        if (!awsnames::locationForRegionCode(candidate).isEmpty())
            return candidate;
    }
    ctx.fail(QString(), QStringLiteral("the comment lines do not name the region (e.g. \"us-east-1\")"));
}

/// Column index of each wanted header name; -1 when absent.
struct Columns
{
    std::vector<std::string_view> header;
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
    SimpleCsv csv(file);
    QString comments;
    Columns cols { readPreamble(ctx, csv, comments) };
    const int headerLine = csv.line();
    const QString region = regionFromComments(ctx, comments);
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

    // Read every row first: the *.metal-24xl check compares a row with its family's 24xlarge
    // and 48xlarge rows, which may come later.
    struct Row
    {
        int line;
        std::vector<std::string_view> fields;
    };
    std::vector<Row> rows;
    QHash<QString, QString> odByType;
    std::string_view line;
    while (csv.nextLine(line)) {
        if (line.empty() || line.starts_with('#'))
            continue;
        Row r { csv.line(), SimpleCsv::split(line) };
        if (r.fields.size() != cols.header.size())
            ctx.fail(QStringLiteral("line %1").arg(r.line),
                QStringLiteral("expected %1 columns, found %2").arg(cols.header.size()).arg(r.fields.size()));
        odByType.insert(qs(r.fields[size_t(cType)]), qs(r.fields[size_t(cOd)]));
        rows.push_back(std::move(r));
    }

    const PriceKey base { region, QString(), Platform::Linux, Tenancy::Shared };
    for (const Row &r : rows) {
        const QString type = qs(r.fields[size_t(cType)]);
        auto where = [&](int col) {
            return QStringLiteral("line %1, column %2").arg(r.line).arg(qs(cols.header[size_t(col)]));
        };
        if (type.isEmpty() || !type.contains(u'.'))
            ctx.fail(where(cType), QStringLiteral("not an instance type: \"%1\"").arg(type));
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
                continue;
            }
        }
        InstanceSpec spec = specFor(type);
        spec.generation = Generation::Current; // the generator keeps current-generation types only
        if (cVcpu >= 0 && !r.fields[size_t(cVcpu)].empty())
            spec.vcpu = qs(r.fields[size_t(cVcpu)]).toInt();
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
        ctx.progress(csv.offset(file), qint64(file.size()));
    }
}

void importHostTableCsv(ImportContext &ctx, const MappedFile &file)
{
    SimpleCsv csv(file);
    QString comments;
    Columns cols { readPreamble(ctx, csv, comments) };
    const int headerLine = csv.line();
    const QString region = regionFromComments(ctx, comments);
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
    std::string_view line;
    while (csv.nextLine(line)) {
        if (line.empty() || line.starts_with('#'))
            continue;
        const auto f = SimpleCsv::split(line);
        if (f.size() != cols.header.size())
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("expected %1 columns, found %2").arg(cols.header.size()).arg(f.size()));
        auto where = [&](int col) {
            return QStringLiteral("line %1, column %2").arg(csv.line()).arg(qs(cols.header[size_t(col)]));
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
                continue;
            }
            host.reserved.append(
                ReservedPrice { OfferingClass::Standard, years == 3 ? Term::ThreeYears : Term::OneYear,
                    PurchaseOption::NoUpfront, {}, hourly, ctx.provenance() });
        } else {
            ctx.fail(where(cPurchase),
                QStringLiteral("expected on_demand or reserved, found \"%1\"").arg(purchase));
        }
        ctx.catalog().setDedicatedHost(region, host);
        ctx.counted();
    }
}

} // namespace ec2lab::catalog::importer
