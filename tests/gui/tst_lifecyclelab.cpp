#include "core/scenariodocument.h"
#include "core/theme.h"
#include "lab/addresscard.h"
#include "lab/billingmeter.h"
#include "lab/eventlogmodel.h"
#include "lab/labcontroller.h"
#include "lab/labworkspace.h"
#include "lab/launchdialog.h"
#include "lab/lessonpanel.h"
#include "lab/statediagram.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
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
        // AWS ReleaseAddress: in the default VPC an associated address is disassociated and released.
        f.click(Action::ReleaseAddress);
        QVERIFY2(
            f.lab()->bannerText().contains(QStringLiteral("accepted")), qPrintable(f.lab()->bannerText()));
        QVERIFY(f.lab()->addressCard()->fieldText(QStringLiteral("elastic_ip")) != eip);
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
        const QString atStop = f.lab()->billingMeter()->totalText();
        f.advance(3600);
        // EBS keeps billing while stopped, so the total still grows; the instance line does not.
        QVERIFY(f.lab()->billingMeter()->totalText() != atStop);
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
        QVERIFY(LessonPanel::loadLessons().size() >= 3);
        lessons->startLesson(0); // "A reboot keeps the public IP"
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("running"));
        const QString ip = f.lab()->addressCard()->fieldText(QStringLiteral("public_ip"));
        lessons->next(); // reboot
        QCOMPARE(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")), ip);
        lessons->next(); // stop
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
        lessons->next(); // start
        QVERIFY(f.lab()->addressCard()->fieldText(QStringLiteral("public_ip")) != ip);
        lessons->back();
        QCOMPARE(lessons->stepIndex(), 2);
        QCOMPARE(f.lab()->diagram()->litStateName(), QStringLiteral("stopped"));
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
        const QString note = f.lab()->billingMeter()->priceNote();
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
            f.lab()->billingMeter()->priceNote().contains(QStringLiteral("0.1 USD/h, set in the lab script")),
            qPrintable(f.lab()->billingMeter()->priceNote()));
    }

    void defaultScenarioPriceIsTheScripts()
    {
        Fixture f;
        const QString note = f.lab()->billingMeter()->priceNote();
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
