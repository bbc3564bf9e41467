#pragma once

#include "lifecycle/lifecycleengine.h"
#include "lifecycle/lifecyclescript.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <optional>

namespace ec2lab::catalog {
class CatalogPriceSource;
}

namespace ec2lab::gui {

class ScenarioDocument;

/// The lab's brain: turns the document's lab script into an engine at the simulated clock.
///
/// Contract: the script in the document is the only truth. The controller runs it once per edit
/// and shows engineAt(clock) = the run replayed up to the clock, so the scrubber can go back in
/// time and undo/redo of an action is undo/redo of a script event. perform() tries an action at
/// the clock on a copy first: the engine's answer (accepted or refused, with the exact AWS code
/// and message) is returned and the action is appended to the script either way, so the event log
/// shows refusals too. Acting while scrubbed back drops the script's later events (one undo step).
/// Like `ec2lab simulate`, an On-Demand or EBS price the script leaves out comes from the price
/// catalog the whole app uses (CatalogHolder: bundled snapshot plus imports; a new catalog
/// re-runs the script), and instancePriceOrigin() says which one was used.
class LabController : public QObject
{
    Q_OBJECT
public:
    /// Where an instance's hourly price comes from: the lab script itself, or the price catalog
    /// (with the source's name and publication date).
    struct PriceOrigin
    {
        bool fromCatalog = false;
        QString source;
        QDate date;
    };

    explicit LabController(ScenarioDocument *doc, QObject *parent = nullptr);

    /// The engine at the clock (after replaying every request made up to it).
    const LifecycleEngine &engine() const { return m_view; }
    /// The whole run of the script (to its last event or the clock, whichever is later).
    const LifecycleEngine &fullEngine() const { return m_full; }
    QString scriptError() const { return m_error; }
    qint64 clock() const { return m_clock; }
    qint64 scriptEnd() const { return m_scriptEnd; }
    /// name -> id and back for the script's instances.
    QString instanceId(const QString &name) const { return m_ids.value(name); }
    QString instanceName(const QString &id) const;
    QStringList instanceNames() const { return m_names; }
    QStringList addressNames() const;
    QString allocationId(const QString &name) const { return m_allocations.value(name); }
    QJsonObject instanceJson(const QString &name) const;
    /// The origin of the hourly price instance \a name is billed at, at the clock.
    PriceOrigin instancePriceOrigin(const QString &name) const;
    /// The price catalog the lab reads (loaded once; empty if the local cache is damaged).
    static const catalog::CatalogPriceSource &priceCatalog();

    void setClock(qint64 seconds);
    /// Moves the clock to the next scheduled transition (or 60 s when nothing is scheduled).
    void step();
    void setPlaying(bool playing);
    bool isPlaying() const { return m_timer.isActive(); }
    /// Plays the clock from where it is to \a target in about \a wallMs milliseconds, then
    /// pauses: a lesson step shows its transitions happen instead of jumping past them. Pausing,
    /// setClock() or finishPlayTo() end it early.
    void playTo(qint64 target, int wallMs = 2500);
    /// Moves the clock straight to the end of a playTo() still under way (nothing when none is).
    void finishPlayTo();
    bool isPlayingTo() const { return m_target.has_value(); }
    /// 1, 60 or 3600 simulated seconds per wall second.
    void setSpeed(int factor);
    int speed() const { return m_speed; }

    /// Applies \a event (script JSON: action, instance, address, type, value) at the clock.
    ActionResult perform(const QJsonObject &event, const QString &undoText);
    /// Adds a new instance (script JSON) and launches it at the clock; returns the launch result.
    ActionResult launch(const QJsonObject &instance);
    /// A fresh name for a new instance ("web-2") or Elastic IP ("eip-1").
    QString freshInstanceName(const QString &base) const;
    QString freshAddressName() const;
    /// Replaces the whole lab script (lessons): one undo step.
    void loadScript(const QJsonObject &script, const QString &undoText);

signals:
    /// The engine at the clock changed (new clock or new script).
    void changed();
    /// A transition became visible at the clock: \a instanceId went from \a from to \a to.
    void transition(const QString &instanceId, InstanceState from, InstanceState to);
    void playingChanged(bool playing);
    /// The lab script was re-run: it was edited, replaced (new or opened document, lesson, undo)
    /// or re-priced.
    void scriptChanged();

private:
    void rebuild();
    void refreshView(bool animate);
    QJsonObject labJson() const;

    ScenarioDocument *m_doc;
    LifecycleEngine m_full;
    LifecycleEngine m_view;
    QHash<QString, QString> m_ids;
    QHash<QString, QString> m_allocations;
    QStringList m_names;
    QString m_error;
    qint64 m_clock = 0;
    qint64 m_scriptEnd = 0;
    double m_fraction = 0;
    int m_speed = 60;
    std::optional<qint64> m_target; ///< where a playTo() stops
    double m_targetRate = 0; ///< simulated seconds per tick of that playTo()
    QTimer m_timer;
};

} // namespace ec2lab::gui
