#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ec2lab::gui::jsonpath {

namespace {

/// One step of a path: an object key or an array index.
struct Step
{
    QString key;
    qsizetype index = -1;
};

QList<Step> split(const QString &path)
{
    QList<Step> steps;
    QString key;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'.') {
            if (!key.isEmpty())
                steps.append({ key, -1 });
            key.clear();
        } else if (c == u'[') {
            if (!key.isEmpty())
                steps.append({ key, -1 });
            key.clear();
            const qsizetype close = path.indexOf(u']', i);
            steps.append({ QString(), path.mid(i + 1, close - i - 1).toLongLong() });
            i = close;
        } else {
            key.append(c);
        }
    }
    if (!key.isEmpty())
        steps.append({ key, -1 });
    return steps;
}

QJsonValue setRecursive(
    const QJsonValue &node, const QList<Step> &steps, qsizetype at, const QJsonValue &value)
{
    if (at == steps.size())
        return value;
    const Step &s = steps.at(at);
    if (s.index >= 0) {
        QJsonArray array = node.toArray();
        while (array.size() <= s.index)
            array.append(QJsonValue());
        array[s.index] = setRecursive(array.at(s.index), steps, at + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setRecursive(object.value(s.key), steps, at + 1, value);
    if (child.isUndefined())
        object.remove(s.key);
    else
        object.insert(s.key, child);
    return object;
}

} // namespace

QJsonValue get(const QJsonValue &root, const QString &path)
{
    QJsonValue node = root;
    for (const Step &s : split(path)) {
        if (s.index >= 0) {
            if (!node.isArray() || node.toArray().size() <= s.index)
                return QJsonValue(QJsonValue::Undefined);
            node = node.toArray().at(s.index);
        } else {
            if (!node.isObject() || !node.toObject().contains(s.key))
                return QJsonValue(QJsonValue::Undefined);
            node = node.toObject().value(s.key);
        }
    }
    return node;
}

void set(QJsonValue &root, const QString &path, const QJsonValue &value)
{
    root = setRecursive(root, split(path), 0, value);
}

} // namespace ec2lab::gui::jsonpath
