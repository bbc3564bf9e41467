#include "labcontroller.h"

#include "catalog/catalogpricesource.h"
#include "core/scenariodocument.h"
#include "cost/labscript.h"
#include "prices/catalogholder.h"

#include <QJsonArray>
#include <memory>

namespace ec2lab::gui {

namespace {

constexpr int kTickMs = 50;
const QString kLab = QStringLiteral("lab");

/// The catalog the lab takes missing prices from: the one the whole app prices with (bundled
/// snapshot plus imports, swapped by File > Update prices). The adapter is remade only when the
/// holder hands out a new catalog; callers use it within one call on the GUI thread.
const catalog::CatalogPriceSource &catalogPrices()
{
    static CatalogHolder::CatalogPtr held;
    static std::unique_ptr<catalog::CatalogPriceSource> source;
    CatalogHolder::CatalogPtr now = CatalogHolder::instance()->current();
    if (!source || now != held) {
        held = std::move(now);
        source = std::make_unique<catalog::CatalogPriceSource>(*held);
    }
    return *source;
}

/// The same price lookup as `ec2lab simulate` and `ec2lab cost` (LabScript::priceLookup).
ScriptPriceLookup scriptPrices()
{
    return LabScript::priceLookup(catalogPrices());
}

} // namespace

const catalog::CatalogPriceSource &LabController::priceCatalog()
{
    return catalogPrices();
}

namespace {

PriceQuery onDemandQuery(const InstanceSpec &spec)
{
    return PriceQuery::onDemand(spec.region, spec.instanceType, spec.platform);
}

} // namespace

LabController::LabController(ScenarioDocument *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_fraction += m_target ? m_targetRate : m_speed * kTickMs / 1000.0;
        auto whole = qint64(m_fraction);
        m_fraction -= double(whole);
        const bool arrived = m_target && m_clock + whole >= *m_target;
        if (arrived)
            whole = *m_target - m_clock;
        if (whole > 0) {
            m_clock += whole;
            if (m_clock > m_full.now())
                m_full.advanceTo(m_clock);
            refreshView(true);
        }
        if (arrived)
            setPlaying(false);
    });
    connect(doc, &ScenarioDocument::scenarioChanged, this, [this](const QString &path) {
        if (path.isEmpty()) {
            // A new or opened document: show its lab once the script's last event has settled.
            m_clock = 0;
            rebuild();
            setClock(m_scriptEnd + 60);
        } else if (path.startsWith(kLab)) {
            rebuild();
        }
    });
    // New prices (File > Update prices) re-price the instances that take theirs from the catalog.
    connect(CatalogHolder::instance(), &CatalogHolder::catalogChanged, this, &LabController::rebuild);
    rebuild();
    // Open on the state after the script's last event settles, so a fresh lab shows a running
    // instance rather than an empty diagram.
    setClock(m_scriptEnd + 60);
}

QJsonObject LabController::labJson() const
{
    return m_doc->value(kLab).toObject();
}

void LabController::rebuild()
{
    QJsonObject script = labJson();
    const QJsonArray events = script.value(QStringLiteral("events")).toArray();
    qint64 last = 0;
    for (const QJsonValue &e : events)
        last = qMax(last, qint64(e.toObject().value(QStringLiteral("at")).toDouble()));
    m_scriptEnd = last;
    script.insert(QStringLiteral("until"), double(qMax(last, m_clock)));
    script = LabScript::withDefaults(script);
    InputError error;
    //: Names the lab's script where an error message would name a file
    const auto parsed = LifecycleScript::fromJson(script, tr("lab script"), &error, scriptPrices());
    m_ids.clear();
    m_allocations.clear();
    m_names.clear();
    if (!parsed) {
        m_error = error.toString();
        m_full = LifecycleEngine();
    } else {
        m_error.clear();
        ScriptRun run = parsed->run();
        m_full = run.engine;
        m_ids = run.instanceIds;
        m_allocations = run.allocationIds;
        for (const auto &ni : parsed->instances())
            if (m_ids.contains(ni.name))
                m_names << ni.name;
    }
    emit scriptChanged();
    refreshView(false);
}

void LabController::refreshView(bool animate)
{
    QHash<QString, InstanceState> before;
    for (const QString &id : m_view.instanceIds())
        before.insert(id, m_view.state(id));
    m_view = m_full.replayedTo(m_clock);
    if (animate) {
        for (const QString &id : m_view.instanceIds()) {
            const InstanceState now = m_view.state(id);
            if (before.contains(id) && before.value(id) != now)
                emit transition(id, before.value(id), now);
        }
    }
    emit changed();
}

QString LabController::instanceName(const QString &id) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        if (it.value() == id)
            return it.key();
    return id;
}

QStringList LabController::addressNames() const
{
    QStringList names;
    const auto addresses = m_view.elasticAddresses();
    for (const ElasticAddressStatus &a : addresses)
        if (!a.releasedAt)
            names << a.label;
    return names;
}

QJsonObject LabController::instanceJson(const QString &name) const
{
    const QJsonArray instances = labJson().value(QStringLiteral("instances")).toArray();
    for (const QJsonValue &v : instances)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

LabController::PriceOrigin LabController::instancePriceOrigin(const QString &name) const
{
    // The price in force is the launch price or that of the last type change before the clock.
    bool given = instanceJson(name).contains(QStringLiteral("price_per_hour"));
    const QJsonArray events = labJson().value(QStringLiteral("events")).toArray();
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (qint64(e.value(QStringLiteral("at")).toDouble()) > m_clock)
            break;
        if (e.value(QStringLiteral("action")).toString() == u"modify-type"
            && e.value(QStringLiteral("instance")).toString() == name)
            given = e.contains(QStringLiteral("price_per_hour"));
    }
    PriceOrigin origin;
    const QString id = instanceId(name);
    if (given || id.isEmpty() || !m_view.contains(id))
        return origin;
    const catalog::Provenance p = catalogPrices().provenance(onDemandQuery(m_view.status(id).spec));
    origin.fromCatalog = !p.source.isEmpty();
    origin.source = p.source;
    origin.date = p.date;
    return origin;
}

void LabController::setClock(qint64 seconds)
{
    if (m_target) {
        m_target.reset();
        setPlaying(false);
    }
    seconds = qMax<qint64>(0, seconds);
    if (seconds > m_full.now())
        m_full.advanceTo(seconds);
    const bool forward = seconds > m_clock && seconds - m_clock <= 3600;
    m_clock = seconds;
    m_fraction = 0;
    refreshView(forward);
}

void LabController::step()
{
    const auto next = m_view.nextTransitionAt();
    setClock(next && *next > m_clock ? *next : m_clock + 60);
}

void LabController::setPlaying(bool playing)
{
    if (!playing)
        m_target.reset();
    if (playing == m_timer.isActive())
        return;
    playing ? m_timer.start() : m_timer.stop();
    emit playingChanged(playing);
}

void LabController::playTo(qint64 target, int wallMs)
{
    setPlaying(false);
    if (target <= m_clock) {
        setClock(target);
        return;
    }
    m_fraction = 0;
    m_targetRate = double(target - m_clock) * kTickMs / qMax(kTickMs, wallMs);
    m_target = target;
    m_timer.start();
    emit playingChanged(true);
}

void LabController::finishPlayTo()
{
    if (!m_target)
        return;
    const qint64 target = *m_target;
    setClock(target); // ends the playTo() and pauses
}

void LabController::setSpeed(int factor)
{
    m_speed = qMax(1, factor);
}

ActionResult LabController::perform(const QJsonObject &eventIn, const QString &undoText)
{
    QJsonObject script = labJson();
    QJsonArray events = script.value(QStringLiteral("events")).toArray();
    // Acting in the past rewrites history from the clock on (like recording over a tape).
    QJsonArray kept;
    for (const QJsonValue &e : events)
        if (qint64(e.toObject().value(QStringLiteral("at")).toDouble()) <= m_clock)
            kept.append(e);
    QJsonObject event = eventIn;
    event.insert(QStringLiteral("at"), double(m_clock));
    kept.append(event);
    script.insert(QStringLiteral("events"), kept);

    // Ask the engine first, on the state at the clock, so the caller can show the answer.
    ActionResult answer;
    {
        QJsonObject probe = script;
        probe.insert(QStringLiteral("until"), double(m_clock));
        InputError error;
        const auto parsed = LifecycleScript::fromJson(probe, tr("lab script"), &error, scriptPrices());
        if (!parsed)
            return ActionResult::refused(QStringLiteral("InvalidParameterValue"), error.message);
        const ScriptRun run = parsed->run();
        if (!run.results.isEmpty())
            answer = run.results.last().result;
    }
    m_doc->setValue(kLab, script, undoText);
    return answer;
}

ActionResult LabController::launch(const QJsonObject &instance)
{
    QJsonObject script = labJson();
    QJsonArray instances = script.value(QStringLiteral("instances")).toArray();
    instances.append(instance);
    script.insert(QStringLiteral("instances"), instances);
    // Insert the instance silently (merged into the launch's undo step via one setValue below).
    QJsonArray events = script.value(QStringLiteral("events")).toArray();
    QJsonArray kept;
    for (const QJsonValue &e : events)
        if (qint64(e.toObject().value(QStringLiteral("at")).toDouble()) <= m_clock)
            kept.append(e);
    QJsonObject event;
    event.insert(QStringLiteral("at"), double(m_clock));
    event.insert(QStringLiteral("action"), QStringLiteral("launch"));
    event.insert(QStringLiteral("instance"), instance.value(QStringLiteral("name")));
    kept.append(event);
    script.insert(QStringLiteral("events"), kept);
    QJsonObject probe = script;
    probe.insert(QStringLiteral("until"), double(m_clock));
    InputError error;
    const auto parsed = LifecycleScript::fromJson(probe, tr("lab script"), &error, scriptPrices());
    if (!parsed)
        return ActionResult::refused(QStringLiteral("InvalidParameterValue"), error.toString());
    const ScriptRun run = parsed->run();
    //: Undo history entry: %1 is the new instance's name
    m_doc->setValue(kLab, script, tr("Launch %1").arg(instance.value(QStringLiteral("name")).toString()));
    return run.results.isEmpty() ? ActionResult() : run.results.last().result;
}

QString LabController::freshInstanceName(const QString &base) const
{
    QStringList used;
    const QJsonArray instances = labJson().value(QStringLiteral("instances")).toArray();
    for (const QJsonValue &v : instances)
        used << v.toObject().value(QStringLiteral("name")).toString();
    if (!used.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + u'-' + QString::number(i);
        if (!used.contains(candidate))
            return candidate;
    }
}

QString LabController::freshAddressName() const
{
    QStringList used;
    const QJsonArray events = labJson().value(QStringLiteral("events")).toArray();
    for (const QJsonValue &v : events)
        used << v.toObject().value(QStringLiteral("address")).toString();
    for (int i = 1;; ++i) {
        const QString candidate = QStringLiteral("eip-") + QString::number(i);
        if (!used.contains(candidate))
            return candidate;
    }
}

void LabController::loadScript(const QJsonObject &script, const QString &undoText)
{
    m_clock = 0;
    m_doc->setValue(kLab, script, undoText);
}

} // namespace ec2lab::gui
