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
        // [AWS] 12 months of 750 h/month of the Region's micro type (t2.micro, or t3.micro where the
        // Region has no t2.micro), one pool for Linux, RHEL and SLES and one for Windows; 30 GB of
        // EBS, 750 h of public IPv4. [CHOICE] the account is opened at the scenario start.
        const QString micro = legacyFreeTierType(m_scenario.region);
        const int freeMonths = std::min(12, monthCount);
        std::int64_t freeLinux = 0;
        std::int64_t freeWindows = 0;
        for (std::size_t i = 0; i < m_buckets.size(); ++i)
            addOnDemand(i, months);
        auto eligible = [&micro](const Bucket &b) {
            return b.instanceType == micro && b.tenancy == Tenancy::Shared
                && legacyFreeTierPool(b.platform) != FreeTierPool::None;
        };
        // Subtract the free hours month by month (each pool is shared by its buckets in order).
        for (int m = 0; m < freeMonths; ++m) {
            std::int64_t linuxPool = 750 * kHourSeconds;
            std::int64_t windowsPool = 750 * kHourSeconds;
            Wide paid = 0;
            Wide all = 0;
            for (const Bucket &b : m_buckets) {
                const std::int64_t s = b.monthSeconds[static_cast<std::size_t>(m)];
                all += static_cast<Wide>(s) * b.onDemandRate.nanos();
                std::int64_t free = 0;
                if (eligible(b)) {
                    const bool windows = legacyFreeTierPool(b.platform) == FreeTierPool::Windows;
                    std::int64_t &pool = windows ? windowsPool : linuxPool;
                    free = std::min(pool, s);
                    pool -= free;
                    (windows ? freeWindows : freeLinux) += free;
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
        l.instanceType = micro;
        l.region = m_scenario.region;
        l.months = freeMonths;
        l.seconds = freeLinux;
        l.windowsSeconds = freeWindows;
        explain.push_back(l);
        for (std::size_t i = 0; i < m_buckets.size(); ++i) {
            if (!eligible(m_buckets[i]))
                explainOnDemand(i, explain, CalcLine::Scope::NotEligible);
        }
        return;
    }

    // The 2025 Free plan [AWS]: credits pay every charge; the Free plan ends after 6 months or when
    // the credits run out, and allows only some instance types. An account that upgrades to the
    // Paid plan keeps its remaining credits until 12 months after sign-up. ec2lab assumes the
    // upgrade when the horizon is longer than 6 months (at the end of month 6), when a workload
    // uses a type the Free plan does not allow (at the start), and when the credits run out
    // before the horizon ends; [CHOICE] sign-up is at the scenario start.
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        addOnDemand(i, months);
    QStringList notAllowed;
    for (const Bucket &b : m_buckets)
        if (!isFreePlanType(b.instanceType) && !notAllowed.contains(b.instanceType))
            notAllowed << b.instanceType;
    Money balance = option.freeTier.signupCredits + option.freeTier.earnedCredits;
    const Money initial = balance;
    const int creditMonths = std::min(12, monthCount);
    int usedUpMonth = 0; // 1-based; 0 = never
    for (int m = 0; m < creditMonths && balance > Money(); ++m) {
        auto &month = months[static_cast<std::size_t>(m)];
        const Money due = month.total();
        if (due <= Money())
            continue;
        const Money used = std::min(due, balance);
        month.credits -= used;
        balance -= used;
        if (balance.isZero())
            usedUpMonth = m + 1;
    }
    CalcLine l(CalcLine::Kind::FreePlanCredits);
    l.credits = initial;
    l.signupCredits = option.freeTier.signupCredits;
    l.earnedCredits = option.freeTier.earnedCredits;
    l.amount = initial - balance;
    l.creditsUsedUp = usedUpMonth > 0;
    l.endMonth = usedUpMonth;
    l.creditsLeft = balance;
    l.months = monthCount;
    explain.push_back(l);
    CalcLine path(CalcLine::Kind::FreePlanPath);
    if (!notAllowed.isEmpty()) {
        path.freePlanPath = CalcLine::FreePlanPath::PaidFromStart;
        path.instanceTypes = notAllowed;
    } else if (usedUpMonth > 0 && usedUpMonth <= 6 && usedUpMonth < monthCount) {
        path.freePlanPath = CalcLine::FreePlanPath::UntilCreditsRunOut;
        path.endMonth = usedUpMonth;
    } else if (monthCount > 6) {
        path.freePlanPath = CalcLine::FreePlanPath::UpgradeAfterSixMonths;
    } else {
        path.freePlanPath = CalcLine::FreePlanPath::WholeHorizon;
    }
    explain.push_back(path);
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        explainOnDemand(i, explain, CalcLine::Scope::OnDemand);
}

} // namespace ec2lab
