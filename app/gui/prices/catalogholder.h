#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <memory>

namespace ec2lab::catalog {
class PriceCatalog;
}

namespace ec2lab::gui {

/// The one price catalog the whole app prices with: the bundled snapshot with the user's cache
/// (CatalogStore::loadCurrent()) merged over it.
///
/// Contract: the catalog is read from disk once, on first use, and again only when reload() is
/// called (after "Update prices"). current() is thread-safe and hands out an immutable shared
/// catalog, so a cost computation running on a worker keeps the catalog it started with while
/// the holder swaps in a new one. reload() reads on a worker thread; only when that succeeds is
/// the catalog replaced and catalogChanged() emitted (on the GUI thread). A failed reload keeps
/// the catalog in use and emits reloadFailed().
class CatalogHolder : public QObject
{
    Q_OBJECT
public:
    using CatalogPtr = std::shared_ptr<const catalog::PriceCatalog>;

    /// The application-wide holder (lives in the GUI thread).
    static CatalogHolder *instance();

    /// The catalog in use; loads it on the first call. Never null (empty when nothing loads).
    CatalogPtr current() const;
    /// The newest publication date in current() (the "snapshot date" shown next to prices).
    QDate snapshotDate() const;
    /// Re-reads the catalog in the background; a reload asked while one runs is done after it.
    void reload();
    bool isReloading() const { return m_watcher.isRunning(); }

signals:
    void catalogChanged();
    void reloadFailed(const QString &message);

private:
    CatalogHolder();
    /// A loaded catalog, or why it could not be loaded.
    struct Loaded
    {
        CatalogPtr catalog;
        QString error;
    };
    static Loaded load();
    void onReloaded();

    mutable QMutex m_mutex;
    mutable CatalogPtr m_catalog;
    QFutureWatcher<Loaded> m_watcher;
    bool m_reloadAgain = false;
};

} // namespace ec2lab::gui
