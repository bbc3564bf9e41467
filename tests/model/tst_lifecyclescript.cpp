#include "lifecycle/lifecyclescript.h"

#include <QJsonDocument>
#include <QTest>

using namespace ec2lab;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray kMinimal = R"({"start": "2026-03-02T09:00:00Z",
  "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "0.096",
                 "volumes": [{"price_per_gb_month": "0.08", "root": true}, {"size_gb": 50, "price_per_gb_month": "0.1"}]}],
  "events": [{"at": 0, "action": "launch", "instance": "web"}, {"at": 30, "action": "reboot", "instance": "web"}]})";

} // namespace

/// LifecycleScript: the defaults of issue 2, the price lookup the catalog plugs into, and an
/// error naming the file, the JSON path and the problem for each kind of bad script.
class TestLifecycleScript : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void priceLookup();
    void modifyTypePriceLookup();
    void startWithoutOffsetIsUtc();
    void errors_data();
    void errors();
    void runIsDeterministic();
    void stopProtectionRefusedAtLaunch_data();
    void stopProtectionRefusedAtLaunch();
    void eipScriptKeys_data();
    void eipScriptKeys();
};

void TestLifecycleScript::defaults()
{
    InputError error;
    const auto script = LifecycleScript::fromJson(parse(kMinimal), QStringLiteral("s.json"), &error);
    QVERIFY2(script, qPrintable(error.toString()));
    QCOMPARE(script->config().seed, quint64(1));
    QCOMPARE(script->config().durations.pending, qint64(20));
    QCOMPARE(script->config().durations.stopping, qint64(30));
    QCOMPARE(script->config().durations.hibernating, qint64(60));
    QCOMPARE(script->config().durations.shuttingDown, qint64(20));
    QCOMPARE(script->config().durations.reboot, qint64(60));
    QCOMPARE(script->until(), qint64(30)); // the last event when "until" is absent
    const InstanceSpec s = script->instances().first().spec;
    QCOMPARE(s.region, QStringLiteral("us-east-1"));
    QCOMPARE(s.platform, Platform::Linux);
    QCOMPARE(s.market, Market::OnDemand);
    QCOMPARE(s.rootDevice, RootDevice::Ebs);
    QCOMPARE(s.shutdownBehavior, ShutdownBehavior::Stop);
    QCOMPARE(s.spotInterruptionBehavior, SpotInterruptionBehavior::Terminate);
    QVERIFY(s.autoAssignPublicIp);
    QVERIFY(!s.ipv6 && !s.hibernationEnabled && !s.terminationProtection && !s.stopProtection);
    QCOMPARE(s.pricePerHour, *Money::parse(u"0.096"));
    QCOMPARE(s.volumes.size(), 2);
    QCOMPARE(s.volumes[0].type, QStringLiteral("gp3"));
    QCOMPARE(s.volumes[0].sizeGb, qint64(8));
    QVERIFY(s.volumes[0].deleteOnTermination); // root: true by default
    QVERIFY(!s.volumes[1].deleteOnTermination); // others: false by default
    QCOMPARE(s.volumes[1].pricePerGbMonth, *Money::parse(u"0.1"));
}

void TestLifecycleScript::priceLookup()
{
    const QByteArray json = R"({"start": "2026-03-02T09:00:00Z",
      "instances": [{"name": "web", "type": "m5.large", "region": "eu-west-1", "volumes": [{"type": "gp2", "root": true}]}],
      "events": []})";
    InputError error;
    QVERIFY(!LifecycleScript::fromJson(parse(json), QStringLiteral("s.json"), &error));
    QCOMPARE(error.toString(), QStringLiteral("s.json: instances[0].price_per_hour: missing required field"));

    ScriptPriceLookup prices;
    prices.instancePricePerHour = [](const InstanceSpec &s) -> std::optional<Money> {
        if (s.instanceType == u"m5.large" && s.region == u"eu-west-1")
            return Money::parse(u"0.107");
        return std::nullopt;
    };
    QVERIFY(!LifecycleScript::fromJson(parse(json), QStringLiteral("s.json"), &error, prices));
    QCOMPARE(error.toString(),
        QStringLiteral("s.json: instances[0].volumes[0].price_per_gb_month: missing required field"));
    prices.volumePricePerGbMonth = [](const QString &type, const QString &) -> std::optional<Money> {
        return type == u"gp2" ? Money::parse(u"0.11") : std::nullopt;
    };
    const auto script = LifecycleScript::fromJson(parse(json), QStringLiteral("s.json"), &error, prices);
    QVERIFY2(script, qPrintable(error.toString()));
    QCOMPARE(script->instances().first().spec.pricePerHour, *Money::parse(u"0.107"));
    QCOMPARE(script->instances().first().spec.volumes.first().pricePerGbMonth, *Money::parse(u"0.11"));
}

void TestLifecycleScript::modifyTypePriceLookup()
{
    const QByteArray json = R"({"start": "2026-03-02T09:00:00Z",
      "instances": [{"name": "web", "type": "m5.large", "price_per_hour": "0.096", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}],
      "events": [{"at": 0, "action": "launch", "instance": "web"}, {"at": 100, "action": "stop", "instance": "web"},
                 {"at": 200, "action": "modify-type", "instance": "web", "type": "m5.xlarge"}]})";
    InputError error;
    QVERIFY(!LifecycleScript::fromJson(parse(json), QStringLiteral("s.json"), &error));
    QCOMPARE(error.toString(),
        QStringLiteral(
            "s.json: events[2].price_per_hour: missing required field (the price of the new type)"));
    ScriptPriceLookup prices;
    prices.instancePricePerHour = [](const InstanceSpec &s) {
        return Money::parse(s.instanceType == u"m5.xlarge" ? u"0.192" : u"0.096");
    };
    const auto script = LifecycleScript::fromJson(parse(json), QStringLiteral("s.json"), &error, prices);
    QVERIFY2(script, qPrintable(error.toString()));
    QCOMPARE(script->events()[2].pricePerHour, Money::parse(u"0.192"));
    const ScriptRun run = script->run();
    QVERIFY(run.results[2].result.ok);
    QCOMPARE(run.engine.status(run.instanceIds.value(QStringLiteral("web"))).spec.pricePerHour,
        *Money::parse(u"0.192"));
}

void TestLifecycleScript::startWithoutOffsetIsUtc()
{
    QByteArray json = kMinimal;
    json.replace("2026-03-02T09:00:00Z", "2026-03-02T09:00:00");
    InputError error;
    const auto script = LifecycleScript::fromJson(parse(json), QStringLiteral("s.json"), &error);
    QVERIFY(script);
    QCOMPARE(script->config().start, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
}

void TestLifecycleScript::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray inst = R"("instances": [{"name": "web", "type": "m5.large", "price_per_hour": "0.096",
        "volumes": [{"price_per_gb_month": "0.08", "root": true}]}])";
    auto script = [&](const QByteArray &events, const QByteArray &extra = {}) {
        return QByteArray(
            R"({"start": "2026-03-02T09:00:00Z", )" + inst + R"(, "events": )" + events + extra + "}");
    };
    QTest::newRow("unknown action") << script(R"([{"at": 0, "action": "stpo", "instance": "web"}])")
                                    << "s.json: events[0].action: unknown action \"stpo\"";
    QTest::newRow("unknown top-level key")
        << script("[]", R"(, "untill": 5)") << "s.json: untill: unknown field";
    QTest::newRow("missing start") << QByteArray(R"({"instances": [], "events": []})")
                                   << "s.json: start: missing required field";
    QTest::newRow("bad start")
        << QByteArray(R"({"start": "yesterday", "instances": [], "events": []})")
        << "s.json: start: \"yesterday\" is not an ISO 8601 date and time such as \"2026-03-02T09:00:00Z\"";
    QTest::newRow("negative duration") << script("[]", R"(, "durations": {"pending": -1})")
                                       << "s.json: durations.pending: -1 is out of range (0 to 2592000)";
    QTest::newRow("unknown duration")
        << script("[]", R"(, "durations": {"rebooting": 5})") << "s.json: durations.rebooting: unknown field";
    QTest::newRow("missing instance for stop")
        << script(R"([{"at": 0, "action": "launch", "instance": "web"}, {"at": 5, "action": "stop"}])")
        << "s.json: events[1].instance: missing required field";
    QTest::newRow("launched twice") << script(
        R"([{"at": 0, "action": "launch", "instance": "web"}, {"at": 5, "action": "launch", "instance": "web"}])")
                                    << "s.json: events[1].instance: instance \"web\" is launched twice";
    QTest::newRow("address never allocated")
        << script(R"([{"at": 0, "action": "release-address", "address": "eip9"}])")
        << "s.json: events[0].address: unknown address \"eip9\" (allocate it first with allocate-address)";
    QTest::newRow("instance on an address-only action")
        << script(R"([{"at": 0, "action": "allocate-address", "address": "a", "instance": "web"}])")
        << "s.json: events[0].instance: not used by action \"allocate-address\"";
    QTest::newRow("value missing") << script(
        R"([{"at": 0, "action": "launch", "instance": "web"}, {"at": 1, "action": "set-stop-protection", "instance": "web"}])")
                                   << "s.json: events[1].value: missing required field";
    QTest::newRow("value of the wrong type") << script(
        R"([{"at": 0, "action": "launch", "instance": "web"}, {"at": 1, "action": "set-stop-protection", "instance": "web", "value": "yes"}])")
                                             << "s.json: events[1].value: expected true or false, found a "
                                                "string";
    QTest::newRow("fractional at") << script(R"([{"at": 0.5, "action": "launch", "instance": "web"}])")
                                   << "s.json: events[0].at: expected a whole number, found 0.5";
    // Names are printed in the trace and shown in the lab: control characters are refused.
    QTest::newRow("ESC in an instance name") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a\u001b[2J", "type": "t3.micro", "price_per_hour": "0.01", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                             << "s.json: instances[0].name: control character \"\\x1b\" not "
                                                "allowed in a name";
    QTest::newRow("an instance type that is not one") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "T3 micro", "price_per_hour": "0.01", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                                      << "s.json: instances[0].type: \"T3 micro\" is not an "
                                                         "instance "
                                                         "type (such as \"m5.large\")";
    QTest::newRow("newline in an address name")
        << script(R"([{"at": 0, "action": "allocate-address", "address": "eip\n1"}])")
        << "s.json: events[0].address: control character \"\\n\" not allowed in a name";
    QTest::newRow("duplicate instance name") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "0.01", "volumes": [{"price_per_gb_month": "0.08", "root": true}]},
                         {"name": "a", "type": "t3.micro", "price_per_hour": "0.01", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                             << "s.json: instances[1].name: duplicate instance name \"a\" "
                                                "(also instances[0])";
    QTest::newRow("EBS root volume missing") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "0.01", "volumes": []}], "events": []})")
                                             << "s.json: instances[0].volumes: an EBS-backed instance needs "
                                                "one volume with \"root\": true";
    QTest::newRow("hibernation on an unencrypted root") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "0.01", "hibernation": true,
                         "volumes": [{"price_per_gb_month": "0.08", "root": true, "encrypted": false}]}], "events": []})")
                                                        << "s.json: instances[0].volumes[0].encrypted: "
                                                           "hibernation needs an encrypted root volume";
    QTest::newRow("Spot with termination protection") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "0.01", "market": "spot",
                         "termination_protection": true, "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                                      << "s.json: instances[0].termination_protection: "
                                                         "termination protection cannot be enabled on a Spot "
                                                         "Instance";
    QTest::newRow("price beyond the bound") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "20000",
                         "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                            << "s.json: instances[0].price_per_hour: 20000 is more than "
                                               "ec2lab accepts (at most 10000)";
    QTest::newRow("worst-case bill beyond exact money")
        << QByteArray(R"({"start": "2026-03-02T09:00:00Z", "until": 316224000, "instances": [
                         {"name": "a", "type": "u-24tb1.metal", "price_per_hour": "9999", "volumes": [{"price_per_gb_month": "0.08", "root": true}]},
                         {"name": "b", "type": "u-24tb1.metal", "price_per_hour": "9999", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}],
                         "events": []})")
        << "s.json: (top level): the script could cost more than 1000000000 USD, beyond the range ec2lab "
           "adds up exactly; "
           "use fewer or cheaper instances or a shorter time";
    QTest::newRow("eip_quota 0") << script("[]", R"(, "eip_quota": 0)")
                                 << "s.json: eip_quota: 0 is out of range: the Elastic IP quota is a whole "
                                    "number from 1 to 254 (AWS's default is 5)";
    QTest::newRow("eip_quota beyond the documentation addresses")
        << script("[]", R"(, "eip_quota": 255)")
        << "s.json: eip_quota: 255 is out of range: the Elastic IP quota is a whole number from 1 to 254 "
           "(AWS's default is 5)";
    QTest::newRow("eip_quota as a string") << script("[]", R"(, "eip_quota": "5")")
                                           << "s.json: eip_quota: expected a whole number, found a string";
    QTest::newRow("eip_quota fractional")
        << script("[]", R"(, "eip_quota": 5.5)") << "s.json: eip_quota: expected a whole number, found 5.5";
    QTest::newRow("allow_reassociation on another action")
        << script(
               R"([{"at": 0, "action": "allocate-address", "address": "a", "allow_reassociation": false}])")
        << "s.json: events[0].allow_reassociation: not used by action \"allocate-address\"";
    QTest::newRow("allow_reassociation of the wrong type") << script(
        R"([{"at": 0, "action": "launch", "instance": "web"}, {"at": 0, "action": "allocate-address", "address": "a"},
            {"at": 30, "action": "associate-address", "address": "a", "instance": "web", "allow_reassociation": "no"}])")
                                                           << "s.json: events[2].allow_reassociation: "
                                                              "expected "
                                                              "true or false, found a string";
    // AWS SpotMarketOptions: with hibernation configured a Spot Instance always hibernates.
    QTest::newRow("Spot with hibernation and another interruption behaviour") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "0.01", "market": "spot",
                         "hibernation": true, "spot_interruption_behavior": "terminate",
                         "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                                                              << "s.json: "
                                                                                 "instances[0].spot_"
                                                                                 "interruption_behavior: "
                                                                                 "a Spot Instance launched "
                                                                                 "with \"hibernation\": true "
                                                                                 "always hibernates when "
                                                                                 "interrupted; leave this "
                                                                                 "out or set "
                                                                                 "it to \"hibernate\"";
    QTest::newRow("negative price") << QByteArray(
        R"({"start": "2026-03-02T09:00:00Z", "instances": [{"name": "a", "type": "t3.micro", "price_per_hour": "-0.01",
                         "volumes": [{"price_per_gb_month": "0.08", "root": true}]}], "events": []})")
                                    << "s.json: instances[0].price_per_hour: must not be negative";
}

void TestLifecycleScript::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    InputError error;
    QVERIFY(!LifecycleScript::fromJson(doc.object(), QStringLiteral("s.json"), &error));
    QCOMPARE(error.toString(), expected);
}

void TestLifecycleScript::runIsDeterministic()
{
    InputError error;
    const auto script = LifecycleScript::fromJson(parse(kMinimal), QStringLiteral("s.json"), &error);
    QVERIFY(script);
    const ScriptRun a = script->run();
    const ScriptRun b = script->run();
    QCOMPARE(a.instanceIds, b.instanceIds);
    QCOMPARE(a.results.size(), 2);
    QVERIFY(a.results[1].result.ok);
    QCOMPARE(a.engine.now(), qint64(30));
    QCOMPARE(a.engine.totalCost(), b.engine.totalCost());
    QCOMPARE(a.engine.status(a.instanceIds.value(QStringLiteral("web"))).addresses.publicIp,
        b.engine.status(b.instanceIds.value(QStringLiteral("web"))).addresses.publicIp);
}

void TestLifecycleScript::stopProtectionRefusedAtLaunch_data()
{
    QTest::addColumn<QByteArray>("instance"); // keys of the instance besides name, type and price
    QTest::addColumn<QString>("message");
    // AWS EC2 User Guide ("Enable stop protection"): not for Spot Instances nor instance
    // store-backed instances. The script is valid input: RunInstances refuses the launch, so the
    // launch result is refused (code UnsupportedOperation, [CHOICE] of lifecycle.md section 2).
    QTest::newRow("Spot") << QByteArray(R"("market": "spot", "stop_protection": true,
        "volumes": [{"price_per_gb_month": "0.08", "root": true}])")
                          << "Modifying 'disableApiStop' is not supported for spot instances.";
    QTest::newRow("instance store") << QByteArray(
        R"("root_device": "instance-store", "stop_protection": true)")
                                    << "Modifying 'disableApiStop' is not supported for instance "
                                       "store-backed instances.";
}

void TestLifecycleScript::stopProtectionRefusedAtLaunch()
{
    QFETCH(QByteArray, instance);
    QFETCH(QString, message);
    const QByteArray json = R"({"start": "2026-03-02T09:00:00Z", "instances": [
        {"name": "a", "type": "m5d.large", "price_per_hour": "0.113", )"
        + instance + R"(}], "events": [{"at": 0, "action": "launch", "instance": "a"},
                                       {"at": 60, "action": "stop", "instance": "a"}]})";
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    InputError error;
    const auto script = LifecycleScript::fromJson(doc.object(), QStringLiteral("s.json"), &error);
    QVERIFY2(script, qPrintable(error.toString()));
    const ScriptRun run = script->run();
    QCOMPARE(run.results.size(), 2);
    QVERIFY(!run.results[0].result.ok);
    QCOMPARE(run.results[0].result.errorCode, QStringLiteral("UnsupportedOperation"));
    QCOMPARE(run.results[0].result.errorMessage, message);
    QVERIFY(run.engine.instanceIds().isEmpty()); // nothing launched, nothing billed
    QCOMPARE(run.results[1].result.errorCode, QStringLiteral("InvalidInstanceID.NotFound"));
    QCOMPARE(run.engine.totalCost(), Money());
}

void TestLifecycleScript::eipScriptKeys_data()
{
    QTest::addColumn<QByteArray>("extra"); // top-level keys
    QTest::addColumn<QByteArray>("associateB"); // extra keys of the event that associates eip1 with b
    QTest::addColumn<int>("allocations"); // allocate-address events after eip1 (names e2, e3, ...)
    QTest::addColumn<QString>("eip1On"); // instance holding eip1 at the end
    QTest::addColumn<QString>("lastAllocation"); // error code of the last allocation, or "ok"

    // AWS AssociateAddress: reassociation is automatic unless AllowReassociation is false.
    QTest::newRow("default: the address moves to b") << QByteArray() << QByteArray() << 0 << "b"
                                                     << "ok";
    QTest::newRow("allow_reassociation true: moves")
        << QByteArray() << QByteArray(R"(, "allow_reassociation": true)") << 0 << "b"
        << "ok";
    QTest::newRow("allow_reassociation false: stays on a")
        << QByteArray() << QByteArray(R"(, "allow_reassociation": false)") << 0 << "a"
        << "ok";
    // AWS: 5 Elastic IPs per Region by default: eip1 + 4 more is 5, a 6th fails.
    QTest::newRow("default quota 5: 5 allocations") << QByteArray() << QByteArray() << 4 << "b"
                                                    << "ok";
    QTest::newRow("default quota 5: the 6th fails") << QByteArray() << QByteArray() << 5 << "b"
                                                    << "AddressLimitExceeded";
    QTest::newRow("eip_quota 6: the 6th succeeds")
        << QByteArray(R"("eip_quota": 6, )") << QByteArray() << 5 << "b"
        << "ok";
    QTest::newRow("eip_quota 1: the 2nd fails")
        << QByteArray(R"("eip_quota": 1, )") << QByteArray() << 1 << "b"
        << "AddressLimitExceeded";
}

void TestLifecycleScript::eipScriptKeys()
{
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, associateB);
    QFETCH(int, allocations);
    QFETCH(QString, eip1On);
    QFETCH(QString, lastAllocation);
    QByteArray more;
    for (int i = 0; i < allocations; ++i)
        more += R"(, {"at": 300, "action": "allocate-address", "address": "e)" + QByteArray::number(i + 2)
            + "\"}";
    const QByteArray json = R"({"start": "2026-03-02T09:00:00Z", )" + extra + R"("instances": [
        {"name": "a", "type": "t3.micro", "price_per_hour": "0.0104", "volumes": [{"price_per_gb_month": "0.08", "root": true}]},
        {"name": "b", "type": "t3.micro", "price_per_hour": "0.0104", "volumes": [{"price_per_gb_month": "0.08", "root": true}]}],
      "events": [{"at": 0, "action": "launch", "instance": "a"}, {"at": 0, "action": "launch", "instance": "b"},
                 {"at": 100, "action": "allocate-address", "address": "eip1"},
                 {"at": 100, "action": "associate-address", "address": "eip1", "instance": "a"},
                 {"at": 200, "action": "associate-address", "address": "eip1", "instance": "b")"
        + associateB + "}" + more + "]}";
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    InputError error;
    const auto script = LifecycleScript::fromJson(doc.object(), QStringLiteral("s.json"), &error);
    QVERIFY2(script, qPrintable(error.toString()));
    const ScriptRun run = script->run();
    const auto eip = run.engine.elasticAddress(run.allocationIds.value(QStringLiteral("eip1")));
    QVERIFY(eip);
    QCOMPARE(eip->associatedInstanceId, run.instanceIds.value(eip1On));
    const ActionResult &moved = run.results[4].result;
    QCOMPARE(moved.ok, eip1On == u"b");
    if (!moved.ok)
        QCOMPARE(moved.errorCode, QStringLiteral("Resource.AlreadyAssociated"));
    if (allocations > 0) {
        const ActionResult &last = run.results.last().result;
        QCOMPARE(last.ok ? QStringLiteral("ok") : last.errorCode, lastAllocation);
    }
}

QTEST_GUILESS_MAIN(TestLifecycleScript)
#include "tst_lifecyclescript.moc"
