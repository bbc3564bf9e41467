#include "lifecycle/instancespec.h"

#include <utility>

namespace ec2lab {

namespace {

// A tiny two-way table: enum <-> script spelling.
template<typename E, std::size_t N> QString nameOf(const std::pair<E, const char16_t *> (&table)[N], E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char16_t *> (&table)[N], const QString &name)
{
    for (const auto &[e, text] : table) {
        if (name == QStringView(text))
            return e;
    }
    return std::nullopt;
}

const std::pair<Market, const char16_t *> kMarkets[]
    = { { Market::OnDemand, u"on-demand" }, { Market::Spot, u"spot" } };
const std::pair<RootDevice, const char16_t *> kRootDevices[]
    = { { RootDevice::Ebs, u"ebs" }, { RootDevice::InstanceStore, u"instance-store" } };
const std::pair<ShutdownBehavior, const char16_t *> kShutdown[]
    = { { ShutdownBehavior::Stop, u"stop" }, { ShutdownBehavior::Terminate, u"terminate" } };
const std::pair<SpotInterruptionBehavior, const char16_t *> kSpot[] = {
    { SpotInterruptionBehavior::Terminate, u"terminate" },
    { SpotInterruptionBehavior::Stop, u"stop" },
    { SpotInterruptionBehavior::Hibernate, u"hibernate" },
};

} // namespace

QString marketName(Market m)
{
    return nameOf(kMarkets, m);
}
std::optional<Market> marketFromName(const QString &name)
{
    return valueOf(kMarkets, name);
}
QString rootDeviceName(RootDevice r)
{
    return nameOf(kRootDevices, r);
}
std::optional<RootDevice> rootDeviceFromName(const QString &name)
{
    return valueOf(kRootDevices, name);
}
QString shutdownBehaviorName(ShutdownBehavior b)
{
    return nameOf(kShutdown, b);
}
std::optional<ShutdownBehavior> shutdownBehaviorFromName(const QString &name)
{
    return valueOf(kShutdown, name);
}
QString spotInterruptionBehaviorName(SpotInterruptionBehavior b)
{
    return nameOf(kSpot, b);
}
std::optional<SpotInterruptionBehavior> spotInterruptionBehaviorFromName(const QString &name)
{
    return valueOf(kSpot, name);
}

} // namespace ec2lab
