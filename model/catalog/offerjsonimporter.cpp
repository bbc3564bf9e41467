// Readers for the AWS Price List EC2 offer file (JSON) and the GetProducts query output.

#include "catalog/jsonsupport.h"
#include "catalog/keytable.h"

#include <algorithm>
#include <array>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <simdjson.h>
#include <string>
#include <vector>

namespace ec2lab::catalog::importer {

namespace {

using namespace json;

std::string join(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (std::string_view p : parts) {
        if (!out.empty())
            out += '.';
        out.append(p);
    }
    return out;
}

OfferAttributes readAttributes(Reader &r, od::object object)
{
    OfferAttributes a;
    for (od::field field : object) {
        const std::string_view k = r.key(field);
        if (const OfferAttributes::Member m = OfferAttributes::memberFor(k)) {
            const std::string_view v = r.stringOrEmpty(field.value());
            a.*m = QString::fromUtf8(v.data(), qsizetype(v.size()));
        } else if (k.starts_with("instanceCapacity")) {
            a.set(k, r.stringOrEmpty(field.value()));
        }
    }
    return a;
}

/// Reads one product object {sku, productFamily, attributes}.
void readProduct(Reader &r, od::object object, const std::string &path, OfferAttributes &attrs)
{
    QString family;
    for (od::field field : object) {
        const std::string_view k = r.key(field);
        if (k == "productFamily")
            family = QString::fromUtf8(r.string(field.value(), path, "productFamily"));
        else if (k == "attributes")
            attrs = readAttributes(r, r.object(field.value(), path, "attributes"));
    }
    if (attrs.productFamily.isEmpty())
        attrs.productFamily = family;
}

/// The few distinct values of term attributes and units ("1yr", "Partial Upfront", "Hrs"...) as
/// shared QStrings: a linear look-up among the values met so far, cheaper than hashing each one;
/// more than a handful of distinct values go to ImportContext::intern().
QString internSmall(ImportContext &ctx, std::string_view v)
{
    thread_local std::vector<std::pair<std::string, QString>> seen;
    for (const auto &[bytes, string] : seen) {
        if (bytes == v)
            return string;
    }
    QString string = ctx.intern(v);
    if (seen.size() < 16)
        seen.emplace_back(std::string(v), string);
    return string;
}

/// Reads one term object; \a path names it for error messages (paths below it are built only
/// when something is wrong).
OfferTerm readTerm(Reader &r, od::value value, const std::string &path, bool reservedSection)
{
    OfferTerm term;
    term.inReservedSection = reservedSection;
    for (od::field field : r.object(value, path)) {
        const std::string_view k = r.key(field);
        if (k == "termAttributes") {
            for (od::field attr : r.object(field.value(), path, "termAttributes")) {
                const std::string_view ak = r.key(attr);
                const std::string_view v = r.stringOrEmpty(attr.value());
                // A handful of distinct values in a whole file: interned, no allocation per term.
                if (ak == "LeaseContractLength")
                    term.leaseContractLength = internSmall(r.ctx(), v);
                else if (ak == "OfferingClass")
                    term.offeringClass = internSmall(r.ctx(), v);
                else if (ak == "PurchaseOption")
                    term.purchaseOption = internSmall(r.ctx(), v);
            }
        } else if (k == "priceDimensions") {
            for (od::field dimField : r.object(field.value(), path, "priceDimensions")) {
                const std::string_view dimKey = r.key(dimField);
                auto dimPath = [&] { return join({ path, "priceDimensions", dimKey }); };
                // The path object() needs, built in a buffer kept from term to term.
                thread_local std::string dimPathBuffer;
                dimPathBuffer.assign(path).append(".priceDimensions.").append(dimKey);
                OfferTerm::Dimension dim;
                bool priced = false;
                std::string_view otherCurrency;
                for (od::field f : r.object(dimField.value(), dimPathBuffer)) {
                    const std::string_view fk = r.key(f);
                    if (fk == "unit") {
                        const std::string_view unit = r.stringOrEmpty(f.value());
                        dim.unit = internSmall(r.ctx(), unit);
                    } else if (fk == "pricePerUnit") {
                        for (od::field cur : r.object(f.value(), dimPath(), "pricePerUnit")) {
                            const std::string_view currency = r.key(cur);
                            if (currency == "USD") {
                                auto pricePath = [&] { return join({ dimPath(), "pricePerUnit", "USD" }); };
                                od::value v = cur.value();
                                od::json_type type;
                                if (v.type().get(type) || type != od::json_type::string)
                                    r.fail(pricePath(), r.lastPosition(),
                                        QStringLiteral("expected a price string"));
                                dim.price = r.priceLazy(r.string(v, std::string()), pricePath);
                                priced = true;
                            } else {
                                otherCurrency = currency;
                            }
                        }
                    }
                }
                if (priced)
                    term.dimensions.append(dim);
                else if (!otherCurrency.empty())
                    r.ctx().skip(
                        QStringLiteral("prices in %1, not USD").arg(QString::fromUtf8(otherCurrency)));
                else
                    r.fail(
                        dimPath(), r.lastPosition(), QStringLiteral("price dimension without pricePerUnit"));
            }
        }
    }
    return term;
}

/// Walks the outer levels of an offer file (the top-level object, "products", "terms" and its
/// sections) only to find where each product and each SKU's terms begin and end; every one of
/// those is then parsed by simdjson as a document of its own.
///
/// Contract: never interprets values itself (it only skips strings and balances brackets); the
/// memory in use stays bounded by one entry, the pages already read are released as it goes,
/// and a malformed outer level is reported with line and column.
class OuterScanner
{
public:
    OuterScanner(Reader &reader, const MappedFile &file)
        : m_reader(reader)
        , m_file(file)
        , m_p(file.data())
        , m_end(file.data() + file.size())
    {
    }

    const char *position() const { return m_p; }

    /// Calls \a member(key) for each member of the object at the cursor; \a member must consume
    /// the value (with skip(), extent() or a nested forEachMember()).
    template<typename Member> void forEachMember(const std::string &path, Member member)
    {
        expect('{', path);
        bool first = true;
        while (true) {
            skipSpace();
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return;
            }
            if (!first)
                expect(',', path);
            first = false;
            skipSpace();
            const std::string_view key = string(path);
            expect(':', path);
            skipSpace();
            member(key);
        }
    }

    /// The raw extent of the value at the cursor, which moves past it.
    std::string_view extent(const std::string &path)
    {
        skipSpace();
        const char *start = m_p;
        if (m_p >= m_end)
            truncated(path);
        if (*m_p == '"') {
            string(path);
            return std::string_view(start, size_t(m_p - start));
        }
        if (*m_p != '{' && *m_p != '[') {
            while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && !isSpace(*m_p))
                ++m_p;
            return std::string_view(start, size_t(m_p - start));
        }
        // Balance brackets 64 bytes at a time: bit masks of quotes and brackets, strings found
        // with a prefix XOR of the quote mask (the technique of simdjson's stage 1, in SSE2).
        int depth = 0;
        bool inString = false;
        bool escapeNext = false;
        for (const char *p = m_p; p < m_end; p += 64) {
            const Masks m = masks(p);
            if (m.backslash || escapeNext) {
                // Rare: escapes in this block. Walk it byte by byte with the same state.
                for (int i = 0; i < 64 && p + i < m_end; ++i) {
                    const char c = p[i];
                    if (inString) {
                        if (escapeNext)
                            escapeNext = false;
                        else if (c == '\\')
                            escapeNext = true;
                        else if (c == '"')
                            inString = false;
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '{' || c == '[') {
                        ++depth;
                    } else if ((c == '}' || c == ']') && --depth == 0) {
                        m_p = p + i + 1;
                        return std::string_view(start, size_t(m_p - start));
                    }
                }
                continue;
            }
            quint64 strings = m.quote; // bit i: odd number of quotes at or before i
            strings ^= strings << 1;
            strings ^= strings << 2;
            strings ^= strings << 4;
            strings ^= strings << 8;
            strings ^= strings << 16;
            strings ^= strings << 32;
            if (inString)
                strings = ~strings;
            inString = (strings >> 63) & 1;
            const quint64 open = m.open & ~strings;
            const quint64 close = m.close & ~strings;
            for (quint64 bits = open | close; bits; bits &= bits - 1) {
                const int i = __builtin_ctzll(bits);
                if (open & (quint64(1) << i)) {
                    ++depth;
                } else if (--depth == 0) {
                    if (p + i >= m_end)
                        break;
                    m_p = p + i + 1;
                    return std::string_view(start, size_t(m_p - start));
                }
            }
        }
        m_p = m_end;
        truncated(path);
    }
    void skip(const std::string &path) { extent(path); }

    /// A string at the cursor, returned without its quotes and without unescaping.
    std::string_view string(const std::string &path)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            fail(path, QStringLiteral("expected a string"));
        const char *close = endOfString(m_p + 1);
        if (!close)
            truncated(path);
        const std::string_view s(m_p + 1, size_t(close - m_p - 1));
        m_p = close + 1;
        return s;
    }

private:
    static constexpr bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    static constexpr std::array<bool, 256> kSpecial = [] {
        std::array<bool, 256> t {};
        for (unsigned char c : { '"', '{', '}', '[', ']' })
            t[c] = true;
        return t;
    }();

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    void expect(char c, const std::string &path)
    {
        skipSpace();
        if (m_p >= m_end)
            truncated(path);
        if (*m_p != c)
            fail(path, QStringLiteral("invalid JSON (expected '%1')").arg(QLatin1Char(c)));
        ++m_p;
    }
    // The closing quote of a string whose content starts at p, or nullptr at the end of input.
    /// Which of 64 bytes are quotes, backslashes, opening and closing brackets.
    struct Masks
    {
        quint64 quote = 0, backslash = 0, open = 0, close = 0;
    };
    // Bit i of each mask says what byte p[i] is. Reading up to 64 bytes past the end is safe:
    // the mapping carries at least 256 zeroed bytes of padding.
    static Masks masks(const char *p)
    {
        Masks m;
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                      lbrace = _mm_set1_epi8('{'), rbrace = _mm_set1_epi8('}'), lbracket = _mm_set1_epi8('['),
                      rbracket = _mm_set1_epi8(']');
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
            const int shift = 16 * k;
            m.quote |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)))) << shift;
            m.backslash |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash)))) << shift;
            m.open |= quint64(unsigned(_mm_movemask_epi8(
                          _mm_or_si128(_mm_cmpeq_epi8(v, lbrace), _mm_cmpeq_epi8(v, lbracket)))))
                << shift;
            m.close |= quint64(unsigned(_mm_movemask_epi8(
                           _mm_or_si128(_mm_cmpeq_epi8(v, rbrace), _mm_cmpeq_epi8(v, rbracket)))))
                << shift;
        }
#else
        for (int i = 0; i < 64; ++i) {
            const quint64 bit = quint64(1) << i;
            switch (p[i]) {
            case '"':
                m.quote |= bit;
                break;
            case '\\':
                m.backslash |= bit;
                break;
            case '{':
            case '[':
                m.open |= bit;
                break;
            case '}':
            case ']':
                m.close |= bit;
                break;
            default:
                break;
            }
        }
#endif
        return m;
    }

    // The next '"', '{', '}', '[' or ']' at or after p (m_end when none). Reading 16 bytes past
    // the end is safe: the mapping carries zeroed padding.
    const char *nextStructural(const char *p) const
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"'), lbrace = _mm_set1_epi8('{'), rbrace = _mm_set1_epi8('}'),
                      lbracket = _mm_set1_epi8('['), rbracket = _mm_set1_epi8(']');
        while (p < m_end) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hit
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, lbrace)),
                    _mm_or_si128(_mm_cmpeq_epi8(v, rbrace),
                        _mm_or_si128(_mm_cmpeq_epi8(v, lbracket), _mm_cmpeq_epi8(v, rbracket))));
            if (const int mask = _mm_movemask_epi8(hit))
                return std::min(p + __builtin_ctz(unsigned(mask)), m_end);
            p += 16;
        }
        return m_end;
#else
        while (p < m_end && !kSpecial[static_cast<unsigned char>(*p)])
            ++p;
        return p;
#endif
    }
    // The closing quote of a string whose content starts at p, or nullptr at the end of input.
    const char *endOfString(const char *p) const
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
        while (p < m_end) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int mask
                = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (!mask) {
                p += 16;
                continue;
            }
            const char *hit = p + __builtin_ctz(unsigned(mask));
            if (hit >= m_end)
                return nullptr;
            if (*hit == '"')
                return hit;
            p = hit + 2; // an escape: skip the escaped character
        }
        return nullptr;
#else
        while (p < m_end) {
            if (*p == '"')
                return p;
            p += *p == '\\' ? 2 : 1;
        }
        return nullptr;
#endif
    }
    [[noreturn]] void fail(const std::string &path, const QString &message) const
    {
        m_reader.fail(path, m_p, message);
    }
    [[noreturn]] void truncated(const std::string &path) const
    {
        m_reader.fail(path, m_end, QStringLiteral("invalid JSON (the file ends in the middle of a value)"));
    }

    Reader &m_reader;
    const MappedFile &m_file;
    const char *m_p;
    const char *m_end;
};

} // namespace

void importOfferJson(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    OuterScanner scan(r, file);
    od::parser parser;
    // Every SKU met, in "products" or in a terms section, once in one open-addressing table (no
    // allocation per SKU): the extent of its product and of its two terms entries, and the
    // product as kept for pricing (terms of other SKUs are skipped without parsing).
    struct SkuState
    {
        std::string_view product;
        std::array<std::string_view, 2> terms; // OnDemand, Reserved
        int kept = -1; // index into kept
    };
    KeyTable skus;
    std::vector<SkuState> states;
    std::vector<OfferProduct> kept;
    auto stateFor = [&](std::string_view sku) -> SkuState & {
        const quint64 hash = KeyTable::hashOf(sku);
        if (const int *i = skus.find(sku, hash))
            return states[size_t(*i)];
        skus.insert(sku, hash, int(states.size()));
        return states.emplace_back();
    };
    // A key given twice must carry the same value (then it is read once), or the file is refused.
    // True when \a seen holds the same value already; throws when another.
    auto repeated = [&](std::string_view &seen, std::string_view value, const std::string &path) {
        if (seen.data() == nullptr) {
            seen = value;
            return false;
        }
        if (seen == value)
            return true;
        r.fail(path, value.data(),
            QStringLiteral("the key is given twice with different values (first at %1)")
                .arg(file.lineColumn(r.offsetOf(seen.data()))));
    };
    const char *mapEnd = file.data() + file.capacity();
    auto progress = [&] {
        const size_t at = size_t(scan.position() - file.data());
        file.releaseBefore(at);
        ctx.progress(qint64(at), qint64(file.size()));
    };
    const std::string root;
    std::string path, termPath; // reused for every SKU and term: no allocation per entry
    scan.forEachMember(root, [&](std::string_view topKey) {
        if (topKey == "publicationDate") {
            const std::string_view date = scan.string(std::string("publicationDate"));
            ctx.setPublicationDate(parseDate(QString::fromUtf8(date.data(), qsizetype(date.size()))),
                QStringLiteral("publicationDate"));
        } else if (topKey == "products") {
            scan.forEachMember(std::string("products"), [&](std::string_view sku) {
                path.assign("products.").append(sku);
                const std::string_view value = scan.extent(path);
                SkuState &state = stateFor(sku);
                if (repeated(state.product, value, path)) {
                    progress();
                    return;
                }
                OfferAttributes attrs;
                parseDocument(r, parser, value.data(), value.size(), size_t(mapEnd - value.data()),
                    [&](od::document &doc) {
                        od::object object;
                        if (doc.get_object().get(object))
                            r.fail(path, value.data(), QStringLiteral("expected a product object"));
                        readProduct(r, object, path, attrs);
                    });
                if (auto product = classifyProduct(ctx, attrs)) {
                    state.kept = int(kept.size());
                    kept.push_back(std::move(*product));
                }
                progress();
            });
        } else if (topKey == "terms") {
            scan.forEachMember(std::string("terms"), [&](std::string_view sectionKey) {
                const bool reserved = sectionKey == "Reserved";
                const std::string sectionPath = join({ "terms", sectionKey });
                if (!reserved && sectionKey != "OnDemand") {
                    scan.skip(sectionPath); // attributesList nested in terms, future sections
                    return;
                }
                scan.forEachMember(sectionPath, [&](std::string_view sku) {
                    const int *index = skus.find(sku, KeyTable::hashOf(sku));
                    if (!index || states[size_t(*index)].kept < 0) {
                        // (Not compared when repeated: never read, so never a price.)
                        // Orphan terms (no product) and terms of skipped products: not even parsed.
                        scan.skip(sectionPath);
                        ctx.skip(QStringLiteral("terms of skipped or unknown products"));
                        return;
                    }
                    SkuState &state = states[size_t(*index)];
                    const OfferProduct &product = kept[size_t(state.kept)];
                    path.assign(sectionPath).append(1, '.').append(sku);
                    const std::string &skuPath = path;
                    const std::string_view value = scan.extent(skuPath);
                    if (repeated(state.terms[reserved ? 1 : 0], value, skuPath)) {
                        progress();
                        return;
                    }
                    parseDocument(r, parser, value.data(), value.size(), size_t(mapEnd - value.data()),
                        [&](od::document &doc) {
                            od::object terms;
                            if (doc.get_object().get(terms))
                                r.fail(skuPath, value.data(), QStringLiteral("expected an object of terms"));
                            for (od::field termField : terms) {
                                // One buffer for every term's path: no allocation per term.
                                termPath.assign(skuPath).append(1, '.').append(r.key(termField));
                                const OfferTerm term = readTerm(r, termField.value(), termPath, reserved);
                                applyTerm(
                                    ctx, product, term, [&] { return QString::fromStdString(termPath); });
                            }
                        });
                    progress();
                });
            });
        } else {
            scan.skip(std::string(topKey));
        }
    });
    ctx.progress(qint64(file.size()), qint64(file.size()));
}

namespace {

// One GetProducts item: {product: {productFamily, attributes, sku}, terms: {OnDemand: {TERM}, ...}}
// where, unlike the bulk file, there is no SKU level under OnDemand / Reserved.
void readPriceListItem(Reader &r, od::value value, const std::string &path)
{
    ImportContext &ctx = r.ctx();
    std::optional<OfferProduct> product;
    bool productSeen = false;
    for (od::field field : r.object(value, path)) {
        const std::string_view k = r.key(field);
        if (k == "product") {
            OfferAttributes attrs;
            readProduct(r, r.object(field.value(), path, "product"), path + ".product", attrs);
            product = classifyProduct(ctx, attrs);
            productSeen = true;
        } else if (k == "publicationDate" && !ctx.publicationDate().isValid()) {
            ctx.setPublicationDate(
                parseDate(QString::fromUtf8(r.string(field.value(), path + ".publicationDate"))),
                QString::fromStdString(path + ".publicationDate"));
        } else if (k == "terms") {
            if (!productSeen)
                r.fail(
                    path, r.lastPosition(), QStringLiteral("\"terms\" before \"product\" is not supported"));
            if (!product)
                continue;
            for (od::field section : r.object(field.value(), path + ".terms")) {
                const std::string_view sectionKey = r.key(section);
                const bool reserved = sectionKey == "Reserved";
                if (!reserved && sectionKey != "OnDemand")
                    continue;
                const std::string sectionPath = join({ path + ".terms", sectionKey });
                for (od::field termField : r.object(section.value(), sectionPath)) {
                    const std::string termPath = join({ sectionPath, r.key(termField) });
                    const OfferTerm term = readTerm(r, termField.value(), termPath, reserved);
                    applyTerm(ctx, *product, term, [&] { return QString::fromStdString(termPath); });
                }
            }
        }
    }
}

} // namespace

void importGetProducts(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    parseDocument(r, file.data(), file.size(), file.capacity(), [&](od::document &doc) {
        od::json_type type;
        if (doc.type().get(type))
            r.fail(std::string(), file.data(), QStringLiteral("not JSON"));
        if (type == od::json_type::array) {
            size_t i = 0;
            for (auto item : doc.get_array())
                readPriceListItem(r, item.value(), "[" + std::to_string(i++) + "]");
            return;
        }
        od::object root = doc.get_object();
        bool single = false;
        for (od::field field : root) {
            const std::string_view k = r.key(field);
            if (k == "product" || k == "terms") {
                single = true;
                break;
            }
            if (k != "PriceList")
                continue; // FormatVersion, NextToken
            size_t i = 0;
            for (auto item : r.array(field.value(), "PriceList")) {
                const std::string path = "PriceList[" + std::to_string(i++) + "]";
                od::value v = item.value();
                od::json_type itemType;
                if (v.type().get(itemType))
                    r.fail(path, r.lastPosition(), QStringLiteral("invalid JSON"));
                if (itemType == od::json_type::object) {
                    readPriceListItem(r, v, path);
                    continue;
                }
                // The query API returns each product as a JSON string holding a JSON document.
                std::string_view text;
                if (v.get_string().get(text))
                    r.fail(path, r.lastPosition(),
                        QStringLiteral("expected a product as a JSON string or object"));
                const simdjson::padded_string inner(text);
                od::parser innerParser;
                od::document innerDoc;
                if (innerParser.iterate(inner).get(innerDoc))
                    r.fail(path, r.lastPosition(), QStringLiteral("the product string is not JSON"));
                try {
                    od::value innerRoot;
                    if (innerDoc.get_value().get(innerRoot))
                        r.fail(path, r.lastPosition(), QStringLiteral("the product string is not JSON"));
                    // Positions inside the inner document are not in the mapped file: report the
                    // JSON path only.
                    Reader inner2(ctx, file, inner.data() + inner.size(), path);
                    readPriceListItem(inner2, innerRoot, path);
                } catch (const simdjson::simdjson_error &e) {
                    r.fail(path, nullptr, e.error());
                }
            }
        }
        if (single) {
            // A single item written out as an object (as in test fixtures): parse it again whole.
            od::parser again;
            od::document doc2 = again.iterate(file.data(), file.size(), file.capacity());
            readPriceListItem(r, doc2.get_value(), std::string());
        }
    });
}

} // namespace ec2lab::catalog::importer
