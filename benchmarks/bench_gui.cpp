// Desktop app benchmark (outside CTest). Run on the offscreen platform:
//   QT_QPA_PLATFORM=offscreen build/benchmarks/bench_gui
// Prints the median of several runs for: main window shown and first frame painted; a chart of
// 5 series x 26,280 hourly points rebuilt and redrawn; a PNG export of the default chart.

#include "charts/costcharts.h"
#include "core/scenariodocument.h"
#include "export/chartexporter.h"
#include "export/headlessexport.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace ec2lab;
using namespace ec2lab::gui;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

/// Counts paint events of a widget, so we know when the first frame was drawn.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double firstFrameMs()
{
    QElapsedTimer t;
    t.start();
    MainWindow window;
    PaintWatch watch;
    window.installEventFilter(&watch);
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return t.nsecsElapsed() / 1e6;
}

CostReport denseReport()
{
    // 5 options x 26,280 hourly points (3 years): what an hourly cumulative chart would hold.
    CostReport r;
    r.horizonMonths = 36;
    r.priceSnapshot = QStringLiteral("2026-01-19");
    const Money rates[] = { Money::fromNanos(96'000'000), Money::fromNanos(62'000'000),
        Money::fromNanos(41'000'000), Money::fromNanos(68'000'000), Money::fromNanos(33'000'000) };
    for (int o = 0; o < 5; ++o) {
        OptionResult opt;
        opt.id = QStringLiteral("o%1").arg(o);
        opt.label = QStringLiteral("Option %1").arg(o + 1);
        opt.kind = o == 0 ? OptionKind::OnDemand : OptionKind::Reserved;
        Money sum = o == 2 ? Money::fromUnits(540) : Money();
        opt.cumulative.reserve(26280);
        for (int h = 0; h < 26280; ++h) {
            // A little noise so downsampling has extremes to keep.
            sum += rates[o] + Money::fromNanos((h * 7919 % 13) * 1'000'000);
            opt.cumulative.push_back(sum);
        }
        r.options.push_back(opt);
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    constexpr int kRuns = 7;

    firstFrameMs(); // warm-up: fonts, styles, catalog
    QList<double> frames;
    for (int i = 0; i < kRuns; ++i)
        frames << firstFrameMs();
    out << "window shown + first frame (offscreen): median " << median(frames) << " ms (budget 500 ms)\n";

    const CostReport dense = denseReport();
    CumulativeChart chart;
    chart.resize(1600, 1000);
    chart.setPeriodMonths(1.0 / 730.0);
    QImage target(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    QList<double> redraws;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        chart.setReport(dense);
        const double rebuilt = t.nsecsElapsed() / 1e6;
        QPainter p(&target);
        chart.paint(&p, QRectF(0, 0, 1600, 1000));
        p.end();
        redraws << t.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            out << "  rebuild " << rebuilt << " ms, total " << redraws.last() << " ms\n";
    }
    const ChartTable table = chart.table();
    out << "5 series x 26,280 points rebuild + redraw: median " << median(redraws) << " ms (budget 50 ms); "
        << "exported rows " << table.rows.size() << " (exact, not downsampled)\n";

    QString error;
    QJsonObject scenario = ScenarioDocument::defaultScenario();
    auto defaultChart = HeadlessExport::buildChart(
        scenario, QStringLiteral("default"), QStringLiteral("cumulative"), &error, nullptr);
    if (!defaultChart) {
        out << "default chart failed: " << error << '\n';
        return 1;
    }
    QTemporaryDir dir;
    QList<double> exports;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        if (!ChartExporter::exportTo(defaultChart.get(), dir.filePath(QStringLiteral("c.png")), {}, &error)) {
            out << error << '\n';
            return 1;
        }
        exports << t.nsecsElapsed() / 1e6;
    }
    QList<double> renders;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        const QImage image = ChartExporter::renderImage(defaultChart.get(), {});
        renders << t.nsecsElapsed() / 1e6;
    }
    out << "  of which rendering the 1600x1000 image: median " << median(renders) << " ms\n";
    out << "PNG export of the default chart (1600x1000): median " << median(exports)
        << " ms (budget 150 ms)\n";
    out.flush();
    return 0;
}
