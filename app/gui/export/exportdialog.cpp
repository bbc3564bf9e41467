#include "exportdialog.h"

#include "chartexporter.h"
#include "charts/chartbase.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace ec2lab::gui {

ExportDialog::ExportDialog(ChartBase *chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
{
    setWindowTitle(tr("Export chart"));
    QSettings settings;
    auto *form = new QFormLayout(this);
    auto *fileRow = new QHBoxLayout;
    const QString folder = settings
                               .value(QStringLiteral("export/folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    m_file = new QLineEdit(QDir(folder).filePath(chart->chartId() + QStringLiteral(".png")), this);
    m_file->setAccessibleName(tr("Export file"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
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
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&DPI:"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::doExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::browse()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export chart"), m_file->text(),
        tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;CSV data (*.csv);;JSON data "
           "(*.json)"));
    if (!name.isEmpty())
        m_file->setText(name);
}

void ExportDialog::doExport()
{
    QString error;
    const ChartExporter::Options options { QSize(m_width->value(), m_height->value()), m_dpi->value() };
    if (!ChartExporter::exportTo(m_chart, m_file->text(), options, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(m_file->text()).absolutePath());
    settings.setValue(QStringLiteral("export/width"), m_width->value());
    settings.setValue(QStringLiteral("export/height"), m_height->value());
    settings.setValue(QStringLiteral("export/dpi"), m_dpi->value());
    accept();
}

} // namespace ec2lab::gui
