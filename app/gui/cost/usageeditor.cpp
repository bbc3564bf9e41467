#include "usageeditor.h"

#include "core/scenariodocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ec2lab::gui {

namespace {

const char *const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
const QString kUsage = QStringLiteral("workloads[0].usage");

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
    bpRow->addWidget(new QLabel(tr("always on, plus"), this));
    bpRow->addWidget(m_peak);
    bpRow->addWidget(new QLabel(tr("in the grid's hours"), this));
    bpRow->addStretch();
    form2->addRow(tr("Baseline:"), bpRow);
    layout->addLayout(form2);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
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
        if (path.isEmpty() || path.startsWith(QStringLiteral("workloads")))
            load();
    });
    load();
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
