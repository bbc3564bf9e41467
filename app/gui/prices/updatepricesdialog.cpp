#include "prices/updatepricesdialog.h"

#include "catalog/awsnames.h"
#include "catalog/catalogstore.h"
#include "catalog/pricecatalog.h"
#include "prices/catalogholder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace ec2lab::gui {

namespace {

using Stage = app::PriceRefresher::Stage;

// The key lives here rather than in AppSettings: only this dialog reads or writes it.
const QString kBaseUrlKey = QStringLiteral("prices/baseUrl");

// The commercial regions the AWS Price List publishes EC2 offer files for. (GovCloud and China
// are priced by other partitions.)
const char *const kRegionCodes[] = { "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1",
    "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2",
    "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7", "ap-northeast-1",
    "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
    "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1",
    "me-south-1", "me-central-1", "mx-central-1", "sa-east-1" };

QString fileNameOf(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();
}

} // namespace

UpdatePricesDialog::UpdatePricesDialog(const QString &currentRegion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("updatePricesDialog"));
    setWindowTitle(tr("Update prices"));
    auto *layout = new QVBoxLayout(this);

    auto *intro
        = new QLabel(tr("Download the current EC2 prices of the chosen regions from the AWS Price List "
                        "and add them to the price catalog. ec2lab connects to the Price List only "
                        "when you press Download."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_snapshot = new QLabel(this);
    m_snapshot->setAccessibleName(tr("Prices in use"));
    layout->addWidget(m_snapshot);

    auto *regionBox = new QGroupBox(tr("Regions"), this);
    auto *regionLayout = new QVBoxLayout(regionBox);
    m_regions = new QListWidget(regionBox);
    m_regions->setAccessibleName(tr("Regions to download"));
    m_regions->setUniformItemSizes(true);
    const CatalogHolder::CatalogPtr catalog = CatalogHolder::instance()->current();
    const QStringList inCatalog = catalog->regions();
    QStringList codes;
    for (const char *code : kRegionCodes)
        codes << QString::fromLatin1(code);
    for (const QString &r : inCatalog) {
        if (!codes.contains(r))
            codes << r;
    }
    if (!currentRegion.isEmpty() && !codes.contains(currentRegion))
        codes.prepend(currentRegion);
    for (const QString &code : std::as_const(codes)) {
        const QString location = catalog::awsnames::locationForRegionCode(code);
        //: %1 is a region code (us-east-1), %2 its location (US East (N. Virginia))
        const QString text = location.isEmpty() ? code : tr("%1 · %2").arg(code, location);
        auto *item = new QListWidgetItem(
            inCatalog.contains(code) ? tr("%1 (in the catalog)").arg(text) : text, m_regions);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(code == currentRegion ? Qt::Checked : Qt::Unchecked);
    }
    regionLayout->addWidget(m_regions);
    auto *regionHint = new QLabel(
        tr("Each region's EC2 offer file is large (hundreds of megabytes), so choose only the regions "
           "you need."),
        regionBox);
    regionHint->setWordWrap(true);
    regionLayout->addWidget(regionHint);
    layout->addWidget(regionBox, 1);

    m_savingsPlans = new QCheckBox(tr("Include &Savings Plans rates"), this);
    m_savingsPlans->setChecked(true);
    m_savingsPlans->setAccessibleName(tr("Include Savings Plans rates"));
    layout->addWidget(m_savingsPlans);

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *form = new QFormLayout(advanced);
    auto *urlRow = new QHBoxLayout;
    m_baseUrl = new QLineEdit(savedBaseUrl(), advanced);
    m_baseUrl->setAccessibleName(tr("Price List base URL"));
    m_baseUrl->setToolTip(tr("Where the price files are downloaded from. Change it only for a mirror "
                             "or a test server."));
    auto *reset = new QPushButton(tr("&Default"), advanced);
    connect(this, &UpdatePricesDialog::runningChanged, reset, &QWidget::setDisabled);
    reset->setAccessibleName(tr("Use the default base URL"));
    reset->setAutoDefault(false);
    connect(reset, &QPushButton::clicked, this,
        [this] { m_baseUrl->setText(QString::fromLatin1(app::PriceRefresher::kDefaultBaseUrl)); });
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(reset);
    auto *urlLabel = new QLabel(tr("&Base URL:"), advanced);
    urlLabel->setBuddy(m_baseUrl);
    form->addRow(urlLabel, urlRow);
    layout->addWidget(advanced);

    auto *progressBox = new QGroupBox(tr("Progress"), this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    m_status = new QLabel(tr("Press Download to start."), progressBox);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    progressLayout->addWidget(m_status);
    m_file = new QLabel(progressBox);
    m_file->setAccessibleName(tr("Current file"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long URLs must not widen the dialog: the label takes the width it is given.
    m_file->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_file->setMinimumWidth(100);
    progressLayout->addWidget(m_file);
    auto *barRow = new QHBoxLayout;
    m_progress = new QProgressBar(progressBox);
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_bytes = new QLabel(progressBox);
    m_bytes->setAccessibleName(tr("Bytes received"));
    m_bytes->setMinimumWidth(fontMetrics().horizontalAdvance(
                                 tr("%1 of %2").arg(QStringLiteral("000.0 MB"), QStringLiteral("000.0 MB")))
        + 8);
    m_bytes->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    barRow->addWidget(m_progress, 1);
    barRow->addWidget(m_bytes);
    progressLayout->addLayout(barRow);
    m_message = new QLabel(progressBox);
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    progressLayout->addWidget(m_message);
    layout->addWidget(progressBox);

    auto *buttons = new QDialogButtonBox(this);
    m_download = buttons->addButton(tr("&Download"), QDialogButtonBox::AcceptRole);
    m_download->setAccessibleName(tr("Download prices"));
    m_download->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel the download"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    // The button box would treat Download as "accept" and close the dialog: wire each one ourselves.
    connect(m_download, &QPushButton::clicked, this, &UpdatePricesDialog::download);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_refresher && m_running) {
            m_userCancelled = true;
            m_status->setText(tr("Cancelling…"));
            m_refresher->cancel();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &UpdatePricesDialog::reject);

    CatalogHolder *holder = CatalogHolder::instance();
    connect(holder, &CatalogHolder::catalogChanged, this, &UpdatePricesDialog::onCatalogChanged);
    connect(holder, &CatalogHolder::reloadFailed, this, &UpdatePricesDialog::onReloadFailed);
    const QDate date = holder->snapshotDate();
    m_snapshot->setText(tr("Prices in use are as of %1.")
                            .arg(date.isValid() ? date.toString(Qt::ISODate) : tr("(no catalog)")));
    setMinimumWidth(560);
    resize(640, 640);
}

UpdatePricesDialog::~UpdatePricesDialog() = default;

QString UpdatePricesDialog::savedBaseUrl()
{
    return QSettings()
        .value(kBaseUrlKey, QString::fromLatin1(app::PriceRefresher::kDefaultBaseUrl))
        .toString();
}

QStringList UpdatePricesDialog::checkedRegions() const
{
    QStringList out;
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->checkState() == Qt::Checked)
            out << m_regions->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void UpdatePricesDialog::setRegionChecked(const QString &region, bool checked)
{
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->data(Qt::UserRole).toString() == region)
            m_regions->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void UpdatePricesDialog::download()
{
    if (m_running)
        return;
    const QStringList regions = checkedRegions();
    if (regions.isEmpty()) {
        showMessage(tr("Choose at least one region."), true);
        return;
    }
    const QUrl base(m_baseUrl->text().trimmed());
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http") || base.host().isEmpty()) {
        showMessage(tr("The base URL must be an http or https address, such as %1.")
                        .arg(QString::fromLatin1(app::PriceRefresher::kDefaultBaseUrl)),
            true);
        return;
    }
    QSettings().setValue(kBaseUrlKey, base.toString());
    if (!m_refresher) {
        // Created on the first Download, so that merely opening the dialog touches no network code.
        m_refresher = new app::PriceRefresher(this);
        connect(m_refresher, &app::PriceRefresher::stageChanged, this, &UpdatePricesDialog::onStage);
        connect(m_refresher, &app::PriceRefresher::progress, this, &UpdatePricesDialog::onProgress);
        connect(m_refresher, &app::PriceRefresher::finished, this, &UpdatePricesDialog::onRefreshFinished);
    }
    m_refresher->setBaseUrl(base);
    m_refresher->setRegions(regions);
    m_refresher->setIncludeSavingsPlans(m_savingsPlans->isChecked());
    m_userCancelled = false;
    m_files = 0;
    m_message->hide();
    m_bytes->clear();
    m_file->clear();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    setRunning(true);
    m_refresher->start();
}

void UpdatePricesDialog::onStage(Stage stage, const QString &region, const QUrl &url)
{
    QString text;
    switch (stage) {
    case Stage::Ec2Index:
        text = tr("Downloading the EC2 region index…");
        break;
    case Stage::Ec2Offer:
        text = tr("Downloading the EC2 prices of %1…").arg(region);
        break;
    case Stage::SavingsPlansIndex:
        text = tr("Downloading the Savings Plans region index…");
        break;
    case Stage::SavingsPlansOffer:
        text = tr("Downloading the Savings Plans rates of %1…").arg(region);
        break;
    case Stage::Import:
        text = tr("Importing the prices of %1…").arg(region);
        break;
    case Stage::Save:
        text = tr("Saving the price catalog…");
        break;
    }
    m_importing = stage == Stage::Import || stage == Stage::Save;
    if (stage == Stage::Ec2Offer || stage == Stage::SavingsPlansOffer)
        ++m_files;
    m_status->setText(text);
    const QString file = fileNameOf(url);
    m_file->setText(file);
    m_file->setToolTip(file);
    m_progress->setRange(0, stage == Stage::Save ? 0 : 100); // saving has no byte count: busy
    m_progress->setValue(0);
    m_bytes->clear();
}

void UpdatePricesDialog::onProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        //: Download progress: %1 bytes received of %2 in all, each already formatted ("1.2 MB")
        m_bytes->setText(tr("%1 of %2")
                             .arg(locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat),
                                 locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat)));
    } else {
        m_progress->setRange(0, 0); // the server sent no length
        m_bytes->setText(locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat));
    }
}

void UpdatePricesDialog::onRefreshFinished(bool ok)
{
    m_importing = false;
    if (!ok) {
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
        if (m_userCancelled || m_closeWhenDone) {
            m_status->setText(tr("Cancelled."));
            showMessage(tr("The download was cancelled. The price catalog was not changed."), false);
        } else {
            m_status->setText(tr("Failed."));
            showMessage(tr("Could not update prices: %1<br>The price catalog was not changed.")
                            .arg(m_refresher->errorString().toHtmlEscaped()),
                true);
        }
        finishUpdate(false);
        return;
    }
    m_prices = m_refresher->pricesImported();
    m_status->setText(tr("Loading the new prices…"));
    m_file->setText(catalog::CatalogStore::cachePath());
    m_progress->setRange(0, 0);
    m_waitingForCatalog = true;
    CatalogHolder::instance()->reload();
}

void UpdatePricesDialog::onCatalogChanged()
{
    const QDate date = CatalogHolder::instance()->snapshotDate();
    m_snapshot->setText(tr("Prices in use are as of %1.")
                            .arg(date.isValid() ? date.toString(Qt::ISODate) : tr("(no catalog)")));
    if (!m_waitingForCatalog)
        return;
    m_waitingForCatalog = false;
    m_progress->setRange(0, 100);
    m_progress->setValue(100);
    m_status->setText(tr("Done."));
    showMessage(tr("Imported %n price(s) from %1 file(s). Prices are now as of <b>%2</b>.", nullptr,
                    int(qMin<qint64>(m_prices, std::numeric_limits<int>::max())))
                    .arg(m_files)
                    .arg(date.toString(Qt::ISODate)),
        false);
    finishUpdate(true);
}

void UpdatePricesDialog::onReloadFailed(const QString &message)
{
    if (!m_waitingForCatalog)
        return;
    m_waitingForCatalog = false;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setText(tr("Failed."));
    showMessage(tr("The prices were saved, but the catalog could not be read back: %1<br>The app "
                   "keeps using the prices it had.")
                    .arg(message.toHtmlEscaped()),
        true);
    finishUpdate(false);
}

void UpdatePricesDialog::setRunning(bool running)
{
    m_running = running;
    m_download->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    m_regions->setEnabled(!running);
    m_savingsPlans->setEnabled(!running);
    m_baseUrl->setEnabled(!running);
    emit runningChanged(running);
    if (running)
        m_cancel->setFocus();
}

void UpdatePricesDialog::showMessage(const QString &html, bool error)
{
    m_message->setTextFormat(Qt::RichText);
    m_message->setText(html);
    m_message->setStyleSheet(error ? QStringLiteral("color:#a8071a;") : QString());
    m_message->show();
}

void UpdatePricesDialog::finishUpdate(bool ok)
{
    setRunning(false);
    emit updateFinished(ok);
    if (m_closeWhenDone)
        QDialog::reject();
}

void UpdatePricesDialog::reject()
{
    if (m_running) {
        // Closing while downloading means cancel; close once the refresher has stopped.
        m_closeWhenDone = true;
        if (m_refresher && !m_waitingForCatalog)
            m_refresher->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace ec2lab::gui
