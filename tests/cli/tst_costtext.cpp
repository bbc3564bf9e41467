#include "cli/costtext.h"
#include "costtesting.h"
#include "inputerror.h"

#include <QTest>

using namespace ec2lab;
using namespace ec2lab::costtesting;

/// CostText, the one formatter of the cost model's values: the engine's lines, assumptions and
/// option names in the English the command line prints (no translator installed). These are the
/// strings tst_costengine asserted before the model returned values.
class TestCostText : public QObject
{
    Q_OBJECT

private slots:
    void onDemandLine();
    void assumptions();
    void commitmentCoverageLines();
    void portfolioLines();
    void dedicatedHostLines_data();
    void dedicatedHostLines();
    void optionNames_data();
    void optionNames();
    void userLabelIsKept();

private:
    static void checkOptionName();
};

namespace {

QString joined(const OptionResult &o)
{
    return CostText::lines(o.explain).join(u'\n');
}

} // namespace

void TestCostText::onDemandLine()
{
    const CostReport r = runScenario(scenarioFrom(m5Workload(), R"({"id": "od", "kind": "on-demand"})", 36));
    const OptionResult &o = option(r, QStringLiteral("od"));
    // 1 x 0.096 x 730 = 70.08
    QCOMPARE(CostText::lines(o.explain).value(0),
        QStringLiteral("1 instance x 0.096 USD/h x 730 h/month = 70.08 USD/month"));
}

void TestCostText::assumptions()
{
    const CostReport r = runScenario(scenarioFrom(m5Workload(), R"({"id": "od", "kind": "on-demand"})", 36));
    const QStringList a = CostText::assumptions(r.assumptions);
    QCOMPARE(
        a.value(0), QStringLiteral("Months of 730 hours; terms of 8,760 h (1 year) and 26,280 h (3 years)"));
    QCOMPARE(a.value(1),
        QStringLiteral(
            "Hourly grid of clock hours from 2026-01-01 00:00 UTC; commitments bought at the start"));
    QCOMPARE(a.constLast(), QStringLiteral("Prices in USD, taxes excluded"));
}

void TestCostText::commitmentCoverageLines()
{
    // Two m5.large always on: one RI, an EC2 Instance plan (0.060) and a Compute plan (0.068) that
    // is left with nothing (see tst_costengine for the arithmetic).
    Scenario s = scenarioFrom(m5Workload(R"(, "count": 2)"), R"({"id": "od", "kind": "on-demand"})", 1);
    OptionSpec mix;
    mix.id = QStringLiteral("mix");
    mix.kind = OptionKind::Reserved;
    mix.reserved.push_back(ReservedPurchase {
        OfferingClass::Standard, Term::OneYear, PurchaseOption::NoUpfront, 1, QString(), false });
    mix.savingsPlans.push_back(SavingsPlanPurchase { SavingsPlanType::Compute, Term::OneYear,
        PurchaseOption::NoUpfront, Money::parse(u"0.068"), QString(), false });
    mix.savingsPlans.push_back(SavingsPlanPurchase { SavingsPlanType::Ec2Instance, Term::OneYear,
        PurchaseOption::NoUpfront, Money::parse(u"0.060"), QString(), false });
    const ScenarioPrices prices = s.prices;
    const CostEngine engine(s, prices);
    const OptionResult o = engine.evaluate(mix);
    const QString lines = joined(o);
    QVERIFY2(
        lines.contains(QLatin1String("1 x m5.large RI (standard/1yr/no-upfront) covers 730 instance-hours")),
        qPrintable(lines));
    QVERIFY(lines.contains(
        QLatin1String("EC2 Instance Savings Plan (ec2-instance/1yr/no-upfront) covers 730 instance-hours")));
    QVERIFY(lines.contains(
        QLatin1String("Compute Savings Plan (compute/1yr/no-upfront) covers 0 instance-hours")));
    // 0.060 USD/h x 730 h = 43.80 for the RI's hourly fee (rates print without trailing zeros).
    QVERIFY2(
        lines.contains(QLatin1String("1 x m5.large RI (standard/1yr/no-upfront): 1 x 0.06 USD/h x 730 h = "
                                     "43.80 USD")),
        qPrintable(lines));
}

void TestCostText::portfolioLines()
{
    const CostReport r
        = runScenario(scenarioFrom(m5Workload(R"(, "count": 2)"), R"({"id": "mix", "kind": "portfolio",
        "savings_plans": [{"type": "compute", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.068"},
                          {"type": "ec2-instance", "term": "1yr", "payment": "no-upfront", "commitment_per_hour": "0.060"}],
        "reserved": [{"term": "1yr", "payment": "no-upfront", "count": 1}]})",
            1));
    const OptionResult &o = option(r, QStringLiteral("mix"));
    QVERIFY(joined(o).contains(
        QLatin1String("Compute Savings Plan (compute/1yr/no-upfront) covers 0 instance-hours")));
    QCOMPARE(CostText::optionName(o), QStringLiteral("Portfolio: 1 RI purchase(s), 2 Savings Plan(s)"));
}

void TestCostText::dedicatedHostLines_data()
{
    // The rows of tst_costengine's dedicatedHostReservation, in words (arithmetic there).
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("hostOption");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("explainPart");
    QTest::addColumn<QByteArray>("prices");
    const QByteArray oneM5 = m5Workload();
    QTest::newRow("m5 reserved 1yr No Upfront, 12 months")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 12
        << "1 m5 host(s) for a peak of 1 instance (a host holds 48 x m5.large), host reservation 1yr "
           "no-upfront: 1 x 3.193 USD/h x 8760 h = 27970.68 USD"
        << kHostPrices;
    QTest::newRow("49 m5.large, two reserved hosts")
        << QByteArray(
               R"({"name": "a", "instance_type": "m5.large", "count": 49, "usage": {"kind": "always-on"}})")
        << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 12
        << "2 x 3.193 USD/h x 8760 h = 55941.36 USD" << kHostPrices;
    QTest::newRow("reserved hosts bill unused hours")
        << m5Workload({}, R"({"kind": "weekly", "hours": {"weekdays": [[9, 17]]}})")
        << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 12 << "x 3.193 USD/h x 8760 h"
        << kHostPrices;
    QTest::newRow("3yr term longer than a 12-month horizon")
        << oneM5 << QByteArray(R"("term": "3yr", "payment": "no-upfront")") << 12
        << "host reservation 3yr no-upfront still owed after the horizon (not in the total, as for "
           "Reserved Instances): 1 x 2.19 USD/h x 17520 h = 38368.80 USD"
        << kHostPrices;
    QTest::newRow("after the 1yr term the host is On-Demand")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 18
        << "On-Demand m5 hosts after the 1yr term: 1 x 5.069 USD/h x 4380 h = 22202.22 USD" << kHostPrices;
    QTest::newRow("renewed 1yr reservation over 18 months")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront", "renew": true)") << 18
        << "1 x 3.193 USD/h x 13140 h = 41956.02 USD" << kHostPrices;
    QTest::newRow("1yr All Upfront with the scenario's fee")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "all-upfront")") << 12
        << "host reservation 1yr all-upfront: 1 x 20000 USD upfront = 20000.00 USD" << kHostPrices;
    QTest::newRow("c5 On-Demand host 3.366/h")
        << QByteArray(R"({"name": "c", "instance_type": "c5.large", "usage": {"kind": "always-on"}})")
        << QByteArray(R"("family": "c5")") << 12 << "x 3.366 USD/h x 8760 h = 29486.16 USD"
        << QByteArray(R"("prices": {"on_demand_per_hour": "0.085", "dedicated_host_per_hour": "3.366"})");
}

void TestCostText::dedicatedHostLines()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, hostOption);
    QFETCH(int, months);
    QFETCH(QString, explainPart);
    QFETCH(QByteArray, prices);
    const CostReport r = runScenario(scenarioFrom(
        workloads, R"({"id": "dh", "kind": "dedicated-host", )" + hostOption + "}", months, {}, prices));
    const OptionResult &o = option(r, QStringLiteral("dh"));
    const QString lines = joined(o);
    QVERIFY2(lines.contains(explainPart), qPrintable(lines));
    const QString name = CostText::optionName(o);
    if (hostOption.contains("term"))
        QVERIFY2(name.startsWith(QStringLiteral("Dedicated Host reservation ")), qPrintable(name));
}

void TestCostText::optionNames_data()
{
    // One spelling for every option name, whether the scenario file lists the option or the engine
    // proposes it: payments as the scenario keys spell them ("all-upfront"); the engine's own
    // proposals add what it chose (the host family, the Savings Plan commitment).
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("RI from the file")
        << QByteArray(R"({"id": "ri", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})") << "ri"
        << "Standard RI 1yr all-upfront x1";
    QTest::newRow("RI the engine proposes") << QByteArray() << "ri-standard-1yr-all-upfront"
                                            << "Standard RI 1yr all-upfront x1";
    QTest::newRow("Savings Plan from the file") << QByteArray(
        R"({"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront"})")
                                                << "sp"
                                                << "Compute Savings Plan 1yr no-upfront";
    // The steady baseline: 1 m5.large always on x the plan rate 0.060 = 0.060 USD/h.
    QTest::newRow("Savings Plan the engine proposes")
        << QByteArray() << "sp-ec2-instance-1yr-no-upfront"
        << "EC2 Instance Savings Plan 1yr no-upfront (0.06 USD/h)";
    QTest::newRow("Dedicated Host the engine proposes") << QByteArray() << "dh"
                                                        << "Dedicated Host (m5)";
    QTest::newRow("On-Demand") << QByteArray() << "od"
                               << "On-Demand";
    QTest::newRow("Free plan the engine proposes") << QByteArray() << "ft-credits"
                                                   << "Free plan (credits)";
}

void TestCostText::optionNames()
{
    try {
        checkOptionName();
    } catch (const InputError &e) {
        QFAIL(qPrintable(e.toString()));
    }
}

void TestCostText::checkOptionName()
{
    QFETCH(QByteArray, options);
    QFETCH(QString, id);
    QFETCH(QString, name);
    if (!options.isEmpty()) {
        const CostReport r = runScenario(scenarioFrom(m5Workload(), options, 12));
        QCOMPARE(CostText::optionName(option(r, id)), name);
        return;
    }
    // The options the engine proposes when a scenario lists none.
    const Scenario s = scenarioFrom(m5Workload(), R"({"id": "od", "kind": "on-demand"})", 12, {},
        kHostPrices.chopped(1)
            + R"(, "reserved": {"standard/1yr/all-upfront": {"upfront": "494", "hourly": "0"}},
        "savings_plan_per_hour": {"ec2-instance/1yr/no-upfront": "0.060"}})");
    const ScenarioPrices prices = s.prices;
    const CostEngine engine(s, prices);
    for (const OptionSpec &o : engine.applicableOptions())
        if (o.id == id) {
            QCOMPARE(CostText::optionName(o), name);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("the engine proposes no option %1").arg(id)));
}

void TestCostText::userLabelIsKept()
{
    const CostReport r = runScenario(scenarioFrom(m5Workload(),
        R"({"id": "ri", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "label": "Our RI plan"})",
        12));
    QCOMPARE(CostText::optionName(option(r, QStringLiteral("ri"))), QStringLiteral("Our RI plan"));
}

QTEST_GUILESS_MAIN(TestCostText)
#include "tst_costtext.moc"
