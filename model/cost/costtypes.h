#pragma once

#include "cost/calcline.h"
#include "cost/pricenote.h"
#include "money.h"
#include "offer.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

// Plain value types of the cost model: what a scenario asks for (workloads, usage, options) and
// what the engine answers (per-option results). No behaviour beyond small helpers lives here.

namespace ec2lab {

/// How a workload's instances use their hours.
enum class UsageKind {
    AlwaysOn, ///< every hour of the horizon
    Weekly, ///< hour ranges per weekday, repeated every week
    Utilization, ///< a steady share of every clock hour
    Lifecycle, ///< the billed runs of a lifecycle script
    BaselinePeak, ///< a baseline always on plus extra instances in peak hours
};

/// Half-open hour ranges [from, to) of one weekday, hours 0..24.
using DayHours = std::vector<std::pair<int, int>>;
/// Seven days, index 0 = Monday (ISO order), as QDate::dayOfWeek() - 1.
using WeekHours = std::array<DayHours, 7>;

/// The usage pattern of one workload.
///
/// Contract: only the fields of the chosen kind are meaningful; the scenario reader fills them in
/// range (percent 0..100, hours 0..24). For Lifecycle, tracedSeconds holds instance-seconds per
/// clock hour from the scenario start, as produced by the lifecycle adapter.
struct UsageSpec
{
    UsageKind kind = UsageKind::AlwaysOn;
    WeekHours hours; ///< Weekly: running hours; BaselinePeak: peak hours
    Money utilizationPercent; ///< Utilization: 0..100
    int baseline = 0; ///< BaselinePeak: instances always on
    int peak = 0; ///< BaselinePeak: extra instances in peak hours
    QString script; ///< Lifecycle: path of the script (resolved by the reader)
    bool fromLab = false; ///< Lifecycle: use the scenario document's own "lab" script instead
    std::vector<std::int64_t> tracedSeconds; ///< Lifecycle: instance-seconds per clock hour
    Money tracedCompute; ///< Lifecycle: the compute total the lifecycle billing meter gave
    Money tracedEbs; ///< Lifecycle: EBS total from the billing meter
    Money tracedPublicIpv4; ///< Lifecycle: public IPv4 total from the billing meter
    std::int64_t tracedEndHour = 0; ///< Lifecycle: grid hour where the script ends
};

/// One EBS volume attached to each instance of a workload.
struct EbsVolume
{
    QString type; ///< gp3, gp2, io1, ...
    std::int64_t sizeGb = 0;
};

/// A group of identical instances with one usage pattern.
struct Workload
{
    QString name;
    QString instanceType; ///< e.g. m5.large
    Platform platform = Platform::Linux;
    Tenancy tenancy = Tenancy::Shared;
    int count = 1;
    UsageSpec usage;
    std::vector<EbsVolume> ebs; ///< per instance
    int publicIpv4 = 0; ///< auto-assigned public IPv4 addresses per running instance
    Money dataTransferOutGbPerMonth; ///< whole workload, per month
    QString jsonPath; ///< where it came from, e.g. workloads[0]

    /// Largest number of instances that exist at once (they all keep their volumes).
    int maxInstances() const
    {
        return usage.kind == UsageKind::BaselinePeak ? usage.baseline + usage.peak : count;
    }
};

enum class OptionKind { OnDemand, Reserved, SavingsPlan, Spot, DedicatedHost, DedicatedInstance, FreeTier };
enum class FreeTierPlan { Legacy, Credits };

/// A purchase of \a count Reserved Instances of one offer, made at the scenario start.
struct ReservedPurchase
{
    OfferingClass offeringClass = OfferingClass::Standard;
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;
    int count = 1;
    QString instanceType; ///< the reserved type; empty = the first workload's type
    /// Buy the same again at the end of a term while a whole new term fits in the horizon
    /// (pricing.md "Renewal"); false = one term only.
    bool renew = true;

    Offer offer() const { return Offer::reserved(offeringClass, term, payment); }
};

/// A Savings Plan with an hourly commitment, bought at the scenario start.
struct SavingsPlanPurchase
{
    SavingsPlanType type = SavingsPlanType::Compute;
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;
    std::optional<Money> commitmentPerHour; ///< nullopt = propose the steady-baseline commitment
    QString family; ///< EC2 Instance plans: the family; empty = the first workload's family
    bool renew = true; ///< as ReservedPurchase::renew

    Offer offer() const { return Offer::savingsPlan(type, term, payment); }
};

/// One record of a Spot price history: the price holds from \a atSecond (seconds from the scenario
/// start, may be negative) until the next record.
struct SpotPricePoint
{
    std::int64_t atSecond = 0;
    Money price;
};

/// How Spot is priced and how often it is interrupted.
struct SpotSpec
{
    std::optional<Money> savingsPercent; ///< estimate: OD x (1 - savings%)
    std::vector<SpotPricePoint> history; ///< step function, sorted by time
    QString historyInstanceType; ///< the type the history is for (empty = first workload's)
    Money interruptionsPerMonth; ///< mean interruptions per running instance per 730 h
    std::uint64_t seed = 1;
    int paths = 1000;
};

/// The Free Tier variant compared.
struct FreeTierSpec
{
    FreeTierPlan plan = FreeTierPlan::Legacy;
    Money signupCredits = Money::fromUnits(100);
    Money earnedCredits = Money::fromUnits(0); ///< the "up to $100 more" for activities, 0..100
};

/// One way of paying for the whole scenario.
///
/// Contract: every workload is billed under the option; what the option does not cover (another
/// family, hours beyond a commitment, after a term) is billed On-Demand. Its name is not stored:
/// the app words it from the kind and parameters (app/cli/costtext.h), unless the scenario file
/// gives a "label" of the user's own.
struct OptionSpec
{
    QString id;
    QString label; ///< the scenario file's own "label" (the user's text); empty = named by the app
    OptionKind kind = OptionKind::OnDemand;
    bool portfolio = false; ///< a "portfolio" option of the scenario file (several purchases)
    std::vector<ReservedPurchase> reserved;
    std::vector<SavingsPlanPurchase> savingsPlans;
    SpotSpec spot;
    QString hostFamily; ///< DedicatedHost: the family on hosts (empty = first workload's)
    std::map<QString, int> hostCapacity; ///< DedicatedHost: instances per host by size, overrides
    /// DedicatedHost: a host reservation (Reserved, class Standard: term and payment); nullopt =
    /// On-Demand hosts.
    std::optional<Offer> hostReservation;
    bool hostRenew = true; ///< DedicatedHost: as ReservedPurchase::renew, for the host reservation
    FreeTierSpec freeTier;
    QString jsonPath; ///< e.g. options[2]; empty for options the engine proposed

    /// True for the options the engine proposed itself (not read from the scenario file).
    bool proposed() const { return jsonPath.isEmpty(); }
};

/// The money of one month (or of the whole horizon) split by cost line.
struct CostBreakdown
{
    Money compute; ///< instance usage and hourly commitment fees
    Money upfront; ///< RI / Savings Plan upfront fees
    Money ebs;
    Money publicIpv4;
    Money dataTransfer;
    Money credits; ///< negative: Free Tier credits used

    Money total() const { return compute + upfront + ebs + publicIpv4 + dataTransfer + credits; }
    CostBreakdown &operator+=(const CostBreakdown &o)
    {
        compute += o.compute;
        upfront += o.upfront;
        ebs += o.ebs;
        publicIpv4 += o.publicIpv4;
        dataTransfer += o.dataTransfer;
        credits += o.credits;
        return *this;
    }
};

/// p10 / p50 / p90 bands of a Spot Monte Carlo run, one value per month (cumulative).
struct SpotRisk
{
    int paths = 0;
    std::uint64_t seed = 0;
    std::vector<Money> costP10, costP50, costP90;
    std::vector<double> lostHoursP10, lostHoursP50, lostHoursP90; ///< lost instance-hours of work
    double meanInterruptions = 0;
};

/// Something an option's figures rest on that ec2lab could not settle as AWS bills it, shown
/// beside the option (the words are the app's).
struct CostWarning
{
    enum class Kind {
        /// Neither the price catalog nor AWS's table knows the normalization factor of
        /// \a instanceType: a size-flexible RI of its family covers it only as its own type.
        UnknownNormalizationFactor,
        /// A Savings Plan of the scenario without "commitment_per_hour" (or with "baseline"): the
        /// steady baseline it is given is 0 USD/h (no instance runs in every hour), so the plan
        /// buys nothing and the option equals On-Demand; \a offer names the plan.
        ZeroProposedCommitment,
    };
    Kind kind = Kind::UnknownNormalizationFactor;
    QString instanceType; ///< UnknownNormalizationFactor
    Offer offer; ///< ZeroProposedCommitment

    bool operator==(const CostWarning &) const = default;
};

/// What one option costs over the horizon, as values: its calculation lines are CalcLine values
/// and its name is \a option's kind and parameters (or the user's \a label); the app words both.
struct OptionResult
{
    QString id;
    QString label; ///< the user's own label from the scenario file; empty = named by the app
    OptionKind kind = OptionKind::OnDemand;
    OptionSpec option; ///< the option evaluated: its kind and parameters name it
    Money upfront; ///< every upfront fee paid over the horizon, renewals included
    Money monthly; ///< average recurring cost per month of the horizon (no upfront, nothing beyond)
    /// The AWS Pricing Calculator's normalised monthly: upfrontFirstYear / 12 + monthly.
    Money normalizedMonthly;
    Money upfrontFirstYear; ///< upfront fees paid in the first 12 months of the horizon
    /// What the option costs: everything paid inside the horizon plus committedBeyondHorizon.
    Money total;
    /// Hourly fees of commitment terms that run on after the horizon: owed, so in total, but not
    /// in any month (pricing.md section 2, "A commitment is owed for its whole term").
    Money committedBeyondHorizon;
    /// Commitments: the first commitment's hourly fee + upfront / term hours, per unit bought (one
    /// RI, one host, the plan's USD/h) (pricing.md section 1). Other options: costPerUsedHour.
    std::optional<Money> effectiveHourly;
    /// (compute + upfront + committed beyond the horizon) per used instance-hour: the blended cost
    /// of an hour of usage, On-Demand hours included.
    std::optional<Money> costPerUsedHour;
    Money savingsPercent; ///< vs On-Demand, percent
    std::optional<int> breakEvenMonth; ///< 1-based
    std::optional<Money> breakEvenUtilizationPercent;
    std::vector<Money> cumulative; ///< end of month k+1, upfront included
    std::vector<CostBreakdown> months;
    CostBreakdown breakdown;
    CalcLines explain; ///< the "show calculation" lines, in order
    std::optional<SpotRisk> spotRisk;
    std::vector<PriceNote> priceNotes; ///< estimated or derived prices it used, in lookup order
    std::vector<DatedPrice> pricesUsed; ///< every dated price it used, in lookup order
    /// Every price it used that carries no publication date (a scenario's own price without a
    /// "prices.snapshot", a catalog price imported without one), in lookup order.
    std::vector<DatedPrice> undatedPricesUsed;
    std::vector<CostWarning> warnings;
};

/// Everything `ec2lab cost` reports, as values (the app words the assumptions and lines).
struct CostReport
{
    int horizonMonths = 0;
    int hoursPerMonth = 730; ///< 0 in calendar mode
    QDate start;
    QString priceSnapshot;
    /// Oldest and newest publication dates of the prices the options used (invalid when none
    /// of them is dated), and every used price more than a year older than the newest.
    QDate pricesFrom;
    QDate pricesTo;
    std::vector<DatedPrice> stalePrices;
    /// Every price the options used that carries no date: the range above does not cover them.
    std::vector<DatedPrice> undatedPrices;
    QString region; ///< the scenario's Region code (set by CostRun; empty from CostEngine alone)
    std::vector<AssumptionNote> assumptions;
    std::vector<OptionResult> options;
};

} // namespace ec2lab
