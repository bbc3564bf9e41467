// Part of CostEngine (costengine.h): the legacy Free Tier and the 2025 Free plan, kept in a file of its own
// behind the engine.
#include "cost/costengine.h"
#include "cost/costmath.h"

#include <algorithm>

namespace ec2lab {

using namespace costmath;

// ---- Free Tier ----------------------------------------------------------------------------------

void CostEngine::evalFreeTier(
    const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain) const
{
    const int monthCount = m_timeline.months();
    if (option.freeTier.plan == FreeTierPlan::Legacy) {
        // [AWS] 12 months of 750 h/month of t2.micro / t3.micro pooled, 30 GB of EBS, 750 h of public
        // IPv4. [CHOICE] the account is opened at the scenario start; both micro types share the pool.
        const int freeMonths = std::min(12, monthCount);
        std::int64_t freeUsed = 0;
        for (std::size_t i = 0; i < m_buckets.size(); ++i)
            addOnDemand(i, months);
        // Subtract the free hours month by month (the pool is shared by eligible buckets in order).
        for (int m = 0; m < freeMonths; ++m) {
            std::int64_t pool = 750 * kHourSeconds;
            Wide paid = 0;
            Wide all = 0;
            for (const Bucket &b : m_buckets) {
                const std::int64_t s = b.monthSeconds[static_cast<std::size_t>(m)];
                all += static_cast<Wide>(s) * b.onDemandRate.nanos();
                std::int64_t free = 0;
                if (isLegacyFreeTierType(b.instanceType) && b.tenancy == Tenancy::Shared) {
                    free = std::min(pool, s);
                    pool -= free;
                    freeUsed += free;
                }
                paid += static_cast<Wide>(s - free) * b.onDemandRate.nanos();
            }
            auto &month = months[static_cast<std::size_t>(m)];
            month.compute += fromNanoSeconds(paid) - fromNanoSeconds(all);
            // 30 GB-month of General Purpose SSD or Magnetic storage.
            std::int64_t gbPool = 30;
            for (const EbsLine &l : m_ebsLines) {
                if (l.type != u"gp2" && l.type != u"gp3" && l.type != u"standard")
                    continue;
                const std::int64_t free = std::min(gbPool, l.gb);
                gbPool -= free;
                month.ebs -= l.rate * free;
            }
            const std::int64_t addr = m_ipv4AddressSeconds[static_cast<std::size_t>(m)];
            const std::int64_t freeAddr = std::min<std::int64_t>(750 * kHourSeconds, addr);
            month.publicIpv4 -= m_ipv4Month[static_cast<std::size_t>(m)]
                - m_tracedIpv4Month[static_cast<std::size_t>(m)]
                - m_ipv4Rate.mulDiv(addr - freeAddr, kHourSeconds);
        }
        CalcLine l(CalcLine::Kind::FreeTierLegacy);
        l.months = freeMonths;
        l.seconds = freeUsed;
        explain.push_back(l);
        for (std::size_t i = 0; i < m_buckets.size(); ++i) {
            if (!isLegacyFreeTierType(m_buckets[i].instanceType))
                explainOnDemand(i, explain, CalcLine::Scope::NotEligible);
        }
        return;
    }

    // The 2025 credit plan: credits pay every charge until they run out or 6 months pass; then the
    // account is upgraded to the paid plan [CHOICE: unused credits then expire] and billing goes on
    // at On-Demand.
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        addOnDemand(i, months);
    Money balance = option.freeTier.signupCredits + option.freeTier.earnedCredits;
    const Money initial = balance;
    const int planMonths = std::min(6, monthCount);
    int endedMonth = planMonths;
    for (int m = 0; m < planMonths; ++m) {
        auto &month = months[static_cast<std::size_t>(m)];
        const Money due = month.total();
        const Money used = std::min(due, balance);
        month.credits -= used;
        balance -= used;
        if (balance.isZero()) {
            endedMonth = m + 1;
            break;
        }
    }
    CalcLine l(CalcLine::Kind::FreePlanCredits);
    l.credits = initial;
    l.signupCredits = option.freeTier.signupCredits;
    l.earnedCredits = option.freeTier.earnedCredits;
    l.amount = initial - balance;
    l.endMonth = endedMonth;
    l.creditsUsedUp = balance.isZero();
    explain.push_back(l);
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        explainOnDemand(i, explain, CalcLine::Scope::OnDemand);
}

} // namespace ec2lab
