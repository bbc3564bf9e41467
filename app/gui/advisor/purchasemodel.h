#pragma once

#include "advisorstate.h"

#include <QAbstractTableModel>
#include <optional>

namespace ec2lab::gui {

/// One way of buying for the imported usage: its purchase, what it costs upfront and per month,
/// and its total over the horizon.
struct PurchaseRow
{
    enum class Kind { OnDemand, PlanOptimum, PlanConservative, PlanCurrent, Reserved, Mix };
    Kind kind = Kind::OnDemand;
    QString strategy; ///< "Compute Savings Plan, optimum"
    QString purchase; ///< "0.14 USD/h, 1 yr, No Upfront" / "2 x m5.large (us-east-1)"
    Money upfront; ///< paid at the start of each term
    Money monthly; ///< the commitment's recurring fee per 730-hour month
    Money total; ///< over the horizon: every commitment owed + On-Demand for the rest
    Money savings; ///< against On-Demand only
    std::optional<Money> utilization; ///< plans only, 0..1
    bool recommended = false;
};

/// The table of recommended purchases: On-Demand only, the Compute Savings Plan at the optimum,
/// at the conservative point and at the user's current commitment, the Standard Reserved
/// Instances, and the cheapest mix of RIs, EC2 Instance and Compute Savings Plans; the cheapest
/// row is the recommendation (the simpler one on ties).
///
/// Contract: rows() is a pure function of the state (the charts and export use it too); money is
/// shown with the chosen decimals, and Qt::UserRole gives the exact decimal string.
class PurchaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Strategy, Purchase, Upfront, Monthly, Total, Savings, Utilization, ColumnCount };

    explicit PurchaseModel(QObject *parent = nullptr);
    void setState(const AdvisorState &state);
    void setDecimals(int decimals);
    const QList<PurchaseRow> &purchaseRows() const { return m_rows; }

    static QList<PurchaseRow> rows(const AdvisorState &state);
    static QString columnTitle(int column);
    /// "1 yr, No Upfront"
    static QString offerText(const AdvisorOptions &options);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PurchaseRow> m_rows;
    int m_decimals = 2;
};

} // namespace ec2lab::gui
