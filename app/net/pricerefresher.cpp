#include "net/pricerefresher.h"

#include "catalog/catalogstore.h"
#include "jsonreader.h"
#include "net/pricedownloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>

namespace ec2lab::app {

using namespace ec2lab::catalog;

PriceRefresher::PriceRefresher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(QUrl(QString::fromLatin1(kDefaultBaseUrl)))
{
}

PriceRefresher::~PriceRefresher() = default;

void PriceRefresher::cancel()
{
    m_cancelled = true;
    if (m_downloader)
        m_downloader->cancel();
}

QUrl PriceRefresher::resolve(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (path.startsWith(u'/') ? path : u'/' + path));
    return url;
}

bool PriceRefresher::download(const QString &path, const QString &fileName)
{
    if (m_cancelled) {
        m_error = QStringLiteral("update cancelled");
        return false;
    }
    PriceDownloader downloader(m_network);
    m_downloader = &downloader;
    connect(&downloader, &PriceDownloader::progress, this, &PriceRefresher::progress);
    downloader.start(resolve(path), fileName);
    const bool ok = downloader.waitForFinished();
    m_downloader = nullptr;
    if (!ok)
        m_error = downloader.errorString();
    return ok;
}

bool PriceRefresher::run()
{
    m_error.clear();
    m_reports.clear();
    m_cancelled = false;
    const QString dir = CatalogStore::dataDirectory() + QStringLiteral("/downloads");
    if (!QDir().mkpath(dir)) {
        m_error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    if (m_regions.isEmpty()) {
        m_error = QStringLiteral("no region chosen");
        return false;
    }
    ImportOptions options;
    options.progress = [this](qint64, qint64) {
        QCoreApplication::processEvents();
        return !m_cancelled;
    };
    PriceCatalog staging;
    try {
        emit status(QStringLiteral("Downloading the EC2 region index"));
        const QString ec2Index = dir + QStringLiteral("/ec2-region_index.json");
        if (!download(QStringLiteral("/offers/v1.0/aws/AmazonEC2/current/region_index.json"), ec2Index))
            return false;
        const JsonCursor ec2Regions
            = JsonCursor(loadJsonDocument(ec2Index).object(), ec2Index)[QStringLiteral("regions")];
        for (const QString &region : std::as_const(m_regions)) {
            if (!ec2Regions.has(region)) {
                m_error = QStringLiteral("region %1 is not in the EC2 region index").arg(region);
                return false;
            }
            const QString url = ec2Regions[region][QStringLiteral("currentVersionUrl")].toString();
            const QString file = dir + QStringLiteral("/ec2-%1.json").arg(region);
            emit status(QStringLiteral("Downloading the %1 EC2 offer file").arg(region));
            if (!download(url, file))
                return false;
            emit status(QStringLiteral("Importing the %1 EC2 offer file").arg(region));
            options.sourceLabel = QStringLiteral("AWS Price List, AmazonEC2 %1").arg(region);
            m_reports
                << PriceImporter::importFile(file, staging, ImportFormat::OfferJson, options).toString();
        }
        if (m_savingsPlans) {
            emit status(QStringLiteral("Downloading the Savings Plans region index"));
            const QString spIndex = dir + QStringLiteral("/sp-region_index.json");
            if (!download(
                    QStringLiteral("/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json"),
                    spIndex))
                return false;
            const JsonCursor spRegions
                = JsonCursor(loadJsonDocument(spIndex).object(), spIndex)[QStringLiteral("regions")];
            for (const QString &region : std::as_const(m_regions)) {
                QString url;
                for (qsizetype i = 0; i < spRegions.size(); ++i) {
                    if (spRegions[i][QStringLiteral("regionCode")].toString() == region)
                        url = spRegions[i][QStringLiteral("versionUrl")].toString();
                }
                if (url.isEmpty()) {
                    m_error
                        = QStringLiteral("region %1 is not in the Savings Plans region index").arg(region);
                    return false;
                }
                const QString file = dir + QStringLiteral("/sp-%1.json").arg(region);
                emit status(QStringLiteral("Downloading the %1 Savings Plans file").arg(region));
                if (!download(url, file))
                    return false;
                options.sourceLabel = QStringLiteral("AWS Price List, AWSComputeSavingsPlan %1").arg(region);
                m_reports << PriceImporter::importFile(file, staging, ImportFormat::SavingsPlansJson, options)
                                 .toString();
            }
        }
        PriceCatalog cache;
        const QString cachePath = CatalogStore::cachePath();
        if (QFile::exists(cachePath))
            cache = CatalogStore::load(cachePath);
        cache.merge(staging);
        CatalogStore::save(cache, cachePath);
    } catch (const InputError &e) {
        m_error = e.toString();
        return false;
    }
    return true;
}

} // namespace ec2lab::app
