// "Update prices" end to end against an HTTP server this test runs on 127.0.0.1: the dialog
// downloads the region indexes and offer files, imports them, CatalogHolder swaps in the new
// catalog and the cost workspace shows the new date and recomputes with the new price. A cancel,
// an HTTP error or a malformed file leaves the catalog file byte for byte as it was. Nothing is
// requested before Download is pressed.

#include "catalog/catalogstore.h"
#include "catalog/priceimporter.h"
#include "core/scenariodocument.h"
#include "cost/costworkspace.h"
#include "cost/summarymodel.h"
#include "cost/typepicker.h"
#include "costworkspacetesting.h"
#include "prices/catalogholder.h"
#include "prices/updatepricesdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace ec2lab;
using namespace ec2lab::gui;

namespace {

const QByteArray kEc2OfferPath = "/offers/v1.0/aws/AmazonEC2/20261102100000/us-east-1/index.json";
const QByteArray kSpOfferPath
    = "/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20261102100000/us-east-1/index.json";

/// One canned answer: HTTP status and body, optionally only the first \a stallAfter bytes of it
/// (then the connection stays open and silent, like a stalled server).
struct Answer
{
    int status = 200;
    QByteArray body;
    qsizetype stallAfter = -1;
};

/// A tiny HTTP/1.0 server: answers each GET from a path -> Answer table (404 otherwise), sending
/// bodies in 16 KiB pieces so that progress can be observed, and counts the requests it saw.
class PriceServer : public QTcpServer
{
public:
    PriceServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }
    QHash<QByteArray, Answer> answers;
    QList<QByteArray> requests;
    int connections = 0;

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    void serve(QTcpSocket *socket)
    {
        ++connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            requests << path;
            const Answer answer = answers.value(path, Answer { 404, "no such file\n" });
            const QByteArray reason = answer.status == 200 ? "OK" : "Not Found";
            socket->write("HTTP/1.0 " + QByteArray::number(answer.status) + ' ' + reason
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(answer.body.size()) + "\r\n\r\n");
            const QByteArray body
                = answer.stallAfter >= 0 ? answer.body.left(answer.stallAfter) : answer.body;
            auto *timer = new QTimer(socket);
            auto offset = std::make_shared<qsizetype>(0);
            const bool close = answer.stallAfter < 0;
            connect(timer, &QTimer::timeout, socket, [socket, body, offset, timer, close] {
                socket->write(body.mid(*offset, 16 * 1024));
                *offset += 16 * 1024;
                if (*offset >= body.size()) {
                    timer->stop();
                    if (close)
                        socket->disconnectFromHost();
                }
            });
            timer->start(2);
        });
    }
};

QByteArray readFile(const QString &name)
{
    QFile f(name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The project's small offer files, re-dated 2026-11-02 (newer than the bundled snapshot) and
/// with m5.large On-Demand at 0.123 instead of 0.096, padded so the body comes in many pieces.
QByteArray ec2Offer()
{
    QByteArray b = readFile(QStringLiteral(EC2LAB_TEST_DATA "/prices/offer.json"));
    b.replace("2025-04-04T22:41:22Z", "2026-11-02T10:00:00Z");
    b.replace("\"0.0960000000\"", "\"0.1230000000\"");
    return b + QByteArray(200 * 1024, ' ');
}

QByteArray savingsPlansOffer()
{
    QByteArray b = readFile(QStringLiteral(EC2LAB_TEST_DATA "/prices/savings-plans.json"));
    b.replace("2025-09-11T18:44:47Z", "2026-11-02T10:00:00Z");
    return b;
}

void serveAll(PriceServer &server)
{
    server.answers.insert("/offers/v1.0/aws/AmazonEC2/current/region_index.json",
        { 200,
            R"({"formatVersion":"v1.0","regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":")"
                + kEc2OfferPath + R"("}}})" });
    server.answers.insert(kEc2OfferPath, { 200, ec2Offer() });
    server.answers.insert("/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json",
        { 200, R"({"regions":[{"regionCode":"us-east-1","versionUrl":")" + kSpOfferPath + R"("}]})" });
    server.answers.insert(kSpOfferPath, { 200, savingsPlansOffer() });
}

QString pickerLabel(CostWorkspace *w)
{
    for (QLabel *l : w->findChild<TypePicker *>()->findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("price snapshot")))
            return l->text();
    return {};
}

QString onDemandM5(const catalog::PriceCatalog &c)
{
    const catalog::PriceQuote q
        = c.quote(catalog::PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") });
    return q.onDemand ? q.onDemand->perHour.toPlainString() : QStringLiteral("absent");
}

} // namespace

class TestUpdatePrices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ec2lab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_updateprices"));
        QSettings().clear();
    }

    void init()
    {
        // A fresh data folder per test, with a previous catalog in it: the project's offer file as
        // imported by `ec2lab prices import` (m5.large 0.096, dated 2025-04-04).
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        qputenv("EC2LAB_DATA_DIR", m_data->path().toUtf8());
        catalog::PriceCatalog previous;
        catalog::PriceImporter::importFile(QStringLiteral(EC2LAB_TEST_DATA "/prices/offer.json"), previous);
        catalog::CatalogStore::save(previous, catalog::CatalogStore::cachePath());
        m_previous = readFile(catalog::CatalogStore::cachePath());
        QVERIFY(!m_previous.isEmpty());
        // The holder is app-wide: make it read this folder's catalog.
        QSignalSpy changed(CatalogHolder::instance(), &CatalogHolder::catalogChanged);
        CatalogHolder::instance()->reload();
        QVERIFY(changed.wait(20000));
        QVERIFY(CatalogHolder::instance()->snapshotDate() < QDate(2026, 11, 2));
    }

    void nothingIsRequestedBeforeDownload()
    {
        PriceServer server;
        serveAll(server);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSettings().setValue(QStringLiteral("prices/baseUrl"), server.baseUrl());
        UpdatePricesDialog dialog(QStringLiteral("us-east-1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        QCOMPARE(server.connections, 0);
        // The remembered base URL is offered; the current region is checked, nothing else is.
        QCOMPARE(dialog.baseUrlEdit()->text(), server.baseUrl());
        QCOMPARE(dialog.checkedRegions(), QStringList { QStringLiteral("us-east-1") });
        QVERIFY(dialog.savingsPlansBox()->isChecked());
        QVERIFY(dialog.downloadButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QVERIFY(!dialog.regionList()->accessibleName().isEmpty());
        QVERIFY(!dialog.progressBar()->accessibleName().isEmpty());
    }

    void successImportsAndWorkspacesFollow()
    {
        PriceServer server;
        serveAll(server);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        // A workspace is open, pricing m5.large On-Demand from the catalog (no price in the file).
        ScenarioDocument doc;
        doc.setValue(
            QStringLiteral("prices.on_demand_per_hour"), QJsonValue(QJsonValue::Undefined), QString());
        CostWorkspace workspace(&doc);
        // 0.096 x 26,280 h + EBS 86.40 + IPv4 131.40
        QCOMPARE(onDemandTotal(&workspace), QStringLiteral("2740.68"));
        const QString oldDate = CatalogHolder::instance()->snapshotDate().toString(Qt::ISODate);
        QVERIFY2(pickerLabel(&workspace).contains(oldDate), qPrintable(pickerLabel(&workspace)));

        UpdatePricesDialog dialog(QStringLiteral("us-east-1"));
        dialog.baseUrlEdit()->setText(server.baseUrl());
        dialog.show();
        QSignalSpy changed(CatalogHolder::instance(), &CatalogHolder::catalogChanged);
        QSignalSpy finished(&dialog, &UpdatePricesDialog::updateFinished);
        QSignalSpy progress(dialog.progressBar(), &QProgressBar::valueChanged);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.downloadButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(changed.count() == 1, qPrintable(dialog.messageLabel()->text()));
        QVERIFY(progress.count() >= 2);

        const QList<QByteArray> expected { "/offers/v1.0/aws/AmazonEC2/current/region_index.json",
            kEc2OfferPath, "/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json",
            kSpOfferPath };
        QCOMPARE(server.requests, expected);

        // The new catalog is in use: its date, its price, the Savings Plans rates.
        CatalogHolder *holder = CatalogHolder::instance();
        QCOMPARE(holder->snapshotDate(), QDate(2026, 11, 2));
        QCOMPARE(onDemandM5(*holder->current()), QStringLiteral("0.123"));
        QVERIFY(!holder->current()
                     ->quote(catalog::PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") })
                     .savingsPlans.isEmpty());
        QCOMPARE(onDemandM5(catalog::CatalogStore::load(catalog::CatalogStore::cachePath())),
            QStringLiteral("0.123"));
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("2026-11-02")),
            qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(dialog.downloadButton()->isEnabled());
        // The downloaded offer files are not kept once imported.
        QVERIFY(QDir(m_data->filePath(QStringLiteral("downloads")))
                    .entryList({ QStringLiteral("*.json") }, QDir::Files)
                    .isEmpty());

        // The open workspace shows the new date and recomputed with the new price:
        // 0.123 x 26,280 h = 3232.44, + EBS 86.40 + IPv4 131.40 = 3450.24.
        QTRY_VERIFY2(pickerLabel(&workspace).contains(QStringLiteral("2026-11-02")),
            qPrintable(pickerLabel(&workspace)));
        QTRY_COMPARE(onDemandTotal(&workspace), QStringLiteral("3450.24"));

        // The base URL is remembered for next time.
        QCOMPARE(UpdatePricesDialog::savedBaseUrl(), server.baseUrl());
    }

    void cancelMidDownloadLeavesTheCatalogUntouched()
    {
        PriceServer server;
        serveAll(server);
        server.answers[kEc2OfferPath].stallAfter = 64 * 1024; // then silence
        QVERIFY(server.listen(QHostAddress::LocalHost));
        UpdatePricesDialog dialog(QStringLiteral("us-east-1"));
        dialog.baseUrlEdit()->setText(server.baseUrl());
        dialog.show();
        QSignalSpy changed(CatalogHolder::instance(), &CatalogHolder::catalogChanged);
        QSignalSpy finished(&dialog, &UpdatePricesDialog::updateFinished);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        // Wait until the offer file is arriving and has stalled part way.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusLabel()->text().contains(QStringLiteral("EC2 prices of us-east-1"))
                && dialog.progressBar()->value() > 0,
            20000);
        QTest::qWait(100);
        QVERIFY(dialog.progressBar()->value() < dialog.progressBar()->maximum());
        QVERIFY(finished.isEmpty());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); // may already have come during the click
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("cancelled")),
            qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("not changed")));
        QCOMPARE(readFile(catalog::CatalogStore::cachePath()), m_previous);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(onDemandM5(*CatalogHolder::instance()->current()), QStringLiteral("0.096"));
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("downloads/ec2-us-east-1.json"))));
        QVERIFY(dialog.downloadButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QCOMPARE(server.requests.size(), 2); // the index and the offer file, nothing after cancel
    }

    void failureNamesTheFileAndLeavesTheCatalogUntouched_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("HTTP 404 for the EC2 offer file")
            << kEc2OfferPath << 404 << QByteArray("gone")
            << QStringList { QString::fromLatin1(kEc2OfferPath), QStringLiteral("Not Found") };
        QTest::newRow("garbage EC2 offer file")
            << kEc2OfferPath << 200 << QByteArray("<html>this is not an offer file</html>")
            << QStringList { QStringLiteral("ec2-us-east-1.json") };
        QTest::newRow("truncated Savings Plans file") << kSpOfferPath << 200 << savingsPlansOffer().left(700)
                                                      << QStringList { QStringLiteral("sp-us-east-1.json") };
        QTest::newRow("region index without the region")
            << QByteArray("/offers/v1.0/aws/AmazonEC2/current/region_index.json") << 200
            << QByteArray(R"({"regions":{"eu-west-1":{"currentVersionUrl":"/x.json"}}})")
            << QStringList { QStringLiteral("us-east-1 is not in the EC2 region index"),
                   QStringLiteral("region_index.json") };
    }

    void failureNamesTheFileAndLeavesTheCatalogUntouched()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        PriceServer server;
        serveAll(server);
        server.answers[path] = Answer { status, body };
        QVERIFY(server.listen(QHostAddress::LocalHost));
        UpdatePricesDialog dialog(QStringLiteral("us-east-1"));
        dialog.baseUrlEdit()->setText(server.baseUrl());
        dialog.show();
        QSignalSpy changed(CatalogHolder::instance(), &CatalogHolder::catalogChanged);
        QSignalSpy finished(&dialog, &UpdatePricesDialog::updateFinished);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        const QString message = dialog.messageLabel()->text();
        QVERIFY(dialog.messageLabel()->isVisible());
        for (const QString &e : expected)
            QVERIFY2(message.contains(e), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not changed")), qPrintable(message));
        QCOMPARE(readFile(catalog::CatalogStore::cachePath()), m_previous);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(onDemandM5(*CatalogHolder::instance()->current()), QStringLiteral("0.096"));
        QVERIFY(dialog.downloadButton()->isEnabled());
    }

    void badInputIsRefusedWithoutAConnection_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no region") << QString() << false << QStringLiteral("at least one region");
        QTest::newRow("not a URL") << QStringLiteral("pricing") << true << QStringLiteral("http or https");
        QTest::newRow("ftp URL") << QStringLiteral("ftp://127.0.0.1/") << true
                                 << QStringLiteral("http or https");
    }

    void badInputIsRefusedWithoutAConnection()
    {
        QFETCH(QString, baseUrl);
        QFETCH(bool, region);
        QFETCH(QString, expected);
        PriceServer server;
        serveAll(server);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        UpdatePricesDialog dialog(QStringLiteral("us-east-1"));
        dialog.baseUrlEdit()->setText(baseUrl.isEmpty() ? server.baseUrl() : baseUrl);
        dialog.setRegionChecked(QStringLiteral("us-east-1"), region);
        dialog.show();
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.messageLabel()->text().contains(expected), qPrintable(dialog.messageLabel()->text()));
        QTest::qWait(100);
        QCOMPARE(server.connections, 0);
    }

    void closingWhileDownloadingCancels()
    {
        PriceServer server;
        serveAll(server);
        server.answers[kEc2OfferPath].stallAfter = 32 * 1024;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        UpdatePricesDialog dialog(QStringLiteral("us-east-1"));
        dialog.baseUrlEdit()->setText(server.baseUrl());
        dialog.show();
        QSignalSpy finished(&dialog, &UpdatePricesDialog::updateFinished);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0, 20000);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        QTRY_COMPARE(rejected.count(), 1);
        QCOMPARE(readFile(catalog::CatalogStore::cachePath()), m_previous);
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
    QByteArray m_previous;
};

QTEST_MAIN(TestUpdatePrices)
#include "tst_updateprices.moc"
