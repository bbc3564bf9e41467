#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
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
    void lifecycleEventsPerScenario();
    void hugeSparseFile_data();
    void hugeSparseFile();
    void unreadableFile();
    void missingFile_data();
    void missingFile();
    void specialFile_data();
    void specialFile();
    void echoedValueIsEscapedAndCut_data();
    void echoedValueIsEscapedAndCut();
    void realCause_data();
    void realCause();
    void stdoutWriteFailure_data();
    void stdoutWriteFailure();

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
    // Imports in this test must never touch the user's catalog.
    qputenv("EC2LAB_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
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

QByteArray scenario(
    const QByteArray &workloadExtra, const QByteArray &head = {}, const QByteArray &price = "\"0.096\"")
{
    return R"({"region": "us-east-1", "start": "2026-01-01", )" + head
        + R"("workloads": [{"name": "web", "instance_type": "m5.large", "count": 1, "usage": {"kind": "always-on"})"
        + workloadExtra + R"(}], "options": [{"id": "od", "kind": "on-demand"}],
 "prices": {"on_demand_per_hour": )"
        + price + "}}";
}

/// A script of \a events events (launch, then stop and start 100 s apart).
QByteArray manyEvents(int events)
{
    QByteArray s = kScriptHead + R"("events": [{"at": 0, "action": "launch", "instance": "web"})";
    for (int i = 1; i < events; ++i)
        s += R"(, {"at": )" + QByteArray::number(i * 100)
            + (i % 2 ? R"(, "action": "stop")" : R"(, "action": "start")") + R"(, "instance": "web"})";
    return s + R"(], "until": )" + QByteArray::number(qint64(events) * 100 + 100) + "}";
}

/// A scenario comparing \a n copies of \a option.
QByteArray manyOptions(int n, const QByteArray &option)
{
    QByteArray options;
    for (int i = 0; i < n; ++i)
        options += (i ? ", " : "") + QByteArray(option).replace("{ID}", QByteArray::number(i));
    return scenario({}).replace(R"([{"id": "od", "kind": "on-demand"}])", QByteArray("[" + options + "]"));
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
        << "simulate"
        << "truncated.json" << QByteArray(kScriptHead + R"("events": [{"at": 0, "act)")
        << QStringList { QStringLiteral("line 4") };
    QTest::newRow("simulate: wrong type for start")
        << "simulate"
        << "wrongtype.json" << QByteArray(R"({"start": 5, "instances": [], "events": [], "until": 10})")
        << QStringList { QStringLiteral("start") };
    QTest::newRow("simulate: huge number")
        << "simulate"
        << "huge.json"
        << QByteArray(kScriptHead
               + R"("events": [{"at": 0, "action": "launch", "instance": "web"}], "until": 1e300})")
        << QStringList { QStringLiteral("until") };
    QTest::newRow("simulate: negative duration")
        << "simulate"
        << "negduration.json"
        << QByteArray(kScriptHead
               + R"("durations": {"pending": -5}, "events": [{"at": 0, "action": "launch", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral("durations.pending") };
    QTest::newRow("simulate: corrupt price")
        << "simulate"
        << "corruptprice.json"
        << QByteArray(
               R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "v000000"}],
                        "events": [{"at": 0, "action": "launch", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral("instances[0].price_per_hour"), QStringLiteral("v000000") };
    QTest::newRow("simulate: unknown action")
        << "simulate"
        << "unknownaction.json"
        << QByteArray(
               kScriptHead + R"("events": [{"at": 0, "action": "stpo", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral("events[0].action"), QStringLiteral("stpo") };
    QTest::newRow("simulate: deeply nested") << "simulate"
                                             << "deep.json" << deepNesting(100000) << QStringList {};
    QTest::newRow("simulate: top level is an array")
        << "simulate"
        << "array.json" << QByteArray("[1, 2]") << QStringList {};
    QTest::newRow("simulate: empty file") << "simulate"
                                          << "empty.json" << QByteArray() << QStringList {};
    QTest::newRow("simulate: binary garbage")
        << "simulate"
        << "garbage.json" << QByteArray("\x00\xff\xfe{\x01\x02", 6) << QStringList {};

    // Cost scenarios
    QTest::newRow("cost: horizon beyond 10 years")
        << "cost"
        << "horizon.json" << scenario({}, R"("horizon_months": 121, )")
        << QStringList { QStringLiteral("horizon_months") };
    QTest::newRow("cost: count beyond 100,000")
        << "cost"
        << "count.json" << scenario({}).replace("\"count\": 1", "\"count\": 100001")
        << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("cost: corrupt price")
        << "cost"
        << "corrupt.json" << scenario({}, {}, "\"v000000\"")
        << QStringList { QStringLiteral("prices.on_demand_per_hour"), QStringLiteral("v000000") };
    QTest::newRow("cost: huge number")
        << "cost"
        << "hugecount.json" << scenario({}).replace("\"count\": 1", "\"count\": 1e308")
        << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("cost: wrong type")
        << "cost"
        << "wrongtype.json" << scenario({}).replace("\"count\": 1", "\"count\": \"one\"")
        << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("cost: truncated JSON")
        << "cost"
        << "truncated.json" << scenario({}).left(80) << QStringList { QStringLiteral("line") };
    QTest::newRow("cost: deeply nested") << "cost"
                                         << "deep.json" << deepNesting(100000) << QStringList {};

    // Limits (README, reliability): refused at once, before anything runs.
    QTest::newRow("simulate: 100,001 events (the limit is 100,000)")
        << "simulate"
        << "events.json" << manyEvents(100001)
        << QStringList { QStringLiteral("events"), QStringLiteral("100001"),
               QStringLiteral("at most 100000") };
    QTest::newRow("cost: 101 options (the limit is 100)")
        << "cost"
        << "options.json" << manyOptions(101, R"({"id": "od{ID}", "kind": "on-demand"})")
        << QStringList { QStringLiteral("options"), QStringLiteral("at most 100") };
    QTest::newRow("cost: 5 Spot options (the limit is 4)")
        << "cost"
        << "spot.json"
        << manyOptions(5,
               R"({"id": "spot{ID}", "kind": "spot", "savings_percent": 66, "interruptions_per_month": 1, "paths": 10})")
        << QStringList { QStringLiteral("options[4]"), QStringLiteral("more than 4 Spot options") };
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

void TestHostileInput::lifecycleEventsPerScenario()
{
    // Two lifecycle workloads of 60,000 events each: each script is within the per-script limit,
    // together they exceed the 100,000 events a scenario may trace.
    const QString script = write(QStringLiteral("sixty-thousand.json"), manyEvents(60000));
    const QString path = write(QStringLiteral("two-traces.json"),
        R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 12, "workloads": [
            {"name": "a", "instance_type": "m5.large", "usage": {"kind": "lifecycle", "script": "sixty-thousand.json"}},
            {"name": "b", "instance_type": "m5.large", "usage": {"kind": "lifecycle", "script": "sixty-thousand.json"}}],
          "options": [{"id": "od", "kind": "on-demand"}],
          "prices": {"on_demand_per_hour": "0.096", "ebs_per_gb_month": {"gp3": "0.08"}, "public_ipv4_per_hour": "0.005"}})");
    QVERIFY(!script.isEmpty() && !path.isEmpty());
    const Run r = runEc2lab({ QStringLiteral("cost"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(QLatin1String("workloads[1].usage.script"))
            && err.contains(QLatin1String("60000 events")) && err.contains(QLatin1String("40000 left")),
        qPrintable(err));
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
    // The real cause every time: an unreadable price file is not "unrecognised price file format".
    const QList<QStringList> commands { { QStringLiteral("simulate"), path },
        { QStringLiteral("cost"), path }, { QStringLiteral("prices"), QStringLiteral("import"), path } };
    for (const QStringList &command : commands) {
        const Run r = ::runEc2lab(command, wrapper);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QLatin1String("ec2lab: error: ")) && err.contains(path), r.err.constData());
        QVERIFY2(err.contains(QLatin1String("permission denied")), r.err.constData());
        QCOMPARE(err.count(u'\n'), 1);
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

void TestHostileInput::specialFile_data()
{
    // {FIFO} stands for a named pipe no one writes to: opening it for reading blocks for ever.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // the file the message must name
    QTest::addColumn<QString>("cause");
    const QString fifo = QStringLiteral("{FIFO}");
    const QString pipe = QStringLiteral("named pipe");
    QTest::newRow("simulate SCRIPT is a FIFO")
        << QStringList { QStringLiteral("simulate"), fifo } << fifo << pipe;
    QTest::newRow("cost SCENARIO is a FIFO") << QStringList { QStringLiteral("cost"), fifo } << fifo << pipe;
    QTest::newRow("cost: a lifecycle workload's script is a FIFO")
        << QStringList { QStringLiteral("cost"), QStringLiteral("{LAB}") } << fifo << pipe;
    QTest::newRow("prices import FIFO (format detected)")
        << QStringList { QStringLiteral("prices"), QStringLiteral("import"), fifo } << fifo << pipe;
    QTest::newRow("prices import FIFO --format offer-json") << QStringList { QStringLiteral("prices"),
        QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("offer-json"), fifo }
                                                            << fifo << pipe;
    QTest::newRow("prices show --catalog FIFO") << QStringList { QStringLiteral("prices"),
        QStringLiteral("show"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
        QStringLiteral("--type"), QStringLiteral("m5.large"), QStringLiteral("--catalog"), fifo }
                                                << fifo << pipe;
    // /dev/zero never ends: read whole, it grew memory without bound.
    QTest::newRow("prices info --catalog /dev/zero")
        << QStringList { QStringLiteral("prices"), QStringLiteral("info"), QStringLiteral("--catalog"),
               QStringLiteral("/dev/zero") }
        << QStringLiteral("/dev/zero") << QStringLiteral("is a device, not a regular file");
    QTest::newRow("simulate a folder") << QStringList { QStringLiteral("simulate"), QStringLiteral("{DIR}") }
                                       << QStringLiteral("{DIR}") << QStringLiteral("is a directory");
}

void TestHostileInput::specialFile()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    QFETCH(QString, cause);
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
    if (!QFile::exists(fifo))
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString lab = write(QStringLiteral("lab-fifo.json"),
        R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 1,
            "workloads": [{"name": "w", "instance_type": "m5.large",
                           "usage": {"kind": "lifecycle", "script": "pipe.json"}}],
            "options": [{"id": "od", "kind": "on-demand"}], "prices": {"on_demand_per_hour": "0.096"}})");
    const auto expand = [&](QString s) {
        return s.replace(QStringLiteral("{FIFO}"), fifo)
            .replace(QStringLiteral("{LAB}"), lab)
            .replace(QStringLiteral("{DIR}"), m_dir.path());
    };
    for (QString &a : args)
        a = expand(a);
    named = expand(named);
    // Bounded: before the fix these runs blocked for ever (the run is killed and reads as -1).
    const Run r = ::runEc2lab(args, {}, {}, 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.startsWith(QLatin1String("ec2lab: error: ")) && err.contains(named) && err.contains(cause),
        qPrintable(err));
}

void TestHostileInput::echoedValueIsEscapedAndCut_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("content");
    // A newline, an ESC sequence (red text on a terminal) and a value of 1 MB in one field.
    const QByteArray evil = R"(stpo\n\u001b[31mRED\u001b[0m)" + QByteArray(1000000, 'x');
    QTest::newRow("simulate: unknown action")
        << "simulate"
        << QByteArray(kScriptHead + R"("events": [{"at": 0, "action": ")" + evil
               + R"(", "instance": "web"}], "until": 60})");
    QTest::newRow("cost: corrupt price") << "cost" << scenario({}, {}, "\"" + evil + "\"");
    QTest::newRow("cost: unknown key") << "cost" << scenario(", \"" + evil + "\": 1");
}

void TestHostileInput::echoedValueIsEscapedAndCut()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, content);
    const QString path = write(command + QStringLiteral("-evil.json"), content);
    const Run r = runEc2lab({ command, path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1); // one line: the newline is shown as \n
    QVERIFY2(!r.err.contains('\x1b'), r.err.left(300).constData()); // no terminal escape
    QVERIFY2(r.err.contains("stpo\\n\\x1b[31mRED"), r.err.left(300).constData());
    QVERIFY2(r.err.size() < 1200, qPrintable(QString::number(r.err.size()))); // not 1 MB
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.left(300).constData());
}

void TestHostileInput::realCause_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("notCause");
    QTest::newRow("symlink loop, not \"no such file\"")
        << QStringList { QStringLiteral("prices"), QStringLiteral("import"), QStringLiteral("{LOOP}") }
        << QStringLiteral("symbolic links") << QStringLiteral("no such file");
    QTest::newRow("simulate through a symlink loop")
        << QStringList { QStringLiteral("simulate"), QStringLiteral("{LOOP}") }
        << QStringLiteral("symbolic links") << QStringLiteral("no such file");
    // /proc files report a size of 0 whatever they hold.
    QTest::newRow("a /proc file is not \"empty\"")
        << QStringList { QStringLiteral("prices"), QStringLiteral("import"), QStringLiteral("--format"),
               QStringLiteral("price-table"), QStringLiteral("/proc/self/status") }
        << QStringLiteral("reports a size of 0 but has content") << QStringLiteral("the file is empty");
    QTest::newRow("simulate a /proc file: parsed, not \"empty\"")
        << QStringList { QStringLiteral("simulate"), QStringLiteral("/proc/self/status") }
        << QStringLiteral("invalid JSON") << QStringLiteral("empty");
    // `{"start": "abc` : the string opened at column 11 runs to the end of the file (column 15).
    QTest::newRow("unclosed string: its real position")
        << QStringList { QStringLiteral("simulate"), QStringLiteral("{UNCLOSED}") }
        << QStringLiteral("line 1, column 15: invalid JSON: unterminated string")
        << QStringLiteral("column 1:");
}

void TestHostileInput::realCause()
{
    QFETCH(QStringList, args);
    QFETCH(QString, cause);
    QFETCH(QString, notCause);
    const QString loop = m_dir.filePath(QStringLiteral("loop.json"));
    if (!QFileInfo(loop).isSymLink())
        QVERIFY(QFile::link(loop, loop));
    const QString unclosed = write(QStringLiteral("unclosed.json"), R"({"start": "abc)");
    for (QString &a : args)
        a.replace(QStringLiteral("{LOOP}"), loop).replace(QStringLiteral("{UNCLOSED}"), unclosed);
    const Run r = runEc2lab(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(cause) && !err.contains(notCause), qPrintable(err));
}

void TestHostileInput::stdoutWriteFailure_data()
{
    QTest::addColumn<QStringList>("args");
    const QString script = QStringLiteral(EC2LAB_TEST_DATA "/lifecycle/basic.json");
    const QString scenario = QStringLiteral(EC2LAB_TEST_DATA "/cost/demo.json");
    QTest::newRow("simulate") << QStringList { QStringLiteral("simulate"), script };
    QTest::newRow("simulate --json") << QStringList { QStringLiteral("simulate"), script,
        QStringLiteral("--json") };
    QTest::newRow("cost") << QStringList { QStringLiteral("cost"), scenario };
    QTest::newRow("cost --json") << QStringList { QStringLiteral("cost"), scenario,
        QStringLiteral("--json") };
    QTest::newRow("prices show") << QStringList { QStringLiteral("prices"), QStringLiteral("show"),
        QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--type"),
        QStringLiteral("m5.large") };
    QTest::newRow("prices list") << QStringList { QStringLiteral("prices"), QStringLiteral("list"),
        QStringLiteral("--region"), QStringLiteral("us-east-1") };
    QTest::newRow("prices info") << QStringList { QStringLiteral("prices"), QStringLiteral("info") };
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") };
    QTest::newRow("simulate --help") << QStringList { QStringLiteral("simulate"), QStringLiteral("--help") };
}

void TestHostileInput::stdoutWriteFailure()
{
    QFETCH(QStringList, args);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    const Run r = ::runEc2lab(args, {}, QStringLiteral("/dev/full"));
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(
        err.startsWith(QLatin1String("ec2lab: error: cannot write to standard output: ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("No space left")) || err.contains(QLatin1String("no space left")),
        qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
