#include "net/pricedownloader.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <climits>

namespace ec2lab::app {

namespace {

qint64 envValue(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

PriceDownloader::Limits PriceDownloader::Limits::fromEnvironment()
{
    Limits l;
    l.maxBytes = envValue("EC2LAB_DOWNLOAD_MAX_BYTES", l.maxBytes);
    l.stallMs = int(qMin<qint64>(envValue("EC2LAB_DOWNLOAD_STALL_MS", l.stallMs), INT_MAX));
    l.lowSpeedWindowMs
        = int(qMin<qint64>(envValue("EC2LAB_DOWNLOAD_LOW_SPEED_MS", l.lowSpeedWindowMs), INT_MAX));
    l.lowSpeedBytes = envValue("EC2LAB_DOWNLOAD_LOW_SPEED_BYTES", l.lowSpeedBytes);
    return l;
}

PriceDownloader::PriceDownloader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    connect(&m_speedTimer, &QTimer::timeout, this, &PriceDownloader::onSpeedCheck);
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
    // Unbuffered: a full disk fails the write it happens in, with the real cause (see CatalogStore::save).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(fileName, m_file.errorString());
        QMetaObject::invokeMethod(
            this, [this] { emit finished(false); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // A server that stops sending must not leave "Update prices" waiting for ever; one that sends
    // a byte now and then is caught by the low-speed check.
    request.setTransferTimeout(m_limits.stallMs);
    m_reply = m_network->get(request);
    m_receivedAtCheck = 0;
    m_speedTimer.start(m_limits.lowSpeedWindowMs);
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

void PriceDownloader::onSpeedCheck()
{
    if (!m_reply)
        return;
    const qint64 inWindow = m_received - m_receivedAtCheck;
    m_receivedAtCheck = m_received;
    if (inWindow < m_limits.lowSpeedBytes)
        fail(QStringLiteral("%1: too slow, %2 bytes in the last %3 s (the minimum is %4 bytes); giving up")
                 .arg(m_url.toDisplayString())
                 .arg(inWindow)
                 .arg(m_limits.lowSpeedWindowMs / 1000.0)
                 .arg(m_limits.lowSpeedBytes));
}

void PriceDownloader::fail(const QString &message)
{
    if (!m_reply || !m_error.isEmpty())
        return;
    m_error = message;
    m_reply->abort(); // emits finished, handled in onFinished()
}

void PriceDownloader::onReadyRead()
{
    // Never more than the cap in memory or on disk: read what is left under it, plus one byte.
    const qint64 room = m_limits.maxBytes - m_received;
    const QByteArray chunk = m_reply->read(qMin<qint64>(m_reply->bytesAvailable(), room + 1));
    if (chunk.size() > room) {
        fail(QStringLiteral("%1: the file is larger than %2 bytes, more than any AWS price file; giving up")
                 .arg(m_url.toDisplayString())
                 .arg(m_limits.maxBytes));
        return;
    }
    m_received += chunk.size();
    if (m_file.write(chunk) != chunk.size()) {
        fail(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    // A compressed transfer announces the compressed length: then the total is unknown.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 total = length.isValid() && length.toLongLong() >= m_received ? length.toLongLong() : -1;
    emit progress(m_received, total);
}

void PriceDownloader::onFinished()
{
    m_speedTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        m_error = QStringLiteral("download cancelled");
    } else if (m_error.isEmpty() && reply->error() == QNetworkReply::OperationCanceledError) {
        m_error = QStringLiteral("%1: no data received for %2 seconds")
                      .arg(m_url.toDisplayString())
                      .arg(m_limits.stallMs / 1000.0);
    } else if (m_error.isEmpty() && reply->error() != QNetworkReply::NoError) {
        // Qt's HTTP errors already name the URL ("Error transferring URL - server replied: ...").
        const QString url = m_url.toDisplayString();
        m_error = reply->errorString().contains(url)
            ? reply->errorString()
            : QStringLiteral("%1: %2").arg(url, reply->errorString());
    } else if (m_error.isEmpty() && status != 0 && (status < 200 || status > 299)) {
        m_error = QStringLiteral("%1: HTTP status %2").arg(m_url.toDisplayString()).arg(status);
    } else if (m_error.isEmpty()) {
        const qint64 room = m_limits.maxBytes - m_received;
        const QByteArray rest = reply->read(qMin<qint64>(reply->bytesAvailable(), room + 1));
        if (rest.size() > room) {
            m_error = QStringLiteral(
                "%1: the file is larger than %2 bytes, more than any AWS price file; giving up")
                          .arg(m_url.toDisplayString())
                          .arg(m_limits.maxBytes);
        } else if (m_received += rest.size(); m_file.write(rest) != rest.size() || !m_file.commit()) {
            m_error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        } else {
            // Owner-only: a price file needs no wider access, whatever the source's permissions.
            QFile::setPermissions(m_file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_ok = true;
            emit progress(m_received, m_received);
        }
    }
    if (!m_ok)
        m_file.cancelWriting();
    emit finished(m_ok);
}

} // namespace ec2lab::app
