#pragma once

#include "inputerror.h"
#include "jsonreader.h"
#include "lifecycle/lifecycleaction.h"
#include "lifecycle/lifecycleengine.h"
#include "money.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace ec2lab {

/// Supplies prices a script leaves out (the price catalog plugs in here). Either callback may be
/// empty; a callback returning nullopt means "unknown", and the script must then give the price.
struct ScriptPriceLookup
{
    std::function<std::optional<Money>(const InstanceSpec &spec)> instancePricePerHour;
    std::function<std::optional<Money>(const QString &volumeType, const QString &region)>
        volumePricePerGbMonth;

    /// Answers every price with zero: for reading a script's shape or its billed seconds, which
    /// do not depend on prices, without waiting for a catalog.
    static ScriptPriceLookup zeroPrices()
    {
        return { [](const InstanceSpec &) { return std::optional<Money>(Money()); },
            [](const QString &, const QString &) { return std::optional<Money>(Money()); } };
    }
};

/// One line of a script's `events` list.
struct ScriptEvent
{
    qint64 at = 0;
    Action action = Action::Start;
    QString instance; ///< instance name (as in `instances`), empty if the action takes none
    QString address; ///< Elastic IP name, empty if the action takes none
    QString instanceType; ///< modify-type
    std::optional<Money> pricePerHour; ///< modify-type: price of the new type
    bool value = false; ///< set-termination-protection / set-stop-protection
    bool allowReassociation = true; ///< associate-address: false refuses moving an address
    QString path; ///< JSON path of the event, e.g. "events[3]" (for messages)
};

/// The outcome of one script event.
struct ScriptResult
{
    ScriptEvent event;
    ActionResult result;
};

/// A finished script run: the results in order and the engine advanced to `until`.
struct ScriptRun
{
    LifecycleEngine engine;
    QList<ScriptResult> results;
    QHash<QString, QString> instanceIds; ///< name -> instance id (launched instances only)
    QHash<QString, QString> allocationIds; ///< address name -> allocation id
    QStringList instanceOrder; ///< names in the order of the script's `instances`
    QStringList addressOrder; ///< address names in allocation order
};

/// A lifecycle script (the JSON format of issue 2) read and checked, ready to run.
///
/// Contract: load() accepts only a script that can run: known actions, instance and address
/// names that exist (and are launched/allocated before use, once each), `at` values that are
/// non-negative and never decrease, required fields present with the right types, and no unknown
/// keys. Otherwise it reports an InputError naming the file, the JSON path and the problem.
/// Refused actions are not input errors: run() records them as results with ok == false.
/// `price_per_hour` and `price_per_gb_month` are required unless \a prices supplies them.
class LifecycleScript
{
public:
    /// One entry of the script's `instances`: its name and what it launches with.
    struct NamedInstance
    {
        QString name;
        InstanceSpec spec;
    };

    /// Reads \a fileName; on failure returns nullopt and fills \a error.
    static std::optional<LifecycleScript> load(
        const QString &fileName, InputError *error, const ScriptPriceLookup &prices = {});
    /// The same for a document already parsed (fileName only names it in messages).
    static std::optional<LifecycleScript> fromJson(const QJsonObject &root, const QString &fileName,
        InputError *error, const ScriptPriceLookup &prices = {});

    const LifecycleConfig &config() const { return m_config; }
    const QList<NamedInstance> &instances() const { return m_instances; }
    const QList<ScriptEvent> &events() const { return m_events; }
    qint64 until() const { return m_until; }

    /// Runs the script on a fresh engine (deterministic: the same script gives the same run).
    ScriptRun run() const;

private:
    /// Rejects a script whose worst-case bill would leave Money's exact range.
    void checkCostBound(const JsonCursor &root) const;

    LifecycleConfig m_config;
    QList<NamedInstance> m_instances;
    QList<ScriptEvent> m_events;
    qint64 m_until = 0;
};

} // namespace ec2lab
