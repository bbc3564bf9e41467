#pragma once

#include "cost/costtypes.h"

#include <QJsonObject>
#include <QStringList>

namespace ec2lab::gui {

/// Runs the model's cost engine on a scenario document's JSON (GUI-only keys stripped, unchecked
/// options left out). Pure function of its input: safe to call on a worker thread.
///
/// Contract: returns the engine's CostReport unchanged. When one option cannot be priced, the
/// others are still computed and \a problems lists one line per option left out (naming the
/// missing price); a scenario that cannot be read at all gives an empty report and the reader's
/// one-line error.
class CostComputation
{
public:
    struct Result
    {
        CostReport report;
        QStringList problems;
        bool ok = false;
    };
    static Result compute(const QJsonObject &scenario, const QString &fileName);
    /// The scenario JSON exactly as `ec2lab cost` would read it.
    static QJsonObject costScenario(const QJsonObject &document);
};

} // namespace ec2lab::gui
