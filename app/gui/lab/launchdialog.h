#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ec2lab::gui {

/// Asks what the EC2 launch wizard asks: name, AMI (which fixes the platform's billing rule and
/// the root device type), instance type grouped by the five categories, market, public IP,
/// protections, hibernation, shutdown behaviour and volumes.
///
/// Contract: instanceJson() is an instance entry in the lab script format (issue 2). The price
/// field starts at the price catalog's On-Demand price (its source and date shown under it);
/// that price is left out of the entry, so the lab and `ec2lab simulate` take it from the catalog
/// and say so. A price the user typed, a Spot price, or a price the catalog lacks (the built-in
/// classroom list price is offered then, marked as such) is written into the entry.
class LaunchDialog : public QDialog
{
    Q_OBJECT
public:
    LaunchDialog(const QString &suggestedName, const QString &region, QWidget *parent = nullptr);
    QJsonObject instanceJson() const;

    /// The Quick Start images offered: label, platform, root device.
    struct Ami
    {
        QString label;
        QString platform;
        QString rootDevice;
    };
    static QList<Ami> amis();
    /// The text under the price field: where the price comes from.
    QString priceNote() const;

private:
    void updatePrice();
    void updatePriceNote();
    void updateEnabled();
    QString catalogPrice() const;
    QString m_catalogPrice; ///< the catalog's price for the type, AMI and region ("" = none)
    QString m_catalogNote;
    QLabel *m_priceNote;

    QLineEdit *m_name;
    QComboBox *m_ami;
    QComboBox *m_type;
    QLineEdit *m_price;
    QComboBox *m_market;
    QComboBox *m_spotBehavior;
    QCheckBox *m_publicIp;
    QCheckBox *m_terminationProtection;
    QCheckBox *m_stopProtection;
    QCheckBox *m_hibernation;
    QComboBox *m_shutdown;
    QSpinBox *m_rootSize;
    QComboBox *m_rootType;
    QSpinBox *m_dataSize;
    QCheckBox *m_dataDelete;
    QString m_region;
};

} // namespace ec2lab::gui
