#include "catalog/cataloglock.h"

#include "inputerror.h"
#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace ec2lab::catalog {

CatalogLock::CatalogLock(const QString &catalogPath)
    : m_catalog(catalogPath)
    , m_lock(catalogPath + QStringLiteral(".lock"))
{
    // Only a dead holder is stale: an offer-file import can take minutes.
    m_lock.setStaleLockTime(0);
}

int CatalogLock::defaultTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("EC2LAB_LOCK_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : 10 * 60 * 1000;
}

void CatalogLock::acquire(int timeoutMs, const std::function<void(qint64)> &onWait)
{
    const QString folder = QFileInfo(m_catalog).absolutePath();
    if (!QDir().mkpath(folder))
        throw InputError { m_catalog, QString(), QStringLiteral("cannot create the folder %1").arg(folder) };
    if (m_lock.tryLock(0))
        return;
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock.error() == QLockFile::LockFailedError) {
        m_lock.getLockInfo(&pid, &host, &app);
        if (onWait && timeoutMs > 0)
            onWait(pid);
        if (m_lock.tryLock(timeoutMs))
            return;
    }
    switch (m_lock.error()) {
    case QLockFile::LockFailedError:
        m_lock.getLockInfo(&pid, &host, &app);
        throw InputError { m_catalog, QString(),
            QStringLiteral("the catalog is in use by another ec2lab (process %1) and stayed locked for %2 s; "
                           "try again when it has finished")
                .arg(pid)
                .arg(timeoutMs / 1000.0) };
    case QLockFile::PermissionError:
        throw InputError { m_catalog, QString(),
            QStringLiteral("cannot lock the catalog: permission denied for %1").arg(m_lock.fileName()) };
    default: {
        // QLockFile does not say why; creating the file ourselves does (a full disk, a read-only
        // folder ...).
        const QByteArray path = QFile::encodeName(m_lock.fileName());
        int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        int why = errno;
        if (fd >= 0) {
            // Creating an empty file needs no room; the lock's contents do.
            const bool wrote = ::write(fd, "0\n", 2) == 2;
            why = errno;
            ::close(fd);
            ::unlink(path.constData());
            if (!wrote)
                fd = -1;
        }
        throw InputError { m_catalog, QString(),
            fd < 0 && why != EEXIST ? QStringLiteral("cannot create the lock file %1: %2")
                                          .arg(m_lock.fileName(), InputFile::describeError(why))
                                    : QStringLiteral("cannot lock the catalog (%1)").arg(m_lock.fileName()) };
    }
    }
}

} // namespace ec2lab::catalog
