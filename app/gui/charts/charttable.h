#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ec2lab::gui {

/// The exact data behind one chart: what CSV/JSON export writes and what "show data" lists.
///
/// Contract: cells are the exact strings the model produced (money as full decimal strings, never
/// re-rounded from the downsampled display points), every row has columns.size() cells, and the
/// assumptions travel with the data so an exported file explains itself.
struct ChartTable
{
    QString chartId; ///< "cumulative", "monthly", "breakdown", "spot", "lifecycle"
    QString title;
    QStringList columns;
    QList<QStringList> rows;
    QStringList assumptions;
    QString snapshotDate; ///< price snapshot date, empty for the lifecycle chart
    QString region; ///< the Region code of a cost chart ("us-east-1"); its name is in the assumptions

    QByteArray toCsv() const;
    QByteArray toJson() const;
};

} // namespace ec2lab::gui
