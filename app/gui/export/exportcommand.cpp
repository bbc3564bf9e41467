#include "exportcommand.h"

#include "appidentity.h"
#include "cli/commands.h"
#include "export/chartexporter.h"
#include "export/headlessexport.h"

#include <QApplication>
#include <QFileInfo>

namespace ec2lab::gui {

namespace {

using app::CommandIo;
using app::ExitFailure;
using app::ExitSuccess;
using app::ExitUsage;
using app::printError;

void printExportHelp(QTextStream &out)
{
    out << "Usage: ec2lab export SCENARIO.json --chart CHART --out FILE [--width W] [--height H] [--dpi D]\n"
           "\n"
           "Renders a chart of a scenario without a display, exactly as the desktop app draws it.\n"
           "\n"
           "  --chart CHART   cumulative, monthly, breakdown, spot (cost charts) or lifecycle\n"
           "                  (the scenario's \"lab\" script, or a lifecycle script file)\n"
           "  --out FILE      .png, .svg, .pdf (the chart) or .csv, .json (the exact data behind it,\n"
           "                  with the assumptions and the price snapshot date)\n"
           "  --width W       image width in pixels (default 1600)\n"
           "  --height H      image height in pixels (default 1000)\n"
           "  --dpi D         resolution stored in the image; text scales with D/96 (default 96)\n"
           "\n"
           "Uses the offscreen platform when QT_QPA_PLATFORM is not set.\n"
           "Exit status: 0 success, 1 bad input or failed export, 2 usage error.\n";
    out.flush();
}

} // namespace

int runExport(const QStringList &args, CommandIo &io)
{
    QString scenario, chartName, outFile;
    gui::ChartExporter::Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == u"-h" || a == u"--help") {
            printExportHelp(io.out);
            return ExitSuccess;
        }
        auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args[++i];
            return true;
        };
        QString notANumber;
        auto number = [&](int *target) {
            QString v;
            bool ok = false;
            if (!value(&v))
                return false;
            *target = v.toInt(&ok);
            if (!ok || *target <= 0)
                notANumber = v;
            return ok && *target > 0;
        };
        bool ok = true;
        if (a == u"--chart")
            ok = value(&chartName);
        else if (a == u"--out")
            ok = value(&outFile);
        else if (a == u"--width")
            ok = number(&options.size.rwidth());
        else if (a == u"--height")
            ok = number(&options.size.rheight());
        else if (a == u"--dpi")
            ok = number(&options.dpi);
        else if (a.startsWith(u'-')) {
            printError(io, QStringLiteral("export: unknown option \"%1\" (see ec2lab export --help)").arg(a));
            return ExitUsage;
        } else if (scenario.isEmpty())
            scenario = a;
        else {
            printError(io, QStringLiteral("export: more than one scenario given (\"%1\")").arg(a));
            return ExitUsage;
        }
        if (!ok && i < args.size() && !notANumber.isNull()) {
            printError(io,
                QStringLiteral("export: %1 needs a whole number above 0, not %2 (see ec2lab export --help)")
                    .arg(a, quotedValue(notANumber)));
            return ExitUsage;
        }
        if (!ok) {
            printError(io, QStringLiteral("export: %1 needs a value (see ec2lab export --help)").arg(a));
            return ExitUsage;
        }
    }
    if (scenario.isEmpty() || chartName.isEmpty() || outFile.isEmpty()) {
        printError(io,
            QStringLiteral(
                "export: SCENARIO.json, --chart and --out are required (see ec2lab export --help)"));
        return ExitUsage;
    }
    if (!gui::HeadlessExport::chartNames().contains(chartName)) {
        printError(io,
            QStringLiteral("export: unknown chart \"%1\" (use %2)")
                .arg(chartName, gui::HeadlessExport::chartNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (gui::ChartExporter::formatFor(outFile) == gui::ChartExporter::Format::Unknown) {
        printError(io,
            QStringLiteral("export: %1: unknown format (use .png, .svg, .pdf, .csv or .json)").arg(outFile));
        return ExitUsage;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        printError(io, QStringLiteral("export: needs the GUI libraries (run through ec2lab export)"));
        return ExitFailure;
    }

    QJsonObject json;
    QString error;
    if (!gui::HeadlessExport::readJson(scenario, &json, &error)) {
        printError(io, error);
        return ExitFailure;
    }
    QStringList warnings;
    auto chart = gui::HeadlessExport::buildChart(json, scenario, chartName, &error, &warnings);
    if (!chart) {
        printError(io, error);
        return ExitFailure;
    }
    for (const QString &w : warnings)
        io.err << "ec2lab: warning: option left out: " << w << Qt::endl;
    if (!gui::ChartExporter::exportTo(chart.get(), outFile, options, &error)) {
        printError(io, error);
        return ExitFailure;
    }
    return ExitSuccess;
}

int runExportMain(int argc, char *argv[])
{
    // Charts need a QApplication; with no display configured, render offscreen instead of
    // failing to reach an X server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    app::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandIo io { out, err };
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return runExport(args, io);
}

} // namespace ec2lab::gui
