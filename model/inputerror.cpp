#include "inputerror.h"

namespace ec2lab {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

/// Escapes control characters only (quotes stay as they are).
QString escapeControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isControl(c)) {
            out += ch;
            continue;
        }
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c > 0xff ? QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'))
                            : QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

/// Cuts \a text (already escaped) to about \a maxChars, keeping its start and end.
QString cutMiddle(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    const qsizetype keepEnd = maxChars / 4;
    const qsizetype keepStart = maxChars - keepEnd;
    const qsizetype left = text.size() - keepStart - keepEnd;
    return text.left(keepStart) + QStringLiteral("\u2026[%1 more characters]\u2026").arg(left)
        + text.right(keepEnd);
}

} // namespace

QString displayValue(QStringView value, qsizetype maxChars)
{
    // Cut before escaping too, so a 20 MB value costs no 20 MB copy.
    if (value.size() > 4 * maxChars + 64) {
        const qsizetype keepEnd = maxChars / 4;
        const qsizetype keepStart = maxChars - keepEnd;
        const qsizetype left = value.size() - keepStart - keepEnd;
        return cutMiddle(escapeControls(value.left(keepStart)), keepStart)
            + QStringLiteral("\u2026[%1 more characters]\u2026").arg(left)
            + cutMiddle(escapeControls(value.right(keepEnd)), keepEnd);
    }
    return cutMiddle(escapeControls(value), maxChars);
}

QString quotedValue(QStringView value, qsizetype maxChars)
{
    QString shown = displayValue(value, maxChars);
    shown.replace(u'"', QLatin1String("\\\""));
    return u'"' + shown + u'"';
}

QString messageLine(QStringView text)
{
    // A bounded prefix only: the rest would be cut anyway.
    const QStringView head = text.left(8 * kMaxMessageChars);
    QString out;
    qsizetype i = 0;
    while (i < head.size()) {
        const qsizetype open = head.indexOf(u'"', i);
        if (open < 0) {
            out += escapeControls(head.mid(i));
            break;
        }
        out += escapeControls(head.mid(i, open - i));
        const qsizetype close = head.indexOf(u'"', open + 1);
        if (close < 0) {
            out += u'"' + displayValue(head.mid(open + 1), kMaxQuotedChars);
            break;
        }
        out += u'"' + displayValue(head.mid(open + 1, close - open - 1), kMaxQuotedChars) + u'"';
        i = close + 1;
    }
    if (text.size() > head.size() || out.size() > kMaxMessageChars)
        out = out.left(kMaxMessageChars) + QStringLiteral("\u2026 (message cut)");
    return out;
}

QString InputError::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += file + u": ";
    if (!location.isEmpty())
        out += location + u": ";
    out += message;
    return messageLine(out);
}

} // namespace ec2lab
