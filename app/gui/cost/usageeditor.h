#pragma once

#include "schedulegrid.h"

#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QSlider;
class QSpinBox;
class QComboBox;

namespace ec2lab::gui {

class ScenarioDocument;

/// Edits the first workload's usage: always on, a weekly schedule painted on a 168-cell grid
/// (with presets), a utilization slider, the instance count, a baseline plus peak fleet, or the
/// lab's lifecycle script.
///
/// Contract: every change is one document edit of `workloads[0].usage` or `workloads[0].count`
/// in the `ec2lab cost` scenario format; a grid stroke or a slider drag merges into one undo
/// step. Choosing the lab's script writes `{"kind": "lifecycle", "from_lab": true}` as one undo
/// step that also takes the instance type from the lab and drops the count, volumes and addresses
/// (the script has its own; they are kept under `gui.workload_before_lab` and come back when
/// another usage is chosen). The editor shows whatever the document holds (after undo, redo or
/// open), and for the lab's script a one-line summary of what it ran.
class UsageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit UsageEditor(ScenarioDocument *doc, QWidget *parent = nullptr);
    ScheduleGrid *grid() const { return m_grid; }
    QSlider *utilizationSlider() const { return m_utilization; }
    QComboBox *kindBox() const { return m_kind; }
    /// The hint under the editor (for the lab's script: instances, duration and billed hours).
    QString hintText() const;

    static QJsonObject weekToJson(const ScheduleGrid::Week &week);
    static ScheduleGrid::Week weekFromJson(const QJsonObject &hours);

private:
    void load();
    void writeUsage(const QString &undoText, const QString &mergeKey);
    void useLabScript();
    QString labHint() const;
    void applyPreset(int preset);
    QString kind() const;

    ScenarioDocument *m_doc;
    QComboBox *m_kind;
    ScheduleGrid *m_grid;
    QSlider *m_utilization;
    QLabel *m_utilizationLabel;
    QSpinBox *m_count;
    QSpinBox *m_baseline;
    QSpinBox *m_peak;
    QLabel *m_hint;
    int m_stroke = 0;
    bool m_loading = false;
};

} // namespace ec2lab::gui
