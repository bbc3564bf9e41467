#pragma once

#include "inputerror.h"
#include "money.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace ec2lab {

/// Loads a small JSON document (a scenario or a lifecycle script) from disk.
///
/// Contract: refuses missing, unreadable and oversized files (limit \a maxBytes) before reading
/// them, and reports a syntax error with its line and column. Throws InputError.
QJsonDocument loadJsonDocument(const QString &fileName, qint64 maxBytes = 64 * 1024 * 1024);
/// The same for bytes already in memory; \a fileName is only used in messages.
QJsonDocument parseJsonDocument(const QByteArray &bytes, const QString &fileName);

/// A read position inside a parsed JSON document that knows its own JSON path.
///
/// Contract: every typed getter either returns a value of the asked type and range or throws an
/// InputError naming the file, the full JSON path (`instances[0].volumes[1].size_gb`) and what was
/// expected. Optional getters return the default only when the key is absent (or null), never when
/// it holds a value of the wrong type.
class JsonCursor
{
public:
    JsonCursor(const QJsonValue &value, QString fileName, QString path = QString());

    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }
    const QString &fileName() const { return m_file; }

    bool isObject() const { return m_value.isObject(); }
    bool isArray() const { return m_value.isArray(); }
    bool has(const QString &key) const;
    /// The member \a key (may be undefined: typed getters then report it as missing).
    JsonCursor operator[](const QString &key) const;
    JsonCursor operator[](qsizetype index) const;
    qsizetype size() const; ///< array length; throws unless an array
    QStringList keys() const; ///< object keys; throws unless an object

    void requireObject() const;
    void requireArray() const;
    /// Throws if the object has a key outside \a allowed (catches typos such as "actoin").
    void rejectUnknownKeys(const QStringList &allowed) const;

    QString toString() const;
    /// A string the user names something with (an instance, a workload, an option), which tables,
    /// terminals and the app show: a control character in it (an ESC that would drive the
    /// terminal, a newline that would break a row) is refused, shown escaped.
    QString toName() const;
    /// A string that names an EC2 instance type (isInstanceTypeName(): "m5.large"); anything
    /// else is refused, shown escaped.
    QString toInstanceType() const;
    bool toBool() const;
    /// An integer JSON number within [min, max].
    qint64 toInt(qint64 min, qint64 max) const;
    /// A decimal given as a JSON string ("0.096") or, for convenience, a JSON number.
    Money toDecimal() const;

    QString stringOr(const QString &key, const QString &fallback) const;
    /// toName() of \a key, or \a fallback when absent.
    QString nameOr(const QString &key, const QString &fallback) const;
    bool boolOr(const QString &key, bool fallback) const;
    qint64 intOr(const QString &key, qint64 fallback, qint64 min, qint64 max) const;
    std::optional<Money> decimalOr(const QString &key) const;

    /// Throws InputError at this cursor's path.
    [[noreturn]] void fail(const QString &message) const;

private:
    bool isMissing() const;
    QJsonValue m_value;
    QString m_file;
    QString m_path;
};

} // namespace ec2lab
