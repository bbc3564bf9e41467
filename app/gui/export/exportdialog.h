#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace ec2lab::gui {

class ChartBase;

/// Asks where to export a chart and, for images, the size in pixels and the DPI; then writes
/// the file through ChartExporter and reports a failure in one line.
///
/// Contract: remembers nothing but the last folder and size (QSettings); the format follows the
/// file suffix chosen (png, svg, pdf, csv, json).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ChartBase *chart, QWidget *parent = nullptr);

private:
    void browse();
    void doExport();

    ChartBase *m_chart;
    QLineEdit *m_file;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
};

} // namespace ec2lab::gui
