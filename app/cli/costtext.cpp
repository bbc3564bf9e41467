#include "cli/costtext.h"

#include "offer.h"

namespace ec2lab {

namespace {

constexpr std::int64_t kHourSeconds = 3600;

/// "12.5": instance-seconds as hours, two decimals.
QString hoursText(std::int64_t seconds)
{
    return Money::fromUnits(seconds).mulDiv(1, kHourSeconds).rounded(2).toPlainString();
}

QString num(std::int64_t n)
{
    return QString::number(n);
}

} // namespace

namespace {

// Small pieces shared by several lines and names (in the CostText context, as CostText::tr).
namespace Words {
QString term(Term t)
{
    //: A commitment term in an option name or calculation line
    return t == Term::OneYear ? CostText::tr("1yr") : CostText::tr("3yr");
}

QString payment(PurchaseOption p)
{
    switch (p) {
    case PurchaseOption::NoUpfront:
        //: A Reserved Instance / Savings Plan payment option in an option name
        return CostText::tr("no-upfront");
    case PurchaseOption::PartialUpfront:
        //: A Reserved Instance / Savings Plan payment option in an option name
        return CostText::tr("partial-upfront");
    case PurchaseOption::AllUpfront:
        //: A Reserved Instance / Savings Plan payment option in an option name
        return CostText::tr("all-upfront");
    }
    return QString();
}

/// "standard/1yr/all-upfront", "compute/3yr/no-upfront": the offer's key (offerKey()) in English,
/// its pieces translated in other languages.
QString offer(const Offer &o)
{
    QString kind;
    if (o.isReserved())
        //: An offering class in an offer key ("standard/1yr/no-upfront")
        kind = o.offeringClass == OfferingClass::Standard ? CostText::tr("standard")
                                                          : CostText::tr("convertible");
    else
        //: A Savings Plan type in an offer key ("compute/1yr/no-upfront")
        kind
            = o.planType == SavingsPlanType::Compute ? CostText::tr("compute") : CostText::tr("ec2-instance");
    return kind + u'/' + term(o.term) + u'/' + payment(o.payment);
}

QString instances(std::int64_t n)
{
    if (n == 1)
        //: One instance, in a calculation line
        return CostText::tr("1 instance");
    //: %1 instances (2 or more, or 0), in a calculation line
    return CostText::tr("%1 instances").arg(n);
}

/// "2 x m5.large RI (standard/1yr/all-upfront)"
QString ri(const CalcLine &l)
{
    //: %1 how many Reserved Instances, %2 the instance type, %3 the offer (class/term/payment)
    return CostText::tr("%1 x %2 RI (%3)").arg(num(l.instances), l.instanceType, offer(l.offer));
}

/// "Compute Savings Plan (compute/1yr/no-upfront)"
QString plan(const CalcLine &l)
{
    if (l.offer.planType == SavingsPlanType::Compute)
        //: %1 the plan's offer (type/term/payment)
        return CostText::tr("Compute Savings Plan (%1)").arg(offer(l.offer));
    //: %1 the plan's offer (type/term/payment)
    return CostText::tr("EC2 Instance Savings Plan (%1)").arg(offer(l.offer));
}

/// "2 m5 host(s) for a peak of 40 instances (a host holds 48 x m5.large)"
QString hostSizing(const CalcLine &l)
{
    const QString peak = l.peakInstances ? instances(*l.peakInstances) : CostText::tr("mixed sizes");
    //: %1 hosts, %2 the host family, %3 the peak ("40 instances" or "mixed sizes"), %4 how many
    //: instances of type %5 one host holds
    return CostText::tr("%1 %2 host(s) for a peak of %3 (a host holds %4 x %5)")
        .arg(num(l.hosts), l.family, peak, num(l.capacity), l.instanceType);
}

/// "host reservation 1yr no-upfront"
QString hostReservation(const Offer &o)
{
    //: %1 the term (1yr, 3yr), %2 the payment option (no-upfront, ...), in keys
    return CostText::tr("host reservation %1 %2").arg(term(o.term), payment(o.payment));
}

/// The commitment a terms line is about: "1 x m5.large RI (...)", "Compute Savings Plan (...)",
/// "host reservation 1yr no-upfront".
QString subject(const CalcLine &l)
{
    switch (l.subject) {
    case CalcLine::Subject::Ri:
        return ri(l);
    case CalcLine::Subject::SavingsPlan:
        return plan(l);
    case CalcLine::Subject::HostReservation:
        return hostReservation(l.offer);
    }
    return QString();
}

/// Exact instance-hours (fractions of a second counted) as two decimals.
QString exactHours(const CalcLine &l)
{
    return l.exactHours.rounded(2).toPlainString();
}

QString scope(const CalcLine &l)
{
    switch (l.scope) {
    case CalcLine::Scope::All:
        return QString();
    case CalcLine::Scope::OnDemand:
        //: Starts a calculation line: the rest billed On-Demand (after the Free plan's credits)
        return CostText::tr("On-Demand: ");
    case CalcLine::Scope::NotEligible:
        //: Starts a calculation line: an instance type the legacy Free Tier does not cover
        return CostText::tr("Not eligible, On-Demand: ");
    case CalcLine::Scope::NotOnHosts:
        //: Starts a calculation line; %1 is the family on the Dedicated Hosts
        return CostText::tr("On-Demand (not on the %1 hosts): ").arg(l.family);
    }
    return QString();
}
} // namespace Words

} // namespace

QString CostText::optionName(const OptionResult &result)
{
    if (!result.label.isEmpty())
        return result.label;
    OptionSpec spec = result.option;
    spec.kind = result.kind;
    return optionName(spec);
}

QString CostText::optionName(const OptionSpec &o)
{
    if (!o.label.isEmpty())
        return o.label;
    if (o.portfolio)
        //: %1 Reserved Instance purchases and %2 Savings Plans in one option
        return tr("Portfolio: %1 RI purchase(s), %2 Savings Plan(s)")
            .arg(num(static_cast<std::int64_t>(o.reserved.size())),
                num(static_cast<std::int64_t>(o.savingsPlans.size())));
    switch (o.kind) {
    case OptionKind::OnDemand:
        return tr("On-Demand");
    case OptionKind::Reserved: {
        if (o.reserved.empty())
            return tr("Reserved Instances");
        const ReservedPurchase &p = o.reserved.front();
        const QString term = Words::term(p.term);
        const QString payment = Words::payment(p.payment);
        if (p.offeringClass == OfferingClass::Standard)
            //: An option name: %1 the term, %2 the payment option, %3 how many instances
            return tr("Standard RI %1 %2 x%3").arg(term, payment, num(p.count));
        //: An option name: %1 the term, %2 the payment option, %3 how many instances
        return tr("Convertible RI %1 %2 x%3").arg(term, payment, num(p.count));
    }
    case OptionKind::SavingsPlan: {
        if (o.savingsPlans.empty())
            return tr("Savings Plans");
        const SavingsPlanPurchase &p = o.savingsPlans.front();
        const QString term = Words::term(p.term);
        const QString payment = Words::payment(p.payment);
        const bool compute = p.type == SavingsPlanType::Compute;
        // The engine's own proposals name the commitment it chose (the user never typed it).
        if (o.proposed() && p.commitmentPerHour) {
            const QString commitment = p.commitmentPerHour->toPlainString();
            if (compute)
                //: An option name: %1 the term, %2 the payment option, %3 the hourly commitment
                return tr("Compute Savings Plan %1 %2 (%3 USD/h)").arg(term, payment, commitment);
            //: An option name: %1 the term, %2 the payment option, %3 the hourly commitment
            return tr("EC2 Instance Savings Plan %1 %2 (%3 USD/h)").arg(term, payment, commitment);
        }
        if (compute)
            //: An option name: %1 the term, %2 the payment option
            return tr("Compute Savings Plan %1 %2").arg(term, payment);
        //: An option name: %1 the term, %2 the payment option
        return tr("EC2 Instance Savings Plan %1 %2").arg(term, payment);
    }
    case OptionKind::Spot:
        return o.spot.history.empty() ? tr("Spot") : tr("Spot (price history)");
    case OptionKind::DedicatedHost: {
        // As for Savings Plans, the engine's own proposals name the family it chose.
        const QString family = o.proposed() ? o.hostFamily : QString();
        if (o.hostReservation) {
            const QString term = Words::term(o.hostReservation->term);
            const QString payment = Words::payment(o.hostReservation->payment);
            if (family.isEmpty())
                //: An option name: %1 the term, %2 the payment option
                return tr("Dedicated Host reservation %1 %2").arg(term, payment);
            //: An option name: %1 the host family, %2 the term, %3 the payment option
            return tr("Dedicated Host reservation (%1) %2 %3").arg(family, term, payment);
        }
        if (family.isEmpty())
            return tr("Dedicated Host");
        //: An option name: %1 the host family
        return tr("Dedicated Host (%1)").arg(family);
    }
    case OptionKind::DedicatedInstance:
        return tr("Dedicated Instances");
    case OptionKind::FreeTier:
        return o.freeTier.plan == FreeTierPlan::Legacy ? tr("Free Tier (legacy)") : tr("Free plan (credits)");
    }
    return o.id;
}

QString CostText::line(const CalcLine &l)
{
    using K = CalcLine::Kind;
    const QString rate = l.rate.toPlainString();
    const QString amount = l.amount.toString(2);
    switch (l.kind) {
    case K::OnDemandMonthly:
        return Words::scope(l)
            //: %1 instances ("2 instances"), %2 the hourly rate, %3 hours per month, %4 the amount per
            //: month, %5 months of the horizon, %6 the amount over the horizon
            + tr("%1 x %2 USD/h x %3 h/month = %4 USD/month x %5 months = %6 USD")
                  .arg(Words::instances(l.instances), rate, num(l.hours), amount, num(l.months),
                      l.contribution.toString(2));
    case K::OnDemandHours:
        return Words::scope(l)
            //: %1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount, %5 months,
            //: %6 the instance-hours of an average month
            + tr("%1: %2 instance-hours x %3 USD/h = %4 USD over %5 months (%6 instance-hours/month on "
                 "average)")
                  .arg(l.instanceType, hoursText(l.seconds), rate, amount, num(l.months),
                      l.averageHours.toString(2));
    case K::OnDemandRest:
        //: %1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount
        return tr("On-Demand %1: %2 instance-hours x %3 USD/h = %4 USD")
            .arg(l.instanceType, Words::exactHours(l), rate, amount);
    case K::RiUpfront:
        //: %1 the Reserved Instances ("2 x m5.large RI (...)"), %2 fees paid, %3 the fee, %4 the amount
        return tr("%1: %2 x %3 USD upfront = %4 USD").arg(Words::ri(l), num(l.purchases), rate, amount);
    case K::RiHourly:
        //: %1 the Reserved Instances, %2 how many, %3 the hourly fee, %4 hours, %5 the amount
        return tr("%1: %2 x %3 USD/h x %4 h = %5 USD")
            .arg(Words::ri(l), num(l.instances), rate, num(l.hours), amount);
    case K::RiCoverage:
        if (l.sizeFlexible)
            //: %1 the Reserved Instances, %2 instance-hours, %3 the instance family
            return tr("%1 covers %2 instance-hours of usage (size-flexible within %3)")
                .arg(Words::ri(l), hoursText(l.seconds), l.family);
        //: %1 the Reserved Instances, %2 instance-hours
        return tr("%1 covers %2 instance-hours of usage").arg(Words::ri(l), hoursText(l.seconds));
    case K::SpCommitment:
        if (l.proposed)
            //: %1 the Savings Plan, %2 the hourly commitment, %3 hours, %4 the amount
            return tr("%1: %2 USD/h commitment x %3 h = %4 USD (proposed: the steady baseline)")
                .arg(Words::plan(l), rate, num(l.hours), amount);
        //: %1 the Savings Plan, %2 the hourly commitment, %3 hours, %4 the amount
        return tr("%1: %2 USD/h commitment x %3 h = %4 USD").arg(Words::plan(l), rate, num(l.hours), amount);
    case K::SpUpfront:
        if (l.proposed)
            //: %1 the Savings Plan, %2 fees paid (one per term), %3 the fee, %4 the amount
            return tr("%1: %2 x %3 USD upfront = %4 USD (proposed: the steady baseline)")
                .arg(Words::plan(l), num(l.purchases), rate, amount);
        //: %1 the Savings Plan, %2 fees paid (one per term), %3 the fee, %4 the amount
        return tr("%1: %2 x %3 USD upfront = %4 USD", "Savings Plan")
            .arg(Words::plan(l), num(l.purchases), rate, amount);
    case K::SpHourlyPart:
        //: %1 the Savings Plan, %2 the hourly part charged, %3 the whole hourly commitment, %4 hours,
        //: %5 the amount
        return tr("%1: %2 USD/h hourly part of the %3 USD/h commitment x %4 h = %5 USD")
            .arg(Words::plan(l), rate, l.commitment.toPlainString(), num(l.hours), amount);
    case K::SpCoverage:
        //: %1 the Savings Plan, %2 instance-hours
        return tr("%1 covers %2 instance-hours at plan rates").arg(Words::plan(l), Words::exactHours(l));
    case K::TermsRenewed:
        //: %1 the commitment (RI, Savings Plan or host reservation), %2 terms bought, %3 hours of a term
        return tr("%1: %2 x %3 h terms, renewed at the end of each term")
            .arg(Words::subject(l), num(l.purchases), num(l.hours));
    case K::TermsThenOnDemand: {
        const QString why = l.renew
            //: Why the hours after a commitment's last term are On-Demand
            ? tr("a whole new term does not fit in the horizon")
            //: Why the hours after a commitment's last term are On-Demand ("renew": false)
            : tr("not renewed");
        if (l.purchases > 1)
            //: %1 the commitment, %2 terms bought, %3 hours of a term, %4-%5 the On-Demand hours, %6 why
            return tr("%1: %2 x %3 h terms, renewed at the end of each term; hours %4-%5 On-Demand (%6)")
                .arg(Words::subject(l), num(l.purchases), num(l.hours), num(l.fromHour), num(l.toHour), why);
        //: %1 the commitment, %2 terms bought (1), %3 hours of the term, %4-%5 the On-Demand hours, %6 why
        return tr("%1: %2 x %3 h term; hours %4-%5 On-Demand (%6)")
            .arg(Words::subject(l), num(l.purchases), num(l.hours), num(l.fromHour), num(l.toHour), why);
    }
    case K::CommittedBeyond:
        //: %1 the commitment, %2 how many (RIs, hosts, or 1 plan), %3 the hourly fee, %4 the hours of the
        //: term after the horizon, %5 the amount (part of the option's total)
        return tr("%1: committed beyond the horizon (owed for the rest of the term, in the total): %2 x %3 "
                  "USD/h x %4 h = %5 USD")
            .arg(Words::subject(l), num(l.instances), rate, num(l.hours), amount);
    case K::Ebs:
        //: %1 the EBS volume type, %2 GB, %3 the rate per GB-month, %4 the amount per month, %5 months
        //: of the horizon, %6 the amount over the horizon
        return tr("EBS %1: %2 GB x %3 USD/GB-month = %4 USD/month x %5 months = %6 USD")
            .arg(l.volumeType, num(l.gb), rate, amount, num(l.months), l.contribution.toString(2));
    case K::LifecycleTrace:
        //: %1 the workload, %2 its lifecycle script's file, %3 and %4 the billing meter's amounts
        return tr("Lifecycle trace %1 (%2): billing meter EBS %3 USD, public IPv4 %4 USD")
            .arg(l.workload, l.scriptFile, l.ebs.toString(2), l.publicIpv4.toString(2));
    case K::PublicIpv4:
        //: %1 address-hours, %2 the hourly rate, %3 the amount, %4 months
        return tr("Public IPv4: %1 address-hours x %2 USD/h = %3 USD over %4 months")
            .arg(hoursText(l.seconds), rate, amount, num(l.months));
    case K::DataTransfer: {
        QStringList parts;
        for (const CalcLine::TransferPiece &p : l.pieces)
            parts << (p.free
                    //: A piece of a data-transfer line: %1 GB of the month's free allowance
                    ? tr("%1 GB free").arg(p.gb.toPlainString())
                    //: A piece of a data-transfer line: %1 GB at %2 USD per GB
                    : tr("%1 GB x %2 USD/GB").arg(p.gb.toPlainString(), p.rate.toPlainString()));
        const QString pieces = parts.join(QStringLiteral(" + "));
        const QString gb = l.quantity.toPlainString();
        if (l.firstMonth == 0)
            //: %1 GB per month, %2 the pieces ("100 GB free + 150 GB x 0.09 USD/GB"), %3 the amount per
            //: month, %4 months of the horizon, %5 the amount over the horizon
            return tr("Data transfer out: %1 GB/month: %2 = %3 USD/month x %4 months = %5 USD")
                .arg(gb, pieces, amount, num(l.months), l.contribution.toString(2));
        if (l.firstMonth == l.lastMonth)
            //: %1 the month, %2 GB per month, %3 the pieces, %4 the amount
            return tr("Data transfer out (month %1): %2 GB/month: %3 = %4 USD/month")
                .arg(num(l.firstMonth), gb, pieces, amount);
        //: %1 and %2 the first and last month, %3 GB per month, %4 the pieces, %5 the amount per month,
        //: %6 the months of the line, %7 the amount over them
        return tr("Data transfer out (months %1-%2): %3 GB/month: %4 = %5 USD/month x %6 months = %7 USD")
            .arg(num(l.firstMonth), num(l.lastMonth), gb, pieces, amount, num(l.months),
                l.contribution.toString(2));
    }
    case K::SpotEstimate:
        if (l.date.isValid())
            //: %1 the instance type, %2 the On-Demand rate, %3 the Spot savings in percent, %4 the
            //: Spot rate, %5 the date of the savings figure
            return tr("Spot %1: %2 USD/h x (1 - %3%) = %4 USD/h (Spot savings %5; no Spot price history "
                      "newer than the On-Demand price)")
                .arg(l.instanceType, l.onDemandRate.toPlainString(), l.percent.toPlainString(),
                    l.rate.toString(6), l.date.toString(Qt::ISODate));
        //: %1 the instance type, %2 the On-Demand rate, %3 the Spot savings in percent, %4 the Spot rate
        return tr("Spot %1: %2 USD/h x (1 - %3%) = %4 USD/h")
            .arg(l.instanceType, l.onDemandRate.toPlainString(), l.percent.toPlainString(),
                l.rate.toString(6));
    case K::SpotPublished:
        //: %1 the instance type, %2 the Spot price, %3 the date of its price history record
        return tr("Spot %1: %2 USD/h, the latest Spot price history record (%3)")
            .arg(l.instanceType, l.rate.toPlainString(),
                l.date.isValid() ? l.date.toString(Qt::ISODate) : tr("undated"));
    case K::SpotHistory:
        //: %1 the instance type, %2 instance-hours, %3 records of the price history, %4 the amount
        return tr("Spot %1: %2 instance-hours at the price history (%3 records, step function) = %4 USD")
            .arg(l.instanceType, hoursText(l.seconds), num(l.records), amount);
    case K::SpotInterruptions:
        //: %1 interruptions per instance-month, %2 simulated paths, %3 the random seed, %4 the mean
        //: number of interruptions
        return tr(
            "Spot interruptions: %1 per instance-month; Monte Carlo of %2 paths (seed %3), on average %4 "
            "interruptions over the horizon")
            .arg(l.quantity.toPlainString(), num(l.paths), QString::number(l.seed),
                QString::number(l.meanInterruptions, 'f', 1));
    case K::HostOnDemand:
        //: %1 the hosts ("2 m5 host(s) for a peak of ..."), %2 the hourly rate, %3 hours, %4 the amount
        return tr("%1 x %2 USD/h x %3 h = %4 USD").arg(Words::hostSizing(l), rate, num(l.hours), amount);
    case K::HostReservedUpfront:
        //: %1 the hosts, %2 the reservation ("host reservation 1yr no-upfront"), %3 fees paid, %4 the
        //: fee, %5 the amount
        return tr("%1, %2: %3 x %4 USD upfront = %5 USD")
            .arg(Words::hostSizing(l), Words::hostReservation(l.offer), num(l.purchases), rate, amount);
    case K::HostReservedHourly:
        //: %1 the hosts, %2 the reservation, %3 hosts, %4 the hourly fee, %5 hours, %6 the amount
        return tr("%1, %2: %3 x %4 USD/h x %5 h = %6 USD")
            .arg(Words::hostSizing(l), Words::hostReservation(l.offer), num(l.hosts), rate, num(l.hours),
                amount);
    case K::HostOnDemandAfterTerm:
        if (l.renew)
            //: %1 the host family, %2 the term (1yr, 3yr), %3 hosts, %4 the hourly rate, %5 hours, %6 the
            //: amount
            return tr("On-Demand %1 hosts after the %2 term (a whole new term does not fit in the horizon): "
                      "%3 x %4 USD/h x %5 h = %6 USD")
                .arg(l.family, Words::term(l.offer.term), num(l.hosts), rate, num(l.hours), amount);
        //: %1 the host family, %2 the term (1yr, 3yr), %3 hosts, %4 the hourly rate, %5 hours, %6 the amount
        return tr("On-Demand %1 hosts after the %2 term (not renewed): %3 x %4 USD/h x %5 h = %6 USD")
            .arg(l.family, Words::term(l.offer.term), num(l.hosts), rate, num(l.hours), amount);
    case K::DedicatedInstance:
        //: %1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount
        return tr("Dedicated %1: %2 instance-hours x %3 USD/h = %4 USD")
            .arg(l.instanceType, hoursText(l.seconds), rate, amount);
    case K::DedicatedRegionFee:
        //: %1 the Region, %2 hours, %3 the fee per hour, %4 the amount
        return tr("Dedicated per-Region fee (%1): %2 h with a Dedicated Instance running x %3 USD/h = %4 USD")
            .arg(l.region, num(l.hours), rate, amount);
    case K::FreeTierLegacy:
        //: %1 the micro instance type, %2 the Region, %3 free months, %4 and %5 the free Linux and
        //: Windows instance-hours used, %6 the charges waived (subtracted from the total)
        return tr(
            "Free Tier (legacy): %1 in %2, 750 h/month for Linux, RHEL and SLES and 750 h/month for Windows, "
            "30 GB of EBS and 750 h of public IPv4 free for the first %3 months; %4 free Linux and %5 free "
            "Windows instance-hours used; waived: -%6 USD")
            .arg(l.instanceType, l.region, num(l.months), hoursText(l.seconds), hoursText(l.windowsSeconds),
                amount);
    case K::FreePlanCredits: {
        //: %1 all credits, %2 sign-up credits, %3 earned credits, %4 credits used
        const QString head
            = tr("Free plan (2025): %1 USD of credits (%2 at sign-up + %3 earned) pay all charges; "
                 "%4 USD used")
                  .arg(l.credits.toString(2), l.signupCredits.toString(2), l.earnedCredits.toString(2),
                      amount);
        if (l.creditsUsedUp)
            //: Ends the Free plan's credit line; %1 the month the credits ran out
            return head + tr(", used up in month %1").arg(num(l.endMonth));
        if (l.months > 12)
            //: Ends the Free plan's credit line; %1 the credits left
            return head
                + tr(", %1 USD left expire after month 12 (12 months after sign-up)")
                      .arg(l.creditsLeft.toString(2));
        //: Ends the Free plan's credit line; %1 the credits left
        return head + tr(", %1 USD left at the horizon").arg(l.creditsLeft.toString(2));
    }
    case K::FreePlanPath:
        switch (l.freePlanPath) {
        case CalcLine::FreePlanPath::PaidFromStart:
            //: %1 the instance types the Free plan does not allow ("m5.large, c5.large")
            return tr(
                "Paid plan from the start: the Free plan does not allow %1 (it allows t3.micro, t3.small, "
                "t4g.micro, t4g.small, c7i-flex.large, m7i-flex.large); credits apply until 12 months after "
                "sign-up")
                .arg(l.instanceTypes.join(QStringLiteral(", ")));
        case CalcLine::FreePlanPath::UntilCreditsRunOut:
            //: %1 the month the credits ran out
            return tr("Free plan until the credits run out in month %1, then the Paid plan")
                .arg(num(l.endMonth));
        case CalcLine::FreePlanPath::UpgradeAfterSixMonths:
            return tr("Free plan for months 1-6, then the Paid plan (the horizon is longer than 6 months): "
                      "remaining credits apply until 12 months after sign-up");
        case CalcLine::FreePlanPath::WholeHorizon:
            return tr("Free plan for the whole horizon (at most 6 months)");
        }
        return QString();
    case K::SpotCharge:
        //: %1 the instance type, %2 instance-hours, %3 the Spot hourly rate, %4 the amount
        return tr("Spot %1: %2 instance-hours x %3 USD/h = %4 USD")
            .arg(l.instanceType, hoursText(l.seconds), l.rate.toString(6), amount);
    case K::SpotPercentiles:
        //: %1 simulated paths, %2 %3 %4 the 10th, 50th and 90th percentiles of the total, %5 the TOTAL
        return tr("Spot risk over %1 paths: total with interruptions p10 %2 / p50 %3 / p90 %4 USD. The "
                  "TOTAL (%5 USD) is the usage as planned, without interruptions; an interruption can only "
                  "add cost (the work it loses is run and billed again), so no path costs less than the "
                  "TOTAL, and the median (p50) exceeds it as soon as more than half of the paths have a "
                  "billed interruption")
            .arg(num(l.paths), l.p10.toString(2), l.p50.toString(2), l.p90.toString(2), amount);
    case K::BreakEvenUtilization:
        //: %1 the break-even utilization in percent
        return tr("Break-even utilization: %1% (the commitment's effective hourly rate / the On-Demand "
                  "rate; it beats On-Demand when the usage it covers runs more than %1% of the hours)")
            .arg(l.percent.toString(2));
    case K::NormalizedMonthly:
        //: The AWS Pricing Calculator's normalised monthly figure; %1 upfront paid in the first 12 months,
        //: %2 the recurring charge per month, %3 the result
        return tr("Normalised monthly (AWS Pricing Calculator): %1 USD upfront / 12 + %2 USD/month "
                  "recurring = %3 USD/month")
            .arg(l.upfront.toString(2), l.recurring.toString(2), amount);
    case K::Total: {
        QString sum;
        for (std::size_t i = 0; i < l.terms.size(); ++i) {
            const Money t = l.terms[i];
            if (i == 0)
                sum += t.toString(2);
            else
                sum += (t < Money() ? QStringLiteral(" - ") : QStringLiteral(" + "))
                    + (t < Money() ? -t : t).toString(2);
        }
        if (sum.isEmpty())
            sum = Money().toString(2);
        if (!l.rounding.isZero())
            //: Added to the sum of the Total line: %1 the cent the rounded terms miss ("+ 0.01")
            sum += tr(" %1 %2 (rounding to the cent)")
                       .arg(l.rounding < Money() ? QStringLiteral("-") : QStringLiteral("+"),
                           (l.rounding < Money() ? -l.rounding : l.rounding).toString(2));
        //: The last line of an option's calculation: %1 the sum of the lines above ("a + b - c"), %2 the
        //: option's TOTAL
        return tr("Total: %1 = %2 USD").arg(sum, amount);
    }
    }
    return QString();
}

QStringList CostText::lines(const CalcLines &lines)
{
    // Summands and the Total line start at the margin; rates and context lines are indented (they
    // are not added to the total).
    QStringList out;
    out.reserve(static_cast<qsizetype>(lines.size()));
    for (const CalcLine &l : lines) {
        const bool indent = l.role == CalcLine::Role::Context && l.kind != CalcLine::Kind::Total;
        out << (indent ? QStringLiteral("    ") + line(l) : line(l));
    }
    return out;
}

QString CostText::assumption(const AssumptionNote &note)
{
    using K = AssumptionNote::Kind;
    const QString date = note.date.toString(Qt::ISODate);
    switch (note.kind) {
    case K::CalendarMonths:
        //: %1 the scenario's start date (ISO, 2026-01-01)
        return tr("Calendar months from %1 (real hours of each month)").arg(date);
    case K::Months730:
        return tr("Months of 730 hours; terms of 8,760 h (1 year) and 26,280 h (3 years)");
    case K::HourlyGrid:
        //: %1 the scenario's start date (ISO, 2026-01-01)
        return tr("Hourly grid of clock hours from %1 00:00 UTC; commitments bought at the start").arg(date);
    case K::Renewal:
        return tr(
            "A commitment is renewed at the end of its term only when a whole new term fits in the horizon "
            "(the rest runs On-Demand; \"renew\": false buys one term); a term longer than the horizon is "
            "owed in full: its fees after the horizon are in the total as \"committed beyond the horizon\"");
    case K::CommitmentOrder:
        return tr(
            "RIs apply first (smallest sizes first), then EC2 Instance and Compute Savings Plans (highest "
            "savings first); the rest at On-Demand");
    case K::PublicIpv4Billing:
        return tr("Public IPv4 billed per address-hour from 2024-02-01; auto-assigned addresses free before");
    case K::EbsAllMonth:
        return tr("EBS volumes exist for every instance of a workload all month, running or not");
    case K::PricesInUsd:
        return tr("Prices in USD, taxes excluded");
    case K::DataTransferFlat:
        return tr(
            "Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this "
            "scenario were the account's only internet traffic; the scenario's rate applies to every GB "
            "beyond");
    case K::DataTransferTiers:
        return tr(
            "Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this "
            "scenario were the account's only internet traffic; then AWS's internet tiers of the Region "
            "(10 TB / 40 TB / 100 TB / beyond, counted from the first GB of the month)");
    case K::DedicatedRegionFee:
        return tr(
            "Dedicated Instances pay the Dedicated per-Region fee (2 USD) for every clock hour in which "
            "any of them runs");
    case K::LegacyFreeTier:
        //: %1 the Region's micro instance type (t2.micro or t3.micro)
        return tr(
            "Legacy Free Tier: the account opens at the start; 750 h a month for Linux/RHEL/SLES and 750 h "
            "for Windows of %1 (the Region's micro type)")
            .arg(note.instanceType);
    case K::FreePlan:
        return tr(
            "2025 Free plan: sign-up at the start; a horizon longer than 6 months assumes the upgrade to the "
            "Paid plan after month 6, and credits left then apply until 12 months after sign-up");
    case K::MacOnHost:
        return tr(
            "Mac instances On-Demand are priced as one On-Demand Dedicated Host each (AWS sells them on "
            "hosts only); the 24-hour minimum host allocation is not modelled");
    }
    return QString();
}

QStringList CostText::assumptions(const std::vector<AssumptionNote> &notes)
{
    QStringList out;
    for (const AssumptionNote &n : notes)
        out << assumption(n);
    return out;
}

QString CostText::warning(const CostWarning &w)
{
    switch (w.kind) {
    case CostWarning::Kind::UnknownNormalizationFactor:
        //: %1 an instance type such as m5.metal
        return tr("No normalization factor is known for %1 (neither in the price catalog nor in AWS's "
                  "table): size-flexible Reserved Instances cover it only as its own type.")
            .arg(w.instanceType);
    case CostWarning::Kind::ZeroProposedCommitment:
        //: %1 a plan ("Compute Savings Plan 1yr no-upfront")
        return tr("%1: no instance runs in every hour, so the commitment proposed for it (the steady "
                  "baseline) is 0 USD/h and the plan buys nothing. Set its commitment per hour "
                  "(\"commitment_per_hour\" in the scenario file) to price a plan of your own size; the "
                  "Advisor suggests one.")
            .arg(offerName(w.offer));
    }
    return QString();
}

QString CostText::priceName(const PriceQuery &q)
{
    using Words::offer;
    const QString &type = q.instanceType;
    switch (q.item) {
    case PriceItem::OnDemandHourly:
        //: Which price (in the chart note's list of old prices): %1 the instance type
        return tr("%1 On-Demand hourly rate").arg(type);
    case PriceItem::ReservedUpfront:
        //: Which price: %1 the instance type, %2 the offer ("standard/1yr/all-upfront")
        return tr("%1 RI %2 upfront fee").arg(type, offer(q.offer));
    case PriceItem::ReservedHourly:
        //: Which price: %1 the instance type, %2 the offer ("standard/1yr/no-upfront")
        return tr("%1 RI %2 hourly fee").arg(type, offer(q.offer));
    case PriceItem::SavingsPlanHourly:
        //: Which price: %1 the instance type, %2 the plan ("compute/1yr/no-upfront")
        return tr("%1 Savings Plan %2 rate").arg(type, offer(q.offer));
    case PriceItem::DedicatedHostHourly:
        //: Which price: %1 the instance family ("m5")
        return tr("%1 Dedicated Host hourly rate").arg(type);
    case PriceItem::DedicatedHostReservedUpfront:
        //: Which price: %1 the instance family, %2 the term, %3 the payment option
        return tr("%1 Dedicated Host reservation %2 %3 upfront fee")
            .arg(type, Words::term(q.offer.term), Words::payment(q.offer.payment));
    case PriceItem::DedicatedHostReservedHourly:
        //: Which price: %1 the instance family, %2 the term, %3 the payment option
        return tr("%1 Dedicated Host reservation %2 %3 hourly fee")
            .arg(type, Words::term(q.offer.term), Words::payment(q.offer.payment));
    case PriceItem::DedicatedInstanceHourly:
        //: Which price: %1 the instance type
        return tr("%1 Dedicated Instance hourly rate").arg(type);
    case PriceItem::EbsGbMonth:
        //: Which price: %1 the EBS volume type ("gp3")
        return tr("EBS %1 per GB-month").arg(q.volumeType);
    case PriceItem::PublicIpv4Hourly:
        //: Which price: the public IPv4 address charge
        return tr("public IPv4 address hourly rate");
    case PriceItem::DataTransferOutGb:
        //: Which price: data transfer out to the internet
        return tr("data transfer out per GB");
    case PriceItem::SpotSavingsPercent:
        //: Which price: %1 the instance type
        return tr("%1 Spot savings estimate").arg(type);
    case PriceItem::SpotHourly:
        //: Which price: %1 the instance type
        return tr("%1 Spot price").arg(type);
    }
    return QString();
}

QString CostText::offerName(const Offer &o)
{
    const QString term = Words::term(o.term);
    const QString payment = Words::payment(o.payment);
    if (o.isReserved())
        return o.offeringClass == OfferingClass::Standard
            //: An offer: %1 the term, %2 the payment option
            ? tr("Standard RI %1 %2").arg(term, payment)
            //: An offer: %1 the term, %2 the payment option
            : tr("Convertible RI %1 %2").arg(term, payment);
    return o.planType == SavingsPlanType::Compute
        //: An offer: %1 the term, %2 the payment option
        ? tr("Compute Savings Plan %1 %2").arg(term, payment)
        //: An offer: %1 the term, %2 the payment option
        : tr("EC2 Instance Savings Plan %1 %2").arg(term, payment);
}

} // namespace ec2lab
