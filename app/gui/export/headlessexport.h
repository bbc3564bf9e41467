#pragma once

#include "chartexporter.h"
#include "charts/chartbase.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace ec2lab::gui {

class ChartBase;

/// Builds one chart from a scenario file without any window: the engine behind `ec2lab export`
/// and the benchmarks.
///
/// Contract: \a chartName is cumulative, monthly, breakdown, spot or lifecycle. The cost charts
/// run the cost engine on the scenario (the same reader `ec2lab cost` uses, catalog behind the
/// scenario's prices); lifecycle runs the scenario's "lab" script, or the file itself when it is
/// a lifecycle script. On failure returns nullptr and one line in \a error; options the engine
/// could not price are listed in \a warnings and left out. Needs a QApplication.
class HeadlessExport
{
public:
    static QStringList chartNames();
    static std::unique_ptr<ChartBase> buildChart(const QJsonObject &scenario, const QString &fileName,
        const QString &chartName, QString *error, QStringList *warnings);
    /// Reads \a fileName (scenario or lifecycle script) as JSON. Returns false with \a error.
    static bool readJson(const QString &fileName, QJsonObject *out, QString *error);
};

} // namespace ec2lab::gui
