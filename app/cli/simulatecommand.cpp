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
#include <QSet>

namespace ec2lab::app {

namespace {

const char kUsage[]
    = "Usage: ec2lab simulate SCRIPT.json [--json]\n"
      "\n"
      "Runs a lifecycle script on the simulated clock and prints every result, the states and\n"
      "addresses each instance went through, its volumes and what it all cost: a readable trace by\n"
      "default, JSON with --json.\n"
      "\n"
      "A short script (\"at\" is seconds after \"start\"; prices are USD decimal strings):\n"
      "\n"
      "  {\"start\": \"2026-03-02T09:00:00Z\",\n"
      "   \"instances\": [{\"name\": \"web\", \"type\": \"m5.large\", \"price_per_hour\": \"0.096\",\n"
      "     \"volumes\": [{\"size_gb\": 8, \"price_per_gb_month\": \"0.08\", \"root\": true}]}],\n"
      "   \"events\": [{\"at\": 0, \"action\": \"launch\", \"instance\": \"web\"},\n"
      "     {\"at\": 600, \"action\": \"reboot\", \"instance\": \"web\"},\n"
      "     {\"at\": 900, \"action\": \"allocate-address\", \"address\": \"eip1\"},\n"
      "     {\"at\": 900, \"action\": \"associate-address\", \"address\": \"eip1\", \"instance\": \"web\"},\n"
      "     {\"at\": 1200, \"action\": \"stop\", \"instance\": \"web\"}],\n"
      "   \"until\": 3600}\n"
      "\n"
      "Top level: start (required), seed, durations, eip_quota (Elastic IPs held at a time, 1 to\n"
      "254, default 5 as in AWS), instances, events, until.\n"
      "\n"
      "Actions, and the keys each needs besides \"at\" and \"action\":\n"
      "  launch, start, stop, hibernate, force-stop, reboot, terminate     instance\n"
      "  modify-type                            instance, type (and price_per_hour unless the\n"
      "                                         price catalog has the new type's price)\n"
      "  set-termination-protection,\n"
      "  set-stop-protection                    instance, value (true or false)\n"
      "  allocate-address                       address (a name you give the new Elastic IP)\n"
      "  associate-address                      address, instance; optional allow_reassociation\n"
      "                                         (default true: an address in use moves here)\n"
      "  disassociate-address, release-address  address\n"
      "  os-shutdown, spot-interruption, capacity-returns, scheduled-retirement,\n"
      "  launch-failure (events, not API calls)  instance\n"
      "A refused action is a result with AWS's error code and message; the simulation goes on.\n"
      "\n"
      "Costs: per-second billing with a 60 s minimum per run (SUSE, and Windows before 2021-06-11\n"
      "and RHEL before 2024-04-01, per started hour), EBS per GB-month over a 730-hour month with a\n"
      "60 s minimum, public IPv4 at 0.005 USD per address-hour (rules of the simulated date). An\n"
      "instance's public_ipv4 cost is its auto-assigned address; Elastic IPs are costed on the\n"
      "address. Amounts are exact USD decimals.\n"
      "\n"
      "The whole script format: model/lifecycle/README.md in the ec2lab sources, and man ec2lab.\n"
      "A complete example: resources/samples/lifecycle-demo.json (installed as\n"
      "/usr/share/ec2lab/samples/lifecycle-demo.json).\n"
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

/// Writes JSON as QJsonDocument::Indented would write the whole document (four-space indent;
/// the caller writes members in key order, as QJsonObject keeps them), one value at a time:
/// memory stays proportional to what the engine keeps, not to the text of the trace (a long
/// script's trace runs to hundreds of MB).
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QTextStream &out)
        : m_out(out)
    {
    }
    void beginObject(const char *key = nullptr) { open(key, u'{'); }
    void endObject() { close(u'}'); }
    void beginArray(const char *key = nullptr) { open(key, u'['); }
    void endArray() { close(u']'); }
    /// A scalar member (or array element when \a key is null).
    void value(const char *key, const QJsonValue &v)
    {
        prefix(key);
        const QByteArray text = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
        m_out << QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    /// A small object as a whole.
    void object(const char *key, const QJsonObject &o)
    {
        prefix(key);
        QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
        text.chop(1); // the final newline
        text.replace("\n", QByteArray("\n" + QByteArray(4 * m_open.size(), ' ')));
        m_out << QString::fromUtf8(text);
    }

private:
    void prefix(const char *key)
    {
        if (!m_open.isEmpty()) {
            m_out << (m_open.last()++ ? ",\n" : "\n") << QString(4 * m_open.size(), u' ');
        }
        if (key)
            m_out << '"' << key << "\": ";
    }
    void open(const char *key, QChar bracket)
    {
        prefix(key);
        m_out << bracket;
        m_open.append(0);
    }
    void close(QChar bracket)
    {
        m_open.removeLast();
        m_out << '\n' << QString(4 * m_open.size(), u' ') << bracket;
    }
    QTextStream &m_out;
    QList<int> m_open; ///< elements written so far, per open object or array
};

QJsonObject resultJson(const ScriptResult &sr)
{
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
    return o;
}

/// One instance, its histories streamed (a long script gives one instance 100,000 states).
void writeInstance(JsonStreamWriter &w, const LifecycleEngine &engine, const QString &name, const QString &id)
{
    const InstanceStatus s = engine.status(id);
    w.beginObject();
    w.beginArray("addresses");
    for (const AddressRecord &a : engine.addressHistory(id))
        w.object(nullptr,
            QJsonObject { { QStringLiteral("at"), a.at },
                { QStringLiteral("private_ip"), stringOrNull(a.privateIp) },
                { QStringLiteral("private_dns"), stringOrNull(a.privateDns) },
                { QStringLiteral("public_ip"), stringOrNull(a.publicIp) },
                { QStringLiteral("public_dns"), stringOrNull(a.publicDns) },
                { QStringLiteral("elastic_ip"), stringOrNull(a.elasticIp) },
                { QStringLiteral("ipv6"), stringOrNull(a.ipv6) } });
    w.endArray();
    w.value("billed_seconds", s.billing.billedSeconds);
    w.object("cost",
        QJsonObject { { QStringLiteral("instance"), money(s.billing.instance) },
            { QStringLiteral("ebs"), money(s.billing.ebs) },
            { QStringLiteral("public_ipv4"), money(s.billing.publicIpv4) },
            { QStringLiteral("total"), money(s.billing.total()) } });
    w.value("final_reason", stringOrNull(reasonCode(s.reason)));
    w.value("final_state", stateName(s.state));
    w.value("hibernated", s.hibernated);
    w.value("id", id);
    w.value("market", marketName(s.spec.market));
    w.value("name", name);
    w.value("platform", platformName(s.spec.platform));
    w.value("region", s.spec.region);
    w.beginArray("run_periods");
    for (const RunPeriod &p : engine.runPeriods(id))
        w.object(nullptr,
            QJsonObject { { QStringLiteral("start"), p.start }, { QStringLiteral("end"), p.end },
                { QStringLiteral("open"), p.open }, { QStringLiteral("billed_seconds"), p.billedSeconds },
                { QStringLiteral("platform"), platformName(p.platform) },
                { QStringLiteral("price_per_hour"), money(p.pricePerHour) },
                { QStringLiteral("interrupted_by_ec2"), p.interruptedByEc2 },
                { QStringLiteral("cost"), money(p.cost) } });
    w.endArray();
    w.beginArray("states");
    for (const StateRecord &r : engine.stateHistory(id))
        w.object(nullptr,
            QJsonObject { { QStringLiteral("at"), r.at }, { QStringLiteral("state"), stateName(r.state) },
                { QStringLiteral("code"), stateCode(r.state) },
                { QStringLiteral("reason"), stringOrNull(reasonCode(r.reason)) } });
    w.endArray();
    w.value("type", s.spec.instanceType);
    w.value("vanished", s.vanished);
    w.beginArray("volumes");
    for (const VolumeRecord &v : s.volumes)
        w.object(nullptr,
            QJsonObject { { QStringLiteral("id"), stringOrNull(v.volumeId) },
                { QStringLiteral("type"), v.spec.type }, { QStringLiteral("size_gb"), v.spec.sizeGb },
                { QStringLiteral("root"), v.spec.root },
                { QStringLiteral("delete_on_termination"), v.spec.deleteOnTermination },
                { QStringLiteral("created_at"), v.createdAt },
                { QStringLiteral("deleted_at"), timeOrNull(v.deletedAt) },
                { QStringLiteral("data_lost"), v.dataLostCount },
                { QStringLiteral("cost"), money(v.costSoFar) } });
    w.endArray();
    w.endObject();
}

void writeJson(const ScriptRun &run, QTextStream &out)
{
    const LifecycleEngine &engine = run.engine;
    const Names names(run);
    JsonStreamWriter w(out);
    // Members in key order, as QJsonDocument writes them.
    w.beginObject();
    w.beginArray("addresses");
    for (const ElasticAddressStatus &a : engine.elasticAddresses()) {
        w.object(nullptr,
            QJsonObject { { QStringLiteral("name"), names.addressName.value(a.allocationId, a.label) },
                { QStringLiteral("allocation_id"), a.allocationId }, { QStringLiteral("ip"), a.publicIp },
                { QStringLiteral("allocated_at"), a.allocatedAt },
                { QStringLiteral("released_at"), timeOrNull(a.releasedAt) },
                { QStringLiteral("associated_with"),
                    stringOrNull(names.instanceName.value(a.associatedInstanceId)) },
                { QStringLiteral("charged_seconds"), a.chargedSeconds },
                { QStringLiteral("cost"), money(a.cost) } });
    }
    w.endArray();
    w.beginArray("events");
    for (const EventRecord &e : engine.events()) {
        if (!isNotableEvent(e.kind))
            continue;
        QJsonObject o { { QStringLiteral("at"), e.at }, { QStringLiteral("event"), eventKindName(e.kind) },
            { QStringLiteral("instance"), stringOrNull(names.instanceName.value(e.instanceId)) } };
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        w.object(nullptr, o);
    }
    w.endArray();
    w.beginArray("instances");
    for (const QString &name : run.instanceOrder) {
        const QString id = run.instanceIds.value(name);
        if (!id.isEmpty()) // never launched otherwise
            writeInstance(w, engine, name, id);
    }
    w.endArray();
    w.beginArray("results");
    for (const ScriptResult &sr : run.results)
        w.object(nullptr, resultJson(sr));
    w.endArray();
    w.value("seed", static_cast<qint64>(engine.config().seed));
    w.value("start", engine.config().start.toString(Qt::ISODate));
    w.value("total_cost", money(engine.totalCost()));
    w.value("until", engine.now());
    w.endObject();
    out << '\n';
}

/// Text columns, two spaces apart: left-aligned, or right-aligned for the columns given to
/// alignRight() (amounts); the last column is not padded when it is left-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList headers) { m_rows.append(std::move(headers)); }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void alignRight(std::initializer_list<qsizetype> columns)
    {
        for (qsizetype c : columns)
            m_right.insert(c);
    }
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
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0)
                    line += QStringLiteral("  ");
                if (m_right.contains(i))
                    line += row[i].rightJustified(widths[i]);
                else
                    line += i + 1 < row.size() ? row[i].leftJustified(widths[i]) : row[i];
            }
            while (line.endsWith(u' '))
                line.chop(1);
            out << indent << line << '\n';
        }
    }

private:
    QList<QStringList> m_rows;
    QSet<qsizetype> m_right;
};

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString timeOrDash(const std::optional<qint64> &t)
{
    return t ? QString::number(*t) : QStringLiteral("-");
}

/// One number of decimals for a column of amounts: enough for the most precise one (every amount
/// stays exact), at least two.
class MoneyColumn
{
public:
    void add(Money m)
    {
        const QString plain = m.toPlainString();
        const qsizetype dot = plain.indexOf(u'.');
        if (dot >= 0)
            m_decimals = std::max<int>(m_decimals, static_cast<int>(plain.size() - dot - 1));
    }
    QString format(Money m) const { return m.toString(m_decimals); }

private:
    int m_decimals = 2;
};

/// What an accepted action did, in words that never read as a state change when the state stays
/// the same ("rebooting, stays running" rather than "running -> running").
/// \a holder: the instance name each address name is on just before this result (kept by the
/// caller, which updates it after each result).
QString describeAccepted(const ScriptResult &sr, const Names &names, const QHash<QString, QString> &holder)
{
    const ActionResult &r = sr.result;
    const QString ip = r.publicIp;
    const QString lostBy = names.instanceName.value(r.disassociatedInstanceId, r.disassociatedInstanceId);
    const QString stays
        = r.currentState ? QStringLiteral("state stays %1").arg(stateName(*r.currentState)) : QString();
    auto onOff = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
    switch (sr.event.action) {
    case Action::AllocateAddress:
        return QStringLiteral("ok, allocated %1").arg(ip);
    case Action::AssociateAddress:
        if (!lostBy.isEmpty())
            return QStringLiteral("ok, %1 moved from %2 to %3").arg(ip, lostBy, sr.event.instance);
        if (holder.value(sr.event.address) == sr.event.instance)
            return QStringLiteral("ok, %1 already on %2: nothing changes").arg(ip, sr.event.instance);
        return QStringLiteral("ok, %1 on %2").arg(ip, sr.event.instance);
    case Action::DisassociateAddress:
        if (r.instanceId.isEmpty())
            return QStringLiteral("ok, %1 was not associated: nothing changes").arg(ip);
        return QStringLiteral("ok, %1 taken off %2")
            .arg(ip, names.instanceName.value(r.instanceId, r.instanceId));
    case Action::ReleaseAddress:
        if (!lostBy.isEmpty())
            return QStringLiteral("ok, %1 taken off %2 and released").arg(ip, lostBy);
        return QStringLiteral("ok, released %1").arg(ip);
    case Action::SetTerminationProtection:
        return QStringLiteral("ok, termination protection %1 (%2)").arg(onOff(sr.event.value), stays);
    case Action::SetStopProtection:
        return QStringLiteral("ok, stop protection %1 (%2)").arg(onOff(sr.event.value), stays);
    case Action::ModifyType:
        return QStringLiteral("ok, type %1 from the next start (%2)").arg(sr.event.instanceType, stays);
    default:
        break;
    }
    if (!r.currentState)
        return QStringLiteral("ok");
    if (!r.previousState)
        return QStringLiteral("ok, %1").arg(stateName(*r.currentState));
    if (*r.previousState != *r.currentState)
        return QStringLiteral("ok, %1 -> %2").arg(stateName(*r.previousState), stateName(*r.currentState));
    if (sr.event.action == Action::Reboot && *r.currentState == InstanceState::Running)
        return QStringLiteral("ok, rebooting (%1)").arg(stays);
    if (sr.event.action == Action::SpotInterruption && *r.currentState == InstanceState::Running)
        return QStringLiteral("ok, 2-minute interruption notice (%1)").arg(stays);
    return QStringLiteral("ok, nothing to do (%1)").arg(stays);
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
    // Which instance holds each address: only an accepted associate puts one on an instance, and
    // the holder can go stale only by terminating, after which it is never associated again.
    QHash<QString, QString> holder;
    for (const ScriptResult &sr : run.results) {
        QString target = sr.event.instance;
        if (!sr.event.address.isEmpty())
            target = target.isEmpty() ? sr.event.address : sr.event.address + QStringLiteral(" -> ") + target;
        const QString result = sr.result.ok
            ? describeAccepted(sr, names, holder)
            : QStringLiteral("refused %1: %2").arg(sr.result.errorCode, sr.result.errorMessage);
        results.add({ QString::number(sr.event.at), actionName(sr.event.action), target, result });
        if (sr.result.ok && sr.event.action == Action::AssociateAddress)
            holder.insert(sr.event.address, sr.event.instance);
        else if (sr.result.ok
            && (sr.event.action == Action::DisassociateAddress || sr.event.action == Action::ReleaseAddress))
            holder.remove(sr.event.address);
    }
    results.print(out, QStringLiteral("  "));

    // One number of decimals per column, over every instance (the same column in each table).
    struct Launched
    {
        QString name;
        QString id;
        InstanceStatus status;
    };
    QList<Launched> launched;
    MoneyColumn instanceCol, ebsCol, ipv4Col, totalCol, volumeCol;
    for (const QString &name : run.instanceOrder) {
        const QString id = run.instanceIds.value(name);
        if (id.isEmpty())
            continue;
        const InstanceStatus s = engine.status(id);
        instanceCol.add(s.billing.instance);
        ebsCol.add(s.billing.ebs);
        ipv4Col.add(s.billing.publicIpv4);
        totalCol.add(s.billing.total());
        for (const VolumeRecord &v : s.volumes)
            volumeCol.add(v.costSoFar);
        launched.append({ name, id, s });
    }

    for (const Launched &l : launched) {
        const InstanceStatus &s = l.status;
        out << "\nInstance " << l.name << " (" << l.id << "), " << s.spec.instanceType << ' ' << s.spec.region
            << ' ' << platformName(s.spec.platform) << ' ' << marketName(s.spec.market) << ": "
            << stateName(s.state) << (s.vanished ? " (no longer visible)" : "") << '\n';
        out << "  States\n";
        TextTable states({ QStringLiteral("AT"), QStringLiteral("STATE"), QStringLiteral("CODE"),
            QStringLiteral("REASON") });
        for (const StateRecord &r : engine.stateHistory(l.id))
            states.add({ QString::number(r.at), stateName(r.state), QString::number(stateCode(r.state)),
                orDash(reasonMessage(r.reason)) });
        states.print(out, QStringLiteral("    "));
        out << "  Addresses\n";
        TextTable addrs({ QStringLiteral("AT"), QStringLiteral("PRIVATE IP"), QStringLiteral("PUBLIC IP"),
            QStringLiteral("ELASTIC IP"), QStringLiteral("PUBLIC DNS"), QStringLiteral("IPV6") });
        for (const AddressRecord &a : engine.addressHistory(l.id))
            addrs.add({ QString::number(a.at), orDash(a.privateIp), orDash(a.publicIp), orDash(a.elasticIp),
                orDash(a.publicDns), orDash(a.ipv6) });
        addrs.print(out, QStringLiteral("    "));
        if (!s.volumes.isEmpty()) {
            out << "  Volumes\n";
            TextTable vols({ QStringLiteral("VOLUME"), QStringLiteral("TYPE"), QStringLiteral("SIZE (GB)"),
                QStringLiteral("ROOT"), QStringLiteral("CREATED"), QStringLiteral("DETACHED"),
                QStringLiteral("DELETED"), QStringLiteral("COST (USD)") });
            vols.alignRight({ 2, 7 });
            for (const VolumeRecord &v : s.volumes) {
                const bool store = v.spec.isInstanceStore();
                vols.add({ store ? QStringLiteral("(instance store)") : v.volumeId, v.spec.type,
                    QString::number(v.spec.sizeGb),
                    v.spec.root ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(v.createdAt),
                    timeOrDash(v.detachedAt), timeOrDash(v.deletedAt),
                    store ? QStringLiteral("-") : volumeCol.format(v.costSoFar) });
            }
            vols.print(out, QStringLiteral("    "));
        }
        out << "  Billing (USD)\n";
        TextTable bill({ QStringLiteral("BILLED SECONDS"), QStringLiteral("INSTANCE"), QStringLiteral("EBS"),
            QStringLiteral("PUBLIC IPV4"), QStringLiteral("TOTAL") });
        bill.alignRight({ 0, 1, 2, 3, 4 });
        bill.add({ QString::number(s.billing.billedSeconds), instanceCol.format(s.billing.instance),
            ebsCol.format(s.billing.ebs), ipv4Col.format(s.billing.publicIpv4),
            totalCol.format(s.billing.total()) });
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
        MoneyColumn costCol;
        for (const ElasticAddressStatus &a : eips)
            costCol.add(a.cost);
        TextTable t({ QStringLiteral("NAME"), QStringLiteral("IP"), QStringLiteral("ALLOCATED"),
            QStringLiteral("RELEASED"), QStringLiteral("ASSOCIATED WITH"), QStringLiteral("COST (USD)") });
        t.alignRight({ 5 });
        for (const ElasticAddressStatus &a : eips)
            t.add({ names.addressName.value(a.allocationId, a.label), a.publicIp,
                QString::number(a.allocatedAt), timeOrDash(a.releasedAt),
                orDash(names.instanceName.value(a.associatedInstanceId)), costCol.format(a.cost) });
        t.print(out, QStringLiteral("  "));
    }
    MoneyColumn totalCost;
    totalCost.add(engine.totalCost());
    out << "\nTotal cost: " << totalCost.format(engine.totalCost()) << " USD\n";
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
        // A damaged catalog only fails the run when a price must come from it.
        std::optional<InputError> catalogError;
        const catalog::PriceCatalog priceCatalog = catalog::CatalogStore::loadCurrent(&catalogError);
        const catalog::CatalogPriceSource catalogPrices(priceCatalog);
        const std::optional<catalog::UnavailablePriceSource> unavailable
            = catalogError ? std::optional(catalog::UnavailablePriceSource(*catalogError)) : std::nullopt;
        const PriceSource &prices
            = unavailable ? static_cast<const PriceSource &>(*unavailable) : catalogPrices;
        script = LifecycleScript::load(files.first(), &error, LabScript::priceLookup(prices));
    } catch (const InputError &e) {
        error = e; // a damaged price cache
    }
    if (!script) {
        printError(io, error.toString());
        return ExitFailure;
    }
    const ScriptRun run = script->run();
    // The whole script was checked and run above: from here on nothing fails, so a bad script
    // never leaves half a trace on stdout.
    if (json)
        writeJson(run, io.out);
    else
        printTable(run, io.out);
    io.out.flush();
    return ExitSuccess;
}

} // namespace ec2lab::app
