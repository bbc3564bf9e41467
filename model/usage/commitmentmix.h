#pragma once

#include "money.h"
#include "usage/commitmentadvisor.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace ec2lab::usage {

/// The three commitments the mixed recommendation can buy, in the order AWS applies them.
enum class Instrument : quint8 { StandardReserved, Ec2InstanceSavingsPlan, ComputeSavingsPlan };

/// One purchase of a recommendation: RIs of one group, one EC2 Instance Savings Plan (Region and
/// family) or the Compute Savings Plan.
struct MixPurchase
{
    Instrument instrument = Instrument::ComputeSavingsPlan;
    QString region; ///< RIs and EC2 Instance plans; empty for the Compute plan
    /// RIs: the instance type counted (the group's smallest size); EC2 Instance plan: the family
    /// ("m5"); Compute plan: empty.
    QString scope;
    qint64 count = 0; ///< RIs of that size; 0 for plans
    Money commitment; ///< plans: USD per hour; RIs: count x effective rate per hour
    Money upfront; ///< paid at each purchase (the start of every term bought)
    Money monthly; ///< the recurring fee for 730 hours
    Money total; ///< every term bought: upfront x terms + the recurring fee for every paid hour
    qint64 terms = 0; ///< terms bought (renewed while a whole term fits the horizon)
    /// Share of the paid commitment used (plans: plan-rate spend used / commitment paid; RIs:
    /// RI-hours used / RI-hours paid), 0..1, nine decimals; paid hours beyond the horizon count.
    Money utilization;
    Money coveredOnDemand; ///< what the usage it covered would have cost On-Demand
    /// The utilization at which it costs what it saves: (commitment value used) / coveredOnDemand.
    Money breakEvenUtilization;
};

/// One combination of instruments tried, with its total.
struct MixCandidate
{
    QList<Instrument> instruments; ///< in application order; empty = all On-Demand
    Money total;
    /// The RIs were sized against the types' cheapest Savings Plan rate, not On-Demand.
    bool reservedAgainstPlans = false;
};

/// The cheapest mix of Standard RIs, EC2 Instance Savings Plans and a Compute Savings Plan.
struct CommitmentMix
{
    std::vector<MixPurchase> purchases; ///< RIs, then EC2 Instance plans, then the Compute plan
    QList<Instrument> instruments; ///< the combination chosen (candidates[chosen])
    bool reservedAgainstPlans = false; ///< as MixCandidate::reservedAgainstPlans
    Money total; ///< every obligation of every term bought + the rest of the usage On-Demand
    Money onDemandTotal; ///< the horizon's usage all On-Demand
    Money savings; ///< onDemandTotal - total
    Money onDemandRemainder; ///< the usage no commitment covers, On-Demand
    std::vector<MixCandidate> candidates; ///< the eleven combinations in the order tried
    std::size_t chosen = 0;
    qint64 paidHours = 0;
    qint64 coveredHours = 0;
    /// Cumulative cost at the end of each month of 730 h (the last one possibly shorter): upfront
    /// fees when each term starts, recurring fees and the uncovered usage hour by hour; the last
    /// month also carries what is owed after the horizon. The last value equals total to within
    /// rounding (nano-dollars per hour: uncovered usage is valued hour by hour, the total rounds
    /// each type's covered value once; an RI's fees as sold against its effective rate).
    std::vector<Money> cumulative;
    std::vector<Money> onDemandCumulative; ///< the same for all On-Demand
    /// The first month from which the mix's cumulative cost stays at or below On-Demand's to the
    /// end (1-based); none when nothing is bought or it never gets there.
    std::optional<int> breakEvenMonth;
};

/// Recommends the cheapest mix of commitments for a priced usage profile.
///
/// Contract: pure and deterministic. Layers are applied in AWS's order: Standard RIs
/// (CommitmentAdvisor::reservedInstances(), per Region and family when size-flexible), then one
/// EC2 Instance Savings Plan per Region and family (instanceSavingsPlanRate; each family's
/// commitment is the optimum of its own curve over what the RIs left), then one Compute Savings
/// Plan (savingsPlanRate) at the optimum of the curve over what is left. Each layer is optimised
/// on the usage the previous layers left, with On-Demand as the alternative. All eight subsets
/// of the three layers are tried in the order: none, R, I, C, R+I, R+C, I+C, R+I+C, then R'+I,
/// R'+C, R'+I+C where R' sizes each RI group against the types' cheapest plan rate instead of
/// On-Demand (an RI then has to beat the plan that would cover that usage); the cheapest wins, the
/// earlier on ties (fewer instruments first). So the mix is never dearer than any single
/// instrument alone (that subset was tried). Whole-term obligations and renewal as in
/// CommitmentAdvisor. What a layer covered is taken out of the usage rounded down to the
/// nano-instance-hour (never more than it covered); the total of a subset is every obligation
/// of its layers plus the last layer's exact total over what it was given.
class CommitmentMixer
{
public:
    static CommitmentMix recommend(const std::vector<AdvisorSeries> &series, const AdvisorSettings &settings);
};

} // namespace ec2lab::usage
