#include "charts/chartbase.h"
#include "charts/costcharts.h"
#include "cost/summarymodel.h"
#include "export/chartexporter.h"
#include "export/headlessexport.h"
#include "gui.h"

#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace ec2lab::gui;

/// Each export writes a valid file: PNG and PDF headers, the SVG viewBox, CSV/JSON rows equal to
/// the chart's table; and `ec2lab export` works with no platform set.
class TestChartExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QJsonObject m_scenario;
    QString m_scenarioFile;

    std::unique_ptr<ChartBase> chart(const QString &name)
    {
        QString error;
        QStringList warnings;
        auto c = HeadlessExport::buildChart(m_scenario, m_scenarioFile, name, &error, &warnings);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c;
    }
    QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile def(QStringLiteral(":/ec2lab/default-scenario.json"));
        QVERIFY(def.open(QIODevice::ReadOnly));
        const QByteArray bytes = def.readAll();
        m_scenario = QJsonDocument::fromJson(bytes).object();
        m_scenarioFile = m_dir.filePath(QStringLiteral("scenario.json"));
        QFile out(m_scenarioFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    void images_data()
    {
        QTest::addColumn<QString>("chartName");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        for (const QString &c : HeadlessExport::chartNames())
            for (const QString &s : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") })
                QTest::addRow("%s as %s", qPrintable(c), qPrintable(s)) << c << s << QSize(1200, 700) << 96;
        QTest::newRow("cumulative png 800x500 at 192 dpi")
            << QStringLiteral("cumulative") << QStringLiteral("png") << QSize(800, 500) << 192;
    }
    void images()
    {
        QFETCH(QString, chartName);
        QFETCH(QString, suffix);
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        auto c = chart(chartName);
        QVERIFY(c);
        const QString file = m_dir.filePath(chartName + u'.' + suffix);
        QString error;
        QVERIFY2(ChartExporter::exportTo(c.get(), file, { size, dpi }, &error), qPrintable(error));
        const QByteArray bytes = read(file);
        if (suffix == u"png") {
            QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), size);
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
            // Not blank: the chart drew something besides the white background.
            int dark = 0;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    dark += qGray(image.pixel(x, y)) < 128;
            QVERIFY(dark > 20);
        } else if (suffix == u"svg") {
            QVERIFY(bytes.startsWith("<?xml"));
            QVERIFY2(
                bytes.contains(
                    QStringLiteral("viewBox=\"0 0 %1 %2\"").arg(size.width()).arg(size.height()).toUtf8()),
                bytes.left(300).constData());
            QVERIFY(bytes.contains("</svg>"));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            // A single page whose size is the asked size at the asked DPI (in points).
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = box.match(QString::fromLatin1(bytes));
            QVERIFY(m.hasMatch());
            QCOMPARE(qRound(m.captured(1).toDouble()), qRound(size.width() * 72.0 / dpi));
            QCOMPARE(qRound(m.captured(2).toDouble()), qRound(size.height() * 72.0 / dpi));
        }
    }

    void dataMatchesTheTable_data()
    {
        QTest::addColumn<QString>("chartName");
        for (const QString &c : HeadlessExport::chartNames())
            QTest::newRow(qPrintable(c)) << c;
    }
    void dataMatchesTheTable()
    {
        QFETCH(QString, chartName);
        auto c = chart(chartName);
        QVERIFY(c);
        const ChartTable table = c->table();
        QVERIFY(!table.rows.isEmpty());
        QString error;
        const QString csvFile = m_dir.filePath(chartName + QStringLiteral(".csv"));
        QVERIFY2(ChartExporter::exportTo(c.get(), csvFile, {}, &error), qPrintable(error));
        QStringList lines = QString::fromUtf8(read(csvFile)).split(u'\n', Qt::SkipEmptyParts);
        QStringList comments;
        while (!lines.isEmpty() && lines.first().startsWith(u'#'))
            comments << lines.takeFirst();
        QVERIFY(comments.size() >= 2); // title and the assumptions
        QCOMPARE(lines.takeFirst(), table.columns.join(u','));
        QCOMPARE(lines.size(), table.rows.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i], table.rows[i].join(u','));

        const QString jsonFile = m_dir.filePath(chartName + QStringLiteral(".json"));
        QVERIFY2(ChartExporter::exportTo(c.get(), jsonFile, {}, &error), qPrintable(error));
        const QJsonObject o = QJsonDocument::fromJson(read(jsonFile)).object();
        QCOMPARE(o.value(QStringLiteral("chart")).toString(), chartName);
        QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), table.rows.size());
        QVERIFY(!o.value(QStringLiteral("assumptions")).toArray().isEmpty());
    }

    /// Issue 14 item 4: an exported cost chart names its Region as AWS's offer files do, with the
    /// code alongside (in Korean in the Korean interface): in the note drawn on the image (also the
    /// SVG description), among the CSV's '#' lines and in the JSON (plus the bare code).
    void regionNamedInExports_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("line");
        QTest::newRow("us-east-1, English") << "us-east-1"
                                            << "en"
                                            << "Region: US East (N. Virginia) (us-east-1)";
        QTest::newRow("Seoul, English") << "ap-northeast-2"
                                        << "en"
                                        << "Region: Asia Pacific (Seoul) (ap-northeast-2)";
        QTest::newRow("Seoul, Korean interface")
            << "ap-northeast-2"
            << "ko" << QStringLiteral("리전: 아시아 태평양(서울) (ap-northeast-2)");
    }
    void regionNamedInExports()
    {
        QFETCH(QString, region);
        QFETCH(QString, language);
        QFETCH(QString, line);
        installTranslators(language);
        QJsonObject scenario = m_scenario;
        scenario.insert(QStringLiteral("region"), region);
        for (const QString &name : { QStringLiteral("cumulative"), QStringLiteral("breakdown") }) {
            QString error;
            auto c = HeadlessExport::buildChart(scenario, m_scenarioFile, name, &error, nullptr);
            QVERIFY2(c, qPrintable(error));
            QVERIFY2(c->note().contains(line), qPrintable(c->note()));
            const QString base = m_dir.filePath(name + u'-' + region + u'-' + language);
            QVERIFY2(ChartExporter::exportTo(c.get(), base + QStringLiteral(".csv"), {}, &error),
                qPrintable(error));
            QVERIFY2(
                read(base + QStringLiteral(".csv")).contains(QStringLiteral("\n# %1\n").arg(line).toUtf8()),
                read(base + QStringLiteral(".csv")).left(600).constData());
            QVERIFY2(ChartExporter::exportTo(c.get(), base + QStringLiteral(".json"), {}, &error),
                qPrintable(error));
            const QJsonObject o = QJsonDocument::fromJson(read(base + QStringLiteral(".json"))).object();
            QCOMPARE(o.value(QStringLiteral("region")).toString(), region);
            QVERIFY(o.value(QStringLiteral("assumptions")).toArray().contains(line));
            QVERIFY2(ChartExporter::exportTo(c.get(), base + QStringLiteral(".svg"), {}, &error),
                qPrintable(error));
            QVERIFY(QString::fromUtf8(read(base + QStringLiteral(".svg"))).contains(line.toHtmlEscaped()));
        }
        installTranslators(QStringLiteral("en"));
    }

    void cumulativeDataIsExact()
    {
        auto c = chart(QStringLiteral("cumulative"));
        QVERIFY(c);
        const ChartTable t = c->table();
        // On-Demand, month 12: 12 x (0.096 x 730 + 30 x 0.08 + 0.005 x 730) = 12 x 76.13 = 913.56.
        QCOMPARE(t.columns.at(1), QStringLiteral("On-Demand"));
        QCOMPARE(t.rows.at(11).at(1), QStringLiteral("913.56"));
        QCOMPARE(t.rows.at(35).at(1), QStringLiteral("2740.68"));
        QCOMPARE(t.snapshotDate.isEmpty(), false);
    }

    /// Issue 15 item 8: `ec2lab export` of a Regions comparison draws and tabulates it as the
    /// workspace does: a column per option and Region, the options without a price named.
    void regionsComparisonIsExported()
    {
        const QString file = QStringLiteral(EC2LAB_TEST_DATA "/cost/two-regions-host.json");
        QString error;
        QJsonObject json;
        QVERIFY2(HeadlessExport::readJson(file, &json, &error), qPrintable(error));
        QStringList warnings;
        auto c = HeadlessExport::buildChart(json, file, QStringLiteral("cumulative"), &error, &warnings);
        QVERIFY2(c, qPrintable(error));
        const ChartTable t = c->table();
        // us-east-1: On-Demand (typed 0.096) and the host (typed 5.069); Seoul: On-Demand at the
        // bundled 0.118, and no host price there.
        QCOMPARE(t.columns,
            (QStringList { QStringLiteral("month"), QStringLiteral("On-Demand · US East (N. Virginia)"),
                QStringLiteral("Dedicated Host · US East (N. Virginia)"),
                QStringLiteral("On-Demand · Asia Pacific (Seoul)") }));
        // Month 12: 0.096 x 730 x 12 = 840.96; 5.069 x 730 x 12 = 44404.44; 0.118 x 730 x 12 = 1033.68.
        QCOMPARE(t.rows.at(11),
            (QStringList { QStringLiteral("12"), QStringLiteral("840.96"), QStringLiteral("44404.44"),
                QStringLiteral("1033.68") }));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.front().startsWith(QStringLiteral(
                     "Dedicated Host: No Dedicated Host price for m5 in Asia Pacific (Seoul)")),
            qPrintable(warnings.front()));
    }

    /// Issue 12 item 1: over a 12-month horizon a 3-year term is cut; the cumulative chart marks
    /// the cut and labels what is still owed, and both exported tables carry the figure.
    void horizonCuttingATermIsMarkedAndExported()
    {
        const QString file = QStringLiteral(EC2LAB_TEST_DATA "/cost/short-horizon.json");
        QString error;
        QJsonObject json;
        QVERIFY2(HeadlessExport::readJson(file, &json, &error), qPrintable(error));
        QStringList warnings;
        auto c = HeadlessExport::buildChart(json, file, QStringLiteral("cumulative"), &error, &warnings);
        QVERIFY2(c, qPrintable(error));
        auto *cumulative = qobject_cast<CumulativeChart *>(c.get());
        QVERIFY(cumulative);
        // 3yr No Upfront RI: 0.041 x 8,760 = 359.16 paid by month 12, 0.041 x 17,520 = 718.32 owed;
        // 3yr Partial Upfront plan: 657.00 upfront + 0.025 x 8,760 = 876.00 paid, 438.00 owed.
        const QList<QPointF> cuts = cumulative->horizonCutMarkers();
        QCOMPARE(cuts.size(), 2);
        QCOMPARE(cuts[0], QPointF(12, 359.16));
        QCOMPARE(cuts[1], QPointF(12, 876.00));
        cumulative->resize(1600, 1000);
        cumulative->chart()->resize(1600, 1000);
        QCoreApplication::processEvents();
        QVERIFY2(
            cumulative->breakEvenLabelTexts().contains(QStringLiteral("+718.32 USD owed after the horizon")),
            qPrintable(cumulative->breakEvenLabelTexts().join(u'|')));
        const ChartTable t = cumulative->table();
        // Options: od, ri-3yr-nu, sp-3yr-pu, ri-1yr-once; months 1-12, then the two rows.
        QCOMPARE(t.rows.size(), 14);
        QCOMPARE(t.rows.at(11).at(2), QStringLiteral("359.16"));
        QCOMPARE(t.rows.at(12),
            (QStringList { QStringLiteral("committed_beyond_horizon"), QStringLiteral("0.00"),
                QStringLiteral("718.32"), QStringLiteral("438.00"), QStringLiteral("0.00") }));
        QCOMPARE(t.rows.at(13),
            (QStringList { QStringLiteral("total"), QStringLiteral("840.96"), QStringLiteral("1077.48"),
                QStringLiteral("1314.00"), QStringLiteral("525.60") }));

        auto b = HeadlessExport::buildChart(json, file, QStringLiteral("breakdown"), &error, &warnings);
        QVERIFY2(b, qPrintable(error));
        const ChartTable bt = b->table();
        const qsizetype beyond = bt.columns.indexOf(QStringLiteral("committed_beyond_horizon"));
        QVERIFY(beyond > 0);
        QCOMPARE(bt.columns.last(), QStringLiteral("total"));
        QCOMPARE(bt.rows.at(1).at(beyond), QStringLiteral("718.32"));
        QCOMPARE(bt.rows.at(1).last(), QStringLiteral("1077.48"));
        // The summary's figures beside the parts: no upfront; monthly = 359.16 / 12 = 29.93 (the
        // months' charges, nothing owed beyond); normalised monthly = 0 / 12 + 29.93; effective
        // hourly = 0.041 + 0 / 26,280.
        QCOMPARE(bt.columns.mid(0, 5),
            (QStringList { QStringLiteral("option"), QStringLiteral("upfront"), QStringLiteral("monthly"),
                QStringLiteral("normalized_monthly"), QStringLiteral("effective_hourly") }));
        QCOMPARE(bt.rows.at(1).mid(1, 4),
            (QStringList { QStringLiteral("0.00"), QStringLiteral("29.93"), QStringLiteral("29.93"),
                QStringLiteral("0.041000") }));
        // The 3yr Partial Upfront plan: 657.00 paid in month 1, so normalised = 657.00 / 12 +
        // 219.00 / 12 = 54.75 + 18.25 = 73.00 (monthly = 0.025 x 8,760 / 12 = 18.25).
        QCOMPARE(bt.rows.at(2).mid(1, 3),
            (QStringList { QStringLiteral("657.00"), QStringLiteral("18.25"), QStringLiteral("73.00") }));
        QVERIFY(bt.toCsv().contains("committed_beyond_horizon"));
        QVERIFY(bt.toJson().contains("718.32"));

        // The cost workspace's summary table: the same figures, the total with the obligation.
        SummaryModel summary;
        summary.setReport(cumulative->report());
        QCOMPARE(summary.index(1, SummaryModel::Total).data().toString(), QStringLiteral("1077.48"));
        QCOMPARE(summary.index(1, SummaryModel::CommittedBeyond).data().toString(), QStringLiteral("718.32"));
        QCOMPARE(
            summary.index(1, SummaryModel::EffectiveHourly).data().toString(), QStringLiteral("0.041000"));
        QCOMPARE(summary.index(0, SummaryModel::CommittedBeyond).data().toString(), QStringLiteral("0.00"));
    }

    /// File › Copy chart: the clipboard holds the rendered image at the export size and the data
    /// behind it (with the snapshot date) as text.
    void copyPutsTheImageAndDataOnTheClipboard_data()
    {
        QTest::addColumn<QString>("chartName");
        QTest::addColumn<QSize>("size");
        QTest::newRow("cumulative at the default 1600x1000") << QStringLiteral("cumulative") << QSize();
        QTest::newRow("monthly at 800x450") << QStringLiteral("monthly") << QSize(800, 450);
    }
    void copyPutsTheImageAndDataOnTheClipboard()
    {
        QFETCH(QString, chartName);
        QFETCH(QSize, size);
        auto c = chart(chartName);
        QVERIFY(c);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        QVERIFY(clipboard->image().isNull());
        if (size.isValid()) {
            ChartExporter::Options options;
            options.size = size;
            ChartExporter::copyToClipboard(c.get(), options);
        } else {
            ChartExporter::copyToClipboard(c.get()); // what File › Copy chart calls
            size = ChartExporter::Options().size;
        }
        const QImage image = clipboard->image();
        QCOMPARE(image.size(), size);
        int dark = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY(dark > 20);
        const QString text = clipboard->text();
        QVERIFY2(text.contains(QStringLiteral("# price snapshot: ") + c->table().snapshotDate),
            qPrintable(text.left(200)));
        QVERIFY(text.contains(c->table().columns.join(u',')));
    }

    /// File › Print chart without its dialog: a PDF printer gets one landscape page with the chart.
    void printWritesAPage()
    {
        auto c = chart(QStringLiteral("cumulative"));
        QVERIFY(c);
        const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(file);
            ChartExporter::print(c.get(), &printer);
        }
        const QByteArray bytes = read(file);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // An empty page is about 1 KB; the chart's lines, text and fonts take well over 8 KB.
        QVERIFY2(bytes.size() > 8000, QByteArray::number(bytes.size()).constData());
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toDouble() > m.captured(2).toDouble(), "landscape");
        // One page: "/Type /Page" once, not counting the "/Type /Pages" tree node.
        const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
    }

    void commandLineExportWithoutPlatform()
    {
        const QString out = m_dir.filePath(QStringLiteral("cli.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("export"), m_scenarioFile, QStringLiteral("--chart"), QStringLiteral("monthly"),
                QStringLiteral("--out"), out, QStringLiteral("--width"), QStringLiteral("640"),
                QStringLiteral("--height"), QStringLiteral("400") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(out);
        QCOMPARE(image.size(), QSize(640, 400));
    }

    /// A Region without a price for one of the scenario's options (the default scenario's m5 host
    /// reservation in Seoul): the chart is written without it and stderr says which and why.
    void commandLineNamesAnOptionLeftOut()
    {
        QJsonObject seoul = m_scenario;
        seoul.insert(QStringLiteral("region"), QStringLiteral("ap-northeast-2"));
        const QString in = m_dir.filePath(QStringLiteral("seoul.json"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(seoul).toJson());
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("seoul.csv"));
        QProcess p;
        p.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("export"), in, QStringLiteral("--chart"), QStringLiteral("cumulative"),
                QStringLiteral("--out"), out });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(
            err.contains(QStringLiteral("ec2lab: warning: option left out: Dedicated Host reservation 3yr "
                                        "no-upfront: ")),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Asia Pacific (Seoul)")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("prices.")), qPrintable(err));
        const QByteArray csv = read(out);
        QVERIFY(csv.contains("# Region: Asia Pacific (Seoul) (ap-northeast-2)\n"));
        QVERIFY(!csv.contains("Dedicated Host"));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("unknown chart") << QStringList { QStringLiteral("--chart"), QStringLiteral("pie"),
            QStringLiteral("--out"), QStringLiteral("x.png") }
                                       << 2 << QStringLiteral("unknown chart \"pie\"");
        QTest::newRow("unknown format") << QStringList { QStringLiteral("--chart"), QStringLiteral("monthly"),
            QStringLiteral("--out"), QStringLiteral("x.gif") }
                                        << 2 << QStringLiteral("unknown format");
        QTest::newRow("missing --out") << QStringList { QStringLiteral("--chart"), QStringLiteral("monthly") }
                                       << 2 << QStringLiteral("--out");
        QTest::newRow("--width abc is not a number, not a missing value")
            << QStringList { QStringLiteral("--chart"), QStringLiteral("monthly"), QStringLiteral("--out"),
                   QStringLiteral("x.png"), QStringLiteral("--width"), QStringLiteral("abc") }
            << 2 << QStringLiteral("--width needs a whole number above 0, not \"abc\"");
    }
    void commandLineErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        QProcess p;
        p.start(
            QStringLiteral(EC2LAB_BINARY), QStringList { QStringLiteral("export"), m_scenarioFile } + args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY2(
            QString::fromUtf8(p.readAllStandardError()).contains(stderrContains), qPrintable(stderrContains));
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
    }

    void refusesToReplaceASpecialFile_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("throughSymlink");
        // A FIFO stands in for a device node: both are special files, and a test must never risk
        // replacing a real device.
        QTest::newRow("png through a symlink to a FIFO") << QStringLiteral("link.png") << true;
        QTest::newRow("csv through a symlink to a FIFO") << QStringLiteral("link.csv") << true;
        QTest::newRow("svg straight onto a FIFO") << QStringLiteral("fifo.svg") << false;
    }
    void refusesToReplaceASpecialFile()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, throughSymlink);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(throughSymlink ? QStringLiteral("pipe") : fileName);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString target = dir.filePath(fileName);
        if (throughSymlink)
            QVERIFY(QFile::link(fifo, target));
        const auto c = chart(QStringLiteral("monthly"));
        QVERIFY(c);
        QString error;
        QVERIFY(!ChartExporter::exportTo(c.get(), target, ChartExporter::Options(), &error));
        QVERIFY2(error.contains(target) && error.contains(QStringLiteral("not a regular file")),
            qPrintable(error));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced");
    }

    void commandLineRejectsBadScenario()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"region":"us-east-1","workloads":[{"name":"w","instance_type":"m5.large","usage":{"kind":"sometimes"}}]})");
        f.close();
        QProcess p;
        p.start(QStringLiteral(EC2LAB_BINARY),
            { QStringLiteral("export"), bad, QStringLiteral("--chart"), QStringLiteral("cumulative"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad.png")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(
            err.contains(QStringLiteral("bad.json")) && err.contains(QStringLiteral("workloads[0].usage")),
            qPrintable(err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.png"))));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
