#include "core/scenariodocument.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using ec2lab::gui::ScenarioDocument;

/// The document facade: a signal for every edit, undo/redo, merge of dragged edits, files and
/// autosave recovery.
class TestScenarioDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editEmitsChangedAndUndoRestores_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("horizon 36 -> 12 months") << QStringLiteral("horizon_months") << QJsonValue(12);
        QTest::newRow("instance count 1 -> 4") << QStringLiteral("workloads[0].count") << QJsonValue(4);
        QTest::newRow("usage always-on -> utilization 40%")
            << QStringLiteral("workloads[0].usage")
            << QJsonValue(QJsonObject { { QStringLiteral("kind"), QStringLiteral("utilization") },
                   { QStringLiteral("percent"), QStringLiteral("40") } });
        QTest::newRow("new key gui.disabled_options")
            << QStringLiteral("gui.disabled_options") << QJsonValue(QJsonArray { QStringLiteral("spot") });
    }
    void editEmitsChangedAndUndoRestores()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        ScenarioDocument doc;
        const QJsonValue before = doc.value(path);
        QSignalSpy changed(&doc, &ScenarioDocument::scenarioChanged);
        QSignalSpy modified(&doc, &ScenarioDocument::modifiedChanged);
        doc.setValue(path, value, QStringLiteral("edit"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), path);
        QCOMPARE(doc.value(path), value);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(doc.value(path), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.value(path), value);
    }

    void sameValueIsNoEdit()
    {
        ScenarioDocument doc;
        QSignalSpy changed(&doc, &ScenarioDocument::scenarioChanged);
        doc.setValue(QStringLiteral("horizon_months"), doc.value(QStringLiteral("horizon_months")),
            QStringLiteral("noop"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void draggedEditsMergeIntoOneUndoStep()
    {
        ScenarioDocument doc;
        for (int v = 2; v <= 9; ++v)
            doc.setValue(
                QStringLiteral("workloads[0].count"), v, QStringLiteral("count"), QStringLiteral("drag"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.value(QStringLiteral("workloads[0].count")).toInt(), 1);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.json"));
        ScenarioDocument doc;
        doc.setValue(QStringLiteral("horizon_months"), 24, QStringLiteral("edit"));
        QString error;
        QVERIFY2(doc.save(file, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        ScenarioDocument other;
        QVERIFY2(other.load(file, &error), qPrintable(error));
        QCOMPARE(other.value(QStringLiteral("horizon_months")).toInt(), 24);
        QCOMPARE(other.json(), doc.json());
        QCOMPARE(other.fileName(), QFileInfo(file).absoluteFilePath());
    }

    void loadRejectsBrokenJson()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"region\": ");
        f.close();
        ScenarioDocument doc;
        const QJsonObject before = doc.json();
        QString error;
        QVERIFY(!doc.load(file, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
        QCOMPARE(doc.json(), before);
    }

    void bareLifecycleScriptOpensInTheLab()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("script.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"start":"2026-03-02T09:00:00Z","instances":[],"events":[],"until":10})");
        f.close();
        ScenarioDocument doc;
        QString error;
        QVERIFY2(doc.load(file, &error), qPrintable(error));
        QCOMPARE(doc.value(QStringLiteral("lab.until")).toInt(), 10);
        QVERIFY(doc.value(QStringLiteral("workloads")).isArray());
    }

    void autosaveAndRecovery()
    {
        ScenarioDocument::discardAutosave();
        {
            ScenarioDocument doc;
            doc.setValue(QStringLiteral("horizon_months"), 7, QStringLiteral("edit"));
            QVERIFY(doc.autosaveNow());
            // The crash: the document goes away without a save or a discard.
        }
        QVERIFY(ScenarioDocument::hasRecovery());
        ScenarioDocument doc;
        QString error;
        QVERIFY2(doc.recover(&error), qPrintable(error));
        QCOMPARE(doc.value(QStringLiteral("horizon_months")).toInt(), 7);
        QVERIFY(doc.isModified());
        doc.discardAutosave();
        QVERIFY(!ScenarioDocument::hasRecovery());
    }

    void autosaveTimerWritesWhenModified()
    {
        ScenarioDocument::discardAutosave();
        ScenarioDocument doc;
        doc.setAutosaveInterval(50);
        QTest::qWait(150);
        QVERIFY(!ScenarioDocument::hasRecovery()); // nothing to save yet
        doc.setValue(QStringLiteral("horizon_months"), 5, QStringLiteral("edit"));
        QTRY_VERIFY_WITH_TIMEOUT(ScenarioDocument::hasRecovery(), 2000);
        doc.discardAutosave();
    }
};

QTEST_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
