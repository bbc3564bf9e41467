#pragma once

#include "net/pricerefresher.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace ec2lab::gui {

/// "Update prices": choose regions, download their EC2 (and Savings Plans) offer files from the
/// AWS Price List and import them into the user's price cache.
///
/// Contract: the dialog opens no connection until Download is pressed. The download runs on the
/// event loop and the import on a worker thread, so the window stays responsive; Cancel (or
/// closing the dialog) stops it. Only after a complete, successful import does the catalog
/// change: the dialog then has CatalogHolder reload it, and the open workspaces follow through
/// CatalogHolder::catalogChanged(). A failure or cancel leaves the catalog in use and on disk as
/// it was and says so, naming the URL or file that failed. The base URL is remembered.
class UpdatePricesDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a currentRegion is checked when the dialog opens.
    explicit UpdatePricesDialog(const QString &currentRegion, QWidget *parent = nullptr);
    ~UpdatePricesDialog() override;

    /// The remembered base URL, or the AWS Price List's.
    static QString savedBaseUrl();

    QStringList checkedRegions() const;
    void setRegionChecked(const QString &region, bool checked);
    bool isRunning() const { return m_running; }

    // For tests and scripted screenshots.
    QListWidget *regionList() const { return m_regions; }
    QCheckBox *savingsPlansBox() const { return m_savingsPlans; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }

    void reject() override;

signals:
    void runningChanged(bool running);
    /// The whole update is over: downloaded, imported and the new catalog in use (\a ok), or
    /// failed or cancelled with the catalog unchanged.
    void updateFinished(bool ok);

private:
    void download();
    void onStage(app::PriceRefresher::Stage stage, const QString &region, const QUrl &url);
    void onProgress(qint64 done, qint64 total);
    void onRefreshFinished(bool ok);
    void onCatalogChanged();
    void onReloadFailed(const QString &message);
    void setRunning(bool running);
    void showMessage(const QString &html, bool error);
    void finishUpdate(bool ok);

    app::PriceRefresher *m_refresher = nullptr;
    QListWidget *m_regions;
    QCheckBox *m_savingsPlans;
    QLineEdit *m_baseUrl;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QLabel *m_snapshot;
    QLabel *m_status;
    QLabel *m_file;
    QProgressBar *m_progress;
    QLabel *m_bytes;
    QLabel *m_message;
    bool m_running = false;
    bool m_importing = false;
    bool m_waitingForCatalog = false;
    bool m_closeWhenDone = false;
    bool m_userCancelled = false;
    qint64 m_prices = 0;
    int m_files = 0;
};

} // namespace ec2lab::gui
