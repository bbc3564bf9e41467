#pragma once

#include "lifecycle/lifecycleaction.h"
#include "lifecycle/lifecyclerecords.h"
#include "workspace.h"

#include <QHash>
#include <QTimer>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSlider;
class QSplitter;
class QTableView;
class QTabWidget;
class QToolButton;

namespace ec2lab::gui {

class AddressCard;
class BillingMeterCard;
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
/// the AWS error code, message and the rule behind it in the banner (and in the event log). The
/// banner only ever tells the student's last action: it goes when the script changes another way
/// (File > New, opening a file, undo, a lesson) and when the instance it names is gone. A new lab
/// starts with the clock running; a paused clock is always said so next to Play.
/// The lab's state lives in its LabController, which a rebuilt workspace (language change) can
/// take over together with the ViewState, so nothing the student sees is lost.
class LabWorkspace : public Workspace
{
    Q_OBJECT
public:
    /// What the lab shows beyond its controller: restored after a rebuild.
    struct ViewState
    {
        QString selected;
        int lessonChoice = 0;
        int lesson = -1;
        int step = -1;
        int bottomTab = 0;
        QByteArray topSplitter;
        QByteArray innerSplitter;
        QByteArray mainPane;
        QByteArray verticalSplitter;
        std::optional<std::pair<Action, ActionResult>> lastResult; ///< shown in the banner
        QString bannerInstance; ///< the instance that result is about
    };

    /// Builds the lab over \a doc. With \a controller (taken from a workspace being replaced) the
    /// lab keeps its clock, speed and run; otherwise it makes its own.
    explicit LabWorkspace(
        ScenarioDocument *doc, QWidget *parent = nullptr, LabController *controller = nullptr);
    ViewState viewState() const;
    void restoreViewState(const ViewState &state);

    ChartBase *currentChart() const override;
    QList<ChartBase *> charts() const override;
    void refreshDisplay();

    LabController *controller() const { return m_controller; }
    StateDiagram *diagram() const { return m_diagram; }
    AddressCard *addressCard() const { return m_addresses; }
    BillingMeterCard *billingCard() const { return m_billing; }
    EventLogModel *eventLog() const { return m_eventModel; }
    TimelineChart *timeline() const { return m_timeline; }
    LessonPanel *lessons() const { return m_lessons; }
    /// The button that triggers \a action (for tests and shortcuts).
    QPushButton *actionButton(Action action) const { return m_buttons.value(int(action)); }
    QString bannerText() const;
    /// The hint that the simulated clock is paused (shown while it is).
    QLabel *pausedHint() const { return m_pausedHint; }
    QString selectedInstance() const { return m_selected; }
    void selectInstance(const QString &name);
    /// Shows or collapses the timeline and event log under the lab (Ctrl+J).
    void setBottomPanelVisible(bool visible);
    bool isBottomPanelVisible() const;
    /// Runs \a action on the selected instance as if its button was pressed (no dialogs for the
    /// actions that need none).
    void trigger(Action action);

signals:
    /// Another instance was selected: the cards show it.
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private slots:
    // One slot per card, each connected to the controller's changed() (and the cards about the
    // selected instance to selectionChanged()).
    void updateInstances(); ///< the instance list and the selected instance's line; runs first
    void updateDiagram();
    void updateAddresses();
    void updateStorage();
    void updateBilling();
    void updateTimeline();
    void updateEventLog();
    void updateClock();
    void updatePlaying(bool playing);
    void updateBanner();

private:
    /// An Elastic IP that moved between the selected instance and another one at the selected
    /// instance's last address change, with the other instance's records around it.
    struct AddressMove
    {
        QString ip;
        QString from;
        QString to;
        QString other;
        AddressRecord otherNow;
        AddressRecord otherBefore;
    };
    std::optional<AddressMove> lastAddressMove() const;
    QWidget *buildActions();
    QWidget *buildClock();
    void refreshAll();
    void applyControlFont();
    /// Shares the width among the three columns (the centre gets the most; in presenter mode
    /// all the side columns do not need) and, in presenter mode, the height between the diagram
    /// and the buttons under it.
    void fitColumns();
    /// Puts the state diagram at the head of the centre column, or in presenter mode above the
    /// centre and right columns.
    void placeDiagram();
    /// Gives the timeline chart the height its labels need at the current font size.
    void applyTimelineHeight();
    void clearBanner();
    void showResult(Action action, const ActionResult &result, const QString &instance);
    QString explainRefusal(const QString &code, Action action) const;
    void launch();

    QString priceNote(const InstanceStatus &st) const;

    LabController *m_controller;
    StateDiagram *m_diagram;
    AddressCard *m_addresses;
    StorageCard *m_storage;
    BillingMeterCard *m_billing;
    TimelineChart *m_timeline;
    EventLogModel *m_eventModel;
    QTableView *m_eventView;
    LessonPanel *m_lessons;
    QListWidget *m_instances;
    QTabWidget *m_bottomTabs;
    QSplitter *m_topSplitter; ///< left column | main pane
    QSplitter *m_innerSplitter; ///< centre column | right column
    QSplitter *m_mainPane; ///< (presenter mode: the diagram) over the inner splitter
    QScrollArea *m_centreScroll;
    QSplitter *m_verticalSplitter;
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QLabel *m_instanceInfo;
    QToolButton *m_play;
    QToolButton *m_bottomToggle;
    QWidget *m_centre;
    QWidget *m_actionsBox = nullptr;
    QWidget *m_clockBox = nullptr;
    QComboBox *m_speed;
    QSlider *m_scrubber;
    QLabel *m_clockLabel;
    QLabel *m_pausedHint;
    QHash<int, QPushButton *> m_buttons;
    QString m_selected;
    QHash<QString, QString> m_idToName; ///< instance id -> name, for the instances at the clock
    QString m_bannerInstance; ///< the instance the banner's result is about ("" for none)
    QTimer m_timelineTimer; ///< coalesces timeline rebuilds while the clock plays
    bool m_acting = false; ///< the script changes because of this workspace's own action
    std::optional<std::pair<Action, ActionResult>> m_lastResult;
    bool m_refreshing = false;
    bool m_sized = false; ///< the splitters got their first-show proportions
};

} // namespace ec2lab::gui
