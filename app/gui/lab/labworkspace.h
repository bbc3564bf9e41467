#pragma once

#include "lifecycle/lifecycleaction.h"
#include "workspace.h"

#include <QHash>

class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QTableView;
class QTabWidget;
class QToolButton;

namespace ec2lab::gui {

class AddressCard;
class BillingMeter;
class EventLogModel;
class LabController;
class LessonPanel;
class StateDiagram;
class StorageCard;
class TimelineChart;

/// The lifecycle lab workspace: instances, the state diagram, one button per action and event,
/// the simulated clock, the address/storage/billing cards, the timeline chart, the event log and
/// the guided lessons.
///
/// Contract: every button is always enabled; pressing one asks the engine, and a refusal shows
/// the AWS error code, message and the rule behind it in the banner (and in the event log).
class LabWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit LabWorkspace(ScenarioDocument *doc, QWidget *parent = nullptr);

    ChartBase *currentChart() const override;
    QList<ChartBase *> charts() const override;
    void refreshDisplay();

    LabController *controller() const { return m_controller; }
    StateDiagram *diagram() const { return m_diagram; }
    AddressCard *addressCard() const { return m_addresses; }
    BillingMeter *billingMeter() const { return m_billing; }
    EventLogModel *eventLog() const { return m_eventModel; }
    TimelineChart *timeline() const { return m_timeline; }
    LessonPanel *lessons() const { return m_lessons; }
    /// The button that triggers \a action (for tests and shortcuts).
    QPushButton *actionButton(Action action) const { return m_buttons.value(int(action)); }
    QString bannerText() const;
    QString selectedInstance() const { return m_selected; }
    void selectInstance(const QString &name);
    /// Runs \a action on the selected instance as if its button was pressed (no dialogs for the
    /// actions that need none).
    void trigger(Action action);

private:
    QWidget *buildActions();
    QWidget *buildClock();
    void refresh();
    void showResult(Action action, const ActionResult &result);
    QString explainRefusal(const QString &code, Action action) const;
    void launch();

    LabController *m_controller;
    StateDiagram *m_diagram;
    AddressCard *m_addresses;
    StorageCard *m_storage;
    BillingMeter *m_billing;
    TimelineChart *m_timeline;
    EventLogModel *m_eventModel;
    QTableView *m_eventView;
    LessonPanel *m_lessons;
    QListWidget *m_instances;
    QTabWidget *m_bottomTabs;
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QLabel *m_instanceInfo;
    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_scrubber;
    QLabel *m_clockLabel;
    QHash<int, QPushButton *> m_buttons;
    QString m_selected;
    bool m_refreshing = false;
};

} // namespace ec2lab::gui
