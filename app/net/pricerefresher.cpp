#include "net/pricerefresher.h"

#include "catalog/cataloglock.h"
#include "catalog/catalogstore.h"
#include "catalog/pricecatalog.h"
#include "jsonreader.h"
#include "net/pricedownloader.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace ec2lab::app {

using namespace ec2lab::catalog;

namespace {

const QString kCancelled = QStringLiteral("update cancelled");

} // namespace

PriceRefresher::PriceRefresher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_downloader(new PriceDownloader(m_network, this))
    , m_baseUrl(QUrl(QString::fromLatin1(kDefaultBaseUrl)))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    connect(m_downloader, &PriceDownloader::progress, this, &PriceRefresher::progress);
    connect(m_downloader, &PriceDownloader::finished, this, &PriceRefresher::onDownloadFinished);
    connect(
        &m_importWatcher, &QFutureWatcher<ImportResult>::finished, this, &PriceRefresher::onImportFinished);
}

PriceRefresher::~PriceRefresher()
{
    // The import thread calls back into this object; it must be gone before we are.
    m_cancelled->store(true);
    m_importWatcher.waitForFinished();
    // Before m_network (an older child) is deleted along with the reply the downloader points to.
    delete m_downloader;
}

void PriceRefresher::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    if (m_downloader->isRunning())
        m_downloader->cancel(); // finishes with "download cancelled"
}

bool PriceRefresher::isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || scheme == u"http") {
        if (url.host().isEmpty()) {
            *why = QStringLiteral("the base URL %1 names no host").arg(quotedValue(url.toDisplayString()));
            return false;
        }
        return true;
    }
    if (scheme == u"file")
        return true;
    *why = QStringLiteral("the base URL must be https://, http:// or file://, not %1")
               .arg(quotedValue(url.toDisplayString()));
    return false;
}

QUrl PriceRefresher::resolve(const QString &path)
{
    // The index is data from the network: its paths may only name files under the base URL.
    const auto refuse = [this, &path](const QString &why) {
        m_error = QStringLiteral("refusing the URL %1 from the price index: %2").arg(quotedValue(path), why);
        return QUrl();
    };
    const QUrl relative(path, QUrl::StrictMode);
    if (!relative.isValid() || !relative.scheme().isEmpty() || !relative.authority().isEmpty())
        return refuse(QStringLiteral("only a path under the base URL is allowed"));
    const QString decoded = relative.path(QUrl::FullyDecoded);
    if (decoded.contains(u'\\') || decoded.contains(QChar(0)))
        return refuse(QStringLiteral("it is not a plain path"));
    for (const QString &segment : decoded.split(u'/')) {
        if (segment == u"." || segment == u"..")
            return refuse(QStringLiteral("it leaves the base URL"));
    }
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (decoded.startsWith(u'/') ? decoded : u'/' + decoded));
    url.setQuery(relative.query());
    if (!url.path().startsWith(base + u'/'))
        return refuse(QStringLiteral("it leaves the base URL"));
    if (url.isLocalFile()) {
        // A local mirror: the file, with its symbolic links followed, must be in the folder.
        const QString folder = QFileInfo(m_baseUrl.toLocalFile()).canonicalFilePath();
        const QString target = QFileInfo(url.toLocalFile()).canonicalFilePath();
        if (folder.isEmpty())
            return refuse(QStringLiteral("the base folder %1 does not exist").arg(m_baseUrl.toLocalFile()));
        if (!target.isEmpty() && !target.startsWith(folder + u'/'))
            return refuse(QStringLiteral("it leaves the base folder %1").arg(folder));
    }
    return url;
}

void PriceRefresher::announce(Stage stage, const QString &region, const QUrl &url)
{
    QString line;
    switch (stage) {
    case Stage::Ec2Index:
        line = QStringLiteral("Downloading the EC2 region index");
        break;
    case Stage::Ec2Offer:
        line = QStringLiteral("Downloading the %1 EC2 offer file").arg(region);
        break;
    case Stage::SavingsPlansIndex:
        line = QStringLiteral("Downloading the Savings Plans region index");
        break;
    case Stage::SavingsPlansOffer:
        line = QStringLiteral("Downloading the %1 Savings Plans file").arg(region);
        break;
    case Stage::Import:
        line = QStringLiteral("Importing %1").arg(url.toLocalFile());
        break;
    case Stage::Save:
        line = QStringLiteral("Saving %1").arg(url.toLocalFile());
        break;
    }
    emit status(line);
    emit stageChanged(stage, region, url);
}

void PriceRefresher::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_error.clear();
    m_reports.clear();
    m_prices = 0;
    m_jobs.clear();
    m_imports.clear();
    m_downloaded.clear();
    m_cancelled->store(false);
    m_dir = CatalogStore::dataDirectory() + QStringLiteral("/downloads");
    static const QRegularExpression regionCode(QStringLiteral("^[a-z]{2}(-[a-z0-9]+){1,4}$"));
    for (const QString &region : std::as_const(m_regions)) {
        if (!regionCode.match(region).hasMatch() && m_error.isEmpty())
            m_error = QStringLiteral("%1 is not a Region code (such as us-east-1)").arg(quotedValue(region));
    }
    if (!m_error.isEmpty()) {
    } else if (m_regions.isEmpty()) {
        m_error = QStringLiteral("no region chosen");
    } else if (!QDir().mkpath(m_dir)) {
        m_error = QStringLiteral("cannot create %1").arg(m_dir);
    }
    if (!m_error.isEmpty()) {
        // finished() always arrives after start() returned, as for a network failure.
        QMetaObject::invokeMethod(
            this, [this] { finish(false); }, Qt::QueuedConnection);
        return;
    }
    const QString ec2Index = m_dir + QStringLiteral("/ec2-region_index.json");
    m_jobs.append(
        { Stage::Ec2Index, QString(), QStringLiteral("/offers/v1.0/aws/AmazonEC2/current/region_index.json"),
            ec2Index, [this, ec2Index] { return queueEc2Offers(ec2Index); } });
    nextDownload();
}

bool PriceRefresher::run()
{
    QEventLoop loop;
    connect(this, &PriceRefresher::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return m_error.isEmpty();
}

bool PriceRefresher::queueEc2Offers(const QString &indexFile)
{
    const JsonCursor regions
        = JsonCursor(loadJsonDocument(indexFile).object(), indexFile)[QStringLiteral("regions")];
    QList<Job> offers;
    for (const QString &region : std::as_const(m_regions)) {
        if (!regions.has(region)) {
            m_error = QStringLiteral("region %1 is not in the EC2 region index %2")
                          .arg(region, resolve(m_current.path).toDisplayString());
            return false;
        }
        const QString url = regions[region][QStringLiteral("currentVersionUrl")].toString();
        const QString file = m_dir + QStringLiteral("/ec2-%1.json").arg(region);
        offers.append({ Stage::Ec2Offer, region, url, file, {} });
        m_imports.append({ region, file, ImportFormat::OfferJson,
            QStringLiteral("AWS Price List, AmazonEC2 %1").arg(region) });
    }
    m_jobs = offers + m_jobs;
    if (m_savingsPlans) {
        const QString spIndex = m_dir + QStringLiteral("/sp-region_index.json");
        m_jobs.append({ Stage::SavingsPlansIndex, QString(),
            QStringLiteral("/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json"), spIndex,
            [this, spIndex] { return queueSavingsPlansOffers(spIndex); } });
    }
    return true;
}

bool PriceRefresher::queueSavingsPlansOffers(const QString &indexFile)
{
    const JsonCursor regions
        = JsonCursor(loadJsonDocument(indexFile).object(), indexFile)[QStringLiteral("regions")];
    for (const QString &region : std::as_const(m_regions)) {
        QString url;
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (regions[i][QStringLiteral("regionCode")].toString() == region)
                url = regions[i][QStringLiteral("versionUrl")].toString();
        }
        if (url.isEmpty()) {
            m_error = QStringLiteral("region %1 is not in the Savings Plans region index %2")
                          .arg(region, resolve(m_current.path).toDisplayString());
            return false;
        }
        const QString file = m_dir + QStringLiteral("/sp-%1.json").arg(region);
        m_jobs.append({ Stage::SavingsPlansOffer, region, url, file, {} });
        m_imports.append({ region, file, ImportFormat::SavingsPlansJson,
            QStringLiteral("AWS Price List, AWSComputeSavingsPlan %1").arg(region) });
    }
    return true;
}

void PriceRefresher::nextDownload()
{
    if (m_cancelled->load()) {
        m_error = kCancelled;
        finish(false);
        return;
    }
    if (m_jobs.isEmpty()) {
        startImport();
        return;
    }
    m_current = m_jobs.takeFirst();
    const QUrl url = resolve(m_current.path);
    if (url.isEmpty()) {
        finish(false);
        return;
    }
    announce(m_current.stage, m_current.region, url);
    m_downloader->start(url, m_current.file);
}

void PriceRefresher::onDownloadFinished(bool ok)
{
    if (!m_running)
        return;
    if (!ok) {
        m_error = m_downloader->errorString();
        finish(false);
        return;
    }
    m_downloaded << m_current.file;
    if (m_current.then) {
        try {
            if (!m_current.then()) {
                finish(false);
                return;
            }
        } catch (const InputError &e) {
            m_error = e.toString();
            finish(false);
            return;
        }
    }
    nextDownload();
}

void PriceRefresher::startImport()
{
    const QList<ImportJob> jobs = m_imports;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    const QString cachePath = CatalogStore::cachePath();
    // The worker reports through queued calls; ~PriceRefresher() waits for it, so `this` outlives it.
    m_importWatcher.setFuture(QtConcurrent::run([this, jobs, cancelled, cachePath] {
        ImportResult result;
        qint64 lastReported = -1;
        ImportOptions options;
        options.progress = [this, cancelled, &lastReported](qint64 done, qint64 total) {
            if (done == total || lastReported < 0 || done - lastReported >= qMax<qint64>(total / 200, 1)) {
                lastReported = done;
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            }
            return !cancelled->load();
        };
        try {
            PriceCatalog staging;
            for (const ImportJob &job : jobs) {
                lastReported = -1;
                QMetaObject::invokeMethod(
                    this, [this, job] { announce(Stage::Import, job.region, QUrl::fromLocalFile(job.file)); },
                    Qt::QueuedConnection);
                options.sourceLabel = job.sourceLabel;
                const ImportReport report = PriceImporter::importFile(job.file, staging, job.format, options);
                result.reports << report.toString();
                result.prices += report.prices;
            }
            if (cancelled->load()) {
                result.error = kCancelled;
                return result;
            }
            QMetaObject::invokeMethod(
                this, [this, cachePath] { announce(Stage::Save, QString(), QUrl::fromLocalFile(cachePath)); },
                Qt::QueuedConnection);
            // Under the catalog lock: a `prices import` running meanwhile is waited for, not lost.
            CatalogLock lock(cachePath);
            lock.acquire(CatalogLock::defaultTimeoutMs());
            PriceCatalog cache;
            if (QFile::exists(cachePath))
                cache = CatalogStore::load(cachePath);
            cache.merge(staging);
            // The last point of no return: a cancel after this would not be honoured anyway.
            if (cancelled->load()) {
                result.error = kCancelled;
                return result;
            }
            CatalogStore::save(cache, cachePath);
            result.ok = true;
        } catch (const InputError &e) {
            result.error = cancelled->load() ? kCancelled : e.toString();
        }
        return result;
    }));
}

void PriceRefresher::onImportFinished()
{
    const ImportResult result = m_importWatcher.result();
    m_reports = result.reports;
    m_prices = result.prices;
    m_error = result.ok ? QString() : result.error;
    finish(result.ok);
}

void PriceRefresher::finish(bool ok)
{
    m_running = false;
    m_jobs.clear();
    m_current = Job();
    // Success: the prices are in the cache now. Failure: a half-refreshed set of files is of no
    // use, and offer files run to gigabytes. The downloader removes a partial file itself.
    for (const QString &f : std::as_const(m_downloaded))
        QFile::remove(f);
    m_downloaded.clear();
    emit finished(ok);
}

} // namespace ec2lab::app
