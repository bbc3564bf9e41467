#include "prices/catalogholder.h"

#include "catalog/catalogstore.h"
#include "catalog/pricecatalog.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace ec2lab::gui {

CatalogHolder *CatalogHolder::instance()
{
    // Deliberately never deleted: worker threads may still read it while the app shuts down.
    static CatalogHolder *const holder = [] {
        auto *h = new CatalogHolder;
        if (QCoreApplication *app = QCoreApplication::instance(); app && h->thread() != app->thread())
            h->moveToThread(app->thread());
        return h;
    }();
    return holder;
}

CatalogHolder::CatalogHolder()
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &CatalogHolder::onReloaded);
}

CatalogHolder::Loaded CatalogHolder::load()
{
    try {
        return { std::make_shared<const catalog::PriceCatalog>(catalog::CatalogStore::loadCurrent()), {} };
    } catch (const InputError &e) {
        return { nullptr, e.toString() };
    }
}

CatalogHolder::CatalogPtr CatalogHolder::current() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_catalog) {
        Loaded loaded = load();
        // No snapshot in this build and no readable cache: the app then prices from scenarios only.
        m_catalog = loaded.catalog ? loaded.catalog : std::make_shared<const catalog::PriceCatalog>();
    }
    return m_catalog;
}

QDate CatalogHolder::snapshotDate() const
{
    return current()->newestDate();
}

void CatalogHolder::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&CatalogHolder::load));
}

void CatalogHolder::onReloaded()
{
    const Loaded loaded = m_watcher.result();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    if (!loaded.catalog) {
        emit reloadFailed(loaded.error);
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_catalog = loaded.catalog;
    }
    emit catalogChanged();
}

} // namespace ec2lab::gui
