// Part of CostEngine (costengine.h): Dedicated Hosts and Dedicated Instances, kept in a file of its own
// behind the engine.
#include "cost/costengine.h"
#include "cost/costmath.h"
#include "cost/instancesizing.h"
#include "inputerror.h"

#include <algorithm>
#include <numeric>

namespace ec2lab {

using namespace costmath;

// ---- Dedicated Hosts and Dedicated Instances ---------------------------------------------------

void CostEngine::evalDedicatedHost(
    const OptionSpec &option, std::vector<CostBreakdown> &months, QStringList &explain) const
{
    const QString family = option.hostFamily.isEmpty() ? m_buckets.front().family : option.hostFamily;
    const QString where = neededBy(option);
    std::vector<std::size_t> onHost;
    std::vector<std::int64_t> capacity;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        if (b.family != family) {
            addOnDemand(i, months);
            explainOnDemand(i, explain, QStringLiteral("On-Demand (not on the %1 hosts): ").arg(family));
            continue;
        }
        const auto cap = InstanceSizing::hostCapacity(family, b.size, option.hostCapacity);
        if (!cap)
            throw InputError { m_scenario.fileName, where,
                QStringLiteral("no Dedicated Host capacity known for %1; give capacity.\"%2\"")
                    .arg(b.instanceType, b.size) };
        onHost.push_back(i);
        capacity.push_back(*cap);
    }
    if (onHost.empty())
        return;
    // [CHOICE] Sizes may share a host; each instance of size s takes 1/capacity(s) of it. Hosts are
    // allocated for the peak need and kept for the whole horizon (no hourly release).
    std::int64_t lcm = 1;
    for (std::int64_t c : capacity)
        lcm = std::lcm(lcm, c);
    std::int64_t peakUnits = 0;
    for (const std::int64_t h : m_segments) { // usage is constant within a segment
        std::int64_t units = 0;
        for (std::size_t k = 0; k < onHost.size(); ++k) {
            const std::int64_t s = m_buckets[onHost[k]].seconds[static_cast<std::size_t>(h)];
            const std::int64_t instances = (s + kHourSeconds - 1) / kHourSeconds;
            units += instances * (lcm / capacity[k]);
        }
        peakUnits = std::max(peakUnits, units);
    }
    const std::int64_t hosts = (peakUnits + lcm - 1) / lcm;
    PriceQuery q { PriceItem::DedicatedHostHourly, m_scenario.region, family,
        m_buckets[onHost.front()].platform, Offer(), QString() };
    const Money rate = price(q, where);
    for (int m = 0; m < m_timeline.months(); ++m)
        months[static_cast<std::size_t>(m)].compute += times(rate, hosts * m_timeline.hoursInMonth(m));
    const Bucket &first = m_buckets[onHost.front()];
    explain << QStringLiteral(
        "%1 %2 host(s) for a peak of %3 (a host holds %4 x %5) x %6 USD/h x %7 h = %8 USD")
                   .arg(hosts)
                   .arg(family)
                   .arg(onHost.size() == 1 ? plural(peakUnits / (lcm / capacity.front()),
                            QStringLiteral("instance"), QStringLiteral("instances"))
                                           : QStringLiteral("mixed sizes"))
                   .arg(capacity.front())
                   .arg(first.instanceType, rate.toPlainString())
                   .arg(m_timeline.hours())
                   .arg((rate * (hosts * m_timeline.hours())).toString(2));
}

void CostEngine::evalDedicatedInstance(
    const OptionSpec &option, std::vector<CostBreakdown> &months, QStringList &explain) const
{
    for (const Bucket &b : m_buckets) {
        const Money rate = price(query(PriceItem::DedicatedInstanceHourly, b), neededBy(option));
        Money total;
        for (int m = 0; m < m_timeline.months(); ++m) {
            const Money c = fromNanoSeconds(
                static_cast<Wide>(b.monthSeconds[static_cast<std::size_t>(m)]) * rate.nanos());
            months[static_cast<std::size_t>(m)].compute += c;
            total += c;
        }
        explain << QStringLiteral("Dedicated %1: %2 instance-hours x %3 USD/h = %4 USD")
                       .arg(b.instanceType, hoursText(b.totalSeconds), rate.toPlainString(),
                           total.toString(2));
    }
}

} // namespace ec2lab
