// The two CSV splitters of the importers (model/catalog/csvscanner.h) on their own: fields,
// quotes, line ends, rows cut by the end of the file, the record length limit, and the threaded
// mask of large files giving the same records as the simple reader.

#include "catalog/csvscanner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ec2lab;
using namespace ec2lab::catalog::importer;

namespace {

/// Writes \a bytes to a file in \a dir and returns its path.
QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("f%1.csv").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// Records as "field|field|..." lines, with "$" after a record that ended with a line end.
QStringList readWithReader(const QString &path)
{
    const MappedFile file(path);
    CsvReader csv(file, path);
    std::vector<std::string_view> fields;
    QStringList out;
    while (csv.next(fields)) {
        QStringList parts;
        for (const auto f : fields)
            parts << QString::fromUtf8(f.data(), qsizetype(f.size()));
        out << parts.join(u'|') + (csv.terminated() ? QStringLiteral("$") : QString());
    }
    return out;
}

QStringList readWithScanner(const QString &path)
{
    const MappedFile file(path);
    CsvScanner csv(file, path);
    QStringList out;
    while (csv.startRecord()) {
        csv.readFields(1000);
        QStringList parts;
        for (int i = 0; i < csv.size(); ++i) {
            const auto f = csv.field(i);
            parts << QString::fromUtf8(f.data(), qsizetype(f.size()));
        }
        out << parts.join(u'|') + (csv.terminated() ? QStringLiteral("$") : QString());
    }
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

/// Contract tests of CsvReader and CsvScanner (issue 11 item 6, issue 16 items 4 and 13).
class TestCsvScanner : public QObject
{
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("plain rows") << QByteArray("a,b,c\n1,2,3\n") << strings({ "a|b|c$", "1|2|3$" });
        QTest::newRow("quoted comma and doubled quote")
            << QByteArray("\"a,1\",\"b\"\"q\"\n") << strings({ "a,1|b\"q$" });
        QTest::newRow("CRLF and CR line ends")
            << QByteArray("a,b\r\nc,d\re\r\n") << strings({ "a|b$", "c|d$", "e$" });
        QTest::newRow("empty last field") << QByteArray("a,\n") << strings({ "a|$" });
        QTest::newRow("line break inside quotes") << QByteArray("\"x\ny\",z\n") << strings({ "x\ny|z$" });
        // Issue 16 item 4: a row cut by the end of the file is marked, so readers refuse it.
        QTest::newRow("last row without a line end")
            << QByteArray("a,b\nc,4.7") << strings({ "a|b$", "c|4.7" });
        QTest::newRow("unclosed quote at the end")
            << QByteArray("a,b\n\"c,0.06") << strings({ "a|b$", "c,0.06" });
    }
    void splits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, records);
        QTemporaryDir dir;
        const QString path = writeFile(dir, bytes);
        QCOMPARE(readWithReader(path), records);
        QCOMPARE(readWithScanner(path), records);
    }

    // Issue 16 item 13: a record longer than kMaxCsvRecordBytes is refused where it starts,
    // without holding it (1 GB of NULs after an offer file's header once took 3.2 GB).
    void longRecordIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("NULs without a line end") << QByteArray("h1,h2\n") + QByteArray(1 << 20, '\0');
        QTest::newRow("one huge quoted field") << QByteArray("h1,h2\n\"") + QByteArray(1 << 20, 'x') + "\"\n";
        QTest::newRow("one huge unquoted field (threaded mask)")
            << QByteArray("h1,h2\n") + QByteArray(9 << 20, 'x') + "\n";
    }
    void longRecordIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = writeFile(dir, bytes);
        for (int which = 0; which < 2; ++which) {
            try {
                which == 0 ? readWithReader(path) : readWithScanner(path);
                QFAIL("accepted");
            } catch (const InputError &e) {
                QCOMPARE(e.file, path);
                QCOMPARE(e.location, QStringLiteral("line 2"));
                QVERIFY2(
                    e.message.contains(QStringLiteral("row longer than 65536 bytes")), qPrintable(e.message));
            }
        }
    }

    // Files over 8 MiB are masked on a second thread: the scanner must still give exactly the
    // simple reader's records, quotes spanning 64-byte blocks and chunk borders included.
    void threadedMaskMatchesReader()
    {
        QByteArray bytes;
        bytes.reserve(10 << 20);
        for (int i = 0; bytes.size() < (9 << 20); ++i)
            bytes += "SKU" + QByteArray::number(i) + ",\"quoted, with comma " + QByteArray(i % 97, 'q')
                + "\",\"two\"\"quotes\",\"line\nbreak\"," + QByteArray::number(i % 13) + "\n";
        QTemporaryDir dir;
        const QString path = writeFile(dir, bytes);
        const QStringList reader = readWithReader(path);
        const QStringList scanner = readWithScanner(path);
        QCOMPARE(scanner.size(), reader.size());
        QCOMPARE(scanner, reader);
        QVERIFY(reader.last().endsWith(u'$'));
    }
};

QTEST_GUILESS_MAIN(TestCsvScanner)
#include "tst_csvscanner.moc"
