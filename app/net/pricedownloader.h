#pragma once

#include <QObject>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ec2lab::app {

/// Downloads one URL straight to a file on disk, reporting progress and honouring cancel.
///
/// Contract: the body is written as it arrives (never held whole in memory) through QSaveFile,
/// so the target file appears only when the download completed with HTTP 2xx; after an error or
/// cancel() the previous file (if any) is untouched. finished() is emitted exactly once per
/// start(). A transfer that receives nothing for Limits::stallMs, or less than
/// Limits::lowSpeedBytes in any Limits::lowSpeedWindowMs (a server trickling one byte at a time),
/// or more than Limits::maxBytes in all, fails with a message saying which; the partial file is
/// removed. A finished file is readable by its owner only (it came from the network).
class PriceDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kStallTimeoutMs = 60 * 1000;

    /// When a download gives up. The defaults are documented in the README (reliability).
    struct Limits
    {
        /// Far above the largest offer file AWS publishes (us-east-1's EC2 offer file, a few GB).
        qint64 maxBytes = qint64(16) * 1024 * 1024 * 1024;
        int stallMs = kStallTimeoutMs;
        int lowSpeedWindowMs = 2 * 60 * 1000;
        qint64 lowSpeedBytes = 64 * 1024; ///< under ~0.5 KB/s for two minutes: give up
        /// The defaults, with each overridable by an environment variable (used by tests):
        /// EC2LAB_DOWNLOAD_MAX_BYTES, EC2LAB_DOWNLOAD_STALL_MS, EC2LAB_DOWNLOAD_LOW_SPEED_MS and
        /// EC2LAB_DOWNLOAD_LOW_SPEED_BYTES.
        static Limits fromEnvironment();
    };

    explicit PriceDownloader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PriceDownloader() override;

    void start(const QUrl &url, const QString &fileName);
    void cancel();
    /// Runs a local event loop until finished(); returns whether the download succeeded.
    bool waitForFinished();

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    bool isRunning() const { return m_reply != nullptr; }
    QString errorString() const { return m_error; }
    qint64 bytesReceived() const { return m_received; }

signals:
    void progress(qint64 received, qint64 total);
    void finished(bool ok);

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void onSpeedCheck();

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QSaveFile m_file;
    QUrl m_url;
    QString m_error;
    qint64 m_received = 0;
    qint64 m_receivedAtCheck = 0;
    Limits m_limits = Limits::fromEnvironment();
    QTimer m_speedTimer;
    bool m_cancelled = false;
    bool m_ok = false;
};

} // namespace ec2lab::app
