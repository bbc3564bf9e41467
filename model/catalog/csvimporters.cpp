// Readers for the CSV price formats: the EC2 offer file, the Savings Plans offer file and the
// two-column price tables. Every reader finds its columns by header name, never by position.
//
// The offer file (about 300 MB for one region) goes through CsvScanner: BlockMasker finds the
// unquoted commas and line ends 64 bytes at a time (on a second thread for large files), and the
// scanner splits a record only as far as the row needs. Most rows belong to products the catalog
// skips, and for those only the SKU is read. The other formats keep the simple per-character
// CsvReader, which also tolerates the stray quotes of hand-written comment lines.

#include "catalog/awsnames.h"
#include "catalog/importsupport.h"

#include <QRegularExpression>
#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ec2lab::catalog::importer {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Hashes SKUs as string views, so lookups need no temporary std::string.
struct SvHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};

/// Maps short byte strings (SKUs, "SKU.OfferTermCode" keys) to an int, with open addressing and
/// every key copied into one arena.
///
/// Contract: no allocation per key and no destructor work per key, which matters at 100,000
/// SKUs per offer file; find() returns nullptr for absent keys; insert() takes a key not yet there.
class KeyTable
{
public:
    KeyTable() { m_slots.resize(1024); }

    static quint64 hashOf(std::string_view key) { return std::hash<std::string_view> {}(key); }

    int *find(std::string_view key, quint64 hash)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (!s.used)
                return nullptr;
            if (s.hash == hash && s.size == key.size()
                && std::memcmp(m_keys.data() + s.offset, key.data(), key.size()) == 0)
                return &s.value;
        }
    }

    void insert(std::string_view key, quint64 hash, int value)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        place(Slot { hash, m_keys.size(), key.size(), value, true });
        m_keys.append(key);
        ++m_count;
    }

private:
    /// One key (as a range of the arena), its hash and its value.
    struct Slot
    {
        quint64 hash = 0;
        size_t offset = 0;
        size_t size = 0;
        int value = 0;
        bool used = false;
    };

    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(slot.hash) & mask;
        while (m_slots[i].used)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.used)
                place(s);
        }
    }

    std::vector<Slot> m_slots; ///< a power of two, at most half full
    std::string m_keys;
    size_t m_count = 0;
};

// The two units of EC2 price dimensions, without a conversion per row.
QString unitOf(std::string_view unit)
{
    static const QString hrs = QStringLiteral("Hrs"), quantity = QStringLiteral("Quantity");
    return unit == "Hrs" ? hrs : unit == "Quantity" ? quantity : qs(unit);
}

/// Splits RFC 4180 CSV (quoted or not) into fields, one record at a time, over a mapped file.
///
/// Contract: fields are views into the file unless they contained doubled quotes, in which case
/// they point into storage owned by the reader until the next call to next().
class CsvReader
{
public:
    explicit CsvReader(const MappedFile &file)
        : m_p(file.data())
        , m_end(file.data() + file.size())
        , m_file(file)
    {
    }

    bool next(std::vector<std::string_view> &fields)
    {
        fields.clear();
        if (!m_owned.empty())
            m_owned.clear();
        if (m_p >= m_end)
            return false;
        ++m_line;
        m_lineStart = m_p;
        while (true) {
            if (m_p < m_end && *m_p == '"') {
                const char *start = ++m_p;
                bool doubled = false;
                while (true) {
                    const char *q = static_cast<const char *>(memchr(m_p, '"', size_t(m_end - m_p)));
                    if (!q) {
                        m_p = m_end;
                        break;
                    }
                    if (q + 1 < m_end && q[1] == '"') {
                        doubled = true;
                        m_p = q + 2;
                        continue;
                    }
                    m_p = q + 1;
                    break;
                }
                std::string_view raw(start, size_t(std::max(m_p - 1, start) - start));
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
                while (m_p < m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
                    ++m_p;
                fields.emplace_back(start, size_t(m_p - start));
            }
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            // end of record
            while (m_p < m_end && (*m_p == '\r' || *m_p == '\n')) {
                if (*m_p == '\n') {
                    ++m_p;
                    break;
                }
                ++m_p;
            }
            return true;
        }
    }

    qint64 line() const { return m_line; }
    qint64 offset() const { return m_p - m_file.data(); }

private:
    const char *m_p;
    const char *m_end;
    const MappedFile &m_file;
    const char *m_lineStart = nullptr;
    qint64 m_line = 0;
    std::deque<std::string> m_owned;
};

/// Finds the unquoted commas and line ends of a file, 64-byte block by block, in order (the first
/// stage of CsvScanner): SSE2 compares give bit masks of the quotes, commas and line ends of a
/// block, and a prefix XOR of the quote mask (the technique of simdjson's stage 1) tells which of
/// them sit inside quoted fields. Doubled quotes flip the quote state twice, so they need no
/// special case.
///
/// Contract: masks() must be asked for blocks 0, 1, 2, ... in order; bits past the end of the file
/// are clear. A file larger than kThreadedSize is masked on a second thread, at most kSlots
/// chunks ahead of the reader (this also takes the page faults of the mapping off the reader's
/// thread); the destructor stops and joins that thread.
class BlockMasker
{
public:
    BlockMasker(const char *data, size_t size)
        : m_data(data)
        , m_size(size)
        , m_blocks((size + 63) / 64)
    {
        if (size < kThreadedSize)
            return;
        m_comma.resize(kSlots * kChunkBlocks);
        m_lineEnd.resize(kSlots * kChunkBlocks);
        try {
            m_thread = std::thread([this] { produce(); });
        } catch (const std::system_error &) {
            m_comma.clear(); // no thread: mask in the reader's thread instead
            m_lineEnd.clear();
        }
    }

    ~BlockMasker()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    BlockMasker(const BlockMasker &) = delete;
    BlockMasker &operator=(const BlockMasker &) = delete;

    void masks(size_t block, quint64 &comma, quint64 &lineEnd)
    {
        if (!m_thread.joinable()) {
            compute(block, m_inQuotes, comma, lineEnd);
            return;
        }
        const size_t chunk = block / kChunkBlocks;
        acquire(chunk);
        const size_t i = (chunk % kSlots) * kChunkBlocks + block % kChunkBlocks;
        comma = m_comma[i];
        lineEnd = m_lineEnd[i];
    }

    /// Whether lineEndFrom() can answer (only with the second thread, which lists line ends).
    bool listsLineEnds() const { return m_thread.joinable(); }

    /// The first unquoted line end at or after \a offset (which must not decrease from call to
    /// call, nor go back before the blocks already asked for), or the file size when none is left.
    size_t lineEndFrom(size_t offset)
    {
        for (size_t chunk = offset / (kChunkBlocks * 64);; ++chunk) {
            if (chunk * kChunkBlocks >= m_blocks)
                return m_size;
            acquire(chunk);
            const std::vector<quint32> &ends = m_lineEnds[chunk % kSlots];
            const size_t base = chunk * kChunkBlocks * 64;
            while (m_lineCursor < ends.size() && base + ends[m_lineCursor] < offset)
                ++m_lineCursor;
            if (m_lineCursor < ends.size())
                return base + ends[m_lineCursor];
        }
    }

private:
    // Waits until \a chunk is masked and tells the second thread the earlier ones are free.
    void acquire(size_t chunk)
    {
        if (chunk == m_readerChunk)
            return;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_released = chunk; // the chunks before this one are done with
        m_changed.notify_all();
        m_changed.wait(lock, [this, chunk] { return m_produced > chunk; });
        m_readerChunk = chunk;
        m_lineCursor = 0;
    }

    static constexpr size_t kThreadedSize = 8u << 20;
    static constexpr size_t kChunkBlocks = 4096; // 256 KiB of the file
    static constexpr size_t kSlots = 16;

    // Reading up to 64 bytes past the end is safe: the mapping carries at least 256 zeroed bytes
    // of padding.
    void compute(size_t block, quint64 &inQuotes, quint64 &comma, quint64 &lineEnd) const
    {
        const char *p = m_data + block * 64;
        quint64 quote = 0;
        comma = lineEnd = 0;
#if defined(__SSE2__)
        const __m128i q = _mm_set1_epi8('"'), c = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'),
                      cr = _mm_set1_epi8('\r');
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
            const int shift = 16 * k;
            quote |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, q)))) << shift;
            comma |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))) << shift;
            lineEnd |= quint64(unsigned(
                           _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)))))
                << shift;
        }
#else
        for (int i = 0; i < 64; ++i) {
            const quint64 bit = quint64(1) << i;
            quote |= p[i] == '"' ? bit : 0;
            comma |= p[i] == ',' ? bit : 0;
            lineEnd |= p[i] == '\n' || p[i] == '\r' ? bit : 0;
        }
#endif
        quint64 quoted = quote; // bit i: an odd number of quotes at or before i
        quoted ^= quoted << 1;
        quoted ^= quoted << 2;
        quoted ^= quoted << 4;
        quoted ^= quoted << 8;
        quoted ^= quoted << 16;
        quoted ^= quoted << 32;
        quoted ^= inQuotes;
        inQuotes = quoted >> 63 ? ~quint64(0) : 0;
        const size_t left = m_size - block * 64;
        const quint64 valid = left < 64 ? (quint64(1) << left) - 1 : ~quint64(0);
        comma &= ~quoted & valid;
        lineEnd &= ~quoted & valid;
    }

    // The second thread: masks chunk after chunk, waiting while kSlots chunks are unread.
    void produce()
    {
        quint64 inQuotes = 0;
        const size_t chunks = (m_blocks + kChunkBlocks - 1) / kChunkBlocks;
        for (size_t chunk = 0; chunk < chunks; ++chunk) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this, chunk] { return m_stop || chunk < m_released + kSlots; });
                if (m_stop)
                    return;
            }
            const size_t first = chunk * kChunkBlocks;
            const size_t end = std::min(m_blocks, first + kChunkBlocks);
            const size_t slot = (chunk % kSlots) * kChunkBlocks;
            std::vector<quint32> &ends = m_lineEnds[chunk % kSlots];
            ends.clear();
            for (size_t b = first; b < end; ++b) {
                quint64 &lineEnd = m_lineEnd[slot + b - first];
                compute(b, inQuotes, m_comma[slot + b - first], lineEnd);
                for (quint64 bits = lineEnd; bits; bits &= bits - 1)
                    ends.push_back(quint32((b - first) * 64 + size_t(__builtin_ctzll(bits))));
            }
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_produced = chunk + 1;
            }
            m_changed.notify_all();
        }
    }

    const char *m_data;
    size_t m_size;
    size_t m_blocks;
    quint64 m_inQuotes = 0; ///< without a thread: all ones when the last block ended quoted
    // With a thread: kSlots chunks of masks, the chunk of block b in slot (b / kChunkBlocks) % kSlots.
    std::vector<quint64> m_comma, m_lineEnd;
    std::array<std::vector<quint32>, kSlots> m_lineEnds; ///< per slot: line ends from the chunk start
    size_t m_lineCursor = 0; ///< in the reader's chunk: line ends before it are passed
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_produced = 0; ///< chunks masked
    size_t m_released = 0; ///< chunks before this one are no longer read
    size_t m_readerChunk = ~size_t(0);
    bool m_stop = false;
    std::thread m_thread;
};

/// Splits RFC 4180 CSV into records and fields over a mapped file, walking the unquoted commas
/// and line ends that BlockMasker finds 64 bytes at a time.
///
/// Contract: a record ends at an unquoted LF or CR (a run of CRs and one LF end it once, as in
/// CsvReader); quoted fields may hold commas, line breaks and doubled quotes. A record is split
/// only as far as readFields() asks; startRecord() skips the rest of the previous record by
/// looking at line ends only. field() returns views into the file, or into storage owned by the
/// scanner when the field held doubled quotes; both stay valid until the next startRecord().
/// line() counts records, which is the line number wherever quoted fields hold no line breaks.
class CsvScanner
{
public:
    explicit CsvScanner(const MappedFile &file)
        : m_data(file.data())
        , m_end(file.data() + file.size())
        , m_masker(file.data(), file.size())
        , m_block(file.data())
        , m_next(file.data())
    {
        m_ends.reserve(128);
        loadBlock();
    }

    /// Moves to the next record, skipping what was not read of the current one; false at the end.
    bool startRecord()
    {
        if (!m_complete)
            endRecordAt(nextLineEnd());
        m_start = m_next;
        if (m_start >= m_end)
            return false;
        discardBefore(m_start);
        m_ends.clear();
        m_owned.clear();
        m_complete = false;
        ++m_line;
        return true;
    }

    /// Splits the current record until \a count fields are known or the record ends.
    void readFields(int count)
    {
        while (!m_complete && int(m_ends.size()) < count) {
            bool lineEnd = false;
            const char *at = nextStructural(lineEnd);
            m_ends.push_back(at);
            if (lineEnd)
                endRecordAt(at);
        }
    }

    /// The number of fields split so far.
    int size() const { return int(m_ends.size()); }
    /// Whether the whole current record has been split.
    bool complete() const { return m_complete; }

    /// Field \a c without its quotes; empty when it has not been split (or \a c < 0).
    std::string_view field(int c)
    {
        if (c < 0 || c >= int(m_ends.size()))
            return {};
        const char *begin = c == 0 ? m_start : m_ends[size_t(c) - 1] + 1;
        const char *end = m_ends[size_t(c)];
        if (begin == end || *begin != '"')
            return std::string_view(begin, size_t(end - begin));
        ++begin;
        if (end > begin && end[-1] == '"')
            --end;
        const std::string_view raw(begin, size_t(end - begin));
        if (raw.find('"') == std::string_view::npos)
            return raw;
        std::string s;
        s.reserve(raw.size());
        for (size_t i = 0; i < raw.size(); ++i) {
            s.push_back(raw[i]);
            if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"')
                ++i;
        }
        m_owned.push_back(std::move(s));
        return m_owned.back();
    }

    qint64 line() const { return m_line; }
    /// Where the current record starts in the file.
    size_t offset() const { return size_t(m_start - m_data); }

private:
    void loadBlock() { m_masker.masks(size_t(m_block - m_data) / 64, m_comma, m_lineEnd); }

    bool nextBlock()
    {
        if (m_end - m_block <= 64) {
            m_comma = m_lineEnd = 0;
            return false;
        }
        m_block += 64;
        loadBlock();
        return true;
    }

    // The next unquoted comma or line end; the end of the file (as a line end) when none is left.
    const char *nextStructural(bool &lineEnd)
    {
        while (true) {
            if (const quint64 bits = m_comma | m_lineEnd) {
                const quint64 bit = bits & (~bits + 1);
                lineEnd = (m_lineEnd & bit) != 0;
                m_comma &= ~bit;
                m_lineEnd &= ~bit;
                return m_block + __builtin_ctzll(bits);
            }
            if (!nextBlock()) {
                lineEnd = true;
                return m_end;
            }
        }
    }

    // The next unquoted line end, passing over commas; the end of the file when none is left.
    const char *nextLineEnd()
    {
        if (!m_lineEnd && m_masker.listsLineEnds()) {
            // Jump straight to the block of the next line end listed by the masker's thread.
            const size_t at = m_masker.lineEndFrom(size_t(m_block - m_data) + 64);
            if (at >= size_t(m_end - m_data)) {
                m_comma = m_lineEnd = 0;
                return m_end;
            }
            m_block = m_data + at / 64 * 64;
            loadBlock();
        }
        while (true) {
            if (m_lineEnd) {
                const int i = __builtin_ctzll(m_lineEnd);
                const quint64 upTo = i == 63 ? ~quint64(0) : (quint64(1) << (i + 1)) - 1;
                m_comma &= ~upTo;
                m_lineEnd &= ~upTo;
                return m_block + i;
            }
            if (!nextBlock())
                return m_end;
        }
    }

    // The record ends at \a at: a CR run and one LF after it belong to this end.
    void endRecordAt(const char *at)
    {
        m_complete = true;
        const char *p = at;
        if (p < m_end && *p == '\r') {
            while (p < m_end && *p == '\r')
                ++p;
            if (p < m_end && *p == '\n')
                ++p;
        } else if (p < m_end) {
            ++p;
        }
        m_next = p;
    }

    // Drops the line-end bits before \a p (the CRs and LF that ended the previous record).
    void discardBefore(const char *p)
    {
        while (p - m_block >= 64) {
            if (!nextBlock())
                return;
        }
        if (p > m_block) {
            const quint64 below = (quint64(1) << (p - m_block)) - 1;
            m_comma &= ~below;
            m_lineEnd &= ~below;
        }
    }

    const char *m_data;
    const char *m_end;
    BlockMasker m_masker;
    const char *m_block; ///< the 64-byte block whose masks are loaded
    quint64 m_comma = 0; ///< unquoted commas of the block not yet consumed
    quint64 m_lineEnd = 0; ///< unquoted CRs and LFs of the block not yet consumed
    const char *m_start = nullptr; ///< start of the current record
    const char *m_next; ///< start of the next record, once the current one is complete
    bool m_complete = true;
    std::vector<const char *> m_ends; ///< where each field split so far ends
    std::deque<std::string> m_owned;
    qint64 m_line = 0;
};

/// Reads the "Name","value" preamble rows until the header row (which starts with \a firstHeader).
void readPreamble(
    ImportContext &ctx, CsvReader &csv, std::vector<std::string_view> &fields, std::string_view firstHeader)
{
    while (csv.next(fields)) {
        if (!fields.empty() && fields[0] == firstHeader)
            return;
        if (fields.size() >= 2 && fields[0] == "Publication Date")
            ctx.setPublicationDate(parseDate(qs(fields[1])));
        if (csv.line() > 50)
            break;
    }
    ctx.fail(QStringLiteral("line %1").arg(csv.line()),
        QStringLiteral("no header row starting with \"%1\"").arg(qs(firstHeader)));
}

/// Reads the "Name","value" preamble rows of an offer file until the header row (which starts
/// with \a firstHeader) and returns the header's column names.
std::vector<std::string> readOfferPreamble(ImportContext &ctx, CsvScanner &csv, std::string_view firstHeader)
{
    constexpr int kMaxColumns = 10000; // real files have 91
    while (csv.startRecord()) {
        csv.readFields(2);
        if (csv.field(0) == firstHeader) {
            csv.readFields(kMaxColumns + 1);
            if (!csv.complete())
                ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                    QStringLiteral("more than %1 columns in the header row").arg(kMaxColumns));
            std::vector<std::string> names;
            for (int i = 0; i < csv.size(); ++i)
                names.emplace_back(csv.field(i));
            return names;
        }
        if (csv.size() >= 2 && csv.field(0) == "Publication Date")
            ctx.setPublicationDate(parseDate(qs(csv.field(1))));
        if (csv.line() > 50)
            break;
    }
    ctx.fail(QStringLiteral("line %1").arg(csv.line()),
        QStringLiteral("no header row starting with \"%1\"").arg(qs(firstHeader)));
}

int column(const std::vector<std::string_view> &header, std::string_view name)
{
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return int(i);
    }
    return -1;
}

int requireColumn(
    ImportContext &ctx, const std::vector<std::string_view> &header, std::string_view name, qint64 line)
{
    const int c = column(header, name);
    if (c < 0)
        ctx.fail(QStringLiteral("line %1").arg(line), QStringLiteral("missing column \"%1\"").arg(qs(name)));
    return c;
}

std::string_view field(const std::vector<std::string_view> &row, int c)
{
    return c >= 0 && size_t(c) < row.size() ? row[size_t(c)] : std::string_view();
}

} // namespace

void importOfferCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvScanner csv(file);
    const std::vector<std::string> headerNames = readOfferPreamble(ctx, csv, "SKU");
    const std::vector<std::string_view> header(headerNames.begin(), headerNames.end());
    const qint64 headerLine = csv.line();
    const int cSku = requireColumn(ctx, header, "SKU", headerLine);
    const int cTermCode = requireColumn(ctx, header, "OfferTermCode", headerLine);
    const int cTermType = requireColumn(ctx, header, "TermType", headerLine);
    const int cUnit = requireColumn(ctx, header, "Unit", headerLine);
    const int cPrice = requireColumn(ctx, header, "PricePerUnit", headerLine);
    const int cCurrency = column(header, "Currency");
    const int cLease = column(header, "LeaseContractLength");
    const int cPurchase = column(header, "PurchaseOption");
    const int cClass = column(header, "OfferingClass");
    // The columns a row of a known product needs; a new product needs its attributes too.
    const int termFields
        = std::max({ cSku, cTermCode, cTermType, cUnit, cPrice, cCurrency, cLease, cPurchase, cClass }) + 1;
    /// One attribute column: the member it fills, or the instance size whose host capacity it holds.
    struct AttributeColumn
    {
        int index;
        OfferAttributes::Member member;
        QString capacitySize;
    };
    std::vector<AttributeColumn> attributeColumns;
    std::array<int, kSkipSignatureSize> signatureColumns;
    signatureColumns.fill(-1);
    int productFields = termFields;
    for (size_t i = 0; i < header.size(); ++i) {
        const OfferAttributes::Member member = OfferAttributes::memberFor(header[i]);
        const QString size = member ? QString() : OfferAttributes::capacitySizeFor(header[i]);
        if (!member && size.isEmpty())
            continue;
        attributeColumns.push_back({ int(i), member, size });
        productFields = std::max(productFields, int(i) + 1);
        // A later column of the same attribute wins, as in OfferAttributes::set().
        for (size_t m = 0; m < kSkipSignatureSize; ++m) {
            if (member && member == skipSignatureMembers()[m])
                signatureColumns[m] = int(i);
        }
    }

    KeyTable products; // SKU -> index into kept, or -1 for a skipped product (already counted)
    std::vector<OfferProduct> kept;
    /// A skip decision and how often it was reused, keyed by appendSkipSignature().
    struct SkipDecision
    {
        QString reason;
        qint64 count = 0;
    };
    std::unordered_map<std::string, SkipDecision, SvHash, std::equal_to<>> skipDecisions;
    std::string signature;
    /// A Reserved term whose rows (Quantity + Hrs) are still being collected; the strings are
    /// interned and the first two dimensions stored inline, so a term costs no allocation.
    struct Pending
    {
        int product = 0;
        bool inReservedSection = false;
        qint64 line = 0;
        QString leaseContractLength, purchaseOption, offeringClass;
        std::array<OfferTerm::Dimension, 2> dimensions;
        int dimensionCount = 0;
        std::vector<OfferTerm::Dimension> more; // beyond two (not seen in real files)
        std::string termCode;
        int next = -1; ///< the product's next listed term
    };
    std::vector<Pending> reserved; // in file order
    /// Where to find the pending terms of one kept product: real products have at most 12, found
    /// by walking a short list of neighbours in memory instead of probing a large hash table; a
    /// product with more than kListed terms (a hostile file) has the rest in a KeyTable.
    struct ProductTerms
    {
        int first = -1, last = -1, count = 0;
    };
    constexpr int kListed = 32;
    std::vector<ProductTerms> productTerms; // by kept product
    KeyTable moreTerms; // product index + OfferTermCode -> index into reserved
    std::string termKey;
    auto overflowKey = [&termKey](int product, std::string_view code) -> std::string_view {
        termKey.assign(reinterpret_cast<const char *>(&product), sizeof product);
        termKey.append(code);
        return termKey;
    };
    // The pending term (index into reserved) of \a product with \a code, or -1.
    auto findPending = [&](int product, std::string_view code) -> int {
        const ProductTerms &t = productTerms[size_t(product)];
        for (int i = t.first; i >= 0; i = reserved[size_t(i)].next) {
            if (reserved[size_t(i)].termCode == code)
                return i;
        }
        if (t.count > kListed) {
            const std::string_view key = overflowKey(product, code);
            if (const int *found = moreTerms.find(key, KeyTable::hashOf(key)))
                return *found;
        }
        return -1;
    };
    auto addPending = [&](Pending &&p) -> Pending & {
        const int i = int(reserved.size());
        ProductTerms &t = productTerms[size_t(p.product)];
        if (t.count < kListed) {
            (t.last >= 0 ? reserved[size_t(t.last)].next : t.first) = i;
            t.last = i;
        } else {
            const std::string_view key = overflowKey(p.product, p.termCode);
            moreTerms.insert(key, KeyTable::hashOf(key), i);
        }
        ++t.count;
        reserved.push_back(std::move(p));
        return reserved.back();
    };

    // Classifies a product seen for the first time; returns its index in kept or -1. A skip
    // decision made for one product is reused for every product with the same signature.
    auto classify = [&]() -> int {
        csv.readFields(productFields);
        std::array<std::string_view, kSkipSignatureSize> values;
        for (size_t m = 0; m < kSkipSignatureSize; ++m)
            values[m] = csv.field(signatureColumns[m]);
        signature.clear();
        appendSkipSignature(signature, values);
        if (const auto known = skipDecisions.find(std::string_view(signature));
            known != skipDecisions.end()) {
            ++known->second.count;
            return -1;
        }
        OfferAttributes attrs;
        for (const AttributeColumn &c : attributeColumns) {
            const std::string_view value = csv.field(c.index);
            if (c.member) {
                attrs.*c.member = QString::fromUtf8(value.data(), qsizetype(value.size()));
            } else {
                bool ok = false;
                const int count = QByteArray::fromRawData(value.data(), qsizetype(value.size())).toInt(&ok);
                if (ok && count > 0)
                    attrs.capacities.append({ c.capacitySize, count });
            }
        }
        QString reason;
        std::optional<OfferProduct> product = classifyProduct(ctx, attrs, &reason);
        if (!product) {
            skipDecisions.emplace(signature, SkipDecision { reason, 1 });
            return -1;
        }
        kept.push_back(std::move(*product));
        productTerms.emplace_back();
        return int(kept.size() - 1);
    };

    std::string lastSku;
    int lastIndex = -1;
    while (csv.startRecord()) {
        csv.readFields(cSku + 1);
        if (csv.complete() && csv.size() == 1 && csv.field(0).empty())
            continue;
        const qint64 line = csv.line();
        // The rows of one product usually follow each other: check the last SKU first.
        const std::string_view sku = csv.field(cSku);
        int index = lastIndex;
        if (sku != lastSku) {
            const quint64 skuHash = KeyTable::hashOf(sku);
            if (const int *known = products.find(sku, skuHash)) {
                index = *known;
            } else {
                index = classify(); // reads more fields; sku stays valid until the next record
                products.insert(sku, skuHash, index);
            }
            lastSku.assign(sku);
            lastIndex = index;
        }
        if (index >= 0) {
            csv.readFields(termFields);
            const std::string_view currency = csv.field(cCurrency);
            if (!currency.empty() && currency != "USD") {
                ctx.skip(QStringLiteral("prices in %1, not USD").arg(qs(currency)));
                continue;
            }
            const Money price = ctx.parsePriceLazy(csv.field(cPrice),
                [line] { return QStringLiteral("line %1, column PricePerUnit").arg(line); });
            OfferTerm::Dimension dim { unitOf(csv.field(cUnit)), price };
            const std::string_view lease = csv.field(cLease);
            const std::string_view purchase = csv.field(cPurchase);
            const bool reservedSection = csv.field(cTermType) == "Reserved";
            if (lease.empty() && purchase.empty()) {
                OfferTerm term;
                term.inReservedSection = reservedSection;
                term.dimensions.append(dim);
                applyTerm(
                    ctx, kept[size_t(index)], term, [line] { return QStringLiteral("line %1").arg(line); });
            } else {
                // A reserved term spans two rows (Quantity + Hrs): collect them first.
                const std::string_view code = csv.field(cTermCode);
                const int pending = findPending(index, code);
                Pending &p = pending >= 0 ? reserved[size_t(pending)] : addPending([&] {
                    Pending n;
                    n.product = index;
                    n.inReservedSection = reservedSection;
                    n.leaseContractLength = ctx.intern(lease);
                    n.purchaseOption = ctx.intern(purchase);
                    n.offeringClass = ctx.intern(csv.field(cClass));
                    n.line = line;
                    n.termCode.assign(code);
                    return n;
                }());
                if (p.dimensionCount < 2)
                    p.dimensions[size_t(p.dimensionCount++)] = dim;
                else
                    p.more.push_back(dim);
            }
        }
        file.releaseBefore(csv.offset());
        ctx.progress(qint64(csv.offset()), qint64(file.size()));
    }
    for (const auto &entry : skipDecisions)
        ctx.skip(entry.second.reason, entry.second.count);
    OfferTerm term;
    for (const Pending &p : reserved) {
        term.inReservedSection = p.inReservedSection;
        term.leaseContractLength = p.leaseContractLength;
        term.purchaseOption = p.purchaseOption;
        term.offeringClass = p.offeringClass;
        term.dimensions.clear();
        for (int d = 0; d < p.dimensionCount; ++d)
            term.dimensions.append(p.dimensions[size_t(d)]);
        for (const auto &d : p.more)
            term.dimensions.append(d);
        applyTerm(ctx, kept[size_t(p.product)], term, [&p] { return QStringLiteral("line %1").arg(p.line); });
    }
}

void importSavingsPlansCsv(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file);
    std::vector<std::string_view> header, row;
    readPreamble(ctx, csv, header, "SKU");
    const qint64 h = csv.line();
    const int cRate = requireColumn(ctx, header, "DiscountedRate", h);
    const int cCurrency = column(header, "Currency");
    const int cUsage = requireColumn(ctx, header, "DiscountedUsageType", h);
    const int cOperation = requireColumn(ctx, header, "DiscountedOperation", h);
    const int cPurchase = requireColumn(ctx, header, "PurchaseOption", h);
    const int cLease = requireColumn(ctx, header, "LeaseContractLength", h);
    const int cFamily = requireColumn(ctx, header, "Product Family", h);
    const int cRegion = column(header, "DiscountedRegionCode");
    const int cType = column(header, "DiscountedInstanceType");
    while (csv.next(row)) {
        if (row.size() == 1 && row[0].empty())
            continue;
        const qint64 line = csv.line();
        const std::string_view currency = field(row, cCurrency);
        if (!currency.empty() && currency != "USD") {
            ctx.skip(QStringLiteral("Savings Plan rates not in USD"));
            continue;
        }
        SavingsPlanRow sp;
        sp.rate = ctx.parsePriceLazy(
            field(row, cRate), [line] { return QStringLiteral("line %1, column DiscountedRate").arg(line); });
        sp.usageType = qs(field(row, cUsage));
        sp.operation = qs(field(row, cOperation));
        sp.purchaseOption = qs(field(row, cPurchase));
        sp.years = qs(field(row, cLease)).toInt();
        sp.productFamily = qs(field(row, cFamily));
        sp.regionCode = qs(field(row, cRegion));
        sp.instanceType = qs(field(row, cType));
        applySavingsPlanRow(ctx, sp);
        file.releaseBefore(size_t(csv.offset()));
        ctx.progress(csv.offset(), qint64(file.size()));
    }
}

void importPriceTable(ImportContext &ctx, const MappedFile &file)
{
    CsvReader csv(file);
    std::vector<std::string_view> row;
    QString comments;
    bool hostTable = false;
    bool header = false;
    while (!header && csv.next(row)) {
        if (!row.empty() && row[0].starts_with('#')) {
            // The comment holds commas; rebuild the line.
            QStringList parts;
            for (auto f : row)
                parts << qs(f);
            comments += parts.join(u',') + u'\n';
            continue;
        }
        if (row.size() == 2 && row[0] == "instance_type" && row[1] == "usd_per_hour")
            header = true;
        else if (row.size() == 2 && row[0] == "host_family" && row[1] == "usd_per_host_hour")
            header = hostTable = true;
        else
            ctx.fail(QStringLiteral("line %1").arg(csv.line()),
                QStringLiteral("expected the header \"instance_type,usd_per_hour\" or "
                               "\"host_family,usd_per_host_hour\""));
    }
    if (!header)
        ctx.fail(QString(), QStringLiteral("no header row"));
    // The comment block names the region, the date and, for Karpenter tables, that *.metal rows
    // were queried with tenancy=Dedicated.
    QString region;
    static const QRegularExpression regionRe(QStringLiteral("\\b([a-z]{2}(?:-gov)?-[a-z]+-\\d)\\b"));
    for (auto it = regionRe.globalMatch(comments); it.hasNext();) {
        const QString candidate = it.next().captured(1);
        if (!awsnames::locationForRegionCode(candidate).isEmpty()) {
            region = candidate;
            break;
        }
    }
    if (region.isEmpty())
        ctx.fail(QString(), QStringLiteral("the comment lines do not name the region (e.g. \"us-east-1\")"));
    if (!ctx.publicationDate().isValid()) {
        static const QRegularExpression generatedRe(
            QStringLiteral("(?:at|@[^(]*\\()\\s*(\\d{4}-\\d{2}-\\d{2})"));
        static const QRegularExpression anyDateRe(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
        auto m = generatedRe.match(comments);
        if (!m.hasMatch())
            m = anyDateRe.match(comments);
        if (m.hasMatch())
            ctx.setPublicationDate(QDate::fromString(m.captured(1), Qt::ISODate));
    }
    const bool metalDedicated = comments.contains(QLatin1StringView("tenancy=Dedicated"))
        && comments.contains(QLatin1StringView(".metal"));
    while (csv.next(row)) {
        if (row.empty() || (row.size() == 1 && row[0].empty()) || row[0].starts_with('#'))
            continue;
        if (row.size() != 2)
            ctx.fail(QStringLiteral("line %1").arg(csv.line()), QStringLiteral("expected 2 columns"));
        const QString name = qs(row[0]);
        const Money price = ctx.parsePrice(row[1], QStringLiteral("line %1, column 2").arg(csv.line()));
        if (hostTable) {
            ctx.catalog().setDedicatedHost(region, DedicatedHostPrice { name, price, {}, ctx.provenance() });
        } else {
            const bool metal = name.endsWith(u".metal") || name.contains(u".metal-");
            const Tenancy tenancy = metal && metalDedicated ? Tenancy::Dedicated : Tenancy::Shared;
            InstanceSpec spec;
            spec.name = name;
            std::tie(spec.family, spec.size) = awsnames::splitInstanceType(name);
            spec.architecture = awsnames::inferArchitecture(spec.family);
            spec.architectureInferred = true;
            spec.normalizationFactor = awsnames::normalizationFactorForSize(spec.size);
            ctx.catalog().addInstanceSpec(spec);
            ctx.catalog().setOnDemand(PriceKey { region, name, Platform::Linux, tenancy },
                OnDemandPrice { price, ctx.provenance() });
        }
        ctx.counted();
    }
}

} // namespace ec2lab::catalog::importer
