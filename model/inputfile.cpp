#include "inputfile.h"

#include "inputerror.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ec2lab {

namespace {

QString typeWords(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("is a directory, not a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("is a named pipe (FIFO), not a regular file");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("is a device, not a regular file");
    return QStringLiteral("is not a regular file");
}

QString tooLarge(qint64 size, qint64 limit)
{
    return size >= 0
        ? QStringLiteral("the file is too large (%1 bytes; the limit is %2 bytes)").arg(size).arg(limit)
        : QStringLiteral("the file is too large (the limit is %1 bytes)").arg(limit);
}

} // namespace

QString InputFile::describeError(int errorNumber)
{
    switch (errorNumber) {
    case ENOENT:
        return QStringLiteral("no such file");
    case ENOTDIR:
        return QStringLiteral("no such file (a part of the path is not a folder)");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    case ELOOP:
        return QStringLiteral("too many levels of symbolic links (a symlink loop?)");
    case ENAMETOOLONG:
        return QStringLiteral("the file name is too long");
    case EISDIR:
        return QStringLiteral("is a directory, not a file");
    case EIO:
        return QStringLiteral("input/output error");
    case ENOSPC:
        return QStringLiteral("no space left on the device");
    case EDQUOT:
        return QStringLiteral("disk quota exceeded");
    case EROFS:
        return QStringLiteral("read-only file system");
    case EMFILE:
    case ENFILE:
        return QStringLiteral("too many open files");
    case ENOMEM:
        return QStringLiteral("out of memory");
    default:
        break;
    }
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

void InputFile::fail(const QString &message) const
{
    throw InputError { m_file, QString(), message };
}

InputFile::InputFile(const QString &fileName, qint64 maxBytes)
    : m_file(fileName)
    , m_limit(maxBytes)
{
    const QByteArray path = QFile::encodeName(fileName);
    if (path.isEmpty())
        fail(QStringLiteral("no file name"));
    struct stat st
    {
    };
    // stat() first: open() of a FIFO with no writer blocks until one appears.
    if (::stat(path.constData(), &st) != 0)
        fail(describeError(errno));
    if (!S_ISREG(st.st_mode))
        fail(typeWords(st.st_mode));
    if (st.st_size > maxBytes)
        fail(tooLarge(st.st_size, maxBytes));
    // O_NONBLOCK: the path may have been replaced by a FIFO since stat().
    m_fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (m_fd < 0)
        fail(describeError(errno));
    if (::fstat(m_fd, &st) != 0) {
        const int e = errno;
        ::close(m_fd);
        m_fd = -1;
        fail(describeError(e));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(m_fd);
        m_fd = -1;
        fail(typeWords(st.st_mode));
    }
    m_size = st.st_size;
    if (m_size > maxBytes) {
        ::close(m_fd);
        m_fd = -1;
        fail(tooLarge(m_size, maxBytes));
    }
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(m_fd, F_SETFL, flags & ~O_NONBLOCK);
}

InputFile::~InputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray InputFile::readAll()
{
    // Read to the end rather than trusting st_size: a /proc file reports 0 and holds text, and a
    // file that grows while read must still stop at the limit.
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<qint64>(m_size, m_limit)) + 1);
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail(QStringLiteral("cannot read: ") + describeError(errno));
        }
        if (n == 0)
            break;
        if (bytes.size() + n > m_limit)
            fail(tooLarge(-1, m_limit));
        bytes.append(buffer, qsizetype(n));
    }
    return bytes;
}

QByteArray InputFile::read(const QString &fileName, qint64 maxBytes)
{
    if (fileName.startsWith(QLatin1String(":/"))) {
        QFile resource(fileName);
        if (!resource.open(QIODevice::ReadOnly))
            throw InputError { fileName, QString(), QStringLiteral("no such file") };
        if (resource.size() > maxBytes)
            throw InputError { fileName, QString(), tooLarge(resource.size(), maxBytes) };
        return resource.readAll();
    }
    InputFile file(fileName, maxBytes);
    return file.readAll();
}

void InputFile::requireRegular(const QString &fileName)
{
    if (fileName.startsWith(QLatin1String(":/")))
        return;
    struct stat st
    {
    };
    const QByteArray path = QFile::encodeName(fileName);
    if (::stat(path.constData(), &st) != 0)
        throw InputError { fileName, QString(), describeError(errno) };
    if (!S_ISREG(st.st_mode))
        throw InputError { fileName, QString(), typeWords(st.st_mode) };
}

} // namespace ec2lab
