#pragma once

#include <QJsonValue>
#include <QString>

namespace ec2lab::gui {

/// Reads and writes one value inside a JSON tree addressed by a dotted path with indices
/// (`workloads[0].usage.percent`), the same notation the model's error messages use.
///
/// Contract: get() returns an undefined QJsonValue for a path that does not exist; set() creates
/// missing objects along the way (arrays are grown with nulls) and removes the key when the new
/// value is undefined, so an undo that restores "absent" really removes the key.
namespace jsonpath {

QJsonValue get(const QJsonValue &root, const QString &path);
void set(QJsonValue &root, const QString &path, const QJsonValue &value);

} // namespace jsonpath

} // namespace ec2lab::gui
