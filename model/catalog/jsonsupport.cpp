#include "catalog/jsonsupport.h"

#include <cstring>

namespace ec2lab::catalog::importer::json {

namespace {

// Finds the closing quote of a JSON string whose content starts at \a p; reports escapes.
std::string_view scanString(const char *p, bool *escaped)
{
    const char *q = p;
    *escaped = false;
    while (*q != '"') {
        if (*q == '\\') {
            *escaped = true;
            return {};
        }
        ++q;
    }
    return std::string_view(p, size_t(q - p));
}

} // namespace

std::string_view Reader::key(od::field &field)
{
    const char *raw = field.key().raw();
    m_last = raw;
    bool escaped = false;
    const std::string_view k = scanString(raw, &escaped);
    if (!escaped)
        return k;
    std::string_view unescaped;
    if (field.unescaped_key().get(unescaped))
        fail(std::string(), raw, QStringLiteral("invalid object key"));
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
    const std::string_view s = scanString(raw.raw(), &escaped);
    if (!escaped)
        return s;
    // Rare in price files: unescape the few escapes JSON allows.
    m_scratch.clear();
    for (const char *p = raw.raw(); *p != '"'; ++p) {
        if (*p != '\\') {
            m_scratch.push_back(*p);
            continue;
        }
        ++p;
        switch (*p) {
        case 'n':
            m_scratch.push_back('\n');
            break;
        case 't':
            m_scratch.push_back('\t');
            break;
        case 'r':
            m_scratch.push_back('\r');
            break;
        case 'b':
            m_scratch.push_back('\b');
            break;
        case 'f':
            m_scratch.push_back('\f');
            break;
        case 'u': {
            char16_t unit = char16_t(std::strtol(std::string(p + 1, 4).c_str(), nullptr, 16));
            m_scratch += QString(QChar(unit)).toStdString();
            p += 4;
            break;
        }
        default:
            m_scratch.push_back(*p);
        }
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
    QString out = QString::fromStdString(path);
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
