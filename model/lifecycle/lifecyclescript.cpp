#include "lifecycle/lifecyclescript.h"

#include "jsonreader.h"

#include <QSet>
#include <algorithm>

namespace ec2lab {

namespace {

constexpr qint64 kMaxSeconds = 10LL * 366 * 86400; // ten years of simulated time is plenty
constexpr qint64 kMaxDuration = 30LL * 86400;

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

template<typename E>
E enumField(const JsonCursor &obj, const QString &key, E fallback, std::optional<E> (*parse)(const QString &),
    const QString &expected)
{
    if (!obj.has(key))
        return fallback;
    const JsonCursor c = obj[key];
    const QString text = c.toString();
    const auto v = parse(text);
    if (!v)
        c.fail(QStringLiteral("unknown value %1 (expected %2)").arg(quoted(text), expected));
    return *v;
}

// Bounds that keep every amount of a run far inside Money's exact range (about 9.2e9 USD).
constexpr qint64 kMaxInstances = 10'000;
constexpr qint64 kMaxVolumes = 64;
constexpr qint64 kMaxEvents
    = 100'000; // a few seconds and a few hundred MB at most (benchmarks/RESULTS-reliability.md)
const Money kMaxPricePerHour = Money::fromUnits(10'000);
const Money kMaxPricePerGbMonth = Money::fromUnits(100);
__extension__ typedef Int128 Wide; // __extension__: GCC/Clang's 128-bit integer without -Wpedantic noise
constexpr Wide kMaxTotalNanos = Wide(1'000'000'000) * Money::kNanosPerUnit; // 1e9 USD

Money nonNegativeDecimal(const JsonCursor &c, Money max)
{
    const Money m = c.toDecimal();
    if (m.isNegative())
        c.fail(QStringLiteral("must not be negative"));
    if (m > max)
        c.fail(QStringLiteral("%1 is more than ec2lab accepts (at most %2)")
                   .arg(m.toPlainString(), max.toPlainString()));
    return m;
}

void requireAtMost(const JsonCursor &array, qint64 max, const QString &what)
{
    if (array.size() > max)
        array.fail(QStringLiteral("%1 %2; ec2lab simulates at most %3").arg(array.size()).arg(what).arg(max));
}

VolumeSpec readVolume(const JsonCursor &c, const InstanceSpec &spec, const ScriptPriceLookup &prices)
{
    c.requireObject();
    c.rejectUnknownKeys(
        { QStringLiteral("type"), QStringLiteral("size_gb"), QStringLiteral("price_per_gb_month"),
            QStringLiteral("root"), QStringLiteral("delete_on_termination"), QStringLiteral("encrypted") });
    VolumeSpec v;
    v.type = c.stringOr(QStringLiteral("type"), QStringLiteral("gp3"));
    if (v.type.isEmpty())
        c[QStringLiteral("type")].fail(QStringLiteral("must not be empty"));
    v.sizeGb = c.intOr(QStringLiteral("size_gb"), 8, 1, 65536);
    v.root = c.boolOr(QStringLiteral("root"), false);
    if (v.isInstanceStore()) {
        if (v.root)
            c[QStringLiteral("root")].fail(
                QStringLiteral("an instance-store volume cannot be the EBS root volume; set \"root_device\": "
                               "\"instance-store\" on the instance instead"));
        if (c.has(QStringLiteral("price_per_gb_month")))
            c[QStringLiteral("price_per_gb_month")].fail(
                QStringLiteral("instance-store volumes are not billed separately"));
        if (c.has(QStringLiteral("delete_on_termination")) || c.has(QStringLiteral("encrypted")))
            c.fail(QStringLiteral("delete_on_termination and encrypted apply to EBS volumes only"));
        return v;
    }
    if (c.has(QStringLiteral("price_per_gb_month"))) {
        v.pricePerGbMonth = nonNegativeDecimal(c[QStringLiteral("price_per_gb_month")], kMaxPricePerGbMonth);
    } else {
        std::optional<Money> looked;
        if (prices.volumePricePerGbMonth)
            looked = prices.volumePricePerGbMonth(v.type, spec.region);
        if (!looked && prices.volumePricePerGbMonth)
            c[QStringLiteral("price_per_gb_month")].fail(
                QStringLiteral("missing, and the price catalog has no %1 price per GB-month in %2")
                    .arg(v.type, spec.region));
        if (!looked)
            c[QStringLiteral("price_per_gb_month")].fail(QStringLiteral("missing required field"));
        v.pricePerGbMonth = *looked;
    }
    // DeleteOnTermination: true for the root volume, false for the others (AWS defaults).
    v.deleteOnTermination = c.boolOr(QStringLiteral("delete_on_termination"), v.root);
    // [CHOICE] a root volume of an instance launched for hibernation is encrypted unless stated.
    v.encrypted = c.boolOr(QStringLiteral("encrypted"), v.root && spec.hibernationEnabled);
    return v;
}

InstanceSpec readInstance(const JsonCursor &c, const ScriptPriceLookup &prices)
{
    c.requireObject();
    c.rejectUnknownKeys({ QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("region"),
        QStringLiteral("platform"), QStringLiteral("price_per_hour"), QStringLiteral("market"),
        QStringLiteral("root_device"), QStringLiteral("hibernation"),
        QStringLiteral("termination_protection"), QStringLiteral("stop_protection"),
        QStringLiteral("shutdown_behavior"), QStringLiteral("spot_interruption_behavior"),
        QStringLiteral("public_ip"), QStringLiteral("ipv6"), QStringLiteral("volumes") });
    InstanceSpec s;
    s.name = c[QStringLiteral("name")].toName();
    if (s.name.isEmpty())
        c[QStringLiteral("name")].fail(QStringLiteral("must not be empty"));
    if (c[QStringLiteral("type")].toString().isEmpty())
        c[QStringLiteral("type")].fail(QStringLiteral("must not be empty"));
    s.instanceType = c[QStringLiteral("type")].toInstanceType();
    s.region = c.stringOr(QStringLiteral("region"), QStringLiteral("us-east-1"));
    if (s.region.isEmpty())
        c[QStringLiteral("region")].fail(QStringLiteral("must not be empty"));
    s.platform = enumField(c, QStringLiteral("platform"), Platform::Linux, &platformFromName,
        QStringLiteral("linux, windows, windows-sql, rhel, ubuntu or suse"));
    s.market = enumField(
        c, QStringLiteral("market"), Market::OnDemand, &marketFromName, QStringLiteral("on-demand or spot"));
    if (c.has(QStringLiteral("price_per_hour"))) {
        s.pricePerHour = nonNegativeDecimal(c[QStringLiteral("price_per_hour")], kMaxPricePerHour);
    } else {
        std::optional<Money> looked;
        if (prices.instancePricePerHour)
            looked = prices.instancePricePerHour(s);
        if (!looked && prices.instancePricePerHour)
            c[QStringLiteral("price_per_hour")].fail(
                QStringLiteral("missing, and the price catalog has no %1 %2 price for %3 (%4) in %5")
                    .arg(marketName(s.market), QStringLiteral("hourly"), s.instanceType,
                        platformName(s.platform), s.region));
        if (!looked)
            c[QStringLiteral("price_per_hour")].fail(QStringLiteral("missing required field"));
        s.pricePerHour = *looked;
    }
    s.rootDevice = enumField(c, QStringLiteral("root_device"), RootDevice::Ebs, &rootDeviceFromName,
        QStringLiteral("ebs or instance-store"));
    s.hibernationEnabled = c.boolOr(QStringLiteral("hibernation"), false);
    s.terminationProtection = c.boolOr(QStringLiteral("termination_protection"), false);
    s.stopProtection = c.boolOr(QStringLiteral("stop_protection"), false);
    s.shutdownBehavior = enumField(c, QStringLiteral("shutdown_behavior"), ShutdownBehavior::Stop,
        &shutdownBehaviorFromName, QStringLiteral("stop or terminate"));
    s.spotInterruptionBehavior
        = enumField(c, QStringLiteral("spot_interruption_behavior"), SpotInterruptionBehavior::Terminate,
            &spotInterruptionBehaviorFromName, QStringLiteral("terminate, stop or hibernate"));
    s.autoAssignPublicIp = c.boolOr(QStringLiteral("public_ip"), true);
    s.ipv6 = c.boolOr(QStringLiteral("ipv6"), false);

    if (s.market == Market::Spot && s.terminationProtection)
        c[QStringLiteral("termination_protection")].fail(
            QStringLiteral("termination protection cannot be enabled on a Spot Instance"));
    if (s.hibernationEnabled && s.rootDevice != RootDevice::Ebs)
        c[QStringLiteral("hibernation")].fail(QStringLiteral("hibernation needs an EBS root device"));
    // AWS SpotMarketOptions: a Spot Instance launched with hibernation configured hibernates when
    // interrupted; a script saying otherwise would silently not get what it asked for.
    if (s.market == Market::Spot && s.hibernationEnabled) {
        const QString key = QStringLiteral("spot_interruption_behavior");
        if (c.has(key) && s.spotInterruptionBehavior != SpotInterruptionBehavior::Hibernate)
            c[key].fail(
                QStringLiteral("a Spot Instance launched with \"hibernation\": true always hibernates when "
                               "interrupted; leave this out or set it to \"hibernate\""));
        s.spotInterruptionBehavior = SpotInterruptionBehavior::Hibernate;
    }

    const QString volumesKey = QStringLiteral("volumes");
    const JsonCursor volumes = c[volumesKey];
    if (c.has(volumesKey) || s.rootDevice == RootDevice::Ebs) {
        const qsizetype n = volumes.size(); // throws "missing required field" for an EBS root without volumes
        requireAtMost(volumes, kMaxVolumes, QStringLiteral("volumes"));
        int roots = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const VolumeSpec v = readVolume(volumes[i], s, prices);
            if (v.root) {
                ++roots;
                if (s.rootDevice != RootDevice::Ebs)
                    volumes[i][QStringLiteral("root")].fail(QStringLiteral(
                        "an instance with \"root_device\": \"instance-store\" has no EBS root volume"));
                if (roots > 1)
                    volumes[i][QStringLiteral("root")].fail(
                        QStringLiteral("only one volume can be the root volume"));
                if (s.hibernationEnabled && !v.encrypted)
                    volumes[i][QStringLiteral("encrypted")].fail(
                        QStringLiteral("hibernation needs an encrypted root volume"));
            }
            s.volumes.append(v);
        }
        if (s.rootDevice == RootDevice::Ebs && roots == 0)
            volumes.fail(QStringLiteral("an EBS-backed instance needs one volume with \"root\": true"));
    }
    return s;
}

} // namespace

std::optional<LifecycleScript> LifecycleScript::load(
    const QString &fileName, InputError *error, const ScriptPriceLookup &prices)
{
    try {
        const QJsonDocument doc = loadJsonDocument(fileName);
        return fromJson(doc.object(), fileName, error, prices);
    } catch (const InputError &e) {
        if (error)
            *error = e;
        return std::nullopt;
    }
}

std::optional<LifecycleScript> LifecycleScript::fromJson(const QJsonObject &rootObject,
    const QString &fileName, InputError *error, const ScriptPriceLookup &prices)
{
    try {
        const JsonCursor root(rootObject, fileName);
        root.rejectUnknownKeys({ QStringLiteral("start"), QStringLiteral("seed"), QStringLiteral("durations"),
            QStringLiteral("eip_quota"), QStringLiteral("instances"), QStringLiteral("events"),
            QStringLiteral("until") });
        LifecycleScript script;

        const JsonCursor startCursor = root[QStringLiteral("start")];
        const QString startText = startCursor.toString();
        QDateTime start = QDateTime::fromString(startText, Qt::ISODate);
        if (!start.isValid())
            startCursor.fail(
                QStringLiteral("%1 is not an ISO 8601 date and time such as \"2026-03-02T09:00:00Z\"")
                    .arg(quoted(startText)));
        if (start.timeSpec() == Qt::LocalTime)
            start.setTimeSpec(Qt::UTC); // no offset given: read it as UTC, never as the machine's zone
        script.m_config.start = start.toUTC();
        script.m_config.seed
            = static_cast<quint64>(root.intOr(QStringLiteral("seed"), 1, 0, (qint64(1) << 53)));

        if (root.has(QStringLiteral("eip_quota"))) {
            // AWS: 5 Elastic IPs per Region unless the account asked for more; ec2lab has 254
            // documentation addresses (192.0.2.0/24) to hand out.
            const JsonCursor q = root[QStringLiteral("eip_quota")];
            const qint64 quota = q.toInt(-(qint64(1) << 53), qint64(1) << 53);
            if (quota < 1 || quota > LifecycleConfig::kMaxEipQuota)
                q.fail(
                    QStringLiteral("%1 is out of range: the Elastic IP quota is a whole number from 1 to %2 "
                                   "(AWS's default is %3)")
                        .arg(quota)
                        .arg(LifecycleConfig::kMaxEipQuota)
                        .arg(LifecycleConfig::kDefaultEipQuota));
            script.m_config.eipQuota = static_cast<int>(quota);
        }

        if (root.has(QStringLiteral("durations"))) {
            const JsonCursor d = root[QStringLiteral("durations")];
            d.requireObject();
            d.rejectUnknownKeys({ QStringLiteral("pending"), QStringLiteral("stopping"),
                QStringLiteral("hibernating"), QStringLiteral("shutting-down"), QStringLiteral("reboot") });
            TransitionDurations &t = script.m_config.durations;
            t.pending = d.intOr(QStringLiteral("pending"), t.pending, 0, kMaxDuration);
            t.stopping = d.intOr(QStringLiteral("stopping"), t.stopping, 0, kMaxDuration);
            t.hibernating = d.intOr(QStringLiteral("hibernating"), t.hibernating, 0, kMaxDuration);
            t.shuttingDown = d.intOr(QStringLiteral("shutting-down"), t.shuttingDown, 0, kMaxDuration);
            t.reboot = d.intOr(QStringLiteral("reboot"), t.reboot, 0, kMaxDuration);
        }

        const JsonCursor instances = root[QStringLiteral("instances")];
        requireAtMost(instances, kMaxInstances, QStringLiteral("instances"));
        QHash<QString, qsizetype> instanceByName;
        for (qsizetype i = 0; i < instances.size(); ++i) {
            const InstanceSpec spec = readInstance(instances[i], prices);
            if (instanceByName.contains(spec.name))
                instances[i][QStringLiteral("name")].fail(
                    QStringLiteral("duplicate instance name %1 (also instances[%2])")
                        .arg(quoted(spec.name))
                        .arg(instanceByName.value(spec.name)));
            instanceByName.insert(spec.name, i);
            script.m_instances.append({ spec.name, spec });
        }

        const JsonCursor events = root[QStringLiteral("events")];
        requireAtMost(events, kMaxEvents, QStringLiteral("events"));
        QSet<QString> launched;
        QSet<QString> allocated;
        qint64 previousAt = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const JsonCursor e = events[i];
            e.requireObject();
            e.rejectUnknownKeys({ QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("instance"),
                QStringLiteral("address"), QStringLiteral("type"), QStringLiteral("price_per_hour"),
                QStringLiteral("value"), QStringLiteral("allow_reassociation") });
            ScriptEvent ev;
            ev.path = e.path();
            const JsonCursor at = e[QStringLiteral("at")];
            ev.at = at.toInt(-kMaxSeconds, kMaxSeconds);
            if (ev.at < 0)
                at.fail(QStringLiteral("must not be negative (seconds after \"start\")"));
            if (ev.at < previousAt)
                at.fail(
                    QStringLiteral("%1 is earlier than the previous event (%2): events must be in time order")
                        .arg(ev.at)
                        .arg(previousAt));
            previousAt = ev.at;

            const JsonCursor actionCursor = e[QStringLiteral("action")];
            const QString actionText = actionCursor.toString();
            const auto action = actionFromName(actionText);
            if (!action)
                actionCursor.fail(QStringLiteral("unknown action %1").arg(quoted(actionText)));
            ev.action = *action;

            // Fields the action does not use are rejected: a typo must not pass silently.
            auto reject = [&](const QString &key) {
                if (e.has(key))
                    e[key].fail(QStringLiteral("not used by action %1").arg(quoted(actionText)));
            };
            if (actionNeedsInstance(ev.action)) {
                const JsonCursor c = e[QStringLiteral("instance")];
                ev.instance = c.toString();
                if (!instanceByName.contains(ev.instance))
                    c.fail(QStringLiteral("unknown instance %1").arg(quoted(ev.instance)));
                if (ev.action == Action::Launch) {
                    if (launched.contains(ev.instance))
                        c.fail(QStringLiteral("instance %1 is launched twice").arg(quoted(ev.instance)));
                    launched.insert(ev.instance);
                } else if (!launched.contains(ev.instance)) {
                    c.fail(QStringLiteral("instance %1 is not launched before this event")
                               .arg(quoted(ev.instance)));
                }
            } else {
                reject(QStringLiteral("instance"));
            }
            if (actionNeedsAddress(ev.action)) {
                const JsonCursor c = e[QStringLiteral("address")];
                ev.address = c.toName(); // the allocation's name, shown in the trace
                if (ev.address.isEmpty())
                    c.fail(QStringLiteral("must not be empty"));
                if (ev.action == Action::AllocateAddress) {
                    if (allocated.contains(ev.address))
                        c.fail(QStringLiteral(
                            "address %1 is allocated twice (give each allocation its own name)")
                                   .arg(quoted(ev.address)));
                    allocated.insert(ev.address);
                } else if (!allocated.contains(ev.address)) {
                    c.fail(QStringLiteral("unknown address %1 (allocate it first with allocate-address)")
                               .arg(quoted(ev.address)));
                }
            } else {
                reject(QStringLiteral("address"));
            }
            if (ev.action == Action::ModifyType) {
                const JsonCursor c = e[QStringLiteral("type")];
                if (c.toString().isEmpty())
                    c.fail(QStringLiteral("must not be empty"));
                ev.instanceType = c.toInstanceType();
                if (e.has(QStringLiteral("price_per_hour"))) {
                    ev.pricePerHour
                        = nonNegativeDecimal(e[QStringLiteral("price_per_hour")], kMaxPricePerHour);
                } else {
                    InstanceSpec changed = script.m_instances[instanceByName.value(ev.instance)].spec;
                    changed.instanceType = ev.instanceType;
                    if (prices.instancePricePerHour)
                        ev.pricePerHour = prices.instancePricePerHour(changed);
                    if (!ev.pricePerHour)
                        e[QStringLiteral("price_per_hour")].fail(
                            QStringLiteral("missing required field (the price of the new type)"));
                }
            } else {
                reject(QStringLiteral("type"));
                reject(QStringLiteral("price_per_hour"));
            }
            if (ev.action == Action::SetTerminationProtection || ev.action == Action::SetStopProtection)
                ev.value = e[QStringLiteral("value")].toBool();
            else
                reject(QStringLiteral("value"));
            if (ev.action == Action::AssociateAddress)
                ev.allowReassociation = e.boolOr(QStringLiteral("allow_reassociation"), true);
            else
                reject(QStringLiteral("allow_reassociation"));
            script.m_events.append(ev);
        }

        if (root.has(QStringLiteral("until"))) {
            const JsonCursor u = root[QStringLiteral("until")];
            script.m_until = u.toInt(0, kMaxSeconds);
            if (script.m_until < previousAt)
                u.fail(QStringLiteral("%1 is earlier than the last event (%2)")
                           .arg(script.m_until)
                           .arg(previousAt));
        } else {
            script.m_until = previousAt;
        }
        script.checkCostBound(root);
        return script;
    } catch (const InputError &e) {
        if (error)
            *error = e;
        return std::nullopt;
    }
}

void LifecycleScript::checkCostBound(const JsonCursor &root) const
{
    // The most the run could possibly bill, computed in 128 bits: every instance running the whole
    // time at its highest price plus a full extra hour per (re)start (SUSE rounding), every volume
    // and every public address for the whole time. Refusing beyond 1e9 USD keeps every sum exact.
    QHash<QString, qint64> runs;
    QHash<QString, qint64> maxPrice;
    qint64 allocations = 0;
    for (const NamedInstance &n : m_instances)
        maxPrice.insert(n.name, n.spec.pricePerHour.nanos());
    for (const ScriptEvent &e : m_events) {
        if (e.action == Action::Launch || e.action == Action::Start || e.action == Action::CapacityReturns)
            ++runs[e.instance];
        if (e.action == Action::AllocateAddress)
            ++allocations;
        if (e.pricePerHour)
            maxPrice[e.instance] = std::max<qint64>(maxPrice.value(e.instance), e.pricePerHour->nanos());
    }
    const Wide until = m_until;
    Wide total = 0;
    for (const NamedInstance &n : m_instances) {
        total += Wide(maxPrice.value(n.name)) * (until + runs.value(n.name) * 3600 + 3600) / 3600 + 1;
        for (const VolumeSpec &v : n.spec.volumes)
            total += Wide(v.pricePerGbMonth.nanos()) * v.sizeGb * until / (730 * 3600) + 1;
    }
    total += Wide(m_instances.size() + allocations) * 5'000'000 * (until + 3600) / 3600;
    if (total > kMaxTotalNanos)
        root.fail(QStringLiteral(
            "the script could cost more than 1000000000 USD, beyond the range ec2lab adds up exactly; "
            "use fewer or cheaper instances or a shorter time"));
}

ScriptRun LifecycleScript::run() const
{
    ScriptRun out { LifecycleEngine(m_config), {}, {}, {}, {}, {} };
    QHash<QString, InstanceSpec> specs;
    for (const NamedInstance &n : m_instances) {
        specs.insert(n.name, n.spec);
        out.instanceOrder.append(n.name);
    }
    for (const ScriptEvent &ev : m_events) {
        out.engine.advanceTo(ev.at);
        ActionRequest q;
        q.action = ev.action;
        q.instanceId = out.instanceIds.value(ev.instance);
        q.allocationId = out.allocationIds.value(ev.address);
        q.instanceType = ev.instanceType;
        q.pricePerHour = ev.pricePerHour;
        q.value = ev.value;
        q.label = ev.address;
        q.allowReassociation = ev.allowReassociation;
        if (ev.action == Action::Launch)
            q.spec = specs.value(ev.instance);
        const ActionResult r = out.engine.apply(q);
        if (ev.action == Action::Launch && r.ok)
            out.instanceIds.insert(ev.instance, r.instanceId);
        if (ev.action == Action::AllocateAddress && r.ok) {
            out.allocationIds.insert(ev.address, r.allocationId);
            out.addressOrder.append(ev.address);
        }
        out.results.append({ ev, r });
    }
    out.engine.advanceTo(m_until);
    return out;
}

} // namespace ec2lab
