#include "chartexporter.h"

#include "charts/chartbase.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <sys/stat.h>

namespace ec2lab::gui {

ChartExporter::Format ChartExporter::formatFor(const QString &fileName)
{
    const QString s = QFileInfo(fileName).suffix().toLower();
    if (s == u"png")
        return Format::Png;
    if (s == u"svg")
        return Format::Svg;
    if (s == u"pdf")
        return Format::Pdf;
    if (s == u"csv")
        return Format::Csv;
    if (s == u"json")
        return Format::Json;
    return Format::Unknown;
}

QStringList ChartExporter::suffixes()
{
    return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("csv"),
        QStringLiteral("json") };
}

QImage ChartExporter::renderImage(ChartBase *chart, const Options &options)
{
    // Opaque (a chart has a white background): the PNG is then written without an alpha channel,
    // a quarter less to compress.
    QImage image(options.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    const qreal scale = qMax(0.25, options.dpi / 96.0);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.scale(scale, scale);
    chart->paint(&painter, QRectF(0, 0, options.size.width() / scale, options.size.height() / scale));
    painter.end();
    return image;
}

bool ChartExporter::exportTo(
    ChartBase *chart, const QString &fileName, const Options &options, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = fileName + QStringLiteral(": ") + why;
        return false;
    };
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > 20000
        || options.size.height() > 20000)
        return fail(QStringLiteral("size must be between 16 and 20000 pixels"));
    if (options.dpi < 24 || options.dpi > 1200)
        return fail(QStringLiteral("dpi must be between 24 and 1200"));
    // QSaveFile follows a symbolic link and renames over its target: through a link to /dev/null
    // it would replace the device with a regular file. Only a regular file (or a new path) is
    // written over.
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(fileName).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return fail(S_ISDIR(st.st_mode)
                ? QStringLiteral("is a folder; choose a file name")
                : QStringLiteral(
                    "is not a regular file (a device, a pipe or a socket); choose another file name"));

    const Format format = formatFor(fileName);
    switch (format) {
    case Format::Png: {
        const QImage image = renderImage(chart, options);
        QSaveFile f(fileName);
        // Quality 80 = zlib level 1: a chart's flat colours compress almost as well at the
        // fastest level, and it keeps the export well under the 150 ms budget.
        if (!f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG", 80) || !f.commit())
            return fail(f.errorString());
        return true;
    }
    case Format::Svg: {
        // QSvgGenerator writes straight to its device; render to memory, then commit atomically.
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(options.size);
            svg.setViewBox(QRect(QPoint(0, 0), options.size));
            svg.setResolution(options.dpi);
            svg.setTitle(chart->title());
            svg.setDescription(chart->note());
            QPainter painter(&svg);
            chart->paint(&painter, QRectF(QPointF(0, 0), options.size));
        }
        QSaveFile f(fileName);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(f.errorString());
        return true;
    }
    case Format::Pdf: {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter pdf(&buffer);
            pdf.setResolution(options.dpi);
            pdf.setTitle(chart->title());
            pdf.setCreator(QStringLiteral("ec2lab"));
            const QSizeF points(
                options.size.width() * 72.0 / options.dpi, options.size.height() * 72.0 / options.dpi);
            pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&pdf);
            // Draw in the same logical units as the PNG at 96 dpi so text sizes agree.
            const qreal scale = options.dpi / 96.0;
            painter.scale(scale, scale);
            chart->paint(&painter, QRectF(0, 0, pdf.width() / scale, pdf.height() / scale));
        }
        QSaveFile f(fileName);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(f.errorString());
        return true;
    }
    case Format::Csv:
    case Format::Json: {
        const ChartTable table = chart->table();
        const QByteArray bytes = format == Format::Csv ? table.toCsv() : table.toJson();
        QSaveFile f(fileName);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(f.errorString());
        return true;
    }
    case Format::Unknown:
        break;
    }
    return fail(QStringLiteral("unknown format (use .png, .svg, .pdf, .csv or .json)"));
}

void ChartExporter::copyToClipboard(ChartBase *chart)
{
    copyToClipboard(chart, Options());
}

void ChartExporter::copyToClipboard(ChartBase *chart, const Options &options)
{
    auto *mime = new QMimeData;
    mime->setImageData(renderImage(chart, options));
    mime->setText(QString::fromUtf8(chart->table().toCsv()));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void ChartExporter::print(ChartBase *chart, QPrinter *printer)
{
    printer->setPageOrientation(QPageLayout::Landscape);
    QPainter painter(printer);
    const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal scale = printer->resolution() / 96.0;
    painter.scale(scale, scale);
    chart->paint(&painter, QRectF(0, 0, page.width() / scale, page.height() / scale));
}

} // namespace ec2lab::gui
