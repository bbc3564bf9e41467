#pragma once

#include "money.h"
#include "offer.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace ec2lab {

/// One "show calculation" line of an option: which arithmetic it shows (its kind) and the values
/// in it. The model fills it; the app turns it into words (app/cli/costtext.h: the command line's
/// English, and through the GUI's translator the interface language).
///
/// Contract: values, never words. Every amount is computed by the engine (the words only format
/// it); the fields a kind uses are listed at the kind, the others keep their defaults. A new line
/// shape is a new Kind: add it here (with its fields), fill it in the engine, and give it its
/// English in costtext.cpp (and its Korean in app/translations/ec2lab_ko.ts).
struct CalcLine
{
    enum class Kind {
        /// instances x rate USD/h x 730 h/month = amount USD/month (constant usage, 730-h months).
        /// Fields: scope, instances, rate, hours (730), amount.
        OnDemandMonthly,
        /// instanceType: seconds as instance-hours x rate USD/h = amount USD over months months
        /// (averageHours instance-hours/month on average). Fields: scope, instanceType, seconds,
        /// rate, amount, months, averageHours.
        OnDemandHours,
        /// On-Demand instanceType: seconds as instance-hours x rate USD/h = amount USD (what the
        /// commitments leave). Fields: instanceType, seconds, rate, amount.
        OnDemandRest,
        /// instances x instanceType RI (offer): purchases x rate USD upfront = amount USD.
        RiUpfront,
        /// instances x instanceType RI (offer): instances x rate USD/h x hours h = amount USD.
        RiHourly,
        /// instances x instanceType RI (offer) covers seconds instance-hours of usage; sizeFlexible:
        /// within family.
        RiCoverage,
        /// offer's Savings Plan: rate USD/h commitment x hours h = amount USD; proposed: the
        /// commitment is the engine's steady-baseline proposal.
        SpCommitment,
        /// offer's Savings Plan covers seconds instance-hours at plan rates.
        SpCoverage,
        /// EBS volumeType: gb GB x rate USD/GB-month = amount USD/month.
        Ebs,
        /// Lifecycle trace workload (scriptFile): billing meter EBS ebs USD, public IPv4 publicIpv4 USD.
        LifecycleTrace,
        /// Public IPv4: seconds as address-hours x rate USD/h = amount USD over months months.
        PublicIpv4,
        /// Data transfer out (months firstMonth-lastMonth; 0 = every month): quantity GB/month:
        /// pieces (the free GB, then GB x rate USD/GB per tier) = amount USD/month.
        DataTransfer,
        /// Spot instanceType: onDemandRate USD/h x (1 - percent%) = rate USD/h.
        SpotEstimate,
        /// Spot instanceType: seconds as instance-hours at the price history (records records)
        /// = amount USD.
        SpotHistory,
        /// Spot interruptions: quantity per instance-month; Monte Carlo of paths paths (seed seed),
        /// on average meanInterruptions over the horizon.
        SpotInterruptions,
        /// host sizing (below) x rate USD/h x hours h = amount USD (On-Demand hosts).
        HostOnDemand,
        /// host sizing, host reservation (offer): purchases x rate USD upfront = amount USD.
        HostReservedUpfront,
        /// host sizing, host reservation (offer): hosts x rate USD/h x hours h = amount USD.
        HostReservedHourly,
        /// On-Demand family hosts after the offer's term: hosts x rate USD/h x hours h = amount USD.
        HostOnDemandAfterTerm,
        /// host reservation (offer) still owed after the horizon: hosts x rate USD/h x hours h =
        /// amount USD (not in the total).
        HostStillOwed,
        /// Dedicated instanceType: seconds as instance-hours x rate USD/h = amount USD.
        DedicatedInstance,
        /// Dedicated per-Region fee (region): hours with a Dedicated Instance running x rate USD/h =
        /// amount USD.
        DedicatedRegionFee,
        /// Legacy Free Tier: instanceType (the Region's micro type) in region, a Linux/RHEL/SLES
        /// pool and a Windows pool of 750 h/month, free for the first months months; seconds free
        /// Linux and windowsSeconds free Windows instance-hours used.
        FreeTierLegacy,
        /// 2025 Free plan: credits (signupCredits + earnedCredits) pay all charges; amount used;
        /// creditsUsedUp: used up in month endMonth, else creditsLeft are left, expiring after
        /// month 12 when months (the horizon) is longer than 12.
        FreePlanCredits,
        /// 2025 Free plan: which plan the account is on (freePlanPath); PaidFromStart lists the
        /// instanceTypes the Free plan does not allow; UntilCreditsRunOut ends in month endMonth.
        FreePlanPath,
    };

    /// How a comparison on the 2025 Free plan goes (FreePlanPath).
    enum class FreePlanPath {
        PaidFromStart, ///< a type the Free plan does not allow: the Paid plan from the start
        UntilCreditsRunOut, ///< the Free plan until the credits run out, then the Paid plan
        UpgradeAfterSixMonths, ///< horizon longer than 6 months: the Paid plan from month 7
        WholeHorizon, ///< the Free plan for the whole horizon (at most 6 months)
    };

    /// One piece of a DataTransfer line: free GB, or GB x rate USD/GB.
    struct TransferPiece
    {
        Money gb;
        Money rate;
        bool free = false;
    };

    /// Which usage an On-Demand line (OnDemandMonthly, OnDemandHours) bills.
    enum class Scope {
        All, ///< the option bills everything On-Demand
        OnDemand, ///< the rest after the Free plan's credits, billed On-Demand
        NotEligible, ///< a type the legacy Free Tier does not cover
        NotOnHosts, ///< a family other than the Dedicated Hosts' (family)
    };

    explicit CalcLine(Kind k)
        : kind(k)
    {
    }

    Kind kind;
    Scope scope = Scope::All;
    QString instanceType;
    QString family; ///< RiCoverage, Host*: the family; NotOnHosts scope: the hosts' family
    QString volumeType; ///< Ebs
    QString workload; ///< LifecycleTrace: the workload's name
    QString scriptFile; ///< LifecycleTrace: the script's file name
    QString region; ///< DedicatedRegionFee, FreeTierLegacy
    QStringList instanceTypes; ///< FreePlanPath (PaidFromStart): the types the Free plan does not allow
    std::vector<TransferPiece> pieces; ///< DataTransfer
    int firstMonth = 0; ///< DataTransfer: 1-based first month of the line, 0 = every month
    int lastMonth = 0; ///< DataTransfer: 1-based last month of the line
    std::int64_t windowsSeconds = 0; ///< FreeTierLegacy: free Windows instance-seconds
    Money creditsLeft; ///< FreePlanCredits: credits not used
    FreePlanPath freePlanPath = FreePlanPath::WholeHorizon; ///< FreePlanPath
    Offer offer; ///< Ri*, Sp*, Host* (reservation): the offer
    std::int64_t instances = 0; ///< instances or RIs
    std::int64_t hosts = 0; ///< Host*: hosts allocated
    std::int64_t purchases = 0; ///< RiUpfront, HostReservedUpfront: fees paid (renewals included)
    std::int64_t capacity = 0; ///< Host*: instances of instanceType a host holds
    std::optional<std::int64_t> peakInstances; ///< Host*: the peak; nullopt = mixed sizes
    std::int64_t gb = 0; ///< Ebs: GB per instance-volume line
    std::int64_t records = 0; ///< SpotHistory: records of the history
    std::int64_t paths = 0; ///< SpotInterruptions
    std::uint64_t seed = 0; ///< SpotInterruptions
    std::int64_t hours = 0; ///< whole hours
    std::int64_t seconds = 0; ///< instance-seconds (or address-seconds), shown as hours
    int months = 0; ///< months of the horizon (or of the free period)
    int endMonth = 0; ///< FreePlanCredits: 1-based month the plan ends after
    Money rate; ///< the rate or fee of the line
    Money onDemandRate; ///< SpotEstimate: the On-Demand rate it starts from
    Money percent; ///< SpotEstimate: the Spot savings, percent
    Money quantity; ///< DataTransfer: GB per month; SpotInterruptions: per instance-month
    Money amount; ///< the line's result
    Money averageHours; ///< OnDemandHours: instance-hours per month on average
    Money ebs; ///< LifecycleTrace
    Money publicIpv4; ///< LifecycleTrace
    Money credits; ///< FreePlanCredits: all credits
    Money signupCredits; ///< FreePlanCredits
    Money earnedCredits; ///< FreePlanCredits
    double meanInterruptions = 0; ///< SpotInterruptions: mean over the paths
    bool proposed = false; ///< SpCommitment
    bool sizeFlexible = false; ///< RiCoverage
    bool creditsUsedUp = false; ///< FreePlanCredits
};

using CalcLines = std::vector<CalcLine>;

/// One assumption a cost report rests on, as a value (the app words it, as for CalcLine).
struct AssumptionNote
{
    enum class Kind {
        CalendarMonths, ///< calendar months from date (real hours of each month)
        Months730, ///< months of 730 hours; terms of 8,760 h and 26,280 h
        HourlyGrid, ///< clock hours from date 00:00 UTC; commitments bought at the start
        CommitmentOrder, ///< RIs first (smallest first), then EC2 Instance and Compute Savings Plans
        PublicIpv4Billing, ///< per address-hour from 2024-02-01
        EbsAllMonth, ///< volumes exist all month for every instance
        PricesInUsd, ///< USD, taxes excluded
        MacOnHost, ///< Mac On-Demand priced as one Dedicated Host each
        DataTransferFlat, ///< 100 GB a month free (1 GB before 2021-12-01), then the scenario's rate
        DataTransferTiers, ///< 100 GB a month free (1 GB before 2021-12-01), then AWS's tiers
        DedicatedRegionFee, ///< Dedicated Instances pay the per-Region fee every hour one runs
        LegacyFreeTier, ///< account opens at the start; two 750-h pools of instanceType
        FreePlan, ///< sign-up at the start; upgrade after month 6; credits until month 12
    };

    Kind kind;
    QDate date; ///< CalendarMonths, HourlyGrid: the scenario start
    QString instanceType = {}; ///< LegacyFreeTier: the Region's micro type

    bool operator==(const AssumptionNote &) const = default;
};

} // namespace ec2lab
