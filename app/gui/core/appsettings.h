#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ec2lab::gui {

/// Typed access to the app's QSettings (window layout, last region, presenter mode, language,
/// currency decimals, recent files).
///
/// Contract: every key is read and written here only, with its default next to it, so the rest
/// of the app never spells a settings key. Recent files keep the newest first, without duplicates,
/// at most kMaxRecent entries.
class AppSettings
{
public:
    static constexpr int kMaxRecent = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &g);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &s);
    static int lastWorkspace();
    static void setLastWorkspace(int index);

    static QString lastRegion();
    static void setLastRegion(const QString &region);
    static bool presenterMode();
    static void setPresenterMode(bool on);
    /// "" = follow the system locale, otherwise "en" or "ko".
    static QString language();
    static void setLanguage(const QString &code);
    /// Decimals shown for monthly and total amounts (exports always keep the exact value).
    static int currencyDecimals();
    static void setCurrencyDecimals(int decimals);

    static QStringList recentFiles();
    static void addRecentFile(const QString &fileName);
    static void clearRecentFiles();
};

} // namespace ec2lab::gui
