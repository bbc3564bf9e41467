#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ec2lab::gui {

class ChartBase;

/// Asks where to export a chart, in which format and, for images, the size in pixels and the
/// DPI; then writes the file through ChartExporter and reports a failure in one line.
///
/// Contract: remembers nothing but the last folder, format and size (QSettings); the format is
/// chosen in its own box (PNG, SVG, PDF, CSV, JSON) and the file name's suffix follows it (a
/// suffix typed or browsed to selects the format in turn); size and DPI are disabled for the data
/// formats, which have neither. After a successful export, exportedFile() names the file written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ChartBase *chart, QWidget *parent = nullptr);

    /// The absolute path of the file written by the last successful export ("" before one).
    QString exportedFile() const { return m_exported; }

private:
    void browse();
    void doExport();
    void formatChosen();
    void fileEdited();

    ChartBase *m_chart;
    QComboBox *m_format;
    QLineEdit *m_file;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QString m_exported;
};

} // namespace ec2lab::gui
