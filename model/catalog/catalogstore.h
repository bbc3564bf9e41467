#pragma once

#include "catalog/pricecatalog.h"
#include "inputerror.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ec2lab::catalog {

/// Reads and writes the catalog's own compact binary format, and knows where catalogs live: the
/// bundled snapshot (a Qt resource) and the user's cache in the application data folder.
///
/// Contract: serialize() / deserialize() round-trip every field exactly (prices as integers,
/// strings through one shared table). save() writes through QSaveFile, so the old cache survives
/// any failure; load functions throw InputError on a missing, foreign or damaged file.
class CatalogStore
{
public:
    /// A catalog of every Region with every price AWS publishes is well under 64 MiB; anything
    /// larger is not a catalog (documented in the README's reliability section).
    static constexpr qint64 kMaxCatalogBytes = 256 * 1024 * 1024;

    static QByteArray serialize(const PriceCatalog &catalog);
    static PriceCatalog deserialize(const QByteArray &bytes, const QString &fileName);

    static void save(const PriceCatalog &catalog, const QString &fileName);
    static PriceCatalog load(const QString &fileName);

    /// The application data folder: $EC2LAB_DATA_DIR when set (tests, portable use), otherwise
    /// QStandardPaths::AppDataLocation.
    static QString dataDirectory();
    /// dataDirectory() + "/prices.ec2cat": prices the user imported or refreshed.
    static QString cachePath();
    /// The snapshot compiled into ec2lab (":/ec2lab/snapshot/prices.ec2cat").
    static QString bundledPath();
    static PriceCatalog loadBundled();
    /// The bundled snapshot with the user's cache merged over it (newer prices win).
    static PriceCatalog loadCurrent();
    /// loadCurrent() for commands that may not need the catalog: a load failure (a damaged cache)
    /// gives an empty catalog and sets \a error, so the caller fails only when it needs a price.
    static PriceCatalog loadCurrent(std::optional<InputError> *error);
};

} // namespace ec2lab::catalog
