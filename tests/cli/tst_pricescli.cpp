// `ec2lab prices` run as a user runs it: the built binary with $EC2LAB_DATA_DIR pointing at a
// temporary folder (the real user data is never touched), the bundled snapshot, imports of the
// files in tests/data/prices, and `refresh` against an HTTP server the test runs on 127.0.0.1.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/types.h>

/// Serves files of one folder over HTTP/1.0 on 127.0.0.1 (GET only; 404 for anything else).
class LocalHttpServer : public QTcpServer
{
public:
    explicit LocalHttpServer(const QString &root)
        : m_root(root)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }
    QStringList requests;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            if (!m_buffers[socket].contains("\r\n\r\n"))
                return;
            const QList<QByteArray> line = m_buffers.take(socket).split('\n').value(0).trimmed().split(' ');
            const QString path = QString::fromUtf8(line.value(1));
            requests << path;
            QFile file(m_root + path);
            QByteArray response;
            if (line.value(0) == "GET" && !path.contains(QStringLiteral(".."))
                && file.open(QIODevice::ReadOnly)) {
                const QByteArray body = file.readAll();
                response = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            } else {
                response = "HTTP/1.0 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found";
            }
            socket->write(response);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    QString m_root;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class TestPricesCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs ec2lab while this thread's event loop keeps serving HTTP requests.
    Run ec2lab(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EC2LAB_DATA_DIR"), m_data.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EC2LAB_BINARY), args);
        if (!p.waitForStarted())
            return {};
        QElapsedTimer timer;
        timer.start();
        while (p.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(5);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }
    QJsonObject showJson(const QString &region, const QString &type, const QStringList &extra = {})
    {
        const Run r = ec2lab(
            QStringList { QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("--region"),
                region, QStringLiteral("--type"), type, QStringLiteral("--json") }
            + extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    static QString data(const char *name)
    {
        return QStringLiteral(EC2LAB_TEST_DATA "/prices/") + QString::fromLatin1(name);
    }
    QString cachePath() const { return m_data.filePath(QStringLiteral("prices.ec2cat")); }
    static QJsonObject findObject(const QJsonArray &array, const QString &key1, const QString &value1,
        const QString &key2, const QString &value2, const QString &key3, const QString &value3)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(key1).toString() == value1 && o.value(key2).toString() == value2
                && o.value(key3).toString() == value3)
                return o;
        }
        return {};
    }

    QTemporaryDir m_data;

private slots:
    void init() { QFile::remove(cachePath()); }

    void help()
    {
        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("ec2lab prices import FILE..."));
        QVERIFY(r.out.contains("EC2LAB_DATA_DIR"));
        const Run top = ec2lab({ QStringLiteral("--help") });
        QVERIFY(top.out.contains("prices"));
    }

    void helpNamesTheFormatsThatNeedARegion()
    {
        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        // Every format without a Region column is named next to --region (issue 14), not only
        // price tables; the others are said not to use it.
        const QString text = QString::fromUtf8(r.out).simplified();
        QVERIFY(text.contains(QStringLiteral(
            "--region R (a code such as us-east-1) is the Region of the formats without a Region column: "
            "price-table, pricesim-csv and host-table-csv;")));
        QVERIFY(text.contains(QStringLiteral("The other formats name their Regions themselves")));
    }

    void infoNamesTheRegions()
    {
        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("info") });
        QCOMPARE(r.exitCode, 0);
        // The bundled snapshot's two Regions, by the names AWS's offer files use, codes alongside.
        QVERIFY(r.out.contains(
            "Regions: Asia Pacific (Seoul) (ap-northeast-2), US East (N. Virginia) (us-east-1)\n"));
    }

    void showFromTheBundledSnapshot()
    {
        const QJsonObject o = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"));
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(o.value(QStringLiteral("instance_type")).toString(), QStringLiteral("m5.large"));
        QCOMPARE(o.value(QStringLiteral("platform")).toString(), QStringLiteral("linux"));
        QCOMPARE(o.value(QStringLiteral("tenancy")).toString(), QStringLiteral("shared"));
        const QJsonObject specs = o.value(QStringLiteral("specs")).toObject();
        QCOMPARE(specs.value(QStringLiteral("vcpu")).toInt(), 2);
        QCOMPARE(specs.value(QStringLiteral("memory_gib")).toString(), QStringLiteral("8"));
        QCOMPARE(specs.value(QStringLiteral("architecture")).toString(), QStringLiteral("x86_64"));
        QCOMPARE(specs.value(QStringLiteral("family")).toString(), QStringLiteral("m5"));
        QCOMPARE(specs.value(QStringLiteral("normalization_factor")).toString(), QStringLiteral("4"));
        const QJsonObject od = o.value(QStringLiteral("on_demand")).toObject();
        QCOMPARE(od.value(QStringLiteral("per_hour")).toString(), QStringLiteral("0.096"));
        QCOMPARE(od.value(QStringLiteral("estimate")).toBool(true), false);
        QVERIFY(!od.value(QStringLiteral("source")).toString().isEmpty());
        QVERIFY(od.value(QStringLiteral("date")).toString().startsWith(QStringLiteral("20")));
        const QJsonObject nu = findObject(o.value(QStringLiteral("reserved")).toArray(),
            QStringLiteral("class"), QStringLiteral("standard"), QStringLiteral("term"),
            QStringLiteral("1yr"), QStringLiteral("payment"), QStringLiteral("no-upfront"));
        QCOMPARE(nu.value(QStringLiteral("upfront")).toString(), QStringLiteral("0"));
        QCOMPARE(nu.value(QStringLiteral("hourly")).toString(), QStringLiteral("0.06"));
        QCOMPARE(nu.value(QStringLiteral("effective_hourly")).toString(), QStringLiteral("0.06"));
        QCOMPARE(nu.value(QStringLiteral("date")).toString(), QStringLiteral("2025-04-05"));
        const QJsonObject pu = findObject(o.value(QStringLiteral("reserved")).toArray(),
            QStringLiteral("class"), QStringLiteral("standard"), QStringLiteral("term"),
            QStringLiteral("1yr"), QStringLiteral("payment"), QStringLiteral("partial-upfront"));
        QCOMPARE(pu.value(QStringLiteral("upfront")).toString(), QStringLiteral("252"));
        QCOMPARE(pu.value(QStringLiteral("hourly")).toString(), QStringLiteral("0.029"));
        const QJsonObject spot = o.value(QStringLiteral("spot")).toObject();
        QCOMPARE(spot.value(QStringLiteral("savings_percent")).toString(), QStringLiteral("66"));
        QCOMPARE(spot.value(QStringLiteral("interruption")).toString(), QStringLiteral("15-20%"));
        // m5 hosts: the Infracost golden gives reservations only (No Upfront 1yr 3.193, 3yr 2.19 per
        // host-hour); the On-Demand host price stays absent (null), never guessed.
        const QJsonObject host = o.value(QStringLiteral("dedicated_host")).toObject();
        QVERIFY(host.value(QStringLiteral("per_host_hour")).isNull());
        const QJsonObject host1 = findObject(host.value(QStringLiteral("reserved")).toArray(),
            QStringLiteral("term"), QStringLiteral("1yr"), QStringLiteral("payment"),
            QStringLiteral("no-upfront"), QStringLiteral("upfront"), QStringLiteral("0"));
        QCOMPARE(host1.value(QStringLiteral("hourly")).toString(), QStringLiteral("3.193"));
        QVERIFY(o.value(QStringLiteral("snapshot_date")).isString());
        QCOMPARE(o.value(QStringLiteral("region_name")).toString(), QStringLiteral("US East (N. Virginia)"));
    }

    void showSeoulWithEstimates()
    {
        const QJsonObject o = showJson(QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large"));
        QCOMPARE(o.value(QStringLiteral("on_demand")).toObject().value(QStringLiteral("per_hour")).toString(),
            QStringLiteral("0.118"));
        const QJsonObject spot = o.value(QStringLiteral("spot")).toObject();
        QCOMPARE(spot.value(QStringLiteral("per_hour")).toString(), QStringLiteral("0.03776"));
        QCOMPARE(spot.value(QStringLiteral("estimate")).toBool(), true);
        QVERIFY(spot.value(QStringLiteral("rule")).toString().contains(QStringLiteral("Advisor")));
        for (const QJsonValue &sp : o.value(QStringLiteral("savings_plans")).toArray())
            QCOMPARE(sp.toObject().value(QStringLiteral("estimate")).toBool(), true);
    }

    void showTextAndAbsent()
    {
        const Run text
            = ec2lab({ QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("--region"),
                QStringLiteral("us-east-1"), QStringLiteral("--type"), QStringLiteral("m5.large") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("On-Demand:        0.096 USD/h"));
        QVERIFY(text.out.contains("prices as of "));
        const Run none
            = ec2lab({ QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("--region"),
                QStringLiteral("us-east-1"), QStringLiteral("--type"), QStringLiteral("m5.enormous") });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.startsWith(
            "ec2lab: error: no prices for m5.enormous in US East (N. Virginia) (us-east-1) (linux, shared)"));
        QVERIFY(none.out.isEmpty());
    }

    void list()
    {
        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("list"), QStringLiteral("--region"),
            QStringLiteral("us-east-1"), QStringLiteral("--family"), QStringLiteral("m5"),
            QStringLiteral("--min-vcpu"), QStringLiteral("48"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("instance_types")).toArray();
        QStringList types;
        for (const QJsonValue &v : rows)
            types << v.toObject().value(QStringLiteral("instance_type")).toString();
        QCOMPARE(types,
            (QStringList { QStringLiteral("m5.12xlarge"), QStringLiteral("m5.16xlarge"),
                QStringLiteral("m5.24xlarge"), QStringLiteral("m5.metal") }));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("vcpu")).toInt(), 48);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("memory_gib")).toString(), QStringLiteral("192"));
        const Run mem = ec2lab({ QStringLiteral("prices"), QStringLiteral("list"), QStringLiteral("--region"),
            QStringLiteral("ap-northeast-2"), QStringLiteral("--family"), QStringLiteral("t3"),
            QStringLiteral("--min-memory"), QStringLiteral("16") });
        QCOMPARE(mem.exitCode, 0);
        QVERIFY(mem.out.contains("t3.xlarge"));
        QVERIFY(mem.out.contains("t3.2xlarge"));
        QVERIFY(!mem.out.contains("t3.large"));
        // The Region by name, code alongside; --json gives both.
        QVERIFY(mem.out.contains("2 instance types in Asia Pacific (Seoul) (ap-northeast-2), prices as of "));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("region_name")).toString(),
            QStringLiteral("US East (N. Virginia)"));
    }

    void importThenShow()
    {
        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("import"), data("offer.json"),
            data("spot-history.json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("offer-json: "));
        QVERIFY(QFile::exists(cachePath()));
        const QJsonObject o = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"),
            { QStringLiteral("--platform"), QStringLiteral("windows") });
        QCOMPARE(o.value(QStringLiteral("on_demand")).toObject().value(QStringLiteral("per_hour")).toString(),
            QStringLiteral("0.188"));
        QCOMPARE(o.value(QStringLiteral("on_demand")).toObject().value(QStringLiteral("source")).toString(),
            QStringLiteral("offer.json"));
        const QJsonObject ded = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"),
            { QStringLiteral("--tenancy"), QStringLiteral("dedicated") });
        QCOMPARE(ded.value(QStringLiteral("dedicated_host"))
                     .toObject()
                     .value(QStringLiteral("per_host_hour"))
                     .toString(),
            QStringLiteral("5.069"));
    }

    void failedImportChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("corrupt price")
            << QStringList { data("offer-corrupt-price.json") } << QByteArray("\"v000000\"");
        QTest::newRow("second file fails: the first is not kept either")
            << QStringList { data("savings-plans.json"), data("offer-truncated.json") }
            << QByteArray("invalid JSON");
        QTest::newRow("unknown format") << QStringList { data("host-table.csv"), QStringLiteral("--format"),
            QStringLiteral("offer-json") }
                                        << QByteArray("host-table.csv");
    }
    void failedImportChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QCOMPARE(
            ec2lab({ QStringLiteral("prices"), QStringLiteral("import"), data("price-table.csv") }).exitCode,
            0);
        QFile f(cachePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const Run r = ec2lab(QStringList { QStringLiteral("prices"), QStringLiteral("import") } + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("ec2lab: error: "), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.contains("the price catalog was not changed"));
        // The error contract: one line on stderr, nothing on stdout, not even the report of a
        // first file that imported fine.
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList {};
        QTest::newRow("unknown subcommand") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("show without type") << QStringList { QStringLiteral("show"),
            QStringLiteral("--region"), QStringLiteral("us-east-1") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("list"), QStringLiteral("--region"),
            QStringLiteral("us-east-1"), QStringLiteral("--colour") };
        QTest::newRow("bad platform") << QStringList { QStringLiteral("show"), QStringLiteral("--region"),
            QStringLiteral("us-east-1"), QStringLiteral("--type"), QStringLiteral("m5.large"),
            QStringLiteral("--platform"), QStringLiteral("beos") };
        QTest::newRow("import without files") << QStringList { QStringLiteral("import") };
        QTest::newRow("refresh without region") << QStringList { QStringLiteral("refresh") };
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = ec2lab(QStringList { QStringLiteral("prices") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("ec2lab: error: ") || r.err.startsWith("Usage: "));
    }

    void writeFailureLeavesTheCatalogAndSaysWhy()
    {
        // A disk that fills while the catalog is saved. RLIMIT_FSIZE stands in for a full disk
        // (no mount needed): every write past the old catalog's size fails with EFBIG, as one would with
        // ENOSPC. Before, the buffered save could report success and leave a truncated or empty catalog.
        QCOMPARE(
            ec2lab({ QStringLiteral("prices"), QStringLiteral("import"), data("price-table.csv") }).exitCode,
            0);
        QFile f(cachePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        // Room for the lock file and the old catalog's size; the merged catalog is larger.
        const rlim_t room = rlim_t(qMax<qsizetype>(before.size(), 128));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EC2LAB_DATA_DIR"), m_data.path());
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([room] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
            struct rlimit limit
            {
                room, room
            };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        p.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("prices"), QStringLiteral("import"), data("offer.json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.startsWith("ec2lab: error: ") && err.toLower().contains("cannot write: file too large")
                && err.contains("the price catalog was not changed"),
            err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void secondImportWaitsForTheLock()
    {
        // Hold the catalog lock the way another `prices import` would, from this process.
        QLockFile held(cachePath() + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EC2LAB_DATA_DIR"), m_data.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("prices"), QStringLiteral("import"), data("offer.json") });
        QVERIFY(p.waitForStarted());
        p.setReadChannel(QProcess::StandardError);
        // It says that it waits, and for whom, then waits (no catalog is written meanwhile).
        QByteArray err;
        while (!err.contains('\n') && p.waitForReadyRead(30000))
            err += p.readAllStandardError();
        const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid());
        QVERIFY2(err.contains(QByteArray(QByteArray("waiting for another ec2lab (process ") + holder + ')')),
            err.constData());
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY(!QFile::exists(cachePath()));
        held.unlock();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Saved "));
        QVERIFY(QFile::exists(cachePath()));
    }

    void lockedCatalogFailsClearlyAfterTheTimeout()
    {
        QCOMPARE(
            ec2lab({ QStringLiteral("prices"), QStringLiteral("import"), data("price-table.csv") }).exitCode,
            0);
        QFile f(cachePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QLockFile held(cachePath() + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        qputenv("EC2LAB_LOCK_TIMEOUT_MS", "0");
        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("import"), data("offer.json") });
        qunsetenv("EC2LAB_LOCK_TIMEOUT_MS");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        // No wait allowed: no waiting note, just the one error line.
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.last().startsWith("ec2lab: error: ")
                && lines.last().contains(QByteArray(QByteArray("in use by another ec2lab (process ")
                    + QByteArray::number(QCoreApplication::applicationPid()) + ')'))
                && lines.last().contains("the price catalog was not changed"),
            r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void twoImportsAtOnceBothLand()
    {
        // Two processes started together: with the lock, the second merges over the first's save.
        QProcess a;
        QProcess b;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EC2LAB_DATA_DIR"), m_data.path());
        a.setProcessEnvironment(env);
        b.setProcessEnvironment(env);
        a.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("prices"), QStringLiteral("import"), data("offer.json") });
        b.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("prices"), QStringLiteral("import"), data("savings-plans.json") });
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QJsonObject windows = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"),
            { QStringLiteral("--platform"), QStringLiteral("windows") });
        QCOMPARE(
            windows.value(QStringLiteral("on_demand")).toObject().value(QStringLiteral("source")).toString(),
            QStringLiteral("offer.json"));
        const QJsonObject linux = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"));
        const QJsonObject compute = findObject(linux.value(QStringLiteral("savings_plans")).toArray(),
            QStringLiteral("type"), QStringLiteral("compute"), QStringLiteral("term"), QStringLiteral("1yr"),
            QStringLiteral("payment"), QStringLiteral("no-upfront"));
        QCOMPARE(compute.value(QStringLiteral("estimate")).toBool(true), false);
    }

    void refreshCancelledByCtrlC()
    {
        // A server that accepts and never answers: the download waits until Ctrl+C.
        QTcpServer silent;
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EC2LAB_DATA_DIR"), m_data.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("prices"), QStringLiteral("refresh"), QStringLiteral("--region"),
                QStringLiteral("us-east-1"), QStringLiteral("--verbose"), QStringLiteral("--base-url"),
                QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()) });
        QVERIFY(p.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        // Wait (serving the event loop) until ec2lab is connected, then press Ctrl+C.
        while (held.isEmpty() && timer.elapsed() < 30000)
            QTest::qWait(5);
        QVERIFY(!held.isEmpty());
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        while (p.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(5);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(p.exitCode(), 1);
        const QList<QByteArray> lines = p.readAllStandardError().trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("ec2lab: error: ") && lines.last().contains("cancelled"),
            lines.last().constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(!QFile::exists(cachePath()));
        QCOMPARE(QDir(m_data.filePath(QStringLiteral("downloads"))).entryList(QDir::Files), QStringList());
    }

    void refreshFromALocalServer()
    {
        // A fixture-shaped Price List tree: region indexes pointing at the offer files.
        QTemporaryDir root;
        QDir(root.path()).mkpath(QStringLiteral("offers/v1.0/aws/AmazonEC2/current"));
        QDir(root.path()).mkpath(QStringLiteral("offers/v1.0/aws/AmazonEC2/20250404224122/us-east-1"));
        QDir(root.path()).mkpath(QStringLiteral("savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current"));
        QDir(root.path())
            .mkpath(QStringLiteral("savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250911184447/us-east-1"));
        auto write = [&root](const QString &path, const QByteArray &bytes) {
            QFile f(root.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("offers/v1.0/aws/AmazonEC2/current/region_index.json"),
            R"({"formatVersion":"v1.0","publicationDate":"2025-04-04T22:41:22Z","regions":{"us-east-1":{"regionCode":"us-east-1",)"
            R"("currentVersionUrl":"/offers/v1.0/aws/AmazonEC2/20250404224122/us-east-1/index.json"}}})");
        write(QStringLiteral("savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json"),
            R"({"publicationDate":"2025-09-11T18:44:47Z","regions":[{"regionCode":"us-east-1",)"
            R"("versionUrl":"/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250911184447/us-east-1/index.json"}]})");
        QVERIFY(QFile::copy(data("offer.json"),
            root.filePath(QStringLiteral("offers/v1.0/aws/AmazonEC2/20250404224122/us-east-1/index.json"))));
        QVERIFY(QFile::copy(data("savings-plans.json"),
            root.filePath(QStringLiteral(
                "savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250911184447/us-east-1/index.json"))));
        LocalHttpServer server(root.path());
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());

        // A region missing from the index fails and leaves no cache behind.
        const Run missing = ec2lab({ QStringLiteral("prices"), QStringLiteral("refresh"),
            QStringLiteral("--region"), QStringLiteral("eu-west-1"), QStringLiteral("--base-url"), base });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(
            missing.err.contains("region eu-west-1 is not in the EC2 region index"), missing.err.constData());
        // One stderr line (no progress lines: stderr is not a terminal here), nothing on stdout.
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(!QFile::exists(cachePath()));

        const Run r = ec2lab({ QStringLiteral("prices"), QStringLiteral("refresh"),
            QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--base-url"), base });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(server.requests.contains(
            QStringLiteral("/offers/v1.0/aws/AmazonEC2/20250404224122/us-east-1/index.json")));
        QVERIFY(QFile::exists(cachePath()));
        const QJsonObject o = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"),
            { QStringLiteral("--platform"), QStringLiteral("windows") });
        QCOMPARE(o.value(QStringLiteral("on_demand")).toObject().value(QStringLiteral("per_hour")).toString(),
            QStringLiteral("0.188"));
        const QJsonObject linux = showJson(QStringLiteral("us-east-1"), QStringLiteral("m5.large"));
        const QJsonObject compute = findObject(linux.value(QStringLiteral("savings_plans")).toArray(),
            QStringLiteral("type"), QStringLiteral("compute"), QStringLiteral("term"), QStringLiteral("1yr"),
            QStringLiteral("payment"), QStringLiteral("no-upfront"));
        // The served file's Compute SP 0.075 is dated 2025-09-11; the bundled pricesim rate 0.071
        // (2026-09-24) is newer and stays (newer date wins between two published rates).
        QCOMPARE(compute.value(QStringLiteral("per_hour")).toString(), QStringLiteral("0.071"));
        QCOMPARE(compute.value(QStringLiteral("estimate")).toBool(true), false);
        // The served EC2 Instance SP rate (3yr All Upfront 0.036) is published: it replaces the
        // estimate taken from the Standard RI.
        const QJsonObject instance = findObject(linux.value(QStringLiteral("savings_plans")).toArray(),
            QStringLiteral("type"), QStringLiteral("ec2-instance"), QStringLiteral("term"),
            QStringLiteral("3yr"), QStringLiteral("payment"), QStringLiteral("all-upfront"));
        QCOMPARE(instance.value(QStringLiteral("per_hour")).toString(), QStringLiteral("0.036"));
        QCOMPARE(instance.value(QStringLiteral("estimate")).toBool(true), false);

        // The offer file disappears from the server: the refresh fails, the cache stays as it was.
        QFile f(cachePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(QFile::remove(
            root.filePath(QStringLiteral("offers/v1.0/aws/AmazonEC2/20250404224122/us-east-1/index.json"))));
        const Run gone = ec2lab({ QStringLiteral("prices"), QStringLiteral("refresh"),
            QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--base-url"), base });
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains("404") || gone.err.contains("Not Found") || gone.err.contains("not found"),
            gone.err.constData());
        QCOMPARE(gone.err.count('\n'), 1);
        QVERIFY(gone.out.isEmpty());
        // The index downloaded before the failure is not left in the data folder.
        QCOMPARE(QDir(m_data.filePath(QStringLiteral("downloads"))).entryList(QDir::Files), QStringList());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestPricesCli)
#include "tst_pricescli.moc"
