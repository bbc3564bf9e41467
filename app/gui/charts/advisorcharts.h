#pragma once

#include "advisor/advisorstate.h"
#include "chartbase.h"

#include <QImage>
#include <memory>

class QScatterSeries;

namespace ec2lab::gui {

class HeatmapItem;

/// Shared by the Advisor's charts: holds the workspace's state and builds the assumptions note.
///
/// Contract: setState() stores a shared read-only copy and rebuilds at once; setCurrent() moves
/// only what depends on the user's commitment (cheap, for a slider being dragged). The note names
/// the file, the horizon, the term and payment, the price snapshot and that taxes are excluded.
class AdvisorChart : public ChartBase
{
    Q_OBJECT
public:
    using ChartBase::ChartBase;
    void setState(std::shared_ptr<const AdvisorState> state);
    /// The state's commitment and its evaluation changed; the rest did not.
    void setCurrent(std::shared_ptr<const AdvisorState> state);
    const AdvisorState &state() const;

    static QStringList assumptionLines(const AdvisorState &state);

protected:
    virtual void rebuild() = 0;
    virtual void currentChanged() { }
    ChartTable baseTable(const QString &title) const;
    std::shared_ptr<const AdvisorState> m_state;
};

/// The usage profile as a heat map: hours of the day down, days across, the colour the instances
/// running in that hour (every key together).
///
/// Contract: one cell per profile hour, coloured in one of six bands (zero, then five equal bands
/// up to the peak); the legend names the bands; table() lists every hour exactly.
class UsageHeatmapChart : public AdvisorChart
{
    Q_OBJECT
public:
    explicit UsageHeatmapChart(QWidget *parent = nullptr);
    QString chartId() const override { return QStringLiteral("usage-heatmap"); }
    ChartTable table() const override;
    /// The cells as drawn: columns are days, rows hours of the day (tests).
    QImage cells() const { return m_cells; }
    static constexpr int kBands = 6;
    static QColor bandColor(int band);

protected:
    void rebuild() override;

private:
    void placeCells();
    QImage m_cells;
    HeatmapItem *m_item = nullptr;
};

/// The load-duration curve: the profile's hours sorted from the busiest down, so the share of
/// hours that run at least so many instances reads straight off the line.
class LoadDurationChart : public AdvisorChart
{
    Q_OBJECT
public:
    using AdvisorChart::AdvisorChart;
    QString chartId() const override { return QStringLiteral("load-duration"); }
    ChartTable table() const override;

protected:
    void rebuild() override;
};

/// Total cost over the horizon as a function of the hourly Savings Plan commitment (0 to the
/// peak), with the On-Demand-only total, the optimum, the conservative point and the user's
/// current commitment marked.
///
/// Contract: each mark sits exactly on (commitment, total) of its point; moving the current
/// commitment moves only its mark.
class CommitmentCurveChart : public AdvisorChart
{
    Q_OBJECT
public:
    using AdvisorChart::AdvisorChart;
    QString chartId() const override { return QStringLiteral("commitment-curve"); }
    ChartTable table() const override;
    enum class Mark { Optimum, Conservative, Current };
    /// Where a mark is drawn (USD/h, USD); a null point when there is no curve.
    QPointF markPosition(Mark mark) const;

protected:
    void rebuild() override;
    void currentChanged() override;

private:
    QScatterSeries *m_optimum = nullptr;
    QScatterSeries *m_conservative = nullptr;
    QScatterSeries *m_current = nullptr;
};

/// The recommended purchases as bars of their totals over the horizon; its table() is the
/// purchases table (strategy, purchase, upfront, monthly fee, total, savings, utilization).
class PurchasesChart : public AdvisorChart
{
    Q_OBJECT
public:
    using AdvisorChart::AdvisorChart;
    QString chartId() const override { return QStringLiteral("purchases"); }
    ChartTable table() const override;

protected:
    void rebuild() override;
    void currentChanged() override { rebuild(); }
};

} // namespace ec2lab::gui
