#pragma once

#include "catalog/pricecatalog.h"
#include "inputerror.h"

#include <QMap>
#include <QStringList>
#include <functional>

namespace ec2lab::catalog {

/// The price file formats ec2lab reads (pricing.md section 3).
enum class ImportFormat : quint8 {
    Auto,
    OfferJson, ///< AWS Price List bulk EC2 offer file, JSON
    OfferCsv, ///< the same as CSV (5 preamble rows, parsed by header name)
    GetProducts, ///< Price List query API output (products as JSON strings)
    PricingPage, ///< the feeds behind the EC2 pricing page (ec2.shop copies)
    SavingsPlansJson, ///< Savings Plans offer file, JSON
    SavingsPlansCsv, ///< Savings Plans offer file, CSV
    SpotHistory, ///< aws ec2 describe-spot-price-history output
    SpotAdvisor, ///< Spot Instance Advisor feed
    PriceTable, ///< two-column CSV "instance_type,usd_per_hour" / "host_family,usd_per_host_hour"
    SavingsPlans, ///< a Savings Plans offer file, JSON or CSV by its first byte (nothing else)
    PriceSimCsv, ///< pricesim table: On-Demand, Standard RI effective rates, Compute SP rates
    HostTableCsv, ///< Dedicated Host table: family, purchase, term, payment, usd_per_host_hour
};

QString toString(ImportFormat format);
/// Accepts the command-line names (offer-json, savings-plans, ...); "savings-plans" yields
/// SavingsPlans, read as JSON or CSV by the file's first byte. nullopt for unknown names.
std::optional<ImportFormat> importFormatFromString(QStringView name);

/// Settings for one import.
struct ImportOptions
{
    /// Publication date used when the file states none (pricing-page RI feeds, the advisor feed).
    QDate fallbackDate;
    /// Overrides the source label stored with every price (default: the file name).
    QString sourceLabel;
    /// The Region of a price table, a pricesim table or a host table (which have no Region
    /// column); a "# region: CODE" comment line in the file must agree with it. Other formats
    /// name their Regions themselves.
    QString region;
    /// Called now and then with bytes processed and total; return false to cancel the import
    /// (importFile then throws an InputError "import cancelled").
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// What an import did: format, size, how many prices were read and what was skipped and why.
struct ImportReport
{
    ImportFormat format = ImportFormat::Auto;
    qint64 bytes = 0;
    qint64 prices = 0;
    QMap<QString, qint64> skipped; ///< reason -> count (CapacityBlock rows, CNY prices, orphans...)
    QDate publicationDate;
    QString toString() const;
};

/// Streaming readers for every AWS price format, writing into a PriceCatalog.
///
/// Contract: importFile() reads the whole file into a fresh staging catalog and merges it into
/// \a into only when the file was read completely; on malformed input (or cancel) it throws an
/// InputError naming the file, the position (JSON path and line/column, or CSV line and column
/// name) and the field, and leaves \a into untouched. Large JSON files are read with simdjson's
/// On-Demand API over a memory-mapped file, so no document tree is built; CSV is read line by line.
/// Rows a price catalog must not use (CapacityBlock, capacity reservations, pre-installed
/// software, non-USD prices, terms without a product) are skipped and counted, not fatal; a file
/// that yields no price at all (a wrong format, an index file) is an error.
class PriceImporter
{
public:
    static ImportFormat detectFormat(const QString &fileName);
    static ImportReport importFile(const QString &fileName, PriceCatalog &into,
        ImportFormat format = ImportFormat::Auto, const ImportOptions &options = {});
};

} // namespace ec2lab::catalog
