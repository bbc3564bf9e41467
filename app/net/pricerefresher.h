#pragma once

#include "catalog/pricecatalog.h"
#include "catalog/priceimporter.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace ec2lab::app {

class PriceDownloader;

/// Runs "Update prices": fetches the AWS Price List region indexes, downloads the chosen regions'
/// EC2 and Savings Plans offer files to the data folder, imports them and replaces the user's
/// price cache.
///
/// Contract: nothing is downloaded until run() is called; the cache is replaced atomically and
/// only after every file was downloaded and imported, so a network error, a malformed file or
/// cancel() leaves the previous catalog untouched. run() spins a local event loop, so the GUI
/// stays responsive and the CLI can use it as is.
class PriceRefresher : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultBaseUrl = "https://pricing.us-east-1.amazonaws.com";

    explicit PriceRefresher(QObject *parent = nullptr);
    ~PriceRefresher() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setRegions(const QStringList &regions) { m_regions = regions; }
    /// Also fetch the Savings Plans files (default on).
    void setIncludeSavingsPlans(bool on) { m_savingsPlans = on; }

    /// Returns true on success; errorString() says what failed otherwise.
    bool run();
    void cancel();
    QString errorString() const { return m_error; }
    QStringList reports() const { return m_reports; }

signals:
    /// A line for the user ("Downloading us-east-1 EC2 offer file"), then byte progress.
    void status(const QString &message);
    void progress(qint64 received, qint64 total);

private:
    bool download(const QString &path, const QString &fileName);
    QUrl resolve(const QString &path) const;

    QNetworkAccessManager *m_network;
    PriceDownloader *m_downloader = nullptr;
    QUrl m_baseUrl;
    QStringList m_regions;
    bool m_savingsPlans = true;
    bool m_cancelled = false;
    QString m_error;
    QStringList m_reports;
};

} // namespace ec2lab::app
