#pragma once

#include "chartbase.h"
#include "cost/costtypes.h"

#include <QColor>
#include <QList>
#include <QRectF>

class QGraphicsItem;
class QScatterSeries;

namespace ec2lab::gui {

/// Shared by the four cost charts: holds the last CostReport and builds the assumptions note.
///
/// Contract: setReport() stores a copy and rebuilds at once; the note always names the month
/// convention, the price snapshot date and that taxes are excluded. The report's assumption notes
/// and option names (legends, table columns) are values worded by CostText (cli/costtext.h), in the
/// interface language.
class CostChart : public ChartBase
{
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    void setReport(const CostReport &report);
    const CostReport &report() const { return m_report; }
    /// x distance between two cumulative points in months (1; the benchmark feeds hourly points).
    void setPeriodMonths(double months) { m_periodMonths = months; }

    /// The money axis: linear (from zero) or logarithmic (whole decades around the data), so one
    /// option far dearer than the rest does not flatten them. Charts without a money line axis
    /// ignore it. The axis title states the scale.
    enum class Scale { Linear, Logarithmic };
    void setScale(Scale scale);
    Scale scale() const { return m_scale; }

    static QStringList assumptionLines(const CostReport &report);
    static QString moneyText(Money m) { return m.toString(2); }

    /// Another Region of a side-by-side comparison: its readable name and its report.
    struct RegionReport
    {
        QString name; ///< e.g. "Asia Pacific (Seoul)"
        CostReport report;
    };
    /// The Regions compared with the report's own (\a homeName); empty for one Region. Takes
    /// effect at the next setReport(). Charts that do not overlay Regions ignore it.
    void setComparison(const QString &homeName, const QList<RegionReport> &others);
    /// Options that have no price (their labels): the legend lists each, marked "(no price)", so
    /// no option silently disappears from a chart. Takes effect at the next setReport().
    void setUnpricedOptions(const QStringList &labels);
    /// The legend text of an option without a price.
    static QString unpricedLegendText(const QString &label);

protected:
    virtual void rebuild() = 0;
    ChartTable baseTable(const QString &title) const;
    /// Adds one empty, dotted legend entry per unpriced option (after the chart's own series).
    void addUnpricedLegendEntries();
    CostReport m_report;
    QString m_homeName;
    QList<RegionReport> m_others;
    QStringList m_unpriced;
    double m_periodMonths = 1.0;
    Scale m_scale = Scale::Linear;
};

/// Cumulative cost per option over the horizon, with break-even points marked on each line.
/// With Regions compared side by side, each other Region's options are drawn over them in the
/// option's colour with that Region's dash style, named "option · Region"; the exported table has
/// a column for each.
///
/// Contract: every break-even month the summary table shows (month 1 included) has its marker and
/// a label in its line's colour; labels never
/// overlap one another and stay inside the plot area, whatever the chart's size (on screen or in
/// an export): they are laid out again whenever the plot area changes, moved off their marker
/// when they must be, with a leader line back to it.
class CumulativeChart : public CostChart
{
    Q_OBJECT
public:
    explicit CumulativeChart(QWidget *parent = nullptr);
    QString chartId() const override { return QStringLiteral("cumulative"); }
    ChartTable table() const override;
    /// The break-even labels' rectangles in chart coordinates, as last laid out (tests).
    QList<QRectF> breakEvenLabelRects() const;
    /// The break-even labels' texts, in the order of breakEvenLabelRects().
    QStringList breakEvenLabelTexts() const;
    /// The break-even markers' points (month, USD), as drawn.
    QList<QPointF> breakEvenMarkers() const;

protected:
    void rebuild() override;

private:
    struct BreakEven
    {
        QPointF value; ///< (month, USD) in chart values
        QString text;
        QColor color;
    };
    void layoutBreakEvenLabels();
    QScatterSeries *markerSeries() const;

    QList<BreakEven> m_breakEvens;
    QList<QGraphicsItem *> m_labelItems; ///< top-level label items, children of the chart
    QList<QRectF> m_labelRects;
    QStringList m_labelTexts;
};

/// Monthly cash flow per option as grouped bars, so upfront payments show as spikes.
class MonthlyChart : public CostChart
{
    Q_OBJECT
public:
    using CostChart::CostChart;
    QString chartId() const override { return QStringLiteral("monthly"); }
    ChartTable table() const override;

protected:
    void rebuild() override;
};

/// Total cost per option split by cost line (compute, upfront, EBS, public IPv4, data transfer).
class BreakdownChart : public CostChart
{
    Q_OBJECT
public:
    using CostChart::CostChart;
    QString chartId() const override { return QStringLiteral("breakdown"); }
    ChartTable table() const override;

protected:
    void rebuild() override;
};

/// Spot cumulative cost as a p10-p90 band with the median, against On-Demand.
///
/// Contract: the band is an area between the p10 and p90 lines whenever they differ. When the
/// range is too narrow to see on the money axis (under 4% of it at the horizon), the band is drawn
/// as the distance of p10 and p90 from the median on a second axis of its own, on the right,
/// whose title says so; the median and On-Demand stay on the left axis.
class SpotBandChart : public CostChart
{
    Q_OBJECT
public:
    using CostChart::CostChart;
    QString chartId() const override { return QStringLiteral("spot"); }
    ChartTable table() const override;
    /// Whether the last rebuild drew the band around the median on its own axis.
    bool bandAroundMedian() const { return m_aroundMedian; }

protected:
    void rebuild() override;

private:
    bool m_aroundMedian = false;
};

} // namespace ec2lab::gui
