#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// `ec2lab simulate` run as a user runs it: the built binary on scripts in tests/data/lifecycle,
/// its JSON compared with hand-computed values, and every kind of bad input giving exit status 1,
/// one stderr line naming the file and JSON path, and nothing on stdout (usage errors: status 2).
class TestSimulateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void basicScript();
    void refusalsAreResults();
    void spotAndSuse();
    void elasticIpsBefore2024();
    void sampleScript();
    void tableOutput();
    void readableTrace_data();
    void readableTrace();
    void badInput_data();
    void badInput();
    void usage_data();
    void usage();
    void help();
    void pricesFromTheCatalog();
    void streamedJsonIsTheDocument_data();
    void streamedJsonIsTheDocument();

private:
    using Run = CliRun;
    static Run ec2lab(const QStringList &args);
    static QString data(const QString &name) { return QStringLiteral(EC2LAB_TEST_DATA "/lifecycle/") + name; }
    QJsonObject simulateJson(const QString &path);
    static QJsonObject instanceNamed(const QJsonObject &root, const QString &name);
    QTemporaryDir m_dir;
};

TestSimulateCli::Run TestSimulateCli::ec2lab(const QStringList &args)
{
    return runEc2lab(args);
}

QJsonObject TestSimulateCli::simulateJson(const QString &path)
{
    const Run r = ec2lab({ QStringLiteral("simulate"), path, QStringLiteral("--json") });
    if (r.exitCode != 0) {
        qWarning("ec2lab failed: %s", r.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject TestSimulateCli::instanceNamed(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &v : root.value(QStringLiteral("instances")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

void TestSimulateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(EC2LAB_BINARY)), EC2LAB_BINARY);
}

void TestSimulateCli::basicScript()
{
    // The script of issue 2: launch at 0, EIP allocated and associated at 900, reboot at 1200,
    // observed until 7200.
    const QJsonObject root = simulateJson(data(QStringLiteral("basic.json")));
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    const QJsonObject launch = results[0].toObject();
    QCOMPARE(launch.value(QStringLiteral("at")).toInteger(), 0);
    QCOMPARE(launch.value(QStringLiteral("action")).toString(), QStringLiteral("launch"));
    QCOMPARE(launch.value(QStringLiteral("instance")).toString(), QStringLiteral("web"));
    QCOMPARE(launch.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(launch.value(QStringLiteral("previous_state")).isNull());
    QCOMPARE(launch.value(QStringLiteral("current_state")).toString(), QStringLiteral("pending"));
    const QJsonObject reboot = results[3].toObject();
    QCOMPARE(reboot.value(QStringLiteral("previous_state")).toString(), QStringLiteral("running"));
    QCOMPARE(reboot.value(QStringLiteral("current_state")).toString(), QStringLiteral("running"));

    const QJsonObject web = instanceNamed(root, QStringLiteral("web"));
    QVERIFY(web.value(QStringLiteral("id"))
                .toString()
                .contains(QRegularExpression(QStringLiteral("^i-[0-9a-f]{17}$"))));
    QCOMPARE(web.value(QStringLiteral("final_state")).toString(), QStringLiteral("running"));
    const QJsonArray states = web.value(QStringLiteral("states")).toArray();
    QCOMPARE(states.size(), 2); // the reboot enters no state
    QCOMPARE(states[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(states[1].toObject().value(QStringLiteral("code")).toInt(), 16);
    QCOMPARE(states[1].toObject().value(QStringLiteral("at")).toInteger(), 20);

    const QJsonArray addresses = web.value(QStringLiteral("addresses")).toArray();
    QCOMPARE(addresses.size(), 2); // launch, EIP associated; the reboot changes nothing
    const QJsonObject first = addresses[0].toObject();
    QVERIFY(first.value(QStringLiteral("private_ip")).toString().startsWith(QLatin1String("172.31.")));
    QVERIFY(first.value(QStringLiteral("elastic_ip")).isNull());
    const QString autoIp = first.value(QStringLiteral("public_ip")).toString();
    QVERIFY(
        autoIp.startsWith(QLatin1String("203.0.113.")) || autoIp.startsWith(QLatin1String("198.51.100.")));
    QCOMPARE(first.value(QStringLiteral("public_dns")).toString(),
        QStringLiteral("ec2-%1.compute-1.amazonaws.com").arg(QString(autoIp).replace(u'.', u'-')));
    const QJsonObject withEip = addresses[1].toObject();
    QCOMPARE(withEip.value(QStringLiteral("at")).toInteger(), 900);
    QVERIFY(withEip.value(QStringLiteral("elastic_ip")).toString().startsWith(QLatin1String("192.0.2.")));
    QCOMPARE(withEip.value(QStringLiteral("public_ip")), withEip.value(QStringLiteral("elastic_ip")));

    // Running 20..7200 (open period): 7,180 s x 0.096 / 3600 = 0.191466667 (rounded to the nano).
    QCOMPARE(web.value(QStringLiteral("billed_seconds")).toInteger(), 7180);
    const QJsonObject cost = web.value(QStringLiteral("cost")).toObject();
    QCOMPARE(cost.value(QStringLiteral("instance")).toString(), QStringLiteral("0.191466667"));
    // 8 GB x 0.08 x 7200 / (730 x 3600) = 0.001753425.
    QCOMPARE(cost.value(QStringLiteral("ebs")).toString(), QStringLiteral("0.001753425"));
    // Auto-assigned address held 0..900: 900 s x 0.005 / 3600.
    QCOMPARE(cost.value(QStringLiteral("public_ipv4")).toString(), QStringLiteral("0.001250"));
    QCOMPARE(cost.value(QStringLiteral("total")).toString(), QStringLiteral("0.194470092"));

    const QJsonArray eips = root.value(QStringLiteral("addresses")).toArray();
    QCOMPARE(eips.size(), 1);
    const QJsonObject eip = eips[0].toObject();
    QCOMPARE(eip.value(QStringLiteral("name")).toString(), QStringLiteral("eip1"));
    QCOMPARE(eip.value(QStringLiteral("allocated_at")).toInteger(), 900);
    QVERIFY(eip.value(QStringLiteral("released_at")).isNull());
    QCOMPARE(eip.value(QStringLiteral("associated_with")).toString(), QStringLiteral("web"));
    QCOMPARE(eip.value(QStringLiteral("cost")).toString(), QStringLiteral("0.008750")); // 6,300 s
    QCOMPARE(root.value(QStringLiteral("total_cost")).toString(), QStringLiteral("0.203220092"));
}

void TestSimulateCli::refusalsAreResults()
{
    const QJsonObject root = simulateJson(data(QStringLiteral("refusals.json")));
    const QJsonObject web = instanceNamed(root, QStringLiteral("web"));
    const QString id = web.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 9);
    struct Expected
    {
        int index;
        const char *code;
        QString message;
    };
    const Expected refused[] = {
        { 2, "IncorrectInstanceState",
            QStringLiteral("The instance '%1' is not in a state from which it can be started.") },
        { 3, "UnsupportedHibernationConfiguration",
            QStringLiteral("The instance can't be hibernated because it was not configured at launch for "
                           "hibernation: %1") },
        { 4, "OperationNotPermitted",
            QStringLiteral("The instance '%1' may not be terminated. Modify its 'disableApiTermination' "
                           "instance attribute and try again.") },
        { 7, "IncorrectInstanceState",
            QStringLiteral("This instance '%1' is not in a state from which it can be stopped.") },
        { 8, "InvalidInstanceID.NotFound", QStringLiteral("The instance ID '%1' does not exist") },
    };
    for (const Expected &x : refused) {
        const QJsonObject r = results[x.index].toObject();
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject error = r.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QString::fromLatin1(x.code));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), x.message.arg(id));
    }
    const QJsonObject terminate = results[6].toObject();
    QCOMPARE(terminate.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(terminate.value(QStringLiteral("previous_state")).toString(), QStringLiteral("stopped"));
    QCOMPARE(terminate.value(QStringLiteral("current_state")).toString(), QStringLiteral("shutting-down"));
    QCOMPARE(web.value(QStringLiteral("final_state")).toString(), QStringLiteral("terminated"));
    QCOMPARE(web.value(QStringLiteral("vanished")).toBool(), true);
    QCOMPARE(web.value(QStringLiteral("billed_seconds")).toInteger(), 80); // running 20..100
    QCOMPARE(web.value(QStringLiteral("cost")).toObject().value(QStringLiteral("instance")).toString(),
        QStringLiteral("0.002133333"));
    const QJsonArray states = web.value(QStringLiteral("states")).toArray();
    QCOMPARE(states.size(), 6);
    QCOMPARE(states[5].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("terminated"));
    QCOMPARE(states[5].toObject().value(QStringLiteral("code")).toInt(), 48);
    QCOMPARE(states[5].toObject().value(QStringLiteral("at")).toInteger(), 320);
    QCOMPARE(states[5].toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("Client.UserInitiatedShutdown"));
}

void TestSimulateCli::spotAndSuse()
{
    const QJsonObject root = simulateJson(data(QStringLiteral("spot-and-suse.json")));
    const QJsonObject batch = instanceNamed(root, QStringLiteral("batch"));
    // Interrupted at 600 with the 2-minute notice: shutting-down at 720, terminated at 740; a Spot
    // run EC2 interrupts within its first hour is free.
    const QJsonArray states = batch.value(QStringLiteral("states")).toArray();
    QCOMPARE(states.size(), 4);
    QCOMPARE(states[2].toObject().value(QStringLiteral("at")).toInteger(), 720);
    QCOMPARE(states[2].toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("Server.SpotInstanceTermination"));
    QCOMPARE(batch.value(QStringLiteral("billed_seconds")).toInteger(), 0);
    QCOMPARE(batch.value(QStringLiteral("cost")).toObject().value(QStringLiteral("instance")).toString(),
        QStringLiteral("0.000000"));
    bool notice = false;
    for (const QJsonValue &v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("event")).toString() == u"spot-interruption-notice") {
            notice = true;
            QCOMPARE(e.value(QStringLiteral("at")).toInteger(), 600);
            QCOMPARE(e.value(QStringLiteral("detail")).toString(), QStringLiteral("720"));
        }
    }
    QVERIFY(notice);
    // SUSE ran 20..620 (10 min): one started hour.
    const QJsonObject sap = instanceNamed(root, QStringLiteral("sap"));
    QCOMPARE(sap.value(QStringLiteral("billed_seconds")).toInteger(), 3600);
    QCOMPARE(sap.value(QStringLiteral("cost")).toObject().value(QStringLiteral("instance")).toString(),
        QStringLiteral("0.222000"));
    // Linux ran 20..40: the 60 s minimum.
    const QJsonObject tiny = instanceNamed(root, QStringLiteral("tiny"));
    QCOMPARE(tiny.value(QStringLiteral("billed_seconds")).toInteger(), 60);
    QCOMPARE(tiny.value(QStringLiteral("cost")).toObject().value(QStringLiteral("instance")).toString(),
        QStringLiteral("0.000173333"));
}

void TestSimulateCli::elasticIpsBefore2024()
{
    // June 2023: one EIP on a running instance was free; idle or on a pending/stopping/stopped
    // instance it cost 0.005 USD/h; auto-assigned addresses were free.
    const QJsonObject root = simulateJson(data(QStringLiteral("eip-2023.json")));
    const QJsonArray eips = root.value(QStringLiteral("addresses")).toArray();
    QCOMPARE(eips.size(), 2);
    const QJsonObject onWeb = eips[0].toObject();
    QCOMPARE(onWeb.value(QStringLiteral("name")).toString(), QStringLiteral("on-web"));
    // Idle while web is pending (0..20: AWS refuses to associate with a pending instance), then
    // charged while web is stopping (3620..3650) and stopped (3650..7250): 3,650 s.
    QCOMPARE(onWeb.value(QStringLiteral("charged_seconds")).toInteger(), 3650);
    QCOMPARE(onWeb.value(QStringLiteral("cost")).toString(), QStringLiteral("0.005069444"));
    const QJsonObject idle = eips[1].toObject();
    QCOMPARE(idle.value(QStringLiteral("charged_seconds")).toInteger(), 7250);
    QCOMPARE(idle.value(QStringLiteral("cost")).toString(), QStringLiteral("0.010069444"));
    const QJsonObject web = instanceNamed(root, QStringLiteral("web"));
    QCOMPARE(web.value(QStringLiteral("cost")).toObject().value(QStringLiteral("public_ipv4")).toString(),
        QStringLiteral("0.000000"));
    QCOMPARE(web.value(QStringLiteral("billed_seconds")).toInteger(), 3600);
    // 0.096 + EBS (0.64 x 7250 / 2,628,000 = 0.001765601) + both EIPs.
    QCOMPARE(root.value(QStringLiteral("total_cost")).toString(), QStringLiteral("0.112904489"));
}

void TestSimulateCli::sampleScript()
{
    // The bundled demo: the public IP survives the reboot and changes across stop/start.
    const QJsonObject root
        = simulateJson(QStringLiteral(EC2LAB_TEST_DATA "/../../resources/samples/lifecycle-demo.json"));
    const QJsonObject web = instanceNamed(root, QStringLiteral("web"));
    const QJsonArray addresses = web.value(QStringLiteral("addresses")).toArray();
    QVERIFY(addresses.size() >= 3);
    const QJsonObject first = addresses[0].toObject();
    QCOMPARE(first.value(QStringLiteral("at")).toInteger(), 0);
    for (const QJsonValue &v : addresses) {
        const qint64 at = v.toObject().value(QStringLiteral("at")).toInteger();
        QVERIFY2(at < 600 || at >= 1200, "the reboot at 600 must not change an address");
    }
    const QJsonObject restarted = addresses[2].toObject();
    QCOMPARE(restarted.value(QStringLiteral("at")).toInteger(), 1500);
    QVERIFY(!restarted.value(QStringLiteral("public_ip")).toString().isEmpty());
    QVERIFY(restarted.value(QStringLiteral("public_ip")) != first.value(QStringLiteral("public_ip")));
    QCOMPARE(restarted.value(QStringLiteral("private_ip")), first.value(QStringLiteral("private_ip")));
    QCOMPARE(web.value(QStringLiteral("final_state")).toString(), QStringLiteral("terminated"));
    bool hibernated = false;
    for (const QJsonValue &v : web.value(QStringLiteral("states")).toArray())
        hibernated
            |= v.toObject().value(QStringLiteral("reason")).toString() == u"Client.UserInitiatedHibernate";
    QVERIFY(hibernated);
}

void TestSimulateCli::tableOutput()
{
    const Run r = ec2lab({ QStringLiteral("simulate"), data(QStringLiteral("basic.json")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QLatin1String("\nTotal cost: 0.203220092 USD\n")));
    // A reboot keeps the state: the text trace says so instead of "running -> running" (the
    // JSON keeps previous_state/current_state, see basicScript()).
    QVERIFY(out.contains(
        QLatin1String("\n  1200  reboot             web          ok, rebooting (state stays running)\n")));
    QVERIFY(!out.contains(QLatin1String("running -> running")));
    // Billing: one number of decimals per column, amounts right-aligned under their headers.
    QVERIFY(out.contains(
        QLatin1String("\n    BILLED SECONDS     INSTANCE          EBS  PUBLIC IPV4        TOTAL\n"
                      "              7180  0.191466667  0.001753425      0.00125  0.194470092\n")));
}

void TestSimulateCli::readableTrace_data()
{
    QTest::addColumn<QString>("line"); // one whole line of the text trace of readable.json

    // Results: attribute changes and reboots never read as state changes; Elastic IP moves name
    // both instances (AWS AssociateAddress: reassociation is automatic in a VPC); refusals show
    // AWS's code and message.
    QTest::newRow("reboot")
        << "  600   reboot                old          ok, rebooting (state stays running)";
    QTest::newRow("attribute change")
        << "  600   set-stop-protection   old          ok, stop protection on (state stays running)";
    QTest::newRow("Spot launch with stop protection refused")
        << "  0     launch                guarded      refused UnsupportedOperation: Modifying "
           "'disableApiStop' is "
           "not supported for spot instances.";
    QTest::newRow("associate to a pending instance")
        << "  900   associate-address     eip1 -> new  refused InvalidInstanceID: The pending instance "
           "'i-0ebb1ae25f75e1f5e' is not in a valid state for this operation.";
    QTest::newRow("allow_reassociation false")
        << "  960   associate-address     eip1 -> new  refused Resource.AlreadyAssociated: The address "
           "'192.0.2.222' is already associated with instance 'i-c6e73e372e2338aca'.";
    QTest::newRow("associate where it already is")
        << "  960   associate-address     eip1 -> old  ok, 192.0.2.222 already on old: nothing changes";
    QTest::newRow("move")
        << "  960   associate-address     eip1 -> new  ok, 192.0.2.222 moved from old to new";
    QTest::newRow("Spot notice") << "  1500  spot-interruption     batch        ok, 2-minute interruption "
                                    "notice (state stays running)";
    QTest::newRow("disassociate")
        << "  1800  disassociate-address  eip1         ok, 192.0.2.222 taken off new";
    QTest::newRow("disassociate again (idempotent)")
        << "  1800  disassociate-address  eip1         ok, 192.0.2.222 was not associated: nothing changes";
    QTest::newRow("release an associated address")
        << "  2400  release-address       eip1         ok, 192.0.2.222 taken off new and released";
    // States: the state reason's AWS message next to its code.
    QTest::newRow("user reason")
        << "    1200  shutting-down  32    Client.UserInitiatedShutdown: User initiated shutdown";
    QTest::newRow("Spot reason")
        << "    1640  terminated     48    Server.SpotInstanceTermination: Spot instance termination";
    // Addresses: old loses the moved address and, running with auto-assign, gets a new public IP.
    QTest::newRow("old after the move") << "    960   172.31.124.59  198.51.100.223  -            "
                                           "ec2-198-51-100-223.compute-1.amazonaws.com  -";
    // Volumes: created, detached, deleted and cost. Root 8 GB x 0.08 = 0.64 per 730-hour month
    // (2,628,000 s): 0..1220 -> 0.64 x 1220 / 2,628,000 = 0.000297108; the 100 GB data volume
    // (DeleteOnTermination false) is detached at 1220 and bills to 3600: 8 x 3600 / 2,628,000 =
    // 0.010958904; new's root 900..3600: 0.64 x 2700 / 2,628,000 = 0.000657534; batch's root
    // 0..1640: 0.000399391. One column, nine decimals.
    QTest::newRow("volumes header")
        << "    VOLUME                 TYPE  SIZE (GB)  ROOT  CREATED  DETACHED  DELETED   COST (USD)";
    QTest::newRow("root deleted at termination")
        << "    vol-ee474c66a4b98b030  gp3           8  yes   0        -         1220     0.000297108";
    QTest::newRow("data volume detached")
        << "    vol-2dbef19fc8e7b845f  gp3         100  no    0        1220      -        0.010958904";
    QTest::newRow("volume still there")
        << "    vol-572e093d858037f52  gp3           8  yes   900      -         -        0.000657534";
    // Billing, nine decimals in every column: old ran 20..1200 = 1,180 s x 0.096 / 3600 =
    // 0.031466667; its auto-assigned address was held 0..60 and 960..1220 = 320 s x 0.005 / 3600 =
    // 0.000444444; EBS 0.000297108 + 0.010958904 = 0.011256012.
    QTest::newRow("billing old") << "              1180  0.031466667  0.011256012  0.000444444  0.043167123";
    // new ran 920..3600 = 2,680 s -> 0.071466667; auto address 900..960, 2400..3600 = 1,260 s -> 0.00175.
    QTest::newRow("billing new") << "              2680  0.071466667  0.000657534  0.001750000  0.073874201";
    // batch: interrupted by EC2 in its first hour (run 20..1620): not charged (AWS).
    QTest::newRow("billing batch")
        << "                 0  0.000000000  0.000399391  0.000000000  0.000399391";
    // eip1 allocated 0..2400 in 2026: 2,400 s x 0.005 / 3600 = 0.003333333.
    QTest::newRow("Elastic IP") << "  eip1  192.0.2.222  0          2400      -                0.003333333";
    // 0.043167123 + 0.073874201 + 0.000399391 + 0.003333333.
    QTest::newRow("total") << "Total cost: 0.120774048 USD";
}

void TestSimulateCli::readableTrace()
{
    QFETCH(QString, line);
    const Run r = ec2lab({ QStringLiteral("simulate"), data(QStringLiteral("readable.json")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    QVERIFY2(lines.contains(line), qPrintable(QString::fromUtf8(r.out)));
    QVERIFY(!lines.join(u'\n').contains(QLatin1String("running -> running")));
}

void TestSimulateCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: use the file named in `file`
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // the whole line after "ec2lab: error: FILE: "

    const QByteArray head
        = R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "web", "type": "m5.large",
        "price_per_hour": "0.096", "volumes": [{"size_gb": 8, "price_per_gb_month": "0.08", "root": true}]}], )";
    QTest::newRow("unknown action (the issue's example)")
        << QByteArray() << data(QStringLiteral("bad-action.json"))
        << "events[3].action: unknown action \"stpo\"";
    QTest::newRow("unknown instance name")
        << QByteArray(head + R"("events": [{"at": 0, "action": "launch", "instance": "wbe"}]})")
        << "unknown-instance.json"
        << "events[0].instance: unknown instance \"wbe\"";
    QTest::newRow("instance used before its launch")
        << QByteArray(head + R"("events": [{"at": 0, "action": "stop", "instance": "web"}]})")
        << "not-launched.json"
        << "events[0].instance: instance \"web\" is not launched before this event";
    QTest::newRow("negative at") << QByteArray(
        head + R"("events": [{"at": -5, "action": "launch", "instance": "web"}]})")
                                 << "negative.json"
                                 << "events[0].at: must not be negative (seconds after \"start\")";
    QTest::newRow("decreasing at")
        << QByteArray(head + R"("events": [{"at": 100, "action": "launch", "instance": "web"},
                                            {"at": 50, "action": "reboot", "instance": "web"}]})")
        << "decreasing.json"
        << "events[1].at: 50 is earlier than the previous event (100): events must be in time order";
    QTest::newRow("missing required field")
        << QByteArray(head + R"("events": [{"at": 0, "instance": "web"}]})") << "missing.json"
        << "events[0].action: missing required field";
    // A type no price source knows: neither the script nor the bundled catalog prices it.
    QTest::newRow("missing price") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "web", "type": "zz9.large"}], "events": []})")
                                   << "noprice.json"
                                   << "instances[0].price_per_hour: missing, and the price catalog has no "
                                      "on-demand hourly price for zz9.large (linux) in us-east-1";
    QTest::newRow("bad type") << QByteArray(
        head + R"("events": [{"at": "soon", "action": "launch", "instance": "web"}]})")
                              << "badtype.json"
                              << "events[0].at: expected a whole number, found a string";
    QTest::newRow("unknown key") << QByteArray(
        head + R"("events": [{"at": 0, "actoin": "launch", "instance": "web"}]})")
                                 << "unknownkey.json"
                                 << "events[0].actoin: unknown field";
    QTest::newRow("field the action does not use") << QByteArray(
        head + R"("events": [{"at": 0, "action": "launch", "instance": "web", "value": true}]})")
                                                   << "unused.json"
                                                   << "events[0].value: not used by action \"launch\"";
    QTest::newRow("unknown platform") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "web", "type": "m5.large", "platform": "bsd",
                         "price_per_hour": "0.096", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                      << "platform.json"
                                      << "instances[0].platform: unknown value \"bsd\" (expected linux, "
                                         "windows, windows-sql, rhel, ubuntu or suse)";
    QTest::newRow("until before the last event") << QByteArray(
        head + R"("events": [{"at": 100, "action": "launch", "instance": "web"}], "until": 50})")
                                                 << "until.json"
                                                 << "until: 50 is earlier than the last event (100)";
    QTest::newRow("invalid JSON") << QByteArray("{\"start\": ,}") << "invalid.json"
                                  << "line 1, column 12: invalid JSON: illegal value";
}

void TestSimulateCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString path = file;
    if (!content.isEmpty()) {
        path = m_dir.filePath(file);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    for (const QStringList &extra : { QStringList {}, QStringList { QStringLiteral("--json") } }) {
        const Run r = ec2lab(QStringList { QStringLiteral("simulate"), path } + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("ec2lab: error: %1: %2\n").arg(path, expected));
    }
}

void TestSimulateCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no script") << QStringList { QStringLiteral("simulate") };
    QTest::newRow("two scripts") << QStringList { QStringLiteral("simulate"),
        data(QStringLiteral("basic.json")), data(QStringLiteral("refusals.json")) };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("simulate"),
        data(QStringLiteral("basic.json")), QStringLiteral("--jsno") };
}

void TestSimulateCli::usage()
{
    QFETCH(QStringList, args);
    const Run r = ec2lab(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QLatin1String("ec2lab: error: simulate: ")), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void TestSimulateCli::help()
{
    const Run r = ec2lab({ QStringLiteral("simulate"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.startsWith("Usage: ec2lab simulate SCRIPT.json [--json]\n"));
    QVERIFY(r.out.contains("Exit status: 0 success, 1 bad input, 2 usage error."));
    const QString help = QString::fromUtf8(r.out);
    // It points to the script format, the bundled sample and the manual page.
    QVERIFY(help.contains(QLatin1String("model/lifecycle/README.md")));
    QVERIFY(help.contains(QLatin1String("resources/samples/lifecycle-demo.json")));
    QVERIFY(help.contains(QLatin1String("man ec2lab")));
    // The keys each action needs.
    QVERIFY(help.contains(
        QLatin1String("\n  set-stop-protection                    instance, value (true or false)\n")));
    QVERIFY(help.contains(
        QLatin1String("\n  modify-type                            instance, type (and price_per_hour")));
    QVERIFY(
        help.contains(QLatin1String("\n  allocate-address                       address (a name you give")));
    QVERIFY(help.contains(QLatin1String(
        "\n  associate-address                      address, instance; optional allow_reassociation\n")));
    QVERIFY(help.contains(QLatin1String("eip_quota")));
    // The short example script is a valid script: run it.
    const qsizetype from = help.indexOf(QLatin1String("\n  {\"start\""));
    const qsizetype to = help.indexOf(QLatin1String("}\n\n"), from);
    QVERIFY(from > 0 && to > from);
    const QString path = m_dir.filePath(QStringLiteral("help-example.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(help.mid(from, to + 1 - from).toUtf8());
    f.close();
    const Run example = ec2lab({ QStringLiteral("simulate"), path });
    QVERIFY2(example.exitCode == 0, example.err.constData());
    // launch, reboot, allocate, associate, stop: every one accepted.
    QVERIFY(example.out.contains("  1200  stop               web          ok, running -> stopping\n"));
    QVERIFY(!example.out.contains("refused"));
}

void TestSimulateCli::pricesFromTheCatalog()
{
    // No price_per_hour: Seoul's m5.large On-Demand rate comes from the bundled snapshot,
    // 0.118 USD/h. Running 20 s..3620 s is 3,600 s billed = exactly one hour = 0.118 USD.
    const QJsonObject root = simulateJson(data(QStringLiteral("catalog-price.json")));
    const QJsonObject web = instanceNamed(root, QStringLiteral("web"));
    QCOMPARE(web.value(QStringLiteral("billed_seconds")).toInteger(), 3600);
    QCOMPARE(web.value(QStringLiteral("cost")).toObject().value(QStringLiteral("instance")).toString(),
        QStringLiteral("0.118000"));

    // A region the snapshot does not cover: the price is absent, and the message says where.
    QFile in(data(QStringLiteral("catalog-price.json")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("eu-west-1.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.readAll().replace("ap-northeast-2", "eu-west-1"));
    out.close();
    const Run r = ec2lab({ QStringLiteral("simulate"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
        QStringLiteral(
            "ec2lab: error: %1: instances[0].price_per_hour: missing, and the price catalog has no "
            "on-demand hourly price for m5.large (linux) in eu-west-1")
            .arg(path));
}

void TestSimulateCli::streamedJsonIsTheDocument_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("basic: an Elastic IP, a reboot event") << data(QStringLiteral("basic.json"));
    QTest::newRow("refusals: error objects") << data(QStringLiteral("refusals.json"));
    QTest::newRow("Spot and SUSE: interruptions, several instances")
        << data(QStringLiteral("spot-and-suse.json"));
}

void TestSimulateCli::streamedJsonIsTheDocument()
{
    // --json streams the trace record by record; the bytes must be exactly what QJsonDocument
    // prints for the same document (keys in order, four-space indent), as before streaming.
    QFETCH(QString, script);
    const Run r = ec2lab({ QStringLiteral("simulate"), script, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(r.out, doc.toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulatecli.moc"
