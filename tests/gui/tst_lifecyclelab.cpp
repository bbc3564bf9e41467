#include "core/scenariodocument.h"
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
#include <QJsonObject>
#include <QPushButton>
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
        // Releasing an associated address is refused.
        f.click(Action::ReleaseAddress);
        QVERIFY2(
            f.lab()->bannerText().contains(QStringLiteral("refused")), qPrintable(f.lab()->bannerText()));
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
};

QTEST_MAIN(TestLifecycleLab)
#include "tst_lifecyclelab.moc"
