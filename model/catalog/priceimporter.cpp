#include "catalog/priceimporter.h"

#include "catalog/importsupport.h"

#include "inputfile.h"

#include <QFile>
#include <limits>
#include <unistd.h>

namespace ec2lab::catalog {

namespace {

struct FormatName
{
    ImportFormat format;
    const char *name;
};

constexpr FormatName kFormats[] = {
    { ImportFormat::Auto, "auto" },
    { ImportFormat::OfferJson, "offer-json" },
    { ImportFormat::OfferCsv, "offer-csv" },
    { ImportFormat::GetProducts, "getproducts" },
    { ImportFormat::PricingPage, "pricing-page" },
    { ImportFormat::SavingsPlansJson, "savings-plans-json" },
    { ImportFormat::SavingsPlansCsv, "savings-plans-csv" },
    { ImportFormat::SpotHistory, "spot-history" },
    { ImportFormat::SpotAdvisor, "spot-advisor" },
    { ImportFormat::PriceTable, "price-table" },
    { ImportFormat::PriceSimCsv, "pricesim-csv" },
    { ImportFormat::HostTableCsv, "host-table-csv" },
};

// Stamps the file's publication date on prices read before the date appeared in the file
// (GetProducts puts publicationDate after the terms).
void fillMissingDates(PriceCatalog &catalog, QDate date)
{
    if (!date.isValid())
        return;
    auto fix = [date](Provenance &p) {
        if (!p.date.isValid())
            p.date = date;
    };
    for (auto &region : catalog.regionData()) {
        for (PriceEntry &e : region.entries) {
            if (e.onDemand)
                fix(e.onDemand->provenance);
            for (auto &r : e.reserved)
                fix(r.provenance);
            for (auto &r : e.savingsPlans)
                fix(r.provenance);
            if (e.spotAdvice)
                fix(e.spotAdvice->provenance);
            if (!e.spotHistory.isEmpty())
                fix(e.spotHistoryProvenance);
        }
        for (auto &h : region.hosts)
            fix(h.provenance);
        for (auto &x : region.ebs)
            fix(x.provenance);
        if (region.publicIpv4)
            fix(region.publicIpv4->provenance);
    }
}

} // namespace

QString toString(ImportFormat format)
{
    for (const FormatName &f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.name);
    }
    return QStringLiteral("auto");
}

std::optional<ImportFormat> importFormatFromString(QStringView name)
{
    if (name == u"savings-plans")
        return ImportFormat::Auto; // JSON or CSV, decided by content
    for (const FormatName &f : kFormats) {
        if (name == QLatin1StringView(f.name))
            return f.format;
    }
    return std::nullopt;
}

QString ImportReport::toString() const
{
    QString out = QStringLiteral("%1: %2 prices").arg(catalog::toString(format)).arg(prices);
    out += publicationDate.isValid()
        ? QStringLiteral(", published %1").arg(publicationDate.toString(Qt::ISODate))
        : QStringLiteral(", publication date unknown");
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        out += QStringLiteral("\n  skipped %1 x %2").arg(it.value()).arg(it.key());
    return out;
}

ImportFormat PriceImporter::detectFormat(const QString &fileName)
{
    QByteArray head(64 * 1024, Qt::Uninitialized);
    try {
        const InputFile f(fileName, std::numeric_limits<qint64>::max()); // never a FIFO
        const ssize_t n = ::read(f.handle(), head.data(), size_t(head.size()));
        head.truncate(n > 0 ? qsizetype(n) : 0);
    } catch (const InputError &) {
        return ImportFormat::Auto;
    }
    qsizetype i = 0;
    while (i < head.size() && QChar::isSpace(uchar(head[i])))
        ++i;
    if (i >= head.size())
        return ImportFormat::Auto;
    if (head[i] == '{' || head[i] == '[') {
        if (head.contains("\"SpotPriceHistory\""))
            return ImportFormat::SpotHistory;
        if (head.contains("\"spot_advisor\"") || head.contains("\"instance_types\""))
            return ImportFormat::SpotAdvisor;
        if (head.contains("\"manifest\"") && head.contains("\"regions\""))
            return ImportFormat::PricingPage;
        if (head.contains("SavingsPlan\"") || head.contains("\"savingsPlan\""))
            return ImportFormat::SavingsPlansJson;
        if (head.contains("\"PriceList\"") || head.contains("\"product\""))
            return ImportFormat::GetProducts;
        if (head.contains("\"products\"") || head.contains("\"offerCode\""))
            return ImportFormat::OfferJson;
        return ImportFormat::Auto;
    }
    if (head.contains("DiscountedRate") || head.contains("AmazonComputeSavingsPlan"))
        return ImportFormat::SavingsPlansCsv;
    if (head.contains("FormatVersion") && head.contains("OfferTermCode"))
        return ImportFormat::OfferCsv;
    if (head.contains("ri_std_1y_pu_eff") && head.contains("od_hourly"))
        return ImportFormat::PriceSimCsv;
    if (head.contains("family,purchase,term,payment") && head.contains("usd_per_host_hour"))
        return ImportFormat::HostTableCsv;
    if (head.contains("instance_type,usd_per_hour") || head.contains("host_family,usd_per_host_hour"))
        return ImportFormat::PriceTable;
    return ImportFormat::Auto;
}

ImportReport PriceImporter::importFile(
    const QString &fileName, PriceCatalog &into, ImportFormat format, const ImportOptions &options)
{
    using namespace importer;
    // Before detectFormat() opens it: the real cause for a FIFO, a device, a missing or unreadable
    // file, never "unrecognised format" (or a read that blocks for ever).
    {
        const InputFile probe(fileName, std::numeric_limits<qint64>::max());
    }
    if (format == ImportFormat::Auto)
        format = detectFormat(fileName);
    if (format == ImportFormat::Auto) {
        throw InputError { fileName, QString(),
            QStringLiteral("unrecognised price file format (use --format to name it)") };
    }
    const MappedFile file(fileName);
    ImportReport report;
    report.format = format;
    report.bytes = qint64(file.size());
    PriceCatalog staging;
    ImportContext ctx(fileName, staging, options, report);
    switch (format) {
    case ImportFormat::OfferJson:
        importOfferJson(ctx, file);
        break;
    case ImportFormat::OfferCsv:
        importOfferCsv(ctx, file);
        break;
    case ImportFormat::GetProducts:
        importGetProducts(ctx, file);
        break;
    case ImportFormat::PricingPage:
        importPricingPage(ctx, file);
        break;
    case ImportFormat::SavingsPlansJson:
        importSavingsPlansJson(ctx, file);
        break;
    case ImportFormat::SavingsPlansCsv:
        importSavingsPlansCsv(ctx, file);
        break;
    case ImportFormat::SpotHistory:
        importSpotHistory(ctx, file);
        break;
    case ImportFormat::SpotAdvisor:
        importSpotAdvisor(ctx, file);
        break;
    case ImportFormat::PriceTable:
        importPriceTable(ctx, file);
        break;
    case ImportFormat::PriceSimCsv:
        importPriceSimCsv(ctx, file);
        break;
    case ImportFormat::HostTableCsv:
        importHostTableCsv(ctx, file);
        break;
    case ImportFormat::Auto:
        break;
    }
    fillMissingDates(staging, ctx.publicationDate());
    if (!report.publicationDate.isValid())
        report.publicationDate = ctx.publicationDate();
    if (into.isEmpty())
        into = std::move(staging);
    else
        into.merge(staging);
    return report;
}

} // namespace ec2lab::catalog
