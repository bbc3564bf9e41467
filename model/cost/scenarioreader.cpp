#include "cost/scenarioreader.h"

#include "cost/lifecycletrace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace ec2lab {

namespace {

const QStringList kDays { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
    QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };

template<typename E> E oneOf(const JsonCursor &c, const QStringList &names, const std::vector<E> &values)
{
    const QString s = c.toString();
    const qsizetype i = names.indexOf(s);
    if (i < 0)
        c.fail(QStringLiteral("unknown value \"%1\" (expected %2)").arg(s, names.join(QStringLiteral(", "))));
    return values[static_cast<std::size_t>(i)];
}

OfferingClass readClass(const JsonCursor &c)
{
    return oneOf(c, { QStringLiteral("standard"), QStringLiteral("convertible") },
        std::vector { OfferingClass::Standard, OfferingClass::Convertible });
}

Term readTerm(const JsonCursor &c)
{
    return oneOf(
        c, { QStringLiteral("1yr"), QStringLiteral("3yr") }, std::vector { Term::OneYear, Term::ThreeYears });
}

PurchaseOption readPayment(const JsonCursor &c)
{
    return oneOf(c,
        { QStringLiteral("no-upfront"), QStringLiteral("partial-upfront"), QStringLiteral("all-upfront") },
        std::vector {
            PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront });
}

SavingsPlanType readPlanType(const JsonCursor &c)
{
    return oneOf(c, { QStringLiteral("compute"), QStringLiteral("ec2-instance") },
        std::vector { SavingsPlanType::Compute, SavingsPlanType::Ec2Instance });
}

Money readNonNegative(const JsonCursor &c)
{
    const Money m = c.toDecimal();
    if (m.isNegative())
        c.fail(QStringLiteral("must not be negative"));
    return m;
}

Money readPercent(const JsonCursor &c)
{
    const Money m = c.toDecimal();
    if (m.isNegative() || m > Money::fromUnits(100))
        c.fail(QStringLiteral("must be a percentage from 0 to 100"));
    return m;
}

QDate readDate(const JsonCursor &c)
{
    const QString s = c.toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        c.fail(QStringLiteral("\"%1\" is not a date (expected YYYY-MM-DD)").arg(s));
    if (d.year() < 2006 || d.year() > 2100)
        c.fail(QStringLiteral("%1 is out of range (2006 to 2100)").arg(s));
    return d;
}

QString resolvePath(const QString &scenarioFile, const QString &path)
{
    if (QFileInfo(path).isAbsolute() || scenarioFile.isEmpty())
        return path;
    return QFileInfo(scenarioFile).dir().filePath(path);
}

DayHours readRanges(const JsonCursor &c)
{
    DayHours out;
    for (qsizetype i = 0; i < c.size(); ++i) {
        const JsonCursor r = c[i];
        if (r.size() != 2)
            r.fail(QStringLiteral("expected an hour range [from, to]"));
        const int from = static_cast<int>(r[0].toInt(0, 23));
        const int to = static_cast<int>(r[1].toInt(1, 24));
        if (to <= from)
            r.fail(QStringLiteral("the range [%1, %2] ends before it starts").arg(from).arg(to));
        out.emplace_back(from, to);
    }
    return out;
}

WeekHours readWeek(const JsonCursor &c)
{
    c.requireObject();
    QStringList allowed = kDays;
    allowed << QStringLiteral("weekdays") << QStringLiteral("weekend") << QStringLiteral("daily");
    c.rejectUnknownKeys(allowed);
    WeekHours week;
    auto add = [&week](int day, const DayHours &ranges) {
        auto &d = week[static_cast<std::size_t>(day)];
        d.insert(d.end(), ranges.begin(), ranges.end());
    };
    if (c.has(QStringLiteral("daily"))) {
        const DayHours r = readRanges(c[QStringLiteral("daily")]);
        for (int d = 0; d < 7; ++d)
            add(d, r);
    }
    if (c.has(QStringLiteral("weekdays"))) {
        const DayHours r = readRanges(c[QStringLiteral("weekdays")]);
        for (int d = 0; d < 5; ++d)
            add(d, r);
    }
    if (c.has(QStringLiteral("weekend"))) {
        const DayHours r = readRanges(c[QStringLiteral("weekend")]);
        add(5, r);
        add(6, r);
    }
    for (int d = 0; d < 7; ++d)
        if (c.has(kDays[d]))
            add(d, readRanges(c[kDays[d]]));
    return week;
}

void readPriceBlock(const JsonCursor &c, ScenarioPrices::Block &b, QString *snapshot)
{
    c.requireObject();
    QStringList allowed { QStringLiteral("on_demand_per_hour"), QStringLiteral("reserved"),
        QStringLiteral("savings_plan_per_hour"), QStringLiteral("dedicated_host_per_hour"),
        QStringLiteral("dedicated_host_reserved"), QStringLiteral("dedicated_instance_per_hour"),
        QStringLiteral("ebs_per_gb_month"), QStringLiteral("public_ipv4_per_hour"),
        QStringLiteral("data_transfer_out_per_gb"), QStringLiteral("spot_savings_percent") };
    if (snapshot)
        allowed << QStringLiteral("snapshot");
    c.rejectUnknownKeys(allowed);
    auto dec = [&c](const char *key) -> std::optional<Money> {
        const QString k = QString::fromLatin1(key);
        if (!c.has(k))
            return std::nullopt;
        return readNonNegative(c[k]);
    };
    b.onDemandHourly = dec("on_demand_per_hour");
    b.dedicatedHostHourly = dec("dedicated_host_per_hour");
    b.dedicatedInstanceHourly = dec("dedicated_instance_per_hour");
    b.publicIpv4Hourly = dec("public_ipv4_per_hour");
    b.dataTransferOutGb = dec("data_transfer_out_per_gb");
    if (c.has(QStringLiteral("spot_savings_percent")))
        b.spotSavingsPercent = readPercent(c[QStringLiteral("spot_savings_percent")]);
    if (snapshot && c.has(QStringLiteral("snapshot")))
        *snapshot = readDate(c[QStringLiteral("snapshot")]).toString(Qt::ISODate);

    if (c.has(QStringLiteral("reserved"))) {
        const JsonCursor r = c[QStringLiteral("reserved")];
        for (const QString &key : r.keys()) {
            const std::optional<Offer> offer = offerFromKey(OfferKind::Reserved, key);
            const JsonCursor entry = r[key];
            if (!offer)
                entry.fail(QStringLiteral(
                    "unknown Reserved Instance offer \"%1\" (expected CLASS/TERM/PAYMENT, e.g. "
                    "standard/1yr/all-upfront)")
                               .arg(key));
            entry.requireObject();
            entry.rejectUnknownKeys({ QStringLiteral("upfront"), QStringLiteral("hourly") });
            if (entry.has(QStringLiteral("upfront")))
                b.reservedUpfront[*offer] = readNonNegative(entry[QStringLiteral("upfront")]);
            if (entry.has(QStringLiteral("hourly")))
                b.reservedHourly[*offer] = readNonNegative(entry[QStringLiteral("hourly")]);
        }
    }
    if (c.has(QStringLiteral("dedicated_host_reserved"))) {
        // Host reservations by TERM/PAYMENT, per host: {"1yr/no-upfront": {"hourly": "3.193"}}.
        const JsonCursor r = c[QStringLiteral("dedicated_host_reserved")];
        for (const QString &key : r.keys()) {
            const std::optional<Offer> offer = hostReservationFromKey(key);
            const JsonCursor entry = r[key];
            if (!offer)
                entry.fail(QStringLiteral("unknown Dedicated Host reservation \"%1\" (expected TERM/PAYMENT, "
                                          "e.g. 1yr/no-upfront)")
                               .arg(key));
            entry.requireObject();
            entry.rejectUnknownKeys({ QStringLiteral("upfront"), QStringLiteral("hourly") });
            if (entry.has(QStringLiteral("upfront")))
                b.dedicatedHostReservedUpfront[*offer] = readNonNegative(entry[QStringLiteral("upfront")]);
            if (entry.has(QStringLiteral("hourly")))
                b.dedicatedHostReservedHourly[*offer] = readNonNegative(entry[QStringLiteral("hourly")]);
        }
    }
    if (c.has(QStringLiteral("savings_plan_per_hour"))) {
        const JsonCursor s = c[QStringLiteral("savings_plan_per_hour")];
        for (const QString &key : s.keys()) {
            const std::optional<Offer> offer = offerFromKey(OfferKind::SavingsPlan, key);
            if (!offer)
                s[key].fail(
                    QStringLiteral("unknown Savings Plan offer \"%1\" (expected TYPE/TERM/PAYMENT, e.g. "
                                   "compute/1yr/no-upfront)")
                        .arg(key));
            b.savingsPlanHourly[*offer] = readNonNegative(s[key]);
        }
    }
    if (c.has(QStringLiteral("ebs_per_gb_month"))) {
        const JsonCursor e = c[QStringLiteral("ebs_per_gb_month")];
        for (const QString &key : e.keys())
            b.ebsGbMonth.insert(key, readNonNegative(e[key]));
    }
}

UsageSpec readUsage(const JsonCursor &c, const QString &fileName)
{
    c.requireObject();
    UsageSpec u;
    const JsonCursor kind = c[QStringLiteral("kind")];
    u.kind = oneOf(kind,
        { QStringLiteral("always-on"), QStringLiteral("weekly"), QStringLiteral("utilization"),
            QStringLiteral("lifecycle"), QStringLiteral("baseline-peak") },
        std::vector { UsageKind::AlwaysOn, UsageKind::Weekly, UsageKind::Utilization, UsageKind::Lifecycle,
            UsageKind::BaselinePeak });
    switch (u.kind) {
    case UsageKind::AlwaysOn:
        c.rejectUnknownKeys({ QStringLiteral("kind") });
        break;
    case UsageKind::Weekly:
        c.rejectUnknownKeys({ QStringLiteral("kind"), QStringLiteral("hours") });
        u.hours = readWeek(c[QStringLiteral("hours")]);
        break;
    case UsageKind::Utilization:
        c.rejectUnknownKeys({ QStringLiteral("kind"), QStringLiteral("percent") });
        u.utilizationPercent = readPercent(c[QStringLiteral("percent")]);
        break;
    case UsageKind::Lifecycle:
        c.rejectUnknownKeys({ QStringLiteral("kind"), QStringLiteral("script"), QStringLiteral("from_lab") });
        // Either a script file, or the document's own lab script ("from_lab": true).
        u.fromLab = c.boolOr(QStringLiteral("from_lab"), false);
        if (u.fromLab && c.has(QStringLiteral("script")))
            c[QStringLiteral("script")].fail(
                QStringLiteral("give either \"script\" or \"from_lab\": true, not both"));
        if (!u.fromLab)
            u.script = resolvePath(fileName, c[QStringLiteral("script")].toString());
        break;
    case UsageKind::BaselinePeak:
        c.rejectUnknownKeys({ QStringLiteral("kind"), QStringLiteral("baseline"), QStringLiteral("peak"),
            QStringLiteral("peak_hours") });
        u.baseline = static_cast<int>(c[QStringLiteral("baseline")].toInt(0, ScenarioReader::kMaxCount));
        u.peak = static_cast<int>(c[QStringLiteral("peak")].toInt(0, ScenarioReader::kMaxCount));
        if (u.baseline + u.peak > ScenarioReader::kMaxCount)
            c[QStringLiteral("peak")].fail(
                QStringLiteral("baseline + peak exceeds %1 instances").arg(ScenarioReader::kMaxCount));
        u.hours = readWeek(c[QStringLiteral("peak_hours")]);
        break;
    }
    return u;
}

std::vector<SpotPricePoint> readHistoryFile(const JsonCursor &at, const QString &path, const QDateTime &epoch,
    const QString &instanceType, const QString &zone)
{
    const QJsonDocument doc = loadJsonDocument(path);
    const JsonCursor root(doc.object(), path);
    const JsonCursor list = root[QStringLiteral("SpotPriceHistory")];
    std::vector<SpotPricePoint> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonCursor r = list[i];
        if (r[QStringLiteral("InstanceType")].toString() != instanceType)
            continue;
        if (!zone.isEmpty() && r[QStringLiteral("AvailabilityZone")].toString() != zone)
            continue;
        const QString ts = r[QStringLiteral("Timestamp")].toString();
        const QDateTime t = QDateTime::fromString(ts, Qt::ISODateWithMs);
        if (!t.isValid())
            r[QStringLiteral("Timestamp")].fail(QStringLiteral("\"%1\" is not an ISO 8601 time").arg(ts));
        out.push_back({ epoch.secsTo(t), readNonNegative(r[QStringLiteral("SpotPrice")]) });
    }
    if (out.empty())
        at.fail(QStringLiteral("%1 has no Spot price records for %2%3")
                    .arg(path, instanceType, zone.isEmpty() ? QString() : QStringLiteral(" in ") + zone));
    return out;
}

const QStringList kReservedKeys { QStringLiteral("class"), QStringLiteral("term"), QStringLiteral("payment"),
    QStringLiteral("count"), QStringLiteral("instance_type"), QStringLiteral("renew") };
const QStringList kPlanKeys { QStringLiteral("type"), QStringLiteral("term"), QStringLiteral("payment"),
    QStringLiteral("commitment_per_hour"), QStringLiteral("family"), QStringLiteral("renew") };

ReservedPurchase readReservedPurchase(const JsonCursor &c, const QString &firstType)
{
    ReservedPurchase p;
    p.offeringClass
        = c.has(QStringLiteral("class")) ? readClass(c[QStringLiteral("class")]) : OfferingClass::Standard;
    p.term = readTerm(c[QStringLiteral("term")]);
    p.payment = readPayment(c[QStringLiteral("payment")]);
    p.count = static_cast<int>(c.intOr(QStringLiteral("count"), 1, 1, ScenarioReader::kMaxCount));
    p.instanceType = c.stringOr(QStringLiteral("instance_type"), firstType);
    p.renew = c.boolOr(QStringLiteral("renew"), true);
    return p;
}

SavingsPlanPurchase readPlanPurchase(const JsonCursor &c)
{
    SavingsPlanPurchase p;
    p.type = readPlanType(c[QStringLiteral("type")]);
    p.term = readTerm(c[QStringLiteral("term")]);
    p.payment = readPayment(c[QStringLiteral("payment")]);
    if (c.has(QStringLiteral("commitment_per_hour"))) {
        const JsonCursor cc = c[QStringLiteral("commitment_per_hour")];
        if (!(cc.value().isString() && cc.value().toString() == u"baseline")) {
            p.commitmentPerHour = readNonNegative(cc);
            if (p.commitmentPerHour->isZero())
                cc.fail(QStringLiteral("a Savings Plan needs a commitment above zero"));
        }
    }
    p.family = c.stringOr(QStringLiteral("family"), QString());
    p.renew = c.boolOr(QStringLiteral("renew"), true);
    return p;
}

// A portfolio: several RI purchases and Savings Plans together, applied in AWS order.
OptionSpec readPortfolio(const JsonCursor &c, const QString &firstType)
{
    c.rejectUnknownKeys({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("label"),
        QStringLiteral("reserved"), QStringLiteral("savings_plans") });
    OptionSpec o;
    o.jsonPath = c.path();
    if (c.has(QStringLiteral("reserved"))) {
        const JsonCursor list = c[QStringLiteral("reserved")];
        for (qsizetype i = 0; i < list.size(); ++i) {
            list[i].requireObject();
            list[i].rejectUnknownKeys(kReservedKeys);
            o.reserved.push_back(readReservedPurchase(list[i], firstType));
        }
    }
    if (c.has(QStringLiteral("savings_plans"))) {
        const JsonCursor list = c[QStringLiteral("savings_plans")];
        for (qsizetype i = 0; i < list.size(); ++i) {
            list[i].requireObject();
            list[i].rejectUnknownKeys(kPlanKeys);
            o.savingsPlans.push_back(readPlanPurchase(list[i]));
        }
    }
    if (o.reserved.empty() && o.savingsPlans.empty())
        c.fail(QStringLiteral("a portfolio needs at least one entry in reserved or savings_plans"));
    o.kind = o.reserved.empty() ? OptionKind::SavingsPlan : OptionKind::Reserved;
    o.portfolio = true;
    o.id = c.nameOr(QStringLiteral("id"), QString());
    o.label = c.nameOr(QStringLiteral("label"), QString());
    return o;
}

OptionSpec readOption(const JsonCursor &c, const Scenario &s, bool hasCatalog)
{
    c.requireObject();
    if (c[QStringLiteral("kind")].value().toString() == u"portfolio")
        return readPortfolio(c, s.workloads.empty() ? QString() : s.workloads.front().instanceType);
    c.requireObject();
    OptionSpec o;
    o.jsonPath = c.path();
    o.kind = oneOf(c[QStringLiteral("kind")],
        { QStringLiteral("on-demand"), QStringLiteral("reserved"), QStringLiteral("savings-plan"),
            QStringLiteral("spot"), QStringLiteral("dedicated-host"), QStringLiteral("dedicated-instance"),
            QStringLiteral("free-tier"), QStringLiteral("portfolio") },
        std::vector { OptionKind::OnDemand, OptionKind::Reserved, OptionKind::SavingsPlan, OptionKind::Spot,
            OptionKind::DedicatedHost, OptionKind::DedicatedInstance, OptionKind::FreeTier,
            OptionKind::Reserved /* portfolio, read above */ });
    QStringList allowed { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("label") };
    const QString firstType = s.workloads.empty() ? QString() : s.workloads.front().instanceType;
    switch (o.kind) {
    case OptionKind::OnDemand:
        c.rejectUnknownKeys(allowed);
        break;
    case OptionKind::Reserved: {
        allowed << kReservedKeys;
        c.rejectUnknownKeys(allowed);
        const ReservedPurchase p = readReservedPurchase(c, firstType);
        o.reserved.push_back(p);
        break;
    }
    case OptionKind::SavingsPlan: {
        allowed << kPlanKeys;
        c.rejectUnknownKeys(allowed);
        const SavingsPlanPurchase p = readPlanPurchase(c);
        o.savingsPlans.push_back(p);
        break;
    }
    case OptionKind::Spot: {
        allowed << QStringLiteral("savings_percent") << QStringLiteral("interruptions_per_month")
                << QStringLiteral("price_history") << QStringLiteral("price_history_file")
                << QStringLiteral("availability_zone") << QStringLiteral("replay_history")
                << QStringLiteral("instance_type") << QStringLiteral("seed") << QStringLiteral("paths");
        c.rejectUnknownKeys(allowed);
        SpotSpec &sp = o.spot;
        if (c.has(QStringLiteral("savings_percent")))
            sp.savingsPercent = readPercent(c[QStringLiteral("savings_percent")]);
        if (c.has(QStringLiteral("interruptions_per_month"))) {
            sp.interruptionsPerMonth = readNonNegative(c[QStringLiteral("interruptions_per_month")]);
            if (sp.interruptionsPerMonth > Money::fromUnits(730))
                c[QStringLiteral("interruptions_per_month")].fail(
                    QStringLiteral("at most 730 (one per hour)"));
        }
        sp.historyInstanceType = c.stringOr(QStringLiteral("instance_type"), firstType);
        sp.seed = static_cast<std::uint64_t>(c.intOr(QStringLiteral("seed"), 1, 0, (qint64(1) << 53)));
        sp.paths = static_cast<int>(c.intOr(QStringLiteral("paths"), 1000, 1, 20'000));
        const QDateTime epoch(s.start, QTime(0, 0), Qt::UTC);
        if (c.has(QStringLiteral("price_history")) && c.has(QStringLiteral("price_history_file")))
            c[QStringLiteral("price_history_file")].fail(
                QStringLiteral("give price_history or price_history_file, not both"));
        if (c.has(QStringLiteral("price_history"))) {
            const JsonCursor h = c[QStringLiteral("price_history")];
            for (qsizetype i = 0; i < h.size(); ++i) {
                const JsonCursor r = h[i];
                r.requireObject();
                r.rejectUnknownKeys({ QStringLiteral("timestamp"), QStringLiteral("price") });
                const QString ts = r[QStringLiteral("timestamp")].toString();
                const QDateTime t = QDateTime::fromString(ts, Qt::ISODateWithMs);
                if (!t.isValid())
                    r[QStringLiteral("timestamp")].fail(
                        QStringLiteral("\"%1\" is not an ISO 8601 time").arg(ts));
                sp.history.push_back({ epoch.secsTo(t), readNonNegative(r[QStringLiteral("price")]) });
            }
            if (sp.history.empty())
                h.fail(QStringLiteral("a price history needs at least one record"));
        } else if (c.has(QStringLiteral("price_history_file"))) {
            const JsonCursor f = c[QStringLiteral("price_history_file")];
            sp.history = readHistoryFile(f, resolvePath(s.fileName, f.toString()), epoch,
                sp.historyInstanceType, c.stringOr(QStringLiteral("availability_zone"), QString()));
        }
        std::stable_sort(sp.history.begin(), sp.history.end(),
            [](const auto &a, const auto &b) { return a.atSecond < b.atSecond; });
        if (c.boolOr(QStringLiteral("replay_history"), false) && !sp.history.empty()) {
            // [CHOICE] replay: the history is shifted to start at the scenario start and repeated
            // over the horizon (its last record lasts one average record interval).
            const std::int64_t first = sp.history.front().atSecond;
            const std::int64_t n = static_cast<std::int64_t>(sp.history.size());
            std::int64_t span = sp.history.back().atSecond - first;
            span += n > 1 ? span / (n - 1) : 3600;
            const std::int64_t horizon = static_cast<std::int64_t>(s.horizonMonths) * 31 * 24 * 3600;
            std::vector<SpotPricePoint> replay;
            for (std::int64_t offset = 0; offset < horizon && span > 0; offset += span)
                for (const SpotPricePoint &p : sp.history)
                    replay.push_back({ p.atSecond - first + offset, p.price });
            sp.history = std::move(replay);
        }
        // Without a catalog the scenario's prices must give a Spot figure somewhere; with one, the
        // engine reports a missing Spot price by name.
        bool priced = s.prices.global.spotSavingsPercent.has_value() || hasCatalog;
        for (const auto &t : s.prices.perInstanceType)
            priced = priced || t.block.spotSavingsPercent.has_value();
        if (!sp.savingsPercent && sp.history.empty() && !priced)
            c.fail(
                QStringLiteral("a Spot option needs savings_percent, price_history or price_history_file"));
        break;
    }
    case OptionKind::DedicatedHost: {
        allowed << QStringLiteral("family") << QStringLiteral("capacity") << QStringLiteral("term")
                << QStringLiteral("payment") << QStringLiteral("renew");
        c.rejectUnknownKeys(allowed);
        o.hostFamily = c.stringOr(QStringLiteral("family"), QString());
        if (c.has(QStringLiteral("capacity"))) {
            const JsonCursor cap = c[QStringLiteral("capacity")];
            for (const QString &size : cap.keys())
                o.hostCapacity[size] = static_cast<int>(cap[size].toInt(1, 1024));
        }
        // A host reservation: term and payment as for a Reserved Instance option; without a term
        // the hosts are On-Demand. "payment" and "renew" only mean something with a term.
        if (c.has(QStringLiteral("term"))) {
            o.hostReservation = Offer::reserved(OfferingClass::Standard, readTerm(c[QStringLiteral("term")]),
                readPayment(c[QStringLiteral("payment")]));
            o.hostRenew = c.boolOr(QStringLiteral("renew"), true);
        } else {
            for (const char *key : { "payment", "renew" })
                if (c.has(QString::fromLatin1(key)))
                    c[QString::fromLatin1(key)].fail(
                        QStringLiteral("a Dedicated Host reservation needs a \"term\" (1yr or 3yr)"));
        }
        break;
    }
    case OptionKind::DedicatedInstance:
        c.rejectUnknownKeys(allowed);
        break;
    case OptionKind::FreeTier: {
        allowed << QStringLiteral("plan") << QStringLiteral("earned_credits");
        c.rejectUnknownKeys(allowed);
        o.freeTier.plan = c.has(QStringLiteral("plan"))
            ? oneOf(c[QStringLiteral("plan")], { QStringLiteral("legacy"), QStringLiteral("credits") },
                std::vector { FreeTierPlan::Legacy, FreeTierPlan::Credits })
            : FreeTierPlan::Legacy;
        if (c.has(QStringLiteral("earned_credits"))) {
            const Money earned = readNonNegative(c[QStringLiteral("earned_credits")]);
            if (earned > Money::fromUnits(100))
                c[QStringLiteral("earned_credits")].fail(QStringLiteral("at most 100 USD can be earned"));
            o.freeTier.earnedCredits = earned;
        }
        break;
    }
    }
    o.id = c.nameOr(QStringLiteral("id"), QString());
    o.label = c.nameOr(QStringLiteral("label"), QString());
    return o;
}

} // namespace

QStringList ScenarioReader::comparedRegions(const QJsonObject &rootObject, const QString &fileName)
{
    const JsonCursor root(rootObject, fileName);
    const QString home = root.stringOr(QStringLiteral("region"), QStringLiteral("us-east-1"));
    if (!root.has(QStringLiteral("workloads")))
        return { home };
    const JsonCursor workloads = root[QStringLiteral("workloads")];
    QStringList out;
    QString firstPath;
    for (qsizetype i = 0; i < workloads.size(); ++i) {
        const JsonCursor w = workloads[i];
        if (!w.isObject() || !w.has(QStringLiteral("regions")))
            continue;
        const JsonCursor list = w[QStringLiteral("regions")];
        if (list.size() == 0)
            list.fail(QStringLiteral("list at least one Region, or leave \"regions\" out to price the "
                                     "workload in the scenario's region"));
        if (list.size() > kMaxRegions)
            list.fail(QStringLiteral("%1 Regions; ec2lab compares at most %2 side by side")
                          .arg(list.size())
                          .arg(kMaxRegions));
        QStringList regions;
        for (qsizetype r = 0; r < list.size(); ++r) {
            const QString code = list[r].toString();
            if (code.isEmpty() || code.contains(u' '))
                list[r].fail(QStringLiteral("\"%1\" is not a Region code (e.g. us-east-1)").arg(code));
            if (regions.contains(code))
                list[r].fail(QStringLiteral("%1 is listed twice").arg(code));
            regions << code;
        }
        // [CHOICE] One comparison prices the whole scenario in each Region, so every workload
        // that lists Regions must list the same ones (a workload without a list goes with them):
        // totals of Regions that priced different workloads would not compare.
        if (out.isEmpty()) {
            out = regions;
            firstPath = list.path();
        } else if (regions != out) {
            list.fail(
                QStringLiteral("lists %1, but %2 lists %3: every workload is priced in the same "
                               "Regions")
                    .arg(regions.join(QStringLiteral(", ")), firstPath, out.join(QStringLiteral(", "))));
        }
    }
    return out.isEmpty() ? QStringList { home } : out;
}

Scenario ScenarioReader::read(const QString &fileName, const PriceSource *catalog)
{
    const QJsonDocument doc = loadJsonDocument(fileName);
    return fromJson(doc.object(), fileName, catalog);
}

Scenario ScenarioReader::fromJson(
    const QJsonObject &rootObject, const QString &fileName, const PriceSource *catalog)
{
    const JsonCursor root(rootObject, fileName);
    root.rejectUnknownKeys({ QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("region"),
        QStringLiteral("start"), QStringLiteral("horizon_months"), QStringLiteral("calendar_months"),
        QStringLiteral("workloads"), QStringLiteral("options"), QStringLiteral("prices"),
        QStringLiteral("lab"), QStringLiteral("gui") });
    Scenario s;
    s.fileName = fileName;
    // The desktop app's documents carry the lab's lifecycle script ("lab") and view state ("gui").
    // The view state is the app's own business; the script is checked when a workload uses it.
    if (root.has(QStringLiteral("gui")))
        root[QStringLiteral("gui")].requireObject();
    if (root.has(QStringLiteral("lab"))) {
        root[QStringLiteral("lab")].requireObject();
        s.labScript = rootObject.value(QStringLiteral("lab")).toObject();
        s.hasLab = true;
    }
    if (root.has(QStringLiteral("name")))
        (void)root[QStringLiteral("name")].toString();
    if (root.has(QStringLiteral("description")))
        (void)root[QStringLiteral("description")].toString();
    s.region = root.stringOr(QStringLiteral("region"), s.region);
    if (root.has(QStringLiteral("start")))
        s.start = readDate(root[QStringLiteral("start")]);
    s.horizonMonths
        = static_cast<int>(root.intOr(QStringLiteral("horizon_months"), 36, 1, kMaxHorizonMonths));
    s.calendarMonths = root.boolOr(QStringLiteral("calendar_months"), false);
    if (root.has(QStringLiteral("prices")))
        readPriceBlock(root[QStringLiteral("prices")], s.prices.global, &s.prices.snapshot);
    s.regions = comparedRegions(rootObject, fileName);

    const JsonCursor workloads = root[QStringLiteral("workloads")];
    if (workloads.size() == 0)
        workloads.fail(QStringLiteral("at least one workload is needed"));
    if (workloads.size() > kMaxCount)
        workloads.fail(QStringLiteral("at most %1 workloads").arg(kMaxCount));
    for (qsizetype i = 0; i < workloads.size(); ++i) {
        const JsonCursor c = workloads[i];
        c.requireObject();
        c.rejectUnknownKeys({ QStringLiteral("name"), QStringLiteral("instance_type"),
            QStringLiteral("platform"), QStringLiteral("tenancy"), QStringLiteral("count"),
            QStringLiteral("usage"), QStringLiteral("ebs"), QStringLiteral("public_ipv4"),
            QStringLiteral("data_transfer_out_gb_per_month"), QStringLiteral("prices"),
            QStringLiteral("regions") });
        Workload w;
        w.jsonPath = c.path();
        w.name = c.nameOr(QStringLiteral("name"), QStringLiteral("workload %1").arg(i + 1));
        w.instanceType = c[QStringLiteral("instance_type")].toInstanceType();
        w.platform = oneOf(c.has(QStringLiteral("platform")) ? c[QStringLiteral("platform")]
                                                             : JsonCursor(QStringLiteral("linux"), fileName),
            { QStringLiteral("linux"), QStringLiteral("windows"), QStringLiteral("rhel"),
                QStringLiteral("suse"), QStringLiteral("ubuntu"), QStringLiteral("windows-sql"),
                QStringLiteral("amazon-linux") },
            // Amazon Linux is billed as Linux/UNIX [AWS]: it is Linux to the cost model.
            std::vector { Platform::Linux, Platform::Windows, Platform::Rhel, Platform::Suse,
                Platform::Ubuntu, Platform::WindowsSqlServer, Platform::Linux });
        w.tenancy = oneOf(c.has(QStringLiteral("tenancy")) ? c[QStringLiteral("tenancy")]
                                                           : JsonCursor(QStringLiteral("shared"), fileName),
            { QStringLiteral("shared"), QStringLiteral("dedicated") },
            std::vector { Tenancy::Shared, Tenancy::Dedicated });
        w.count = static_cast<int>(c.intOr(QStringLiteral("count"), 1, 1, kMaxCount));
        w.usage
            = c.has(QStringLiteral("usage")) ? readUsage(c[QStringLiteral("usage")], fileName) : UsageSpec {};
        if (w.usage.kind == UsageKind::BaselinePeak && c.has(QStringLiteral("count")))
            c[QStringLiteral("count")].fail(QStringLiteral(
                "a baseline-peak workload takes its counts from usage.baseline and usage.peak"));
        if (w.usage.kind == UsageKind::Lifecycle) {
            for (const char *key : { "count", "ebs", "public_ipv4" })
                if (c.has(QString::fromLatin1(key)))
                    c[QString::fromLatin1(key)].fail(
                        QStringLiteral("a lifecycle workload takes its instances, volumes and "
                                       "addresses from the script"));
        }
        if (c.has(QStringLiteral("ebs"))) {
            const JsonCursor ebs = c[QStringLiteral("ebs")];
            for (qsizetype v = 0; v < ebs.size(); ++v) {
                const JsonCursor e = ebs[v];
                e.requireObject();
                e.rejectUnknownKeys({ QStringLiteral("type"), QStringLiteral("size_gb") });
                w.ebs.push_back(
                    { e[QStringLiteral("type")].toString(), e[QStringLiteral("size_gb")].toInt(1, 65536) });
            }
        }
        w.publicIpv4 = static_cast<int>(c.intOr(QStringLiteral("public_ipv4"), 0, 0, 16));
        if (c.has(QStringLiteral("data_transfer_out_gb_per_month")))
            w.dataTransferOutGbPerMonth
                = readNonNegative(c[QStringLiteral("data_transfer_out_gb_per_month")]);
        if (c.has(QStringLiteral("prices"))) {
            // One block per type and platform: two platforms of one type may have two prices.
            if (s.prices.typeBlock(w.instanceType, w.platform))
                c[QStringLiteral("prices")].fail(
                    QStringLiteral("prices for %1 on %2 are already given by another workload")
                        .arg(w.instanceType, platformName(w.platform)));
            ScenarioPrices::TypeBlock t { w.instanceType, w.platform, {} };
            readPriceBlock(c[QStringLiteral("prices")], t.block, nullptr);
            s.prices.perInstanceType.push_back(std::move(t));
        }
        s.workloads.push_back(std::move(w));
    }

    // Lifecycle traces need the prices (the script may leave them out), so they run last.
    int traces = 0;
    qint64 eventsLeft = kMaxLifecycleEvents;
    for (std::size_t i = 0; i < s.workloads.size(); ++i) {
        Workload &w = s.workloads[i];
        if (w.usage.kind != UsageKind::Lifecycle)
            continue;
        if (++traces > kMaxLifecycleWorkloads)
            workloads[static_cast<qsizetype>(i)][QStringLiteral("usage")].fail(
                QStringLiteral("at most %1 lifecycle workloads per scenario").arg(kMaxLifecycleWorkloads));
        LayeredPriceSource layered(s.prices, catalog ? *catalog : static_cast<const PriceSource &>(s.prices));
        const JsonCursor usage = workloads[static_cast<qsizetype>(i)][QStringLiteral("usage")];
        eventsLeft -= LifecycleTrace::trace(
            w, s, layered, w.usage.fromLab ? usage : usage[QStringLiteral("script")], eventsLeft);
    }

    if (root.has(QStringLiteral("options"))) {
        const JsonCursor options = root[QStringLiteral("options")];
        if (options.size() > kMaxOptions)
            options.fail(QStringLiteral("%1 options; ec2lab compares at most %2")
                             .arg(options.size())
                             .arg(kMaxOptions));
        QSet<QString> ids;
        int spotOptions = 0;
        for (qsizetype i = 0; i < options.size(); ++i) {
            OptionSpec o = readOption(options[i], s, catalog != nullptr);
            if (o.kind == OptionKind::Spot && ++spotOptions > kMaxSpotOptions)
                options[i].fail(
                    QStringLiteral("more than %1 Spot options; ec2lab runs at most %1 Spot Monte Carlo "
                                   "simulations per scenario")
                        .arg(kMaxSpotOptions));
            if (o.id.isEmpty())
                o.id = QStringLiteral("option%1").arg(i + 1);
            if (ids.contains(o.id))
                options[i][QStringLiteral("id")].fail(QStringLiteral("duplicate option id \"%1\"").arg(o.id));
            ids.insert(o.id);
            s.options.push_back(std::move(o));
        }
        if (s.options.empty())
            options.fail(QStringLiteral(
                "list at least one option, or leave \"options\" out to compare every applicable one"));
    }
    return s;
}

} // namespace ec2lab
