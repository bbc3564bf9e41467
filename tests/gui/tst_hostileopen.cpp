#include "core/scenariodocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <unistd.h>

using namespace ec2lab::gui;

namespace {

// A document as the app saves it: a cost scenario plus the lab's script under "lab".
QByteArray document(const QByteArray &workloadExtra = {}, const QByteArray &head = {},
    const QByteArray &price = "\"0.096\"", const QByteArray &labExtra = R"(, "until": 600)")
{
    return R"({"region": "us-east-1", "start": "2026-01-01", )" + head
        + R"("workloads": [{"name": "web", "instance_type": "m5.large", "count": 1, "usage": {"kind": "always-on"})"
        + workloadExtra + R"(}], "options": [{"id": "od", "kind": "on-demand"}],
 "prices": {"on_demand_per_hour": )"
        + price + R"(},
 "lab": {"start": "2026-03-02T09:00:00Z", "seed": 1,
   "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "0.096",
                  "volumes": [{"type": "gp3", "size_gb": 8, "price_per_gb_month": "0.08", "root": true}]}],
   "events": [{"at": 0, "action": "launch", "instance": "web"}])"
        + labExtra + "}}";
}

/// Closes the next modal message box and remembers its text (the app's error dialog).
class DialogCatcher : public QObject
{
public:
    QString title;
    QString text;
    int seen = 0;

    void arm()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, this, [this, timer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            ++seen;
            title = box->windowTitle();
            text = box->text();
            box->accept();
        });
        timer->start();
    }
};

} // namespace

/// Opening a malformed or hostile file in the app shows one dialog naming the file, the position
/// or JSON path and the field, and leaves the open document (content, file name, undo history,
/// modified flag) exactly as it was: issue 7's "clear errors" on the app side.
class TestHostileOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejected_data();
    void rejected();
    void hugeSparseFile();
    void missingFile();
    void unreadableFile();
    void validDocumentsStillOpen();

private:
    QString write(const QString &name, const QByteArray &content);
    /// Opens \a path in a window holding an edited document and checks nothing changed.
    void expectRefused(const QString &path, const QStringList &mustMention);
    QTemporaryDir m_dir;
};

void TestHostileOpen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ScenarioDocument::discardAutosave();
}

QString TestHostileOpen::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

void TestHostileOpen::expectRefused(const QString &path, const QStringList &mustMention)
{
    MainWindow w;
    ScenarioDocument *doc = w.document();
    // An edited, unsaved document: what a refused open must not touch.
    doc->setValue(QStringLiteral("horizon_months"), 24, QStringLiteral("edit"));
    const QJsonObject before = doc->json();
    const QString fileBefore = doc->fileName();
    const int undoCount = doc->undoStack()->count();
    const int undoIndex = doc->undoStack()->index();
    QVERIFY(doc->isModified());

    DialogCatcher catcher;
    catcher.arm();
    QVERIFY(!w.openFile(path));
    QCOMPARE(catcher.seen, 1);
    QVERIFY2(catcher.text.contains(path), qPrintable(catcher.text));
    QVERIFY2(!catcher.text.contains(u'\n'), qPrintable(catcher.text)); // one line
    for (const QString &m : mustMention)
        QVERIFY2(catcher.text.contains(m),
            qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(m, catcher.text)));

    QCOMPARE(doc->json(), before);
    QCOMPARE(doc->fileName(), fileBefore);
    QCOMPARE(doc->undoStack()->count(), undoCount);
    QCOMPARE(doc->undoStack()->index(), undoIndex);
    QVERIFY(doc->isModified());
    QCOMPARE(doc->value(QStringLiteral("horizon_months")).toInt(), 24);
}

void TestHostileOpen::rejected_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mustMention"); // besides the file name

    QTest::newRow("truncated JSON") << "truncated.json" << document().left(120)
                                    << QStringList { QStringLiteral("line 1, column 121") };
    QTest::newRow("wrong type") << "wrongtype.json"
                                << document().replace("\"count\": 1", "\"count\": \"one\"")
                                << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("corrupt price v000000")
        << "corrupt.json" << document({}, {}, "\"v000000\"")
        << QStringList { QStringLiteral("prices.on_demand_per_hour"), QStringLiteral("v000000") };
    QTest::newRow("corrupt price in the lab")
        << "corrupt-lab.json"
        << document().replace("\"price_per_hour\": \"0.096\"", "\"price_per_hour\": \"v000000\"")
        << QStringList { QStringLiteral("lab.instances[0].price_per_hour"), QStringLiteral("v000000") };
    QTest::newRow("huge number") << "huge.json" << document().replace("\"count\": 1", "\"count\": 1e308")
                                 << QStringList { QStringLiteral("workloads[0].count") };
    QTest::newRow("huge number in the lab")
        << "huge-lab.json" << document({}, {}, "\"0.096\"", R"(, "until": 1e300)")
        << QStringList { QStringLiteral("lab.until") };
    QTest::newRow("negative duration")
        << "negduration.json"
        << document({}, {}, "\"0.096\"", R"(, "durations": {"pending": -5}, "until": 60)")
        << QStringList { QStringLiteral("lab.durations.pending") };
    QTest::newRow("horizon beyond 10 years") << "horizon.json" << document({}, R"("horizon_months": 121, )")
                                             << QStringList { QStringLiteral("horizon_months") };
    QTest::newRow("count beyond 100,000")
        << "count.json" << document().replace("\"count\": 1", "\"count\": 100001")
        << QStringList { QStringLiteral("workloads[0].count"), QStringLiteral("100000") };
    QTest::newRow("unknown action in the lab")
        << "action.json" << document().replace("\"action\": \"launch\"", "\"action\": \"stpo\"")
        << QStringList { QStringLiteral("lab.events[0].action"), QStringLiteral("stpo") };
    QTest::newRow("bare lifecycle script with an unknown action")
        << "bare.json"
        << QByteArray(
               R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "0.096",
                          "volumes": [{"type": "gp3", "size_gb": 8, "price_per_gb_month": "0.08", "root": true}]}],
                        "events": [{"at": 0, "action": "stpo", "instance": "web"}], "until": 60})")
        << QStringList { QStringLiteral(": events[0].action"), QStringLiteral("stpo") };
    QTest::newRow("deeply nested") << "deep.json" << (QByteArray(100000, '[') + QByteArray(100000, ']'))
                                   << QStringList {};
    QTest::newRow("top level is an array") << "array.json" << QByteArray("[1, 2]") << QStringList {};
    QTest::newRow("empty file") << "empty.json" << QByteArray() << QStringList {};
    QTest::newRow("binary garbage") << "garbage.json" << QByteArray("\x00\xff\xfe{\x01\x02", 6)
                                    << QStringList {};
}

void TestHostileOpen::rejected()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mustMention);
    const QString path = write(fileName, content);
    QVERIFY(!path.isEmpty());
    expectRefused(path, mustMention);
}

void TestHostileOpen::hugeSparseFile()
{
    // 1 GB of "garbage" that takes no disk space; refused by its size before it is read.
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"workloads\": ");
        QVERIFY(f.resize(qint64(1) << 30));
    }
    expectRefused(path, { QStringLiteral("too large") });
    QFile::remove(path);
}

void TestHostileOpen::missingFile()
{
    expectRefused(m_dir.filePath(QStringLiteral("not-there.json")), {});
}

void TestHostileOpen::unreadableFile()
{
    // A directory where a file is expected cannot be read, even by root.
    const QString dirPath = m_dir.filePath(QStringLiteral("a-directory.json"));
    QVERIFY(QDir().mkpath(dirPath));
    expectRefused(dirPath, {});
    if (::geteuid() == 0)
        QSKIP("running as root, which can read a file without read permission; the directory case above ran");
    const QString path = write(QStringLiteral("unreadable.json"), document());
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    expectRefused(path, {});
}

void TestHostileOpen::validDocumentsStillOpen()
{
    // The checks must not refuse what the app itself writes: the default document, one with a
    // lifecycle usage from the lab, and one whose options were all removed.
    MainWindow w;
    const QString saved = m_dir.filePath(QStringLiteral("saved.json"));
    QString error;
    QVERIFY2(w.document()->save(saved, &error), qPrintable(error));
    QVERIFY(w.openFile(saved));
    QCOMPARE(w.document()->fileName(), QFileInfo(saved).absoluteFilePath());

    QByteArray fromLab = document();
    fromLab.replace(R"("count": 1, "usage": {"kind": "always-on"})",
        R"("usage": {"kind": "lifecycle", "from_lab": true})");
    QVERIFY(w.openFile(write(QStringLiteral("fromlab.json"), fromLab)));
    QCOMPARE(w.document()->value(QStringLiteral("workloads[0].usage.kind")).toString(),
        QStringLiteral("lifecycle"));

    QByteArray noOptions = document();
    noOptions.replace(R"("options": [{"id": "od", "kind": "on-demand"}])", R"("options": [])");
    QVERIFY(w.openFile(write(QStringLiteral("nooptions.json"), noOptions)));
    QVERIFY(w.document()->value(QStringLiteral("options")).toArray().isEmpty());
}

QTEST_MAIN(TestHostileOpen)
#include "tst_hostileopen.moc"
