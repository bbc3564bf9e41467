#include "catalog/jsonsupport.h"

#include <cstring>

namespace ec2lab::catalog::importer::json {

namespace {

// Finds the closing quote of a JSON string whose content starts at \a p, never looking at or past
// \a end; reports escapes (and an unclosed string, as an escape the decoder will then reject).
std::string_view scanString(const char *p, const char *end, bool *escaped)
{
    const char *q = p;
    *escaped = false;
    while (q < end && *q != '"') {
        if (*q == '\\') {
            *escaped = true;
            return {};
        }
        ++q;
    }
    if (q >= end) {
        *escaped = true; // let unescapeString() report the missing quote
        return {};
    }
    return std::string_view(p, size_t(q - p));
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at p (which must have 4 bytes before end), or -1.
int hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

const char *unescapeString(const char *p, const char *end, std::string &out)
{
    out.clear();
    while (p < end) {
        const char c = *p;
        if (c == '"')
            return nullptr;
        if (c != '\\') {
            out.push_back(c);
            ++p;
            continue;
        }
        if (end - p < 2)
            return p;
        const char *escape = p;
        p += 2;
        switch (escape[1]) {
        case '"':
        case '\\':
        case '/':
            out.push_back(escape[1]);
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'u': {
            const int unit = hex4(p, end);
            if (unit < 0)
                return escape;
            p += 4;
            char32_t code = char32_t(unit);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return escape; // a low surrogate alone
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // A high surrogate must be followed by an escaped low surrogate.
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return escape;
                const int low = hex4(p + 2, end);
                if (low < 0xDC00 || low > 0xDFFF)
                    return escape;
                p += 6;
                code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            }
            appendUtf8(out, code);
            break;
        }
        default:
            return escape;
        }
    }
    return p; // no closing quote before the end of the input
}

std::string_view Reader::key(od::field &field)
{
    const char *raw = field.key().raw();
    m_last = raw;
    bool escaped = false;
    const std::string_view k = scanString(raw, m_end, &escaped);
    if (!escaped) {
        m_lastKey = k;
        return k;
    }
    // simdjson unescapes keys into its own buffer, which lives as long as the document and
    // rejects invalid or unfinished escapes.
    std::string_view unescaped;
    if (field.unescaped_key().get(unescaped))
        fail(std::string(), raw, QStringLiteral("invalid escape in an object key"));
    m_lastKey = unescaped;
    return unescaped;
}

std::string_view Reader::string(od::value value, const std::string &path)
{
    od::raw_json_string raw;
    const char *at = nullptr;
    if (value.current_location().get(at))
        at = nullptr;
    if (at)
        m_last = at;
    if (value.get_raw_json_string().get(raw))
        fail(path, at, QStringLiteral("expected a string"));
    bool escaped = false;
    const std::string_view s = scanString(raw.raw(), m_end, &escaped);
    if (!escaped)
        return s;
    // Rare in price files: unescape, never reading past the end of the input.
    if (const char *bad = unescapeString(raw.raw(), m_end, m_scratch)) {
        // Without a path of its own, name the field by the last key read (the value's key).
        const QString field = path.empty() && !m_lastKey.empty()
            ? QStringLiteral(" (field \"%1\")")
                  .arg(QString::fromUtf8(m_lastKey.data(), qsizetype(std::min<size_t>(m_lastKey.size(), 60))))
            : QString();
        fail(path, bad, QStringLiteral("invalid or unfinished escape in a string%1").arg(field));
    }
    return m_scratch;
}

std::string_view Reader::stringOrEmpty(od::value value)
{
    od::json_type type;
    if (value.type().get(type) || type != od::json_type::string)
        return {};
    return string(value, std::string());
}

od::object Reader::object(od::value value, const std::string &path)
{
    od::object obj;
    const char *at = nullptr;
    if (value.current_location().get(at))
        at = nullptr;
    if (value.get_object().get(obj))
        fail(path, at, QStringLiteral("expected an object"));
    return obj;
}

od::array Reader::array(od::value value, const std::string &path)
{
    od::array arr;
    const char *at = nullptr;
    if (value.current_location().get(at))
        at = nullptr;
    if (value.get_array().get(arr))
        fail(path, at, QStringLiteral("expected an array"));
    return arr;
}

QString Reader::where(const std::string &path, const char *at) const
{
    QString out = QString::fromStdString(path.empty() ? m_basePath : path);
    if (at && at >= m_file.data() && at <= m_file.data() + m_file.size()) {
        if (!out.isEmpty())
            out += u" at ";
        out += m_file.lineColumn(offsetOf(at));
    }
    return out;
}

void Reader::fail(const std::string &path, const char *at, const QString &message) const
{
    m_ctx.fail(where(path, at), message);
}

void Reader::fail(const std::string &path, const char *at, simdjson::error_code error) const
{
    fail(path, at,
        QStringLiteral("invalid JSON (%1)").arg(QString::fromLatin1(simdjson::error_message(error))));
}

std::string_view Reader::string(od::value value, const std::string &base, std::string_view leaf)
{
    od::json_type type;
    if (value.type().get(type) || type != od::json_type::string)
        return string(value, base + '.' + std::string(leaf)); // fails with the full path
    return string(value, std::string());
}

od::object Reader::object(od::value value, const std::string &base, std::string_view leaf)
{
    od::json_type type;
    if (value.type().get(type) || type != od::json_type::object)
        return object(value, base + '.' + std::string(leaf));
    return object(value, std::string());
}

std::optional<Money> Reader::tryPrice(std::string_view text)
{
    return m_ctx.tryPrice(text); // one rule for every format: a tenth decimal is rounded and noted
}

Money Reader::price(std::string_view text, const std::string &path)
{
    QString why;
    char16_t buffer[64];
    if (text.size() <= std::size(buffer)) {
        for (size_t i = 0; i < text.size(); ++i)
            buffer[i] = static_cast<unsigned char>(text[i]);
        const QStringView view(buffer, qsizetype(text.size()));
        auto value = Money::parse(view, &why);
        if (!value) {
            // A tenth decimal that is not zero: exact to the nano-dollar after rounding, noted.
            value = Money::parse(view, nullptr, true);
            if (value)
                m_ctx.skip(
                    QStringLiteral("prices with more than 9 decimals rounded to the nano-dollar (kept)"));
        }
        if (value && !value->isNegative())
            return *value;
    }
    const QString shown = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 40)));
    fail(path, text.data(), QStringLiteral("price is not a decimal number: \"%1\"").arg(shown));
}

} // namespace ec2lab::catalog::importer::json
