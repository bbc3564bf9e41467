#pragma once

#include "advisorstate.h"
#include "inputerror.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace ec2lab {
class PriceSource;
}

namespace ec2lab::gui {

class CommitmentCurveChart;
class LoadDurationChart;
class PurchaseModel;
class PurchasesChart;
class UsageHeatmapChart;

/// The commitment advisor: the user's own usage (describe-instances JSON or a Cost and Usage
/// Report), its heat map and load-duration curve, the total cost as a function of the hourly
/// Savings Plan commitment with the optimum, conservative and current points, and the table of
/// recommended purchases.
///
/// Contract: the imported usage is the workspace's (like an opened file, not an edit); the term,
/// payment, horizon and current commitment live in the document under gui.advisor, so they are
/// undoable and saved with the scenario. A failed import changes nothing and shows one message
/// naming the file, the position and the field. Moving the commitment re-evaluates only that
/// commitment (the curve is computed when the usage, the options or the prices change).
class AdvisorWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit AdvisorWorkspace(ScenarioDocument *doc, QWidget *parent = nullptr);
    ~AdvisorWorkspace() override;

    ChartBase *currentChart() const override;
    QList<ChartBase *> charts() const override;
    void refreshDisplay();

    /// Reads \a fileName (describe-instances JSON or CUR CSV). On failure returns false, shows the
    /// error (errorText()) and leaves the usage, charts and table as they were.
    bool importUsage(const QString &fileName);
    /// Asks for a file and imports it on a worker thread (a large report does not freeze the
    /// window); the result is applied as importUsage() applies it.
    void importUsageDialog();
    void importUsageInBackground(const QString &fileName);
    bool isImporting() const { return m_importWatcher.isRunning(); }
    /// Prices with \a prices instead of the app's catalog (tests; nullptr = the catalog again).
    void setPriceSource(std::shared_ptr<const PriceSource> prices);

    std::shared_ptr<const AdvisorState> state() const { return m_state; }
    /// Takes over the usage of another Advisor (a language change rebuilds the workspaces).
    void restoreState(std::shared_ptr<const AdvisorState> state, int chartTab);
    int chartTab() const;
    /// The visible error line (empty when the last import succeeded).
    QString errorText() const;
    QString summaryText() const;
    PurchaseModel *purchases() const { return m_purchases; }
    QTableView *purchasesView() const { return m_table; }
    CommitmentCurveChart *curveChart() const { return m_curve; }
    UsageHeatmapChart *heatmapChart() const { return m_heatmap; }
    LoadDurationChart *loadDurationChart() const { return m_load; }
    PurchasesChart *purchasesChart() const { return m_purchaseChart; }
    QSlider *commitmentSlider() const { return m_slider; }
    QDoubleSpinBox *commitmentSpin() const { return m_spin; }

    /// Where the options are kept in the document.
    static AdvisorOptions optionsOf(const ScenarioDocument *doc);
    static Money commitmentOf(const ScenarioDocument *doc);

    /// A usage file as read, or why it could not be read (a value: made on a worker thread).
    struct Imported
    {
        QString fileName;
        bool fleet = false;
        usage::UsageProfile profile;
        usage::FleetUsage fleetUsage;
        std::optional<InputError> error;
    };
    static Imported readUsage(const QString &fileName);

signals:
    void resultsChanged();

private:
    bool applyImport(const Imported &imported);
    void onDocumentChanged(const QString &path);
    void recompute();
    void updateCurrent();
    void applyState(bool allCharts);
    void syncControls();
    void setCommitment(Money commitment);
    std::shared_ptr<const PriceSource> priceSource() const;

    std::shared_ptr<const AdvisorState> m_state;
    std::shared_ptr<const PriceSource> m_prices; ///< a test's source; null = the catalog

    QLabel *m_file;
    QLabel *m_error;
    QLabel *m_summary;
    QComboBox *m_term;
    QComboBox *m_payment;
    QSpinBox *m_horizon;
    QDoubleSpinBox *m_spin;
    QSlider *m_slider;
    QTabWidget *m_chartTabs;
    UsageHeatmapChart *m_heatmap;
    LoadDurationChart *m_load;
    CommitmentCurveChart *m_curve;
    PurchasesChart *m_purchaseChart;
    PurchaseModel *m_purchases;
    QTableView *m_table;
    QPushButton *m_importButton;
    QFutureWatcher<Imported> m_importWatcher;
    bool m_syncing = false;
};

} // namespace ec2lab::gui
