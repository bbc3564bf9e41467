#pragma once

#include "cost/costtypes.h"
#include "cost/datatransfer.h"
#include "cost/pricesource.h"
#include "cost/scenario.h"
#include "cost/timeline.h"

#include <cstdint>
#include <vector>

namespace ec2lab {

/// Computes what each pricing option costs for a scenario's workloads, month by month.
///
/// Contract: the engine works on an hourly grid of instance-seconds per clock hour (per instance
/// type, platform and tenancy), so that Reserved Instances and Savings Plans apply hour by hour as
/// AWS bills them: RIs first (smallest sizes first, through normalization factors when the RI is
/// size-flexible), then EC2 Instance Savings Plans, then Compute Savings Plans (the usage with the
/// highest savings first), the rest at On-Demand. Money is exact (Money, nano-USD); hourly
/// amounts are accumulated as price x seconds and rounded once per month. Every price comes from
/// the PriceSource; a missing one throws InputError naming the price and the option (or workload)
/// that needed it. The engine is a plain value-like class; run() is const and thread-safe. It
/// returns values only: the calculation lines (CalcLine) and assumptions (AssumptionNote) are
/// kinds and numbers, and the options' names their kinds and parameters; app/ words them.
class CostEngine
{
public:
    /// Builds the hourly grid and looks up the On-Demand prices. Throws InputError.
    CostEngine(Scenario scenario, const PriceSource &prices);

    /// Every option of the scenario (or every applicable one when it lists none), On-Demand's
    /// figures as the reference for savings and break-even. Throws InputError.
    CostReport run() const;
    /// One option against the On-Demand reference. Throws InputError.
    OptionResult evaluate(const OptionSpec &option) const;
    /// The options compared when the scenario names none: On-Demand, every RI offer and Savings
    /// Plan with a price, Spot / Dedicated / Free Tier where priced or eligible.
    std::vector<OptionSpec> applicableOptions() const;
    /// The hourly commitment that the steady baseline of the usage the plan can cover would cost
    /// at the plan's rates (rounded down to 0.001 USD, AWS's commitment step), so it is never
    /// left unused. Throws InputError when a plan rate is missing.
    Money proposeSavingsPlanCommitment(const SavingsPlanPurchase &plan) const;

    /// Threads for the Spot Monte Carlo; 0 = every core (the default).
    void setMonteCarloThreads(int threads) { m_threads = threads; }

    const Timeline &timeline() const { return m_timeline; }
    const Scenario &scenario() const { return m_scenario; }
    /// AWS's Dedicated per-Region fee, charged for every hour in which at least one Dedicated
    /// Instance runs in the Region (USD 2).
    static Money dedicatedRegionFeePerHour();

    /// The assumptions every result carries (month length, date rules, modelling choices), as
    /// values the app words.
    std::vector<AssumptionNote> assumptions() const;

    /// Instance-seconds of one usage bucket (instance type + platform + tenancy) per clock hour.
    struct Bucket
    {
        QString instanceType;
        Platform platform = Platform::Linux;
        Tenancy tenancy = Tenancy::Shared;
        QString family;
        QString size;
        int quarters = 0; ///< normalization factor x 4; 0 when unknown
        Money onDemandRate;
        std::vector<std::int64_t> seconds; ///< per hour
        std::vector<std::int64_t> monthSeconds; ///< per month
        std::int64_t totalSeconds = 0;
        std::int64_t minSeconds = 0; ///< steady baseline over the horizon
        bool constant = false; ///< the same every hour
        int firstWorkload = 0;
    };
    const std::vector<Bucket> &buckets() const { return m_buckets; }
    /// First hours of the runs of hours with the same usage in every bucket (cut at month starts).
    const std::vector<std::int64_t> &segments() const { return m_segments; }

    // For the option evaluators behind the engine (CommitmentAllocation, ...).
    /// The price, or InputError naming it and \a neededBy (a JSON path).
    Money price(const PriceQuery &query, const QString &neededBy) const;
    std::optional<Money> optionalPrice(const PriceQuery &query) const;
    /// A query for \a bucket's instance type and platform in the scenario's region.
    PriceQuery query(PriceItem item, const Bucket &bucket, const Offer &offer = Offer()) const;
    /// The JSON path (or id) that names \a option in error messages.
    QString neededBy(const OptionSpec &option) const;

private:
    void buildGrid();
    void buildSideLines();
    /// Records an estimated or derived price in the running evaluation's OptionResult::priceNotes.
    void notePrice(const PriceQuery &query, Money value) const;

    void evalSpot(const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain,
        std::optional<SpotRisk> &risk) const;
    void evalDedicatedHost(
        const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain) const;
    void evalDedicatedInstance(
        const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain) const;
    void evalFreeTier(const OptionSpec &option, std::vector<CostBreakdown> &months, CalcLines &explain) const;
    void addOnDemand(std::size_t bucket, std::vector<CostBreakdown> &months) const;
    void addSideLines(std::vector<CostBreakdown> &months, CalcLines &explain) const;
    /// The On-Demand line of \a bucket; \a scope (and \a hostFamily for NotOnHosts) says which part.
    void explainOnDemand(std::size_t bucket, CalcLines &explain, CalcLine::Scope scope,
        const QString &hostFamily = QString()) const;
    OptionResult finish(const OptionSpec &option, std::vector<CostBreakdown> months, CalcLines explain,
        const OptionResult *onDemand) const;
    OptionResult evaluateWith(const OptionSpec &option, const OptionResult *onDemand) const;
    OptionResult evaluateUnchecked(const OptionSpec &option) const;
    CostReport runUnchecked() const;
    [[noreturn]] void failTooLarge() const;

    Scenario m_scenario;
    const PriceSource &m_prices;
    Timeline m_timeline;
    std::vector<Bucket> m_buckets;
    std::vector<std::int64_t> m_segments; ///< first hours of runs of identical usage (and of months)
    // Option-independent lines per month.
    std::vector<Money> m_ebsMonth;
    std::vector<Money> m_ipv4Month;
    std::vector<Money> m_tracedIpv4Month; ///< lifecycle traces' IPv4 amounts (no free allowance)
    std::vector<Money> m_transferMonth;
    std::vector<std::int64_t> m_ipv4AddressSeconds; ///< billable (after the 2024-02-01 rule) per month
    Money m_ipv4Rate;
    struct EbsLine
    {
        QString type;
        std::int64_t gb = 0; ///< all instances' volumes of the type
        Money rate;
    };
    std::vector<EbsLine> m_ebsLines;
    Money m_transferGbPerMonth;
    std::vector<DataTransferOut::Tier> m_transferTiers; ///< the scenario's one rate, or AWS's tiers
    bool m_transferFlat = false; ///< the scenario gave one rate
    std::vector<std::vector<DataTransferOut::Piece>> m_transferPieces; ///< per month
    int m_threads = 0;
    bool m_macOnHostPrice = false; ///< a mac bucket's On-Demand rate is its host's price
    std::vector<PriceNote> m_baseNotes; ///< notes of the prices looked up by the constructor
};

} // namespace ec2lab
