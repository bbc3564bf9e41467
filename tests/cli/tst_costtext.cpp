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
    void explanationAddsUp_data();
    void explanationAddsUp();
    void spotPercentilesSayWhyTheMedianIsHigher();
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
    void wholeTermLines_data();
    void wholeTermLines();
    void savingsPlanLinesAddUpExactly();
    void spotChoiceLines_data();
    void spotChoiceLines();
    void sizeWarning();
    void priceNames_data();
    void priceNames();

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
    // 1 x 0.096 x 730 = 70.08 a month, x 36 months = 2522.88
    QCOMPARE(CostText::lines(o.explain).value(0),
        QStringLiteral("1 instance x 0.096 USD/h x 730 h/month = 70.08 USD/month x 36 months = 2522.88 USD"));
    QCOMPARE(CostText::lines(o.explain).constLast(), QStringLiteral("Total: 2522.88 = 2522.88 USD"));
}

void TestCostText::explanationAddsUp_data()
{
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<int>("months");
    QTest::addColumn<QStringList>("lines");
    const QByteArray extras
        = m5Workload(R"(, "ebs": [{"type": "gp3", "size_gb": 30}], "data_transfer_out_gb_per_month": "150")");
    // Upfront 252; 0.029 x 8760 = 254.04; EBS 30 x 0.08 = 2.40 x 12 = 28.80; transfer 150 GB, the
    // first 100 free: 50 x 0.09 = 4.50 x 12 = 54. Break-even (252 / 8760 + 0.029) / 0.096 = 60.17 %.
    // Recurring (588.84 - 252) / 12 = 28.07; normalised 252 / 12 + 28.07 = 49.07.
    QTest::newRow("RI partial upfront with EBS and transfer, 12 months")
        << extras
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "partial-upfront"})") << 12
        << QStringList {
               QStringLiteral(
                   "1 x m5.large RI (standard/1yr/partial-upfront): 1 x 252 USD upfront = 252.00 USD"),
               QStringLiteral(
                   "1 x m5.large RI (standard/1yr/partial-upfront): 1 x 0.029 USD/h x 8760 h = 254.04 USD"),
               QStringLiteral(
                   "    1 x m5.large RI (standard/1yr/partial-upfront) covers 8760 instance-hours of usage "
                   "(size-flexible within m5)"),
               QStringLiteral("EBS gp3: 30 GB x 0.08 USD/GB-month = 2.40 USD/month x 12 months = 28.80 USD"),
               QStringLiteral("Data transfer out: 150 GB/month: 100 GB free + 50 GB x 0.09 USD/GB = 4.50 "
                              "USD/month x 12 months = 54.00 USD"),
               QStringLiteral(
                   "    Break-even utilization: 60.17% (the commitment's effective hourly rate / the "
                   "On-Demand rate; it beats On-Demand when the usage it covers runs more than 60.17% of "
                   "the hours)"),
               QStringLiteral(
                   "    Normalised monthly (AWS Pricing Calculator): 252.00 USD upfront / 12 + 28.07 "
                   "USD/month recurring = 49.07 USD/month"),
               QStringLiteral("Total: 252.00 + 254.04 + 28.80 + 54.00 = 588.84 USD")
           };
    // 0.096 x 0.34 = 0.03264 USD/h x 1460 h = 47.6544
    QTest::newRow("Spot estimate, 2 months")
        << m5Workload() << QByteArray(R"({"id": "x", "kind": "spot", "savings_percent": "66"})") << 2
        << QStringList { QStringLiteral("    Spot m5.large: 0.096 USD/h x (1 - 66%) = 0.032640 USD/h"),
               QStringLiteral("Spot m5.large: 1460 instance-hours x 0.032640 USD/h = 47.65 USD"),
               QStringLiteral(
                   "    Normalised monthly (AWS Pricing Calculator): 0.00 USD upfront / 12 + 23.83 "
                   "USD/month recurring = 23.83 USD/month"),
               QStringLiteral("Total: 47.65 = 47.65 USD") };
    // 2 x t2.micro: 1460 h x 0.0116 = 16.936 a month x 13 = 220.168 On-Demand; the first 12 months
    // 750 h are free: 750 x 0.0116 = 8.70 x 12 = 104.40 waived.
    QTest::newRow("legacy Free Tier, 13 months")
        << QByteArray(
               R"({"name": "free", "instance_type": "t2.micro", "count": 2, "usage": {"kind": "always-on"},
                          "prices": {"on_demand_per_hour": "0.0116"}})")
        << QByteArray(R"({"id": "x", "kind": "free-tier", "plan": "legacy"})") << 13
        << QStringList { QStringLiteral(
                             "2 instances x 0.0116 USD/h x 730 h/month = 16.94 USD/month x 13 months = "
                             "220.17 USD"),
               QStringLiteral(
                   "Free Tier (legacy): t2.micro in us-east-1, 750 h/month for Linux, RHEL and SLES and 750 "
                   "h/month for Windows, 30 GB of EBS and 750 h of public IPv4 free for the first 12 months; "
                   "9000 free Linux and 0 free Windows instance-hours used; waived: -104.40 USD"),
               QStringLiteral("    Normalised monthly (AWS Pricing Calculator): 0.00 USD upfront / 12 + 8.91 "
                              "USD/month recurring = 8.91 USD/month"),
               QStringLiteral("Total: 220.17 - 104.40 = 115.77 USD") };
}

void TestCostText::explanationAddsUp()
{
    QFETCH(QByteArray, workloads);
    QFETCH(QByteArray, option);
    QFETCH(int, months);
    QFETCH(QStringList, lines);
    const CostReport r = runScenario(scenarioFrom(workloads, option, months));
    QCOMPARE(CostText::lines(::option(r, QStringLiteral("x")).explain), lines);
}

void TestCostText::spotPercentilesSayWhyTheMedianIsHigher()
{
    const CostReport r = runScenario(scenarioFrom(m5Workload(),
        R"({"id": "x", "kind": "spot", "savings_percent": "66", "interruptions_per_month": "4", "seed": 7,
            "paths": 200})",
        12));
    const OptionResult &o = option(r, QStringLiteral("x"));
    QVERIFY(o.spotRisk);
    // 0.03264 x 8760 = 285.9264: the TOTAL is the planned usage; every path adds its redone work.
    const QString expected
        = QStringLiteral(
            "    Spot risk over 200 paths: total with interruptions p10 %1 / p50 %2 / p90 %3 USD. The "
            "TOTAL (285.93 USD) is the usage as planned, without interruptions; an interruption can "
            "only add cost (the work it loses is run and billed again), so no path costs less than "
            "the TOTAL, and the median (p50) exceeds it as soon as more than half of the paths have "
            "a billed interruption")
              .arg(o.spotRisk->costP10.back().toString(2), o.spotRisk->costP50.back().toString(2),
                  o.spotRisk->costP90.back().toString(2));
    QVERIFY(CostText::lines(o.explain).contains(expected));
    QVERIFY(o.spotRisk->costP50.back() > o.total); // 4 interruptions a month: the median pays some redo
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
        << "host reservation 3yr no-upfront: committed beyond the horizon (owed for the rest of the "
           "term, in the total): 1 x 2.19 USD/h x 17520 h = 38368.80 USD"
        << kHostPrices;
    QTest::newRow("18 months: a renewal would not fit, the host is On-Demand after the term")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 18
        << "On-Demand m5 hosts after the 1yr term (a whole new term does not fit in the horizon): 1 x "
           "5.069 USD/h x 4380 h = 22202.22 USD"
        << kHostPrices;
    QTest::newRow("24 months: the 1yr reservation renewed once")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront")") << 24
        << "host reservation 1yr no-upfront: 2 x 8760 h terms, renewed at the end of each term"
        << kHostPrices;
    QTest::newRow("24 months, renew false: one term then On-Demand")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "no-upfront", "renew": false)") << 24
        << "On-Demand m5 hosts after the 1yr term (not renewed): 1 x 5.069 USD/h x 8760 h = 44404.44 USD"
        << kHostPrices;
    QTest::newRow("24 months All Upfront: the fee paid at each of the two terms")
        << oneM5 << QByteArray(R"("term": "1yr", "payment": "all-upfront")") << 24
        << "host reservation 1yr all-upfront: 2 x 20000 USD upfront = 40000.00 USD" << kHostPrices;
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

void TestCostText::wholeTermLines_data()
{
    // The rows of tst_costengine's wholeTermCommitments, in words (arithmetic there).
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("explainPart");
    QTest::newRow("12-month horizon, 3yr No Upfront RI: whole term owed")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "3yr", "payment": "no-upfront"})") << 12
        << "1 x m5.large RI (standard/3yr/no-upfront): committed beyond the horizon (owed for the rest of "
           "the term, in the total): 1 x 0.041 USD/h x 17520 h = 718.32 USD";
    QTest::newRow("12-month horizon, 3yr All Upfront RI: paid at the start, nothing beyond")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "3yr", "payment": "all-upfront"})") << 12
        << "1 x m5.large RI (standard/3yr/all-upfront): 1 x 1030 USD upfront = 1030.00 USD";
    QTest::newRow("12-month horizon, 3yr Partial Upfront Savings Plan: beyond")
        << QByteArray(R"({"id": "x", "kind": "savings-plan", "type": "compute", "term": "3yr",
                         "payment": "partial-upfront", "commitment_per_hour": "0.05"})")
        << 12
        << "Compute Savings Plan (compute/3yr/partial-upfront): committed beyond the horizon (owed for the "
           "rest of the term, in the total): 1 x 0.025 USD/h x 17520 h = 438.00 USD";
    // 0.025 x 26,280 = 657.00 upfront; 0.025 x 8,760 = 219.00 hourly inside the horizon
    QTest::newRow("12-month horizon, 3yr Partial Upfront Savings Plan: upfront")
        << QByteArray(R"({"id": "x", "kind": "savings-plan", "type": "compute", "term": "3yr",
                         "payment": "partial-upfront", "commitment_per_hour": "0.05"})")
        << 12 << "Compute Savings Plan (compute/3yr/partial-upfront): 1 x 657 USD upfront = 657.00 USD";
    QTest::newRow("12-month horizon, 3yr Partial Upfront Savings Plan: hourly part")
        << QByteArray(R"({"id": "x", "kind": "savings-plan", "type": "compute", "term": "3yr",
                         "payment": "partial-upfront", "commitment_per_hour": "0.05"})")
        << 12
        << "Compute Savings Plan (compute/3yr/partial-upfront): 0.025 USD/h hourly part of the 0.05 USD/h "
           "commitment x 8760 h = 219.00 USD";
    QTest::newRow("36-month horizon, 3yr No Upfront RI: horizon = term")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "3yr", "payment": "no-upfront"})") << 36
        << "1 x m5.large RI (standard/3yr/no-upfront): 1 x 0.041 USD/h x 26280 h = 1077.48 USD";
    QTest::newRow("36-month horizon, 1yr Partial Upfront RI renewed: 3 terms")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "partial-upfront"})") << 36
        << "1 x m5.large RI (standard/1yr/partial-upfront): 3 x 252 USD upfront = 756.00 USD";
    QTest::newRow("18-month horizon, 1yr RI: one renewal would not fit")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "no-upfront"})") << 18
        << "1 x m5.large RI (standard/1yr/no-upfront): 1 x 8760 h term; hours 8760-13140 On-Demand (a whole "
           "new term does not fit in the horizon)";
    QTest::newRow("36-month horizon, 1yr RI with renew false: one term")
        << QByteArray(
               R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "no-upfront", "renew": false})")
        << 36
        << "1 x m5.large RI (standard/1yr/no-upfront): 1 x 8760 h term; hours 8760-26280 On-Demand (not "
           "renewed)";
    // 30 months = 21,900 h: two terms (17,520 h), then 4,380 h On-Demand
    QTest::newRow("30-month horizon, 1yr RI: two terms, then On-Demand")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "no-upfront"})") << 30
        << "1 x m5.large RI (standard/1yr/no-upfront): 2 x 8760 h terms, renewed at the end of each term; "
           "hours 17520-21900 On-Demand (a whole new term does not fit in the horizon)";
    QTest::newRow("36-month horizon, 1yr All Upfront RI renewed: upfront sums every purchase")
        << QByteArray(R"({"id": "x", "kind": "reserved", "term": "1yr", "payment": "all-upfront"})") << 36
        << "1 x m5.large RI (standard/1yr/all-upfront): 3 x 8760 h terms, renewed at the end of each term";
}

void TestCostText::wholeTermLines()
{
    QFETCH(QByteArray, options);
    QFETCH(int, months);
    QFETCH(QString, explainPart);
    const CostReport r = runScenario(scenarioFrom(m5Workload(), options, months, {}, kTermPrices));
    const OptionResult &o = option(r, QStringLiteral("x"));
    // Each line's words (CostText::lines() indents the context lines, such as the terms lines).
    QStringList lines;
    for (const CalcLine &l : o.explain)
        lines << CostText::line(l);
    QVERIFY2(lines.contains(explainPart), qPrintable(lines.join(u'\n')));
    // The assumptions state the renewal rule.
    QVERIFY(
        CostText::assumptions(r.assumptions)
            .contains(QStringLiteral(
                "A commitment is renewed at the end of its term only when a whole new term fits in the "
                "horizon (the rest runs On-Demand; \"renew\": false buys one term); a term longer than the "
                "horizon is owed in full: its fees after the horizon are in the total as \"committed "
                "beyond the horizon\"")));
}

void TestCostText::savingsPlanLinesAddUpExactly()
{
    // tst_costengine's savingsPlanExplanationAddsUpExactly in words: 438.00 + 222.61 = 660.61.
    const CostReport r = runScenario(scenarioFrom(m5Workload(),
        R"({"id": "sp", "kind": "savings-plan", "type": "compute", "term": "1yr", "payment": "no-upfront",
            "commitment_per_hour": "0.05"})",
        12));
    const OptionResult &o = option(r, QStringLiteral("sp"));
    const QStringList lines = CostText::lines(o.explain);
    QVERIFY2(
        lines.contains(QStringLiteral(
            "Compute Savings Plan (compute/1yr/no-upfront): 0.05 USD/h commitment x 8760 h = 438.00 USD")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(
                 QStringLiteral("On-Demand m5.large: 2318.82 instance-hours x 0.096 USD/h = 222.61 USD")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(
        lines.contains(QStringLiteral(
            "    Compute Savings Plan (compute/1yr/no-upfront) covers 6441.18 instance-hours at plan rates")),
        qPrintable(lines.join(u'\n'))); // context: indented, not a summand
    QCOMPARE(o.total.toString(2), QStringLiteral("660.61"));
    QCOMPARE(lines.constLast(), QStringLiteral("Total: 438.00 + 222.61 = 660.61 USD"));
}

void TestCostText::spotChoiceLines_data()
{
    // The one Spot rule's lines (model/cost/README.md "One Spot price"): 0.096 x (1 - 66 %) =
    // 0.03264 USD/h.
    QTest::addColumn<bool>("published");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the option's savings %")
        << false << QDate() << "Spot m5.large: 0.096 USD/h x (1 - 66%) = 0.032640 USD/h";
    QTest::newRow("the advisor's savings %, chosen over an older history")
        << false << QDate(2025, 6, 28)
        << "Spot m5.large: 0.096 USD/h x (1 - 66%) = 0.032640 USD/h (Spot savings 2025-06-28; no Spot price "
           "history newer than the On-Demand price)";
    QTest::newRow("a price history newer than the On-Demand price")
        << true << QDate(2026, 10, 1)
        << "Spot m5.large: 0.0381 USD/h, the latest Spot price history record (2026-10-01)";
}

void TestCostText::spotChoiceLines()
{
    QFETCH(bool, published);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    CalcLine l(published ? CalcLine::Kind::SpotPublished : CalcLine::Kind::SpotEstimate);
    l.instanceType = QStringLiteral("m5.large");
    l.onDemandRate = *Money::parse(QStringLiteral("0.096"));
    l.percent = Money::fromUnits(66);
    l.rate = *Money::parse(published ? QStringLiteral("0.0381") : QStringLiteral("0.03264"));
    l.date = date;
    QCOMPARE(CostText::line(l), expected);
}

void TestCostText::sizeWarning()
{
    const CostWarning w { CostWarning::Kind::UnknownNormalizationFactor, QStringLiteral("c7gn.metal"),
        Offer() };
    QCOMPARE(CostText::warning(w),
        QStringLiteral("No normalization factor is known for c7gn.metal (neither in the price catalog nor in "
                       "AWS's table): size-flexible Reserved Instances cover it only as its own type."));
    const CostWarning zero { CostWarning::Kind::ZeroProposedCommitment, QString(),
        Offer::savingsPlan(SavingsPlanType::Compute, Term::ThreeYears, PurchaseOption::PartialUpfront) };
    QCOMPARE(CostText::warning(zero),
        QStringLiteral(
            "Compute Savings Plan 3yr partial-upfront: no instance runs in every hour, so the "
            "commitment proposed for it (the steady baseline) is 0 USD/h and the plan buys nothing. "
            "Set its commitment per hour (\"commitment_per_hour\" in the scenario file) to price a "
            "plan of your own size; the Advisor suggests one."));
}

void TestCostText::priceNames_data()
{
    // The chart note's list of old prices names each in words, never as the scenario file's JSON
    // path (PriceSource::describe(), which the command line keeps).
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("words");
    QTest::newRow("RI upfront fee") << int(PriceItem::ReservedUpfront)
                                    << "m5.large RI standard/1yr/all-upfront upfront fee";
    QTest::newRow("RI hourly fee") << int(PriceItem::ReservedHourly)
                                   << "m5.large RI standard/1yr/all-upfront hourly fee";
    QTest::newRow("On-Demand") << int(PriceItem::OnDemandHourly) << "m5.large On-Demand hourly rate";
    QTest::newRow("public IPv4") << int(PriceItem::PublicIpv4Hourly) << "public IPv4 address hourly rate";
}

void TestCostText::priceNames()
{
    QFETCH(int, item);
    QFETCH(QString, words);
    PriceQuery q;
    q.item = PriceItem(item);
    q.region = QStringLiteral("us-east-1");
    q.instanceType = QStringLiteral("m5.large");
    q.offer.kind = OfferKind::Reserved;
    q.offer.offeringClass = OfferingClass::Standard;
    q.offer.term = Term::OneYear;
    q.offer.payment = PurchaseOption::AllUpfront;
    QCOMPARE(CostText::priceName(q), words);
    QVERIFY(!CostText::priceName(q).contains(QLatin1String("prices.")));
}

QTEST_GUILESS_MAIN(TestCostText)
#include "tst_costtext.moc"
