#pragma once

#include "money.h"
#include "offer.h"

#include <QList>
#include <QString>
#include <optional>

namespace ec2lab {

// Platform (the operating system, which sets the billing granularity) is the model's own
// (offer.h), with platformName() / platformFromName() for the script spelling.
/// How the instance is bought. Reserved Instances and Savings Plans are billing constructs of the
/// cost model, not markets an instance is launched into.
enum class Market { OnDemand, Spot };
enum class RootDevice { Ebs, InstanceStore };
/// InstanceInitiatedShutdownBehavior.
enum class ShutdownBehavior { Stop, Terminate };
/// What EC2 does to a Spot Instance when it reclaims the capacity.
enum class SpotInterruptionBehavior { Terminate, Stop, Hibernate };

/// "on-demand", "spot".
QString marketName(Market m);
std::optional<Market> marketFromName(const QString &name);
/// "ebs", "instance-store".
QString rootDeviceName(RootDevice r);
std::optional<RootDevice> rootDeviceFromName(const QString &name);
/// "stop", "terminate".
QString shutdownBehaviorName(ShutdownBehavior b);
std::optional<ShutdownBehavior> shutdownBehaviorFromName(const QString &name);
/// "terminate", "stop", "hibernate".
QString spotInterruptionBehaviorName(SpotInterruptionBehavior b);
std::optional<SpotInterruptionBehavior> spotInterruptionBehaviorFromName(const QString &name);

/// One block device given at launch: an EBS volume (billed per GB-month while it exists) or an
/// instance-store volume (free, data lost on stop, hibernate and terminate).
///
/// Contract: a plain value. deleteOnTermination defaults to true for the root volume and false for
/// the others (the readers apply that default).
struct VolumeSpec
{
    QString type = QStringLiteral("gp3"); ///< "gp3", "gp2", "io2", ... or "instance-store"
    qint64 sizeGb = 8;
    Money pricePerGbMonth; ///< USD per GB-month; ignored for instance store
    bool root = false;
    bool deleteOnTermination = false;
    bool encrypted = false;

    bool isInstanceStore() const { return type == u"instance-store"; }
};

/// Everything fixed at launch about one instance (RunInstances parameters plus its price).
///
/// Contract: a plain value; the engine copies it at launch and only modify-type and the two
/// protection setters change the copy afterwards.
struct InstanceSpec
{
    QString name; ///< label for people and scripts (the Name tag); the engine identifies by id
    QString instanceType = QStringLiteral("m5.large");
    QString region = QStringLiteral("us-east-1");
    Platform platform = Platform::Linux;
    Market market = Market::OnDemand;
    Money pricePerHour; ///< On-Demand or Spot price of instanceType, USD per hour
    RootDevice rootDevice = RootDevice::Ebs;
    bool hibernationEnabled = false;
    bool terminationProtection = false; ///< disableApiTermination
    bool stopProtection = false; ///< disableApiStop
    ShutdownBehavior shutdownBehavior = ShutdownBehavior::Stop;
    SpotInterruptionBehavior spotInterruptionBehavior = SpotInterruptionBehavior::Terminate;
    bool autoAssignPublicIp = true;
    bool ipv6 = false;
    QList<VolumeSpec> volumes;
};

} // namespace ec2lab
