#include "jsonreader.h"

#include "inputfile.h"
#include "offer.h"

#include <QJsonParseError>
#include <QLocale>
#include <cmath>

namespace ec2lab {

namespace {

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

} // namespace

QJsonDocument parseJsonDocument(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        throw InputError { fileName, lineAndColumn(bytes, err.offset),
            QStringLiteral("invalid JSON: ") + err.errorString() };
    if (!doc.isObject())
        throw InputError { fileName, QString(), QStringLiteral("the top level must be a JSON object") };
    return doc;
}

QJsonDocument loadJsonDocument(const QString &fileName, qint64 maxBytes)
{
    return parseJsonDocument(InputFile::read(fileName, maxBytes), fileName);
}

JsonCursor::JsonCursor(const QJsonValue &value, QString fileName, QString path)
    : m_value(value)
    , m_file(std::move(fileName))
    , m_path(std::move(path))
{
}

bool JsonCursor::isMissing() const
{
    return m_value.isUndefined() || m_value.isNull();
}

void JsonCursor::fail(const QString &message) const
{
    throw InputError { m_file, m_path.isEmpty() ? QStringLiteral("(top level)") : m_path, message };
}

bool JsonCursor::has(const QString &key) const
{
    return m_value.isObject() && m_value.toObject().contains(key) && !m_value.toObject().value(key).isNull();
}

JsonCursor JsonCursor::operator[](const QString &key) const
{
    requireObject();
    const QString path = m_path.isEmpty() ? key : m_path + u'.' + key;
    return JsonCursor(m_value.toObject().value(key), m_file, path);
}

JsonCursor JsonCursor::operator[](qsizetype index) const
{
    requireArray();
    return JsonCursor(m_value.toArray().at(index), m_file, m_path + u'[' + QString::number(index) + u']');
}

qsizetype JsonCursor::size() const
{
    requireArray();
    return m_value.toArray().size();
}

QStringList JsonCursor::keys() const
{
    requireObject();
    return m_value.toObject().keys();
}

void JsonCursor::requireObject() const
{
    if (isMissing() && m_value.isUndefined())
        fail(QStringLiteral("missing required field"));
    if (!m_value.isObject())
        fail(QStringLiteral("expected an object, found ") + typeName(m_value));
}

void JsonCursor::requireArray() const
{
    if (m_value.isUndefined())
        fail(QStringLiteral("missing required field"));
    if (!m_value.isArray())
        fail(QStringLiteral("expected an array, found ") + typeName(m_value));
}

void JsonCursor::rejectUnknownKeys(const QStringList &allowed) const
{
    for (const QString &key : keys()) {
        if (!allowed.contains(key))
            (*this)[key].fail(QStringLiteral("unknown field"));
    }
}

QString JsonCursor::toString() const
{
    if (m_value.isUndefined())
        fail(QStringLiteral("missing required field"));
    if (!m_value.isString())
        fail(QStringLiteral("expected a string, found ") + typeName(m_value));
    return m_value.toString();
}

bool JsonCursor::toBool() const
{
    if (m_value.isUndefined())
        fail(QStringLiteral("missing required field"));
    if (!m_value.isBool())
        fail(QStringLiteral("expected true or false, found ") + typeName(m_value));
    return m_value.toBool();
}

qint64 JsonCursor::toInt(qint64 min, qint64 max) const
{
    if (m_value.isUndefined())
        fail(QStringLiteral("missing required field"));
    if (!m_value.isDouble())
        fail(QStringLiteral("expected a whole number, found ") + typeName(m_value));
    const double d = m_value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d))
        fail(QStringLiteral("expected a whole number, found %1").arg(d));
    if (d < static_cast<double>(min) || d > static_cast<double>(max))
        fail(QStringLiteral("%1 is out of range (%2 to %3)").arg(d, 0, 'g', 17).arg(min).arg(max));
    return static_cast<qint64>(d);
}

Money JsonCursor::toDecimal() const
{
    if (m_value.isUndefined())
        fail(QStringLiteral("missing required field"));
    QString text;
    if (m_value.isString()) {
        text = m_value.toString();
    } else if (m_value.isDouble()) {
        // The shortest representation that round-trips is exactly what the user typed for any
        // decimal with up to 15 significant digits.
        text = QString::number(m_value.toDouble(), 'f', QLocale::FloatingPointShortest);
    } else {
        fail(QStringLiteral("expected a decimal number as a string (e.g. \"0.096\"), found ")
            + typeName(m_value));
    }
    QString why;
    const auto parsed = Money::parse(text, &why);
    if (!parsed)
        fail(QStringLiteral("\"%1\" is not a valid decimal (%2)").arg(text, why));
    return *parsed;
}

QString JsonCursor::toName() const
{
    const QString value = toString();
    for (const QChar ch : value)
        if (ch.category() == QChar::Other_Control)
            fail(QStringLiteral("control character %1 not allowed in a name").arg(quotedValue(QString(ch))));
    return value;
}

QString JsonCursor::toInstanceType() const
{
    const QString value = toString();
    if (!isInstanceTypeName(value))
        fail(quotedValue(value) + QStringLiteral(" is not an instance type (such as \"m5.large\")"));
    return value;
}

QString JsonCursor::nameOr(const QString &key, const QString &fallback) const
{
    return has(key) ? (*this)[key].toName() : fallback;
}

QString JsonCursor::stringOr(const QString &key, const QString &fallback) const
{
    return has(key) ? (*this)[key].toString() : fallback;
}

bool JsonCursor::boolOr(const QString &key, bool fallback) const
{
    return has(key) ? (*this)[key].toBool() : fallback;
}

qint64 JsonCursor::intOr(const QString &key, qint64 fallback, qint64 min, qint64 max) const
{
    return has(key) ? (*this)[key].toInt(min, max) : fallback;
}

std::optional<Money> JsonCursor::decimalOr(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return (*this)[key].toDecimal();
}

} // namespace ec2lab
