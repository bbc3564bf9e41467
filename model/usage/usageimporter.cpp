#include "usage/usageimporter.h"

#include "catalog/awsnames.h"
#include "inputfile.h"
#include "jsonreader.h"
#include "offer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cctype>
#include <map>
#include <optional>

namespace ec2lab::usage {

namespace {

// ---- describe-instances ------------------------------------------------------------------

/// PlatformDetails as describe-instances spells it -> the platform the catalog prices.
std::optional<Platform> platformFromDetails(const QString &details)
{
    if (details == u"Linux/UNIX")
        return Platform::Linux;
    if (details == u"Windows")
        return Platform::Windows;
    if (details == u"Windows BYOL")
        return Platform::WindowsByol;
    if (details == u"Red Hat Enterprise Linux")
        return Platform::Rhel;
    if (details == u"Red Hat Enterprise Linux with HA")
        return Platform::RhelHa;
    if (details == u"SUSE Linux")
        return Platform::Suse;
    if (details == u"Ubuntu Pro")
        return Platform::UbuntuPro;
    return std::nullopt;
}

/// "us-east-1a" -> "us-east-1"; a Local Zone "us-east-1-bos-1a" -> its zone group
/// "us-east-1-bos-1"; a Wavelength Zone "us-east-1-wl1-bos-wlz-1" (no zone letter) stays whole.
/// nullopt when the name is not a zone name at all.
std::optional<QString> regionFromZone(const QString &zone)
{
    static const QRegularExpression kZone(
        QStringLiteral("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+(-[a-z0-9]+)*[a-z]?$"));
    if (!kZone.match(zone).hasMatch())
        return std::nullopt;
    const QString region = catalog::awsnames::regionOfZone(zone);
    if (region == zone && !zone.contains(u"-wlz-"))
        return std::nullopt; // a Region name, not a zone
    return region;
}

bool isIsoTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
        || QDateTime::fromString(text, Qt::ISODate).isValid();
}

// ---- CSV ---------------------------------------------------------------------------------

/// Reads RFC 4180 records through a fixed-size buffer.
///
/// Contract: keeps at most one record plus one buffer in memory; a quoted field may hold commas,
/// doubled quotes and newlines; "\r\n" and "\n" both end a record; throws on an unterminated
/// quote at the end of the file and on records above UsageImporter::kMaxRecordBytes.
class CsvStream
{
public:
    explicit CsvStream(const QString &fileName)
        : m_name(fileName)
        , m_file(fileName)
    {
        // Regular files only (a FIFO or device would block or never end), with the real cause.
        InputFile::requireRegular(fileName);
        if (!m_file.open(QIODevice::ReadOnly))
            throw InputError { fileName, QString(), QStringLiteral("cannot read: ") + m_file.errorString() };
        m_buf.resize(UsageImporter::kReadBufferBytes);
    }

    /// Peeks at the first bytes (format sniffing) without consuming them.
    QByteArray head(qint64 n) { return m_file.peek(n); }

    /// The next record into \a fields; false at the end of the file. \a line is the line the
    /// record starts on; \a complete is false when the file ends without a final newline.
    bool next(std::vector<QByteArray> &fields, qint64 &line, bool &complete)
    {
        fields.clear();
        line = m_line;
        QByteArray field;
        bool quoted = false; // inside a quoted field
        bool wasQuoted = false; // the current field started with a quote
        bool any = false;
        qint64 bytes = 0;
        for (;;) {
            if (m_pos == m_len) {
                m_len = m_file.read(m_buf.data(), m_buf.size());
                m_pos = 0;
                if (m_len < 0)
                    throw InputError { m_name, QStringLiteral("line %1").arg(m_line), m_file.errorString() };
                if (m_len == 0) {
                    if (quoted)
                        throw InputError { m_name, QStringLiteral("line %1").arg(line),
                            QStringLiteral("the file ends inside a quoted field (cut short?)") };
                    if (!any)
                        return false;
                    fields.push_back(field);
                    complete = false;
                    return true;
                }
            }
            const char c = m_buf[m_pos++];
            any = true;
            if (++bytes > UsageImporter::kMaxRecordBytes)
                throw InputError { m_name, QStringLiteral("line %1").arg(line),
                    QStringLiteral("record longer than %1 bytes").arg(UsageImporter::kMaxRecordBytes) };
            if (quoted) {
                if (c == '"') {
                    if (m_pos == m_len) {
                        m_len = m_file.read(m_buf.data(), m_buf.size());
                        m_pos = 0;
                        if (m_len <= 0) {
                            m_len = 0;
                            quoted = false;
                            continue;
                        }
                    }
                    if (m_buf[m_pos] == '"') {
                        field += '"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == ',') {
                fields.push_back(field);
                field.clear();
                wasQuoted = false;
            } else if (c == '\n') {
                ++m_line;
                if (!wasQuoted && field.endsWith('\r'))
                    field.chop(1);
                else if (wasQuoted && field.endsWith('\r'))
                    field.chop(1);
                fields.push_back(field);
                complete = true;
                return true;
            } else {
                field += c;
            }
        }
    }

private:
    QString m_name;
    QFile m_file;
    QByteArray m_buf;
    qint64 m_pos = 0;
    qint64 m_len = 0;
    qint64 m_line = 1;
};

/// The columns the CUR reader uses, under their legacy and CUR 2.0 names.
enum Column : int {
    StartDate,
    EndDate,
    UsageType,
    Amount,
    ItemType,
    Currency,
    InstanceType,
    Region,
    Location,
    Operation,
    OperatingSystem,
    LicenseModel,
    PreInstalledSw,
    ColumnCount
};

struct ColumnNames
{
    const char *legacy;
    const char *cur2;
    bool required;
};

// CUR 2.0 names: https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-cur2.html
// (line item columns: table-dictionary-cur2-line-item.html; product columns:
// table-dictionary-cur2-product.html). Legacy names: .../Lineitem-columns.html, product-columns.html.
constexpr ColumnNames kColumns[ColumnCount] = {
    { "lineItem/UsageStartDate", "line_item_usage_start_date", true },
    { "lineItem/UsageEndDate", "line_item_usage_end_date", false },
    { "lineItem/UsageType", "line_item_usage_type", true },
    { "lineItem/UsageAmount", "line_item_usage_amount", true },
    { "lineItem/LineItemType", "line_item_line_item_type", true },
    { "lineItem/CurrencyCode", "line_item_currency_code", true },
    { "product/instanceType", "product_instance_type", true },
    { "product/region", "product_region_code", false }, // required unless product/location
    { "product/location", "product_location", false },
    { "lineItem/Operation", "line_item_operation", false }, // required unless operatingSystem
    { "product/operatingSystem", nullptr, false },
    { "product/licenseModel", nullptr, false },
    { "product/preInstalledSw", nullptr, false },
};

/// "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z", "2024-01-01 00:00:00", with an optional
/// "+hh:mm" offset; no zone means UTC. Seconds since the epoch, or nullopt.
std::optional<qint64> parseTimestamp(const QByteArray &raw)
{
    QString text = QString::fromLatin1(raw);
    if (text.size() >= 19 && text[10] == u' ')
        text[10] = u'T';
    static const QRegularExpression kShape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!kShape.match(text).hasMatch())
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0) { // Qt reads at most milliseconds: drop the fraction, keep the zone
        qsizetype end = dot + 1;
        while (end < text.size() && text[end].isDigit())
            ++end;
        if (QStringView(text).mid(dot + 1, end - dot - 1).toString().remove(u'0').size() > 0)
            return std::nullopt; // a usage hour never starts mid-second
        text.remove(dot, end - dot);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (!text.endsWith(u'Z') && !text.contains(u'+') && text.lastIndexOf(u'-') < 10)
        t.setTimeSpec(Qt::UTC);
    return t.toSecsSinceEpoch();
}

/// A pull reader over a JSON file through a fixed-size buffer, for describe-instances output.
///
/// Contract: memory is one buffer plus the value being kept (one instance); line and column are
/// those of the byte being read; any syntax error, a nesting deeper than 64 or the end of the file
/// inside a value throws an InputError "line L, column C: invalid JSON: ...".
class JsonStream
{
public:
    explicit JsonStream(const QString &fileName)
        : m_name(fileName)
        , m_file(fileName)
    {
        // Regular files only (a FIFO or device would block or never end), with the real cause.
        InputFile::requireRegular(fileName);
        if (!m_file.open(QIODevice::ReadOnly))
            throw InputError { fileName, QString(), QStringLiteral("cannot read: ") + m_file.errorString() };
        m_buf.resize(UsageImporter::kReadBufferBytes);
    }

    [[noreturn]] void fail(const QString &message) const
    {
        throw InputError { m_name, QStringLiteral("line %1, column %2").arg(m_line).arg(m_column),
            QStringLiteral("invalid JSON: ") + message };
    }

    /// The next non-space byte without consuming it; 0 at the end of the file.
    char peek()
    {
        for (;;) {
            if (!fill())
                return 0;
            const char c = m_buf[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return c;
            advance();
        }
    }
    void expect(char c)
    {
        const char got = peek();
        if (got == 0)
            fail(QStringLiteral("unexpected end of file (cut short?)"));
        if (got != c)
            fail(QStringLiteral("expected '%1', found '%2'")
                     .arg(QChar::fromLatin1(c))
                     .arg(displayValue(QString(QChar::fromLatin1(got)))));
        advance();
    }
    /// Consumes \a c if it is next.
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        advance();
        return true;
    }

    QString string()
    {
        expect('"');
        QByteArray bytes;
        for (;;) {
            const char c = raw();
            if (c == '"')
                return QString::fromUtf8(bytes);
            if (static_cast<unsigned char>(c) < 0x20)
                fail(QStringLiteral("control character in a string"));
            if (c != '\\') {
                bytes += c;
                continue;
            }
            const char e = raw();
            switch (e) {
            case '"':
                bytes += '"';
                break;
            case '\\':
                bytes += '\\';
                break;
            case '/':
                bytes += '/';
                break;
            case 'b':
                bytes += '\b';
                break;
            case 'f':
                bytes += '\f';
                break;
            case 'n':
                bytes += '\n';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'u': {
                char32_t cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00) {
                    if (raw() != '\\' || raw() != 'u')
                        fail(QStringLiteral("unpaired surrogate"));
                    const char32_t low = hex4();
                    if (low < 0xDC00 || low >= 0xE000)
                        fail(QStringLiteral("unpaired surrogate"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                bytes += QString::fromUcs4(&cp, 1).toUtf8();
                break;
            }
            default:
                fail(QStringLiteral("bad escape '\\%1'").arg(displayValue(QString(QChar::fromLatin1(e)))));
            }
        }
    }

    /// Reads any value; builds it only when \a keep (skipped values cost no memory).
    QJsonValue value(bool keep, int depth = 0)
    {
        if (depth > 64)
            fail(QStringLiteral("nested deeper than 64 levels"));
        const char c = peek();
        if (c == 0)
            fail(QStringLiteral("unexpected end of file (cut short?)"));
        if (keep && m_kept > kMaxKeptBytes)
            fail(QStringLiteral("one instance holds more than %1 bytes").arg(kMaxKeptBytes));
        if (c == '{') {
            advance();
            QJsonObject obj;
            if (accept('}'))
                return obj;
            do {
                const QString key = string();
                expect(':');
                QJsonValue v = value(keep, depth + 1);
                if (keep)
                    obj.insert(key, v);
            } while (accept(','));
            expect('}');
            return obj;
        }
        if (c == '[') {
            advance();
            QJsonArray arr;
            if (accept(']'))
                return arr;
            do {
                QJsonValue v = value(keep, depth + 1);
                if (keep)
                    arr.append(v);
            } while (accept(','));
            expect(']');
            return arr;
        }
        if (c == '"')
            return string();
        QByteArray word;
        while (fill()) {
            const char d = m_buf[m_pos];
            if (!(std::isalnum(static_cast<unsigned char>(d)) || d == '-' || d == '+' || d == '.'))
                break;
            word += d;
            advance();
        }
        if (word == "true")
            return true;
        if (word == "false")
            return false;
        if (word == "null")
            return QJsonValue();
        static const QRegularExpression kNumber(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        const bool valid = !word.isEmpty() && kNumber.match(QString::fromLatin1(word)).hasMatch();
        if (!valid && !fill())
            fail(QStringLiteral("unexpected end of file (cut short?)"));
        if (!valid)
            fail(word.isEmpty()
                    ? QStringLiteral("unexpected '%1'").arg(QLatin1Char(c))
                    : QStringLiteral("not a value: %1").arg(displayValue(QString::fromLatin1(word))));
        return word.toDouble();
    }

    void beginKept() { m_kept = 0; }
    bool atEnd() { return peek() == 0; }

private:
    static constexpr qint64 kMaxKeptBytes = 16 * 1024 * 1024;

    bool fill()
    {
        if (m_pos < m_len)
            return true;
        m_len = m_file.read(m_buf.data(), m_buf.size());
        m_pos = 0;
        if (m_len < 0)
            throw InputError { m_name, QString(), QStringLiteral("cannot read: ") + m_file.errorString() };
        return m_len > 0;
    }
    void advance()
    {
        if (m_buf[m_pos++] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_kept;
    }
    char raw()
    {
        if (!fill())
            fail(QStringLiteral("unexpected end of file inside a string (cut short?)"));
        const char c = m_buf[m_pos];
        advance();
        return c;
    }
    char32_t hex4()
    {
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = raw();
            const int d
                = QByteArray("0123456789abcdef").indexOf(char(std::tolower(static_cast<unsigned char>(c))));
            if (d < 0)
                fail(QStringLiteral("bad \\u escape"));
            v = v * 16 + char32_t(d);
        }
        return v;
    }

    QString m_name;
    QFile m_file;
    QByteArray m_buf;
    qint64 m_pos = 0;
    qint64 m_len = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
    qint64 m_kept = 0;
};

/// Counts one instance of describe-instances output into \a counts, or its reason into leftOut.
void countInstance(const JsonCursor &inst, std::map<UsageKey, qint64> &counts, FleetUsage &out)
{
    inst.requireObject();
    const QString state = inst[QStringLiteral("State")][QStringLiteral("Name")].toString();
    const QString type = inst[QStringLiteral("InstanceType")].toString();
    if (!isInstanceTypeName(type))
        inst[QStringLiteral("InstanceType")].fail(
            QStringLiteral("not an instance type: ") + quotedValue(type));
    const JsonCursor placement = inst[QStringLiteral("Placement")];
    const QString zone = placement[QStringLiteral("AvailabilityZone")].toString();
    const std::optional<QString> region = regionFromZone(zone);
    if (!region)
        placement[QStringLiteral("AvailabilityZone")].fail(
            QStringLiteral("not an availability zone name: ") + quotedValue(zone));
    const QString tenancy = placement[QStringLiteral("Tenancy")].toString();
    if (inst.has(QStringLiteral("LaunchTime"))) {
        const QString launch = inst[QStringLiteral("LaunchTime")].toString();
        if (!isIsoTimestamp(launch))
            inst[QStringLiteral("LaunchTime")].fail(
                QStringLiteral("not a timestamp: ") + quotedValue(launch));
    }
    if (state != u"running") {
        out.leftOut[QStringLiteral("state:") + state] += 1;
        return;
    }
    const QString lifecycle = inst.stringOr(QStringLiteral("InstanceLifecycle"), QString());
    if (!lifecycle.isEmpty()) { // spot, scheduled, capacity-block: no RI or plan covers them
        out.leftOut[QStringLiteral("lifecycle:") + lifecycle] += 1;
        return;
    }
    UsageKey key;
    key.region = *region;
    key.instanceType = type;
    if (tenancy == u"default") {
        key.tenancy = Tenancy::Shared;
    } else if (tenancy == u"dedicated") {
        key.tenancy = Tenancy::Dedicated;
    } else if (tenancy == u"host") {
        out.leftOut[QStringLiteral("tenancy:host")] += 1; // billed per host, not per instance
        return;
    } else {
        placement[QStringLiteral("Tenancy")].fail(QStringLiteral("unknown tenancy ") + quotedValue(tenancy));
    }
    std::optional<Platform> platform;
    QString details;
    if (inst.has(QStringLiteral("PlatformDetails"))) {
        details = inst[QStringLiteral("PlatformDetails")].toString();
        platform = platformFromDetails(details);
    } else if (inst.has(QStringLiteral("UsageOperation"))) {
        details = inst[QStringLiteral("UsageOperation")].toString();
        platform = catalog::awsnames::platformFromOperation(details);
    } else {
        inst[QStringLiteral("PlatformDetails")].toString(); // throws "missing"
    }
    if (!platform) {
        out.leftOut[QStringLiteral("platform:") + details] += 1;
        return;
    }
    key.platform = *platform;
    counts[key] += 1;
    ++out.running;
}

constexpr qint64 kMaxProfileHours = 5 * 8784; // five leap years
constexpr qsizetype kMaxKeys = 10'000;

} // namespace

FleetUsage UsageImporter::readDescribeInstances(const QString &fileName)
{
    JsonStream json(fileName);
    const auto fail = [&](const QString &path, const QString &message) {
        throw InputError { fileName, path, message };
    };
    if (json.peek() != '{')
        fail(QStringLiteral("(top level)"),
            QStringLiteral("expected an object: not the output of aws ec2 describe-instances"));
    json.expect('{');
    std::map<UsageKey, qint64> counts;
    FleetUsage out;
    bool sawReservations = false;
    if (!json.accept('}')) {
        do {
            const QString key = json.string();
            json.expect(':');
            if (key != u"Reservations") {
                json.value(false);
                continue;
            }
            sawReservations = true;
            if (json.peek() != '[')
                fail(QStringLiteral("Reservations"), QStringLiteral("expected an array"));
            json.expect('[');
            qsizetype r = 0;
            if (!json.accept(']')) {
                do {
                    const QString rpath = QStringLiteral("Reservations[%1]").arg(r++);
                    if (json.peek() != '{')
                        fail(rpath, QStringLiteral("expected an object"));
                    json.expect('{');
                    if (json.accept('}'))
                        continue;
                    do {
                        const QString rkey = json.string();
                        json.expect(':');
                        if (rkey != u"Instances") {
                            json.value(false);
                            continue;
                        }
                        if (json.peek() != '[')
                            fail(rpath + u".Instances", QStringLiteral("expected an array"));
                        json.expect('[');
                        qsizetype i = 0;
                        if (json.accept(']'))
                            continue;
                        do {
                            json.beginKept();
                            const QJsonValue inst = json.value(true); // one instance at a time
                            const JsonCursor cursor(
                                inst, fileName, rpath + QStringLiteral(".Instances[%1]").arg(i++));
                            cursor.requireObject();
                            countInstance(cursor, counts, out);
                        } while (json.accept(','));
                        json.expect(']');
                    } while (json.accept(','));
                    json.expect('}');
                } while (json.accept(','));
                json.expect(']');
            }
        } while (json.accept(','));
        json.expect('}');
    }
    if (!json.atEnd())
        json.fail(QStringLiteral("text after the end of the document"));
    if (!sawReservations)
        fail(QStringLiteral("(top level)"),
            QStringLiteral("missing \"Reservations\": not the output of aws ec2 describe-instances"));
    for (const auto &[key, count] : counts)
        out.workloads.append(FleetWorkload { key, count });
    return out;
}

UsageProfile UsageImporter::readCostAndUsageReport(const QString &fileName)
{
    CsvStream csv(fileName);
    const QByteArray magic = csv.head(4);
    if (magic.startsWith("\x1f\x8b"))
        throw InputError { fileName, QString(),
            QStringLiteral("gzip-compressed; decompress it first (gunzip) and import the CSV") };
    if (magic == "PAR1")
        throw InputError { fileName, QString(), QStringLiteral("a Parquet file; export the report as CSV") };

    std::vector<QByteArray> fields;
    qint64 line = 0;
    bool complete = false;
    if (!csv.next(fields, line, complete))
        throw InputError { fileName, QString(), QStringLiteral("empty file: no header row") };
    if (!fields.empty() && fields[0].startsWith("\xEF\xBB\xBF"))
        fields[0].remove(0, 3);

    // Column indexes by header name; the legacy spelling decides which set is used.
    bool legacy = false;
    bool cur2 = false;
    for (const QByteArray &f : fields) {
        legacy = legacy || f == kColumns[StartDate].legacy;
        cur2 = cur2 || f == kColumns[StartDate].cur2;
    }
    if (!legacy && !cur2)
        throw InputError { fileName, QStringLiteral("line 1"),
            QStringLiteral("not a Cost and Usage Report: no column lineItem/UsageStartDate or "
                           "line_item_usage_start_date") };
    int index[ColumnCount];
    QString names[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c) {
        index[c] = -1;
        const char *name = legacy ? kColumns[c].legacy : kColumns[c].cur2;
        names[c] = QString::fromLatin1(name ? name : "");
        if (!name)
            continue;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i] == name) {
                index[c] = int(i);
                break;
            }
        }
        if (kColumns[c].required && index[c] < 0)
            throw InputError { fileName, QStringLiteral("line 1"),
                QStringLiteral("missing column %1").arg(names[c]) };
    }
    if (index[Region] < 0 && index[Location] < 0)
        throw InputError { fileName, QStringLiteral("line 1"),
            QStringLiteral("missing column %1").arg(names[Region]) };
    if (index[Operation] < 0 && index[OperatingSystem] < 0)
        throw InputError { fileName, QStringLiteral("line 1"),
            QStringLiteral("missing column %1").arg(names[Operation]) };
    const std::size_t width = fields.size();

    UsageProfile out;
    std::map<UsageKey, std::map<qint64, qint64>> usage; // key -> hour (epoch / 3600) -> nanos
    qint64 firstHour = 0;
    qint64 lastHour = 0;
    while (csv.next(fields, line, complete)) {
        if (fields.size() == 1 && fields[0].isEmpty() && complete)
            continue; // a blank line
        const auto where
            = [&](int c) { return QStringLiteral("line %1, column %2").arg(line).arg(names[c]); };
        if (fields.size() != width) {
            if (!complete && fields.size() < width)
                throw InputError { fileName, QStringLiteral("line %1").arg(line),
                    QStringLiteral("the last row stops after %1 of %2 fields (file cut short?)")
                        .arg(fields.size())
                        .arg(width) };
            throw InputError { fileName, QStringLiteral("line %1").arg(line),
                QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(width) };
        }
        ++out.rows;
        const auto field = [&](int c) -> const QByteArray & { return fields[std::size_t(index[c])]; };

        const QByteArray &currency = field(Currency);
        if (!currency.isEmpty()) {
            const QString cur = QString::fromLatin1(currency);
            if (out.currency.isEmpty())
                out.currency = cur;
            else if (cur != out.currency)
                throw InputError { fileName, where(Currency),
                    QStringLiteral("currency %1 after %2: a report in mixed currencies cannot be read")
                        .arg(displayValue(cur), displayValue(out.currency)) };
        }
        // Every row's start date is checked, used or not: a malformed one means a damaged file.
        // Only a row that is not usage may leave it empty.
        const QByteArray &itemType = field(ItemType);
        const bool usageRow
            = itemType == "Usage" || itemType == "DiscountedUsage" || itemType == "SavingsPlanCoveredUsage";
        const std::optional<qint64> start = parseTimestamp(field(StartDate));
        if (!start && (usageRow || !field(StartDate).isEmpty()))
            throw InputError { fileName, where(StartDate),
                QStringLiteral("not a timestamp: ") + quotedValue(QString::fromLatin1(field(StartDate))) };
        if (!usageRow) {
            out.skipped[QStringLiteral("line-item-type:") + QString::fromLatin1(itemType)] += 1;
            continue;
        }
        const QByteArray &usageType = field(UsageType);
        const qsizetype colon = usageType.indexOf(':');
        QByteArray op = colon < 0 ? usageType : usageType.left(colon);
        const qsizetype dash = op.lastIndexOf('-');
        if (dash >= 0)
            op = op.mid(dash + 1); // "USE2-BoxUsage" -> "BoxUsage"
        if (op != "BoxUsage") {
            out.skipped[op.contains("BoxUsage") ? QStringLiteral("usage-type:") + QString::fromLatin1(op)
                                                : QStringLiteral("usage-type:not-box-usage")]
                += 1;
            continue;
        }

        if (*start % 3600 != 0)
            throw InputError { fileName, where(StartDate),
                quotedValue(QString::fromLatin1(field(StartDate)))
                    + QStringLiteral(" is not on a whole hour") };
        if (index[EndDate] >= 0 && !field(EndDate).isEmpty()) {
            const std::optional<qint64> end = parseTimestamp(field(EndDate));
            if (!end)
                throw InputError { fileName, where(EndDate),
                    QStringLiteral("not a timestamp: ") + quotedValue(QString::fromLatin1(field(EndDate))) };
            if (*end - *start != 3600)
                throw InputError { fileName, where(EndDate),
                    QStringLiteral("the line item spans %1 s; only hourly reports can be read")
                        .arg(*end - *start) };
        }
        QString error;
        const std::optional<Money> amount = Money::parse(QString::fromLatin1(field(Amount)), &error, true);
        if (!amount)
            throw InputError { fileName, where(Amount),
                quotedValue(QString::fromLatin1(field(Amount))) + QStringLiteral(": ") + error };
        if (amount->isNegative())
            throw InputError { fileName, where(Amount),
                QStringLiteral("negative usage amount %1")
                    .arg(displayValue(QString::fromLatin1(field(Amount)))) };

        UsageKey key;
        key.instanceType = QString::fromLatin1(field(InstanceType));
        if (!isInstanceTypeName(key.instanceType))
            throw InputError { fileName, where(InstanceType),
                QStringLiteral("not an instance type: ") + quotedValue(key.instanceType) };
        if (index[Region] >= 0 && !field(Region).isEmpty()) {
            key.region = QString::fromLatin1(field(Region));
            // A Region code ("us-east-1", "us-gov-west-1"): nothing else is printed as one.
            static const QRegularExpression kRegion(
                QStringLiteral("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$"));
            if (!kRegion.match(key.region).hasMatch())
                throw InputError { fileName, where(Region),
                    QStringLiteral("not a Region code: ") + quotedValue(key.region) };
        } else if (index[Location] >= 0) {
            const QString loc = QString::fromUtf8(field(Location));
            const std::optional<QString> code = catalog::awsnames::regionCodeForLocation(loc);
            if (!code)
                throw InputError { fileName, where(Location),
                    QStringLiteral("unknown location ") + quotedValue(loc) };
            key.region = *code;
        } else {
            throw InputError { fileName, where(Region), QStringLiteral("empty region") };
        }
        std::optional<Platform> platform;
        if (index[Operation] >= 0) {
            const QString operation = QString::fromLatin1(field(Operation));
            platform = catalog::awsnames::platformFromOperation(operation);
            if (!platform) {
                out.skipped[QStringLiteral("operation:") + operation] += 1;
                continue;
            }
        } else {
            const auto opt = [&](int c) { return index[c] >= 0 ? QString::fromLatin1(field(c)) : QString(); };
            platform = catalog::awsnames::platformFromAttributes(
                opt(OperatingSystem), opt(LicenseModel), opt(PreInstalledSw));
            if (!platform) {
                out.skipped[QStringLiteral("operating-system:") + opt(OperatingSystem)] += 1;
                continue;
            }
        }
        key.platform = *platform;
        key.tenancy = Tenancy::Shared; // BoxUsage is shared tenancy (DedicatedUsage is not read)

        const qint64 hour = *start / 3600;
        if (out.usedRows == 0) {
            firstHour = lastHour = hour;
        } else {
            firstHour = std::min(firstHour, hour);
            lastHour = std::max(lastHour, hour);
        }
        if (lastHour - firstHour + 1 > kMaxProfileHours)
            throw InputError { fileName, where(StartDate),
                QStringLiteral("the report spans more than %1 hours").arg(kMaxProfileHours) };
        auto it = usage.find(key);
        if (it == usage.end()) {
            if (qsizetype(usage.size()) >= kMaxKeys)
                throw InputError { fileName, where(InstanceType),
                    QStringLiteral("more than %1 Region / type / platform combinations").arg(kMaxKeys) };
            it = usage.emplace(key, std::map<qint64, qint64>()).first;
        }
        qint64 &slot = it->second[hour];
        if (__builtin_add_overflow(slot, amount->nanos(), &slot))
            throw InputError { fileName, where(Amount), QStringLiteral("usage amount too large") };
        ++out.usedRows;
    }

    if (out.usedRows > 0) {
        out.start = QDateTime::fromSecsSinceEpoch(firstHour * 3600, Qt::UTC);
        out.hours = lastHour - firstHour + 1;
        for (const auto &[key, hours] : usage) {
            UsageSeries s;
            s.key = key;
            s.instanceHours.assign(std::size_t(out.hours), Money());
            for (const auto &[hour, nanos] : hours)
                s.instanceHours[std::size_t(hour - firstHour)] = Money::fromNanos(nanos);
            out.series.append(std::move(s));
        }
    }
    return out;
}

} // namespace ec2lab::usage
