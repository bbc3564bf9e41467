#pragma once

#include "catalog/priceimporter.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ec2lab::app {

class PriceDownloader;

/// Runs "Update prices": fetches the AWS Price List region indexes, downloads the chosen regions'
/// EC2 and Savings Plans offer files to the data folder, imports them and replaces the user's
/// price cache.
///
/// Contract: nothing is downloaded until start() or run() is called. start() returns at once: the
/// downloads run on the event loop (Qt Network is asynchronous) and the import on a worker thread,
/// so a GUI stays responsive; finished() is emitted exactly once per start(). run() is start()
/// plus a local event loop, for the command line. The cache is replaced atomically and only after
/// every file was downloaded and imported, so a network error, a malformed file or cancel() leaves
/// the previous catalog byte for byte as it was. Downloaded files are deleted afterwards, whether
/// the refresh succeeded or not. Every URL an index names is resolved against the base URL and
/// refused when it leaves the base (`..`, another host or scheme); a file:// base is confined to
/// its folder, symbolic links included. The load-merge-save of the cache holds the catalog lock
/// (CatalogLock), so a concurrent `prices import` is never lost.
class PriceRefresher : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultBaseUrl = "https://pricing.us-east-1.amazonaws.com";

    /// What the refresher is doing; a GUI turns these into translated status lines.
    enum class Stage { Ec2Index, Ec2Offer, SavingsPlansIndex, SavingsPlansOffer, Import, Save };
    Q_ENUM(Stage)

    explicit PriceRefresher(QObject *parent = nullptr);
    /// Cancels a running refresh and waits for its import thread to stop.
    ~PriceRefresher() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    /// Whether \a url may be a base URL: https, http (mirrors, tests) or a file:// folder. Sets
    /// \a why otherwise.
    static bool isAllowedBaseUrl(const QUrl &url, QString *why);
    QUrl baseUrl() const { return m_baseUrl; }
    void setRegions(const QStringList &regions) { m_regions = regions; }
    /// Also fetch the Savings Plans files (default on).
    void setIncludeSavingsPlans(bool on) { m_savingsPlans = on; }

    /// Starts the refresh and returns immediately; finished() reports the outcome.
    void start();
    /// start() and wait. Returns true on success; errorString() says what failed otherwise.
    bool run();
    void cancel();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }
    /// One import report per file (ImportReport::toString()), after success.
    QStringList reports() const { return m_reports; }
    /// Prices read from all files, after success.
    qint64 pricesImported() const { return m_prices; }

signals:
    /// A line for the command line ("Downloading the us-east-1 EC2 offer file").
    void status(const QString &message);
    /// The same step, structured: \a region is empty for the index files, \a url is the file
    /// being downloaded (or the local file being imported).
    void stageChanged(ec2lab::app::PriceRefresher::Stage stage, const QString &region, const QUrl &url);
    /// Bytes of the current download, or of the current file's import.
    void progress(qint64 done, qint64 total);
    void finished(bool ok);

private:
    /// One download; \a then runs after it (parses an index and queues the offer files) and
    /// returns false with m_error set to stop.
    struct Job
    {
        Stage stage;
        QString region;
        QString path;
        QString file;
        std::function<bool()> then;
    };
    /// One downloaded file to import.
    struct ImportJob
    {
        QString region;
        QString file;
        catalog::ImportFormat format;
        QString sourceLabel;
    };
    /// What the import thread hands back.
    struct ImportResult
    {
        bool ok = false;
        QString error;
        QStringList reports;
        qint64 prices = 0;
    };

    void nextDownload();
    void onDownloadFinished(bool ok);
    void startImport();
    void onImportFinished();
    void finish(bool ok);
    bool queueEc2Offers(const QString &indexFile);
    bool queueSavingsPlansOffers(const QString &indexFile);
    /// The URL of \a path (from an index or built in) under the base URL; an empty URL with
    /// m_error set when it would leave the base.
    QUrl resolve(const QString &path);
    void announce(Stage stage, const QString &region, const QUrl &url);

    QNetworkAccessManager *m_network;
    PriceDownloader *m_downloader;
    QUrl m_baseUrl;
    QStringList m_regions;
    bool m_savingsPlans = true;
    bool m_running = false;
    QString m_dir;
    QList<Job> m_jobs;
    Job m_current;
    QList<ImportJob> m_imports;
    QStringList m_downloaded;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QFutureWatcher<ImportResult> m_importWatcher;
    QString m_error;
    QStringList m_reports;
    qint64 m_prices = 0;
};

} // namespace ec2lab::app
