// ec2lab-build-snapshot: regenerates the bundled price snapshot from ../shared/fixtures with the
// project's own importers (run by the CMake target update-snapshot). Links the model only, so it
// builds even when the desktop app does not.

#include "catalog/catalogstore.h"
#include "catalog/snapshotbuilder.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

using namespace ec2lab;
using namespace ec2lab::catalog;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "Usage: ec2lab-build-snapshot FIXTURES_DIR OUTPUT.ec2cat PROVENANCE.md\n";
        return 2;
    }
    try {
        QStringList reports;
        const PriceCatalog catalog = SnapshotBuilder::build(args[1], &reports);
        CatalogStore::save(catalog, args[2]);
        QSaveFile md(args[3]);
        const QByteArray text = SnapshotBuilder::provenanceNote(catalog, reports).toUtf8();
        if (!md.open(QIODevice::WriteOnly) || md.write(text) != text.size() || !md.commit())
            throw InputError { args[3], QString(), md.errorString() };
        for (const QString &r : reports)
            out << r << '\n';
        out << "Wrote " << args[2] << ": " << catalog.summary() << '\n';
    } catch (const InputError &e) {
        err << "ec2lab-build-snapshot: error: " << e.toString() << '\n';
        return 1;
    }
    return 0;
}
