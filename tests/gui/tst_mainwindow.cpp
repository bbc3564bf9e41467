#include "core/appsettings.h"
#include "core/scenariodocument.h"
#include "cost/costworkspace.h"
#include "gui.h"
#include "lab/labcontroller.h"
#include "lab/labworkspace.h"
#include "lab/lessonpanel.h"
#include "lab/statediagram.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ec2lab;
using namespace ec2lab::gui;

namespace {

/// Answers the modal dialogs that appear while it lives: a QMessageBox gets \a button clicked, a
/// file dialog is cancelled. It records the titles it saw, so a test can tell which prompts
/// appeared and in which order.
class ModalAnswerer
{
public:
    explicit ModalAnswerer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
        m_timer.start();
    }
    QStringList seen; ///< "message: TITLE" or "file dialog"
    QString lastText;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            seen << QStringLiteral("message: ") + box->windowTitle();
            lastText = box->text();
            QAbstractButton *b = box->button(m_button);
            if (!b) {
                seen << QStringLiteral("missing button");
                box->reject();
                return;
            }
            b->click();
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            seen << QStringLiteral("file dialog");
            dialog->reject();
        }
    }

    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

QAction *findAction(QWidget *window, const QKeySequence &shortcut)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *a : actions)
        if (a->shortcut() == shortcut && a->isVisible())
            return a;
    return nullptr;
}

int horizonIn(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("horizon_months")).toInt();
}

} // namespace

/// The main window as a user meets it: the language switches while the app runs without losing
/// anything, unsaved changes are never dropped without asking, and a crashed session's autosave
/// is offered once and then either restored or removed.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScenarioDocument::discardAutosave();
        AppSettings::setLanguage(QString());
        installTranslators(QStringLiteral("en"));
    }
    void cleanup()
    {
        installTranslators(QStringLiteral("en"));
        AppSettings::setLanguage(QString());
        ScenarioDocument::discardAutosave();
    }

    void languageSwitchRetranslatesAndKeepsEverything()
    {
        MainWindow w;
        w.resize(1300, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        // Work worth keeping: an edit in each workspace, a lesson step, a clock moved on.
        w.document()->setValue(QStringLiteral("horizon_months"), 24, QStringLiteral("horizon"));
        LabWorkspace *lab = w.labWorkspace();
        lab->lessons()->startLesson(0);
        lab->lessons()->next(); // step 2: reboot
        lab->trigger(Action::Stop);
        lab->controller()->setClock(lab->controller()->clock() + 45);
        QCOMPARE(lab->diagram()->litStateName(), QStringLiteral("stopped"));
        w.showWorkspace(0);
        const QByteArray json = w.document()->toJson();
        const int undoCount = w.document()->undoStack()->count();
        const int undoIndex = w.document()->undoStack()->index();
        const qint64 clock = lab->controller()->clock();
        const QRect geometry = w.geometry();
        const QString selected = lab->selectedInstance();
        const QJsonObject lesson = LessonPanel::loadLessons().first();
        const QString banner = lab->bannerText();
        QVERIFY(banner.contains(QStringLiteral("accepted")));

        w.setLanguage(QStringLiteral("ko"));
        QCOMPARE(uiLanguage(), QStringLiteral("ko"));
        QCOMPARE(AppSettings::language(), QStringLiteral("ko"));
        // Menus and workspace labels are the Korean strings of app/translations/ec2lab_ko.ts.
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.value(0), QStringLiteral("파일(&F)"));
        QCOMPARE(menus.value(1), QStringLiteral("편집(&E)"));
        QVERIFY2(menus.contains(QStringLiteral("도움말(&H)")), qPrintable(menus.join(u',')));
        auto *tabs = qobject_cast<QTabWidget *>(w.centralWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("수명 주기 실습(&L)"));
        QStringList boxes;
        for (QGroupBox *b : w.labWorkspace()->findChildren<QGroupBox *>())
            boxes << b->title();
        QVERIFY2(boxes.contains(QStringLiteral("안내 학습")), qPrintable(boxes.join(u',')));
        QVERIFY2(boxes.contains(QStringLiteral("작업과 이벤트")), qPrintable(boxes.join(u',')));
        QCOMPARE(w.labWorkspace()->actionButton(Action::Stop)->text(), QStringLiteral("중지"));
        QVERIFY2(w.labWorkspace()->bannerText().contains(QStringLiteral("수락됨")),
            qPrintable(w.labWorkspace()->bannerText()));

        // Nothing was lost: document, undo history, workspace, lab clock and state, lesson step,
        // window geometry.
        QCOMPARE(w.document()->toJson(), json);
        QCOMPARE(w.document()->undoStack()->count(), undoCount);
        QCOMPARE(w.document()->undoStack()->index(), undoIndex);
        QVERIFY(w.document()->isModified());
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(w.geometry(), geometry);
        lab = w.labWorkspace();
        QCOMPARE(lab->controller()->clock(), clock);
        QCOMPARE(lab->selectedInstance(), selected);
        QCOMPARE(lab->diagram()->litStateName(), QStringLiteral("stopped"));
        QCOMPARE(lab->lessons()->stepIndex(), 1);
        const QString stepTitle = lesson.value(QStringLiteral("steps"))
                                      .toArray()
                                      .at(1)
                                      .toObject()
                                      .value(QStringLiteral("title_ko"))
                                      .toString();
        QVERIFY(!stepTitle.isEmpty());
        QVERIFY2(lab->lessons()->titleText().contains(stepTitle), qPrintable(lab->lessons()->titleText()));

        // The rebuilt window still works: undo takes the stop back, the menu's undo is wired.
        w.document()->undoStack()->undo();
        QCOMPARE(lab->diagram()->litStateName(), QStringLiteral("running"));
        QAction *undo = findAction(&w, QKeySequence(QKeySequence::Undo));
        QVERIFY(undo);
        QVERIFY(undo->text().startsWith(QStringLiteral("실행 취소")));
        w.document()->undoStack()->redo();

        // And back to English.
        w.setLanguage(QStringLiteral("en"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(w.labWorkspace()->actionButton(Action::Stop)->text(), QStringLiteral("Stop"));
        QCOMPARE(w.document()->toJson(), json);
        QVERIFY(w.labWorkspace()->lessons()->titleText().contains(lesson.value(QStringLiteral("steps"))
                                                                      .toArray()
                                                                      .at(1)
                                                                      .toObject()
                                                                      .value(QStringLiteral("title"))
                                                                      .toString()));
    }

    void aTranslatorInstalledElsewhereAlsoRetranslates()
    {
        MainWindow w;
        w.show();
        installTranslators(QStringLiteral("ko")); // e.g. the system locale changed
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
    }

    void unsavedChangesPrompt_data()
    {
        QTest::addColumn<QString>("command"); // close, new, open
        QTest::addColumn<int>("button");
        QTest::addColumn<bool>("fileSaved"); // the edit reached the file
        QTest::addColumn<bool>("documentKept"); // the edited document is still open
        QTest::addColumn<bool>("fileDialog"); // Open went on to ask for a file
        const int save = QMessageBox::Save;
        const int discard = QMessageBox::Discard;
        const int cancel = QMessageBox::Cancel;
        QTest::newRow("close, save") << QStringLiteral("close") << save << true << false << false;
        QTest::newRow("close, discard") << QStringLiteral("close") << discard << false << false << false;
        QTest::newRow("close, cancel") << QStringLiteral("close") << cancel << false << true << false;
        QTest::newRow("new, save") << QStringLiteral("new") << save << true << false << false;
        QTest::newRow("new, discard") << QStringLiteral("new") << discard << false << false << false;
        QTest::newRow("new, cancel") << QStringLiteral("new") << cancel << false << true << false;
        QTest::newRow("open, save") << QStringLiteral("open") << save << true << true << true;
        QTest::newRow("open, discard") << QStringLiteral("open") << discard << false << true << true;
        QTest::newRow("open, cancel") << QStringLiteral("open") << cancel << false << true << false;
    }
    void unsavedChangesPrompt()
    {
        QFETCH(QString, command);
        QFETCH(int, button);
        QFETCH(bool, fileSaved);
        QFETCH(bool, documentKept);
        QFETCH(bool, fileDialog);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("scenario.json"));
        {
            ScenarioDocument seed;
            seed.setValue(QStringLiteral("horizon_months"), 12, QStringLiteral("seed"));
            QString error;
            QVERIFY2(seed.save(file, &error), qPrintable(error));
        }
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(file));
        w.document()->setValue(QStringLiteral("horizon_months"), 13, QStringLiteral("edit"));
        QVERIFY(w.document()->isModified());
        w.document()->autosaveNow();

        ModalAnswerer answerer { QMessageBox::StandardButton(button) };
        bool closed = false;
        if (command == u"close") {
            closed = w.close();
        } else {
            QAction *a = findAction(
                &w, command == u"new" ? QKeySequence(QKeySequence::New) : QKeySequence(QKeySequence::Open));
            QVERIFY(a);
            a->trigger();
        }
        QCOMPARE(answerer.seen.value(0), QStringLiteral("message: Unsaved changes"));
        QVERIFY2(answerer.lastText.contains(QStringLiteral("scenario.json")), qPrintable(answerer.lastText));
        QCOMPARE(answerer.seen.contains(QStringLiteral("file dialog")), fileDialog);
        QCOMPARE(answerer.seen.size(), fileDialog ? 2 : 1);

        QCOMPARE(horizonIn(file), fileSaved ? 13 : 12);
        if (command == u"close") {
            QCOMPARE(closed, !documentKept);
            // A deliberate close leaves nothing to recover; a cancelled one keeps the autosave.
            QCOMPARE(ScenarioDocument::hasRecovery(), documentKept);
        }
        if (documentKept) {
            QCOMPARE(w.document()->value(QStringLiteral("horizon_months")).toInt(), 13);
            QCOMPARE(w.document()->isModified(), !fileSaved);
            QCOMPARE(w.document()->fileName(), QFileInfo(file).absoluteFilePath());
        } else if (command == u"new") {
            QCOMPARE(w.document()->json(), ScenarioDocument::defaultScenario());
            QVERIFY(w.document()->fileName().isEmpty());
            QVERIFY(!w.document()->isModified());
        }
    }

    void unmodifiedDocumentIsNotPrompted()
    {
        MainWindow w;
        w.show();
        ModalAnswerer answerer { QMessageBox::Cancel };
        QVERIFY(w.close());
        QVERIFY(answerer.seen.isEmpty());
    }

    void crashRecoveryPrompt_data()
    {
        QTest::addColumn<int>("button");
        QTest::newRow("accepted: the autosaved scenario is restored") << int(QMessageBox::Yes);
        QTest::newRow("declined: the autosave is removed") << int(QMessageBox::Discard);
    }
    void crashRecoveryPrompt()
    {
        QFETCH(int, button);
        const bool accept = button == QMessageBox::Yes;
        {
            // The crashed session: an edit, an autosave, and no clean exit.
            ScenarioDocument crashed;
            crashed.setValue(QStringLiteral("horizon_months"), 7, QStringLiteral("edit"));
            QVERIFY(crashed.autosaveNow());
        }
        QVERIFY(ScenarioDocument::hasRecovery());
        MainWindow w;
        w.show();
        ModalAnswerer answerer { QMessageBox::StandardButton(button) };
        w.offerRecovery();
        QCOMPARE(answerer.seen, QStringList { QStringLiteral("message: Recover unsaved work?") });
        if (accept) {
            QCOMPARE(w.document()->value(QStringLiteral("horizon_months")).toInt(), 7);
            QVERIFY(w.document()->isModified()); // closing will ask to save it
            QVERIFY(ScenarioDocument::hasRecovery()); // until it is saved or the app closes
        } else {
            QCOMPARE(w.document()->json(), ScenarioDocument::defaultScenario());
            QVERIFY(!w.document()->isModified());
            QVERIFY(!ScenarioDocument::hasRecovery());
        }
    }

    void noAutosaveNoRecoveryPrompt()
    {
        ScenarioDocument::discardAutosave();
        MainWindow w;
        w.show();
        ModalAnswerer answerer { QMessageBox::Yes };
        w.offerRecovery();
        QTest::qWait(60);
        QVERIFY(answerer.seen.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
