#include "usage/usageprofile.h"

#include "usage/commitmentadvisor.h"

namespace ec2lab::usage {

UsageProfile profileOf(const FleetUsage &fleet)
{
    UsageProfile p;
    p.hours = 1;
    for (const FleetWorkload &w : fleet.workloads) {
        UsageSeries s;
        s.key = w.key;
        s.instanceHours.push_back(Money::fromUnits(w.count));
        p.series.append(std::move(s));
    }
    p.rows = fleet.running;
    p.usedRows = fleet.running;
    return p;
}

std::vector<AdvisorSeries> advisorSeries(const UsageProfile &profile,
    const std::function<std::optional<KeyRates>(const UsageKey &)> &rates, QList<UsageKey> *unpriced)
{
    std::vector<AdvisorSeries> out;
    for (const UsageSeries &s : profile.series) {
        const std::optional<KeyRates> r = rates(s.key);
        if (!r || r->onDemand.nanos() <= 0) {
            if (unpriced)
                unpriced->append(s.key);
            continue;
        }
        AdvisorSeries a;
        a.label = s.key.region + u' ' + s.key.instanceType + u' ' + platformName(s.key.platform) + u' '
            + tenancyName(s.key.tenancy);
        a.instanceHours = s.instanceHours;
        a.onDemandRate = r->onDemand;
        a.savingsPlanRate = r->savingsPlan;
        a.region = s.key.region;
        a.instanceType = s.key.instanceType;
        a.sizeFlexible = s.key.platform == Platform::Linux && s.key.tenancy == Tenancy::Shared;
        a.reservedRate = r->reserved;
        a.instanceSavingsPlanRate = r->instanceSavingsPlan;
        a.reservedUpfront = r->reservedUpfront;
        a.reservedHourly = r->reservedHourly;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace ec2lab::usage
