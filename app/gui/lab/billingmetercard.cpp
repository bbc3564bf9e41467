#include "billingmetercard.h"

#include "core/theme.h"

#include <QFormLayout>
#include <QLabel>

namespace ec2lab::gui {

BillingMeterCard::BillingMeterCard(QWidget *parent)
    : QGroupBox(tr("Billing meter"), parent)
{
    setAccessibleName(tr("Billing meter"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto make = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        l->setAccessibleName(name);
        QFont f = l->font();
        f.setFamily(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        l->setFont(f);
        return l;
    };
    m_billable = new QLabel(this);
    m_billable->setWordWrap(true);
    form->addRow(m_billable);
    form->addRow(tr("Instance usage:"), m_instance = make(tr("Instance usage cost")));
    form->addRow(tr("EBS:"), m_ebs = make(tr("EBS cost")));
    form->addRow(tr("Public IPv4:"), m_ipv4 = make(tr("Public IPv4 cost")));
    form->addRow(tr("Elastic IPs (lab):"), m_eip = make(tr("Elastic IP cost")));
    form->addRow(tr("Total:"), m_total = make(tr("Total cost")));
    form->addRow(tr("Billed seconds:"), m_seconds = make(tr("Billed seconds")));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_price = new QLabel(this);
    m_price->setWordWrap(true);
    m_price->setAccessibleName(tr("Price and its source"));
    m_price->setForegroundRole(QPalette::WindowText);
    form->addRow(m_price);
}

void BillingMeterCard::setPriceNote(const QString &text)
{
    m_price->setText(text);
    m_price->setStyleSheet(QStringLiteral("color:%1;").arg(Theme::muted().name()));
}

QString BillingMeterCard::priceNote() const
{
    return m_price->text();
}

void BillingMeterCard::setValues(Money instance, Money ebs, Money ipv4, Money elasticIps,
    qint64 billedSeconds, const QString &billableText, bool billable)
{
    auto usd = [](Money m) -> QString { return m.toString(6) + QStringLiteral(" USD"); };
    m_instance->setText(usd(instance));
    m_ebs->setText(usd(ebs));
    m_ipv4->setText(usd(ipv4));
    m_eip->setText(usd(elasticIps));
    m_total->setText(usd(instance + ebs + ipv4 + elasticIps));
    m_seconds->setText(QString::number(billedSeconds));
    m_billable->setText(billableText);
    const QColor c = billable ? Theme::stateColor(QStringLiteral("running")) : Theme::muted();
    m_billable->setStyleSheet(QStringLiteral("color:%1; font-weight:bold;").arg(c.name()));
}

QString BillingMeterCard::totalText() const
{
    return m_total->text();
}

} // namespace ec2lab::gui

namespace ec2lab::gui {

QString BillingMeterCard::billableText() const
{
    return m_billable->text();
}

} // namespace ec2lab::gui
