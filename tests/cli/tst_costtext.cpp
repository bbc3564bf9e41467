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
    void costLinesAndFreeOffers_data();
    void costLinesAndFreeOffers();
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

void TestCostText::costLinesAndFreeOffers_data()
{
    // The rows of tst_costengine's dedicatedRegionFee, dataTransferTiers and freeTier, in words
    // (the arithmetic is there).
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<int>("months");
    QTest::addColumn<QByteArray>("prices");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("assumption");
    const QByteArray od = R"({"id": "x", "kind": "on-demand"})";
    const QByteArray micro
        = R"({"name": "s", "instance_type": "t3.micro", "count": 3, "usage": {"kind": "always-on"},
                                 "prices": {"on_demand_per_hour": "0.0104"}})";
    QTest::newRow("Dedicated per-Region fee")
        << m5Workload() << QByteArray(R"({"id": "x", "kind": "dedicated-instance"})") << 1 << kPrices
        << "Dedicated per-Region fee (us-east-1): 730 h with a Dedicated Instance running x 2 USD/h = "
           "1460.00 USD"
        << "Dedicated Instances pay the Dedicated per-Region fee (2 USD) for every clock hour in which any "
           "of them "
           "runs";
    QTest::newRow("data transfer at the scenario's rate")
        << m5Workload(R"(, "data_transfer_out_gb_per_month": "250")") << od << 1 << kPrices
        << "Data transfer out: 250 GB/month: 100 GB free + 150 GB x 0.09 USD/GB = 13.50 USD/month"
        << "Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this "
           "scenario were "
           "the account's only internet traffic; the scenario's rate applies to every GB beyond";
    QTest::newRow("data transfer on AWS's tiers")
        << m5Workload(R"(, "data_transfer_out_gb_per_month": "20000")") << od << 1
        << QByteArray(R"("prices": {"on_demand_per_hour": "0.096"})")
        << "Data transfer out: 20000 GB/month: 100 GB free + 10140 GB x 0.09 USD/GB + 9760 GB x 0.085 USD/GB "
           "= "
           "1742.20 USD/month"
        << "Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this "
           "scenario were "
           "the account's only internet traffic; then AWS's internet tiers of the Region (10 TB / 40 TB / "
           "100 TB / "
           "beyond, counted from the first GB of the month)";
    QTest::newRow("legacy Free Tier pools")
        << QByteArray(
               R"({"name": "lin", "instance_type": "t2.micro", "count": 2, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0116"}},
                         {"name": "win", "instance_type": "t2.micro", "platform": "windows",
                          "usage": {"kind": "always-on"}})")
        << QByteArray(R"({"id": "x", "kind": "free-tier", "plan": "legacy"})") << 1 << kPrices
        << "Free Tier (legacy): t2.micro in us-east-1, 750 h/month for Linux, RHEL and SLES and 750 h/month "
           "for "
           "Windows, 30 GB of EBS and 750 h of public IPv4 free for the first 1 months; 750 free Linux and "
           "730 free "
           "Windows instance-hours used"
        << "Legacy Free Tier: the account opens at the start; 750 h a month for Linux/RHEL/SLES and 750 h "
           "for "
           "Windows of t2.micro (the Region's micro type)";
    QTest::newRow("Free plan credits run out in month 5")
        << micro << QByteArray(R"({"id": "x", "kind": "free-tier", "plan": "credits"})") << 6 << kPrices
        << "Free plan until the credits run out in month 5, then the Paid plan"
        << "2025 Free plan: sign-up at the start; a horizon longer than 6 months assumes the upgrade to the "
           "Paid "
           "plan after month 6, and credits left then apply until 12 months after sign-up";
    QTest::newRow("Free plan credits kept until month 12")
        << QByteArray(R"({"name": "s", "instance_type": "t3.micro", "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0104"}})")
        << QByteArray(R"({"id": "x", "kind": "free-tier", "plan": "credits"})") << 18 << kPrices
        << "Free plan (2025): 100.00 USD of credits (100.00 at sign-up + 0.00 earned) pay all charges; 91.10 "
           "USD "
           "used, 8.90 USD left expire after month 12 (12 months after sign-up)"
        << "2025 Free plan: sign-up at the start";
    QTest::newRow("Paid plan from the start for a type the Free plan does not allow")
        << m5Workload() << QByteArray(R"({"id": "x", "kind": "free-tier", "plan": "credits"})") << 6
        << kPrices
        << "Paid plan from the start: the Free plan does not allow m5.large (it allows t3.micro, t3.small, "
           "t4g.micro, t4g.small, c7i-flex.large, m7i-flex.large); credits apply until 12 months after "
           "sign-up"
        << "2025 Free plan: sign-up at the start";
}

void TestCostText::costLinesAndFreeOffers()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, option);
    QFETCH(int, months);
    QFETCH(QByteArray, prices);
    QFETCH(QString, line);
    QFETCH(QString, assumption);
    const CostReport r = runScenario(scenarioFrom(workloads, option, months, {}, prices));
    const QString lines = joined(::option(r, QStringLiteral("x")));
    QVERIFY2(lines.contains(line), qPrintable(lines));
    const QString notes = CostText::assumptions(r.assumptions).join(u'\n');
    QVERIFY2(notes.contains(assumption), qPrintable(notes));
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
