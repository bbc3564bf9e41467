#include "usageeditor.h"

#include "core/scenariodocument.h"
#include "costcomputation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ec2lab::gui {

namespace {

const char *const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
const QString kUsage = QStringLiteral("workloads[0].usage");
const QString kWorkload = QStringLiteral("workloads[0]");
const QString kStash = QStringLiteral("gui.workload_before_lab");

bool isLabUsage(const QJsonObject &usage)
{
    return usage.value(QStringLiteral("kind")).toString() == u"lifecycle";
}

QString durationText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        //: A duration: %1 days and %2 hours
        return UsageEditor::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return UsageEditor::tr("%1 h %2 min").arg(hours).arg(minutes);
    return UsageEditor::tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
}

} // namespace

UsageEditor::UsageEditor(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Usage pattern"));
    m_kind->addItem(tr("Always on (24 x 7)"), QStringLiteral("always-on"));
    m_kind->addItem(tr("Weekly schedule"), QStringLiteral("weekly"));
    m_kind->addItem(tr("Utilization"), QStringLiteral("utilization"));
    m_kind->addItem(tr("Baseline plus peak"), QStringLiteral("baseline-peak"));
    m_kind->addItem(tr("Lifecycle script from the lab"), QStringLiteral("lifecycle"));
    m_kind->setItemData(m_kind->count() - 1,
        tr("Price what you did in the lifecycle lab: its instances, runs, volumes and addresses"),
        Qt::ToolTipRole);
    form->addRow(tr("&Usage:"), m_kind);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 100000);
    m_count->setAccessibleName(tr("Instance count"));
    form->addRow(tr("Instance &count:"), m_count);
    layout->addLayout(form);

    m_grid = new ScheduleGrid(this);
    layout->addWidget(m_grid, 1);
    auto *presets = new QHBoxLayout;
    const QStringList names
        = { tr("Office hours"), tr("Weekdays 24 h"), tr("Every day 07-22"), tr("All"), tr("Clear") };
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(names[i], this);
        b->setAccessibleName(tr("Preset: %1").arg(names[i]));
        connect(b, &QPushButton::clicked, this, [this, i] { applyPreset(i); });
        presets->addWidget(b);
    }
    layout->addLayout(presets);

    auto *form2 = new QFormLayout;
    auto *utilRow = new QHBoxLayout;
    m_utilization = new QSlider(Qt::Horizontal, this);
    m_utilization->setRange(0, 100);
    m_utilization->setAccessibleName(tr("Utilization percent"));
    m_utilizationLabel = new QLabel(this);
    m_utilizationLabel->setMinimumWidth(48);
    utilRow->addWidget(m_utilization, 1);
    utilRow->addWidget(m_utilizationLabel);
    form2->addRow(tr("Utilization:"), utilRow);
    auto *bpRow = new QHBoxLayout;
    m_baseline = new QSpinBox(this);
    m_baseline->setRange(0, 100000);
    m_baseline->setAccessibleName(tr("Baseline instances"));
    m_peak = new QSpinBox(this);
    m_peak->setRange(0, 100000);
    m_peak->setAccessibleName(tr("Extra instances at peak"));
    bpRow->addWidget(m_baseline);
    //: Between two number boxes: "[2] always on, plus [3] in the grid's hours"
    bpRow->addWidget(new QLabel(tr("always on, plus"), this));
    bpRow->addWidget(m_peak);
    //: After the second number box: "[2] always on, plus [3] in the grid's hours"
    bpRow->addWidget(new QLabel(tr("in the grid's hours"), this));
    bpRow->addStretch();
    form2->addRow(tr("Baseline:"), bpRow);
    layout->addLayout(form2);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Usage hint"));
    layout->addWidget(m_hint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            writeUsage(tr("Change usage pattern"), QString());
    });
    connect(m_grid, &ScheduleGrid::cellsChanged, this, [this] {
        if (m_loading)
            return;
        // Painting on the grid implies a schedule: switch an always-on workload to weekly.
        if (kind() == u"always-on" || kind() == u"utilization") {
            m_loading = true;
            m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("weekly")));
            m_loading = false;
        }
        writeUsage(tr("Paint schedule"), QStringLiteral("grid-%1").arg(m_stroke));
    });
    connect(m_grid, &ScheduleGrid::strokeFinished, this, [this] { ++m_stroke; });
    connect(m_utilization, &QSlider::valueChanged, this, [this](int v) {
        m_utilizationLabel->setText(QStringLiteral("%1%").arg(v));
        if (m_loading)
            return;
        if (kind() != u"utilization") {
            m_loading = true;
            m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("utilization")));
            m_loading = false;
        }
        writeUsage(tr("Change utilization"), QStringLiteral("utilization"));
    });
    connect(m_utilization, &QSlider::sliderReleased, this, [this] { ++m_stroke; });
    connect(m_count, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_loading)
            m_doc->setValue(QStringLiteral("workloads[0].count"), v, tr("Change instance count"),
                QStringLiteral("count"));
    });
    auto bp = [this] {
        if (m_loading)
            return;
        if (kind() != u"baseline-peak") {
            m_loading = true;
            m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("baseline-peak")));
            m_loading = false;
        }
        writeUsage(tr("Change baseline and peak"), QStringLiteral("baseline-peak"));
    };
    connect(m_baseline, &QSpinBox::valueChanged, this, bp);
    connect(m_peak, &QSpinBox::valueChanged, this, bp);
    connect(doc, &ScenarioDocument::scenarioChanged, this, [this](const QString &path) {
        // The lab's edits change what a lab-script usage runs: refresh its summary.
        if (path.isEmpty() || path.startsWith(QStringLiteral("workloads"))
            || (path.startsWith(QStringLiteral("lab")) && kind() == u"lifecycle"))
            load();
    });
    load();
}

QString UsageEditor::hintText() const
{
    return m_hint->text();
}

QString UsageEditor::labHint() const
{
    const QJsonObject usage = m_doc->value(kUsage).toObject();
    if (!usage.value(QStringLiteral("from_lab")).toBool())
        return tr("Lifecycle script file: %1").arg(usage.value(QStringLiteral("script")).toString());
    const CostComputation::LabSummary lab = CostComputation::labSummary(m_doc->json());
    if (!lab.ok)
        return lab.error;
    //: %n instances named in %1 (i-1, i-2), running for %2 (a duration) from %3 (a date and time),
    //: billed for %4 instance-hours
    QString text = tr("Lab script: %n instance(s) (%1), %2 from %3 UTC, %4 billed instance-hours.", nullptr,
        int(lab.instanceNames.size()))
                       .arg(lab.instanceNames.join(QStringLiteral(", ")), durationText(lab.durationSeconds),
                           lab.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           QString::number(double(lab.billedSeconds) / 3600.0, 'f', 2));
    const QStringList types = lab.billedTypes.isEmpty() ? lab.scriptTypes : lab.billedTypes;
    if (types.size() > 1)
        text += u' '
            //: %1 lists the instance types the lab script runs (t3.micro, m5.large)
            + tr("It runs %1; a lab-script workload compares one instance type, so keep one type "
                 "in the lab.")
                  .arg(types.join(QStringLiteral(", ")));
    else
        text += u' '
            + tr("Volumes and public addresses are billed as the lab's meter billed them; each option "
                 "prices the same runs.");
    return text;
}

void UsageEditor::useLabScript()
{
    const QJsonObject before = m_doc->value(kWorkload).toObject();
    QJsonObject after = before;
    for (const char *key : { "count", "ebs", "public_ipv4" })
        after.remove(QString::fromLatin1(key));
    after.insert(QStringLiteral("usage"),
        QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("lifecycle") }, { QStringLiteral("from_lab"), true } });
    // The workload takes the lab's instance type when the lab runs just one.
    const CostComputation::LabSummary lab = CostComputation::labSummary(m_doc->json());
    const QStringList types = lab.billedTypes.isEmpty() ? lab.scriptTypes : lab.billedTypes;
    const bool typeChanges
        = types.size() == 1 && types.first() != before.value(QStringLiteral("instance_type")).toString();
    if (typeChanges)
        after.insert(QStringLiteral("instance_type"), types.first());

    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Use the lab's lifecycle script"));
    if (!isLabUsage(before.value(QStringLiteral("usage")).toObject()))
        m_doc->setValue(kStash, before, QString());
    m_doc->setValue(kWorkload, after, QString());
    if (typeChanges) {
        // The scenario's own hourly prices were for the old type; the catalog prices the lab's.
        for (const char *key : { "on_demand_per_hour", "reserved", "savings_plan_per_hour",
                 "dedicated_host_per_hour", "dedicated_instance_per_hour" })
            m_doc->setValue(QStringLiteral("prices.") + QString::fromLatin1(key),
                QJsonValue(QJsonValue::Undefined), QString());
    }
    undo->endMacro();
}

QString UsageEditor::kind() const
{
    return m_kind->currentData().toString();
}

QJsonObject UsageEditor::weekToJson(const ScheduleGrid::Week &week)
{
    QJsonObject hours;
    for (int d = 0; d < 7; ++d) {
        QJsonArray ranges;
        int h = 0;
        while (h < 24) {
            if (!week.test(ScheduleGrid::index(d, h))) {
                ++h;
                continue;
            }
            const int from = h;
            while (h < 24 && week.test(ScheduleGrid::index(d, h)))
                ++h;
            ranges.append(QJsonArray { from, h });
        }
        if (!ranges.isEmpty())
            hours.insert(QString::fromLatin1(kDays[d]), ranges);
    }
    return hours;
}

ScheduleGrid::Week UsageEditor::weekFromJson(const QJsonObject &hours)
{
    ScheduleGrid::Week week;
    for (int d = 0; d < 7; ++d) {
        const QJsonArray ranges = hours.value(QString::fromLatin1(kDays[d])).toArray();
        for (const QJsonValue &r : ranges) {
            const QJsonArray pair = r.toArray();
            const int from = qBound(0, pair.at(0).toInt(), 24);
            const int to = qBound(0, pair.at(1).toInt(), 24);
            for (int h = from; h < to; ++h)
                week.set(ScheduleGrid::index(d, h));
        }
    }
    return week;
}

void UsageEditor::load()
{
    m_loading = true;
    const QJsonObject usage = m_doc->value(kUsage).toObject();
    const QString k = usage.value(QStringLiteral("kind")).toString(QStringLiteral("always-on"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(k)));
    m_count->setValue(qMax(1, m_doc->value(QStringLiteral("workloads[0].count")).toInt(1)));
    if (k == u"lifecycle") {
        // The script decides when what runs: nothing to paint, no count of its own.
        m_grid->setHours(ScheduleGrid::Week());
        m_grid->setEnabled(false);
        m_count->setEnabled(false);
        m_hint->setText(labHint());
        m_loading = false;
        return;
    }
    if (k == u"weekly")
        m_grid->setHours(weekFromJson(usage.value(QStringLiteral("hours")).toObject()));
    else if (k == u"baseline-peak")
        m_grid->setHours(weekFromJson(usage.value(QStringLiteral("peak_hours")).toObject()));
    else if (k == u"always-on")
        m_grid->setHours(ScheduleGrid::Week().set());
    const QJsonValue pct = usage.value(QStringLiteral("percent"));
    if (!pct.isUndefined())
        m_utilization->setValue(int(pct.isString() ? pct.toString().toDouble() : pct.toDouble()));
    else if (k != u"utilization")
        m_utilization->setValue(100);
    m_utilizationLabel->setText(QStringLiteral("%1%").arg(m_utilization->value()));
    m_baseline->setValue(usage.value(QStringLiteral("baseline")).toInt(0));
    m_peak->setValue(usage.value(QStringLiteral("peak")).toInt(0));
    m_grid->setEnabled(true);
    m_count->setEnabled(k != u"baseline-peak");
    m_hint->setText(k == u"baseline-peak" ? tr("The grid sets the peak hours.")
            : k == u"weekly"
            ? tr("Drag on the grid to paint running hours; drag from a filled cell to erase.")
            : k == u"utilization" ? tr("A steady share of every clock hour.")
                                  : tr("Paint on the grid to switch to a weekly schedule."));
    m_loading = false;
}

void UsageEditor::writeUsage(const QString &undoText, const QString &mergeKey)
{
    QJsonObject usage;
    const QString k = kind();
    if (k == u"lifecycle") {
        useLabScript();
        return;
    }
    usage.insert(QStringLiteral("kind"), k);
    if (k == u"weekly")
        usage.insert(QStringLiteral("hours"), weekToJson(m_grid->hours()));
    if (k == u"utilization")
        usage.insert(QStringLiteral("percent"), QString::number(m_utilization->value()));
    if (k == u"baseline-peak") {
        usage.insert(QStringLiteral("baseline"), m_baseline->value());
        usage.insert(QStringLiteral("peak"), m_peak->value());
        usage.insert(QStringLiteral("peak_hours"), weekToJson(m_grid->hours()));
    }
    if (isLabUsage(m_doc->value(kUsage).toObject())) {
        // Leaving the lab's script: the count, volumes and addresses it replaced come back.
        QJsonObject workload = m_doc->value(kWorkload).toObject();
        const QJsonObject stash = m_doc->value(kStash).toObject();
        for (const char *key : { "count", "ebs", "public_ipv4" }) {
            const QString name = QString::fromLatin1(key);
            if (stash.contains(name))
                workload.insert(name, stash.value(name));
        }
        if (k == u"baseline-peak")
            workload.remove(QStringLiteral("count"));
        workload.insert(QStringLiteral("usage"), usage);
        QUndoStack *undo = m_doc->undoStack();
        undo->beginMacro(undoText);
        m_doc->setValue(kWorkload, workload, QString());
        m_doc->setValue(kStash, QJsonValue(QJsonValue::Undefined), QString());
        undo->endMacro();
        return;
    }
    m_doc->setValue(kUsage, usage, undoText, mergeKey);
}

void UsageEditor::applyPreset(int preset)
{
    ScheduleGrid::Week week;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            bool on = false;
            switch (preset) {
            case 0:
                on = d < 5 && h >= 9 && h < 18;
                break;
            case 1:
                on = d < 5;
                break;
            case 2:
                on = h >= 7 && h < 22;
                break;
            case 3:
                on = true;
                break;
            default:
                on = false;
            }
            week.set(ScheduleGrid::index(d, h), on);
        }
    }
    m_loading = true;
    m_grid->setHours(week);
    if (kind() != u"baseline-peak")
        m_kind->setCurrentIndex(
            m_kind->findData(preset == 3 ? QStringLiteral("always-on") : QStringLiteral("weekly")));
    m_loading = false;
    writeUsage(tr("Apply schedule preset"), QString());
}

} // namespace ec2lab::gui
