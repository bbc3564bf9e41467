// Readers for the CSV price formats: the EC2 offer file, the Savings Plans offer file and the
// two-column price tables. Every reader finds its columns by header name, never by position.
//
// The offer file (about 300 MB for one region) goes through CsvScanner: BlockMasker finds the
// unquoted commas and line ends 64 bytes at a time (on a second thread for large files), and the
// scanner splits a record only as far as the row needs. Most rows belong to products the catalog
// skips, and for those only the SKU is read. The other formats keep the simple per-character
// CsvReader, which also tolerates the stray quotes of hand-written comment lines.

#include "catalog/awsnames.h"
#include "catalog/csvscanner.h"
#include "catalog/importsupport.h"
#include "catalog/keytable.h"

#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace ec2lab::catalog::importer {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// The most rows a price table may hold: a Region prices about 1,000 instance types, so a larger
/// table is a damaged or hostile file, refused before it costs memory.
constexpr qint64 kMaxPriceTableRows = 100000;

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

/// Reads the "Name","value" preamble rows until the header row (which starts with \a firstHeader).
void readPreamble(
    ImportContext &ctx, CsvReader &csv, std::vector<std::string_view> &fields, std::string_view firstHeader)
{
    while (csv.next(fields)) {
        if (!fields.empty() && fields[0] == firstHeader)
            return;
        if (fields.size() >= 2 && fields[0] == "Publication Date")
            ctx.setPublicationDate(
                parseDate(qs(fields[1])), QStringLiteral("line %1, Publication Date").arg(csv.line()));
        if (csv.line() > 50)
            break;
    }
    ctx.fail(QStringLiteral("line %1").arg(csv.line()),
        QStringLiteral("no header row starting with \"%1\"").arg(qs(firstHeader)));
}

/// Reads the "Name","value" preamble rows of an offer file until the header row (which starts
/// with \a firstHeader) and returns the header's column names.
std::vector<std::string> readOfferPreamble(ImportContext &ctx, CsvScanner &csv, std::string_view firstHeader)
{
    constexpr int kMaxColumns = 10000; // real files have 91
    while (csv.startRecord()) {
        csv.readFields(2);
        if (csv.field(0) == firstHeader) {
            csv.readFields(kMaxColumns + 1);
            if (!csv.complete())
                ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                    QStringLiteral("more than %1 columns in the header row").arg(kMaxColumns));
            std::vector<std::string> names;
            for (int i = 0; i < csv.size(); ++i)
                names.emplace_back(csv.field(i));
            return names;
        }
        if (csv.size() >= 2 && csv.field(0) == "Publication Date")
            ctx.setPublicationDate(
                parseDate(qs(csv.field(1))), QStringLiteral("line %1, Publication Date").arg(csv.line()));
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
    CsvScanner csv(file, ctx.fileName());
    const std::vector<std::string> headerNames = readOfferPreamble(ctx, csv, "SKU");
    const std::vector<std::string_view> header(headerNames.begin(), headerNames.end());
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
    // The columns a row of a known product needs; a new product needs its attributes too.
    const int termFields
        = std::max({ cSku, cTermCode, cTermType, cUnit, cPrice, cCurrency, cLease, cPurchase, cClass }) + 1;
    /// One attribute column: the member it fills, or the instance size whose host capacity it holds.
    struct AttributeColumn
    {
        int index;
        OfferAttributes::Member member;
        QString capacitySize;
    };
    std::vector<AttributeColumn> attributeColumns;
    std::array<int, kSkipSignatureSize> signatureColumns;
    signatureColumns.fill(-1);
    int productFields = termFields;
    for (size_t i = 0; i < header.size(); ++i) {
        const OfferAttributes::Member member = OfferAttributes::memberFor(header[i]);
        const QString size = member ? QString() : OfferAttributes::capacitySizeFor(header[i]);
        if (!member && size.isEmpty())
            continue;
        attributeColumns.push_back({ int(i), member, size });
        productFields = std::max(productFields, int(i) + 1);
        // A later column of the same attribute wins, as in OfferAttributes::set().
        for (size_t m = 0; m < kSkipSignatureSize; ++m) {
            if (member && member == skipSignatureMembers()[m])
                signatureColumns[m] = int(i);
        }
    }

    KeyTable products; // SKU -> index into kept, or -1 for a skipped product (already counted)
    std::vector<OfferProduct> kept;
    /// A skip decision and how often it was reused, keyed by appendSkipSignature().
    struct SkipDecision
    {
        QString reason;
        qint64 count = 0;
    };
    std::unordered_map<std::string, SkipDecision, SvHash, std::equal_to<>> skipDecisions;
    std::string signature;
    /// A Reserved term whose rows (Quantity + Hrs) are still being collected; the strings are
    /// interned and the first two dimensions stored inline, so a term costs no allocation.
    struct Pending
    {
        int product = 0;
        bool inReservedSection = false;
        qint64 line = 0;
        QString leaseContractLength, purchaseOption, offeringClass;
        std::array<OfferTerm::Dimension, 2> dimensions;
        int dimensionCount = 0;
        std::vector<OfferTerm::Dimension> more; // beyond two (not seen in real files)
        std::string termCode;
        int next = -1; ///< the product's next listed term
    };
    std::vector<Pending> reserved; // in file order
    /// Where to find the pending terms of one kept product: real products have at most 12, found
    /// by walking a short list of neighbours in memory instead of probing a large hash table; a
    /// product with more than kListed terms (a hostile file) has the rest in a KeyTable.
    struct ProductTerms
    {
        int first = -1, last = -1, count = 0;
    };
    constexpr int kListed = 32;
    std::vector<ProductTerms> productTerms; // by kept product
    KeyTable moreTerms; // product index + OfferTermCode -> index into reserved
    std::string termKey;
    auto overflowKey = [&termKey](int product, std::string_view code) -> std::string_view {
        termKey.assign(reinterpret_cast<const char *>(&product), sizeof product);
        termKey.append(code);
        return termKey;
    };
    // The pending term (index into reserved) of \a product with \a code, or -1.
    auto findPending = [&](int product, std::string_view code) -> int {
        const ProductTerms &t = productTerms[size_t(product)];
        for (int i = t.first; i >= 0; i = reserved[size_t(i)].next) {
            if (reserved[size_t(i)].termCode == code)
                return i;
        }
        if (t.count > kListed) {
            const std::string_view key = overflowKey(product, code);
            if (const int *found = moreTerms.find(key, KeyTable::hashOf(key)))
                return *found;
        }
        return -1;
    };
    auto addPending = [&](Pending &&p) -> Pending & {
        const int i = int(reserved.size());
        ProductTerms &t = productTerms[size_t(p.product)];
        if (t.count < kListed) {
            (t.last >= 0 ? reserved[size_t(t.last)].next : t.first) = i;
            t.last = i;
        } else {
            const std::string_view key = overflowKey(p.product, p.termCode);
            moreTerms.insert(key, KeyTable::hashOf(key), i);
        }
        ++t.count;
        reserved.push_back(std::move(p));
        return reserved.back();
    };

    // Classifies a product seen for the first time; returns its index in kept or -1. A skip
    // decision made for one product is reused for every product with the same signature.
    auto classify = [&]() -> int {
        csv.readFields(productFields);
        std::array<std::string_view, kSkipSignatureSize> values;
        for (size_t m = 0; m < kSkipSignatureSize; ++m)
            values[m] = csv.field(signatureColumns[m]);
        signature.clear();
        appendSkipSignature(signature, values);
        if (const auto known = skipDecisions.find(std::string_view(signature));
            known != skipDecisions.end()) {
            ++known->second.count;
            return -1;
        }
        OfferAttributes attrs;
        for (const AttributeColumn &c : attributeColumns) {
            const std::string_view value = csv.field(c.index);
            if (c.member) {
                attrs.*c.member = QString::fromUtf8(value.data(), qsizetype(value.size()));
            } else {
                bool ok = false;
                const int count = QByteArray::fromRawData(value.data(), qsizetype(value.size())).toInt(&ok);
                if (ok && count > 0)
                    attrs.capacities.append({ c.capacitySize, count });
            }
        }
        QString reason;
        std::optional<OfferProduct> product = classifyProduct(ctx, attrs, &reason);
        if (!product) {
            skipDecisions.emplace(signature, SkipDecision { reason, 1 });
            return -1;
        }
        kept.push_back(std::move(*product));
        productTerms.emplace_back();
        return int(kept.size() - 1);
    };

    std::string lastSku;
    int lastIndex = -1;
    while (csv.startRecord()) {
        csv.readFields(cSku + 1);
        if (csv.complete() && csv.size() == 1 && csv.field(0).empty())
            continue;
        const qint64 line = csv.line();
        // The rows of one product usually follow each other: check the last SKU first.
        const std::string_view sku = csv.field(cSku);
        int index = lastIndex;
        if (sku != lastSku) {
            const quint64 skuHash = KeyTable::hashOf(sku);
            if (const int *known = products.find(sku, skuHash)) {
                index = *known;
            } else {
                index = classify(); // reads more fields; sku stays valid until the next record
                products.insert(sku, skuHash, index);
            }
            lastSku.assign(sku);
            lastIndex = index;
        }
        if (index >= 0) {
            csv.readFields(termFields);
            const std::string_view currency = csv.field(cCurrency);
            if (!currency.empty() && currency != "USD") {
                ctx.skip(QStringLiteral("prices in %1, not USD").arg(qs(currency)));
                continue;
            }
            const Money price = ctx.parsePriceLazy(csv.field(cPrice),
                [line] { return QStringLiteral("line %1, column PricePerUnit").arg(line); });
            OfferTerm::Dimension dim { unitOf(csv.field(cUnit)), price };
            const std::string_view lease = csv.field(cLease);
            const std::string_view purchase = csv.field(cPurchase);
            const bool reservedSection = csv.field(cTermType) == "Reserved";
            if (lease.empty() && purchase.empty()) {
                OfferTerm term;
                term.inReservedSection = reservedSection;
                term.dimensions.append(dim);
                applyTerm(
                    ctx, kept[size_t(index)], term, [line] { return QStringLiteral("line %1").arg(line); });
            } else {
                // A reserved term spans two rows (Quantity + Hrs): collect them first.
                const std::string_view code = csv.field(cTermCode);
                const int pending = findPending(index, code);
                Pending &p = pending >= 0 ? reserved[size_t(pending)] : addPending([&] {
                    Pending n;
                    n.product = index;
                    n.inReservedSection = reservedSection;
                    n.leaseContractLength = ctx.intern(lease);
                    n.purchaseOption = ctx.intern(purchase);
                    n.offeringClass = ctx.intern(csv.field(cClass));
                    n.line = line;
                    n.termCode.assign(code);
                    return n;
                }());
                if (p.dimensionCount < 2)
                    p.dimensions[size_t(p.dimensionCount++)] = dim;
                else
                    p.more.push_back(dim);
            }
        }
        file.releaseBefore(csv.offset());
        ctx.progress(qint64(csv.offset()), qint64(file.size()));
    }
    // The last record must end with a line end: a file cut inside its last row would otherwise
    // import a truncated price ("0.06" of "0.0612").
    if (!csv.terminated())
        ctx.fail(QStringLiteral("line %1").arg(csv.line()),
            QStringLiteral("the file ends in the middle of a row (no line end after the last row): "
                           "cut short?"));
    for (const auto &entry : skipDecisions)
        ctx.skip(entry.second.reason, entry.second.count);
    OfferTerm term;
    for (const Pending &p : reserved) {
        term.inReservedSection = p.inReservedSection;
        term.leaseContractLength = p.leaseContractLength;
        term.purchaseOption = p.purchaseOption;
        term.offeringClass = p.offeringClass;
        term.dimensions.clear();
        for (int d = 0; d < p.dimensionCount; ++d)
            term.dimensions.append(p.dimensions[size_t(d)]);
        for (const auto &d : p.more)
            term.dimensions.append(d);
        applyTerm(ctx, kept[size_t(p.product)], term, [&p] { return QStringLiteral("line %1").arg(p.line); });
    }
}

namespace {

/// A product of a Savings Plans CSV as the reader collects it: its catalog key and its rates by
/// slot (Compute and EC2 Instance plans x 2 terms x 3 payments), each with the line that gave it
/// (0: not given yet), for the conflicting-repeat check, and the order they came in. Stored in
/// the catalog at the end, one entry lookup per product; about 250 bytes a product.
struct SavingsPlanProductRates
{
    PriceKey key;
    std::array<Money, 12> rates {};
    std::array<qint64, 12> lines {};
    std::array<qint8, 12> order {}; ///< slots in the order first read
    int count = 0;
};

int savingsPlanSlot(SavingsPlanType type, int years, PurchaseOption payment)
{
    return (type == SavingsPlanType::Ec2Instance ? 6 : 0) + (years == 3 ? 3 : 0) + int(payment);
}

std::optional<PurchaseOption> paymentFromBytes(std::string_view s)
{
    if (s == "No Upfront")
        return PurchaseOption::NoUpfront;
    if (s == "Partial Upfront")
        return PurchaseOption::PartialUpfront;
    if (s == "All Upfront")
        return PurchaseOption::AllUpfront;
    return purchaseOptionFromString(qs(s)); // other spellings ("NoUpfront", case), rare
}

} // namespace

void importSavingsPlansCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file, ctx.fileName());
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
    // Streaming, as the offer readers: the rows are read from the memory map (pages released as
    // the reader moves on) and nothing is converted to QString per row. A row's product (family,
    // usage type, operation, Region, instance type: the same few thousand products recur once per
    // plan) is classified once, by those fields' bytes; a row then costs a lookup, a price parse
    // and a slot in its product's rates, which also finds a conflicting repeat without a key
    // string.
    std::vector<SavingsPlanProductRates> products;
    // field bytes -> products index x 2 + (1 for an EC2 Instance plan), or -1 - skip index
    KeyTable productOf;
    QHash<QString, int> resolvedProducts; // catalog key -> products index
    std::vector<std::pair<QString, qint64>> skipped; // reason, rows
    std::string lookup, previousLookup;
    std::pair<int, SavingsPlanType> previous;
    const auto skip = [&skipped](const QString &reason) {
        for (size_t i = 0; i < skipped.size(); ++i) {
            if (skipped[i].first == reason)
                return int(i);
        }
        skipped.emplace_back(reason, 0);
        return int(skipped.size() - 1);
    };
    const int skipNoTerm = skip(QStringLiteral("Savings Plan rates without type, region, term or payment"));
    const int skipCurrency = skip(QStringLiteral("Savings Plan rates not in USD"));
    qint64 kept = 0;
    while (csv.next(row)) {
        if (row.size() == 1 && row[0].empty() && csv.terminated())
            continue;
        const qint64 line = csv.line();
        if (!csv.terminated())
            ctx.fail(QStringLiteral("line %1").arg(line),
                QStringLiteral("the file ends in the middle of a row (no line end after the last "
                               "row): cut short?"));
        if (row.size() != header.size())
            ctx.fail(QStringLiteral("line %1").arg(line),
                QStringLiteral("%1 fields; the header has %2").arg(row.size()).arg(header.size()));
        const std::string_view currency = field(row, cCurrency);
        if (!currency.empty() && currency != "USD") {
            ++skipped[size_t(skipCurrency)].second;
            continue;
        }
        const Money rate = ctx.parsePriceLazy(
            field(row, cRate), [line] { return QStringLiteral("line %1, column DiscountedRate").arg(line); });
        const std::string_view lease = field(row, cLease);
        int years = 0; // an empty lease is skipped as a rate without a term
        if (!lease.empty()) {
            if (const auto y = parseInteger(lease, 0, 100))
                years = int(*y);
            else
                ctx.fail(QStringLiteral("line %1, column LeaseContractLength").arg(line),
                    QStringLiteral("expected a number of years (0 to 100), got \"%1\"")
                        .arg(qs(lease.substr(0, 40))));
        }
        const std::string_view family = field(row, cFamily), usage = field(row, cUsage),
                               operation = field(row, cOperation), region = field(row, cRegion),
                               type = field(row, cType);
        lookup.clear();
        for (const std::string_view f : { family, usage, operation, region, type }) {
            const quint32 size = quint32(f.size()); // length first: a quoted field may hold anything
            lookup.append(reinterpret_cast<const char *>(&size), sizeof size);
            lookup.append(f);
        }
        // Rows of one product often follow one another: then no lookup at all.
        if (lookup != previousLookup) {
            const quint64 hash = KeyTable::hashOf(lookup);
            int value;
            if (const int *known = productOf.find(lookup, hash)) {
                value = *known;
            } else {
                const QString familyText = qs(family);
                SavingsPlanProduct p
                    = classifySavingsPlanProduct(familyText, qs(usage), qs(operation), qs(type), qs(region));
                int index;
                if (!p.skipReason.isEmpty()) {
                    index = -1 - skip(p.skipReason);
                } else {
                    p.key.region = ctx.intern(region);
                    p.key.instanceType = ctx.intern(p.key.instanceType.toStdString());
                    // Both plan types, and two spellings of one product (an empty
                    // DiscountedInstanceType beside a filled one), share the product's slots.
                    const QString resolved = p.key.region + u'|' + p.key.instanceType + u'|'
                        + platformName(p.key.platform) + u'|' + tenancyName(p.key.tenancy);
                    index = resolvedProducts.value(resolved, -1);
                    if (index < 0) {
                        index = int(products.size());
                        products.emplace_back();
                        products.back().key = p.key;
                        resolvedProducts.insert(resolved, index);
                    }
                }
                value = index < 0 ? index : index * 2 + (p.type == SavingsPlanType::Ec2Instance ? 1 : 0);
                productOf.insert(lookup, hash, value);
            }
            previous = value < 0
                ? std::pair(value, SavingsPlanType::Compute)
                : std::pair(value / 2, value % 2 ? SavingsPlanType::Ec2Instance : SavingsPlanType::Compute);
            previousLookup.swap(lookup);
        }
        if (previous.first < 0) {
            ++skipped[size_t(-1 - previous.first)].second;
            continue;
        }
        const auto payment = paymentFromBytes(field(row, cPurchase));
        if (!payment || (years != 1 && years != 3)) {
            ++skipped[size_t(skipNoTerm)].second;
            continue;
        }
        SavingsPlanProductRates &p = products[size_t(previous.first)];
        const SavingsPlanType planType = previous.second;
        const size_t slot = size_t(savingsPlanSlot(planType, years, *payment));
        if (p.lines[slot] > 0) {
            if (p.rates[slot] != rate)
                ctx.fail(QStringLiteral("line %1").arg(line),
                    QStringLiteral("%1 is given twice with different values (first at line %2; \"%3\" here)")
                        .arg(savingsPlanRateKey(p.key,
                            planType == SavingsPlanType::Compute ? QStringLiteral("ComputeSavingsPlans")
                                                                 : QStringLiteral("EC2InstanceSavingsPlans"),
                            years, *payment))
                        .arg(p.lines[slot])
                        .arg(rate.toPlainString()));
        } else {
            p.rates[slot] = rate;
            p.lines[slot] = line;
            p.order[size_t(p.count++)] = qint8(slot);
        }
        ++kept;
        file.releaseBefore(size_t(csv.offset())); // both return at once but every few MiB
        ctx.progress(csv.offset(), qint64(file.size()));
    }
    for (const auto &s : skipped) {
        if (s.second > 0)
            ctx.skip(s.first, s.second);
    }
    const Provenance provenance = ctx.provenance();
    std::array<SavingsPlanRate, 12> rates;
    for (const SavingsPlanProductRates &p : products) {
        for (int k = 0; k < p.count; ++k) {
            const int slot = p.order[size_t(k)];
            SavingsPlanRate &r = rates[size_t(k)];
            r.type = slot >= 6 ? SavingsPlanType::Ec2Instance : SavingsPlanType::Compute;
            r.term = slot % 6 >= 3 ? Term::ThreeYears : Term::OneYear;
            r.payment = PurchaseOption(slot % 3);
            r.perHour = p.rates[size_t(slot)];
            r.provenance = provenance;
        }
        ctx.catalog().setSavingsPlanRates(p.key, rates.data(), p.count);
    }
    for (qint64 k = 0; k < kept; ++k)
        ctx.counted();
    ctx.progress(qint64(file.size()), qint64(file.size()));
}

void importPriceTable(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file, ctx.fileName());
    std::vector<std::string_view> row;
    QString comments;
    bool hostTable = false;
    bool header = false;
    // The Region comes only from an explicit "# region: CODE" comment line or the caller
    // (--region), never from a Region-like word elsewhere in the comments (a URL may hold one).
    QString region = ctx.options().region;
    qint64 regionLine = 0;
    static const QRegularExpression regionLineRe(
        QStringLiteral("^#\\s*region\\s*:\\s*(\\S+)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    auto notCut = [&ctx, &csv] {
        if (!csv.terminated())
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("the file ends in the middle of a row (no line end after the last "
                               "row): cut short?"));
    };
    while (!header && csv.next(row)) {
        if (!row.empty() && row[0].starts_with('#')) {
            // The comment holds commas; rebuild the line.
            QStringList parts;
            for (auto f : row)
                parts << qs(f);
            const QString line = parts.join(u',');
            comments += line + u'\n';
            const auto m = regionLineRe.match(line.trimmed());
            if (m.hasMatch()) {
                const QString named = m.captured(1);
                const QString where = QStringLiteral("line %1, region").arg(csv.line());
                if (awsnames::locationForRegionCode(named).isEmpty())
                    ctx.fail(where, QStringLiteral("unknown Region code \"%1\"").arg(named.left(40)));
                if (!region.isEmpty() && region != named)
                    ctx.fail(where,
                        QStringLiteral("the file names Region %1 but %2 was asked for").arg(named, region));
                region = named;
                regionLine = csv.line();
            }
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
    if (region.isEmpty())
        ctx.fail(QString(),
            QStringLiteral("the file does not name its Region: add a comment line \"# region: "
                           "us-east-1\" or give the Region (--region)"));
    else if (!regionLine && awsnames::locationForRegionCode(region).isEmpty())
        ctx.fail(QString(), QStringLiteral("unknown Region code \"%1\"").arg(region.left(40)));
    if (!ctx.publicationDate().isValid()) {
        static const QRegularExpression generatedRe(
            QStringLiteral("(?:at|@[^(]*\\()\\s*(\\d{4}-\\d{2}-\\d{2})"));
        static const QRegularExpression anyDateRe(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
        auto m = generatedRe.match(comments);
        if (!m.hasMatch())
            m = anyDateRe.match(comments);
        if (m.hasMatch())
            ctx.setPublicationDate(
                QDate::fromString(m.captured(1), Qt::ISODate), QStringLiteral("comment lines"));
    }
    const bool metalDedicated = comments.contains(QLatin1StringView("tenancy=Dedicated"))
        && comments.contains(QLatin1StringView(".metal"));
    const auto describeLine = [](qint64 l) { return QStringLiteral("line %1").arg(l); };
    qint64 rows = 0;
    while (csv.next(row)) {
        if (row.empty() || (row.size() == 1 && row[0].empty()) || row[0].starts_with('#'))
            continue;
        notCut();
        if (row.size() != 2)
            ctx.fail(QStringLiteral("line %1").arg(csv.line()), QStringLiteral("expected 2 columns"));
        if (++rows > kMaxPriceTableRows)
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("more than %1 price rows (a Region has about 1,000 instance types)")
                    .arg(kMaxPriceTableRows));
        const QString name = ctx.intern(row[0]);
        if (name.isEmpty())
            ctx.fail(QStringLiteral("line %1, column 1").arg(csv.line()), QStringLiteral("empty name"));
        const Money price = ctx.parsePrice(row[1], QStringLiteral("line %1, column 2").arg(csv.line()));
        // The same name twice must carry the same price; an identical repeat is merged.
        ctx.checkRepeat(name, price.toPlainString(), csv.line(), describeLine);
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
