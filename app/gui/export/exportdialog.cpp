#include "exportdialog.h"

#include "chartexporter.h"
#include "charts/chartbase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace ec2lab::gui {

namespace {

/// The suffix of each format, in the order of the format box.
const char *const kSuffixes[] = { "png", "svg", "pdf", "csv", "json" };

bool isData(const QString &suffix)
{
    return suffix == u"csv" || suffix == u"json";
}

} // namespace

ExportDialog::ExportDialog(ChartBase *chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
{
    setWindowTitle(tr("Export chart"));
    QSettings settings;
    auto *form = new QFormLayout(this);
    // Each label has its field as buddy: the "&" marks the shortcut letter and is never shown.
    auto addRow = [&](const QString &text, QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        if (field)
            form->addRow(label, field);
        else
            form->addRow(label, buddy);
    };

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG image"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV data"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON data"), QStringLiteral("json"));
    const QString suffix = settings.value(QStringLiteral("export/format"), QStringLiteral("png")).toString();
    m_format->setCurrentIndex(qMax(0, m_format->findData(suffix)));
    addRow(tr("F&ormat:"), m_format, nullptr);

    auto *fileRow = new QHBoxLayout;
    const QString folder = settings
                               .value(QStringLiteral("export/folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    m_file = new QLineEdit(
        QDir(folder).filePath(chart->chartId() + u'.' + m_format->currentData().toString()), this);
    m_file->setAccessibleName(tr("Export file"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    addRow(tr("&File:"), m_file, fileRow);
    m_width = new QSpinBox(this);
    m_width->setRange(16, 20000);
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1600).toInt());
    m_width->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height = new QSpinBox(this);
    m_height->setRange(16, 20000);
    m_height->setValue(settings.value(QStringLiteral("export/height"), 1000).toInt());
    m_height->setSuffix(tr(" px"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(settings.value(QStringLiteral("export/dpi"), 96).toInt());
    m_dpi->setAccessibleName(tr("Dots per inch"));
    addRow(tr("&Width:"), m_width, nullptr);
    addRow(tr("&Height:"), m_height, nullptr);
    addRow(tr("&DPI:"), m_dpi, nullptr);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::doExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_file, &QLineEdit::textEdited, this, &ExportDialog::fileEdited);
    formatChosen();
}

void ExportDialog::formatChosen()
{
    const QString suffix = m_format->currentData().toString();
    const bool image = !isData(suffix);
    m_width->setEnabled(image);
    m_height->setEnabled(image);
    m_dpi->setEnabled(image);
    // The file name follows the format: replace a known suffix, add one otherwise.
    QString name = m_file->text();
    const QFileInfo info(name);
    bool known = false;
    for (const char *s : kSuffixes)
        known = known || info.suffix().compare(QLatin1String(s), Qt::CaseInsensitive) == 0;
    if (known)
        name.chop(info.suffix().size() + 1);
    if (!name.isEmpty())
        m_file->setText(name + u'.' + suffix);
}

void ExportDialog::fileEdited()
{
    // A suffix typed by hand picks its format, so the two never disagree.
    const int i = m_format->findData(QFileInfo(m_file->text()).suffix().toLower());
    if (i >= 0 && i != m_format->currentIndex()) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(i);
        const bool image = !isData(m_format->currentData().toString());
        m_width->setEnabled(image);
        m_height->setEnabled(image);
        m_dpi->setEnabled(image);
    }
}

void ExportDialog::browse()
{
    QStringList filters;
    for (int i = 0; i < m_format->count(); ++i)
        filters << QStringLiteral("%1 (*.%2)").arg(m_format->itemText(i), m_format->itemData(i).toString());
    QString selected = filters.value(m_format->currentIndex());
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Export chart"), m_file->text(), filters.join(u";;"), &selected);
    if (name.isEmpty())
        return;
    m_file->setText(name);
    const int byFilter = int(filters.indexOf(selected));
    const int bySuffix = m_format->findData(QFileInfo(name).suffix().toLower());
    m_format->setCurrentIndex(bySuffix >= 0 ? bySuffix : qMax(0, byFilter)); // adds a missing suffix
}

void ExportDialog::doExport()
{
    // The chosen format decides: a file name without its suffix gets it.
    if (QFileInfo(m_file->text()).suffix().toLower() != m_format->currentData().toString())
        m_file->setText(m_file->text() + u'.' + m_format->currentData().toString());
    QString error;
    const ChartExporter::Options options { QSize(m_width->value(), m_height->value()), m_dpi->value() };
    if (!ChartExporter::exportTo(m_chart, m_file->text(), options, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_exported = QFileInfo(m_file->text()).absoluteFilePath();
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(m_file->text()).absolutePath());
    settings.setValue(QStringLiteral("export/format"), m_format->currentData().toString());
    settings.setValue(QStringLiteral("export/width"), m_width->value());
    settings.setValue(QStringLiteral("export/height"), m_height->value());
    settings.setValue(QStringLiteral("export/dpi"), m_dpi->value());
    accept();
}

} // namespace ec2lab::gui
