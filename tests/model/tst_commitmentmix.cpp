// The mixed commitment recommendation (issue 17 item 2) and the pricing of usage from the
// catalog (item 1), with hand-computed totals.
//
// Unless a row says otherwise the advisor works in hours with a 10-hour profile, a term and a
// horizon of 10 hours (short terms keep the arithmetic small) and a commitment step of 0.01 USD/h.

#include "catalog/pricecatalog.h"
#include "usage/commitmentmix.h"
#include "usage/usagepricing.h"

#include <QRandomGenerator>
#include <QTest>
#include <map>

using namespace ec2lab;
using namespace ec2lab::usage;

namespace {

Money m(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

/// One type's usage and prices; zero rates (the empty string) = the instrument is not offered.
AdvisorSeries series(const char *type, const QList<int> &counts, const char *od, const char *ri,
    const char *isp, const char *csp, const char *region = "us-east-1")
{
    AdvisorSeries s;
    s.label = QString::fromLatin1(type);
    s.region = QString::fromLatin1(region);
    s.instanceType = QString::fromLatin1(type);
    s.sizeFlexible = true;
    for (int c : counts)
        s.instanceHours.push_back(Money::fromUnits(c));
    s.onDemandRate = m(od);
    s.reservedRate = *ri ? m(ri) : Money();
    s.reservedHourly = s.reservedRate; // No Upfront: the whole rate is the hourly fee
    s.instanceSavingsPlanRate = *isp ? m(isp) : Money();
    s.savingsPlanRate = *csp ? m(csp) : Money();
    return s;
}

AdvisorSettings settings(qint64 term = 10, qint64 horizon = 10)
{
    AdvisorSettings s;
    s.termHours = term;
    s.horizonHours = horizon;
    s.step = m("0.01");
    return s;
}

QList<int> levels(int highHours, int high, int lowHours, int low)
{
    QList<int> out;
    for (int i = 0; i < highHours; ++i)
        out << high;
    for (int i = 0; i < lowHours; ++i)
        out << low;
    return out;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromLatin1(t);
    return out;
}

QString names(const QList<Instrument> &list, bool againstPlans = false)
{
    QStringList out;
    for (Instrument i : list)
        out << (i == Instrument::StandardReserved
                ? QStringLiteral("RI") + (againstPlans ? QStringLiteral("'") : QString())
                : i == Instrument::StandardReserved
                ? QStringLiteral("RI")
                : (i == Instrument::Ec2InstanceSavingsPlan ? QStringLiteral("ISP") : QStringLiteral("CSP")));
    return out.isEmpty() ? QStringLiteral("none") : out.join(u'+');
}

/// Each single instrument alone, computed by the advisor's own functions (not by the mixer).
Money reservedAlone(const std::vector<AdvisorSeries> &in, const AdvisorSettings &st)
{
    return CommitmentAdvisor::reservedInstances(in, st).total;
}

Money computeAlone(const std::vector<AdvisorSeries> &in, const AdvisorSettings &st)
{
    const CommitmentCurve c = CommitmentAdvisor::curve(in, st);
    return c.points[c.optimum].total;
}

Money instanceAlone(const std::vector<AdvisorSeries> &in, const AdvisorSettings &st)
{
    // One plan per Region and family at its own optimum; the other types On-Demand.
    std::map<QString, std::vector<AdvisorSeries>> families;
    std::vector<AdvisorSeries> rest;
    for (AdvisorSeries s : in) {
        if (s.instanceSavingsPlanRate.nanos() > 0 && s.instanceSavingsPlanRate < s.onDemandRate) {
            s.savingsPlanRate = s.instanceSavingsPlanRate;
            families[s.region + u'|' + s.instanceType.section(u'.', 0, 0)].push_back(s);
        } else {
            rest.push_back(s);
        }
    }
    Money total = rest.empty() ? Money() : CommitmentAdvisor::evaluate(rest, st, Money()).total;
    for (const auto &[id, f] : families)
        total += computeAlone(f, st);
    return total;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<ec2lab::usage::AdvisorSeries>)

class TestCommitmentMix : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void purchasesAddUp();
    void cumulativeAndBreakEven();
    void neverWorseThanOneInstrumentAlone();
    void pricedFromCatalog();
    void missingPricesAreNamed();
};

void TestCommitmentMix::handComputed_data()
{
    QTest::addColumn<std::vector<AdvisorSeries>>("in");
    QTest::addColumn<qint64>("horizon");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("total");
    // none, RI, ISP, CSP, RI+ISP, RI+CSP, ISP+CSP, all, then with RIs sized against the plans:
    // RI'+ISP, RI'+CSP, RI'+ISP+CSP
    QTest::addColumn<QStringList>("candidates");

    // A (m5.large): On-Demand 0.10, RI 0.06, Compute SP 0.08; B (c5.large): On-Demand 0.10, no RI,
    // Compute SP 0.08; one instance of each all the time. All On-Demand: 2 x 0.10 x 10 h = 2.00.
    // RI alone: 0.06 x 10 + B 1.00 = 1.60. Compute plan alone: 0.16/h covers both, 1.60 (each 0.01
    // of commitment below that costs 0.10 and saves 10 h x 0.01 / 0.08 x 0.10 = 0.125). RI on A,
    // then the Compute plan on B: 0.60 + 0.08 x 10 = 1.40, cheaper than either alone.
    const std::vector<AdvisorSeries> ab { series("m5.large", QList<int>(10, 1), "0.10", "0.06", "", "0.08"),
        series("c5.large", QList<int>(10, 1), "0.10", "", "", "0.08") };
    QTest::newRow("RI on A, Compute plan on B: the mix beats both alone")
        << ab << qint64(10) << QStringLiteral("RI+CSP") << QStringLiteral("1.4")
        << strings({ "2", "1.6", "2", "1.6", "1.6", "1.4", "1.6", "1.4", "1.6", "1.4", "1.4" });
    // The same over 15 hours: one 10-hour term fits, the last 5 hours are On-Demand for both
    // types (5 x 0.20 = 1.00) whatever is bought: 1.40 + 1.00 = 2.40; all On-Demand 3.00.
    QTest::newRow("horizon beyond the last whole term: the rest On-Demand")
        << ab << qint64(15) << QStringLiteral("RI+CSP") << QStringLiteral("2.4")
        << strings({ "3", "2.6", "3", "2.6", "2.6", "2.4", "2.6", "2.4", "2.6", "2.4", "2.4" });

    // EC2 Instance plan for family m5 at 0.07 against a Compute plan at 0.08: m5.large (0.10) and
    // m5.xlarge (0.20, ISP 0.14, CSP 0.16) one each all the time. EC2 Instance plan of 0.21/h:
    // 2.10; Compute plan of 0.24/h: 2.40; On-Demand 3.00. The EC2 Instance plan alone wins.
    const std::vector<AdvisorSeries> m5 { series("m5.large", QList<int>(10, 1), "0.10", "", "0.07", "0.08"),
        series("m5.xlarge", QList<int>(10, 1), "0.20", "", "0.14", "0.16") };
    QTest::newRow("EC2 Instance plan per family beats the Compute plan")
        << m5 << qint64(10) << QStringLiteral("ISP") << QStringLiteral("2.1")
        << strings({ "3", "3", "2.1", "2.4", "2.1", "2.4", "2.1", "2.1", "2.1", "2.4", "2.1" });

    // Spiky: one instance 2 of 10 hours. An RI (break-even 0.6 of the hours) or a plan (0.7 or
    // 0.8) is never worth it: buy nothing, 0.20 On-Demand.
    const std::vector<AdvisorSeries> spiky { series(
        "m5.large", QList<int> { 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 }, "0.10", "0.06", "0.07", "0.08") };
    QTest::newRow("spiky usage: nothing should be bought")
        << spiky << qint64(10) << QStringLiteral("none") << QStringLiteral("0.2")
        << strings({ "0.2", "0.2", "0.2", "0.2", "0.2", "0.2", "0.2", "0.2", "0.2", "0.2", "0.2" });

    // RIs sized against the Compute plan: A (On-Demand 0.10, RI 0.06, Compute 0.07) runs 1
    // instance all 20 hours and a second one 13 of them; B (0.10, Compute 0.07, no RI) runs one
    // instance the other 7 hours. All On-Demand: (20 + 13 + 7) x 0.10 = 4.00. Against On-Demand a
    // second RI pays (13 x 0.10 = 1.30 > 1.20): RIs alone 2.40 + 0.70 = 3.10, and what they leave
    // (B 7 hours in 20) is not worth a plan. The Compute plan alone: 0.14/h every hour = 2.80.
    // Sized against the plan rate a second RI does not pay (13 x 0.07 = 0.91 < 1.20): one RI
    // (1.20) and a 0.07 plan used every hour by A's second instance or B (1.40): 2.60.
    QTest::newRow("RIs sized against the plan, then a Compute plan for the shifting peak")
        << std::vector<AdvisorSeries> { series("m5.large", levels(13, 2, 7, 1), "0.10", "0.06", "", "0.07"),
               series("c5.large", levels(13, 0, 7, 1), "0.10", "", "", "0.07") }
        << qint64(20) << QStringLiteral("RI'+CSP") << QStringLiteral("2.6")
        << strings({ "4", "3.1", "4", "2.8", "3.1", "3.1", "2.8", "3.1", "3.2", "2.6", "2.6" });

    // RIs and EC2 Instance plans at the same rate (the catalog's estimate): they tie, and the
    // fewer, earlier instrument wins: RIs. Two m5.large all the time: 2 x 0.06 x 10 = 1.20. The
    // Compute plan alone (0.142/h at plan rates) stops at 0.14 on the 0.01 grid: 1.40 + 1.92 -
    // 0.14 x 10 x 0.096 / 0.071 (= 1.892957746) = 1.427042254.
    const std::vector<AdvisorSeries> tie { series(
        "m5.large", QList<int>(10, 2), "0.096", "0.06", "0.06", "0.071") };
    QTest::newRow("RI and EC2 Instance plan tie: RIs, listed first")
        << tie << qint64(10) << QStringLiteral("RI") << QStringLiteral("1.2")
        << strings({ "1.92", "1.2", "1.2", "1.427042254", "1.2", "1.2", "1.2", "1.2", "1.2", "1.427042254",
               "1.2" });
}

void TestCommitmentMix::handComputed()
{
    QFETCH(std::vector<AdvisorSeries>, in);
    QFETCH(qint64, horizon);
    QFETCH(QString, chosen);
    QFETCH(QString, total);
    QFETCH(QStringList, candidates);
    const CommitmentMix mix = CommitmentMixer::recommend(in, settings(10, horizon));
    QCOMPARE(names(mix.instruments, mix.reservedAgainstPlans), chosen);
    QCOMPARE(mix.total.toPlainString(), total);
    QCOMPARE(mix.savings, mix.onDemandTotal - mix.total);
    QStringList got;
    for (const MixCandidate &c : mix.candidates)
        got << c.total.toPlainString();
    QCOMPARE(got, candidates);
    if (chosen == u"none")
        QVERIFY(mix.purchases.empty());
}

void TestCommitmentMix::purchasesAddUp()
{
    // The first hand-computed row: RI on A (1 x 0.06), Compute plan 0.08/h on B. No Upfront:
    // monthly = rate x 730 h (0.06 x 730 = 43.80, 0.08 x 730 = 58.40); totals 0.60 and 0.80; both
    // fully used; break-even at 0.06 / 0.10 = 60 % and 0.08 / 0.10 = 80 % of the commitment.
    const std::vector<AdvisorSeries> in { series("m5.large", QList<int>(10, 1), "0.10", "0.06", "", "0.08"),
        series("c5.large", QList<int>(10, 1), "0.10", "", "", "0.08") };
    CommitmentMix mix = CommitmentMixer::recommend(in, settings());
    QCOMPARE(int(mix.purchases.size()), 2);
    const MixPurchase &ri = mix.purchases[0];
    QCOMPARE(ri.instrument, Instrument::StandardReserved);
    QCOMPARE(ri.scope, QStringLiteral("m5.large"));
    QCOMPARE(ri.count, qint64(1));
    QCOMPARE(ri.monthly.toPlainString(), QStringLiteral("43.8"));
    QCOMPARE(ri.total.toPlainString(), QStringLiteral("0.6"));
    QCOMPARE(ri.utilization.toPlainString(), QStringLiteral("1"));
    QCOMPARE(ri.breakEvenUtilization.toPlainString(), QStringLiteral("0.6"));
    QCOMPARE(ri.coveredOnDemand.toPlainString(), QStringLiteral("1"));
    const MixPurchase &sp = mix.purchases[1];
    QCOMPARE(sp.instrument, Instrument::ComputeSavingsPlan);
    QCOMPARE(sp.commitment.toPlainString(), QStringLiteral("0.08"));
    QCOMPARE(sp.monthly.toPlainString(), QStringLiteral("58.4"));
    QCOMPARE(sp.total.toPlainString(), QStringLiteral("0.8"));
    QCOMPARE(sp.utilization.toPlainString(), QStringLiteral("1"));
    QCOMPARE(sp.breakEvenUtilization.toPlainString(), QStringLiteral("0.8"));
    QCOMPARE(mix.onDemandRemainder.toPlainString(), QStringLiteral("0"));

    // All Upfront: the whole term's commitment at purchase, nothing monthly (0.08 x 10 h = 0.80);
    // Partial Upfront: half of it (0.40) at purchase, the other half by the hour (0.04 x 730).
    AdvisorSettings st = settings();
    st.payment = PurchaseOption::AllUpfront;
    mix = CommitmentMixer::recommend(in, st);
    QCOMPARE(mix.purchases[1].upfront.toPlainString(), QStringLiteral("0.8"));
    QCOMPARE(mix.purchases[1].monthly.toPlainString(), QStringLiteral("0"));
    st.payment = PurchaseOption::PartialUpfront;
    mix = CommitmentMixer::recommend(in, st);
    QCOMPARE(mix.purchases[1].upfront.toPlainString(), QStringLiteral("0.4"));
    QCOMPARE(mix.purchases[1].monthly.toPlainString(), QStringLiteral("29.2"));
    QCOMPARE(mix.purchases[1].total.toPlainString(), QStringLiteral("0.8"));
}

void TestCommitmentMix::cumulativeAndBreakEven()
{
    // The first hand-computed row, All Upfront, with 2-month terms (1,460 h) over 4 months of 730 h:
    // the RI on A costs 0.06 x 1460 = 87.60 per term, the Compute plan on B 0.08 x 1460 = 116.80, both
    // at each term's start; On-Demand is 2 x 0.10 x 730 = 146.00 a month. Cumulative: 204.40,
    // 204.40, 408.80, 408.80 against 146.00, 292.00, 438.00, 584.00: at or below from month 2 on.
    std::vector<AdvisorSeries> in { series("m5.large", QList<int>(10, 1), "0.10", "0.06", "", "0.08"),
        series("c5.large", QList<int>(10, 1), "0.10", "", "", "0.08") };
    in[0].reservedUpfront = m("87.60");
    in[0].reservedHourly = Money();
    AdvisorSettings st = settings(1460, 2920);
    st.payment = PurchaseOption::AllUpfront;
    const CommitmentMix mix = CommitmentMixer::recommend(in, st);
    QCOMPARE(names(mix.instruments), QStringLiteral("RI+CSP"));
    QCOMPARE(mix.total.toPlainString(), QStringLiteral("408.8"));
    QStringList got;
    for (const Money &v : mix.cumulative)
        got << v.toPlainString();
    QCOMPARE(got, strings({ "204.4", "204.4", "408.8", "408.8" }));
    got.clear();
    for (const Money &v : mix.onDemandCumulative)
        got << v.toPlainString();
    QCOMPARE(got, strings({ "146", "292", "438", "584" }));
    QCOMPARE(mix.breakEvenMonth, std::optional<int>(2));

    // A horizon shorter than the term: the whole obligation is in the last (only) month. Over
    // 10 h with a 20 h term nothing pays off, so nothing is bought and there is no break-even.
    const CommitmentMix shortMix = CommitmentMixer::recommend(in, settings(20, 10));
    QVERIFY(shortMix.purchases.empty());
    QCOMPARE(shortMix.cumulative, std::vector<Money> { m("2") });
    QVERIFY(!shortMix.breakEvenMonth);
}

void TestCommitmentMix::neverWorseThanOneInstrumentAlone()
{
    // Seeded random profiles (bounded: 60 cases of up to 4 types x 24 hours): the mix is never
    // dearer than the RIs, the EC2 Instance plans or the Compute plan alone, each computed by the
    // advisor's own functions, nor than On-Demand; and with No Upfront fees at the effective rate
    // the purchases' totals plus the On-Demand remainder are the mix's total, to the nano-dollar.
    QRandomGenerator rng(17);
    const char *types[] = { "m5.large", "m5.xlarge", "c5.large", "r5.2xlarge" };
    const char *od[] = { "0.096", "0.192", "0.085", "0.504" };
    for (int round = 0; round < 60; ++round) {
        const int nTypes = 1 + int(rng.bounded(4));
        const int hours = 1 + int(rng.bounded(24));
        std::vector<AdvisorSeries> in;
        for (int t = 0; t < nTypes; ++t) {
            QList<int> counts;
            const int base = int(rng.bounded(3));
            for (int h = 0; h < hours; ++h)
                counts << base + (rng.bounded(3) == 0 ? int(rng.bounded(4)) : 0);
            const Money o = m(od[t]);
            AdvisorSeries s = series(types[t], counts, od[t], "", "", "");
            // Discounts of 20..45 % (RI), 15..40 % (EC2 Instance), 10..35 % (Compute), each
            // sometimes absent.
            auto off = [&](int lo) { return o.mulDiv(100 - lo - int(rng.bounded(26)), 100); };
            if (rng.bounded(4) != 0)
                s.reservedRate = s.reservedHourly = off(20);
            if (rng.bounded(4) != 0)
                s.instanceSavingsPlanRate = off(15);
            if (rng.bounded(4) != 0)
                s.savingsPlanRate = off(10);
            in.push_back(s);
        }
        const AdvisorSettings st
            = settings(hours * 2, qint64(hours) * (2 + qint64(rng.bounded(5))) + rng.bounded(7));
        const CommitmentMix mix = CommitmentMixer::recommend(in, st);
        const QByteArray where = QByteArray("round ") + QByteArray::number(round);
        QVERIFY2(mix.total <= reservedAlone(in, st), where.constData());
        QVERIFY2(mix.total <= instanceAlone(in, st), where.constData());
        QVERIFY2(mix.total <= computeAlone(in, st), where.constData());
        QVERIFY2(mix.total <= mix.onDemandTotal, where.constData());
        QCOMPARE(mix.candidates[1].total, reservedAlone(in, st));
        QCOMPARE(mix.candidates[2].total, instanceAlone(in, st));
        QCOMPARE(mix.candidates[3].total, computeAlone(in, st));
        Money sum = mix.onDemandRemainder;
        for (const MixPurchase &p : mix.purchases)
            sum += p.total;
        QCOMPARE(sum, mix.total);
        // The month-by-month cost ends at the total to within rounding: the usage taken out is
        // rounded to the nano-instance-hour and its On-Demand value to the nano-dollar per hour,
        // where the total rounds each type's covered value once.
        const Money gap = mix.cumulative.back() - mix.total;
        QVERIFY2(gap < m("0.000001") && -gap < m("0.000001"),
            QByteArray(where + ' ' + mix.cumulative.back().toPlainString().toLatin1() + ' '
                + mix.total.toPlainString().toLatin1() + ' ' + QByteArray::number(st.horizonHours) + '/'
                + QByteArray::number(st.termHours))
                .constData());
    }
}

void TestCommitmentMix::pricedFromCatalog()
{
    // A catalog with m5.large in us-east-1: On-Demand 0.096, Compute SP 1yr No Upfront 0.071,
    // Standard RI 1yr Partial Upfront 252 + 0.029/h (the us-east-1 figures of the AWS Price List):
    // effective 0.029 + 252 / 8760 = 0.057767123 (rounded to the nano-dollar). No EC2 Instance
    // Savings Plan is published: the catalog derives it from the Standard RI's effective rate of
    // the same term and payment, flagged as an estimate, and the advice lists it in its notes.
    catalog::PriceCatalog cat;
    const catalog::PriceKey key { QStringLiteral("us-east-1"), QStringLiteral("m5.large"), Platform::Linux,
        Tenancy::Shared };
    catalog::Provenance aws;
    aws.source = QStringLiteral("test");
    aws.date = QDate(2026, 1, 1);
    cat.setOnDemand(key, catalog::OnDemandPrice { m("0.096"), aws });
    cat.setSavingsPlanRate(key,
        catalog::SavingsPlanRate {
            SavingsPlanType::Compute, Term::OneYear, PurchaseOption::PartialUpfront, m("0.067"), aws });
    cat.setReserved(key,
        catalog::ReservedPrice { OfferingClass::Standard, Term::OneYear, PurchaseOption::PartialUpfront,
            m("252"), m("0.029"), aws });
    UsageProfile profile;
    profile.hours = 1;
    profile.series.append(UsageSeries {
        UsageKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") }, { Money::fromUnits(2) } });
    const PricedUsage priced
        = priceUsage(profile, cat, AdvisorPricing { Term::OneYear, PurchaseOption::PartialUpfront });
    QCOMPARE(int(priced.series.size()), 1);
    const AdvisorSeries &s = priced.series[0];
    QCOMPARE(s.label, QStringLiteral("us-east-1 m5.large linux shared"));
    QCOMPARE(s.onDemandRate.toPlainString(), QStringLiteral("0.096"));
    QCOMPARE(s.savingsPlanRate.toPlainString(), QStringLiteral("0.067"));
    QCOMPARE(s.reservedUpfront.toPlainString(), QStringLiteral("252"));
    QCOMPARE(s.reservedHourly.toPlainString(), QStringLiteral("0.029"));
    QCOMPARE(s.reservedRate.toPlainString(), QStringLiteral("0.057767123"));
    QCOMPARE(s.instanceSavingsPlanRate.toPlainString(), QStringLiteral("0.057767123"));
    QVERIFY(s.sizeFlexible);
    QVERIFY(priced.missing.isEmpty());
    QCOMPARE(int(priced.notes.size()), 1);
    QCOMPARE(priced.notes[0].price,
        QStringLiteral("us-east-1 m5.large linux shared ec2-instance/1yr/partial-upfront"));
    QVERIFY(priced.notes[0].estimate);
    QCOMPARE(priced.notes[0].value.toPlainString(), QStringLiteral("0.057767123"));
}

void TestCommitmentMix::missingPricesAreNamed()
{
    // Only On-Demand for m5.large; nothing for x9.huge; a Dedicated Instance rate for r5.large
    // dedicated. Every absent price is listed by key and offer, never taken as zero.
    catalog::PriceCatalog cat;
    catalog::Provenance aws;
    aws.source = QStringLiteral("test");
    aws.date = QDate(2026, 1, 1);
    cat.setOnDemand(catalog::PriceKey { QStringLiteral("us-east-1"), QStringLiteral("m5.large") },
        catalog::OnDemandPrice { m("0.096"), aws });
    cat.setOnDemand(catalog::PriceKey { QStringLiteral("us-east-1"), QStringLiteral("r5.large"),
                        Platform::Linux, Tenancy::Dedicated },
        catalog::OnDemandPrice { m("0.139"), aws });
    UsageProfile profile;
    profile.hours = 1;
    const UsageKey m5 { QStringLiteral("us-east-1"), QStringLiteral("m5.large") };
    const UsageKey x9 { QStringLiteral("us-east-1"), QStringLiteral("x9.huge") };
    const UsageKey r5 { QStringLiteral("us-east-1"), QStringLiteral("r5.large"), Platform::Linux,
        Tenancy::Dedicated };
    for (const UsageKey &k : { m5, r5, x9 })
        profile.series.append(UsageSeries { k, { Money::fromUnits(1) } });
    const AdvisorPricing pricing { Term::ThreeYears, PurchaseOption::NoUpfront };
    const PricedUsage priced = priceUsage(profile, cat, pricing);
    QCOMPARE(int(priced.series.size()), 2);
    QCOMPARE(priced.series[1].onDemandRate.toPlainString(), QStringLiteral("0.139"));
    QVERIFY(!priced.series[1].sizeFlexible);
    QCOMPARE(priced.unpriced, QList<UsageKey> { x9 });
    QStringList got;
    for (const MissingPrice &p : priced.missing)
        got << usageKeyLabel(p.key) + u": " + advisorPriceKey(p.price, p.offer);
    const QStringList want = strings({ "us-east-1 m5.large linux shared: compute/3yr/no-upfront",
        "us-east-1 m5.large linux shared: ec2-instance/3yr/no-upfront",
        "us-east-1 m5.large linux shared: standard/3yr/no-upfront",
        "us-east-1 r5.large linux dedicated: compute/3yr/no-upfront",
        "us-east-1 r5.large linux dedicated: ec2-instance/3yr/no-upfront",
        "us-east-1 r5.large linux dedicated: standard/3yr/no-upfront",
        "us-east-1 x9.huge linux shared: on-demand" });
    QCOMPARE(got, want);
    // The advice over them: nothing can be bought, so all On-Demand: (0.096 + 0.139) x 10 h.
    const CommitmentMix mix = CommitmentMixer::recommend(priced.series, settings());
    QVERIFY(mix.purchases.empty());
    QCOMPARE(mix.total.toPlainString(), QStringLiteral("2.35"));
}

QTEST_GUILESS_MAIN(TestCommitmentMix)
#include "tst_commitmentmix.moc"
