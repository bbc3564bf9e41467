// libFuzzer harness: one price importer (FUZZ_FORMAT names the ImportFormat enumerator). The
// importer reads files, so each input is written to a temporary file first.
#include "catalog/pricecatalog.h"
#include "catalog/priceimporter.h"

#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString path = QDir::tempPath()
        + QStringLiteral("/ec2lab-fuzz-%1.%2").arg(::getpid()).arg(QStringLiteral(FUZZ_EXTENSION));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    ec2lab::catalog::PriceCatalog catalog;
    try {
        (void)ec2lab::catalog::PriceImporter::importFile(
            path, catalog, ec2lab::catalog::ImportFormat::FUZZ_FORMAT);
    } catch (const ec2lab::InputError &e) {
        if (e.message.isEmpty() || e.file.isEmpty())
            __builtin_trap(); // a rejection must name the file and say why
    }
    return 0;
}
