#pragma once

#include "chartbase.h"
#include "cost/costtypes.h"

namespace ec2lab::gui {

/// Shared by the four cost charts: holds the last CostReport and builds the assumptions note.
///
/// Contract: setReport() stores a copy and rebuilds at once; the note always names the month
/// convention, the price snapshot date and that taxes are excluded.
class CostChart : public ChartBase
{
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    void setReport(const CostReport &report);
    const CostReport &report() const { return m_report; }
    /// x distance between two cumulative points in months (1; the benchmark feeds hourly points).
    void setPeriodMonths(double months) { m_periodMonths = months; }

    static QStringList assumptionLines(const CostReport &report);
    static QString moneyText(Money m) { return m.toString(2); }

protected:
    virtual void rebuild() = 0;
    ChartTable baseTable(const QString &title) const;
    CostReport m_report;
    double m_periodMonths = 1.0;
};

/// Cumulative cost per option over the horizon, with break-even points marked on each line.
class CumulativeChart : public CostChart
{
    Q_OBJECT
public:
    using CostChart::CostChart;
    QString chartId() const override { return QStringLiteral("cumulative"); }
    ChartTable table() const override;

protected:
    void rebuild() override;
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
class SpotBandChart : public CostChart
{
    Q_OBJECT
public:
    using CostChart::CostChart;
    QString chartId() const override { return QStringLiteral("spot"); }
    ChartTable table() const override;

protected:
    void rebuild() override;
};

} // namespace ec2lab::gui
