#pragma once

#include "cost/costtypes.h"
#include "costcomputation.h"

#include <QAbstractTableModel>

namespace ec2lab::gui {

/// The summary table of the cost comparison: one row per option with upfront, monthly, total,
/// effective hourly rate, savings vs On-Demand, break-even month and break-even utilization.
///
/// Contract: cells show the CostReport's exact values rounded for display only (cents, 6
/// decimals for hourly rates); Qt::UserRole returns a sortable number, Qt::ToolTipRole the
/// option's "show calculation" lines followed by the price snapshot date, which the figure
/// columns' header tooltips also give (snapshotText()). Options left out for a missing price
/// follow the priced ones as rows of their own: figures "—", the reason and the fix in words
/// (MissingReasonRole, tooltip). A row whose option used an estimated or derived price says so
/// after its name, with the rule in its tooltip. Option names and calculation lines are the
/// model's values worded by CostText (cli/costtext.h), so they follow the interface language.
class SummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Option,
        Upfront,
        Monthly,
        Total,
        EffectiveHourly,
        Savings,
        BreakEvenMonth,
        BreakEvenUtilization,
        ColumnCount
    };
    /// The reason an option has no figures, in words (empty for a priced row).
    static constexpr int MissingReasonRole = Qt::UserRole + 1;
    explicit SummaryModel(QObject *parent = nullptr);

    void setReport(const CostReport &report, const std::vector<CostComputation::MissingOption> &missing = {});
    /// Regions side by side: the report's own Region (\a homeName) and the others, each adding a
    /// total column after the figure columns ("Total, Asia Pacific (Seoul)"), matched to the rows
    /// by option label; a Region without a price for an option says "No price" there (reason in
    /// the tooltip). Empty \a others: one Region, no extra column. Call before setReport().
    void setComparison(const QString &homeName, const std::vector<CostComputation::RegionResult> &others,
        const QStringList &otherNames);
    /// The extra total columns of the comparison (0 for one Region).
    int regionColumnCount() const { return int(m_others.size()); }
    const std::vector<CostComputation::MissingOption> &missing() const { return m_missing; }
    /// One line per estimated or derived price the report's options used ("Compute Savings Plan
    /// 1yr: estimate 0.0543 USD/h — rule · source, date"), for the assumptions.
    QStringList priceNoteLines() const;
    const CostReport &report() const { return m_report; }
    void setDecimals(int decimals);
    /// "Prices as of 2026-01-19" (or the scenario's own prices), as on the charts' notes.
    QString snapshotText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString headerText(int section) const;
    QVariant regionData(int row, int region, int role) const;
    QString rowLabel(int row) const;

    CostReport m_report;
    QString m_homeName;
    std::vector<CostComputation::RegionResult> m_others;
    QStringList m_otherNames;
    std::vector<CostComputation::MissingOption> m_missing;
    int m_decimals = 2;
};

} // namespace ec2lab::gui
