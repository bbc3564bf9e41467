#include "storagecard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ec2lab::gui {

StorageCard::StorageCard(QWidget *parent)
    : QGroupBox(tr("Storage"), parent)
    , m_label(new QLabel(this))
{
    setAccessibleName(tr("Storage card"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    setStatus(nullptr);
}

void StorageCard::setStatus(const InstanceStatus *status)
{
    if (!status || status->volumes.isEmpty()) {
        m_label->setText(tr("No volumes"));
        return;
    }
    QString html = QStringLiteral("<table cellspacing=2>");
    for (const VolumeRecord &v : status->volumes) {
        QString what;
        QString state;
        if (v.spec.isInstanceStore()) {
            what = tr("Instance store, %1 GB").arg(v.spec.sizeGb);
            state = status->instanceStoreHasData
                ? tr("data kept (reboot keeps it)")
                : tr("data lost %n time(s): stop, hibernate and terminate wipe it", nullptr,
                    int(v.dataLostCount));
        } else {
            //: %1 is the volume type (gp3), %2 its size, %3 either ", root" or nothing
            what = tr("EBS %1, %2 GB%3")
                       .arg(v.spec.type)
                       .arg(v.spec.sizeGb)
                       .arg(v.spec.root ? tr(", root") : QString());
            if (v.deletedAt)
                state = tr("deleted at termination");
            else if (v.detachedAt)
                state = tr("detached, still billed");
            else
                state = v.spec.deleteOnTermination ? tr("deleted on termination") : tr("kept on termination");
            state += QStringLiteral(" · ") + tr("%1 USD so far").arg(v.costSoFar.toString(4));
        }
        html += QStringLiteral("<tr><td><b>%1</b><br><small>%2</small></td></tr>")
                    .arg(what.toHtmlEscaped(),
                        QString(v.volumeId + QStringLiteral(" · ") + state).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_label->setText(html);
}

QString StorageCard::text() const
{
    return m_label->text();
}

} // namespace ec2lab::gui
