#pragma once

// Internal to the importers: small helpers over simdjson's On-Demand API.

#include "catalog/importsupport.h"

#include <simdjson.h>
#include <string>
#include <string_view>

namespace ec2lab::catalog::importer::json {

namespace od = simdjson::ondemand;

/// A cursor over one simdjson document that turns simdjson errors into InputErrors with the
/// file, the JSON path being read and the line/column.
///
/// Contract: strings are returned as views into the mapped file when they hold no escapes (no
/// copy, no growth of simdjson's string buffer); escaped strings are unescaped into \a scratch.
class Reader
{
public:
    Reader(ImportContext &ctx, const MappedFile &file)
        : m_ctx(ctx)
        , m_file(file)
        , m_end(file.data() + file.size())
    {
    }
    /// A reader over a document held elsewhere (a product string of GetProducts output, at
    /// \a basePath of the file): strings are never read at or past \a end, and errors without a
    /// path of their own name \a basePath.
    Reader(ImportContext &ctx, const MappedFile &file, const char *end, std::string basePath)
        : m_ctx(ctx)
        , m_file(file)
        , m_end(end)
        , m_basePath(std::move(basePath))
    {
    }

    ImportContext &ctx() { return m_ctx; }
    const MappedFile &file() const { return m_file; }

    /// The key of a field, without unescaping (AWS keys carry no escapes; an escaped key is
    /// unescaped through simdjson).
    std::string_view key(od::field &field);
    /// A string value (throws "expected a string" otherwise).
    std::string_view string(od::value value, const std::string &path);
    /// A string, or an empty view when the value is not a string (used to skip odd attributes).
    std::string_view stringOrEmpty(od::value value);
    od::object object(od::value value, const std::string &path);
    od::array array(od::value value, const std::string &path);

    size_t offsetOf(const char *p) const { return p >= m_file.data() ? size_t(p - m_file.data()) : 0; }
    QString where(const std::string &path, const char *at) const;
    [[noreturn]] void fail(const std::string &path, const char *at, const QString &message) const;
    /// Rethrows a simdjson error as an InputError at \a path.
    [[noreturn]] void fail(const std::string &path, const char *at, simdjson::error_code error) const;
    Money price(std::string_view text, const std::string &path);
    /// The exact price, or nullopt when \a text is not a non-negative decimal (no exception).
    std::optional<Money> tryPrice(std::string_view text);
    /// As price(), building the JSON path only when the price is rejected.
    template<typename PathFn> Money priceLazy(std::string_view text, PathFn path)
    {
        if (const auto m = tryPrice(text))
            return *m;
        return price(text, path());
    }
    /// As string() / object(), with the path given as base + "." + leaf and built only on error.
    std::string_view string(od::value value, const std::string &base, std::string_view leaf);
    od::object object(od::value value, const std::string &base, std::string_view leaf);

    const char *lastPosition() const { return m_last; }

private:
    ImportContext &m_ctx;
    const MappedFile &m_file;
    const char *m_end; ///< strings end before this byte (the end of the document's input)
    std::string m_basePath; ///< where the document sits in the file, for errors without a path
    const char *m_last = nullptr;
    std::string_view m_lastKey; ///< the key read last (into the input or simdjson's buffer)
    std::string m_scratch;
};

/// Unescapes the JSON string content at \a p (after the opening quote) into \a out, up to its
/// closing quote, reading nothing at or past \a end. Returns nullptr on success, or where the
/// invalid or unfinished escape (or the unclosed string) starts.
const char *unescapeString(const char *p, const char *end, std::string &out);

/// Iterates a JSON document held in \a file with exceptions mapped to InputErrors; \a body gets
/// the root value.
template<typename Body>
void parseDocument(
    Reader &reader, od::parser &parser, const char *data, size_t size, size_t capacity, Body body)
{
    od::document doc;
    const auto err = parser.iterate(data, size, capacity).get(doc);
    if (err)
        reader.fail(std::string(), data, err);
    try {
        body(doc);
    } catch (const simdjson::simdjson_error &e) {
        const char *at = nullptr;
        if (doc.current_location().get(at) != simdjson::SUCCESS)
            at = reader.lastPosition();
        reader.fail(std::string(), at ? at : data, e.error());
    }
}

template<typename Body>
void parseDocument(Reader &reader, const char *data, size_t size, size_t capacity, Body body)
{
    od::parser parser;
    parseDocument(reader, parser, data, size, capacity, body);
}

} // namespace ec2lab::catalog::importer::json
