#pragma once

// Internal to the importers: not installed, not used outside model/catalog.

#include "catalog/priceimporter.h"

#include <QHash>
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ec2lab::catalog::importer {

/// A read-only memory map of a whole file followed by zeroed padding, so that simdjson can read
/// past the end safely without copying the file.
///
/// Contract: data() stays valid for the object's lifetime; the padding (at least 64 bytes) reads
/// as zeros; releaseBefore() lets the kernel drop pages already parsed so peak memory stays low.
/// A file truncated by another process while mapped never kills the process with SIGBUS: the
/// pages past its new end read as zeros and changed() turns true, so the reader must check
/// changed() before it trusts what it read (importFile() does).
class MappedFile
{
public:
    explicit MappedFile(const QString &fileName); // throws InputError
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_mapped; } ///< size + padding
    /// Whether the file shrank under the mapping (what was read past its new end is zeros).
    bool changed() const;
    void releaseBefore(size_t offset) const;
    /// "line L, column C" of a byte offset (counts newlines; only used for error messages).
    QString lineColumn(size_t offset) const;

private:
    const char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_mapped = 0;
    mutable size_t m_released = 0;
    int m_guardSlot = -1; ///< the SIGBUS guard slot of this mapping
};

/// State shared by every importer during one importFile() call: the staging catalog, the report,
/// the provenance to stamp on prices, progress and cancellation.
///
/// Contract: fail() always throws an InputError naming the file; parsePrice() accepts only exact
/// decimal strings and throws with the given location and field otherwise.
class ImportContext
{
public:
    ImportContext(
        const QString &fileName, PriceCatalog &staging, const ImportOptions &options, ImportReport &report);

    const QString &fileName() const { return m_file; }
    PriceCatalog &catalog() { return m_catalog; }
    ImportReport &report() { return m_report; }
    const ImportOptions &options() const { return m_options; }

    /// Sets the file's publication date, read at \a location. Throws when the date lies more than
    /// kFutureDays after today (UTC): a file dated 9999-12-31 would outrank every later import.
    void setPublicationDate(QDate date, const QString &location);
    static constexpr int kFutureDays = 2;
    QDate publicationDate() const { return m_date.isValid() ? m_date : m_options.fallbackDate; }
    Provenance provenance() const;
    const QString &sourceLabel() const { return m_source; }

    void skip(const QString &reason, qint64 count = 1) { m_report.skipped[reason] += count; }
    void counted() { ++m_report.prices; }
    /// Calls the progress callback; throws when the user cancelled.
    void progress(qint64 done, qint64 total);

    [[noreturn]] void fail(const QString &location, const QString &message) const;
    Money parsePrice(std::string_view text, const QString &location);
    Money parsePrice(QStringView text, const QString &location);
    /// As parsePrice(), formatting the location only when the price is rejected.
    template<typename LocationFn> Money parsePriceLazy(std::string_view text, LocationFn location)
    {
        if (const auto m = tryPrice(text))
            return *m;
        return parsePrice(text, location());
    }
    std::optional<Money> tryPrice(std::string_view text);

    /// Remembers (as 128-bit hashes, so a large file costs little) the \a value \a key was given
    /// in this file and where (\a position, turned into words by \a describe only for a message).
    /// Throws when the key comes again with a different value, naming both positions; an identical
    /// repeat is accepted (and merged by the caller).
    void checkRepeat(
        QStringView key, QStringView value, qint64 position, const std::function<QString(qint64)> &describe);

    /// Interns short repeated strings (regions, families) so the catalog shares them.
    QString intern(std::string_view s);

private:
    QString m_file;
    PriceCatalog &m_catalog;
    ImportOptions m_options;
    ImportReport &m_report;
    QDate m_date;
    QString m_source;
    QHash<QByteArray, QString> m_strings;
    /// What checkRepeat() saw: a key (as two independent 64-bit hashes; both zero marks a free
    /// slot), its value (hashed) and position, in an open-addressing table: no node per key.
    struct Seen
    {
        quint64 key1 = 0, key2 = 0;
        quint64 value = 0;
        qint64 position = 0;
    };
    std::vector<Seen> m_seen; ///< a power of two in size (or empty), at most three quarters full
    size_t m_seenCount = 0;
    qint64 m_lastProgress = -1;
};

/// The product attributes the catalog needs, filled from offer JSON (camelCase keys) or offer CSV
/// (header names); both spellings map to the same member.
struct OfferAttributes
{
    QString productFamily, instanceType, operatingSystem, licenseModel, preInstalledSw, capacityStatus,
        marketOption, tenancy, location, regionCode, usageType, operation, instanceFamily, vcpu, memory,
        currentGeneration, normalizationSizeFactor, physicalProcessor, volumeApiName, locationType;
    QList<QPair<QString, int>> capacities;

    using Member = QString OfferAttributes::*;
    /// The member an attribute name (JSON or CSV spelling) maps to; nullptr when not needed.
    static Member memberFor(std::string_view name);
    /// "instanceCapacityLarge" / "Instance Capacity - large" -> "large"; empty otherwise.
    static QString capacitySizeFor(std::string_view name);
    /// Stores \a value when \a key is a known attribute or a capacity; returns false otherwise.
    bool set(std::string_view key, std::string_view value);
};

/// What one product of an offer file is, once classified.
struct OfferProduct
{
    enum Kind : quint8 { Instance, Host, Ebs, PublicIpv4 } kind = Instance;
    PriceKey key; ///< Instance
    QString name; ///< host family or EBS volume type
    QList<QPair<QString, int>> capacities;
};

/// One term of an offer: the section it sat in, its attributes and its price dimensions.
struct OfferTerm
{
    bool inReservedSection = false;
    QString leaseContractLength, offeringClass, purchaseOption;
    /// One priced unit of the term: "Hrs" (hourly) or "Quantity" (the upfront fee).
    struct Dimension
    {
        QString unit;
        Money price;
    };
    QList<Dimension> dimensions;
};

/// Classifies a product (skipping and counting what the catalog does not use) and records the
/// instance spec in the staging catalog. Returns nullopt for skipped products; with \a skipReason,
/// the reason is stored there instead of being counted.
std::optional<OfferProduct> classifyProduct(
    ImportContext &ctx, const OfferAttributes &a, QString *skipReason = nullptr);

/// The attributes classifyProduct() reads before it skips a product, in the order
/// appendSkipSignature() takes their values.
constexpr size_t kSkipSignatureSize = 13;
const std::array<OfferAttributes::Member, kSkipSignatureSize> &skipSignatureMembers();
/// Appends to \a key everything classifyProduct() bases a skip on, given the raw values of
/// skipSignatureMembers(): products with equal keys are skipped for the same reason, so a reader
/// can count a repeated decision without converting and classifying the product again. Kept next
/// to classifyProduct(), and in step with it.
void appendSkipSignature(std::string &key, const std::array<std::string_view, kSkipSignatureSize> &values);
/// Writes one term's prices for \a product into the staging catalog.
void applyTerm(ImportContext &ctx, const OfferProduct &product, const OfferTerm &term,
    const std::function<QString()> &location);

/// simdjson-backed readers, one per JSON format (offerjsonimporter.cpp, feedimporters.cpp).
void importOfferJson(ImportContext &ctx, const MappedFile &file);
void importGetProducts(ImportContext &ctx, const MappedFile &file);
void importPricingPage(ImportContext &ctx, const MappedFile &file);
void importSavingsPlansJson(ImportContext &ctx, const MappedFile &file);
void importSpotHistory(ImportContext &ctx, const MappedFile &file);
void importSpotAdvisor(ImportContext &ctx, const MappedFile &file);
/// CSV readers (csvimporters.cpp).
void importOfferCsv(ImportContext &ctx, const MappedFile &file);
void importSavingsPlansCsv(ImportContext &ctx, const MappedFile &file);
void importPriceTable(ImportContext &ctx, const MappedFile &file);
/// Derived tables with a comment preamble (pricesimimporter.cpp).
void importPriceSimCsv(ImportContext &ctx, const MappedFile &file);
void importHostTableCsv(ImportContext &ctx, const MappedFile &file);

/// Shared by the Savings Plans readers: one rate row, already split into its fields.
struct SavingsPlanRow
{
    QString productFamily, usageType, operation, instanceType, regionCode, purchaseOption;
    int years = 0;
    Money rate;
    qint64 position = 0; ///< the row's line (CSV) or byte offset (JSON), for messages
};
/// What a Savings Plans rate row is a rate for, from its product family, usage type, operation,
/// instance type and Region: the catalog key and plan type, or the reason it is skipped.
struct SavingsPlanProduct
{
    PriceKey key;
    SavingsPlanType type = SavingsPlanType::Compute;
    QString skipReason; ///< empty when the row is kept
};
SavingsPlanProduct classifySavingsPlanProduct(const QString &productFamily, const QString &usageType,
    const QString &operation, const QString &instanceType, const QString &regionCode);
/// The duplicate-check key of one rate ("Savings Plan rate us-east-1 m5.large linux shared
/// ComputeSavingsPlans 1-year no-upfront"), for the message naming a conflicting repeat.
QString savingsPlanRateKey(
    const PriceKey &key, const QString &productFamily, int years, PurchaseOption payment);
/// Stores one rate; the same rate given twice with a different value is an error naming both
/// positions (\a describe turns a position into words).
void applySavingsPlanRow(
    ImportContext &ctx, const SavingsPlanRow &row, const std::function<QString(qint64)> &describe);

/// "2025-04-04T22:41:22Z", "2025-04-04" or "20250404..." -> the date; invalid otherwise.
QDate parseDate(QStringView text);

/// \a text as an integer within [\a min, \a max] (decimal digits, optional sign); nullopt when it
/// is not one or lies outside the range (never wrapped into it).
std::optional<qint64> parseInteger(std::string_view text, qint64 min, qint64 max);

} // namespace ec2lab::catalog::importer
