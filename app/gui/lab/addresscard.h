#pragma once

#include "lifecycle/lifecyclerecords.h"

#include <QGroupBox>
#include <QHash>

class QLabel;

namespace ec2lab::gui {

/// Shows one instance's addresses (private IPv4, public IPv4, Elastic IP, IPv6, public and
/// private DNS) and highlights the ones that changed at the last address change.
///
/// Contract: setAddresses() takes the current record and the one before the last change; a
/// field is highlighted exactly when it differs between the two. Keys for tests: "private_ip",
/// "public_ip", "elastic_ip", "ipv6", "public_dns", "private_dns". A change that also
/// concerned another instance (an Elastic IP moved) is described under the fields.
class AddressCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit AddressCard(QWidget *parent = nullptr);
    void setAddresses(const AddressRecord *current, const AddressRecord *previous);
    QString fieldText(const QString &key) const;
    bool isHighlighted(const QString &key) const;
    /// What the same change did to another instance (an Elastic IP moving between two
    /// instances changes both), shown highlighted under the fields; "" hides it.
    void setOtherChange(const QString &text);
    QString otherChange() const;
    void refreshStyle();

private:
    QHash<QString, QLabel *> m_fields;
    QHash<QString, bool> m_changed;
    QLabel *m_other;
};

} // namespace ec2lab::gui
