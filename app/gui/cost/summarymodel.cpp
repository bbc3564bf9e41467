#include "summarymodel.h"

#include "charts/costcharts.h"
#include "cli/costtext.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace ec2lab::gui {

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SummaryModel::setReport(
    const CostReport &report, const std::vector<CostComputation::MissingOption> &missing)
{
    const bool sameShape
        = report.options.size() == m_report.options.size() && missing.size() == m_missing.size();
    m_report = report;
    m_missing = missing;
    if (sameShape && !m_report.options.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        endResetModel();
    }
}

void SummaryModel::setComparison(const QString &homeName,
    const std::vector<CostComputation::RegionResult> &others, const QStringList &otherNames)
{
    const bool sameColumns = others.size() == m_others.size() && otherNames == m_otherNames;
    if (!sameColumns)
        beginResetModel();
    m_homeName = homeName;
    m_others = others;
    m_otherNames = otherNames;
    if (!sameColumns)
        endResetModel();
    else if (!m_others.empty())
        emit headerDataChanged(Qt::Horizontal, Total, columnCount() - 1);
}

QString SummaryModel::rowLabel(int row) const
{
    if (size_t(row) < m_report.options.size())
        return CostText::optionName(m_report.options[size_t(row)]);
    return m_missing[size_t(row) - m_report.options.size()].option;
}

QVariant SummaryModel::regionData(int row, int region, int role) const
{
    const CostComputation::RegionResult &r = m_others[size_t(region)];
    const QString label = rowLabel(row);
    // The same option in the other Region: by id for a priced row, by name for an unpriced one.
    const QString id = size_t(row) < m_report.options.size() ? m_report.options[size_t(row)].id : QString();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    for (const OptionResult &o : r.report.options) {
        if (id.isEmpty() ? CostText::optionName(o) != label : o.id != id)
            continue;
        switch (role) {
        case Qt::DisplayRole:
            return o.total.toString(m_decimals);
        case Qt::UserRole:
            return qlonglong(o.total.nanos());
        case Qt::ToolTipRole:
            //: Tooltip of a Region's total in the summary: %1 the option, %2 the Region
            return QString(tr("%1 in %2").arg(CostText::optionName(o), m_otherNames.value(region))
                + QStringLiteral("\n\n") + CostText::lines(o.explain).join(u'\n'));
        }
        return {};
    }
    // No figure in that Region: why, in words.
    QString reason = r.problems.join(u'\n');
    for (const CostComputation::MissingOption &m : r.missing)
        if (m.option == label)
            reason = m.reason + u'\n' + m.fix;
    switch (role) {
    case Qt::DisplayRole:
        //: A Region's total column of the summary when that Region has no price for the option
        return tr("No price");
    case Qt::UserRole:
        return qlonglong(-1);
    case Qt::ToolTipRole:
        return reason;
    case Qt::ForegroundRole:
        return QBrush(QColor(0x8a, 0x4b, 0x00));
    }
    return {};
}

void SummaryModel::setDecimals(int decimals)
{
    m_decimals = decimals;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.options.size() + m_missing.size());
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_others.size());
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.column() >= ColumnCount) {
        if (role == MissingReasonRole)
            return QString();
        return regionData(index.row(), index.column() - ColumnCount, role);
    }
    if (size_t(index.row()) >= m_report.options.size()) {
        // An option the prices at hand cannot price: it stays, with why and what to do.
        const CostComputation::MissingOption &m = m_missing[size_t(index.row()) - m_report.options.size()];
        switch (role) {
        case MissingReasonRole:
            return m.reason;
        case Qt::ToolTipRole:
            return QString(m.reason + u'\n' + m.fix);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return index.column() == Option ? QVariant() : QVariant(QBrush(QColor(0x8a, 0x4b, 0x00)));
        case Qt::UserRole:
            // Unpriced rows sort after every priced one, whichever the direction the user picks.
            return index.column() == Option ? QVariant(m.option) : QVariant(qlonglong(-1));
        case Qt::DisplayRole:
            // The view spans the reason over the figure columns (CostWorkspace::spanMissingRows).
            if (index.column() == Option)
                return m.option;
            if (index.column() == Upfront)
                //: a summary row without figures: why, in place of the figures
                return tr("No price: %1").arg(m.reason);
            return QString();
        }
        return {};
    }
    const OptionResult &o = m_report.options[size_t(index.row())];
    if (role == MissingReasonRole)
        return QString();
    if (role == Qt::ToolTipRole) {
        QString notes;
        for (const PriceNote &n : o.priceNotes)
            notes += (n.estimate ? tr("Estimate: %1") : tr("Derived: %1")).arg(n.rule) + u'\n';
        return QString(notes + (notes.isEmpty() ? QString() : QStringLiteral("\n"))
            + CostText::lines(o.explain).join(u'\n') + QStringLiteral("\n\n") + snapshotText());
    }
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
        if (sortKey || o.priceNotes.empty())
            return CostText::optionName(o);
        // The marker says the figure rests on an estimate (or a derived price); the tooltip gives
        // the rule and the assumptions list every one.
        return std::any_of(
                   o.priceNotes.cbegin(), o.priceNotes.cend(), [](const PriceNote &n) { return n.estimate; })
            ? tr("%1 (estimate)").arg(CostText::optionName(o))
            : tr("%1 (derived price)").arg(CostText::optionName(o));
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

QStringList SummaryModel::priceNoteLines() const
{
    QStringList out;
    for (const OptionResult &o : m_report.options)
        for (const PriceNote &n : o.priceNotes) {
            //: %1 the option, %2 the price value, %3 the rule, %4 the source, %5 its date
            const QString line
                = (n.estimate ? tr("%1 uses an estimate (%2 USD): %3 · %4, %5")
                              : tr("%1 uses a derived price (%2 USD): %3 · %4, %5"))
                      .arg(CostText::optionName(o), n.value.toPlainString(), n.rule, n.source,
                          n.date.isValid() ? n.date.toString(Qt::ISODate) : tr("date unknown"));
            if (!out.contains(line))
                out << line;
        }
    return out;
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

QString SummaryModel::headerText(int section) const
{
    // Regions side by side: each Region's total names its Region.
    if (section >= ColumnCount)
        //: Summary column of a Region compared side by side: %1 the Region's name
        return tr("Total, %1 (USD)").arg(m_otherNames.value(section - ColumnCount));
    if (section == Total && !m_others.empty())
        return tr("Total, %1 (USD)").arg(m_homeName);
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
