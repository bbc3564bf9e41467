#include "launchdialog.h"

#include "catalog/catalogpricesource.h"
#include "labcontroller.h"
#include "lifecycle/instancespec.h"
#include "money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ec2lab::gui {

namespace {

/// A small built-in list of types for the classroom, with us-east-1 Linux On-Demand list prices
/// (USD/h). The field stays editable: other platforms and regions cost more.
struct TypeEntry
{
    int category;
    const char *type;
    const char *price;
    const char *specs;
};

const TypeEntry kTypes[] = {
    { 0, "t3.micro", "0.0104", "2 vCPU, 1 GiB" },
    { 0, "t3.medium", "0.0416", "2 vCPU, 4 GiB" },
    { 0, "m5.large", "0.096", "2 vCPU, 8 GiB" },
    { 0, "m6g.large", "0.077", "2 vCPU, 8 GiB, Graviton" },
    { 0, "m7i.xlarge", "0.2016", "4 vCPU, 16 GiB" },
    { 1, "c5.large", "0.085", "2 vCPU, 4 GiB" },
    { 1, "c6g.xlarge", "0.136", "4 vCPU, 8 GiB, Graviton" },
    { 1, "c7i.2xlarge", "0.357", "8 vCPU, 16 GiB" },
    { 2, "r5.large", "0.126", "2 vCPU, 16 GiB" },
    { 2, "r6g.xlarge", "0.2016", "4 vCPU, 32 GiB, Graviton" },
    { 2, "x2iedn.xlarge", "0.83375", "4 vCPU, 128 GiB" },
    { 3, "g4dn.xlarge", "0.526", "4 vCPU, 16 GiB, 1 T4 GPU" },
    { 3, "p3.2xlarge", "3.06", "8 vCPU, 61 GiB, 1 V100 GPU" },
    { 3, "inf2.xlarge", "0.7582", "4 vCPU, 16 GiB, Inferentia2" },
    { 4, "i3.large", "0.156", "2 vCPU, 15.25 GiB, 475 GB NVMe" },
    { 4, "d3.xlarge", "0.499", "4 vCPU, 32 GiB, 3 x 2 TB HDD" },
    { 4, "i4i.large", "0.172", "2 vCPU, 16 GiB, 468 GB NVMe" },
};

QString categoryName(int c)
{
    switch (c) {
    case 0:
        return LaunchDialog::tr("General purpose");
    case 1:
        return LaunchDialog::tr("Compute optimized");
    case 2:
        return LaunchDialog::tr("Memory optimized");
    case 3:
        return LaunchDialog::tr("Accelerated computing");
    default:
        return LaunchDialog::tr("Storage optimized");
    }
}

} // namespace

QList<LaunchDialog::Ami> LaunchDialog::amis()
{
    return {
        { tr("Amazon Linux 2023 (EBS root, per-second billing)"), QStringLiteral("linux"),
            QStringLiteral("ebs") },
        { tr("Ubuntu Server 24.04 LTS (EBS root, per-second billing)"), QStringLiteral("ubuntu"),
            QStringLiteral("ebs") },
        { tr("Windows Server 2022 Base (EBS root, per-second billing)"), QStringLiteral("windows"),
            QStringLiteral("ebs") },
        { tr("Red Hat Enterprise Linux 9 (EBS root, per-second billing)"), QStringLiteral("rhel"),
            QStringLiteral("ebs") },
        { tr("SUSE Linux Enterprise Server 15 (EBS root, billed per started hour)"), QStringLiteral("suse"),
            QStringLiteral("ebs") },
        { tr("Amazon Linux, instance-store root (cannot be stopped)"), QStringLiteral("linux"),
            QStringLiteral("instance-store") },
    };
}

LaunchDialog::LaunchDialog(const QString &suggestedName, const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_region(region)
{
    setWindowTitle(tr("Launch an instance"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(suggestedName, this);
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,40}")), this));
    m_name->setAccessibleName(tr("Instance name"));
    form->addRow(tr("&Name:"), m_name);

    m_ami = new QComboBox(this);
    m_ami->setAccessibleName(tr("Machine image"));
    for (const Ami &a : amis())
        m_ami->addItem(a.label);
    form->addRow(tr("&Machine image (AMI):"), m_ami);

    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Instance type"));
    auto *model = qobject_cast<QStandardItemModel *>(m_type->model());
    int lastCategory = -1;
    for (const TypeEntry &t : kTypes) {
        if (t.category != lastCategory) {
            auto *header = new QStandardItem(categoryName(t.category));
            header->setFlags(Qt::NoItemFlags);
            QFont f = header->font();
            f.setBold(true);
            header->setFont(f);
            model->appendRow(header);
            lastCategory = t.category;
        }
        m_type->addItem(
            QStringLiteral("   %1  (%2)").arg(QString::fromLatin1(t.type), QString::fromLatin1(t.specs)),
            QString::fromLatin1(t.type));
        m_type->setItemData(m_type->count() - 1, QString::fromLatin1(t.price), Qt::UserRole + 1);
    }
    m_type->setCurrentIndex(m_type->findData(QStringLiteral("m5.large")));
    form->addRow(tr("Instance &type:"), m_type);

    m_price = new QLineEdit(this);
    m_price->setAccessibleName(tr("Price per hour"));
    m_price->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,5}(\\.[0-9]{1,9})?")), this));
    form->addRow(tr("&Price (USD per hour):"), m_price);
    m_priceNote = new QLabel(this);
    m_priceNote->setWordWrap(true);
    m_priceNote->setAccessibleName(tr("Source of the price"));
    form->addRow(QString(), m_priceNote);

    m_market = new QComboBox(this);
    m_market->addItem(tr("On-Demand", "purchasing option"), QStringLiteral("on-demand"));
    m_market->addItem(tr("Spot", "purchasing option"), QStringLiteral("spot"));
    m_market->setAccessibleName(tr("Market"));
    form->addRow(tr("M&arket:"), m_market);
    m_spotBehavior = new QComboBox(this);
    m_spotBehavior->addItem(tr("Terminate", "Spot interruption behavior"), QStringLiteral("terminate"));
    m_spotBehavior->addItem(tr("Stop", "Spot interruption behavior"), QStringLiteral("stop"));
    m_spotBehavior->addItem(tr("Hibernate", "Spot interruption behavior"), QStringLiteral("hibernate"));
    m_spotBehavior->setAccessibleName(tr("Spot interruption behaviour"));
    form->addRow(tr("Spot &interruption behaviour:"), m_spotBehavior);

    m_publicIp = new QCheckBox(tr("Auto-assign a public IPv4 address"), this);
    m_publicIp->setChecked(true);
    form->addRow(QString(), m_publicIp);
    m_terminationProtection = new QCheckBox(tr("Termination protection (disableApiTermination)"), this);
    form->addRow(QString(), m_terminationProtection);
    m_stopProtection = new QCheckBox(tr("Stop protection (disableApiStop)"), this);
    form->addRow(QString(), m_stopProtection);
    m_hibernation = new QCheckBox(tr("Enable hibernation (needs an encrypted EBS root)"), this);
    form->addRow(QString(), m_hibernation);
    m_shutdown = new QComboBox(this);
    m_shutdown->addItem(tr("Stop", "shutdown behavior"), QStringLiteral("stop"));
    m_shutdown->addItem(tr("Terminate", "shutdown behavior"), QStringLiteral("terminate"));
    m_shutdown->setAccessibleName(tr("Shutdown behaviour"));
    form->addRow(tr("&Shutdown behaviour:"), m_shutdown);

    auto *storage = new QGroupBox(tr("Volumes"), this);
    auto *sform = new QFormLayout(storage);
    auto *rootRow = new QHBoxLayout;
    m_rootType = new QComboBox(this);
    m_rootType->addItems({ QStringLiteral("gp3"), QStringLiteral("gp2") });
    m_rootType->setAccessibleName(tr("Root volume type"));
    m_rootSize = new QSpinBox(this);
    m_rootSize->setRange(1, 16384);
    m_rootSize->setValue(8);
    //: Unit after the number in a size box; keep the leading space
    m_rootSize->setSuffix(tr(" GB"));
    m_rootSize->setAccessibleName(tr("Root volume size"));
    rootRow->addWidget(m_rootType);
    rootRow->addWidget(m_rootSize);
    sform->addRow(tr("Root volume (deleted on termination):"), rootRow);
    auto *dataRow = new QHBoxLayout;
    m_dataSize = new QSpinBox(this);
    m_dataSize->setRange(0, 16384);
    //: Shown in the data volume size box at 0 GB: launch without a data volume
    m_dataSize->setSpecialValueText(tr("none", "no data volume"));
    m_dataSize->setSuffix(tr(" GB"));
    m_dataSize->setAccessibleName(tr("Data volume size"));
    m_dataDelete = new QCheckBox(tr("Delete on termination"), this);
    dataRow->addWidget(m_dataSize);
    dataRow->addWidget(m_dataDelete);
    sform->addRow(tr("Extra gp3 data volume:"), dataRow);
    layout->addWidget(storage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Launch"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LaunchDialog::updatePrice);
    connect(m_ami, &QComboBox::currentIndexChanged, this, &LaunchDialog::updatePrice);
    connect(m_ami, &QComboBox::currentIndexChanged, this, &LaunchDialog::updateEnabled);
    connect(m_market, &QComboBox::currentIndexChanged, this, &LaunchDialog::updateEnabled);
    connect(m_market, &QComboBox::currentIndexChanged, this, &LaunchDialog::updatePriceNote);
    connect(m_price, &QLineEdit::textChanged, this, &LaunchDialog::updatePriceNote);
    updatePrice();
    updateEnabled();
}

void LaunchDialog::updatePrice()
{
    const QString platform = amis().value(m_ami->currentIndex()).platform;
    const auto platformValue = platformFromName(platform);
    m_catalogPrice.clear();
    m_catalogNote.clear();
    if (platformValue) {
        const PriceQuery query
            = PriceQuery::onDemand(m_region, m_type->currentData().toString(), *platformValue);
        const catalog::CatalogPriceSource &prices = LabController::priceCatalog();
        if (const auto price = prices.find(query)) {
            const catalog::Provenance p = prices.provenance(query);
            m_catalogPrice = price->toPlainString();
            m_catalogNote = tr("On-Demand price from the price catalog: %1, as of %2.")
                                .arg(p.source, p.date.toString(Qt::ISODate));
        }
    }
    m_price->setText(
        m_catalogPrice.isEmpty() ? m_type->currentData(Qt::UserRole + 1).toString() : m_catalogPrice);
    updatePriceNote();
}

QString LaunchDialog::catalogPrice() const
{
    // The catalog's price is used as is only for On-Demand and only when the field still holds it.
    if (m_catalogPrice.isEmpty() || m_market->currentIndex() != 0)
        return {};
    const auto typed = Money::parse(m_price->text());
    const auto catalog = Money::parse(m_catalogPrice);
    return typed && catalog && *typed == *catalog ? m_catalogPrice : QString();
}

void LaunchDialog::updatePriceNote()
{
    QString note;
    if (!catalogPrice().isEmpty())
        note = m_catalogNote;
    else if (m_market->currentIndex() == 1)
        note
            = tr("Spot: this price is saved in the lab script (the catalog only has On-Demand prices here).");
    else if (m_catalogPrice.isEmpty() && m_price->text() == m_type->currentData(Qt::UserRole + 1).toString())
        note = tr("Not in the price catalog for this image and region: built-in classroom price (Linux "
                  "On-Demand, us-east-1); it is saved in the lab script. Edit it for another platform.");
    else
        note = tr("Your price: it is saved in the lab script.");
    m_priceNote->setText(note);
}

QString LaunchDialog::priceNote() const
{
    return m_priceNote->text();
}

void LaunchDialog::updateEnabled()
{
    const bool ebs = amis().value(m_ami->currentIndex()).rootDevice == u"ebs";
    m_hibernation->setEnabled(ebs);
    m_rootType->setEnabled(ebs);
    m_rootSize->setEnabled(ebs);
    m_spotBehavior->setEnabled(m_market->currentIndex() == 1);
}

QJsonObject LaunchDialog::instanceJson() const
{
    const Ami ami = amis().value(m_ami->currentIndex());
    QJsonObject o;
    o.insert(QStringLiteral("name"), m_name->text().isEmpty() ? QStringLiteral("instance") : m_name->text());
    o.insert(QStringLiteral("type"), m_type->currentData().toString());
    o.insert(QStringLiteral("region"), m_region);
    o.insert(QStringLiteral("platform"), ami.platform);
    // A catalog price is left out: the lab takes it from the catalog and shows its date.
    if (catalogPrice().isEmpty())
        o.insert(QStringLiteral("price_per_hour"),
            m_price->text().isEmpty() ? QStringLiteral("0") : m_price->text());
    o.insert(QStringLiteral("market"), m_market->currentData().toString());
    o.insert(QStringLiteral("root_device"), ami.rootDevice);
    const bool ebs = ami.rootDevice == u"ebs";
    o.insert(QStringLiteral("hibernation"), ebs && m_hibernation->isChecked());
    o.insert(QStringLiteral("termination_protection"), m_terminationProtection->isChecked());
    o.insert(QStringLiteral("stop_protection"), m_stopProtection->isChecked());
    o.insert(QStringLiteral("shutdown_behavior"), m_shutdown->currentData().toString());
    if (m_market->currentIndex() == 1)
        o.insert(QStringLiteral("spot_interruption_behavior"), m_spotBehavior->currentData().toString());
    o.insert(QStringLiteral("public_ip"), m_publicIp->isChecked());
    QJsonArray volumes;
    if (ebs) {
        QJsonObject root;
        root.insert(QStringLiteral("type"), m_rootType->currentText());
        root.insert(QStringLiteral("size_gb"), m_rootSize->value());
        root.insert(QStringLiteral("price_per_gb_month"),
            m_rootType->currentText() == u"gp2" ? QStringLiteral("0.10") : QStringLiteral("0.08"));
        root.insert(QStringLiteral("root"), true);
        if (m_hibernation->isChecked())
            root.insert(QStringLiteral("encrypted"), true);
        volumes.append(root);
    } else {
        QJsonObject store;
        store.insert(QStringLiteral("type"), QStringLiteral("instance-store"));
        // The root device type is the instance's root_device; the store volume itself is not
        // an EBS root (the script reader refuses that combination).
        store.insert(QStringLiteral("size_gb"), 475);
        volumes.append(store);
    }
    if (m_dataSize->value() > 0) {
        QJsonObject data;
        data.insert(QStringLiteral("type"), QStringLiteral("gp3"));
        data.insert(QStringLiteral("size_gb"), m_dataSize->value());
        data.insert(QStringLiteral("price_per_gb_month"), QStringLiteral("0.08"));
        data.insert(QStringLiteral("delete_on_termination"), m_dataDelete->isChecked());
        volumes.append(data);
    }
    o.insert(QStringLiteral("volumes"), volumes);
    return o;
}

} // namespace ec2lab::gui
