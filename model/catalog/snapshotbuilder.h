#pragma once

#include "catalog/pricecatalog.h"
#include "catalog/priceimporter.h"

#include <QList>
#include <QString>

namespace ec2lab::catalog {

/// Builds the bundled price snapshot from the real AWS samples in ../shared/fixtures with the
/// project's own importers, plus the hand-written region-wide rates no sample carries, and writes
/// its provenance note.
///
/// Contract: the list of files, their order and the dates given to undated feeds are fixed here
/// (see sources()); the region-wide rates come only from regionRatesPath(), each with its own
/// source and date and never as an estimate. A missing or malformed file aborts with an
/// InputError rather than producing a partial snapshot.
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
    /// The hand-written region-wide rates (EBS per GB-month, public IPv4 per hour):
    /// resources/snapshot/region-rates.json, compiled in as a resource.
    static QString regionRatesPath();
    /// Reads a region-rates file into \a catalog: prices as exact decimal strings, each with its
    /// source and date; returns the report line.
    static QString addRegionRates(PriceCatalog &catalog, const QString &fileName);
    /// Imports every source and the region-wide rates; \a reports receives one line per file.
    static PriceCatalog build(const QString &fixturesDir, QStringList *reports = nullptr);
    /// The Markdown provenance note for a catalog built from sources().
    static QString provenanceNote(const PriceCatalog &catalog, const QStringList &reports);
};

} // namespace ec2lab::catalog
