#include "net/pricedownloader.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ec2lab::app {

PriceDownloader::PriceDownloader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

PriceDownloader::~PriceDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_file.cancelWriting();
    }
}

void PriceDownloader::start(const QUrl &url, const QString &fileName)
{
    Q_ASSERT(!m_reply);
    m_url = url;
    m_error.clear();
    m_received = 0;
    m_cancelled = false;
    m_ok = false;
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(fileName, m_file.errorString());
        QMetaObject::invokeMethod(
            this, [this] { emit finished(false); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // A server that stops sending must not leave "Update prices" waiting for ever.
    request.setTransferTimeout(kStallTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &PriceDownloader::onReadyRead);
    // Progress is reported from readyRead rather than QNetworkReply::downloadProgress, which Qt
    // throttles: a transfer that stalls soon after it started would show no progress at all.
    connect(m_reply, &QNetworkReply::finished, this, &PriceDownloader::onFinished);
}

void PriceDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished, handled in onFinished()
}

bool PriceDownloader::waitForFinished()
{
    if (m_reply) {
        QEventLoop loop;
        connect(this, &PriceDownloader::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_ok;
}

void PriceDownloader::onReadyRead()
{
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_file.write(chunk) != chunk.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_reply->abort();
        return;
    }
    // A compressed transfer announces the compressed length: then the total is unknown.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 total = length.isValid() && length.toLongLong() >= m_received ? length.toLongLong() : -1;
    emit progress(m_received, total);
}

void PriceDownloader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        m_error = QStringLiteral("download cancelled");
    } else if (m_error.isEmpty() && reply->error() == QNetworkReply::OperationCanceledError) {
        m_error = QStringLiteral("%1: no data received for %2 seconds")
                      .arg(m_url.toDisplayString())
                      .arg(kStallTimeoutMs / 1000);
    } else if (m_error.isEmpty() && reply->error() != QNetworkReply::NoError) {
        // Qt's HTTP errors already name the URL ("Error transferring URL - server replied: ...").
        const QString url = m_url.toDisplayString();
        m_error = reply->errorString().contains(url)
            ? reply->errorString()
            : QStringLiteral("%1: %2").arg(url, reply->errorString());
    } else if (m_error.isEmpty() && status != 0 && (status < 200 || status > 299)) {
        m_error = QStringLiteral("%1: HTTP status %2").arg(m_url.toDisplayString()).arg(status);
    } else if (m_error.isEmpty()) {
        const QByteArray rest = reply->readAll();
        m_received += rest.size();
        if (m_file.write(rest) != rest.size() || !m_file.commit()) {
            m_error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        } else {
            m_ok = true;
            emit progress(m_received, m_received);
        }
    }
    if (!m_ok)
        m_file.cancelWriting();
    emit finished(m_ok);
}

} // namespace ec2lab::app
