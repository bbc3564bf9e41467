#include "labworkspace.h"

#include "addresscard.h"
#include "billingmeter.h"
#include "charts/timelinechart.h"
#include "core/theme.h"
#include "eventlogmodel.h"
#include "labcontroller.h"
#include "launchdialog.h"
#include "lessonpanel.h"
#include "lifecycle/billingmeter.h"
#include "statediagram.h"
#include "storagecard.h"

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

/// The action and event buttons, flowed into as many rows as the width needs, so long (Korean)
/// labels and presenter-mode fonts never clip a button and a narrow window gets more rows.
///
/// Contract: buttons keep their order and are never narrower than their text; each row is
/// stretched to the full width; each section starts on a new row under its heading. The height
/// follows the width (heightForWidth), so the enclosing layout and scroll area know it.
class ActionGrid : public QWidget
{
public:
    explicit ActionGrid(QWidget *parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    void addSection(QLabel *heading, const QList<QPushButton *> &buttons)
    {
        heading->setWordWrap(true);
        heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_sections.append({ heading, buttons });
        updateGeometry();
    }
    QSize sizeHint() const override
    {
        int w = 0;
        for (const Section &sec : m_sections) {
            int row = 0;
            for (QPushButton *b : sec.buttons)
                row += b->sizeHint().width() + kSpacing;
            w = qMax(w, qMin(row, 760));
        }
        return { w, heightForWidth(w) };
    }
    QSize minimumSizeHint() const override
    {
        int w = 0;
        for (const Section &sec : m_sections)
            for (QPushButton *b : sec.buttons)
                w = qMax(w, b->sizeHint().width());
        // The real height comes from heightForWidth(); a worst-case (one button a row) minimum
        // height would make every enclosing layout needlessly tall.
        return { w, heightForWidth(sizeHint().width()) };
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(width, false); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        arrange(event->size().width(), true);
    }
    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            updateGeometry();
            arrange(width(), true);
        }
    }
    bool event(QEvent *event) override
    {
        // Buttons change their size hints when they are polished or shown: lay out again then.
        const bool result = QWidget::event(event);
        if (event->type() == QEvent::Show || event->type() == QEvent::ChildPolished
            || event->type() == QEvent::LayoutRequest) {
            updateGeometry();
            arrange(width(), true);
        }
        return result;
    }

private:
    static constexpr int kSpacing = 4;
    struct Section
    {
        QLabel *heading;
        QList<QPushButton *> buttons;
    };
    /// Lays the sections out in \a width (moving the widgets when \a apply) and returns the height.
    int arrange(int width, bool apply) const
    {
        width = qMax(width, 1);
        int y = 0;
        for (const Section &sec : m_sections) {
            const int headingHeight = sec.heading->heightForWidth(width);
            if (apply)
                sec.heading->setGeometry(0, y, width, headingHeight);
            y += headingHeight + kSpacing;
            qsizetype i = 0;
            while (i < sec.buttons.size()) {
                // Greedy: as many buttons as fit, then share the spare width among them.
                qsizetype end = i;
                int used = 0;
                int height = 0;
                while (end < sec.buttons.size()) {
                    const QSize hint = sec.buttons[end]->sizeHint();
                    const int next = used + (end > i ? kSpacing : 0) + hint.width();
                    if (end > i && next > width)
                        break;
                    used = next;
                    height = qMax(height, hint.height());
                    ++end;
                }
                if (apply) {
                    const int spare = qMax(0, width - used);
                    const int count = int(end - i);
                    int x = 0;
                    for (qsizetype k = i; k < end; ++k) {
                        const int extra = spare / count + (int(k - i) < spare % count ? 1 : 0);
                        const int w = sec.buttons[k]->sizeHint().width() + extra;
                        sec.buttons[k]->setGeometry(x, y, w, height);
                        x += w + kSpacing;
                    }
                }
                y += height + kSpacing;
                i = end;
            }
        }
        return qMax(0, y - kSpacing);
    }

    QList<Section> m_sections;
};

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
    m_billing = new BillingMeter(this);
    m_timeline = new TimelineChart(this);
    m_eventModel = new EventLogModel(this);
    m_lessons = new LessonPanel(m_controller, this);

    // Left: instances and lessons.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *instancesBox = new QGroupBox(tr("Instances"), left);
    auto *ib = new QVBoxLayout(instancesBox);
    m_instances = new QListWidget(instancesBox);
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
    cl->addWidget(buildActions());
    cl->addWidget(buildClock());

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
    QScrollArea *centreScroll = scrolling(centre);
    QScrollArea *rightScroll = scrolling(right);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width());
    rightScroll->setMinimumWidth(qMin(420, right->minimumSizeHint().width() + 20));

    auto *top = m_topSplitter = new QSplitter(Qt::Horizontal, this);
    top->addWidget(leftScroll);
    top->addWidget(centreScroll);
    top->addWidget(rightScroll);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setStretchFactor(2, 0);
    top->setChildrenCollapsible(false);
    top->setSizes({ 250, 760, 400 });

    // On a short screen the timeline may be small (the chart still draws at 120 px).
    for (QChartView *view : m_timeline->findChildren<QChartView *>())
        view->setMinimumHeight(120);
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
    connect(vertical, &QSplitter::splitterMoved, this,
        [this] { const QSignalBlocker block(m_bottomToggle); m_bottomToggle->setChecked(isBottomPanelVisible()); });
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
        if (!m_refreshing && !name.isEmpty()) {
            m_selected = name;
            refresh();
        }
    });
    connect(m_controller, &LabController::changed, this, &LabWorkspace::refresh);
    connect(m_controller, &LabController::transition, this,
        [this](const QString &id, InstanceState from, InstanceState to) {
            if (m_controller->instanceName(id) == m_selected)
                m_diagram->animateTransition(from, to);
        });
    refresh();
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
    auto *grid = new ActionGrid(box);
    grid->setObjectName(QStringLiteral("actionGrid"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(6, 4, 6, 6);
    boxLayout->addWidget(grid);
    auto make = [&](const Def &d) {
        auto *b = new QPushButton(d.text, grid);
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
    grid->addSection(new QLabel(tr("API calls"), grid), apiButtons);
    QList<QPushButton *> eventButtons;
    for (const Def &d : events)
        eventButtons << make(d);
    grid->addSection(
        new QLabel(tr("Events (not API calls, never blocked by protections)"), grid), eventButtons);
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
    connect(m_controller, &LabController::playingChanged, this, [this](bool on) {
        m_play->setChecked(on);
        m_play->setText(on ? tr("Pause") : tr("Play"));
    });
    m_play->setChecked(m_controller->isPlaying());
    m_play->setText(m_controller->isPlaying() ? tr("Pause") : tr("Play"));
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
    refresh();
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
        const int w = m_topSplitter->width();
        const int left = qBound(220, w / 5, 300);
        const int right = qBound(330, w * 28 / 100, 420);
        m_topSplitter->setSizes({ left, qMax(300, w - left - right), right });
        // The timeline and log get what the lab's centre column leaves, at most a quarter; a
        // short screen (a 1280x720 projector, presenter fonts) shows the lab itself whole and
        // Ctrl+J brings the timeline back.
        const int h = m_verticalSplitter->height();
        const int needed = m_centre->heightForWidth(m_centre->width());
        const int minBottom = m_bottomTabs->minimumSizeHint().height();
        const int room = h - needed - m_verticalSplitter->handleWidth();
        if (room < minBottom) {
            setBottomPanelVisible(false);
        } else {
            const int bottom = qMin(room, qMax(minBottom, qMin(h / 4, 320))); // qBound asserts if minBottom > 320
            m_verticalSplitter->setSizes({ h - bottom, bottom });
        }
    });
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
    s.verticalSplitter = m_verticalSplitter->saveState();
    if (!m_banner->isHidden())
        s.lastResult = m_lastResult;
    return s;
}

void LabWorkspace::restoreViewState(const ViewState &state)
{
    m_sized = true;
    m_topSplitter->restoreState(state.topSplitter);
    m_verticalSplitter->restoreState(state.verticalSplitter);
    m_bottomTabs->setCurrentIndex(state.bottomTab);
    m_lessons->restoreProgress(state.lessonChoice, state.lesson, state.step);
    if (!state.selected.isEmpty())
        selectInstance(state.selected);
    if (state.lastResult)
        showResult(state.lastResult->first, state.lastResult->second);
}

void LabWorkspace::selectInstance(const QString &name)
{
    m_selected = name;
    refresh();
}

void LabWorkspace::refresh()
{
    m_refreshing = true;
    const LifecycleEngine &engine = m_controller->engine();
    const QStringList names = m_controller->instanceNames();
    QHash<QString, QString> idToName;
    QStringList visible;
    for (const QString &n : names) {
        const QString id = m_controller->instanceId(n);
        if (engine.contains(id)) {
            idToName.insert(id, n);
            visible << n;
        }
    }
    if (!visible.contains(m_selected))
        m_selected = visible.isEmpty() ? QString() : visible.last();

    // Instance list (rebuilt only when the set of names changes; colours every time).
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
        m_diagram->setCurrent(std::nullopt, -1, QString());
        m_addresses->setAddresses(nullptr, nullptr);
        m_storage->setStatus(nullptr);
        m_billing->setValues({}, {}, {}, {}, 0, tr("No instance"), false);
        m_billing->setPriceNote(QString());
        m_instanceInfo->clear();
    } else {
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

        const QList<AddressRecord> addrs = engine.addressHistory(id);
        m_addresses->setAddresses(addrs.isEmpty() ? nullptr : &addrs.last(),
            addrs.size() >= 2 ? &addrs[addrs.size() - 2] : nullptr);
        m_storage->setStatus(&st);
        Money eips;
        for (const ElasticAddressStatus &a : engine.elasticAddresses())
            eips += a.cost;
        const bool billable = st.state == InstanceState::Running || st.hibernating;
        QString why;
        if (st.state == InstanceState::Running)
            why = st.spec.platform == Platform::Suse
                ? tr("Billable now: running (SUSE: per started hour)")
                : tr("Billable now: running (per second, 60 s minimum per run)");
        else if (st.hibernating)
            why = tr("Billable now: hibernating (the stopping time is billed)");
        else
            //: %1 is an instance state name, such as "stopped"
            why = tr("Not billed for instance usage while %1; EBS still bills")
                      .arg(EventLogModel::stateLabel(st.state));
        m_billing->setValues(st.billing.instance, st.billing.ebs, st.billing.publicIpv4, eips,
            st.billing.billedSeconds, why, billable);
        m_billing->setPriceNote(priceNote(st));
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

    m_eventModel->setEvents(engine.events(), idToName, engine.config().start);
    m_timeline->setEngine(engine, idToName);

    const qint64 clock = m_controller->clock();
    const qint64 maxT = qMax(clock, m_controller->scriptEnd() + 600);
    m_scrubber->setRange(0, int(qMin<qint64>(maxT, std::numeric_limits<int>::max())));
    m_scrubber->setValue(int(clock));
    m_clockLabel->setText(
        QStringLiteral("T+%1  %2 UTC")
            .arg(hms(clock), engine.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (!m_controller->scriptError().isEmpty()) {
        m_bannerLabel->setText(
            tr("<b>The lab script has a problem:</b> %1").arg(m_controller->scriptError().toHtmlEscaped()));
        m_lastResult.reset();
        m_banner->show();
    }
    m_refreshing = false;
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
        return tr("An Elastic IP must be allocated before use, and disassociated before it is released.");
    return {};
}

void LabWorkspace::showResult(Action action, const ActionResult &result)
{
    m_lastResult = std::make_pair(action, result);
    const QString what = EventLogModel::actionLabel(action);
    if (result.ok) {
        QString text = tr("<b>%1</b> accepted").arg(what.toHtmlEscaped());
        if (result.previousState && result.currentState)
            text += tr(": %1 → %2")
                        .arg(EventLogModel::stateLabel(*result.previousState),
                            EventLogModel::stateLabel(*result.currentState));
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
                    tr("Launch an instance first: this action needs one.")));
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
        QStringList candidates;
        const auto addresses = m_controller->engine().elasticAddresses();
        for (const ElasticAddressStatus &a : addresses) {
            if (a.releasedAt)
                continue;
            const bool associated = !a.associatedInstanceId.isEmpty();
            if (action == Action::AssociateAddress && associated)
                continue;
            if (action == Action::DisassociateAddress && !associated)
                continue;
            candidates << a.label;
        }
        if (candidates.isEmpty() && action != Action::ReleaseAddress) {
            for (const ElasticAddressStatus &a : addresses)
                if (!a.releasedAt)
                    candidates << a.label;
        }
        if (candidates.isEmpty()) {
            showResult(action,
                ActionResult::refused(QStringLiteral("InvalidAllocationID.NotFound"),
                    tr("There is no Elastic IP to use: allocate one first.")));
            return;
        }
        QString chosen = candidates.first();
        if (candidates.size() > 1) {
            bool ok = false;
            chosen
                = QInputDialog::getItem(this, tr("Elastic IP"), tr("Elastic IP:"), candidates, 0, false, &ok);
            if (!ok)
                return;
        }
        event.insert(QStringLiteral("address"), chosen);
    }
    //: Undo history entry: %1 is an instance action ("start"), %2 the instance's name
    const ActionResult r
        = m_controller->perform(event, tr("%1 %2").arg(EventLogModel::actionLabel(action), m_selected));
    showResult(action, r);
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
    const ActionResult r = m_controller->launch(instance);
    m_selected = instance.value(QStringLiteral("name")).toString();
    refresh();
    showResult(Action::Launch, r);
}

} // namespace ec2lab::gui
