#pragma once

#include <QLockFile>
#include <QString>
#include <functional>

namespace ec2lab::catalog {

/// An advisory lock that serialises the load-merge-save of one catalog file between processes
/// (two `prices import` at once, or an import during "Update prices").
///
/// Contract: acquire() returns holding the lock file CATALOG.lock, or throws an InputError naming
/// the catalog and the process that holds it. A holder that died is noticed at once (the lock
/// names its process id); a live holder is never considered stale, however long its import runs.
/// The lock is released when the object goes out of scope.
class CatalogLock
{
public:
    explicit CatalogLock(const QString &catalogPath);

    /// Takes the lock, waiting up to \a timeoutMs. When another process holds it, \a onWait is
    /// called once with that process's id before waiting (to say why nothing seems to happen);
    /// not when \a timeoutMs is 0 (no wait, just the error).
    void acquire(int timeoutMs, const std::function<void(qint64 holderPid)> &onWait = {});

    /// How long an import waits for another: $EC2LAB_LOCK_TIMEOUT_MS (tests), else 10 minutes.
    static int defaultTimeoutMs();

private:
    QString m_catalog;
    QLockFile m_lock;
};

} // namespace ec2lab::catalog
