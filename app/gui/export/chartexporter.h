#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QPrinter;
class QWidget;

namespace ec2lab::gui {

class ChartBase;

/// Writes a chart (or the data behind it) to a file, the clipboard or a printer.
///
/// Contract: the format follows the file suffix (png, svg, pdf, csv, json); images are rendered
/// into a fixed-size target independent of the window (PNG: exactly size pixels with the DPI stored
/// in the file and fonts scaled by dpi/96; SVG: a viewBox of the size; PDF: a page of the size at
/// the DPI); CSV/JSON write ChartBase::table() exactly. Works on the offscreen platform.
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf, Csv, Json, Unknown };

    struct Options
    {
        QSize size { 1600, 1000 };
        int dpi = 96;
    };

    static Format formatFor(const QString &fileName);
    static QStringList suffixes();

    static QImage renderImage(ChartBase *chart, const Options &options);
    /// Returns false and sets \a error to one line on failure.
    static bool exportTo(ChartBase *chart, const QString &fileName, const Options &options, QString *error);
    static void copyToClipboard(ChartBase *chart);
    static void copyToClipboard(ChartBase *chart, const Options &options);
    static void print(ChartBase *chart, QPrinter *printer);
};

} // namespace ec2lab::gui
