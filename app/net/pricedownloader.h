#pragma once

#include <QObject>
#include <QSaveFile>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ec2lab::app {

/// Downloads one URL straight to a file on disk, reporting progress and honouring cancel.
///
/// Contract: the body is written as it arrives (never held whole in memory) through QSaveFile,
/// so the target file appears only when the download completed with HTTP 2xx; after an error or
/// cancel() the previous file (if any) is untouched. finished() is emitted exactly once per
/// start(). A transfer that receives nothing for kStallTimeoutMs fails with a message saying so.
class PriceDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kStallTimeoutMs = 60 * 1000;

    explicit PriceDownloader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PriceDownloader() override;

    void start(const QUrl &url, const QString &fileName);
    void cancel();
    /// Runs a local event loop until finished(); returns whether the download succeeded.
    bool waitForFinished();

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

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QSaveFile m_file;
    QUrl m_url;
    QString m_error;
    qint64 m_received = 0;
    bool m_cancelled = false;
    bool m_ok = false;
};

} // namespace ec2lab::app
