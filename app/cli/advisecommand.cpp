#include "catalog/awsnames.h"
#include "catalog/catalogstore.h"
#include "commands.h"
#include "inputerror.h"
#include "usage/commitmentmix.h"
#include "usage/usageimporter.h"
#include "usage/usagepricing.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ec2lab::app {

namespace {

using namespace ec2lab::usage;

constexpr int kMaxHorizonMonths = 120;
constexpr qint64 kHoursPerMonth = 730;
/// The curve printed by --json: at most this many points (a larger one gets a coarser step).
constexpr std::size_t kMaxCurvePoints = 2001;

void printAdviseUsage(QTextStream &out)
{
    out << "Usage: ec2lab advise USAGE_FILE [--horizon MONTHS] [--term 1|3]\n"
           "                     [--payment no-upfront|partial-upfront|all-upfront] [--region R] [--json]\n"
           "\n"
           "Recommends the cheapest mix of Standard Reserved Instances, EC2 Instance Savings Plans\n"
           "and a Compute Savings Plan for your own usage, priced from the price catalog, and prints\n"
           "the Compute Savings Plan curve (total cost against the hourly commitment).\n"
           "\n"
           "USAGE_FILE is either the JSON output of `aws ec2 describe-instances` (every running\n"
           "instance runs all the time) or an AWS Cost and Usage Report as CSV (legacy or CUR 2.0\n"
           "column names; the hourly EC2 box usage, repeated over the horizon).\n"
           "\n"
           "Options:\n"
           "  --horizon MONTHS   How long the usage lasts, in months of 730 h (default 36, at most 120)\n"
           "  --term 1|3         Term of every commitment in years (default 1); bought at the start and\n"
           "                     renewed only while a whole term fits in the horizon\n"
           "  --payment P        no-upfront (default), partial-upfront or all-upfront\n"
           "  --region R         Only the usage in Region R (e.g. us-east-1)\n"
           "  --json             Print the recommendation and the curve as JSON (money as decimal strings)\n"
           "  -h, --help         Show this help\n"
           "\n"
           "The mix: RIs first (per Region and family, size-flexible for Linux), then one EC2 Instance\n"
           "Savings Plan per Region and family, then one Compute Savings Plan on what is left; each\n"
           "step is optimised on what the previous ones left, and every combination of the three is\n"
           "compared (also with RIs sized against the plans instead of On-Demand), so the mix never\n"
           "costs more than any one of them alone. Plan commitments are searched in steps of\n"
           "0.001 USD/h (the printed curve uses a coarser step above 2,000 points).\n"
           "\n"
           "Example:\n"
           "  aws ec2 describe-instances --output json > fleet.json\n"
           "  ec2lab advise fleet.json --horizon 36 --term 1 --payment no-upfront\n"
           "\n"
           "Exit status: 0 success, 1 bad usage file or missing price catalog, 2 usage error.\n";
    out.flush();
}

QString instrumentName(Instrument i)
{
    switch (i) {
    case Instrument::StandardReserved:
        return QStringLiteral("standard-reserved");
    case Instrument::Ec2InstanceSavingsPlan:
        return QStringLiteral("ec2-instance-savings-plan");
    case Instrument::ComputeSavingsPlan:
        return QStringLiteral("compute-savings-plan");
    }
    return QString();
}

/// How the RI counts were sized: "on-demand" (RIs must beat On-Demand) or "savings-plans" (they
/// must beat the cheapest plan rate of the type).
QString sizedAgainst(bool plans)
{
    return plans ? QStringLiteral("savings-plans") : QStringLiteral("on-demand");
}

QString instrumentLabel(Instrument i)
{
    switch (i) {
    case Instrument::StandardReserved:
        return QStringLiteral("Standard RI");
    case Instrument::Ec2InstanceSavingsPlan:
        return QStringLiteral("EC2 Instance SP");
    case Instrument::ComputeSavingsPlan:
        return QStringLiteral("Compute SP");
    }
    return QString();
}

QString priceLabel(AdvisorPrice p)
{
    switch (p) {
    case AdvisorPrice::OnDemand:
        return QStringLiteral("On-Demand price");
    case AdvisorPrice::ComputeSavingsPlan:
        return QStringLiteral("Compute Savings Plan rate");
    case AdvisorPrice::Ec2InstanceSavingsPlan:
        return QStringLiteral("EC2 Instance Savings Plan rate");
    case AdvisorPrice::StandardReserved:
        return QStringLiteral("Standard RI price");
    }
    return QString();
}

QString percent(Money fraction)
{
    return (fraction * 100).toString(2);
}

QString savingsPercent(Money savings, Money onDemand)
{
    return onDemand.nanos() > 0 ? (savings.dividedBy(onDemand) * 100).toString(2) : QStringLiteral("0.00");
}

/// What was read: the profile plus the words describing it.
struct Usage
{
    UsageProfile profile;
    QString format; ///< "describe-instances" or "cost-and-usage-report"
    qint64 instances = 0; ///< describe-instances: running instances counted
    QMap<QString, qint64> leftOut; ///< instances left out or rows skipped, by reason code
};

bool looksLikeJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false; // the importer reports why
    QByteArray head = f.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    for (char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

Usage readUsage(const QString &file)
{
    Usage u;
    if (looksLikeJson(file)) {
        const FleetUsage fleet = UsageImporter::readDescribeInstances(file);
        u.profile = profileOf(fleet);
        u.format = QStringLiteral("describe-instances");
        u.instances = fleet.running;
        u.leftOut = fleet.leftOut;
    } else {
        u.profile = UsageImporter::readCostAndUsageReport(file);
        u.format = QStringLiteral("cost-and-usage-report");
        u.leftOut = u.profile.skipped;
        if (!u.profile.currency.isEmpty() && u.profile.currency != u"USD") {
            // The reader accepted one currency throughout; name the column the report spells.
            QFile f(file);
            const bool cur2
                = f.open(QIODevice::ReadOnly) && f.readLine(1 << 20).contains("line_item_currency_code");
            throw InputError { file,
                QStringLiteral("column %1")
                    .arg(cur2 ? QStringLiteral("line_item_currency_code")
                              : QStringLiteral("lineItem/CurrencyCode")),
                QStringLiteral("currency %1: the advisor prices in USD (the price catalog's currency)")
                    .arg(quotedValue(u.profile.currency)) };
        }
    }
    return u;
}

QJsonObject moneyPoint(const CommitmentPoint &p, Money onDemandTotal)
{
    return QJsonObject { { QStringLiteral("commitment"), p.commitment.toString(6) },
        { QStringLiteral("total"), p.total.toString(2) },
        { QStringLiteral("savings"), p.savings.toString(2) },
        { QStringLiteral("savings_percent"), savingsPercent(p.savings, onDemandTotal) },
        { QStringLiteral("commitment_paid"), p.commitmentPaid.toString(2) },
        { QStringLiteral("on_demand_remainder"), p.onDemandRemainder.toString(2) },
        { QStringLiteral("utilization_percent"), percent(p.utilization) } };
}

struct Advice
{
    QString file;
    Usage usage;
    QString region; ///< --region, or empty
    qint64 droppedByRegion = 0;
    int horizonMonths = 36;
    AdvisorPricing pricing;
    QString snapshot;
    PricedUsage priced;
    CommitmentMix mix;
    CommitmentCurve curve;
};

QJsonObject toJson(const Advice &a)
{
    QJsonObject root;
    root[QStringLiteral("file")] = QFileInfo(a.file).fileName();
    root[QStringLiteral("format")] = a.usage.format;
    root[QStringLiteral("region")] = a.region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.region);
    root[QStringLiteral("horizon_months")] = a.horizonMonths;
    root[QStringLiteral("horizon_hours")] = a.horizonMonths * kHoursPerMonth;
    root[QStringLiteral("term")] = termName(a.pricing.term);
    root[QStringLiteral("payment")] = purchaseOptionName(a.pricing.payment);
    root[QStringLiteral("price_snapshot")]
        = a.snapshot.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.snapshot);

    QJsonObject usage;
    usage[QStringLiteral("profile_hours")] = a.usage.profile.hours;
    usage[QStringLiteral("keys")] = a.usage.profile.series.size();
    if (a.usage.format == u"describe-instances")
        usage[QStringLiteral("running_instances")] = a.usage.instances;
    else
        usage[QStringLiteral("start")] = a.usage.profile.start.isValid()
            ? QJsonValue(a.usage.profile.start.toString(Qt::ISODate))
            : QJsonValue(QJsonValue::Null);
    QJsonObject leftOut;
    for (auto it = a.usage.leftOut.cbegin(); it != a.usage.leftOut.cend(); ++it)
        leftOut[it.key()] = it.value();
    usage[QStringLiteral("left_out")] = leftOut;
    usage[QStringLiteral("other_regions")] = a.droppedByRegion;
    root[QStringLiteral("usage")] = usage;

    const CommitmentMix &m = a.mix;
    QJsonObject rec;
    QJsonArray instruments;
    for (Instrument i : m.instruments)
        instruments.append(instrumentName(i));
    rec[QStringLiteral("instruments")] = instruments;
    rec[QStringLiteral("reserved_sized_against")] = sizedAgainst(m.reservedAgainstPlans);
    QJsonArray purchases;
    Money upfront;
    Money monthly;
    for (const MixPurchase &p : m.purchases) {
        upfront += p.upfront;
        monthly += p.monthly;
        purchases.append(QJsonObject { { QStringLiteral("kind"), instrumentName(p.instrument) },
            { QStringLiteral("region"),
                p.region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.region) },
            { QStringLiteral("scope"),
                p.scope.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.scope) },
            { QStringLiteral("count"), p.count },
            { QStringLiteral("hourly_commitment"), p.commitment.toString(6) },
            { QStringLiteral("upfront"), p.upfront.toString(2) },
            { QStringLiteral("monthly"), p.monthly.toString(2) },
            { QStringLiteral("total"), p.total.toString(2) }, { QStringLiteral("terms"), p.terms },
            { QStringLiteral("utilization_percent"), percent(p.utilization) },
            { QStringLiteral("break_even_utilization_percent"), percent(p.breakEvenUtilization) },
            { QStringLiteral("covered_on_demand"), p.coveredOnDemand.toString(2) } });
    }
    rec[QStringLiteral("purchases")] = purchases;
    rec[QStringLiteral("upfront")] = upfront.toString(2);
    rec[QStringLiteral("monthly")] = monthly.toString(2);
    rec[QStringLiteral("total")] = m.total.toString(2);
    rec[QStringLiteral("on_demand_total")] = m.onDemandTotal.toString(2);
    rec[QStringLiteral("savings")] = m.savings.toString(2);
    rec[QStringLiteral("savings_percent")] = savingsPercent(m.savings, m.onDemandTotal);
    rec[QStringLiteral("on_demand_remainder")] = m.onDemandRemainder.toString(2);
    rec[QStringLiteral("break_even_month")]
        = m.breakEvenMonth ? QJsonValue(*m.breakEvenMonth) : QJsonValue(QJsonValue::Null);
    QJsonArray cumulative;
    for (const Money &v : m.cumulative)
        cumulative.append(v.toString(2));
    rec[QStringLiteral("cumulative")] = cumulative;
    QJsonArray onDemandCumulative;
    for (const Money &v : m.onDemandCumulative)
        onDemandCumulative.append(v.toString(2));
    rec[QStringLiteral("on_demand_cumulative")] = onDemandCumulative;
    rec[QStringLiteral("paid_hours")] = m.paidHours;
    rec[QStringLiteral("covered_hours")] = m.coveredHours;
    QJsonArray combinations;
    for (const MixCandidate &c : m.candidates) {
        QJsonArray names;
        for (Instrument i : c.instruments)
            names.append(instrumentName(i));
        combinations.append(QJsonObject { { QStringLiteral("instruments"), names },
            { QStringLiteral("reserved_sized_against"), sizedAgainst(c.reservedAgainstPlans) },
            { QStringLiteral("total"), c.total.toString(2) } });
    }
    rec[QStringLiteral("combinations")] = combinations;
    root[QStringLiteral("recommendation")] = rec;

    const CommitmentCurve &c = a.curve;
    QJsonObject curve;
    curve[QStringLiteral("instrument")] = instrumentName(Instrument::ComputeSavingsPlan);
    curve[QStringLiteral("step")] = c.step.toString(6);
    curve[QStringLiteral("peak_hourly_on_demand")] = c.peakHourlyOnDemand.toString(6);
    curve[QStringLiteral("on_demand_total")] = c.onDemandTotal.toString(2);
    curve[QStringLiteral("optimum")] = moneyPoint(c.points[c.optimum], c.onDemandTotal);
    curve[QStringLiteral("conservative")] = moneyPoint(c.points[c.conservative], c.onDemandTotal);
    QJsonArray points;
    for (const CommitmentPoint &p : c.points)
        points.append(moneyPoint(p, c.onDemandTotal));
    curve[QStringLiteral("points")] = points;
    root[QStringLiteral("curve")] = curve;

    QJsonArray notes;
    for (const PriceNote &n : a.priced.notes)
        notes.append(QJsonObject { { QStringLiteral("price"), n.price },
            { QStringLiteral("value"), n.value.toPlainString() },
            { QStringLiteral("kind"), n.estimate ? QStringLiteral("estimate") : QStringLiteral("derived") },
            { QStringLiteral("rule"), n.rule }, { QStringLiteral("source"), n.source },
            { QStringLiteral("date"),
                n.date.isValid() ? QJsonValue(n.date.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null) } });
    root[QStringLiteral("price_notes")] = notes;
    QJsonArray missing;
    for (const MissingPrice &mp : a.priced.missing)
        missing.append(QJsonObject { { QStringLiteral("key"), usageKeyLabel(mp.key) },
            { QStringLiteral("price"), advisorPriceKey(mp.price, mp.offer) } });
    root[QStringLiteral("missing_prices")] = missing;
    return root;
}

void printText(const Advice &a, QTextStream &out)
{
    const Usage &u = a.usage;
    out << "Usage " << QFileInfo(a.file).fileName() << " ("
        << (u.format == u"describe-instances" ? QStringLiteral("describe-instances")
                                              : QStringLiteral("Cost and Usage Report"))
        << "): ";
    if (u.format == u"describe-instances")
        out << u.instances << " running instances, always on";
    else
        out << u.profile.hours << (u.profile.hours == 1 ? " hour from " : " hours from ")
            << u.profile.start.toString(Qt::ISODate) << ", repeated";
    out << ", " << u.profile.series.size() << " type/platform/tenancy keys";
    if (!a.region.isEmpty())
        out << " in " << catalog::awsnames::regionWithName(a.region) << " (" << a.droppedByRegion
            << " in other Regions left out)";
    out << '\n';
    if (!u.leftOut.isEmpty()) {
        QStringList parts;
        for (auto it = u.leftOut.cbegin(); it != u.leftOut.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        out << (u.format == u"describe-instances" ? "Instances left out: " : "Rows skipped: ")
            << parts.join(u", ") << '\n';
    }
    out << "Advice over " << a.horizonMonths << " months (" << a.horizonMonths * kHoursPerMonth << " h), "
        << termYears(a.pricing.term) << "-year terms, " << purchaseOptionName(a.pricing.payment)
        << ", prices "
        << (a.snapshot.isEmpty() ? QStringLiteral("(no snapshot date)")
                                 : QStringLiteral("as of ") + a.snapshot)
        << "\n\n";

    const CommitmentMix &m = a.mix;
    if (m.purchases.empty()) {
        out << "Recommendation: buy nothing; On-Demand is the cheapest for this usage.\n";
    } else {
        out << "Recommended purchases:\n";
        const QStringList header { QStringLiteral("PURCHASE"), QStringLiteral("REGION"),
            QStringLiteral("SCOPE"), QStringLiteral("COUNT"), QStringLiteral("USD/H"),
            QStringLiteral("UPFRONT"), QStringLiteral("MONTHLY"), QStringLiteral("TOTAL"),
            QStringLiteral("TERMS"), QStringLiteral("USED"), QStringLiteral("BREAK-EVEN") };
        QList<QStringList> rows { header };
        for (const MixPurchase &p : m.purchases)
            rows << QStringList { instrumentLabel(p.instrument),
                p.region.isEmpty() ? QStringLiteral("any") : p.region,
                p.scope.isEmpty() ? QStringLiteral("any") : p.scope,
                p.count > 0 ? QString::number(p.count) : QStringLiteral("-"), p.commitment.toString(6),
                p.upfront.toString(2), p.monthly.toString(2), p.total.toString(2), QString::number(p.terms),
                percent(p.utilization) + u'%', percent(p.breakEvenUtilization) + u'%' };
        QList<int> widths(header.size(), 0);
        for (const QStringList &r : rows)
            for (int i = 0; i < r.size(); ++i)
                widths[i] = std::max(widths[i], int(r[i].size()));
        for (const QStringList &r : rows) {
            out << ' ';
            for (int i = 0; i < r.size(); ++i)
                out << ' ' << (i < 3 ? r[i].leftJustified(widths[i]) : r[i].rightJustified(widths[i]));
            out << '\n';
        }
    }
    out << "Total " << m.total.toString(2) << " USD against " << m.onDemandTotal.toString(2)
        << " USD all On-Demand: savings " << m.savings.toString(2) << " USD ("
        << savingsPercent(m.savings, m.onDemandTotal) << "%); usage left On-Demand "
        << m.onDemandRemainder.toString(2) << " USD\n";
    if (m.breakEvenMonth)
        out << "Break-even: from month " << *m.breakEvenMonth
            << " on, the cumulative cost stays at or below all On-Demand.\n";
    else if (!m.purchases.empty())
        out << "Break-even: the purchases never bring the cumulative cost below all On-Demand.\n";
    if (m.coveredHours < a.horizonMonths * kHoursPerMonth)
        out << "Terms bought cover " << m.coveredHours << " h of the horizon; the rest is On-Demand.\n";
    else if (m.paidHours > m.coveredHours)
        out << "The term runs " << m.paidHours - m.coveredHours
            << " h beyond the horizon; those hours are paid.\n";
    QStringList tried;
    for (const MixCandidate &c : m.candidates) {
        QStringList names;
        for (Instrument i : c.instruments)
            names << instrumentLabel(i)
                    + (i == Instrument::StandardReserved && c.reservedAgainstPlans
                            ? QStringLiteral(" (sized against plans)")
                            : QString());
        tried << QStringLiteral("%1 %2").arg(
            names.isEmpty() ? QStringLiteral("On-Demand") : names.join(u" + "), c.total.toString(2));
    }
    out << "Combinations compared (total USD): " << tried.join(u"; ") << '\n';

    const CommitmentCurve &c = a.curve;
    const CommitmentPoint &best = c.points[c.optimum];
    const CommitmentPoint &safe = c.points[c.conservative];
    out << "\nCompute Savings Plan alone, total cost against the hourly commitment (" << c.points.size()
        << " points, 0 to " << c.points.back().commitment.toString(3) << " USD/h by "
        << c.step.toPlainString(3) << "; peak hourly On-Demand " << c.peakHourlyOnDemand.toString(4)
        << " USD):\n";
    auto pointLine = [&](const char *name, const CommitmentPoint &p) {
        out << "  " << QString::fromLatin1(name).leftJustified(14) << p.commitment.toString(3)
            << " USD/h: total " << p.total.toString(2) << " USD, savings " << p.savings.toString(2)
            << " USD (" << savingsPercent(p.savings, c.onDemandTotal) << "%), utilization "
            << percent(p.utilization) << "%\n";
    };
    pointLine("none", c.points.front());
    pointLine("optimum", best);
    pointLine("conservative", safe);
    out << "  (conservative: the largest commitment fully used in at least 95% of the hours)\n";

    if (!a.priced.notes.empty()) {
        out << "\nEstimated or derived prices used:\n";
        for (const PriceNote &n : a.priced.notes)
            out << "  " << n.price << " = " << n.value.toPlainString() << " USD ("
                << (n.estimate ? "estimate" : "derived") << ": " << n.rule << ")\n";
    }
    if (!a.priced.missing.isEmpty()) {
        out << "\nPrices the catalog lacks (that usage stays On-Demand or is left out):\n";
        for (const MissingPrice &mp : a.priced.missing)
            out << "  " << usageKeyLabel(mp.key) << ": no " << priceLabel(mp.price)
                << (mp.price == AdvisorPrice::OnDemand ? QString()
                                                       : u' ' + advisorPriceKey(mp.price, mp.offer))
                << (mp.price == AdvisorPrice::OnDemand ? " (left out of the advice)" : "") << '\n';
    }
    out.flush();
}

} // namespace

int runAdvise(const QStringList &args, CommandIo &io)
{
    bool json = false;
    Advice a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](QString *v) {
            if (i + 1 >= args.size()) {
                printError(
                    io, QStringLiteral("advise: %1 needs a value (see ec2lab advise --help)").arg(arg));
                return false;
            }
            *v = args[++i];
            return true;
        };
        QString v;
        if (arg == u"-h" || arg == u"--help") {
            printAdviseUsage(io.out);
            return ExitSuccess;
        } else if (arg == u"--json") {
            json = true;
        } else if (arg == u"--horizon") {
            if (!value(&v))
                return ExitUsage;
            bool ok = false;
            a.horizonMonths = v.toInt(&ok);
            if (!ok || a.horizonMonths < 1 || a.horizonMonths > kMaxHorizonMonths) {
                printError(io,
                    QStringLiteral("advise: --horizon %1: expected whole months from 1 to %2")
                        .arg(quotedValue(v))
                        .arg(kMaxHorizonMonths));
                return ExitUsage;
            }
        } else if (arg == u"--term") {
            if (!value(&v))
                return ExitUsage;
            if (v == u"1" || v == u"1yr")
                a.pricing.term = Term::OneYear;
            else if (v == u"3" || v == u"3yr")
                a.pricing.term = Term::ThreeYears;
            else {
                printError(
                    io, QStringLiteral("advise: --term %1: expected 1 or 3 (years)").arg(quotedValue(v)));
                return ExitUsage;
            }
        } else if (arg == u"--payment") {
            if (!value(&v))
                return ExitUsage;
            const std::optional<PurchaseOption> p = purchaseOptionFromString(v);
            if (!p) {
                printError(io,
                    QStringLiteral(
                        "advise: --payment %1: expected no-upfront, partial-upfront or all-upfront")
                        .arg(quotedValue(v)));
                return ExitUsage;
            }
            a.pricing.payment = *p;
        } else if (arg == u"--region") {
            if (!value(&a.region))
                return ExitUsage;
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            printError(io,
                QStringLiteral("advise: unknown option %1 (see ec2lab advise --help)").arg(quotedValue(arg)));
            return ExitUsage;
        } else if (a.file.isEmpty()) {
            a.file = arg;
        } else {
            printError(io, QStringLiteral("advise: one usage file only (see ec2lab advise --help)"));
            return ExitUsage;
        }
    }
    if (a.file.isEmpty()) {
        printError(io, QStringLiteral("advise: a usage file is required (see ec2lab advise --help)"));
        return ExitUsage;
    }
    try {
        a.usage = readUsage(a.file);
        UsageProfile profile = a.usage.profile;
        if (!a.region.isEmpty())
            profile = onlyRegion(profile, a.region, &a.droppedByRegion);
        a.usage.profile = profile;
        std::optional<InputError> catalogError;
        const catalog::PriceCatalog priceCatalog = catalog::CatalogStore::loadCurrent(&catalogError);
        if (catalogError)
            throw *catalogError;
        const QDate snapshot = priceCatalog.newestDate();
        a.snapshot = snapshot.isValid() ? snapshot.toString(Qt::ISODate) : QString();
        a.priced = priceUsage(profile, priceCatalog, a.pricing);

        AdvisorSettings settings;
        settings.termHours = termHours(a.pricing.term);
        settings.horizonHours = a.horizonMonths * kHoursPerMonth;
        settings.payment = a.pricing.payment;
        settings.step = Money::fromNanos(1'000'000); // 0.001 USD/h: AWS's smallest commitment
        a.mix = CommitmentMixer::recommend(a.priced.series, settings);
        settings.maxPoints = kMaxCurvePoints; // the printed curve only; the mix keeps the 0.001 grid
        a.curve = CommitmentAdvisor::curve(a.priced.series, settings);
        if (json) {
            io.out << QString::fromUtf8(QJsonDocument(toJson(a)).toJson(QJsonDocument::Indented));
            io.out.flush();
        } else {
            printText(a, io.out);
        }
    } catch (const InputError &e) {
        printError(io, e.toString());
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace ec2lab::app
