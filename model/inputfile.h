#pragma once

#include <QByteArray>
#include <QString>

namespace ec2lab {

/// Opens a file the user names as input (a script, a scenario, a price file, a catalog) without
/// ever blocking or reading without bound.
///
/// Contract: only regular files are opened. A FIFO, socket, device or directory is refused from
/// its metadata before anything could block, and the file is opened non-blocking and checked again
/// with fstat(), so one swapped for a FIFO in between cannot block either. A file larger than the
/// caller's limit is refused before it is read, and reading stops one byte past the limit even when
/// the size the file system reports is wrong (a /proc file reports 0). Every failure throws an
/// InputError naming the file and the operating system's real cause (permission denied, a symlink
/// loop, no such file ...), never a generic one.
class InputFile
{
public:
    /// Opens \a fileName for reading; throws InputError.
    InputFile(const QString &fileName, qint64 maxBytes);
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    /// The open descriptor (blocking mode restored); stays owned by this object.
    int handle() const { return m_fd; }
    /// The size the file system reports (0 for a /proc file whatever it holds).
    qint64 size() const { return m_size; }
    /// Reads the whole file; throws InputError when it holds more than the limit or a read fails.
    QByteArray readAll();

    /// Opens, reads and closes \a fileName in one call. Qt resource paths (":/...") are read
    /// through QFile, since they are compiled in and always regular.
    static QByteArray read(const QString &fileName, qint64 maxBytes);
    /// Throws the InputError read() would throw for the file's type, without opening it (for code
    /// that must name a problem before it opens the file itself).
    static void requireRegular(const QString &fileName);
    /// Words for an errno value in the form used after "FILE: " ("permission denied").
    static QString describeError(int errorNumber);

private:
    [[noreturn]] void fail(const QString &message) const;

    QString m_file;
    qint64 m_limit = 0;
    qint64 m_size = 0;
    int m_fd = -1;
};

} // namespace ec2lab
