#pragma once

// Architecture. ec2lab is four static libraries; each links only the ones below it, and the
// `architecture` tests fail on an include against the arrows:
//
//   ec2lab_model  model/    values and engines: lifecycle, cost, price catalog (Qt6::Core only,
//                           no user-visible words: enums, codes and numbers)
//   ec2lab_net    app/net   downloading price files from the AWS Price List (Qt Network)
//   ec2lab_cli    app/cli   the headless commands simulate, cost and prices (no QtGui/QtWidgets)
//   ec2lab_gui    app/gui   this desktop app, the charts and their export, `ec2lab export` too
//
//   model <- net <- cli <- gui. main.cpp only chooses: the command line's dispatcher (cli) runs
//   the headless commands and hands `export` and the desktop app to the GUI side (gui.h,
//   export/exportcommand.h). app::setApplicationIdentity() names the application for every path.
//
// The desktop app (app/gui):
//
//   ScenarioDocument  the one QObject facade over the open scenario JSON (cost scenario + the
//                     lab's script under "lab"); every edit is a QUndoCommand and emits
//                     scenarioChanged(path). Autosave and recovery live here too.
//   LabWorkspace      the lifecycle lab. It replays the lab script through the model's
//                     LifecycleEngine up to the simulated clock (so the scrubber can go back in
//                     time and undo works), and shows the state diagram, address/storage cards,
//                     billing meter, timeline chart and event log (item models over the trace).
//   CostWorkspace     the cost comparison. Its editors write into the document; a change
//                     schedules a recompute of the model's cost engine on a worker thread
//                     (QtConcurrent) and the result (a CostReport value) feeds the charts and the
//                     summary table model.
//   ChartBase         one chart per class over a QChartView; ChartExporter renders any of them
//                     to PNG/SVG/PDF or writes its exact table() as CSV/JSON, also headless for
//                     `ec2lab export` (HeadlessExport builds the chart from a scenario file).
//   AdvisorWorkspace  the commitment advisor: imports the user's usage (describe-instances or a
//                     Cost and Usage Report, model/usage), prices it from the catalog
//                     (AdvisorPricing) and charts the total cost against the hourly commitment
//                     with the recommended purchases; its choices live in the document's gui block.
//   CatalogHolder     the one price catalog every workspace prices with (snapshot + the user's
//                     cache), shared immutably with worker threads. UpdatePricesDialog downloads
//                     and imports new prices (app/net) and has it reload; catalogChanged() makes
//                     the type picker and the cost comparison follow.
//
// Data flows one way: model values -> item models / charts -> screen; user edits -> document ->
// scenarioChanged -> recompute. The model library never sees a widget, and returns values, not
// sentences: the words (tr(), so the Korean interface is Korean throughout) are made here.
//
// Switching the language at run time rebuilds the menus and both workspaces around the same
// ScenarioDocument (so the document and its undo history are untouched) and hands the lab's
// LabController (clock, speed, script run) to the new lab; the view state (tab, splitters,
// selected instance, lesson step, last result) is carried across. Every tr() string is therefore
// retranslated without each widget having to repeat its own texts.

#include <QMainWindow>

class QAction;
class QMenu;
class QTabWidget;

namespace ec2lab::gui {

class AdvisorWorkspace;
class ChartBase;
class CostWorkspace;
class LabController;
class LabWorkspace;
class ScenarioDocument;
class Workspace;

/// The main window: three workspaces in tabs, the menus, and the document's file life cycle.
///
/// Contract: never loses work silently: closing, New and Open ask about unsaved changes; every
/// menu command has a shortcut; window layout and the chosen workspace are restored next time; a
/// language change (Preferences or any QEvent::LanguageChange) retranslates the window at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_doc; }
    LabWorkspace *labWorkspace() const { return m_lab; }
    CostWorkspace *costWorkspace() const { return m_cost; }
    AdvisorWorkspace *advisorWorkspace() const { return m_advisor; }
    void showWorkspace(int index);

    bool openFile(const QString &fileName);
    /// Offers the autosaved copy of a session that did not end cleanly.
    void offerRecovery();
    /// Switches the interface language now ("" = system locale, "en", "ko"), stores the choice
    /// and retranslates everything visible, keeping the document, undo history, workspace, lab
    /// state and window geometry.
    void setLanguage(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWorkspaces(LabController *controller);
    void retranslateUi();
    void createActions();
    void updateTitle();
    void updateRecentMenu();
    bool maybeSave();
    bool save();
    bool saveAs();
    void newScenario();
    void open();
    void exportChart();
    void copyChart();
    void printChart();
    void showPreferences();
    void showAbout();
    void setPresenterMode(bool on);
    ChartBase *currentChart() const;
    Workspace *currentWorkspace() const;

    ScenarioDocument *m_doc = nullptr;
    QTabWidget *m_tabs = nullptr;
    LabWorkspace *m_lab = nullptr;
    CostWorkspace *m_cost = nullptr;
    AdvisorWorkspace *m_advisor = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QString m_uiLanguage; ///< the language the widgets were built in
    bool m_retranslatePending = false;
};

} // namespace ec2lab::gui
