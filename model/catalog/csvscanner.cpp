#include "catalog/csvscanner.h"

namespace ec2lab::catalog::importer {

void failRecordTooLong(const QString &fileName, qint64 line)
{
    throw InputError { fileName, QStringLiteral("line %1").arg(line),
        QStringLiteral("row longer than %1 bytes: not a price file row (damaged or not CSV?)")
            .arg(kMaxCsvRecordBytes) };
}

bool CsvReader::next(std::vector<std::string_view> &fields)
{
    fields.clear();
    if (!m_owned.empty())
        m_owned.clear();
    m_terminated = false;
    if (m_p >= m_end)
        return false;
    ++m_line;
    m_lineStart = m_p;
    // Nothing past the limit is looked at: a longer record is refused.
    const char *limit = size_t(m_end - m_p) > kMaxCsvRecordBytes ? m_p + kMaxCsvRecordBytes : m_end;
#if defined(__SSE2__)
    // The common record first, 16 bytes at a time: no quote and no CR before its LF. Its fields
    // are the spans between commas, exactly what the general loop below gives; any other record
    // (quotes, CRs, cut by the end or the limit) is read by that loop from its start. Reading up
    // to 15 bytes past the limit stays inside the mapping (capacity() is size() + padding).
    {
        const char *const safeEnd = m_file.data() + m_file.capacity();
        const __m128i comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                      quote = _mm_set1_epi8('"');
        const char *start = m_p;
        for (const char *p = m_p; p < limit && p + 16 <= safeEnd; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const size_t left = size_t(limit - p);
            const unsigned valid = left < 16 ? (1u << left) - 1 : 0xffffu;
            const unsigned ends = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf))) & valid;
            unsigned commas = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))) & valid;
            const unsigned special
                = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, quote))))
                & valid;
            const unsigned before = ends ? (ends & (0u - ends)) - 1 : 0xffffu; // bits before the LF
            if (special & before)
                break;
            commas &= before;
            while (commas) {
                const char *at = p + __builtin_ctz(commas);
                fields.emplace_back(start, size_t(at - start));
                start = at + 1;
                commas &= commas - 1;
            }
            if (ends) {
                const char *nl = p + __builtin_ctz(ends);
                fields.emplace_back(start, size_t(nl - start));
                m_p = nl + 1;
                m_terminated = true;
                return true;
            }
        }
        fields.clear();
    }
#endif
    while (true) {
        if (m_p < limit && *m_p == '"') {
            const char *start = ++m_p;
            bool doubled = false;
            bool closed = false;
            while (true) {
                const char *q = static_cast<const char *>(memchr(m_p, '"', size_t(limit - m_p)));
                if (!q) {
                    m_p = limit;
                    break;
                }
                if (q + 1 < limit && q[1] == '"') {
                    doubled = true;
                    m_p = q + 2;
                    continue;
                }
                m_p = q + 1;
                closed = true;
                break;
            }
            if (!closed && limit < m_end)
                failRecordTooLong(m_fileName, m_line);
            if (!closed) {
                fields.emplace_back(start, size_t(m_p - start)); // cut by the end: not terminated
                return true;
            }
            std::string_view raw(start, size_t(m_p - 1 - start));
            if (doubled) {
                std::string s;
                for (size_t i = 0; i < raw.size(); ++i) {
                    s.push_back(raw[i]);
                    if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"')
                        ++i;
                }
                m_owned.push_back(std::move(s));
                raw = m_owned.back();
            }
            fields.push_back(raw);
        } else {
            const char *start = m_p;
            while (m_p < limit && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
                ++m_p;
            fields.emplace_back(start, size_t(m_p - start));
        }
        if (m_p >= limit && limit < m_end)
            failRecordTooLong(m_fileName, m_line);
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        // end of record: a run of CRs and one LF
        while (m_p < m_end && (*m_p == '\r' || *m_p == '\n')) {
            m_terminated = true;
            if (*m_p == '\n') {
                ++m_p;
                break;
            }
            ++m_p;
        }
        return true;
    }
}

} // namespace ec2lab::catalog::importer
