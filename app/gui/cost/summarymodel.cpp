#include "summarymodel.h"

#include "charts/costcharts.h"

#include <QBrush>
#include <QColor>

namespace ec2lab::gui {

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SummaryModel::setReport(const CostReport &report)
{
    const bool sameShape = report.options.size() == m_report.options.size();
    m_report = report;
    if (sameShape && !m_report.options.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        endResetModel();
    }
}

void SummaryModel::setDecimals(int decimals)
{
    m_decimals = decimals;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.options.size());
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OptionResult &o = m_report.options[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return QString(o.explain.join(u'\n') + QStringLiteral("\n\n") + snapshotText());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Option ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Savings && o.savingsPercent.isNegative())
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    const bool sortKey = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sortKey)
        return {};
    auto money = [&](Money m) -> QVariant {
        if (sortKey)
            return qlonglong(m.nanos());
        return m.toString(m_decimals);
    };
    switch (index.column()) {
    case Option:
        return o.label;
    case Upfront:
        return money(o.upfront);
    case Monthly:
        return money(o.monthly);
    case Total:
        return money(o.total);
    case EffectiveHourly:
        if (!o.effectiveHourly)
            return sortKey ? QVariant(qlonglong(-1)) : QVariant(QStringLiteral("—"));
        return sortKey ? QVariant(qlonglong(o.effectiveHourly->nanos()))
                       : QVariant(o.effectiveHourly->toString(6));
    case Savings:
        return sortKey ? QVariant(qlonglong(o.savingsPercent.nanos()))
                       : QVariant(o.savingsPercent.toString(2) + u'%');
    case BreakEvenMonth:
        if (!o.breakEvenMonth)
            return sortKey ? QVariant(9999) : QVariant(QStringLiteral("—"));
        return *o.breakEvenMonth;
    case BreakEvenUtilization:
        if (!o.breakEvenUtilizationPercent)
            return sortKey ? QVariant(qlonglong(-1)) : QVariant(QStringLiteral("—"));
        return sortKey ? QVariant(qlonglong(o.breakEvenUtilizationPercent->nanos()))
                       : QVariant(o.breakEvenUtilizationPercent->toString(1) + u'%');
    }
    return {};
}

QString SummaryModel::snapshotText() const
{
    // The same words as every chart's note, so the table and the charts name one date.
    return CostChart::assumptionLines(m_report).value(0);
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section != Option)
        return snapshotText();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString text = headerText(section);
    // Two lines for the figure columns (at the space nearest the middle, in any language), so the
    // whole table fits beside the charts at 1280 pixels instead of scrolling sideways.
    if (section == Option || text.size() < 10)
        return text;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u' ' && (best < 0 || qAbs(i - text.size() / 2) < qAbs(best - text.size() / 2)))
            best = i;
    return best < 0 ? text : QString(text.left(best) + u'\n' + text.mid(best + 1));
}

QString SummaryModel::headerText(int section)
{
    switch (section) {
    case Option:
        return tr("Option");
    case Upfront:
        return tr("Upfront (USD)");
    case Monthly:
        return tr("Monthly (USD)");
    case Total:
        return tr("Total (USD)");
    case EffectiveHourly:
        return tr("Effective hourly");
    case Savings:
        return tr("Savings vs On-Demand");
    case BreakEvenMonth:
        return tr("Break-even month");
    case BreakEvenUtilization:
        return tr("Break-even utilization");
    }
    return {};
}

} // namespace ec2lab::gui
