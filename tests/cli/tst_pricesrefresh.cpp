// PriceRefresher ("Update prices") against an HTTP server this test runs on 127.0.0.1: progress is
// reported, cancel stops the download, and neither a cancel nor a failure leaves a catalog or a
// half-written file behind.

#include "catalog/catalogstore.h"
#include "net/pricerefresher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        , m_index(
              R"({"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":"/ec2/us-east-1/index.json"}}})")
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }

    void setIndex(const QByteArray &index) { m_index = index; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            QByteArray body;
            if (path.endsWith("AmazonEC2/current/region_index.json"))
                body = m_index;
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
    QByteArray m_index;
};

/// A hostile server: the EC2 index, then an offer file that either trickles one byte per tick
/// (never stalling long enough for a transfer timeout) or pours out far more than any price file.
class HostileServer : public QTcpServer
{
public:
    enum class Mode { Trickle, Flood };
    explicit HostileServer(Mode mode)
        : m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray path = socket->readAll().split(' ').value(1);
            if (path.endsWith("AmazonEC2/current/region_index.json")) {
                const QByteArray body
                    = R"({"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":"/ec2/us-east-1/index.json"}}})";
                socket->write("HTTP/1.0 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\n\r\n" + body);
                socket->disconnectFromHost();
                return;
            }
            // Announces 10 GB, as a real offer file would announce its size.
            socket->write("HTTP/1.0 200 OK\r\nContent-Length: 10000000000\r\n\r\n{");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                if (m_mode == Mode::Trickle)
                    socket->write(" ");
                else if (socket->bytesToWrite() < 1024 * 1024)
                    socket->write(QByteArray(256 * 1024, ' '));
            });
            timer->start(m_mode == Mode::Trickle ? 20 : 1);
        });
    }
    Mode m_mode;
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

    void cleanup()
    {
        qunsetenv("EC2LAB_DOWNLOAD_LOW_SPEED_MS");
        qunsetenv("EC2LAB_DOWNLOAD_LOW_SPEED_BYTES");
        qunsetenv("EC2LAB_DOWNLOAD_MAX_BYTES");
    }

    void hostileServerIsGivenUpOn_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        // One byte every 20 ms never trips a 60 s stall timeout; the low-speed check (here: at
        // least 1,000 bytes in every 300 ms, instead of 64 KiB in 2 minutes) gives up.
        QTest::newRow("one byte at a time")
            << int(HostileServer::Mode::Trickle) << QStringLiteral("too slow");
        // A flood stops at the size cap (here 2 MiB instead of 16 GiB), not at the memory's end.
        QTest::newRow("more than any price file")
            << int(HostileServer::Mode::Flood) << QStringLiteral("larger than 2097152 bytes");
    }
    void hostileServerIsGivenUpOn()
    {
        QFETCH(int, mode);
        QFETCH(QString, message);
        qputenv("EC2LAB_DOWNLOAD_LOW_SPEED_MS", "300");
        qputenv("EC2LAB_DOWNLOAD_LOW_SPEED_BYTES", "1000");
        qputenv("EC2LAB_DOWNLOAD_MAX_BYTES", "2097152");
        HostileServer server(static_cast<HostileServer::Mode>(mode));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PriceRefresher refresher;
        refresher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        refresher.setRegions({ QStringLiteral("us-east-1") });
        refresher.setIncludeSavingsPlans(false);
        // Bounded: before the limits existed this refresh never ended; give up on it after 20 s.
        QTimer::singleShot(20000, &refresher, &PriceRefresher::cancel);
        qint64 largest = 0;
        connect(&refresher, &PriceRefresher::progress, &refresher,
            [&largest](qint64 received, qint64) { largest = qMax(largest, received); });
        QVERIFY(!refresher.run());
        QVERIFY2(refresher.errorString().contains(message), qPrintable(refresher.errorString()));
        QVERIFY2(refresher.errorString().contains(QStringLiteral("/ec2/us-east-1/index.json")),
            qPrintable(refresher.errorString()));
        QVERIFY(largest <= 2097152);
        QVERIFY(!QFile::exists(catalog::CatalogStore::cachePath()));
        // Nothing is left in the downloads folder: neither the partial offer file nor the index.
        QCOMPARE(QDir(m_data->filePath(QStringLiteral("downloads"))).entryList(QDir::Files | QDir::Hidden),
            QStringList());
    }

    void urlsFromTheIndexStayUnderTheBase_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QByteArray>("versionUrl");
        QTest::addColumn<QString>("message");
        QTest::newRow("file:// with .. to a file outside the folder")
            << "file" << QByteArray("/../secret/passwd") << QStringLiteral("it leaves the base URL");
        QTest::newRow("file:// with percent-encoded ..")
            << "file" << QByteArray("/%2e%2e/secret/passwd") << QStringLiteral("it leaves the base URL");
        QTest::newRow("file:// through a symlink in the folder to a file outside")
            << "file" << QByteArray("/escape/passwd") << QStringLiteral("it leaves the base folder");
        QTest::newRow("file:// index names another scheme")
            << "file" << QByteArray("file:///etc/passwd") << QStringLiteral("only a path under the base URL");
        QTest::newRow("http index names another host")
            << "http" << QByteArray("http://198.51.100.7/index.json")
            << QStringLiteral("only a path under the base URL");
        QTest::newRow("http with ..")
            << "http" << QByteArray("/../../etc/passwd") << QStringLiteral("it leaves the base URL");
    }
    void urlsFromTheIndexStayUnderTheBase()
    {
        QFETCH(QString, scheme);
        QFETCH(QByteArray, versionUrl);
        QFETCH(QString, message);
        // <tmp>/mirror is the base; <tmp>/secret/passwd is a file the index must not reach.
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        QDir(tree.path()).mkpath(QStringLiteral("mirror/offers/v1.0/aws/AmazonEC2/current"));
        QDir(tree.path()).mkpath(QStringLiteral("secret"));
        QFile secret(tree.filePath(QStringLiteral("secret/passwd")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(offerFile()); // a valid offer file, so only the URL check can stop it
        secret.close();
        QVERIFY(QFile::link(
            tree.filePath(QStringLiteral("secret")), tree.filePath(QStringLiteral("mirror/escape"))));
        QFile index(
            tree.filePath(QStringLiteral("mirror/offers/v1.0/aws/AmazonEC2/current/region_index.json")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write(R"({"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":")" + versionUrl
            + R"("}}})");
        index.close();
        std::unique_ptr<QTcpServer> server;
        QUrl base = QUrl::fromLocalFile(tree.filePath(QStringLiteral("mirror")));
        if (scheme == u"http") {
            auto *http = new SlowPriceServer(offerFile());
            server.reset(http);
            QVERIFY(server->listen(QHostAddress::LocalHost));
            base = QUrl(QStringLiteral("http://127.0.0.1:%1/mirror").arg(server->serverPort()));
        }
        PriceRefresher refresher;
        refresher.setBaseUrl(base);
        refresher.setRegions({ QStringLiteral("us-east-1") });
        refresher.setIncludeSavingsPlans(false);
        if (scheme == u"http") {
            // The slow server answers the index at any path; point its offer at the hostile URL.
            auto *http = static_cast<SlowPriceServer *>(server.get());
            http->setIndex(R"({"regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":")"
                + versionUrl + R"("}}})");
        }
        QVERIFY(!refresher.run());
        QVERIFY2(refresher.errorString().contains(message), qPrintable(refresher.errorString()));
        QVERIFY(!QFile::exists(catalog::CatalogStore::cachePath()));
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("downloads/ec2-us-east-1.json"))));
    }

    void downloadedFilesAreOwnerOnly()
    {
        SlowPriceServer server(offerFile());
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PriceRefresher refresher;
        refresher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        refresher.setRegions({ QStringLiteral("us-east-1") });
        refresher.setIncludeSavingsPlans(false);
        QFileDevice::Permissions seen;
        connect(&refresher, &PriceRefresher::stageChanged, &refresher,
            [&seen](PriceRefresher::Stage stage, const QString &, const QUrl &url) {
                if (stage == PriceRefresher::Stage::Import)
                    seen = QFileInfo(url.toLocalFile()).permissions();
            });
        QVERIFY2(refresher.run(), qPrintable(refresher.errorString()));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QVERIFY(seen & QFileDevice::ReadOwner);
        QCOMPARE(seen & others, QFileDevice::Permissions());
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
};

QTEST_GUILESS_MAIN(TestPricesRefresh)
#include "tst_pricesrefresh.moc"
