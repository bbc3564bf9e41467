#include "charts/timelinechart.h"
#include "core/scenariodocument.h"
#include "core/theme.h"
#include "gui.h"
#include "lab/addresscard.h"
#include "lab/billingmetercard.h"
#include "lab/eventlogmodel.h"
#include "lab/labcontroller.h"
#include "lab/labworkspace.h"
#include "lab/launchdialog.h"
#include "lab/lessonpanel.h"
#include "lab/statediagram.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace ec2lab;
using namespace ec2lab::gui;

/// The lifecycle lab as a student uses it: buttons change the lit state and the address card,
/// refusals show the AWS error, undo takes an action back, lessons step through their script.
class TestLifecycleLab : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        MainWindow window;
        LabWorkspace *lab() { return window.labWorkspace(); }
        void click(Action a) { QTest::mouseClick(lab()->actionButton(a), Qt::LeftButton); }
        void advance(qint64 seconds)
        {
            lab()->controller()->setClock(lab()->controller()->clock() + seconds);
        }
    };

    /// True when all of \a w is on screen: shown, and not cut by any scroll area or parent.
    static bool wholeOnScreen(QWidget *w)
    {
        if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
            return false;
        const QRect full(w->mapTo(w->window(), QPoint()), w->size());
        QRect seen = full;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            seen &= QRect(p->mapTo(w->window(), QPoint()), p->size());
        return seen == full;
    }

    /// Answers the next modal message box with the button whose text is \a answer.
    static void answerNextQuestion(const QString &answer)
    {
        QTimer::singleShot(0, qApp, [answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (b->text().remove(u'&') == answer)
                    b->click();
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScenarioDocument::discardAutosave();
    }

    void defaultScenarioShowsARunningInstance()
    {
        Fixture f;
        QCOMPARE(f.lab()->selectedInstance(), QStringLiteral("web"));
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        QVERIFY(f.lab()
                    ->addressCard()
                    ->fieldText(QStringLiteral("public_ip"))
                    .startsWith(QStringLiteral("203.0.113."))
            || f.lab()
                   ->addressCard()
                   ->fieldText(QStringLiteral("public_ip"))
                   .startsWith(QStringLiteral("198.51.100.")));
    }

    void stopThenStartChangesLitStateAndPublicIp()
    {
        Fixture f;
        const QString publicIp = f.lab()->addressCard()->fieldText(QStringLiteral("public_ip"));
        const QString privateIp = f.lab()->addressCard()->fieldText(QStringLiteral("private_ip"));
        f.click(Action::Stop);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopping"));
        QVERIFY(f.lab()->bannerText().contains(QStringLiteral("accepted")));
        f.advance(30); // stopping lasts 30 s in the default script
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")), QStringLiteral("—"));
        QVERIFY(f.lab()->addressCard()->isHighlighted(QStringLiteral("public_ip")));
        QVERIFY(!f.lab()->addressCard()->isHighlighted(QStringLiteral("private_ip")));

        f.click(Action::Start);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("pending"));
        f.advance(20);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        const QString newIp = f.lab()->addressCard()->fieldText(QStringLiteral("public_ip"));
        QVERIFY(newIp != QStringLiteral("—"));
        QVERIFY2(newIp != publicIp, qPrintable(newIp));
        QVERIFY(f.lab()->addressCard()->isHighlighted(QStringLiteral("public_ip")));
        QVERIFY(f.lab()->addressCard()->isHighlighted(QStringLiteral("public_dns")));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("private_ip")), privateIp);
    }

    void rebootKeepsThePublicIp()
    {
        Fixture f;
        const QString publicIp = f.lab()->addressCard()->fieldText(QStringLiteral("public_ip"));
        f.click(Action::Reboot);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        f.advance(120);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")), publicIp);
        QVERIFY(!f.lab()->addressCard()->isHighlighted(QStringLiteral("public_ip")));
    }

    void refusedActionShowsItsError_data()
    {
        QTest::addColumn<int>("setup"); // 0: as launched (running), 1: stopped
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("reboot a stopped instance")
            << 1 << int(Action::Reboot) << QStringLiteral("IncorrectInstanceState")
            << QStringLiteral("is not in a state from which it can be rebooted");
        QTest::newRow("hibernate without hibernation at launch")
            << 0 << int(Action::Hibernate) << QStringLiteral("UnsupportedHibernationConfiguration")
            << QStringLiteral("not configured at launch for hibernation");
    }
    void refusedActionShowsItsError()
    {
        QFETCH(int, setup);
        QFETCH(int, action);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Fixture f;
        if (setup == 1) {
            f.click(Action::Stop);
            f.advance(60);
        }
        const QString before = f.lab()->diagram()->litStateName();
        QPushButton *button = f.lab()->actionButton(Action(action));
        QVERIFY(button->isEnabled()); // refused actions are never disabled
        f.click(Action(action));
        const QString banner = f.lab()->bannerText();
        QVERIFY2(banner.contains(code), qPrintable(banner));
        QVERIFY2(banner.contains(message), qPrintable(banner));
        QCOMPARE(f.lab()->diagram()->litStateName(), before);
        // The refusal is in the event log too.
        EventLogModel *log = f.lab()->eventLog();
        bool found = false;
        for (int r = 0; r < log->rowCount(); ++r)
            found = found || log->index(r, EventLogModel::Detail).data().toString() == code;
        QVERIFY(found);
    }

    void elasticIpReplacesThePublicAddress()
    {
        Fixture f;
        f.click(Action::AllocateAddress);
        QVERIFY(f.lab()->bannerText().contains(QStringLiteral("accepted")));
        f.click(Action::AssociateAddress);
        QVERIFY2(
            f.lab()->bannerText().contains(QStringLiteral("accepted")), qPrintable(f.lab()->bannerText()));
        const QString eip = f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip"));
        QVERIFY2(eip.startsWith(QStringLiteral("192.0.2.")), qPrintable(eip));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")), eip);
        QVERIFY(f.lab()->addressCard()->isHighlighted(QStringLiteral("elastic_ip")));
        // Releasing an associated address in the default VPC disassociates it first and succeeds
        // (AWS EC2 API reference, ReleaseAddress: "[Default VPC] Releasing an Elastic IP address
        // automatically disassociates it from any instance that it's associated with").
        f.click(Action::ReleaseAddress);
        QVERIFY2(
            f.lab()->bannerText().contains(QStringLiteral("accepted")), qPrintable(f.lab()->bannerText()));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip")), QStringLiteral("—"));
        QVERIFY(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")) != eip);
    }

    void undoTakesAnActionBack()
    {
        Fixture f;
        f.click(Action::Stop);
        f.advance(60);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
        f.window.document()->undoStack()->undo();
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        f.window.document()->undoStack()->redo();
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
    }

    void scrubberGoesBackInTime()
    {
        Fixture f;
        f.click(Action::Terminate);
        f.advance(600);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("terminated"));
        f.lab()->controller()->setClock(10); // before the launch finished
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("pending"));
    }

    void billingMeterStopsForStoppedInstance()
    {
        Fixture f;
        f.click(Action::Stop);
        f.advance(30);
        const QString atStop = f.lab()->billingCard()->totalText();
        f.advance(3600);
        // EBS keeps billing while stopped, so the total still grows; the instance line does not.
        QVERIFY(f.lab()->billingCard()->totalText() != atStop);
    }

    void eventLogModelIsConsistent()
    {
        Fixture f;
        f.click(Action::Reboot);
        f.advance(100);
        QAbstractItemModelTester tester(
            f.lab()->eventLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.click(Action::Stop);
        f.advance(60);
        QVERIFY(f.lab()->eventLog()->rowCount() > 4);
    }

    void launchDialogEntriesRun_data()
    {
        QTest::addColumn<int>("ami");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("stopCode"); // empty: the stop is accepted
        QTest::newRow("Amazon Linux, EBS root") << 0 << QStringLiteral("linux") << QString();
        QTest::newRow("SUSE, EBS root") << 4 << QStringLiteral("suse") << QString();
        QTest::newRow("instance-store root cannot be stopped")
            << 5 << QStringLiteral("linux") << QStringLiteral("UnsupportedOperation");
    }
    void launchDialogEntriesRun()
    {
        QFETCH(int, ami);
        QFETCH(QString, platform);
        QFETCH(QString, stopCode);
        Fixture f;
        LaunchDialog dialog(QStringLiteral("app"), QStringLiteral("us-east-1"));
        const auto combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *c : combos)
            if (c->accessibleName() == u"Machine image")
                c->setCurrentIndex(ami);
        const QJsonObject instance = dialog.instanceJson();
        QCOMPARE(instance.value(QStringLiteral("platform")).toString(), platform);
        const ActionResult launched = f.lab()->controller()->launch(instance);
        QVERIFY2(launched.ok, qPrintable(launched.errorCode + u' ' + launched.errorMessage));
        f.lab()->selectInstance(QStringLiteral("app"));
        f.advance(60);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        f.click(Action::Stop);
        if (stopCode.isEmpty()) {
            QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopping"));
        } else {
            QVERIFY2(f.lab()->bannerText().contains(stopCode), qPrintable(f.lab()->bannerText()));
            QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        }
    }

    void lessonStepsThroughTheReboot()
    {
        Fixture f;
        LessonPanel *lessons = f.lab()->lessons();
        QVERIFY(LessonPanel::loadLessons().size() >= 4);
        lessons->startLesson(0); // "A reboot keeps the public IP"
        lessons->finishStep(); // the clock would play through the step for 2.5 s
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        const QString ip = f.lab()->addressCard()->fieldText(QStringLiteral("public_ip"));
        lessons->next(); // reboot
        lessons->finishStep();
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")), ip);
        lessons->next(); // stop
        lessons->finishStep();
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
        lessons->next(); // start
        lessons->finishStep();
        QVERIFY(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")) != ip);
        lessons->back();
        QCOMPARE(lessons->stepIndex(), 2);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
    }

    void elasticIpLessonMovesTheAddress()
    {
        Fixture f;
        LessonPanel *lessons = f.lab()->lessons();
        const QList<QJsonObject> all = LessonPanel::loadLessons();
        int index = -1;
        for (int i = 0; i < all.size(); ++i)
            if (all[i]
                    .value(QStringLiteral("title"))
                    .toString()
                    .startsWith(QStringLiteral("Move an Elastic IP")))
                index = i;
        QVERIFY(index >= 0);
        lessons->startLesson(index);
        lessons->finishStep();
        const QString eip = f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip"));
        QVERIFY2(eip.startsWith(QStringLiteral("192.0.2.")), qPrintable(eip)); // on web
        lessons->next(); // launch web-2
        lessons->finishStep();
        QCOMPARE(f.lab()->selectedInstance(), QStringLiteral("web-2"));
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip")), QStringLiteral("—"));
        lessons->next(); // associate: the address moves
        lessons->finishStep();
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip")), eip);
        QVERIFY2(f.lab()->addressCard()->otherChange().contains(QStringLiteral("moved from web to web-2")),
            qPrintable(f.lab()->addressCard()->otherChange()));
        lessons->next(); // terminate web
        lessons->finishStep();
        QCOMPARE(f.lab()->selectedInstance(), QStringLiteral("web"));
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("terminated"));
        QVERIFY(f.lab()->controller()->scriptError().isEmpty());
        // Every step's actions were accepted: no refusal in the engine's log.
        for (const EventRecord &e : f.lab()->controller()->engine().events())
            QVERIFY2(e.kind != EventKind::ActionRefused, qPrintable(e.detail));
    }

    void lessonTextFallsBackToEnglish_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Korean title present")
            << QStringLiteral("title") << QStringLiteral("ko") << QStringLiteral("중지");
        QTest::newRow("English asked")
            << QStringLiteral("title") << QStringLiteral("en") << QStringLiteral("Stop");
        QTest::newRow("no language") << QStringLiteral("title") << QString() << QStringLiteral("Stop");
        QTest::newRow("Korean summary missing")
            << QStringLiteral("summary") << QStringLiteral("ko") << QStringLiteral("Stopping ends usage.");
        QTest::newRow("Korean text empty")
            << QStringLiteral("text") << QStringLiteral("ko") << QStringLiteral("<b>stopped</b>");
        QTest::newRow("language without any translation")
            << QStringLiteral("title") << QStringLiteral("ja") << QStringLiteral("Stop");
    }
    void lessonTextFallsBackToEnglish()
    {
        QFETCH(QString, key);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QJsonObject o { { QStringLiteral("title"), QStringLiteral("Stop") },
            { QStringLiteral("title_ko"), QStringLiteral("중지") },
            { QStringLiteral("summary"), QStringLiteral("Stopping ends usage.") },
            { QStringLiteral("text"), QStringLiteral("<b>stopped</b>") },
            { QStringLiteral("text_ko"), QStringLiteral("  ") } };
        QCOMPARE(LessonPanel::localized(o, key, language), expected);
    }

    void everyLessonIsTranslatedToKorean()
    {
        const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        const QList<QJsonObject> lessons = LessonPanel::loadLessons();
        QVERIFY(lessons.size() >= 3);
        for (const QJsonObject &lesson : lessons) {
            const QString name = lesson.value(QStringLiteral("title")).toString();
            for (const char *key : { "title_ko", "summary_ko" })
                QVERIFY2(lesson.value(QLatin1String(key)).toString().contains(hangul),
                    qPrintable(name + u' ' + QLatin1String(key)));
            const QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QJsonObject step = steps[i].toObject();
                for (const char *key : { "title_ko", "text_ko" })
                    QVERIFY2(step.value(QLatin1String(key)).toString().contains(hangul),
                        qPrintable(
                            QStringLiteral("%1 step %2 %3").arg(name).arg(i + 1).arg(QLatin1String(key))));
                // The same emphasis in both languages: every bold English word is bold in Korean.
                QCOMPARE(step.value(QStringLiteral("text_ko")).toString().count(QStringLiteral("<b>")),
                    step.value(QStringLiteral("text")).toString().count(QStringLiteral("<b>")));
            }
        }
    }

    void everyLessonRunsToItsLastStep()
    {
        Fixture f;
        LessonPanel *lessons = f.lab()->lessons();
        const QList<QJsonObject> all = LessonPanel::loadLessons();
        for (int l = 0; l < all.size(); ++l) {
            lessons->startLesson(l);
            const int steps = int(all[l].value(QStringLiteral("steps")).toArray().size());
            for (int i = 1; i < steps; ++i)
                lessons->next();
            QCOMPARE(lessons->stepIndex(), steps - 1);
            QVERIFY2(f.lab()->controller()->scriptError().isEmpty(),
                qPrintable(f.lab()->controller()->scriptError()));
        }
    }

    void lessonPanelShowsTheLanguageInUse_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("_ko");
        QTest::newRow("English") << QStringLiteral("en") << QString();
    }
    void lessonPanelShowsTheLanguageInUse()
    {
        QFETCH(QString, language);
        QFETCH(QString, suffix);
        Fixture f;
        const QJsonObject lesson = LessonPanel::loadLessons().at(1);
        LessonPanel panel(f.lab()->controller(), nullptr, language);
        QCOMPARE(panel.language(), language);
        panel.restoreProgress(1, -1, -1); // choose lesson 2, not started: its summary shows
        QCOMPARE(panel.titleText(), lesson.value(QStringLiteral("title") + suffix).toString());
        QVERIFY(panel.bodyText().startsWith(
            lesson.value(QStringLiteral("summary") + suffix).toString().left(12)));
        panel.startLesson(1);
        const QJsonObject step = lesson.value(QStringLiteral("steps")).toArray().first().toObject();
        QVERIFY2(panel.titleText().endsWith(step.value(QStringLiteral("title") + suffix).toString()),
            qPrintable(panel.titleText()));
    }

    void launchDialogTakesTheCatalogPriceAndSaysSo()
    {
        Fixture f;
        LaunchDialog dialog(QStringLiteral("app"), QStringLiteral("us-east-1"));
        // Amazon Linux on m5.large: the bundled snapshot has its On-Demand price.
        QVERIFY2(
            dialog.priceNote().contains(QStringLiteral("price catalog")), qPrintable(dialog.priceNote()));
        QVERIFY2(
            dialog.priceNote().contains(QRegularExpression(QStringLiteral("as of 20\\d\\d-\\d\\d-\\d\\d"))),
            qPrintable(dialog.priceNote()));
        QJsonObject instance = dialog.instanceJson();
        QVERIFY(!instance.contains(QStringLiteral("price_per_hour"))); // taken from the catalog
        QVERIFY(f.lab()->controller()->launch(instance).ok);
        f.lab()->selectInstance(QStringLiteral("app"));
        f.advance(60);
        const QString note = f.lab()->billingCard()->priceNote();
        QVERIFY2(note.contains(QStringLiteral("from the price catalog")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("0.096 USD/h")), qPrintable(note));
        QVERIFY2(note.contains(QRegularExpression(QStringLiteral("as of 20\\d\\d-\\d\\d-\\d\\d"))),
            qPrintable(note));

        // A typed price is the script's own, and the meter says so.
        auto *price = dialog.findChild<QLineEdit *>();
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->accessibleName() == u"Price per hour")
                price = e;
        price->setText(QStringLiteral("0.1"));
        QVERIFY2(dialog.priceNote().contains(QStringLiteral("Your price")), qPrintable(dialog.priceNote()));
        instance = dialog.instanceJson();
        QCOMPARE(instance.value(QStringLiteral("price_per_hour")).toString(), QStringLiteral("0.1"));
        instance.insert(QStringLiteral("name"), QStringLiteral("own"));
        QVERIFY(f.lab()->controller()->launch(instance).ok);
        f.lab()->selectInstance(QStringLiteral("own"));
        QVERIFY2(
            f.lab()->billingCard()->priceNote().contains(QStringLiteral("0.1 USD/h, set in the lab script")),
            qPrintable(f.lab()->billingCard()->priceNote()));
    }

    void defaultScenarioPriceIsTheScripts()
    {
        Fixture f;
        const QString note = f.lab()->billingCard()->priceNote();
        QVERIFY2(
            note.startsWith(QStringLiteral("Price: 0.096 USD/h, set in the lab script")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Public IPv4: 0.005 USD/h")), qPrintable(note));
    }

    void presenterModeFitsA1280x720Projector_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::newRow("presenter mode") << true;
        QTest::newRow("normal") << false;
    }
    void presenterModeFitsA1280x720Projector()
    {
        QFETCH(bool, presenter);
        Theme::apply(presenter);
        struct Restore
        {
            ~Restore() { Theme::apply(false); }
        } restore;
        Fixture f;
        f.window.resize(1280, 720);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QTest::qWait(50);
        // The window can shrink to the projector's size (it used to need about 1360x1400).
        const QSize minimum = f.window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
            qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(f.window.size(), QSize(1280, 720));
        // Every action and event button is whole: as wide as its text, inside its grid.
        QWidget *grid = f.lab()->findChild<QWidget *>(QStringLiteral("actionGrid"));
        QVERIFY(grid);
        for (int a = int(Action::Start); a <= int(Action::LaunchFailure); ++a) {
            QPushButton *b = f.lab()->actionButton(Action(a));
            QVERIFY(b);
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
            QVERIFY2(grid->rect().contains(b->geometry()), qPrintable(b->text()));
        }
    }

    void newWindowRunsTheClockAndSaysWhenPaused()
    {
        Fixture f;
        f.window.resize(1280, 720);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        // A new window's clock runs, so a launch goes on from pending to running by itself.
        QVERIFY(f.lab()->controller()->isPlaying());
        QVERIFY(!f.lab()->pausedHint()->isVisible());
        f.lab()->controller()->setPlaying(false);
        QVERIFY(f.lab()->pausedHint()->isVisible());
        QVERIFY(wholeOnScreen(f.lab()->pausedHint()));
        QVERIFY(f.lab()->pausedHint()->text().contains(QStringLiteral("paused")));
        f.lab()->controller()->setPlaying(true);
        QVERIFY(!f.lab()->pausedHint()->isVisible());
    }

    void refusalBannerClears_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("next successful action") << 0;
        QTest::newRow("File > New") << 1;
        QTest::newRow("opening a file") << 2;
        QTest::newRow("undo of the refused action") << 3;
        QTest::newRow("the instance it names is gone") << 4;
    }
    void refusalBannerClears()
    {
        QFETCH(int, how);
        Fixture f;
        f.lab()->controller()->setPlaying(false);
        if (how == 4) {
            f.click(Action::Terminate);
            f.advance(120);
            QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("terminated"));
            f.click(Action::Stop); // a terminated instance cannot be stopped
        } else {
            f.click(Action::Hibernate); // not configured for hibernation at launch
        }
        QVERIFY2(
            f.lab()->bannerText().contains(QStringLiteral("refused")), qPrintable(f.lab()->bannerText()));
        QTemporaryDir dir;
        switch (how) {
        case 0:
            f.click(Action::Reboot);
            QVERIFY2(f.lab()->bannerText().contains(QStringLiteral("accepted")),
                qPrintable(f.lab()->bannerText()));
            QVERIFY(!f.lab()->bannerText().contains(QStringLiteral("refused")));
            return;
        case 1:
            f.window.document()->newScenario();
            break;
        case 2: {
            const QString path = dir.filePath(QStringLiteral("lab.json"));
            QString error;
            QVERIFY2(f.window.document()->save(path, &error), qPrintable(error));
            f.window.openFile(path);
            break;
        }
        case 3:
            f.window.document()->undoStack()->undo();
            break;
        case 4:
            // EC2 forgets a terminated instance about an hour later: the banner must not name it.
            f.advance(3700);
            break;
        }
        QCOMPARE(f.lab()->bannerText(), QString());
    }

    void billingMeterAfterTermination_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("neverSays");
        // The default script's root volume is gp3 with DeleteOnTermination: it is deleted when
        // the instance reaches terminated, so EBS stops billing; a stopped instance keeps it.
        QTest::newRow("terminated, root volume deleted")
            << int(Action::Terminate) << QStringLiteral("no EBS volume is left to bill")
            << QStringLiteral("EBS still bills");
        QTest::newRow("stopped, root volume kept")
            << int(Action::Stop) << QStringLiteral("EBS still bills") << QStringLiteral("no EBS volume");
    }
    void billingMeterAfterTermination()
    {
        QFETCH(int, action);
        QFETCH(QString, says);
        QFETCH(QString, neverSays);
        Fixture f;
        f.lab()->controller()->setPlaying(false);
        f.click(Action(action));
        f.advance(600);
        const QString text = f.lab()->billingCard()->billableText();
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(!text.contains(neverSays), qPrintable(text));
    }

    void startingALessonAsksBeforeReplacingTheLab()
    {
        Fixture f;
        LessonPanel *lessons = f.lab()->lessons();
        QPushButton *start = nullptr;
        for (QPushButton *b : lessons->findChildren<QPushButton *>())
            if (b->text() == u"Start lesson")
                start = b;
        QVERIFY(start);
        const QStringList before = f.lab()->controller()->instanceNames();
        QVERIFY(!before.isEmpty());
        answerNextQuestion(QStringLiteral("Cancel"));
        start->click();
        QCOMPARE(lessons->lessonIndex(), -1);
        QCOMPARE(f.lab()->controller()->instanceNames(), before);
        answerNextQuestion(QStringLiteral("Replace the lab"));
        start->click();
        QCOMPARE(lessons->lessonIndex(), 0);
        QVERIFY2(
            lessons->titleText().startsWith(QStringLiteral("Step 1 of")), qPrintable(lessons->titleText()));
    }

    void lessonStepPlaysTheClockThroughTheTransition()
    {
        Fixture f;
        LessonPanel *lessons = f.lab()->lessons();
        lessons->startLesson(0); // "A reboot keeps the public IP"
        lessons->finishStep();
        lessons->next(); // reboot (90 s)
        lessons->finishStep();
        const qint64 from = f.lab()->controller()->clock();
        lessons->next(); // stop, then 60 s: stopping lasts 30 s in the lesson's script
        // The step does not jump: the clock plays from the stop on, the lab shows "stopping".
        QCOMPARE(f.lab()->controller()->clock(), from);
        QVERIFY(f.lab()->controller()->isPlaying());
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopping"));
        QTRY_COMPARE_WITH_TIMEOUT(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.lab()->controller()->isPlaying(), 10000);
        QCOMPARE(f.lab()->controller()->clock(), from + 60); // it stops where the step ends
        QVERIFY(f.lab()->pausedHint()->isVisibleTo(&f.window));
    }

    void elasticIpMovesToAReplacementInstance()
    {
        // AWS AssociateAddress: "If the Elastic IP address is already associated with a different
        // instance ... it is disassociated from that instance and associated with the specified
        // instance" (AllowReassociation defaults to true in a VPC). The old instance, running with
        // auto-assign, gets a new public IPv4 address.
        Fixture f;
        f.lab()->controller()->setPlaying(false);
        f.click(Action::AllocateAddress);
        f.click(Action::AssociateAddress); // to web
        const QString eip = f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip"));
        QVERIFY2(eip.startsWith(QStringLiteral("192.0.2.")), qPrintable(eip));
        QJsonObject spare = f.lab()->controller()->instanceJson(QStringLiteral("web"));
        spare.insert(QStringLiteral("name"), QStringLiteral("web-2"));
        QVERIFY(f.lab()->controller()->launch(spare).ok);
        f.advance(60);
        f.lab()->selectInstance(QStringLiteral("web-2"));
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        f.click(Action::AssociateAddress); // the only address, on web: it moves
        const QString banner = f.lab()->bannerText();
        QVERIFY2(banner.contains(QStringLiteral("accepted")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("moved here from web")), qPrintable(banner));
        // web-2's card: the Elastic IP is its public address now, highlighted.
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip")), eip);
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")), eip);
        QVERIFY(f.lab()->addressCard()->isHighlighted(QStringLiteral("elastic_ip")));
        // ... and what happened to web, on the same card and on the diagram.
        const QString other = f.lab()->addressCard()->otherChange();
        QVERIFY2(other.contains(QStringLiteral("moved from web to web-2")), qPrintable(other));
        QVERIFY2(other.contains(QStringLiteral("Elastic IP %1 → none").arg(eip)), qPrintable(other));
        QVERIFY2(f.lab()->diagram()->note().contains(QStringLiteral("web → web-2")),
            qPrintable(f.lab()->diagram()->note()));
        // web's own card shows the loss and its new auto-assigned public IPv4.
        f.lab()->selectInstance(QStringLiteral("web"));
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip")), QStringLiteral("—"));
        const QString webIp = f.lab()->addressCard()->fieldText(QStringLiteral("public_ip"));
        QVERIFY2(webIp != eip && webIp != QStringLiteral("—"), qPrintable(webIp));
        QVERIFY(f.lab()->addressCard()->isHighlighted(QStringLiteral("elastic_ip")));
        QVERIFY2(f.lab()->addressCard()->otherChange().contains(QStringLiteral("moved from web to web-2")),
            qPrintable(f.lab()->addressCard()->otherChange()));
    }

    void timelineLabelsAndLegendAreWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenter");
        QTest::newRow("1600x1000") << QSize(1600, 1000) << QStringLiteral("en") << false;
        QTest::newRow("1440x900") << QSize(1440, 900) << QStringLiteral("en") << false;
        QTest::newRow("1600x1000, Korean") << QSize(1600, 1000) << QStringLiteral("ko") << false;
        // Presenter mode's larger font needs a taller chart (Korean's glyphs are the tallest).
        QTest::newRow("1600x1000, Korean, presenter mode")
            << QSize(1600, 1000) << QStringLiteral("ko") << true;
        QTest::newRow("1600x1000, presenter mode") << QSize(1600, 1000) << QStringLiteral("en") << true;
    }
    void timelineLabelsAndLegendAreWhole()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, presenter);
        struct Restore
        {
            ~Restore()
            {
                Theme::apply(false);
                installTranslators(QStringLiteral("en"));
            }
        } restore;
        installTranslators(language);
        Theme::apply(presenter);
        Fixture f;
        f.lab()->controller()->setPlaying(false);
        f.window.setMinimumSize(0, 0);
        f.window.resize(size);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.lab()->setBottomPanelVisible(true);
        f.advance(1); // rebuild the chart at its shown size (the default lab: 81 s, in seconds)
        QApplication::processEvents();
        QChartView *view = f.lab()->timeline()->findChild<QChartView *>();
        QVERIFY(view && view->isVisible());
        QStringList texts;
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                texts << text->toPlainText();
        // Qt Charts elides what does not fit to "…" (or "..."): every label and the axis title
        // must read in full, and the legend names each state shown.
        for (const QString &t : texts)
            QVERIFY2(!t.contains(u'…') && !t.contains(QStringLiteral("...")), qPrintable(texts.join(u'|')));
        // The default lab starts at 2026-03-02 09:00 UTC; 82 s fit six 15 s steps.
        for (const QString &expected :
            { TimelineChart::tr("Simulated clock (UTC)"), QStringLiteral("09:00:00"),
                QStringLiteral("09:01:00"), EventLogModel::stateLabel(InstanceState::Running),
                EventLogModel::stateLabel(InstanceState::Pending) })
            QVERIFY2(texts.contains(expected), qPrintable(expected + u" not in " + texts.join(u'|')));
    }

    void timelineAxisShowsTheSimulatedClock_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<QStringList>("labels");
        // At most six steps of a round size (1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h,
        // ...), on round UTC clock times from the start.
        // 82 s: 6 x 15 s = 90 s >= 82 s, 6 x 10 s = 60 s < 82 s.
        QTest::newRow("82 s from 09:00, 15 s steps")
            << QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC) << qint64(82)
            << QStringLiteral("09:00:00|09:00:15|09:00:30|09:00:45|09:01:00|09:01:15").split(u'|');
        // 2 h: 6 x 30 min = 3 h >= 2 h, 6 x 15 min = 1.5 h < 2 h.
        QTest::newRow("2 h from 09:00, half hours") << QDateTime(QDate(2026, 3, 2), QTime(9, 0),
            Qt::UTC) << qint64(7200) << QStringLiteral("09:00|09:30|10:00|10:30|11:00").split(u'|');
        // 3 h from 22:45 ends at 01:45 the next day: the date on every label; the first round
        // half hour is 23:00.
        QTest::newRow("3 h from 22:45, across midnight")
            << QDateTime(QDate(2026, 3, 2), QTime(22, 45), Qt::UTC) << qint64(10800)
            << QStringLiteral("03-02 23:00|03-02 23:30|03-03 00:00|03-03 00:30|03-03 01:00|03-03 01:30")
                   .split(u'|');
        // A start given in another zone is shown in UTC: 10:10 at UTC+1 is 09:10 UTC.
        QTest::newRow("start in UTC+1, shown in UTC")
            << QDateTime(QDate(2026, 3, 2), QTime(10, 10), Qt::OffsetFromUTC, 3600) << qint64(3000)
            << QStringLiteral("09:10|09:20|09:30|09:40|09:50|10:00").split(u'|');
    }
    void timelineAxisShowsTheSimulatedClock()
    {
        QFETCH(QDateTime, start);
        QFETCH(qint64, span);
        QFETCH(QStringList, labels);
        LifecycleConfig config;
        config.start = start;
        LifecycleEngine engine(config);
        InstanceSpec spec;
        spec.name = QStringLiteral("web");
        QVERIFY(engine.launch(spec).ok);
        engine.advanceTo(span);
        TimelineChart chart;
        chart.resize(1100, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setEngine(engine, {});
        QApplication::processEvents();
        QChartView *view = chart.findChild<QChartView *>();
        QVERIFY(view);
        QStringList texts;
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                texts << text->toPlainText();
        // Every clock label, whole (Qt Charts elides to "…"), and no other clock time.
        static const QRegularExpression clock(QStringLiteral("^(\\d\\d-\\d\\d )?\\d\\d:\\d\\d(:\\d\\d)?$"));
        QStringList times = texts.filter(clock);
        times.sort();
        QStringList expected = labels;
        expected.sort();
        QCOMPARE(times, expected);
        QVERIFY2(texts.contains(TimelineChart::tr("Simulated clock (UTC)")), qPrintable(texts.join(u'|')));
        for (const QString &t : texts)
            QVERIFY2(!t.contains(u'…') && !t.contains(QStringLiteral("...")), qPrintable(texts.join(u'|')));
    }

    void presenterModeEnlargesTheDiagram_data()
    {
        QTest::addColumn<QSize>("size");
        // A 1280x720 projector too: there the diagram used to get narrower in presenter mode
        // (state names at 7.8 pt against 8.1 pt normally).
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1440x900") << QSize(1440, 900);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void presenterModeEnlargesTheDiagram()
    {
        QFETCH(QSize, size);
        struct Restore
        {
            ~Restore() { Theme::apply(false); }
        } restore;
        auto measure = [&size](bool presenter) {
            Theme::apply(presenter);
            Fixture f;
            f.lab()->controller()->setPlaying(false);
            f.window.setMinimumSize(0, 0);
            f.window.resize(size);
            f.window.show();
            if (!QTest::qWaitForWindowExposed(&f.window))
                return std::make_pair(QSize(), 0.0);
            QTest::qWait(50); // the first-show column sizing runs from the event loop
            StateDiagram *d = f.lab()->diagram();
            return std::make_pair(d->size(), d->labelPointSize());
        };
        const auto normal = measure(false);
        const auto presenter = measure(true);
        const QString sizes = QStringLiteral("normal %1x%2 at %3 pt, presenter %4x%5 at %6 pt")
                                  .arg(normal.first.width())
                                  .arg(normal.first.height())
                                  .arg(normal.second)
                                  .arg(presenter.first.width())
                                  .arg(presenter.first.height())
                                  .arg(presenter.second);
        // What the room sees: the state names (and with them the boxes) drawn at least 20 % larger,
        // in a diagram with at least the area it has in normal mode (wider, above the buttons and
        // cards; at 1280x720 it is less tall) and never squeezed below its minimum height.
        QVERIFY2(presenter.second >= normal.second * 1.2, qPrintable(sizes));
        QVERIFY2(qint64(presenter.first.width()) * presenter.first.height()
                >= qint64(normal.first.width()) * normal.first.height(),
            qPrintable(sizes));
        QVERIFY2(presenter.first.height() >= StateDiagram().minimumSizeHint().height(), qPrintable(sizes));
    }

    void firstWindowFitsItsScreen()
    {
        // The offscreen platform's screen is 800x600: the window used to open at 1440x900.
        Fixture f;
        const QRect available = f.window.screen()->availableGeometry();
        QVERIFY2(f.window.width() <= available.width() && f.window.height() <= available.height(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(f.window.width())
                           .arg(f.window.height())
                           .arg(available.width())
                           .arg(available.height())));
        QVERIFY(
            f.window.minimumWidth() <= available.width() && f.window.minimumHeight() <= available.height());
    }

    void everyLabControlIsWholeAt1280x720_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << false << QStringLiteral("en");
        QTest::newRow("English, presenter mode") << true << QStringLiteral("en");
        QTest::newRow("Korean") << false << QStringLiteral("ko");
        QTest::newRow("Korean, presenter mode") << true << QStringLiteral("ko");
    }
    void everyLabControlIsWholeAt1280x720()
    {
        QFETCH(bool, presenter);
        QFETCH(QString, language);
        struct Restore
        {
            ~Restore()
            {
                Theme::apply(false);
                installTranslators(QStringLiteral("en"));
            }
        } restore;
        installTranslators(language);
        Theme::apply(presenter);
        Fixture f;
        f.window.resize(1280, 720);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QTest::qWait(50);
        QCOMPARE(f.window.size(), QSize(1280, 720));
        QList<QWidget *> controls;
        for (int a = 0; a <= int(Action::LaunchFailure); ++a)
            if (QPushButton *b = f.lab()->actionButton(Action(a)))
                controls << b;
        for (QToolButton *b : f.lab()->findChildren<QToolButton *>())
            if (b->parentWidget() && b->parentWidget()->objectName() != u"qt_scrollarea_hcontainer"
                && b->parentWidget()->objectName() != u"qt_scrollarea_vcontainer" && b->isVisibleTo(&f.window)
                && !b->parentWidget()->inherits("QTabBar") && b->text() != QStringLiteral("✕"))
                controls << b; // Play, Step, Timeline
        controls << f.lab()->findChild<QSlider *>();
        for (QComboBox *c : f.lab()->findChildren<QComboBox *>())
            controls << c; // clock speed, lesson
        for (QPushButton *b : f.lab()->lessons()->findChildren<QPushButton *>())
            controls << b; // Start lesson, Back, Next
        for (QLabel *l : f.lab()->findChildren<QLabel *>())
            if (l->text().startsWith(QStringLiteral("T+")))
                controls << l; // the clock
        QVERIFY(controls.size() >= 18 + 3 + 1 + 2 + 3 + 1);
        for (QWidget *w : controls) {
            const QString name
                = w->accessibleName().isEmpty() ? w->property("text").toString() : w->accessibleName();
            QVERIFY2(wholeOnScreen(w), qPrintable(name));
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                QVERIFY2(b->width() >= b->sizeHint().width() - 1, qPrintable(name));
        }
    }

    void actionButtonsReflowAndStayWholeWhenNarrow()
    {
        Fixture f;
        f.window.resize(1440, 900);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        auto rows = [&f] {
            QSet<int> ys;
            for (Action a : { Action::Start, Action::Stop, Action::Hibernate, Action::ForceStop,
                     Action::Reboot, Action::Terminate, Action::ModifyType, Action::SetTerminationProtection,
                     Action::SetStopProtection, Action::AllocateAddress, Action::AssociateAddress,
                     Action::DisassociateAddress, Action::ReleaseAddress })
                ys.insert(f.lab()->actionButton(a)->mapTo(&f.window, QPoint()).y());
            return ys.size();
        };
        const int wideRows = rows();
        f.window.setMinimumSize(0, 0);
        f.window.resize(960, 700);
        QTest::qWait(50);
        QVERIFY2(rows() > wideRows, qPrintable(QStringLiteral("%1 -> %2").arg(wideRows).arg(rows())));
        // No button is narrower than its text.
        for (int a = 0; a <= int(Action::LaunchFailure); ++a) {
            QPushButton *b = f.lab()->actionButton(Action(a));
            if (b && b->isVisible())
                QVERIFY2(b->width() >= b->sizeHint().width() - 1, qPrintable(b->text()));
        }
    }
};

QTEST_MAIN(TestLifecycleLab)
#include "tst_lifecyclelab.moc"
