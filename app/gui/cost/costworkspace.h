#pragma once

#include "costcomputation.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace ec2lab::gui {

class BreakdownChart;
class CumulativeChart;
class MonthlyChart;
class OptionsPanel;
class SpotBandChart;
class SummaryModel;
class TypePicker;
class UsageEditor;

/// The cost comparison workspace: type picker, usage editor, horizon and options checklist on the
/// left, the four charts on the right, the summary table (with "show calculation") under both.
/// With Regions compared side by side, the summary has a total column per other Region and the
/// cumulative chart overlays their lines.
///
/// Contract: every document change schedules one recompute on a worker thread (QtConcurrent);
/// while one runs, further edits coalesce into a single follow-up run, so a dragged slider never
/// blocks the window and the last edit always wins. Results reach the charts and the summary
/// model together.
class CostWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit CostWorkspace(ScenarioDocument *doc, QWidget *parent = nullptr);
    ~CostWorkspace() override;

    ChartBase *currentChart() const override;
    QList<ChartBase *> charts() const override;
    void refreshDisplay();

    SummaryModel *summary() const { return m_summary; }
    UsageEditor *usageEditor() const { return m_usage; }
    CumulativeChart *cumulativeChart() const { return m_cumulative; }
    MonthlyChart *monthlyChart() const { return m_monthly; }
    SpotBandChart *spotChart() const { return m_spot; }
    /// Blocks until the pending recompute (if any) has been applied (tests, export).
    void waitForResults();
    const CostComputation::Result &lastResult() const { return m_result; }
    /// The line under the summary table: snapshot date and currency (tests read it).
    QString summaryFooter() const;
    /// The lines under the summary that say which typed prices override the catalog and which
    /// estimated or derived prices the figures use (empty when neither).
    QString pricingNotes() const;
    /// The "show calculation" text as shown (plain text; tests read it).
    QString calculationText() const;
    /// Shows or hides the "show calculation" pane, as its button does.
    void setCalculationVisible(bool visible);
    /// The "show calculation" pane, a pane of the right-hand splitter (tests read its geometry).
    QWidget *calculationPane() const;
    QTableView *summaryView() const;
    TypePicker *typePicker() const { return m_picker; }
    OptionsPanel *optionsPanel() const { return m_options; }
    QSpinBox *horizonBox() const { return m_horizon; }
    QComboBox *monthModeBox() const { return m_monthMode; }

signals:
    void resultsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void startCompute();
    void applyResult();
    void showCalculation();
    void showCalculationPane(bool visible);
    void applyScale();
    void applyHorizon();

    TypePicker *m_picker;
    UsageEditor *m_usage;
    OptionsPanel *m_options;
    QTabWidget *m_chartTabs;
    QSplitter *m_rightSplit = nullptr; ///< the top (inputs and charts), the summary, the calculation
    QSplitter *m_topSplit = nullptr;
    QSpinBox *m_horizon = nullptr;
    QComboBox *m_monthMode = nullptr;
    QComboBox *m_scale = nullptr;
    CumulativeChart *m_cumulative;
    MonthlyChart *m_monthly;
    BreakdownChart *m_breakdown;
    SpotBandChart *m_spot;
    SummaryModel *m_summary;
    QTableView *m_table;
    QTextBrowser *m_calculation;
    QLabel *m_problems;
    QLabel *m_footer;
    QLabel *m_notes;
    QStringList pricingNoteLines() const;
    QString typedPricesLine() const;
    void spanMissingRows();
    void fitSummaryRows();
    QPushButton *m_calcButton;
    QTimer m_debounce;
    QFutureWatcher<CostComputation::Result> m_watcher;
    bool m_dirty = false;
    bool m_sized = false; ///< the splitter's first sizes are set (showEvent)
    bool m_userSized = false; ///< the user moved the summary's handle: its height is theirs
    bool m_pending = false; ///< a computation was started and its result not applied yet
    CostComputation::Result m_result;
};

} // namespace ec2lab::gui
