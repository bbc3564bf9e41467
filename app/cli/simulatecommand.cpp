// `ec2lab simulate SCRIPT.json [--json]`: run a lifecycle script, print the state/address/billing trace.

#include "catalog/catalogpricesource.h"
#include "catalog/catalogstore.h"
#include "commands.h"
#include "cost/labscript.h"
#include "lifecycle/billingmeter.h"
#include "lifecycle/lifecyclescript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ec2lab::app {

namespace {

const char kUsage[]
    = "Usage: ec2lab simulate SCRIPT.json [--json]\n"
      "\n"
      "Runs a lifecycle script on the simulated clock and prints every result, the states and\n"
      "addresses each instance went through and what it cost: a table by default, JSON with --json.\n"
      "\n"
      "The script names a start date, a seed, optional transition durations, the instances (type,\n"
      "region, platform, price_per_hour, market, root device, protections, volumes with\n"
      "price_per_gb_month ...) and timed events (\"at\" seconds after start): launch, start, stop,\n"
      "hibernate, force-stop, reboot, terminate, modify-type, set-termination-protection,\n"
      "set-stop-protection, allocate-address, associate-address, disassociate-address,\n"
      "release-address, os-shutdown, spot-interruption, capacity-returns, scheduled-retirement,\n"
      "launch-failure. A refused action is a result with ok false; the simulation goes on.\n"
      "\n"
      "Costs: per-second billing with a 60 s minimum per run (SUSE per started hour), EBS per\n"
      "GB-month over a 730-hour month, public IPv4 at 0.005 USD per address-hour (rules of the\n"
      "simulated date). An instance's public_ipv4 cost is its auto-assigned address; Elastic IPs\n"
      "are costed on the address. Amounts are exact USD decimals.\n"
      "\n"
      "Options:\n"
      "  --json      Print the trace as JSON\n"
      "  -h, --help  Show this help\n"
      "\n"
      "Exit status: 0 success, 1 bad input, 2 usage error.\n";

QString money(Money m)
{
    return m.toPlainString(6);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue stateOrNull(const std::optional<InstanceState> &s)
{
    return s ? QJsonValue(stateName(*s)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(*t) : QJsonValue(QJsonValue::Null);
}

QString isoTime(const LifecycleEngine &engine, qint64 at)
{
    return engine.config().start.addSecs(at).toString(Qt::ISODate);
}

/// Entries of the event log that the results, states and addresses do not already show.
bool isNotableEvent(EventKind kind)
{
    return kind != EventKind::ActionApplied && kind != EventKind::ActionRefused
        && kind != EventKind::StateEntered && kind != EventKind::AddressesChanged;
}

/// Reverse lookups for the names the script uses.
struct Names
{
    QHash<QString, QString> instanceName; ///< id -> name
    QHash<QString, QString> addressName; ///< allocation id -> name

    explicit Names(const ScriptRun &run)
    {
        for (auto it = run.instanceIds.cbegin(); it != run.instanceIds.cend(); ++it)
            instanceName.insert(it.value(), it.key());
        for (auto it = run.allocationIds.cbegin(); it != run.allocationIds.cend(); ++it)
            addressName.insert(it.value(), it.key());
    }
};

QJsonObject toJson(const ScriptRun &run)
{
    const LifecycleEngine &engine = run.engine;
    const Names names(run);
    QJsonObject root;
    root.insert(QStringLiteral("start"), engine.config().start.toString(Qt::ISODate));
    root.insert(QStringLiteral("seed"), static_cast<qint64>(engine.config().seed));
    root.insert(QStringLiteral("until"), engine.now());

    QJsonArray results;
    for (const ScriptResult &sr : run.results) {
        QJsonObject o;
        o.insert(QStringLiteral("at"), sr.event.at);
        o.insert(QStringLiteral("action"), actionName(sr.event.action));
        o.insert(QStringLiteral("instance"), stringOrNull(sr.event.instance));
        if (actionNeedsAddress(sr.event.action))
            o.insert(QStringLiteral("address"), sr.event.address);
        o.insert(QStringLiteral("ok"), sr.result.ok);
        if (sr.result.ok) {
            o.insert(QStringLiteral("previous_state"), stateOrNull(sr.result.previousState));
            o.insert(QStringLiteral("current_state"), stateOrNull(sr.result.currentState));
            if (!sr.result.publicIp.isEmpty())
                o.insert(QStringLiteral("ip"), sr.result.publicIp);
        } else {
            o.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), sr.result.errorCode },
                    { QStringLiteral("message"), sr.result.errorMessage } });
        }
        results.append(o);
    }
    root.insert(QStringLiteral("results"), results);

    QJsonArray instances;
    for (const QString &name : run.instanceOrder) {
        const QString id = run.instanceIds.value(name);
        if (id.isEmpty())
            continue; // never launched
        const InstanceStatus s = engine.status(id);
        QJsonObject o;
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("type"), s.spec.instanceType);
        o.insert(QStringLiteral("region"), s.spec.region);
        o.insert(QStringLiteral("platform"), platformName(s.spec.platform));
        o.insert(QStringLiteral("market"), marketName(s.spec.market));
        o.insert(QStringLiteral("final_state"), stateName(s.state));
        o.insert(QStringLiteral("final_reason"), stringOrNull(reasonCode(s.reason)));
        o.insert(QStringLiteral("vanished"), s.vanished);
        o.insert(QStringLiteral("hibernated"), s.hibernated);

        QJsonArray states;
        for (const StateRecord &r : engine.stateHistory(id)) {
            states.append(
                QJsonObject { { QStringLiteral("at"), r.at }, { QStringLiteral("state"), stateName(r.state) },
                    { QStringLiteral("code"), stateCode(r.state) },
                    { QStringLiteral("reason"), stringOrNull(reasonCode(r.reason)) } });
        }
        o.insert(QStringLiteral("states"), states);

        QJsonArray addresses;
        for (const AddressRecord &a : engine.addressHistory(id)) {
            addresses.append(QJsonObject { { QStringLiteral("at"), a.at },
                { QStringLiteral("private_ip"), stringOrNull(a.privateIp) },
                { QStringLiteral("private_dns"), stringOrNull(a.privateDns) },
                { QStringLiteral("public_ip"), stringOrNull(a.publicIp) },
                { QStringLiteral("public_dns"), stringOrNull(a.publicDns) },
                { QStringLiteral("elastic_ip"), stringOrNull(a.elasticIp) },
                { QStringLiteral("ipv6"), stringOrNull(a.ipv6) } });
        }
        o.insert(QStringLiteral("addresses"), addresses);

        QJsonArray volumes;
        for (const VolumeRecord &v : s.volumes) {
            volumes.append(QJsonObject { { QStringLiteral("id"), stringOrNull(v.volumeId) },
                { QStringLiteral("type"), v.spec.type }, { QStringLiteral("size_gb"), v.spec.sizeGb },
                { QStringLiteral("root"), v.spec.root },
                { QStringLiteral("delete_on_termination"), v.spec.deleteOnTermination },
                { QStringLiteral("created_at"), v.createdAt },
                { QStringLiteral("deleted_at"), timeOrNull(v.deletedAt) },
                { QStringLiteral("data_lost"), v.dataLostCount },
                { QStringLiteral("cost"), money(v.costSoFar) } });
        }
        o.insert(QStringLiteral("volumes"), volumes);

        QJsonArray periods;
        for (const RunPeriod &p : engine.runPeriods(id)) {
            periods.append(
                QJsonObject { { QStringLiteral("start"), p.start }, { QStringLiteral("end"), p.end },
                    { QStringLiteral("open"), p.open }, { QStringLiteral("billed_seconds"), p.billedSeconds },
                    { QStringLiteral("platform"), platformName(p.platform) },
                    { QStringLiteral("price_per_hour"), money(p.pricePerHour) },
                    { QStringLiteral("interrupted_by_ec2"), p.interruptedByEc2 },
                    { QStringLiteral("cost"), money(p.cost) } });
        }
        o.insert(QStringLiteral("run_periods"), periods);
        o.insert(QStringLiteral("billed_seconds"), s.billing.billedSeconds);
        o.insert(QStringLiteral("cost"),
            QJsonObject { { QStringLiteral("instance"), money(s.billing.instance) },
                { QStringLiteral("ebs"), money(s.billing.ebs) },
                { QStringLiteral("public_ipv4"), money(s.billing.publicIpv4) },
                { QStringLiteral("total"), money(s.billing.total()) } });
        instances.append(o);
    }
    root.insert(QStringLiteral("instances"), instances);

    QJsonArray addresses;
    for (const ElasticAddressStatus &a : engine.elasticAddresses()) {
        addresses.append(
            QJsonObject { { QStringLiteral("name"), names.addressName.value(a.allocationId, a.label) },
                { QStringLiteral("allocation_id"), a.allocationId }, { QStringLiteral("ip"), a.publicIp },
                { QStringLiteral("allocated_at"), a.allocatedAt },
                { QStringLiteral("released_at"), timeOrNull(a.releasedAt) },
                { QStringLiteral("associated_with"),
                    stringOrNull(names.instanceName.value(a.associatedInstanceId)) },
                { QStringLiteral("charged_seconds"), a.chargedSeconds },
                { QStringLiteral("cost"), money(a.cost) } });
    }
    root.insert(QStringLiteral("addresses"), addresses);

    QJsonArray events;
    for (const EventRecord &e : engine.events()) {
        if (!isNotableEvent(e.kind))
            continue;
        QJsonObject o { { QStringLiteral("at"), e.at }, { QStringLiteral("event"), eventKindName(e.kind) },
            { QStringLiteral("instance"), stringOrNull(names.instanceName.value(e.instanceId)) } };
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        events.append(o);
    }
    root.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("total_cost"), money(engine.totalCost()));
    return root;
}

/// Left-aligned text columns, two spaces apart (the last column is not padded).
class TextTable
{
public:
    explicit TextTable(QStringList headers) { m_rows.append(std::move(headers)); }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream &out, const QString &indent) const
    {
        QList<qsizetype> widths;
        for (const QStringList &row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
        for (const QStringList &row : m_rows) {
            QString line = indent;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
            out << line.trimmed().prepend(indent) << '\n';
        }
    }

private:
    QList<QStringList> m_rows;
};

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void printTable(const ScriptRun &run, QTextStream &out)
{
    const LifecycleEngine &engine = run.engine;
    const Names names(run);
    out << "Simulation from " << engine.config().start.toString(Qt::ISODate) << " to "
        << isoTime(engine, engine.now()) << " (" << engine.now() << " s), seed " << engine.config().seed
        << "\n\n";

    out << "Results\n";
    TextTable results({ QStringLiteral("AT"), QStringLiteral("ACTION"), QStringLiteral("TARGET"),
        QStringLiteral("RESULT") });
    for (const ScriptResult &sr : run.results) {
        QString target = sr.event.instance;
        if (!sr.event.address.isEmpty())
            target = target.isEmpty() ? sr.event.address : sr.event.address + QStringLiteral(" -> ") + target;
        QString result;
        if (!sr.result.ok) {
            result = QStringLiteral("refused %1: %2").arg(sr.result.errorCode, sr.result.errorMessage);
        } else if (sr.result.currentState) {
            result = sr.result.previousState
                ? QStringLiteral("ok, %1 -> %2")
                      .arg(stateName(*sr.result.previousState), stateName(*sr.result.currentState))
                : QStringLiteral("ok, %1").arg(stateName(*sr.result.currentState));
        } else {
            result = QStringLiteral("ok");
        }
        if (sr.result.ok && !sr.result.publicIp.isEmpty())
            result += QStringLiteral(" (%1)").arg(sr.result.publicIp);
        results.add({ QString::number(sr.event.at), actionName(sr.event.action), target, result });
    }
    results.print(out, QStringLiteral("  "));

    for (const QString &name : run.instanceOrder) {
        const QString id = run.instanceIds.value(name);
        if (id.isEmpty())
            continue;
        const InstanceStatus s = engine.status(id);
        out << "\nInstance " << name << " (" << id << "), " << s.spec.instanceType << ' ' << s.spec.region
            << ' ' << platformName(s.spec.platform) << ' ' << marketName(s.spec.market) << ": "
            << stateName(s.state) << (s.vanished ? " (no longer visible)" : "") << '\n';
        out << "  States\n";
        TextTable states({ QStringLiteral("AT"), QStringLiteral("STATE"), QStringLiteral("CODE"),
            QStringLiteral("REASON") });
        for (const StateRecord &r : engine.stateHistory(id))
            states.add({ QString::number(r.at), stateName(r.state), QString::number(stateCode(r.state)),
                orDash(reasonCode(r.reason)) });
        states.print(out, QStringLiteral("    "));
        out << "  Addresses\n";
        TextTable addrs({ QStringLiteral("AT"), QStringLiteral("PRIVATE IP"), QStringLiteral("PUBLIC IP"),
            QStringLiteral("ELASTIC IP"), QStringLiteral("PUBLIC DNS"), QStringLiteral("IPV6") });
        for (const AddressRecord &a : engine.addressHistory(id))
            addrs.add({ QString::number(a.at), orDash(a.privateIp), orDash(a.publicIp), orDash(a.elasticIp),
                orDash(a.publicDns), orDash(a.ipv6) });
        addrs.print(out, QStringLiteral("    "));
        out << "  Billing (USD)\n";
        TextTable bill({ QStringLiteral("BILLED SECONDS"), QStringLiteral("INSTANCE"), QStringLiteral("EBS"),
            QStringLiteral("PUBLIC IPV4"), QStringLiteral("TOTAL") });
        bill.add({ QString::number(s.billing.billedSeconds), money(s.billing.instance), money(s.billing.ebs),
            money(s.billing.publicIpv4), money(s.billing.total()) });
        bill.print(out, QStringLiteral("    "));
    }

    TextTable events({ QStringLiteral("AT"), QStringLiteral("EVENT"), QStringLiteral("INSTANCE"),
        QStringLiteral("DETAIL") });
    bool anyEvent = false;
    for (const EventRecord &e : engine.events()) {
        if (!isNotableEvent(e.kind))
            continue;
        anyEvent = true;
        events.add({ QString::number(e.at), eventKindName(e.kind),
            orDash(names.instanceName.value(e.instanceId)), orDash(e.detail) });
    }
    if (anyEvent) {
        out << "\nEvents\n";
        events.print(out, QStringLiteral("  "));
    }

    const QList<ElasticAddressStatus> eips = engine.elasticAddresses();
    if (!eips.isEmpty()) {
        out << "\nElastic IPs\n";
        TextTable t({ QStringLiteral("NAME"), QStringLiteral("IP"), QStringLiteral("ALLOCATED"),
            QStringLiteral("RELEASED"), QStringLiteral("ASSOCIATED WITH"), QStringLiteral("COST (USD)") });
        for (const ElasticAddressStatus &a : eips)
            t.add({ names.addressName.value(a.allocationId, a.label), a.publicIp,
                QString::number(a.allocatedAt),
                a.releasedAt ? QString::number(*a.releasedAt) : QStringLiteral("-"),
                orDash(names.instanceName.value(a.associatedInstanceId)), money(a.cost) });
        t.print(out, QStringLiteral("  "));
    }
    out << "\nTotal cost: " << money(engine.totalCost()) << " USD\n";
}

} // namespace

int runSimulate(const QStringList &args, CommandIo &io)
{
    bool json = false;
    QStringList files;
    for (const QString &a : args) {
        if (a == u"-h" || a == u"--help") {
            io.out << kUsage;
            io.out.flush();
            return ExitSuccess;
        }
        if (a == u"--json") {
            json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            printError(
                io, QStringLiteral("simulate: unknown option \"%1\" (see ec2lab simulate --help)").arg(a));
            return ExitUsage;
        } else {
            files.append(a);
        }
    }
    if (files.size() != 1) {
        printError(io,
            files.isEmpty()
                ? QStringLiteral("simulate: missing SCRIPT.json (see ec2lab simulate --help)")
                : QStringLiteral("simulate: expected one script, got %1 (see ec2lab simulate --help)")
                      .arg(files.size()));
        return ExitUsage;
    }

    InputError error;
    std::optional<LifecycleScript> script;
    try {
        // Prices a script leaves out come from the price catalog (the bundled snapshot with any
        // imported prices over it); only published On-Demand figures are used, never estimates.
        const catalog::PriceCatalog priceCatalog = catalog::CatalogStore::loadCurrent();
        const catalog::CatalogPriceSource catalogPrices(priceCatalog);
        script = LifecycleScript::load(files.first(), &error, LabScript::priceLookup(catalogPrices));
    } catch (const InputError &e) {
        error = e; // a damaged price cache
    }
    if (!script) {
        printError(io, error.toString());
        return ExitFailure;
    }
    const ScriptRun run = script->run();
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(toJson(run)).toJson(QJsonDocument::Indented));
    else
        printTable(run, io.out);
    io.out.flush();
    return ExitSuccess;
}

} // namespace ec2lab::app
