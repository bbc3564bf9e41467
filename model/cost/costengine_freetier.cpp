// Part of CostEngine (costengine.h): the legacy Free Tier and the 2025 Free plan, kept in a file of its own
// behind the engine.
#include "cost/costengine.h"
#include "cost/costmath.h"

#include <algorithm>

namespace ec2lab {

using namespace costmath;

// ---- Free Tier ----------------------------------------------------------------------------------

void CostEngine::evalFreeTier(
    const OptionSpec &option, std::vector<CostBreakdown> &months, QStringList &explain) const
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
        explain << QStringLiteral(
            "Free Tier (legacy): %1 in %2, 750 h/month for Linux, RHEL and SLES and 750 h/month for "
            "Windows, 30 GB of EBS and 750 h of public IPv4 free for the first %3 months; %4 free "
            "Linux and %5 free Windows instance-hours used")
                       .arg(micro, m_scenario.region)
                       .arg(freeMonths)
                       .arg(hoursText(freeLinux), hoursText(freeWindows));
        for (std::size_t i = 0; i < m_buckets.size(); ++i) {
            if (!eligible(m_buckets[i]))
                explainOnDemand(i, explain, QStringLiteral("Not eligible, On-Demand: "));
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
    explain << QStringLiteral("Free plan (2025): %1 USD of credits (%2 at sign-up + %3 earned) pay all "
                              "charges; %4 USD used%5")
                   .arg(initial.toString(2), option.freeTier.signupCredits.toString(2),
                       option.freeTier.earnedCredits.toString(2), (initial - balance).toString(2),
                       usedUpMonth > 0 ? QStringLiteral(", used up in month %1").arg(usedUpMonth)
                           : monthCount > 12
                           ? QStringLiteral(", %1 USD left expire after month 12 (12 months after sign-up)")
                                 .arg(balance.toString(2))
                           : QStringLiteral(", %1 USD left at the horizon").arg(balance.toString(2)));
    if (!notAllowed.isEmpty())
        explain << QStringLiteral(
            "Paid plan from the start: %1 not a Free plan instance type (the Free plan allows "
            "t3.micro, t3.small, t4g.micro, t4g.small, c7i-flex.large, m7i-flex.large); credits "
            "apply until 12 months after sign-up")
                       .arg(notAllowed.join(QStringLiteral(", "))
                           + (notAllowed.size() == 1 ? u" is" : u" are"));
    else if (usedUpMonth > 0 && usedUpMonth <= 6 && usedUpMonth < monthCount)
        explain << QStringLiteral("Free plan until the credits run out in month %1, then the Paid plan")
                       .arg(usedUpMonth);
    else if (monthCount > 6)
        explain << QStringLiteral(
            "Free plan for months 1-6, then the Paid plan (the horizon is longer than 6 months): "
            "remaining credits apply until 12 months after sign-up");
    else
        explain << QStringLiteral("Free plan for the whole horizon (at most 6 months)");
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        explainOnDemand(i, explain, QStringLiteral("On-Demand: "));
}

} // namespace ec2lab
