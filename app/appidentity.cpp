#include "appidentity.h"

#include <QCoreApplication>

namespace ec2lab::app {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("ec2lab"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ec2lab.example.org"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(EC2LAB_VERSION);
}

} // namespace ec2lab::app
