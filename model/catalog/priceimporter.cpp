#include "catalog/priceimporter.h"

#include "catalog/importsupport.h"
#include "inputfile.h"

#include <QDateTime>
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
    { ImportFormat::SavingsPlans, "savings-plans" },
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
    // A date given for files that state none must not lie in the future either: it would
    // outrank every later import.
    if (options.fallbackDate.isValid()
        && options.fallbackDate > QDateTime::currentDateTimeUtc().date().addDays(ImportContext::kFutureDays))
        throw InputError { fileName, QString(),
            QStringLiteral("the given publication date %1 is in the future (more than %2 days after today)")
                .arg(options.fallbackDate.toString(Qt::ISODate))
                .arg(ImportContext::kFutureDays) };
    const MappedFile file(fileName);
    if (format == ImportFormat::SavingsPlans) {
        // JSON or CSV, by the first byte that is not white space; nothing else is detected.
        size_t i = 0;
        while (i < file.size() && QChar::isSpace(uchar(file.data()[i])))
            ++i;
        format = i < file.size() && (file.data()[i] == '{' || file.data()[i] == '[')
            ? ImportFormat::SavingsPlansJson
            : ImportFormat::SavingsPlansCsv;
    }
    ImportReport report;
    report.format = format;
    report.bytes = qint64(file.size());
    PriceCatalog staging;
    ImportContext ctx(fileName, staging, options, report);
    const auto changed = [&fileName] {
        return InputError { fileName, QString(),
            QStringLiteral("the file shrank while it was read (another program changed it); "
                           "import it again") };
    };
    try {
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
        case ImportFormat::SavingsPlans:
            break;
        }
    } catch (const InputError &) {
        if (file.changed())
            throw changed(); // the error came from the zeros read past the new end
        throw;
    }
    if (file.changed())
        throw changed();
    if (report.prices == 0) {
        // Say what was there instead, when the reader skipped something.
        QString skipped;
        for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
            skipped += QStringLiteral("; skipped %1 x %2").arg(it.value()).arg(it.key());
        throw InputError { fileName, QString(),
            QStringLiteral("no %1 prices in the file (a wrong --format, or an index file?)%2")
                .arg(catalog::toString(format), skipped) };
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
