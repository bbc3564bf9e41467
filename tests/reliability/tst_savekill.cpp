#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

/// A save killed with SIGKILL at any moment leaves on disk either the previous document or the
/// new one, complete and valid: never a torn, empty or missing file.
class TestSaveKill : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesNeverTearTheFile();
};

void TestSaveKill::killedSavesNeverTearTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("scenario.json"));
    QRandomGenerator rng(20261128); // fixed seed: the same kill points every run
    int killedMidRun = 0;
    QSet<QString> generationsSeen;
    for (int round = 0; round < 40; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(SAVEKILL_WRITER), { target });
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Wait for the first complete save, then kill after a random extra delay.
        QVERIFY(writer.waitForReadyRead(20000));
        QTest::qWait(static_cast<int>(rng.bounded(1, 60)));
        if (writer.state() == QProcess::Running)
            ++killedMidRun;
        writer.kill(); // SIGKILL on Unix: no chance to clean up
        QVERIFY(writer.waitForFinished(10000));

        QFile f(target);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the document vanished");
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        QVERIFY2(err.error == QJsonParseError::NoError,
            qPrintable(QStringLiteral("round %1: torn file: %2").arg(round).arg(err.errorString())));
        const QString generation = doc.object().value(QStringLiteral("name")).toString();
        QVERIFY2(generation == u"A" || generation == u"B", qPrintable(generation));
        const QJsonArray workloads = doc.object().value(QStringLiteral("workloads")).toArray();
        QCOMPARE(workloads.size(), 3000);
        QCOMPARE(workloads.last().toObject().value(QStringLiteral("name")).toString(), generation + u"-2999");
        generationsSeen.insert(generation);
    }
    QVERIFY(killedMidRun > 30);
    QCOMPARE(generationsSeen.size(), 2); // the kills really landed at different points
}

QTEST_GUILESS_MAIN(TestSaveKill)
#include "tst_savekill.moc"
