#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

/// Every hostile or malformed input file gives exit status 1, nothing on stdout, and one line on
/// stderr that names the file and, where there is one, the position or JSON path and the field.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejected_data();
    void rejected();
    void hugeSparseFile_data();
    void hugeSparseFile();
    void unreadableFile();
    void missingFile_data();
    void missingFile();

private:
    using Run = CliRun;
    Run runEc2lab(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(EC2LAB_BINARY)), EC2LAB_BINARY);
}

TestHostileInput::Run TestHostileInput::runEc2lab(const QStringList &args)
{
    return ::runEc2lab(args);
}

QString TestHostileInput::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

namespace {

const QByteArray kScriptHead = R"({"start": "2026-03-02T09:00:00Z", "seed": 1,
  "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "0.096",
                 "volumes": [{"type": "gp3", "size_gb": 8, "price_per_gb_month": "0.08", "root": true}]}],
)";

QByteArray scenario(const QByteArray &workloadExtra, const QByteArray &head = {}, const QByteArray &price = "\"0.096\"")
{
    return R"({"region": "us-east-1", "start": "2026-01-01", )" + head
        + R"("workloads": [{"name": "web", "instance_type": "m5.large", "count": 1, "usage": {"kind": "always-on"})"
        + workloadExtra + R"(}], "options": [{"id": "od", "kind": "on-demand"}],
 "prices": {"on_demand_per_hour": )" + price + "}}";
}

QByteArray deepNesting(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

void TestHostileInput::rejected_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mustMention"); // besides the file name

    // Lifecycle scripts
    QTest::newRow("simulate: truncated JSON")
        << "simulate" << "truncated.json" << QByteArray(kScriptHead + R"("events": [{"at": 0, "act)")
        << QStringList { QStringLiteral("line 4") };
    QTest::newRow("simulate: wrong type for start")
        << "simulate" << "wrongtype.json"
        << QByteArray(R"({"start": 5, "instances": [], "events": [], "until": 10})") << QStringList { QStringLiteral("start") };
    QTest::newRow("simulate: huge number")
        << "simulate" << "huge.json" << QByteArray(kScriptHead + R"("events": [{"at": 0, "action": "launch", "instance": "web"}], "until": 1e300})")
        << QStringList { QStringLiteral("until") };
    QTest::newRow("simulate: negative duration")
        << "simulate" << "negduration.json"
        << QByteArray(kScriptHead + R"("durations": {"pending": -5}, "events": [{"at": 0, "action": "launch", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral("durations.pending") };
    QTest::newRow("simulate: corrupt price")
        << "simulate" << "corruptprice.json"
        << QByteArray(R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "v000000"}],
                        "events": [{"at": 0, "action": "launch", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral("instances[0].price_per_hour"), QStringLiteral("v000000") };
    QTest::newRow("simulate: unknown action")
        << "simulate" << "unknownaction.json"
        << QByteArray(kScriptHead + R"("events": [{"at": 0, "action": "stpo", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral("events[0].action"), QStringLiteral("stpo") };
    QTest::newRow("simulate: deeply nested")
        << "simulate" << "deep.json" << deepNesting(100000) << QStringList {};
    QTest::newRow("simulate: top level is an array")
        << "simulate" << "array.json" << QByteArray("[1, 2]") << QStringList {};
    QTest::newRow("simulate: empty file") << "simulate" << "empty.json" << QByteArray() << QStringList {};
    QTest::newRow("simulate: binary garbage")
        << "simulate" << "garbage.json" << QByteArray("\x00\xff\xfe{\x01\x02", 6) << QStringList {};

    // Cost scenarios
    QTest::newRow("cost: horizon beyond 10 years")
        << "cost" << "horizon.json" << scenario({}, R"("horizon_months": 121, )") << QStringList { QStringLiteral("horizon_months") };
    QTest::newRow("cost: count beyond 100,000")
        << "cost" << "count.json" << scenario({}).replace("\"count\": 1", "\"count\": 100001")
        << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("cost: corrupt price")
        << "cost" << "corrupt.json" << scenario({}, {}, "\"v000000\"")
        << QStringList { QStringLiteral("prices.on_demand_per_hour"), QStringLiteral("v000000") };
    QTest::newRow("cost: huge number")
        << "cost" << "hugecount.json" << scenario({}).replace("\"count\": 1", "\"count\": 1e308")
        << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("cost: wrong type")
        << "cost" << "wrongtype.json" << scenario({}).replace("\"count\": 1", "\"count\": \"one\"")
        << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("cost: truncated JSON") << "cost" << "truncated.json" << scenario({}).left(80) << QStringList { QStringLiteral("line") };
    QTest::newRow("cost: deeply nested") << "cost" << "deep.json" << deepNesting(100000) << QStringList {};
}

void TestHostileInput::rejected()
{
    QFETCH(QString, command);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mustMention);
    const QString path = write(command + u'-' + fileName, content);
    QVERIFY(!path.isEmpty());
    const Run r = runEc2lab({ command, path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QLatin1String("ec2lab: error: ")), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1); // one line
    QVERIFY2(err.contains(path), qPrintable(err));
    for (const QString &m : mustMention)
        QVERIFY2(err.contains(m), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(m, err)));
}

void TestHostileInput::hugeSparseFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("simulate") << "simulate";
    QTest::newRow("cost") << "cost";
}

void TestHostileInput::hugeSparseFile()
{
    QFETCH(QString, command);
    // 1 GB of "garbage" that takes no disk space: a sparse file with a few bytes at each end.
    const QString path = m_dir.filePath(command + QStringLiteral("-huge.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"start\": ");
        QVERIFY(f.resize(qint64(1) << 30));
    }
    const Run r = runEc2lab({ command, path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path) && err.contains(QLatin1String("too large")), qPrintable(err));
}

void TestHostileInput::unreadableFile()
{
    const QString path = write(QStringLiteral("unreadable.json"), kScriptHead);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QStringList wrapper;
    if (::geteuid() == 0) {
        // Root reads any file: run ec2lab as the unprivileged user "nobody" instead, so the
        // permission check is real. The temporary folder must be searchable for that user.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv (util-linux): the unreadable case cannot be made here");
        QVERIFY(QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        wrapper = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--") };
    }
    for (const QString &command : { QStringLiteral("simulate"), QStringLiteral("cost") }) {
        const Run r = ::runEc2lab({ command, path }, wrapper);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QLatin1String("ec2lab: error: ")) && err.contains(path), r.err.constData());
        QVERIFY2(err.contains(QLatin1String("ermission denied")) || err.contains(QLatin1String("cannot")),
            r.err.constData());
    }
}

void TestHostileInput::missingFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("simulate") << "simulate";
    QTest::newRow("cost") << "cost";
}

void TestHostileInput::missingFile()
{
    QFETCH(QString, command);
    const QString path = m_dir.filePath(QStringLiteral("not-there.json"));
    const Run r = runEc2lab({ command, path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path) && err.contains(QLatin1String("no such file")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
