#include "addresscard.h"

#include "core/theme.h"

#include <QFormLayout>
#include <QLabel>

namespace ec2lab::gui {

namespace {

const char *const kKeys[] = { "private_ip", "public_ip", "elastic_ip", "ipv6", "public_dns", "private_dns" };

QString valueOf(const AddressRecord &r, const QString &key)
{
    if (key == u"private_ip")
        return r.privateIp;
    if (key == u"public_ip")
        return r.publicIp;
    if (key == u"elastic_ip")
        return r.elasticIp;
    if (key == u"ipv6")
        return r.ipv6;
    if (key == u"public_dns")
        return r.publicDns;
    return r.privateDns;
}

} // namespace

AddressCard::AddressCard(QWidget *parent)
    : QGroupBox(tr("Addresses"), parent)
{
    setAccessibleName(tr("Address card"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString labels[] = { tr("Private IPv4"), tr("Public IPv4"), tr("Elastic IP"), tr("IPv6"),
        tr("Public DNS"), tr("Private DNS") };
    int i = 0;
    for (const char *k : kKeys) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(labels[i]);
        value->setWordWrap(true);
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        form->addRow(labels[i++] + u':', value);
        m_fields.insert(QString::fromLatin1(k), value);
    }
    m_other = new QLabel(this);
    m_other->setWordWrap(true);
    m_other->setAccessibleName(tr("Change on another instance"));
    m_other->hide();
    form->addRow(m_other);
    setAddresses(nullptr, nullptr);
}

void AddressCard::setAddresses(const AddressRecord *current, const AddressRecord *previous)
{
    for (const char *k : kKeys) {
        const QString key = QString::fromLatin1(k);
        const QString now = current ? valueOf(*current, key) : QString();
        const QString before = previous ? valueOf(*previous, key) : now;
        // A zero-width space after each dot lets a long DNS name wrap instead of being cut.
        m_fields[key]->setText(
            now.isEmpty() ? QStringLiteral("—") : QString(now).replace(u'.', QStringLiteral(".\u200B")));
        m_changed[key] = current && previous && now != before;
        // The full value in the tooltip too: a long DNS name can be wider than a narrow card.
        QString tip = now;
        if (m_changed[key])
            //: Tooltip of an address that changed; %1 is the address it had before, or "none"
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Changed at the last transition (was %1)")
                      .arg(before.isEmpty() ? tr("none", "no address") : before);
        m_fields[key]->setToolTip(tip);
    }
    refreshStyle();
}

void AddressCard::setOtherChange(const QString &text)
{
    m_other->setText(text);
    m_other->setVisible(!text.isEmpty());
}

QString AddressCard::otherChange() const
{
    return m_other->text();
}

void AddressCard::refreshStyle()
{
    m_other->setStyleSheet(
        QStringLiteral("background:%1; color:black; padding:2px 4px;").arg(Theme::highlight().name()));
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (m_changed.value(it.key())) {
            it.value()->setStyleSheet(
                QStringLiteral("background:%1; color:black; font-weight:bold; padding:1px 4px;")
                    .arg(Theme::highlight().name()));
        } else {
            it.value()->setStyleSheet(QString());
        }
    }
}

QString AddressCard::fieldText(const QString &key) const
{
    return m_fields.value(key) ? m_fields.value(key)->text().remove(QChar(0x200B)) : QString();
}

bool AddressCard::isHighlighted(const QString &key) const
{
    return m_changed.value(key);
}

} // namespace ec2lab::gui
