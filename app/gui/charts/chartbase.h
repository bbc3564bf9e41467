#pragma once

#include "charttable.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsItem;
class QLabel;
class QPainter;

namespace ec2lab::gui {

/// Base of every chart: owns one QChartView and the assumptions note shown under it, and knows
/// how to paint itself (chart + note) into any rectangle, which is all the exporter needs.
///
/// Contract: a subclass fills the chart in rebuild() and returns its exact data from table();
/// paint() renders at the requested size without touching the on-screen layout, so export works
/// offscreen and from a hidden widget. Display series may be downsampled; table() never is.
class ChartBase : public QWidget
{
    Q_OBJECT
public:
    explicit ChartBase(QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }

    virtual QString chartId() const = 0;
    virtual ChartTable table() const = 0;
    QString title() const;

    /// The assumptions note ("730-hour months; prices of 2026-01-19; taxes excluded").
    QString note() const;
    void setNote(const QString &note);

    /// Paints the chart and its note into \a target (logical units of \a painter).
    void paint(QPainter *painter, const QRectF &target);

    /// Reduces a dense series to at most about 2 * \a buckets points keeping each bucket's min and
    /// max, so a spike survives and the redraw stays cheap. Sparse input is returned unchanged.
    static QList<QPointF> downsample(const QList<QPointF> &points, int buckets);

    /// The legend entries as laid out under the plot, one string per entry (tests).
    QStringList legendTexts() const { return m_legendTexts; }
    /// The rectangles of the legend entries, in chart coordinates (tests).
    QList<QRectF> legendRects() const { return m_legendRects; }

    /// A legend entry of its own, not a series: a colour box, or a line sample in \a line's dash.
    struct LegendKey
    {
        QString text;
        QColor color;
        Qt::PenStyle line = Qt::NoPen; ///< NoPen: a box
    };
    /// Series with this dynamic property set to true have no legend entry (a key stands for them).
    static constexpr const char *kNoLegendEntry = "ec2labNoLegendEntry";

signals:
    void rebuilt();

protected:
    /// Replaces Qt's one-row legend, which elides entries that do not fit ("Compute Saving..."),
    /// with one that wraps whole entries onto as many rows as needed under the plot. Call after
    /// each rebuild; it follows the chart's size from then on (on screen and in exports).
    void useWrappingLegend();
    void layoutLegend();
    /// Clears and restyles the chart for a rebuild (fonts follow presenter mode).
    void resetChart(const QString &title);
    void changeEvent(QEvent *event) override;
    /// Keys listed before the series' own entries (empty: the series alone).
    void setLegendKeys(const QList<LegendKey> &keys) { m_legendKeys = keys; }

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_noteLabel = nullptr;
    bool m_wrapLegend = false;
    bool m_layingOutLegend = false;
    QList<QGraphicsItem *> m_legendItems;
    QStringList m_legendTexts;
    QList<QRectF> m_legendRects;
    QList<LegendKey> m_legendKeys;
};

} // namespace ec2lab::gui
