#include "appsettings.h"

#include <QSettings>

namespace ec2lab::gui {

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &g)
{
    QSettings().setValue(QStringLiteral("window/geometry"), g);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &s)
{
    QSettings().setValue(QStringLiteral("window/state"), s);
}

int AppSettings::lastWorkspace()
{
    return QSettings().value(QStringLiteral("window/workspace"), 0).toInt();
}

void AppSettings::setLastWorkspace(int index)
{
    QSettings().setValue(QStringLiteral("window/workspace"), index);
}

QString AppSettings::lastRegion()
{
    return QSettings().value(QStringLiteral("cost/region"), QStringLiteral("us-east-1")).toString();
}

void AppSettings::setLastRegion(const QString &region)
{
    QSettings().setValue(QStringLiteral("cost/region"), region);
}

bool AppSettings::presenterMode()
{
    return QSettings().value(QStringLiteral("view/presenter"), false).toBool();
}

void AppSettings::setPresenterMode(bool on)
{
    QSettings().setValue(QStringLiteral("view/presenter"), on);
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("view/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("view/language"), code);
}

int AppSettings::currencyDecimals()
{
    return qBound(0, QSettings().value(QStringLiteral("view/currencyDecimals"), 2).toInt(), 6);
}

void AppSettings::setCurrencyDecimals(int decimals)
{
    QSettings().setValue(QStringLiteral("view/currencyDecimals"), decimals);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(QStringLiteral("file/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString &fileName)
{
    QStringList list = recentFiles();
    list.removeAll(fileName);
    list.prepend(fileName);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("file/recent"), list);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(QStringLiteral("file/recent"));
}

} // namespace ec2lab::gui
