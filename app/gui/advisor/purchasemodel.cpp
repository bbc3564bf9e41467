#include "purchasemodel.h"

#include <QFont>

namespace ec2lab::gui {

namespace {

QString paymentText(PurchaseOption p)
{
    switch (p) {
    case PurchaseOption::NoUpfront:
        return PurchaseModel::tr("No Upfront");
    case PurchaseOption::PartialUpfront:
        return PurchaseModel::tr("Partial Upfront");
    case PurchaseOption::AllUpfront:
        return PurchaseModel::tr("All Upfront");
    }
    return QString();
}

} // namespace

PurchaseModel::PurchaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString PurchaseModel::offerText(const AdvisorOptions &options)
{
    //: %1 the term ("1 yr"), %2 the payment option
    return tr("%1, %2").arg(
        options.term == Term::OneYear ? tr("1 yr") : tr("3 yr"), paymentText(options.payment));
}

QList<PurchaseRow> PurchaseModel::rows(const AdvisorState &state)
{
    QList<PurchaseRow> out;
    if (!state.loaded || !state.hasCurve())
        return out;
    const AdvisorResult &r = state.result;
    const usage::CommitmentCurve &c = r.curve;

    PurchaseRow od;
    od.kind = PurchaseRow::Kind::OnDemand;
    od.strategy = tr("On-Demand only");
    od.purchase = tr("Nothing");
    od.total = c.onDemandTotal;
    out << od;

    auto plan = [&](PurchaseRow::Kind kind, const QString &strategy, const usage::CommitmentPoint &p) {
        PurchaseRow row;
        row.kind = kind;
        row.strategy = strategy;
        //: A Savings Plan purchase: %1 the hourly commitment in USD
        row.purchase = tr("%1 USD/h").arg(p.commitment.toPlainString(2));
        row.upfront = AdvisorPricing::planUpfront(state.options, p.commitment);
        row.monthly = AdvisorPricing::planMonthly(state.options, p.commitment);
        row.total = p.total;
        row.savings = p.savings;
        row.utilization = p.utilization;
        out << row;
    };
    plan(PurchaseRow::Kind::PlanOptimum, tr("Compute Savings Plan, optimum"), c.points[c.optimum]);
    plan(PurchaseRow::Kind::PlanConservative, tr("Compute Savings Plan, conservative"),
        c.points[c.conservative]);
    plan(PurchaseRow::Kind::PlanCurrent, tr("Compute Savings Plan, your choice"), state.current);

    if (!r.reservedPurchases.isEmpty()) {
        PurchaseRow ri;
        ri.kind = PurchaseRow::Kind::Reserved;
        ri.strategy = tr("Standard Reserved Instances");
        // Grouped by Region, in the plan's order: "2 × c5.xlarge, 4 × m5.large (us-east-1)".
        QStringList regions;
        QList<QStringList> parts;
        for (const AdvisorReserved &a : r.reservedPurchases) {
            qsizetype at = regions.indexOf(a.purchase.region);
            if (at < 0) {
                regions << a.purchase.region;
                parts << QStringList();
                at = regions.size() - 1;
            }
            //: One Reserved Instance purchase: %1 count, %2 instance type
            parts[at] << tr("%1 × %2").arg(a.purchase.count).arg(a.purchase.instanceType);
            ri.upfront += a.upfront;
            ri.monthly += a.monthly;
        }
        QStringList groups;
        for (qsizetype i = 0; i < regions.size(); ++i)
            //: Reserved Instances of one Region: %1 the purchases, %2 the Region
            groups << tr("%1 (%2)").arg(parts[i].join(QStringLiteral(", ")), regions[i]);
        ri.purchase = groups.join(QStringLiteral("; "));
        ri.total = r.reserved.total;
        ri.savings = r.reserved.savings;
        out << ri;
    }
    // The mix (CommitmentMixer): RIs, then EC2 Instance plans per Region and family, then one
    // Compute plan. Shown when it buys something no other row shows (not the RIs alone, not the
    // Compute plan alone).
    const usage::CommitmentMix &mix = r.mix;
    const QList<usage::Instrument> ri { usage::Instrument::StandardReserved };
    const QList<usage::Instrument> compute { usage::Instrument::ComputeSavingsPlan };
    const bool sameAsARow
        = (mix.instruments == ri && !mix.reservedAgainstPlans) || mix.instruments == compute;
    if (!mix.purchases.empty() && !sameAsARow) {
        PurchaseRow row;
        row.kind = PurchaseRow::Kind::Mix;
        row.strategy = tr("Mix of commitments");
        QStringList parts;
        for (const usage::MixPurchase &p : mix.purchases) {
            switch (p.instrument) {
            case usage::Instrument::StandardReserved:
                //: A mix's Reserved Instances: %1 count, %2 instance type, %3 Region
                parts << tr("RI %1 × %2 (%3)").arg(p.count).arg(p.scope, p.region);
                break;
            case usage::Instrument::Ec2InstanceSavingsPlan:
                //: A mix's EC2 Instance Savings Plan: %1 USD per hour, %2 family, %3 Region
                parts << tr("EC2 Instance SP %1 USD/h (%2, %3)")
                             .arg(p.commitment.toPlainString(2), p.scope, p.region);
                break;
            case usage::Instrument::ComputeSavingsPlan:
                //: A mix's Compute Savings Plan: %1 USD per hour
                parts << tr("Compute SP %1 USD/h").arg(p.commitment.toPlainString(2));
                break;
            }
            row.upfront += p.upfront;
            row.monthly += p.monthly;
        }
        row.purchase = parts.join(QStringLiteral("; "));
        row.total = mix.total;
        row.savings = mix.savings;
        out << row;
    }
    // The recommendation: the cheapest of On-Demand, the plan's optimum, the RIs and the mix (the
    // first on ties, so nothing is bought when buying saves nothing, and a single instrument
    // before a mix that costs the same).
    int best = 0;
    for (int i = 1; i < out.size(); ++i) {
        const auto k = out[i].kind;
        if ((k == PurchaseRow::Kind::PlanOptimum || k == PurchaseRow::Kind::Reserved
                || k == PurchaseRow::Kind::Mix)
            && out[i].total < out[best].total)
            best = i;
    }
    out[best].recommended = true;
    return out;
}

void PurchaseModel::setState(const AdvisorState &state)
{
    beginResetModel();
    m_rows = rows(state);
    endResetModel();
}

void PurchaseModel::setDecimals(int decimals)
{
    if (decimals == m_decimals)
        return;
    m_decimals = decimals;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString PurchaseModel::columnTitle(int column)
{
    switch (column) {
    case Strategy:
        return tr("Strategy");
    case Purchase:
        return tr("Purchase");
    case Upfront:
        return tr("Upfront per term");
    case Monthly:
        return tr("Monthly fee");
    case Total:
        return tr("Total over horizon");
    case Savings:
        return tr("Savings");
    case Utilization:
        return tr("Utilization");
    default:
        return QString();
    }
}

int PurchaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PurchaseRow &row = m_rows[index.row()];
    const bool exact = role == Qt::UserRole;
    auto money = [&](Money m) { return exact ? m.toPlainString(2) : m.toString(m_decimals); };
    if (role == Qt::DisplayRole || exact) {
        switch (index.column()) {
        case Strategy:
            return row.recommended && !exact ? tr("%1 (recommended)").arg(row.strategy) : row.strategy;
        case Purchase:
            return row.purchase;
        case Upfront:
            return money(row.upfront);
        case Monthly:
            return money(row.monthly);
        case Total:
            return money(row.total);
        case Savings:
            return money(row.savings);
        case Utilization:
            if (!row.utilization)
                return QString();
            return exact ? row.utilization->toPlainString(2)
                         : QStringLiteral("%1 %").arg(row.utilization->mulDiv(100, 1).toString(1));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Upfront)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && row.recommended) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant PurchaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

} // namespace ec2lab::gui
