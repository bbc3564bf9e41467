// Readers for the AWS Price List EC2 offer file (JSON) and the GetProducts query output.

#include "catalog/jsonsupport.h"

#include <simdjson.h>
#include <string>
#include <unordered_map>

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

OfferAttributes readAttributes(Reader &r, od::value value, const std::string &path)
{
    OfferAttributes a;
    for (od::field field : r.object(value, path)) {
        const std::string_view k = r.key(field);
        if (OfferAttributes::memberFor(k) || k.starts_with("instanceCapacity"))
            a.set(k, r.stringOrEmpty(field.value()));
    }
    return a;
}

/// Reads one product object {sku, productFamily, attributes}; returns its SKU.
std::string_view readProduct(Reader &r, od::value value, const std::string &path, OfferAttributes &attrs)
{
    std::string_view sku;
    QString family;
    for (od::field field : r.object(value, path)) {
        const std::string_view k = r.key(field);
        if (k == "sku")
            sku = r.string(field.value(), path + ".sku");
        else if (k == "productFamily")
            family = QString::fromUtf8(r.string(field.value(), path + ".productFamily"));
        else if (k == "attributes")
            attrs = readAttributes(r, field.value(), path + ".attributes");
    }
    if (attrs.productFamily.isEmpty())
        attrs.productFamily = family;
    return sku;
}

/// Reads one term object; \a path names it for error messages.
OfferTerm readTerm(Reader &r, od::value value, const std::string &path, bool reservedSection)
{
    OfferTerm term;
    term.inReservedSection = reservedSection;
    for (od::field field : r.object(value, path)) {
        const std::string_view k = r.key(field);
        if (k == "termAttributes") {
            for (od::field attr : r.object(field.value(), path + ".termAttributes")) {
                const std::string_view ak = r.key(attr);
                const QString v = QString::fromUtf8(r.stringOrEmpty(attr.value()));
                if (ak == "LeaseContractLength")
                    term.leaseContractLength = v;
                else if (ak == "OfferingClass")
                    term.offeringClass = v;
                else if (ak == "PurchaseOption")
                    term.purchaseOption = v;
            }
        } else if (k == "priceDimensions") {
            const std::string dimsPath = path + ".priceDimensions";
            for (od::field dimField : r.object(field.value(), dimsPath)) {
                const std::string dimPath = join({ dimsPath, r.key(dimField) });
                OfferTerm::Dimension dim;
                bool priced = false;
                std::string_view otherCurrency;
                for (od::field f : r.object(dimField.value(), dimPath)) {
                    const std::string_view fk = r.key(f);
                    if (fk == "unit") {
                        dim.unit = QString::fromUtf8(r.string(f.value(), dimPath + ".unit"));
                    } else if (fk == "pricePerUnit") {
                        const std::string ppuPath = dimPath + ".pricePerUnit";
                        for (od::field cur : r.object(f.value(), ppuPath)) {
                            const std::string_view currency = r.key(cur);
                            if (currency == "USD") {
                                const std::string pricePath = ppuPath + ".USD";
                                dim.price = r.price(r.string(cur.value(), pricePath), pricePath);
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
                    r.fail(dimPath, r.lastPosition(), QStringLiteral("price dimension without pricePerUnit"));
            }
        }
    }
    return term;
}

} // namespace

void importOfferJson(ImportContext &ctx, const MappedFile &file)
{
    Reader r(ctx, file);
    std::unordered_map<std::string, OfferProduct> products;
    parseDocument(r, file.data(), file.size(), file.capacity(), [&](od::document &doc) {
        od::object root;
        if (const auto err = doc.get_object().get(root)) {
            if (err != simdjson::INCORRECT_TYPE)
                r.fail(std::string(), file.data(), err);
            r.fail(std::string(), file.data(), QStringLiteral("expected an offer file (a JSON object)"));
        }
        for (od::field top : root) {
            const std::string_view topKey = r.key(top);
            if (topKey == "publicationDate") {
                ctx.setPublicationDate(
                    parseDate(QString::fromUtf8(r.string(top.value(), "publicationDate"))));
            } else if (topKey == "products") {
                for (od::field p : r.object(top.value(), "products")) {
                    const std::string_view skuKey = r.key(p);
                    const std::string path = join({ "products", skuKey });
                    OfferAttributes attrs;
                    readProduct(r, p.value(), path, attrs);
                    if (auto product = classifyProduct(ctx, attrs))
                        products.emplace(std::string(skuKey), std::move(*product));
                    const size_t at = r.offsetOf(r.lastPosition());
                    ctx.progress(qint64(at), qint64(file.size()));
                }
            } else if (topKey == "terms") {
                for (od::field section : r.object(top.value(), "terms")) {
                    const std::string_view sectionKey = r.key(section);
                    const bool reserved = sectionKey == "Reserved";
                    if (!reserved && sectionKey != "OnDemand")
                        continue; // attributesList nested in terms, future sections
                    const std::string sectionPath = join({ "terms", sectionKey });
                    for (od::field skuField : r.object(section.value(), sectionPath)) {
                        const std::string_view sku = r.key(skuField);
                        const auto product = products.find(std::string(sku));
                        if (product == products.end()) {
                            // Orphan terms (no product) and terms of skipped products.
                            ctx.skip(QStringLiteral("terms of skipped or unknown products"));
                            continue;
                        }
                        const std::string skuPath = join({ sectionPath, sku });
                        for (od::field termField : r.object(skuField.value(), skuPath)) {
                            const std::string termPath = join({ skuPath, r.key(termField) });
                            const OfferTerm term = readTerm(r, termField.value(), termPath, reserved);
                            applyTerm(ctx, product->second, term, QString::fromStdString(termPath));
                        }
                        const size_t at = r.offsetOf(r.lastPosition());
                        ctx.progress(qint64(at), qint64(file.size()));
                    }
                }
            }
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
            readProduct(r, field.value(), path + ".product", attrs);
            product = classifyProduct(ctx, attrs);
            productSeen = true;
        } else if (k == "publicationDate" && !ctx.publicationDate().isValid()) {
            ctx.setPublicationDate(
                parseDate(QString::fromUtf8(r.string(field.value(), path + ".publicationDate"))));
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
                    applyTerm(ctx, *product, term, QString::fromStdString(termPath));
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
                    Reader inner2(ctx, file);
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
