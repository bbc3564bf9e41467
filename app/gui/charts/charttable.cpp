#include "charttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ec2lab::gui {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << csvField(c);
    return out.join(u',') + u'\n';
}

} // namespace

QByteArray ChartTable::toCsv() const
{
    // Assumptions go first as '#' comment lines (pandas: comment='#', R: comment.char='#'), so the
    // rows after the header are exactly the table.
    QString out;
    out += QStringLiteral("# ") + title + u'\n';
    if (!snapshotDate.isEmpty())
        out += QStringLiteral("# price snapshot: ") + snapshotDate + u'\n';
    for (const QString &a : assumptions)
        out += QStringLiteral("# ") + a + u'\n';
    out += csvLine(columns);
    for (const QStringList &r : rows)
        out += csvLine(r);
    return out.toUtf8();
}

QByteArray ChartTable::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("chart"), chartId);
    o.insert(QStringLiteral("title"), title);
    o.insert(
        QStringLiteral("price_snapshot"), snapshotDate.isEmpty() ? QJsonValue() : QJsonValue(snapshotDate));
    if (!region.isEmpty())
        o.insert(QStringLiteral("region"), region);
    o.insert(QStringLiteral("assumptions"), QJsonArray::fromStringList(assumptions));
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    QJsonArray rowsJson;
    for (const QStringList &r : rows)
        rowsJson.append(QJsonArray::fromStringList(r));
    o.insert(QStringLiteral("rows"), rowsJson);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace ec2lab::gui
