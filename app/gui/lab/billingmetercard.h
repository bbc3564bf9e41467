#pragma once

#include "money.h"

#include <QGroupBox>

class QLabel;

namespace ec2lab::gui {

/// The live billing meter of the selected instance: instance usage, EBS and public IPv4 so far,
/// Elastic IPs of the whole lab, and whether the instance is billable right now (and why).
///
/// Contract: shows the engine's BillingSummary unchanged (6 decimals, exact Money), so the meter
/// agrees with `ec2lab simulate` to the nano-dollar, and says where the hourly price comes from
/// (the lab script's own price, or the price catalog with its date).
class BillingMeterCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit BillingMeterCard(QWidget *parent = nullptr);
    void setValues(Money instance, Money ebs, Money ipv4, Money elasticIps, qint64 billedSeconds,
        const QString &billableText, bool billable);
    QString totalText() const;
    /// Whether the instance is billable now, and why.
    QString billableText() const;
    /// The price and its origin ("0.096 USD/h from the price catalog (..., as of 2026-07-20)").
    void setPriceNote(const QString &text);
    QString priceNote() const;

private:
    QLabel *m_instance, *m_ebs, *m_ipv4, *m_eip, *m_total, *m_seconds, *m_billable, *m_price;
};

} // namespace ec2lab::gui
