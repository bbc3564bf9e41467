// Readers for the CSV price formats: the EC2 offer file, the Savings Plans offer file and the
// two-column price tables. Every reader finds its columns by header name, never by position.

#include "catalog/awsnames.h"
#include "catalog/importsupport.h"

#include <QRegularExpression>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace ec2lab::catalog::importer {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Hashes SKUs as string views, so lookups need no temporary std::string.
struct SvHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};

// The two units of EC2 price dimensions, without a conversion per row.
QString unitOf(std::string_view unit)
{
    static const QString hrs = QStringLiteral("Hrs"), quantity = QStringLiteral("Quantity");
    return unit == "Hrs" ? hrs : unit == "Quantity" ? quantity : qs(unit);
}

/// Splits RFC 4180 CSV (quoted or not) into fields, one record at a time, over a mapped file.
///
/// Contract: fields are views into the file unless they contained doubled quotes, in which case
/// they point into storage owned by the reader until the next call to next().
class CsvReader
{
public:
    explicit CsvReader(const MappedFile &file)
        : m_p(file.data())
        , m_end(file.data() + file.size())
        , m_file(file)
    {
    }

    bool next(std::vector<std::string_view> &fields)
    {
        fields.clear();
        if (!m_owned.empty())
            m_owned.clear();
        if (m_p >= m_end)
            return false;
        ++m_line;
        m_lineStart = m_p;
        while (true) {
            if (m_p < m_end && *m_p == '"') {
                const char *start = ++m_p;
                bool doubled = false;
                while (true) {
                    const char *q = static_cast<const char *>(memchr(m_p, '"', size_t(m_end - m_p)));
                    if (!q) {
                        m_p = m_end;
                        break;
                    }
                    if (q + 1 < m_end && q[1] == '"') {
                        doubled = true;
                        m_p = q + 2;
                        continue;
                    }
                    m_p = q + 1;
                    break;
                }
                std::string_view raw(start, size_t(std::max(m_p - 1, start) - start));
                if (doubled) {
                    std::string s;
                    for (size_t i = 0; i < raw.size(); ++i) {
                        s.push_back(raw[i]);
                        if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"')
                            ++i;
                    }
                    m_owned.push_back(std::move(s));
                    raw = m_owned.back();
                }
                fields.push_back(raw);
            } else {
                const char *start = m_p;
                while (m_p < m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
                    ++m_p;
                fields.emplace_back(start, size_t(m_p - start));
            }
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            // end of record
            while (m_p < m_end && (*m_p == '\r' || *m_p == '\n')) {
                if (*m_p == '\n') {
                    ++m_p;
                    break;
                }
                ++m_p;
            }
            return true;
        }
    }

    qint64 line() const { return m_line; }
    qint64 offset() const { return m_p - m_file.data(); }

private:
    const char *m_p;
    const char *m_end;
    const MappedFile &m_file;
    const char *m_lineStart = nullptr;
    qint64 m_line = 0;
    std::deque<std::string> m_owned;
};

/// Reads the "Name","value" preamble rows until the header row (which starts with \a firstHeader).
void readPreamble(
    ImportContext &ctx, CsvReader &csv, std::vector<std::string_view> &fields, std::string_view firstHeader)
{
    while (csv.next(fields)) {
        if (!fields.empty() && fields[0] == firstHeader)
            return;
        if (fields.size() >= 2 && fields[0] == "Publication Date")
            ctx.setPublicationDate(parseDate(qs(fields[1])));
        if (csv.line() > 50)
            break;
    }
    ctx.fail(QStringLiteral("line %1").arg(csv.line()),
        QStringLiteral("no header row starting with \"%1\"").arg(qs(firstHeader)));
}

int column(const std::vector<std::string_view> &header, std::string_view name)
{
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return int(i);
    }
    return -1;
}

int requireColumn(
    ImportContext &ctx, const std::vector<std::string_view> &header, std::string_view name, qint64 line)
{
    const int c = column(header, name);
    if (c < 0)
        ctx.fail(QStringLiteral("line %1").arg(line), QStringLiteral("missing column \"%1\"").arg(qs(name)));
    return c;
}

std::string_view field(const std::vector<std::string_view> &row, int c)
{
    return c >= 0 && size_t(c) < row.size() ? row[size_t(c)] : std::string_view();
}

} // namespace

void importOfferCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file);
    std::vector<std::string_view> header, row;
    readPreamble(ctx, csv, header, "SKU");
    const qint64 headerLine = csv.line();
    const int cSku = requireColumn(ctx, header, "SKU", headerLine);
    const int cTermCode = requireColumn(ctx, header, "OfferTermCode", headerLine);
    const int cTermType = requireColumn(ctx, header, "TermType", headerLine);
    const int cUnit = requireColumn(ctx, header, "Unit", headerLine);
    const int cPrice = requireColumn(ctx, header, "PricePerUnit", headerLine);
    const int cCurrency = column(header, "Currency");
    const int cLease = column(header, "LeaseContractLength");
    const int cPurchase = column(header, "PurchaseOption");
    const int cClass = column(header, "OfferingClass");
    std::vector<std::pair<int, std::string_view>> attributeColumns;
    for (size_t i = 0; i < header.size(); ++i) {
        if (OfferAttributes::memberFor(header[i]) || !OfferAttributes::capacitySizeFor(header[i]).isEmpty())
            attributeColumns.emplace_back(int(i), header[i]);
    }
    // Header names are views into the file: copy them before the row buffer is reused.
    std::vector<std::string> headerNames;
    for (auto &c : attributeColumns)
        headerNames.emplace_back(c.second);
    for (size_t i = 0; i < attributeColumns.size(); ++i)
        attributeColumns[i].second = headerNames[i];

    std::unordered_map<std::string, std::optional<OfferProduct>, SvHash, std::equal_to<>> products;
    /// A Reserved term whose rows (Quantity + Hrs) are still being collected.
    struct Pending
    {
        OfferProduct product;
        OfferTerm term;
        qint64 line = 0;
    };
    std::unordered_map<std::string, Pending> reserved; // SKU.OfferTermCode -> both rows of a term
    while (csv.next(row)) {
        if (row.size() == 1 && row[0].empty())
            continue;
        const qint64 line = csv.line();
        const std::string_view sku = field(row, cSku);
        auto it = products.find(sku);
        if (it == products.end()) {
            OfferAttributes attrs;
            for (const auto &[c, name] : attributeColumns)
                attrs.set(name, field(row, c));
            it = products.emplace(std::string(sku), classifyProduct(ctx, attrs)).first;
        }
        if (!it->second)
            continue;
        const std::string_view currency = field(row, cCurrency);
        if (!currency.empty() && currency != "USD") {
            ctx.skip(QStringLiteral("prices in %1, not USD").arg(qs(currency)));
            continue;
        }
        const Money price = ctx.parsePriceLazy(
            field(row, cPrice), [line] { return QStringLiteral("line %1, column PricePerUnit").arg(line); });
        OfferTerm::Dimension dim { unitOf(field(row, cUnit)), price };
        const std::string_view lease = field(row, cLease);
        const std::string_view purchase = field(row, cPurchase);
        const bool reservedSection = field(row, cTermType) == "Reserved";
        if (lease.empty() && purchase.empty()) {
            OfferTerm term;
            term.inReservedSection = reservedSection;
            term.dimensions.append(dim);
            applyTerm(ctx, *it->second, term, [line] { return QStringLiteral("line %1").arg(line); });
        } else {
            // A reserved term spans two rows (Quantity + Hrs): collect them first.
            std::string key(sku);
            key += '.';
            key.append(field(row, cTermCode));
            Pending &p = reserved[key];
            if (p.line == 0) {
                p.product = *it->second;
                p.term.inReservedSection = reservedSection;
                p.term.leaseContractLength = qs(lease);
                p.term.purchaseOption = qs(purchase);
                p.term.offeringClass = qs(field(row, cClass));
                p.line = line;
            }
            p.term.dimensions.append(dim);
        }
        file.releaseBefore(size_t(csv.offset()));
        ctx.progress(csv.offset(), qint64(file.size()));
    }
    for (const auto &entry : reserved) {
        const Pending &p = entry.second; // a named reference: clang 14 cannot capture bindings
        applyTerm(ctx, p.product, p.term, [&p] { return QStringLiteral("line %1").arg(p.line); });
    }
}

void importSavingsPlansCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file);
    std::vector<std::string_view> header, row;
    readPreamble(ctx, csv, header, "SKU");
    const qint64 h = csv.line();
    const int cRate = requireColumn(ctx, header, "DiscountedRate", h);
    const int cCurrency = column(header, "Currency");
    const int cUsage = requireColumn(ctx, header, "DiscountedUsageType", h);
    const int cOperation = requireColumn(ctx, header, "DiscountedOperation", h);
    const int cPurchase = requireColumn(ctx, header, "PurchaseOption", h);
    const int cLease = requireColumn(ctx, header, "LeaseContractLength", h);
    const int cFamily = requireColumn(ctx, header, "Product Family", h);
    const int cRegion = column(header, "DiscountedRegionCode");
    const int cType = column(header, "DiscountedInstanceType");
    while (csv.next(row)) {
        if (row.size() == 1 && row[0].empty())
            continue;
        const qint64 line = csv.line();
        const std::string_view currency = field(row, cCurrency);
        if (!currency.empty() && currency != "USD") {
            ctx.skip(QStringLiteral("Savings Plan rates not in USD"));
            continue;
        }
        SavingsPlanRow sp;
        sp.rate = ctx.parsePriceLazy(
            field(row, cRate), [line] { return QStringLiteral("line %1, column DiscountedRate").arg(line); });
        sp.usageType = qs(field(row, cUsage));
        sp.operation = qs(field(row, cOperation));
        sp.purchaseOption = qs(field(row, cPurchase));
        sp.years = qs(field(row, cLease)).toInt();
        sp.productFamily = qs(field(row, cFamily));
        sp.regionCode = qs(field(row, cRegion));
        sp.instanceType = qs(field(row, cType));
        applySavingsPlanRow(ctx, sp);
        file.releaseBefore(size_t(csv.offset()));
        ctx.progress(csv.offset(), qint64(file.size()));
    }
}

void importPriceTable(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file);
    std::vector<std::string_view> row;
    QString comments;
    bool hostTable = false;
    bool header = false;
    while (!header && csv.next(row)) {
        if (!row.empty() && row[0].starts_with('#')) {
            // The comment holds commas; rebuild the line.
            QStringList parts;
            for (auto f : row)
                parts << qs(f);
            comments += parts.join(u',') + u'\n';
            continue;
        }
        if (row.size() == 2 && row[0] == "instance_type" && row[1] == "usd_per_hour")
            header = true;
        else if (row.size() == 2 && row[0] == "host_family" && row[1] == "usd_per_host_hour")
            header = hostTable = true;
        else
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("expected the header \"instance_type,usd_per_hour\" or "
                               "\"host_family,usd_per_host_hour\""));
    }
    if (!header)
        ctx.fail(QString(), QStringLiteral("no header row"));
    // The comment block names the region, the date and, for Karpenter tables, that *.metal rows
    // were queried with tenancy=Dedicated.
    QString region;
    static const QRegularExpression regionRe(QStringLiteral("\\b([a-z]{2}(?:-gov)?-[a-z]+-\\d)\\b"));
    for (auto it = regionRe.globalMatch(comments); it.hasNext();) {
        const QString candidate = it.next().captured(1);
        if (!awsnames::locationForRegionCode(candidate).isEmpty()) {
            region = candidate;
            break;
        }
    }
    if (region.isEmpty())
        ctx.fail(QString(), QStringLiteral("the comment lines do not name the region (e.g. \"us-east-1\")"));
    if (!ctx.publicationDate().isValid()) {
        static const QRegularExpression generatedRe(
            QStringLiteral("(?:at|@[^(]*\\()\\s*(\\d{4}-\\d{2}-\\d{2})"));
        static const QRegularExpression anyDateRe(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
        auto m = generatedRe.match(comments);
        if (!m.hasMatch())
            m = anyDateRe.match(comments);
        if (m.hasMatch())
            ctx.setPublicationDate(QDate::fromString(m.captured(1), Qt::ISODate));
    }
    const bool metalDedicated = comments.contains(QLatin1StringView("tenancy=Dedicated"))
        && comments.contains(QLatin1StringView(".metal"));
    while (csv.next(row)) {
        if (row.empty() || (row.size() == 1 && row[0].empty()) || row[0].starts_with('#'))
            continue;
        if (row.size() != 2)
            ctx.fail(QStringLiteral("line %1").arg(csv.line()), QStringLiteral("expected 2 columns"));
        const QString name = qs(row[0]);
        const Money price = ctx.parsePrice(row[1], QStringLiteral("line %1, column 2").arg(csv.line()));
        if (hostTable) {
            ctx.catalog().setDedicatedHost(region, DedicatedHostPrice { name, price, {}, ctx.provenance() });
        } else {
            const bool metal = name.endsWith(u".metal") || name.contains(u".metal-");
            const Tenancy tenancy = metal && metalDedicated ? Tenancy::Dedicated : Tenancy::Shared;
            InstanceSpec spec;
            spec.name = name;
            std::tie(spec.family, spec.size) = awsnames::splitInstanceType(name);
            spec.architecture = awsnames::inferArchitecture(spec.family);
            spec.architectureInferred = true;
            spec.normalizationFactor = awsnames::normalizationFactorForSize(spec.size);
            ctx.catalog().addInstanceSpec(spec);
            ctx.catalog().setOnDemand(PriceKey { region, name, Platform::Linux, tenancy },
                OnDemandPrice { price, ctx.provenance() });
        }
        ctx.counted();
    }
}

} // namespace ec2lab::catalog::importer
