// PriceRefresher ("Update prices") against an HTTP server this test runs on 127.0.0.1: progress is
// reported, cancel stops the download, and neither a cancel nor a failure leaves a catalog or a
// half-written file behind.

#include "catalog/catalogstore.h"
#include "net/pricerefresher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace ec2lab;
using namespace ec2lab::app;

namespace {

/// Answers every GET with one fixed JSON document for the region indexes and, for the offer
/// file, a body sent in 64 KiB pieces so that progress and cancel can be observed.
class SlowPriceServer : public QTcpServer
{
public:
    explicit SlowPriceServer(QByteArray offer)
        : m_offer(std::move(offer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            QByteArray body;
            if (path.endsWith("AmazonEC2/current/region_index.json"))
                body
                    = R"({"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":"/ec2/us-east-1/index.json"}}})";
            else if (path == "/ec2/us-east-1/index.json")
                body = m_offer;
            else {
                socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            socket->write(
                "HTTP/1.0 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
            auto *timer = new QTimer(socket);
            auto offset = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [socket, body, offset, timer] {
                socket->write(body.mid(*offset, 64 * 1024));
                *offset += 64 * 1024;
                if (*offset >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
            timer->start(5);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    QByteArray m_offer;
};

QByteArray offerFile()
{
    QFile f(QStringLiteral(EC2LAB_TEST_DATA "/prices/offer.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Pad with whitespace so the body arrives in several pieces (JSON ignores it).
    return f.readAll() + QByteArray(400 * 1024, ' ');
}

} // namespace

class TestPricesRefresh : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        qputenv("EC2LAB_DATA_DIR", m_data->path().toUtf8());
    }

    void downloadsWithProgressThenImports()
    {
        SlowPriceServer server(offerFile());
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PriceRefresher refresher;
        refresher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        refresher.setRegions({ QStringLiteral("us-east-1") });
        refresher.setIncludeSavingsPlans(false);
        QSignalSpy progress(&refresher, &PriceRefresher::progress);
        QSignalSpy status(&refresher, &PriceRefresher::status);
        QVERIFY2(refresher.run(), qPrintable(refresher.errorString()));
        QVERIFY2(progress.count() >= 2, qPrintable(QString::number(progress.count()))); // several pieces
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), offerFile().size());
        QCOMPARE(last.at(1).toLongLong(), offerFile().size());
        QVERIFY(status.count() >= 3);
        const catalog::PriceCatalog cache = catalog::CatalogStore::load(catalog::CatalogStore::cachePath());
        QCOMPARE(cache.quote(catalog::PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") })
                     .onDemand->perHour.toPlainString(),
            QStringLiteral("0.096"));
    }

    void cancelLeavesNothingBehind()
    {
        SlowPriceServer server(offerFile());
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PriceRefresher refresher;
        refresher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        refresher.setRegions({ QStringLiteral("us-east-1") });
        // Cancel as soon as the offer file (the big one) starts arriving.
        connect(
            &refresher, &PriceRefresher::progress, &refresher, [&refresher](qint64 received, qint64 total) {
                if (total > 100 * 1024 && received > 0)
                    refresher.cancel();
            });
        QVERIFY(!refresher.run());
        QCOMPARE(refresher.errorString(), QStringLiteral("download cancelled"));
        QVERIFY(!QFile::exists(catalog::CatalogStore::cachePath()));
        const QDir downloads(m_data->filePath(QStringLiteral("downloads")));
        QVERIFY(!downloads.exists(QStringLiteral("ec2-us-east-1.json")));
    }

    void httpErrorIsReported()
    {
        SlowPriceServer server(offerFile());
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PriceRefresher refresher;
        refresher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/missing").arg(server.serverPort())));
        refresher.setRegions({ QStringLiteral("us-east-1") });
        QVERIFY(!refresher.run());
        QVERIFY2(refresher.errorString().contains(QStringLiteral("/missing/ec2/us-east-1/index.json")),
            qPrintable(refresher.errorString()));
        QVERIFY2(refresher.errorString().contains(QStringLiteral("Not Found")),
            qPrintable(refresher.errorString()));
        QVERIFY(!QFile::exists(catalog::CatalogStore::cachePath()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
};

QTEST_GUILESS_MAIN(TestPricesRefresh)
#include "tst_pricesrefresh.moc"
