#include "labworkspace.h"

#include "actionflowlayout.h"
#include "addresscard.h"
#include "billingmetercard.h"
#include "charts/timelinechart.h"
#include "core/theme.h"
#include "eventlogmodel.h"
#include "labcontroller.h"
#include "launchdialog.h"
#include "lessonpanel.h"
#include "lifecycle/billingmeter.h"
#include "statediagram.h"
#include "storagecard.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ec2lab::gui {

namespace {

QString hms(qint64 s)
{
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

/// The instance list: it asks for no more than its minimum height. The side column scrolls by
/// its preferred height, so a list asking for 192 px pushed the lesson's Back/Next off a short
/// screen; the list still takes any height left over.
class CompactList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override { return { QListWidget::sizeHint().width(), minimumHeight() }; }
};

/// The least height the timeline chart draws in with every label whole.
constexpr int kTimelineMinHeight = 190;

} // namespace

LabWorkspace::LabWorkspace(ScenarioDocument *doc, QWidget *parent, LabController *controller)
    : Workspace(doc, parent)
    , m_controller(controller ? controller : new LabController(doc, this))
{
    setObjectName(QStringLiteral("labWorkspace"));
    m_controller->setParent(this);
    m_diagram = new StateDiagram(this);
    m_addresses = new AddressCard(this);
    m_storage = new StorageCard(this);
    m_billing = new BillingMeterCard(this);
    m_timeline = new TimelineChart(this);
    m_eventModel = new EventLogModel(this);
    m_lessons = new LessonPanel(m_controller, this);
    m_timelineTimer.setSingleShot(true);
    m_timelineTimer.setInterval(400);
    connect(&m_timelineTimer, &QTimer::timeout, this,
        [this] { m_timeline->setEngine(m_controller->engine(), m_idToName); });

    // Left: instances and lessons.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *instancesBox = new QGroupBox(tr("Instances"), left);
    auto *ib = new QVBoxLayout(instancesBox);
    m_instances = new CompactList(instancesBox);
    m_instances->setAccessibleName(tr("Instances"));
    m_instances->setMinimumHeight(90);
    ib->addWidget(m_instances);
    auto *launchButton = new QPushButton(tr("&Launch instance..."), instancesBox);
    launchButton->setShortcut(QKeySequence(tr("Ctrl+L")));
    launchButton->setToolTip(tr("Launch a new instance (Ctrl+L)"));
    m_buttons.insert(int(Action::Launch), launchButton);
    connect(launchButton, &QPushButton::clicked, this, &LabWorkspace::launch);
    ib->addWidget(launchButton);
    m_instanceInfo = new QLabel(instancesBox);
    m_instanceInfo->setWordWrap(true);
    ib->addWidget(m_instanceInfo);
    leftLayout->addWidget(instancesBox);
    auto *lessonBox = new QGroupBox(tr("Guided lessons"), left);
    auto *lb = new QVBoxLayout(lessonBox);
    lb->addWidget(m_lessons);
    leftLayout->addWidget(lessonBox, 1);

    // Centre: diagram, banner, actions, clock.
    auto *centre = m_centre = new QWidget(this);
    auto *cl = new QVBoxLayout(centre);
    cl->addWidget(m_diagram, 3);
    m_banner = new QFrame(centre);
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *bl = new QHBoxLayout(m_banner);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::RichText);
    m_bannerLabel->setAccessibleName(tr("Result of the last action"));
    bl->addWidget(m_bannerLabel, 1);
    auto *close = new QToolButton(m_banner);
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);
    bl->addWidget(close, 0, Qt::AlignTop);
    m_banner->hide();
    cl->addWidget(m_banner);
    cl->addWidget(m_actionsBox = buildActions());
    cl->addWidget(m_clockBox = buildClock());
    // Takes what is left over only in presenter mode, where the diagram is not in this column.
    cl->addStretch();
    applyControlFont();

    // Right: cards.
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->addWidget(m_addresses);
    rl->addWidget(m_billing);
    rl->addWidget(m_storage);
    rl->addStretch();

    // Each column scrolls on its own when the window is short (1280x720 projectors, presenter
    // fonts), so the window never grows past the screen and nothing is cut off; only the
    // vertical direction scrolls, the widths follow the splitter.
    auto scrolling = [this](QWidget *content) {
        auto *area = new QScrollArea(this);
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return area;
    };
    QScrollArea *leftScroll = scrolling(left);
    QScrollArea *centreScroll = m_centreScroll = scrolling(centre);
    QScrollArea *rightScroll = scrolling(right);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width());
    rightScroll->setMinimumWidth(qMin(420, right->minimumSizeHint().width() + 20));

    // Left column | main pane. The main pane holds the centre and right columns side by side
    // and, in presenter mode, the state diagram above both at their full width (placeDiagram()).
    auto *inner = m_innerSplitter = new QSplitter(Qt::Horizontal, this);
    inner->addWidget(centreScroll);
    inner->addWidget(rightScroll);
    inner->setStretchFactor(0, 1);
    inner->setStretchFactor(1, 0);
    inner->setChildrenCollapsible(false);
    inner->setSizes({ 760, 400 });
    m_mainPane = new QSplitter(Qt::Vertical, this);
    m_mainPane->addWidget(inner);
    m_mainPane->setChildrenCollapsible(false);
    auto *top = m_topSplitter = new QSplitter(Qt::Horizontal, this);
    top->addWidget(leftScroll);
    top->addWidget(m_mainPane);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    top->setSizes({ 250, 1160 });
    placeDiagram();

    // The chart needs its title, the lanes and the time axis with its labels and title: shorter,
    // Qt Charts elides the axis labels to "…". A short screen collapses the panel instead (Ctrl+J).
    applyTimelineHeight();
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->addTab(m_timeline, tr("Timeline"));
    m_eventView = new QTableView(this);
    m_eventView->setModel(m_eventModel);
    m_eventView->setAccessibleName(tr("Event log"));
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->verticalHeader()->hide();
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setAlternatingRowColors(true);
    m_bottomTabs->addTab(m_eventView, tr("Event log"));

    auto *vertical = m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    connect(vertical, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker block(m_bottomToggle);
        m_bottomToggle->setChecked(isBottomPanelVisible());
    });
    vertical->addWidget(top);
    vertical->addWidget(m_bottomTabs);
    // The lab itself comes first: the timeline and log take a quarter and can be collapsed.
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setCollapsible(0, false);
    vertical->setCollapsible(1, true);
    m_bottomTabs->setMinimumHeight(0);
    vertical->setSizes({ 600, 200 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(vertical);

    connect(m_instances, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!m_refreshing && !name.isEmpty())
            selectInstance(name);
    });
    // One slot per card. The instance list runs first: it settles which instance is selected
    // (the one selected may be gone at the new clock) before the cards show that instance.
    connect(m_controller, &LabController::changed, this, &LabWorkspace::updateInstances);
    const auto cards = { &LabWorkspace::updateDiagram, &LabWorkspace::updateAddresses,
        &LabWorkspace::updateStorage, &LabWorkspace::updateBilling };
    for (auto slot : cards) {
        connect(m_controller, &LabController::changed, this, slot);
        connect(this, &LabWorkspace::selectionChanged, this, slot);
    }
    connect(m_controller, &LabController::changed, this, &LabWorkspace::updateTimeline);
    connect(m_controller, &LabController::changed, this, &LabWorkspace::updateEventLog);
    connect(m_controller, &LabController::changed, this, &LabWorkspace::updateClock);
    connect(m_controller, &LabController::changed, this, &LabWorkspace::updateBanner);
    connect(m_controller, &LabController::playingChanged, this, &LabWorkspace::updatePlaying);
    // The banner tells the result of the student's last action. When the script changes another
    // way (File > New, opening a file, undo, a lesson) that result is no longer the lab's.
    connect(m_controller, &LabController::scriptChanged, this, [this] {
        if (!m_acting)
            clearBanner();
    });
    connect(m_lessons, &LessonPanel::instanceToShow, this, &LabWorkspace::selectInstance);
    connect(m_controller, &LabController::transition, this,
        [this](const QString &id, InstanceState from, InstanceState to) {
            if (m_controller->instanceName(id) == m_selected)
                m_diagram->animateTransition(from, to);
        });
    refreshAll();
    if (!controller) {
        // A new window starts with the clock running, so a launch goes on to running by itself.
        m_controller->setPlaying(true);
    }
    updatePlaying(m_controller->isPlaying());
}

QWidget *LabWorkspace::buildActions()
{
    auto *box = new QGroupBox(tr("Actions and events"), this);
    struct Def
    {
        Action action;
        QString text;
        QString shortcut;
        QString tip;
    };
    const QList<Def> api = {
        { Action::Start, tr("Start", "instance action"), tr("Ctrl+Shift+G"), tr("StartInstances") },
        { Action::Stop, tr("Stop", "instance action"), tr("Ctrl+Shift+T"), tr("StopInstances") },
        { Action::Hibernate, tr("Hibernate", "instance action"), tr("Ctrl+Shift+H"),
            tr("StopInstances with Hibernate=true") },
        { Action::ForceStop, tr("Force stop", "instance action"), QString(),
            tr("StopInstances with Force=true") },
        { Action::Reboot, tr("Reboot", "instance action"), tr("Ctrl+Shift+R"), tr("RebootInstances") },
        { Action::Terminate, tr("Terminate", "instance action"), tr("Ctrl+Shift+X"),
            tr("TerminateInstances") },
        { Action::ModifyType, tr("Change type..."), QString(),
            tr("ModifyInstanceAttribute InstanceType (only while stopped)") },
        { Action::SetTerminationProtection, tr("Termination protection"), QString(),
            tr("Toggle disableApiTermination") },
        { Action::SetStopProtection, tr("Stop protection"), QString(), tr("Toggle disableApiStop") },
        { Action::AllocateAddress, tr("Allocate EIP"), QString(), tr("AllocateAddress") },
        { Action::AssociateAddress, tr("Associate EIP"), QString(),
            tr("AssociateAddress with the selected instance") },
        { Action::DisassociateAddress, tr("Disassociate EIP"), QString(), tr("DisassociateAddress") },
        { Action::ReleaseAddress, tr("Release EIP"), QString(), tr("ReleaseAddress") },
    };
    const QList<Def> events = {
        { Action::OsShutdown, tr("OS shutdown"), QString(), tr("'sudo shutdown' inside the instance") },
        { Action::SpotInterruption, tr("Spot interruption"), QString(),
            tr("EC2 reclaims Spot capacity (2-minute notice)") },
        { Action::CapacityReturns, tr("Capacity returns"), QString(),
            tr("Spot capacity is available again") },
        { Action::ScheduledRetirement, tr("Scheduled retirement"), QString(),
            tr("The underlying host is retired") },
        { Action::LaunchFailure, tr("Launch failure"), QString(),
            tr("InsufficientInstanceCapacity while pending") },
    };
    box->setObjectName(QStringLiteral("actionGrid"));
    auto *flow = new ActionFlowLayout(box);
    flow->setContentsMargins(6, 4, 6, 6);
    auto make = [&](const Def &d) {
        auto *b = new QPushButton(d.text, box);
        b->setAccessibleName(d.text);
        b->setToolTip(d.shortcut.isEmpty() ? d.tip : QStringLiteral("%1 (%2)").arg(d.tip, d.shortcut));
        if (!d.shortcut.isEmpty())
            b->setShortcut(QKeySequence(d.shortcut));
        connect(b, &QPushButton::clicked, this, [this, a = d.action] { trigger(a); });
        m_buttons.insert(int(d.action), b);
        return b;
    };
    QList<QPushButton *> apiButtons;
    for (const Def &d : api)
        apiButtons << make(d);
    flow->addSection(new QLabel(tr("API calls"), box), apiButtons);
    QList<QPushButton *> eventButtons;
    for (const Def &d : events)
        eventButtons << make(d);
    flow->addSection(
        new QLabel(tr("Events (not API calls, never blocked by protections)"), box), eventButtons);
    return box;
}

QWidget *LabWorkspace::buildClock()
{
    auto *box = new QGroupBox(tr("Simulated clock"), this);
    // Buttons, speed and time on one row, the scrubber on its own full-width row, so the
    // scrubber keeps a usable length however long the labels are.
    auto *rows = new QVBoxLayout(box);
    auto *l = new QHBoxLayout;
    rows->addLayout(l);
    m_play = new QToolButton(box);
    m_play->setText(tr("Play"));
    m_play->setCheckable(true);
    m_play->setShortcut(QKeySequence(tr("Ctrl+Space")));
    m_play->setToolTip(tr("Play or pause the simulated clock (Ctrl+Space)"));
    m_play->setAccessibleName(tr("Play or pause"));
    connect(m_play, &QToolButton::toggled, m_controller, &LabController::setPlaying);
    m_pausedHint
        = new QLabel(tr("⏸ The clock is paused: press Play or Step to let simulated time pass"), box);
    m_pausedHint->setObjectName(QStringLiteral("pausedHint"));
    m_pausedHint->setWordWrap(true);
    m_pausedHint->setStyleSheet(QStringLiteral("QLabel { background:%1; color:black; padding:2px 6px; }")
                                    .arg(Theme::highlight().name()));
    auto *step = new QToolButton(box);
    step->setText(tr("Step"));
    step->setShortcut(QKeySequence(tr("Ctrl+Right")));
    step->setToolTip(tr("Jump to the next transition (Ctrl+Right)"));
    connect(step, &QToolButton::clicked, m_controller, &LabController::step);
    m_speed = new QComboBox(box);
    m_speed->setAccessibleName(tr("Clock speed"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speed->setMinimumContentsLength(6);
    m_speed->addItem(tr("1x (real time)"), 1);
    m_speed->addItem(tr("60x (a minute per second)"), 60);
    m_speed->addItem(tr("3600x (an hour per second)"), 3600);
    m_speed->setCurrentIndex(qMax(0, m_speed->findData(m_controller->speed())));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this] { m_controller->setSpeed(m_speed->currentData().toInt()); });
    m_scrubber = new QSlider(Qt::Horizontal, box);
    m_scrubber->setAccessibleName(tr("Time scrubber"));
    m_scrubber->setToolTip(tr("Drag to go back (or forward) in simulated time"));
    connect(m_scrubber, &QSlider::valueChanged, this, [this](int v) {
        if (!m_refreshing)
            m_controller->setClock(v);
    });
    m_clockLabel = new QLabel(box);
    m_clockLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_clockLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_clockLabel->setFont(mono);
    m_bottomToggle = new QToolButton(box);
    m_bottomToggle->setText(tr("Timeline"));
    m_bottomToggle->setCheckable(true);
    m_bottomToggle->setChecked(true);
    m_bottomToggle->setShortcut(QKeySequence(tr("Ctrl+J")));
    m_bottomToggle->setToolTip(tr("Show or hide the timeline and the event log (Ctrl+J)"));
    m_bottomToggle->setAccessibleName(tr("Show the timeline and the event log"));
    connect(m_bottomToggle, &QToolButton::toggled, this, &LabWorkspace::setBottomPanelVisible);
    l->addWidget(m_play);
    l->addWidget(step);
    l->addWidget(m_speed, 1);
    l->addWidget(m_bottomToggle);
    auto *second = new QHBoxLayout;
    second->addWidget(m_scrubber, 1);
    second->addWidget(m_clockLabel);
    rows->addLayout(second);
    rows->addWidget(m_pausedHint);
    return box;
}

ChartBase *LabWorkspace::currentChart() const
{
    return m_timeline;
}

QList<ChartBase *> LabWorkspace::charts() const
{
    return { m_timeline };
}

void LabWorkspace::refreshDisplay()
{
    m_addresses->refreshStyle();
    applyControlFont();
    placeDiagram();
    applyTimelineHeight();
    if (m_sized)
        QTimer::singleShot(0, this, &LabWorkspace::fitColumns);
    m_pausedHint->setStyleSheet(QStringLiteral("QLabel { background:%1; color:black; padding:2px 6px; }")
                                    .arg(Theme::highlight().name()));
    refreshAll();
}

void LabWorkspace::applyControlFont()
{
    // Presenter mode enlarges what the room reads (diagram, banner, cards, lessons); the buttons
    // and the clock controls, which only the presenter reads, keep the normal size, so the state
    // diagram gets the height and grows instead of shrinking under taller button rows.
    for (QWidget *box : { m_actionsBox, m_clockBox }) {
        QFont f = QApplication::font();
        f.setPointSize(Theme::normalPointSize());
        box->setFont(f);
    }
}

void LabWorkspace::refreshAll()
{
    updateInstances();
    updateDiagram();
    updateAddresses();
    updateStorage();
    updateBilling();
    updateTimeline();
    updateEventLog();
    updateClock();
    updateBanner();
}

void LabWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // Once laid out at the real window size: the lab's centre gets the room, the side panels a
    // share that still fits 1280 px wide, the timeline a quarter of the height.
    QTimer::singleShot(0, this, [this] {
        fitColumns();
        // The timeline and log get what the lab's centre column leaves, at most a quarter; a
        // short screen (a 1280x720 projector, presenter fonts) shows the lab itself whole and
        // Ctrl+J brings the timeline back.
        const int h = m_verticalSplitter->height();
        int needed = m_centre->heightForWidth(m_centre->width());
        if (m_diagram->parentWidget() == m_mainPane)
            needed += m_diagram->minimumSizeHint().height() + m_mainPane->handleWidth();
        const int minBottom = m_bottomTabs->minimumSizeHint().height();
        const int room = h - needed - m_verticalSplitter->handleWidth();
        if (room < minBottom) {
            setBottomPanelVisible(false);
        } else {
            const int bottom
                = qMin(room, qMax(minBottom, qMin(h / 4, 320))); // qBound asserts if minBottom > 320
            m_verticalSplitter->setSizes({ h - bottom, bottom });
        }
        // Again at the height the lab got: in presenter mode the diagram takes what the buttons
        // under it leave.
        fitColumns();
    });
}

void LabWorkspace::applyTimelineHeight()
{
    // The chart's text grows with presenter mode's font: so does the height it needs (with
    // Korean's taller glyphs the legend and the time axis were cut at the normal minimum). Half
    // the font's growth is enough for the chart (its title and axis fonts grow less) and keeps the
    // window's minimum height within a 1280x720 screen.
    const int height = kTimelineMinHeight * (Theme::basePointSize() + Theme::normalPointSize())
        / (2 * Theme::normalPointSize());
    for (QChartView *view : m_timeline->findChildren<QChartView *>())
        view->setMinimumHeight(height);
}

void LabWorkspace::placeDiagram()
{
    // In presenter mode the room watches the diagram: it spans the centre and right columns,
    // above the buttons and cards, so it is wider than in the centre column and its text grows
    // with the font instead of shrinking to fit. Otherwise it heads the centre column.
    const bool presenter = Theme::presenter();
    if (presenter == (m_diagram->parentWidget() == m_mainPane))
        return;
    if (presenter) {
        m_mainPane->insertWidget(0, m_diagram);
        m_mainPane->setStretchFactor(0, 1);
        m_mainPane->setStretchFactor(1, 0);
    } else {
        static_cast<QVBoxLayout *>(m_centre->layout())->insertWidget(0, m_diagram, 3);
    }
    m_diagram->show();
}

void LabWorkspace::fitColumns()
{
    const int w = m_topSplitter->width();
    if (w <= 0)
        return;
    int left = qBound(220, w / 5, 300);
    int right = qBound(330, w * 28 / 100, 420);
    auto needs = [](QSplitter *splitter, int column) {
        auto *area = qobject_cast<QScrollArea *>(splitter->widget(column));
        return area->widget()->minimumSizeHint().width() + area->verticalScrollBar()->sizeHint().width()
            + 2 * area->frameWidth();
    };
    if (Theme::presenter()) {
        // Presenter mode: the side columns get only what their (larger) text needs, so the
        // diagram above the centre and right columns gets the width.
        left = needs(m_topSplitter, 0);
        right = qMax(needs(m_innerSplitter, 1), qMin(420, w * 28 / 100));
    }
    const int main = qMax(300, w - left - m_topSplitter->handleWidth());
    m_topSplitter->setSizes({ left, main });
    m_innerSplitter->setSizes({ qMax(300, main - right - m_innerSplitter->handleWidth()), right });
    if (m_diagram->parentWidget() == m_mainPane) {
        // The buttons and the clock below the diagram get the height they need; the diagram the rest.
        const int h = m_mainPane->height();
        const int centreWidth = qMax(300, main - right - m_innerSplitter->handleWidth())
            - m_centreScroll->verticalScrollBar()->sizeHint().width();
        const int below = qMin(m_centre->heightForWidth(centreWidth) + 2 * m_centreScroll->frameWidth(),
            h - m_diagram->minimumSizeHint().height() - m_mainPane->handleWidth());
        m_mainPane->setSizes({ h - below - m_mainPane->handleWidth(), below });
    }
}

void LabWorkspace::setBottomPanelVisible(bool visible)
{
    const QList<int> sizes = m_verticalSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (visible) {
        const int bottom = qBound(140, total / 4, 320);
        m_verticalSplitter->setSizes({ total - bottom, bottom });
    } else {
        m_verticalSplitter->setSizes({ total, 0 });
    }
    const QSignalBlocker block(m_bottomToggle);
    m_bottomToggle->setChecked(visible);
}

bool LabWorkspace::isBottomPanelVisible() const
{
    return m_verticalSplitter->sizes().value(1) > 0;
}

LabWorkspace::ViewState LabWorkspace::viewState() const
{
    ViewState s;
    s.selected = m_selected;
    s.lessonChoice = m_lessons->currentChoice();
    s.lesson = m_lessons->lessonIndex();
    s.step = m_lessons->stepIndex();
    s.bottomTab = m_bottomTabs->currentIndex();
    s.topSplitter = m_topSplitter->saveState();
    s.innerSplitter = m_innerSplitter->saveState();
    s.mainPane = m_mainPane->saveState();
    s.verticalSplitter = m_verticalSplitter->saveState();
    if (!m_banner->isHidden()) {
        s.lastResult = m_lastResult;
        s.bannerInstance = m_bannerInstance;
    }
    return s;
}

void LabWorkspace::restoreViewState(const ViewState &state)
{
    m_sized = true;
    m_topSplitter->restoreState(state.topSplitter);
    m_innerSplitter->restoreState(state.innerSplitter);
    m_mainPane->restoreState(state.mainPane);
    m_verticalSplitter->restoreState(state.verticalSplitter);
    m_bottomTabs->setCurrentIndex(state.bottomTab);
    m_lessons->restoreProgress(state.lessonChoice, state.lesson, state.step);
    if (!state.selected.isEmpty())
        selectInstance(state.selected);
    if (state.lastResult)
        showResult(state.lastResult->first, state.lastResult->second, state.bannerInstance);
}

void LabWorkspace::selectInstance(const QString &name)
{
    m_selected = name;
    updateInstances();
    emit selectionChanged();
}

void LabWorkspace::updateInstances()
{
    m_refreshing = true;
    const LifecycleEngine &engine = m_controller->engine();
    const QStringList names = m_controller->instanceNames();
    m_idToName.clear();
    QStringList visible;
    for (const QString &n : names) {
        const QString id = m_controller->instanceId(n);
        if (engine.contains(id)) {
            m_idToName.insert(id, n);
            visible << n;
        }
    }
    if (!visible.contains(m_selected))
        m_selected = visible.isEmpty() ? QString() : visible.last();

    // The list is rebuilt only when the set of names changes; the states and colours every time.
    QStringList shown;
    for (int i = 0; i < m_instances->count(); ++i)
        shown << m_instances->item(i)->data(Qt::UserRole).toString();
    if (shown != visible) {
        m_instances->clear();
        for (const QString &n : visible) {
            auto *item = new QListWidgetItem(n, m_instances);
            item->setData(Qt::UserRole, n);
        }
    }
    for (int i = 0; i < m_instances->count(); ++i) {
        QListWidgetItem *item = m_instances->item(i);
        const QString n = item->data(Qt::UserRole).toString();
        const InstanceStatus st = engine.status(m_controller->instanceId(n));
        const QString state = stateName(st.state);
        item->setText(QStringLiteral("%1 — %2").arg(n, EventLogModel::stateLabel(st.state)));
        QPixmap dot(12, 12);
        dot.fill(Theme::stateColor(state));
        item->setIcon(QIcon(dot));
        if (n == m_selected)
            m_instances->setCurrentItem(item);
    }

    if (m_selected.isEmpty()) {
        m_instanceInfo->clear();
    } else {
        const InstanceStatus st = engine.status(m_controller->instanceId(m_selected));
        //: %1 instance id, %2 instance type, %3 platform, %4 price per hour, %5 " · Spot" or nothing,
        //: %6 the protections (" · termination protection" and " · stop protection") or nothing
        m_instanceInfo->setText(
            tr("%1 · %2 · %3 · %4 USD/h%5%6")
                .arg(st.instanceId, st.spec.instanceType, platformName(st.spec.platform),
                    st.spec.pricePerHour.toPlainString(),
                    st.spec.market == Market::Spot ? tr(" · Spot") : QString(),
                    (st.spec.terminationProtection ? tr(" · termination protection") : QString())
                        + (st.spec.stopProtection ? tr(" · stop protection") : QString())));
    }
    m_refreshing = false;
}

void LabWorkspace::updateDiagram()
{
    if (m_selected.isEmpty()) {
        m_diagram->setCurrent(std::nullopt, -1, QString());
        m_diagram->setNote(QString());
        return;
    }
    const LifecycleEngine &engine = m_controller->engine();
    const QString id = m_controller->instanceId(m_selected);
    const InstanceStatus st = engine.status(id);
    const QList<StateRecord> history = engine.stateHistory(id);
    double progress = -1;
    if (st.transitionEndsAt && !history.isEmpty()) {
        const qint64 began = history.last().at;
        const qint64 total = qMax<qint64>(1, *st.transitionEndsAt - began);
        progress = double(engine.now() - began) / double(total);
    }
    QString badge;
    if (st.rebooting)
        //: Shown in the running state's box, in place of its code, while a reboot is under way
        badge = StateDiagram::tr("rebooting");
    else if (st.hibernating)
        badge = tr("hibernating (billed)");
    else if (st.hibernated)
        badge = tr("hibernated");
    else if (st.spotInterruptionAt)
        //: Shown in the state's box: %1 is the simulated time of the Spot interruption (H:MM:SS)
        badge = tr("interruption at +%1").arg(hms(*st.spotInterruptionAt));
    else if (st.transitionEndsAt)
        //: Shown in a transitional state's box: %1 is the simulated time it ends (H:MM:SS)
        badge = tr("until +%1").arg(hms(*st.transitionEndsAt));
    m_diagram->setCurrent(st.state, progress, badge);
    const auto move = lastAddressMove();
    m_diagram->setNote(
        //: Note on the state diagram: %1 the Elastic IP, %2 and %3 the instances it moved from and to
        move ? tr("Elastic IP %1 moved: %2 → %3").arg(move->ip, move->from, move->to) : QString());
}

std::optional<LabWorkspace::AddressMove> LabWorkspace::lastAddressMove() const
{
    // An Elastic IP that moved to or from the selected instance at its last address change: the
    // other instance has an address record at the same moment with that Elastic IP gained or lost.
    if (m_selected.isEmpty())
        return std::nullopt;
    const LifecycleEngine &engine = m_controller->engine();
    const QList<AddressRecord> mine = engine.addressHistory(m_controller->instanceId(m_selected));
    if (mine.size() < 2)
        return std::nullopt;
    const AddressRecord &now = mine.last();
    const AddressRecord &before = mine[mine.size() - 2];
    if (now.elasticIp == before.elasticIp)
        return std::nullopt;
    for (auto it = m_idToName.cbegin(); it != m_idToName.cend(); ++it) {
        if (it.value() == m_selected)
            continue;
        const QList<AddressRecord> theirs = engine.addressHistory(it.key());
        for (qsizetype i = 1; i < theirs.size(); ++i) {
            if (theirs[i].at != now.at)
                continue;
            const bool toMe = !now.elasticIp.isEmpty() && theirs[i - 1].elasticIp == now.elasticIp
                && theirs[i].elasticIp.isEmpty();
            const bool fromMe = !before.elasticIp.isEmpty() && theirs[i].elasticIp == before.elasticIp
                && theirs[i - 1].elasticIp.isEmpty();
            if (toMe || fromMe)
                return AddressMove { toMe ? now.elasticIp : before.elasticIp, toMe ? it.value() : m_selected,
                    toMe ? m_selected : it.value(), it.value(), theirs[i], theirs[i - 1] };
        }
    }
    return std::nullopt;
}

void LabWorkspace::updateAddresses()
{
    if (m_selected.isEmpty()) {
        m_addresses->setAddresses(nullptr, nullptr);
        m_addresses->setOtherChange(QString());
        return;
    }
    const auto move = lastAddressMove();
    if (move) {
        //: No address (in "Elastic IP 192.0.2.1 → none")
        const QString none = tr("none");
        //: Under the address card: %1 the Elastic IP, %2 and %3 the instances it moved from and to,
        //: %4 the other instance, %5..%8 its Elastic IP and public IPv4 before and after ("none" if none)
        m_addresses->setOtherChange(
            tr("Elastic IP %1 moved from %2 to %3. On %4: Elastic IP %5 → %6, public IPv4 %7 → %8.")
                .arg(move->ip, move->from, move->to, move->other,
                    move->otherBefore.elasticIp.isEmpty() ? none : move->otherBefore.elasticIp,
                    move->otherNow.elasticIp.isEmpty() ? none : move->otherNow.elasticIp,
                    move->otherBefore.publicIp.isEmpty() ? none : move->otherBefore.publicIp,
                    move->otherNow.publicIp.isEmpty() ? none : move->otherNow.publicIp));
    } else {
        m_addresses->setOtherChange(QString());
    }
    const QList<AddressRecord> addrs
        = m_controller->engine().addressHistory(m_controller->instanceId(m_selected));
    m_addresses->setAddresses(
        addrs.isEmpty() ? nullptr : &addrs.last(), addrs.size() >= 2 ? &addrs[addrs.size() - 2] : nullptr);
}

void LabWorkspace::updateStorage()
{
    if (m_selected.isEmpty()) {
        m_storage->setStatus(nullptr);
        return;
    }
    const InstanceStatus st = m_controller->engine().status(m_controller->instanceId(m_selected));
    m_storage->setStatus(&st);
}

void LabWorkspace::updateBilling()
{
    if (m_selected.isEmpty()) {
        m_billing->setValues({}, {}, {}, {}, 0, tr("No instance"), false);
        m_billing->setPriceNote(QString());
        return;
    }
    const LifecycleEngine &engine = m_controller->engine();
    const InstanceStatus st = engine.status(m_controller->instanceId(m_selected));
    Money eips;
    for (const ElasticAddressStatus &a : engine.elasticAddresses())
        eips += a.cost;
    const bool billable = st.state == InstanceState::Running || st.hibernating;
    // EBS bills while a volume exists: a DeleteOnTermination volume stops at termination.
    bool ebsLeft = false;
    for (const VolumeRecord &v : st.volumes)
        ebsLeft = ebsLeft || (!v.spec.isInstanceStore() && !v.deletedAt);
    QString why;
    if (st.state == InstanceState::Running)
        why = st.spec.platform == Platform::Suse
            ? tr("Billable now: running (SUSE: per started hour)")
            : tr("Billable now: running (per second, 60 s minimum per run)");
    else if (st.hibernating)
        why = tr("Billable now: hibernating (the stopping time is billed)");
    else if (ebsLeft)
        //: %1 is an instance state name, such as "stopped"
        why = tr("Not billed for instance usage while %1; EBS still bills")
                  .arg(EventLogModel::stateLabel(st.state));
    else
        //: %1 is an instance state name, such as "terminated"; the instance's EBS volumes were deleted
        why = tr("Not billed for instance usage while %1, and no EBS volume is left to bill")
                  .arg(EventLogModel::stateLabel(st.state));
    m_billing->setValues(st.billing.instance, st.billing.ebs, st.billing.publicIpv4, eips,
        st.billing.billedSeconds, why, billable);
    m_billing->setPriceNote(priceNote(st));
}

void LabWorkspace::updateTimeline()
{
    // While the clock plays (20 ticks a second) the chart is rebuilt at most every 400 ms: a
    // rebuild lays out axes and legend anew, and doing that on every tick left no time to show them.
    if (m_controller->isPlaying() && !m_controller->isPlayingTo()) {
        if (!m_timelineTimer.isActive())
            m_timelineTimer.start();
        return;
    }
    m_timelineTimer.stop();
    m_timeline->setEngine(m_controller->engine(), m_idToName);
}

void LabWorkspace::updateEventLog()
{
    const LifecycleEngine &engine = m_controller->engine();
    m_eventModel->setEvents(engine.events(), m_idToName, engine.config().start);
}

void LabWorkspace::updateClock()
{
    m_refreshing = true;
    const LifecycleEngine &engine = m_controller->engine();
    const qint64 clock = m_controller->clock();
    const qint64 maxT = qMax(clock, m_controller->scriptEnd() + 600);
    m_scrubber->setRange(0, int(qMin<qint64>(maxT, std::numeric_limits<int>::max())));
    m_scrubber->setValue(int(clock));
    m_clockLabel->setText(
        QStringLiteral("T+%1  %2 UTC")
            .arg(hms(clock), engine.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_refreshing = false;
}

void LabWorkspace::updatePlaying(bool playing)
{
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    // A paused clock must never look like a hung launch: say so next to the Play button.
    m_pausedHint->setVisible(!playing);
}

void LabWorkspace::updateBanner()
{
    if (!m_controller->scriptError().isEmpty()) {
        m_bannerLabel->setText(
            tr("<b>The lab script has a problem:</b> %1").arg(m_controller->scriptError().toHtmlEscaped()));
        m_banner->setStyleSheet(QStringLiteral("QFrame { background:#fde7e9; color:#5c0011; }"));
        m_lastResult.reset();
        m_bannerInstance.clear();
        m_banner->show();
        return;
    }
    // A result about an instance that does not exist at the clock (scrubbed back before its
    // launch, or vanished an hour after termination) would name something no API call can see.
    if (m_bannerInstance.isEmpty())
        return;
    const QString id = m_controller->instanceId(m_bannerInstance);
    if (!m_idToName.contains(id) || m_controller->engine().status(id).vanished)
        clearBanner();
}

void LabWorkspace::clearBanner()
{
    m_banner->hide();
    m_lastResult.reset();
    m_bannerInstance.clear();
}

QString LabWorkspace::priceNote(const InstanceStatus &st) const
{
    const LabController::PriceOrigin origin = m_controller->instancePriceOrigin(m_selected);
    const QString price = tr("%1 USD/h").arg(st.spec.pricePerHour.toPlainString());
    QString note = origin.fromCatalog
        ? tr("Price: %1 from the price catalog (%2, as of %3).")
              .arg(price, origin.source, origin.date.toString(Qt::ISODate))
        : tr("Price: %1, set in the lab script (not a catalog price).").arg(price);
    note += u' '
        + tr("Public IPv4: %1 USD/h, the AWS rate since 2024-02-01.")
              .arg(ec2lab::BillingMeter::publicIpv4PricePerHour().toPlainString());
    return note;
}

QString LabWorkspace::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerLabel->text();
}

QString LabWorkspace::explainRefusal(const QString &code, Action action) const
{
    if (code == u"IncorrectInstanceState") {
        if (action == Action::Hibernate)
            return tr(
                "Hibernation is possible only from running, and not in the first minutes after a launch.");
        if (action == Action::ModifyType)
            return tr("The instance type can only be changed while the instance is stopped.");
        return tr("This action is not allowed from the instance's current state: follow the arrows of the "
                  "state diagram.");
    }
    if (code == u"OperationNotPermitted")
        return tr("A protection attribute blocks this API call. Turn the protection off first; events such "
                  "as an OS shutdown are not blocked.");
    if (code == u"UnsupportedOperation")
        return tr("Instances with an instance-store root device cannot be stopped, and Spot Instances cannot "
                  "have termination protection.");
    if (code == u"UnsupportedHibernationConfiguration")
        return tr("Hibernation must be enabled when the instance is launched; it cannot be added later.");
    if (code == u"InvalidInstanceID.NotFound")
        return tr("A terminated instance disappears about an hour after termination; after that no API call "
                  "can name it.");
    if (code.startsWith(u"InvalidIPAddress") || code.startsWith(u"InvalidAllocationID"))
        return tr("An Elastic IP must be allocated before use, and cannot be used once released.");
    if (code == u"Resource.AlreadyAssociated")
        return tr("The request forbade reassociation (allow_reassociation false); without that, an address "
                  "in use moves to the new instance.");
    if (code == u"AddressLimitExceeded")
        return tr("A Region allows 5 Elastic IPs by default: release one, or raise the quota (eip_quota).");
    if (code == u"InvalidInstanceID" && action == Action::AssociateAddress)
        return tr("An Elastic IP cannot be associated while the instance is pending: wait until it runs.");
    return {};
}

void LabWorkspace::showResult(Action action, const ActionResult &result, const QString &instance)
{
    m_lastResult = std::make_pair(action, result);
    m_bannerInstance = instance;
    const QString what = EventLogModel::actionLabel(action);
    if (result.ok) {
        QString text = tr("<b>%1</b> accepted").arg(what.toHtmlEscaped());
        if (result.previousState && result.currentState)
            text += tr(": %1 → %2")
                        .arg(EventLogModel::stateLabel(*result.previousState),
                            EventLogModel::stateLabel(*result.currentState));
        if (!result.disassociatedInstanceId.isEmpty()) {
            const QString from = m_controller->instanceName(result.disassociatedInstanceId);
            const LifecycleEngine &engine = m_controller->engine();
            const QString nowIp = engine.contains(result.disassociatedInstanceId)
                ? engine.status(result.disassociatedInstanceId).addresses.publicIp
                : QString();
            text += QStringLiteral("<br>")
                + (action == Action::ReleaseAddress
                        //: After "Release EIP accepted": %1 the address, %2 the instance it was on
                        ? tr("%1 was disassociated from %2 first.").arg(result.publicIp, from.toHtmlEscaped())
                        //: After "Associate EIP accepted": %1 the address, %2 the instance it was on
                        : tr("%1 moved here from %2.").arg(result.publicIp, from.toHtmlEscaped()))
                + u' '
                //: %1 the instance the Elastic IP left; %2 its new auto-assigned public IPv4 address
                + (nowIp.isEmpty()
                        ? tr("%1 has no public IPv4 address now.").arg(from.toHtmlEscaped())
                        : tr("%1 now has the public IPv4 address %2.").arg(from.toHtmlEscaped(), nowIp));
        }
        m_bannerLabel->setText(text);
        m_banner->setStyleSheet(QStringLiteral("QFrame { background:#e6f4ea; color:#0b3d1a; }"));
        emit statusMessage(QTextDocumentFragment::fromHtml(text).toPlainText());
    } else {
        const QString why = explainRefusal(result.errorCode, action);
        //: %1 the action and instance, %2 the AWS error code, %3 AWS's message, %4 the rule behind it
        m_bannerLabel->setText(tr("<b>%1 refused — %2</b><br>%3%4")
                                   .arg(what.toHtmlEscaped(), result.errorCode.toHtmlEscaped(),
                                       result.errorMessage.toHtmlEscaped(),
                                       why.isEmpty() ? QString()
                                                     : QStringLiteral("<br><i>") + why.toHtmlEscaped()
                                               + QStringLiteral("</i>")));
        m_banner->setStyleSheet(QStringLiteral("QFrame { background:#fde7e9; color:#5c0011; }"));
        emit statusMessage(tr("%1 refused: %2").arg(what, result.errorCode));
    }
    m_banner->show();
}

void LabWorkspace::trigger(Action action)
{
    if (action == Action::Launch) {
        launch();
        return;
    }
    QJsonObject event;
    event.insert(QStringLiteral("action"), actionName(action));
    const bool needsInstance = actionNeedsInstance(action);
    if (needsInstance) {
        if (m_selected.isEmpty()) {
            showResult(action,
                ActionResult::refused(QStringLiteral("MissingParameter"),
                    tr("Launch an instance first: this action needs one.")),
                QString());
            return;
        }
        event.insert(QStringLiteral("instance"), m_selected);
    }
    const InstanceStatus st = m_selected.isEmpty()
        ? InstanceStatus()
        : m_controller->engine().status(m_controller->instanceId(m_selected));
    if (action == Action::SetTerminationProtection)
        event.insert(QStringLiteral("value"), !st.spec.terminationProtection);
    if (action == Action::SetStopProtection)
        event.insert(QStringLiteral("value"), !st.spec.stopProtection);
    if (action == Action::ModifyType) {
        bool ok = false;
        const QStringList types
            = { QStringLiteral("t3.micro"), QStringLiteral("t3.medium"), QStringLiteral("m5.large"),
                  QStringLiteral("m5.xlarge"), QStringLiteral("c5.large"), QStringLiteral("r5.large") };
        const QString type = QInputDialog::getItem(this, tr("Change instance type"), tr("New instance type:"),
            types, qMax(0, int(types.indexOf(st.spec.instanceType))), true, &ok);
        if (!ok || type.isEmpty())
            return;
        event.insert(QStringLiteral("type"), type);
    }
    if (action == Action::AllocateAddress)
        event.insert(QStringLiteral("address"), m_controller->freshAddressName());
    if (action == Action::AssociateAddress || action == Action::DisassociateAddress
        || action == Action::ReleaseAddress) {
        // AWS rules (spec section 5): associating an address in use on another instance moves it;
        // releasing an associated address disassociates it first; disassociating an idle one is
        // a no-op. So every address is a candidate, the likeliest first, each saying where it is.
        QStringList labels;
        QStringList shown;
        QStringList later;
        QStringList laterShown;
        const QString selectedId = m_selected.isEmpty() ? QString() : m_controller->instanceId(m_selected);
        const auto addresses = m_controller->engine().elasticAddresses();
        for (const ElasticAddressStatus &a : addresses) {
            if (a.releasedAt)
                continue;
            const bool associated = !a.associatedInstanceId.isEmpty();
            //: An Elastic IP in the chooser: %1 its name, %2 its address, %3 the instance it is on
            const QString where = associated
                ? tr("%1 (%2, on %3)")
                      .arg(a.label, a.publicIp, m_controller->instanceName(a.associatedInstanceId))
                //: An Elastic IP in the chooser: %1 its name, %2 its address
                : tr("%1 (%2, not associated)").arg(a.label, a.publicIp);
            bool likely = true;
            if (action == Action::AssociateAddress)
                likely = !associated;
            else if (action == Action::DisassociateAddress)
                likely = associated;
            if (action == Action::AssociateAddress && associated && a.associatedInstanceId == selectedId)
                likely = false;
            (likely ? labels : later) << a.label;
            (likely ? shown : laterShown) << where;
        }
        labels += later;
        shown += laterShown;
        if (labels.isEmpty()) {
            showResult(action,
                ActionResult::refused(QStringLiteral("InvalidAllocationID.NotFound"),
                    tr("There is no Elastic IP to use: allocate one first.")),
                m_selected);
            return;
        }
        QString chosen = labels.first();
        if (labels.size() > 1) {
            bool ok = false;
            const QString picked = QInputDialog::getItem(this, tr("Elastic IP"),
                action == Action::AssociateAddress
                    ? tr("Elastic IP (one on another instance moves to this one):")
                    : tr("Elastic IP:"),
                shown, 0, false, &ok);
            if (!ok)
                return;
            chosen = labels.value(shown.indexOf(picked), chosen);
        }
        event.insert(QStringLiteral("address"), chosen);
    }
    m_acting = true;
    //: Undo history entry: %1 is an instance action ("start"), %2 the instance's name
    const ActionResult r
        = m_controller->perform(event, tr("%1 %2").arg(EventLogModel::actionLabel(action), m_selected));
    m_acting = false;
    showResult(action, r, needsInstance ? m_selected : QString());
}

void LabWorkspace::launch()
{
    LaunchDialog dialog(
        m_controller->freshInstanceName(
            m_controller->instanceNames().isEmpty() ? QStringLiteral("web") : QStringLiteral("web")),
        QStringLiteral("us-east-1"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject instance = dialog.instanceJson();
    instance.insert(QStringLiteral("name"),
        m_controller->freshInstanceName(instance.value(QStringLiteral("name")).toString()));
    m_acting = true;
    const ActionResult r = m_controller->launch(instance);
    m_acting = false;
    selectInstance(instance.value(QStringLiteral("name")).toString());
    showResult(Action::Launch, r, m_selected);
}

} // namespace ec2lab::gui
