#pragma once

// Internal to the importers: the two CSV splitters the CSV readers share (csvimporters.cpp).

#include "catalog/importsupport.h"

#include <QtGlobal>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <mutex>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

namespace ec2lab::catalog::importer {

/// The longest CSV record the readers accept: real offer rows are under 4 KiB, so a longer one
/// is a damaged or hostile file (1 GB of NULs after the header), refused before it is held.
constexpr size_t kMaxCsvRecordBytes = 64 * 1024;

/// Throws the InputError for a record longer than kMaxCsvRecordBytes, at \a line of \a fileName.
[[noreturn]] void failRecordTooLong(const QString &fileName, qint64 line);

/// Splits RFC 4180 CSV (quoted or not) into fields, one record at a time, over a mapped file.
///
/// Contract: fields are views into the file unless they contained doubled quotes, in which case
/// they point into storage owned by the reader until the next call to next(). terminated() says
/// whether the record just read ended with a line end (CR or LF) after a closed last field: a
/// record cut by the end of the file (an unclosed quote included) is not. A record longer than
/// kMaxCsvRecordBytes throws an InputError naming \a fileName and the line, without reading
/// further.
class CsvReader
{
public:
    CsvReader(const MappedFile &file, const QString &fileName)
        : m_p(file.data())
        , m_end(file.data() + file.size())
        , m_file(file)
        , m_fileName(fileName)
    {
    }

    bool next(std::vector<std::string_view> &fields);

    qint64 line() const { return m_line; }
    qint64 offset() const { return m_p - m_file.data(); }
    bool terminated() const { return m_terminated; }

private:
    const char *m_p;
    const char *m_end;
    const MappedFile &m_file;
    QString m_fileName;
    const char *m_lineStart = nullptr;
    qint64 m_line = 0;
    bool m_terminated = false;
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
    /// call, nor go back before the blocks already asked for), or the file size when none is left;
    /// a value above \a stop when none lies at or before \a stop (the masker is not waited for
    /// beyond it).
    size_t lineEndFrom(size_t offset, size_t stop)
    {
        for (size_t chunk = offset / (kChunkBlocks * 64);; ++chunk) {
            if (chunk * kChunkBlocks >= m_blocks)
                return m_size;
            if (chunk * kChunkBlocks * 64 > stop)
                return stop + 1; // none before stop: the caller refuses the record
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
    CsvScanner(const MappedFile &file, const QString &fileName)
        : m_fileName(fileName)
        , m_data(file.data())
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

    /// Whether the last record that was completed ended with a line end (not with the end of the
    /// file, which is where a cut file or an unclosed quote ends).
    bool terminated() const { return m_terminated; }

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
            checkLength();
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
            const size_t at = m_masker.lineEndFrom(
                size_t(m_block - m_data) + 64, size_t(m_start - m_data) + kMaxCsvRecordBytes + 64);
            if (at > size_t(m_start - m_data) + kMaxCsvRecordBytes && at < size_t(m_end - m_data))
                failRecordTooLong(m_fileName, m_line);
            if (at >= size_t(m_end - m_data)) {
                m_comma = m_lineEnd = 0;
                return m_end;
            }
            m_block = m_data + at / 64 * 64;
            loadBlock();
        }
        while (true) {
            checkLength();
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
        m_terminated = at < m_end;
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

    // Refuses a record that has grown past kMaxCsvRecordBytes without ending.
    void checkLength() const
    {
        if (m_start && m_block > m_start && size_t(m_block - m_start) > kMaxCsvRecordBytes)
            failRecordTooLong(m_fileName, m_line);
    }

    QString m_fileName;
    const char *m_data;
    const char *m_end;
    BlockMasker m_masker;
    const char *m_block; ///< the 64-byte block whose masks are loaded
    quint64 m_comma = 0; ///< unquoted commas of the block not yet consumed
    quint64 m_lineEnd = 0; ///< unquoted CRs and LFs of the block not yet consumed
    const char *m_start = nullptr; ///< start of the current record
    const char *m_next; ///< start of the next record, once the current one is complete
    bool m_complete = true;
    bool m_terminated = false;
    std::vector<const char *> m_ends; ///< where each field split so far ends
    std::deque<std::string> m_owned;
    qint64 m_line = 0;
};

} // namespace ec2lab::catalog::importer
