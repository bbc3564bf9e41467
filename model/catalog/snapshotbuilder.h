#pragma once

#include "catalog/pricecatalog.h"
#include "catalog/priceimporter.h"

#include <QList>
#include <QString>

namespace ec2lab::catalog {

/// Builds the bundled price snapshot from the real AWS samples in ../shared/fixtures with the
/// project's own importers, and writes its provenance note.
///
/// Contract: the list of files, their order and the dates given to undated feeds are fixed here
/// (see sources()); a missing or malformed file aborts with an InputError rather than producing
/// a partial snapshot.
class SnapshotBuilder
{
public:
    /// One input file of the snapshot and how it is read.
    struct Source
    {
        QString fileName; ///< relative to the fixtures folder
        ImportFormat format;
        QString label; ///< stored as the price source
        QDate fallbackDate;
        QString why; ///< one line for PROVENANCE.md
    };

    static QList<Source> sources();
    /// The regions kept in the snapshot (us-east-1 and ap-northeast-2).
    static QStringList regions();
    /// Imports every source; \a reports receives one line per file.
    static PriceCatalog build(const QString &fixturesDir, QStringList *reports = nullptr);
    /// The Markdown provenance note for a catalog built from sources().
    static QString provenanceNote(const PriceCatalog &catalog, const QStringList &reports);
};

} // namespace ec2lab::catalog
