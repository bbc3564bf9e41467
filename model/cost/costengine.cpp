#include "cost/costengine.h"

#include "cost/commitmentallocation.h"
#include "cost/costmath.h"
#include "cost/instancesizing.h"
#include "cost/spotmontecarlo.h"
#include "inputerror.h"

#include <QFileInfo>
#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <tuple>

namespace ec2lab {

using namespace costmath;

namespace {

// The price notes and dates of the evaluation running on this thread (see NoteScope); null
// outside one.
thread_local std::vector<PriceNote> *t_priceNotes = nullptr;
thread_local std::vector<DatedPrice> *t_priceDates = nullptr;

/// Collects into \a notes the estimated or derived prices looked up while it lives, and into
/// \a dates every dated price.
class NoteScope
{
public:
    NoteScope(std::vector<PriceNote> *notes, std::vector<DatedPrice> *dates)
        : m_previous(t_priceNotes)
        , m_previousDates(t_priceDates)
    {
        t_priceNotes = notes;
        t_priceDates = dates;
    }
    ~NoteScope()
    {
        t_priceNotes = m_previous;
        t_priceDates = m_previousDates;
    }
    NoteScope(const NoteScope &) = delete;
    NoteScope &operator=(const NoteScope &) = delete;

private:
    std::vector<PriceNote> *m_previous;
    std::vector<DatedPrice> *m_previousDates;
};

/// Assembles the end of \a r's explanation: marks each line a summand (with its contribution to the
/// total, USD over the horizon) or context, and appends the Spot percentiles, the break-even
/// utilization, the normalised monthly and, last, the Total line that adds the summands. Idempotent:
/// lines it appended before are replaced (the On-Demand reference is finished twice).
void assembleExplanation(OptionResult &r)
{
    using K = CalcLine::Kind;
    CalcLines &lines = r.explain;
    std::erase_if(lines, [](const CalcLine &l) {
        return l.kind == K::Total || l.kind == K::NormalizedMonthly || l.kind == K::BreakEvenUtilization
            || l.kind == K::SpotPercentiles;
    });
    for (CalcLine &l : lines) {
        l.role = CalcLine::Role::Summand;
        switch (l.kind) {
        case K::OnDemandMonthly:
        case K::Ebs:
        case K::DataTransfer:
            l.contribution = l.amount * l.months; // USD/month, every month the same
            break;
        case K::LifecycleTrace:
            l.contribution = l.ebs + l.publicIpv4;
            break;
        case K::FreeTierLegacy:
        case K::FreePlanCredits:
            l.contribution = -l.amount; // charges waived or paid by credits
            break;
        case K::OnDemandHours:
        case K::OnDemandRest:
        case K::RiUpfront:
        case K::RiHourly:
        case K::SpCommitment:
        case K::SpUpfront:
        case K::SpHourlyPart:
        case K::CommittedBeyond:
        case K::PublicIpv4:
        case K::SpotHistory:
        case K::SpotCharge:
        case K::HostOnDemand:
        case K::HostReservedUpfront:
        case K::HostReservedHourly:
        case K::HostOnDemandAfterTerm:
        case K::DedicatedInstance:
        case K::DedicatedRegionFee:
            l.contribution = l.amount;
            break;
        case K::RiCoverage:
        case K::SpCoverage:
        case K::SpotEstimate:
        case K::SpotPublished:
        case K::SpotInterruptions:
        case K::TermsRenewed:
        case K::TermsThenOnDemand:
        case K::FreePlanPath:
        case K::SpotPercentiles:
        case K::BreakEvenUtilization:
        case K::NormalizedMonthly:
        case K::Total:
            l.role = CalcLine::Role::Context;
            l.contribution = Money();
            break;
        }
    }
    if (r.spotRisk && !r.spotRisk->costP50.empty()) {
        CalcLine l(K::SpotPercentiles);
        l.amount = r.total;
        l.paths = r.spotRisk->paths;
        l.p10 = r.spotRisk->costP10.back();
        l.p50 = r.spotRisk->costP50.back();
        l.p90 = r.spotRisk->costP90.back();
        lines.push_back(l);
    }
    if (r.breakEvenUtilizationPercent) {
        CalcLine l(K::BreakEvenUtilization);
        l.percent = *r.breakEvenUtilizationPercent;
        lines.push_back(l);
    }
    CalcLine n(K::NormalizedMonthly);
    n.upfront = r.upfrontFirstYear;
    n.recurring = r.monthly;
    n.amount = r.normalizedMonthly;
    lines.push_back(n);
    CalcLine t(K::Total);
    Money sum;
    for (const CalcLine &l : lines) {
        if (l.role != CalcLine::Role::Summand)
            continue;
        t.terms.push_back(l.contribution.rounded(2));
        sum += t.terms.back();
    }
    t.amount = r.total;
    t.rounding = r.total.rounded(2) - sum;
    lines.push_back(t);
}

// Each usage bucket holds one value per hour of the horizon: bound the memory a scenario can ask for.
constexpr std::size_t kMaxBuckets = 1000;
constexpr std::int64_t kWeekHours = 168;

} // namespace

CostEngine::CostEngine(Scenario scenario, const PriceSource &prices)
    : m_scenario(std::move(scenario))
    , m_prices(prices)
    , m_timeline(m_scenario.start, m_scenario.horizonMonths, m_scenario.calendarMonths)
{
    if (m_scenario.workloads.empty())
        throw InputError { m_scenario.fileName, QStringLiteral("workloads"),
            QStringLiteral("at least one workload is needed") };
    try {
        // On-Demand and side-line prices serve every option.
        const NoteScope notes(&m_baseNotes, &m_baseDates);
        buildGrid();
        buildSideLines();
    } catch (const AmountTooLarge &) {
        failTooLarge();
    }
}

void CostEngine::notePrice(const PriceQuery &q, Money value) const
{
    if (t_priceDates) {
        // Undated prices too (an invalid date): evaluate() lists them apart.
        const DatedPrice d { PriceSource::describe(q), m_prices.priceDate(q), q };
        if (std::find(t_priceDates->begin(), t_priceDates->end(), d) == t_priceDates->end())
            t_priceDates->push_back(d);
    }
    if (!t_priceNotes)
        return;
    auto n = m_prices.note(q);
    if (!n)
        return;
    n->price = PriceSource::describe(q);
    n->value = value;
    if (std::find(t_priceNotes->begin(), t_priceNotes->end(), *n) == t_priceNotes->end())
        t_priceNotes->push_back(*n);
}

std::optional<Money> CostEngine::optionalPrice(const PriceQuery &q) const
{
    auto p = m_prices.find(q);
    if (p)
        notePrice(q, *p);
    return p;
}

Money CostEngine::price(const PriceQuery &q, const QString &neededBy) const
{
    if (auto p = m_prices.find(q)) {
        notePrice(q, *p);
        return *p;
    }
    throw InputError { m_scenario.fileName, neededBy,
        QStringLiteral("missing price ") + PriceSource::describe(q) };
}

PriceQuery CostEngine::query(PriceItem item, const Bucket &b, const Offer &offer) const
{
    return PriceQuery { item, m_scenario.region, b.instanceType, b.platform, offer, QString() };
}

QString CostEngine::neededBy(const OptionSpec &option) const
{
    return option.jsonPath.isEmpty() ? QStringLiteral("options (%1)").arg(option.id) : option.jsonPath;
}

void CostEngine::buildGrid()
{
    const std::int64_t hours = m_timeline.hours();
    const int months = m_timeline.months();
    struct Acc
    {
        std::array<std::int64_t, kWeekHours> week {};
        std::vector<std::int64_t> traced;
    };
    std::vector<Acc> accs;
    Acc ipv4; // address-seconds
    std::map<std::tuple<QString, Platform, Tenancy>, std::size_t> index;

    auto addWeek = [this](Acc &a, const Workload &w, std::int64_t factor) {
        const UsageSpec &u = w.usage;
        switch (u.kind) {
        case UsageKind::AlwaysOn:
            for (auto &s : a.week)
                s += static_cast<std::int64_t>(w.count) * kHourSeconds * factor;
            break;
        case UsageKind::Weekly:
        case UsageKind::BaselinePeak: {
            const std::int64_t base = u.kind == UsageKind::BaselinePeak ? u.baseline : 0;
            const std::int64_t extra = u.kind == UsageKind::BaselinePeak ? u.peak : w.count;
            for (auto &s : a.week)
                s += base * kHourSeconds * factor;
            for (int d = 0; d < 7; ++d) {
                std::array<bool, 24> on {};
                for (const auto &[from, to] : u.hours[static_cast<std::size_t>(d)])
                    for (int h = from; h < to; ++h)
                        on[static_cast<std::size_t>(h)] = true; // overlapping ranges count once
                for (int h = 0; h < 24; ++h)
                    if (on[static_cast<std::size_t>(h)])
                        a.week[static_cast<std::size_t>(d * 24 + h)] += extra * kHourSeconds * factor;
            }
            break;
        }
        case UsageKind::Utilization: {
            // [CHOICE] a steady share of every clock hour (round to whole seconds).
            const Wide perHour = static_cast<Wide>(w.count) * kHourSeconds * u.utilizationPercent.nanos();
            const Wide den = static_cast<Wide>(100) * Money::kNanosPerUnit;
            const auto seconds = static_cast<std::int64_t>((perHour * 2 + den) / (den * 2));
            for (auto &s : a.week)
                s += seconds * factor;
            break;
        }
        case UsageKind::Lifecycle: {
            if (a.traced.empty())
                a.traced.assign(static_cast<std::size_t>(m_timeline.hours()), 0);
            const std::size_t n = std::min(a.traced.size(), u.tracedSeconds.size());
            for (std::size_t h = 0; h < n; ++h)
                a.traced[h] += u.tracedSeconds[h] * factor;
            break;
        }
        }
    };

    for (std::size_t i = 0; i < m_scenario.workloads.size(); ++i) {
        const Workload &w = m_scenario.workloads[i];
        auto [it, inserted]
            = index.try_emplace(std::tuple(w.instanceType, w.platform, w.tenancy), m_buckets.size());
        if (inserted && m_buckets.size() == kMaxBuckets)
            throw InputError { m_scenario.fileName, w.jsonPath,
                QStringLiteral("more than %1 different instance types, platforms and tenancies")
                    .arg(kMaxBuckets) };
        if (inserted) {
            Bucket b;
            b.instanceType = w.instanceType;
            b.platform = w.platform;
            b.tenancy = w.tenancy;
            b.family = InstanceSizing::family(w.instanceType);
            b.size = InstanceSizing::size(w.instanceType);
            b.quarters = normalizationQuarters(b.instanceType);
            b.firstWorkload = static_cast<int>(i);
            const PriceQuery od = query(PriceItem::OnDemandHourly, b);
            const PriceQuery host { PriceItem::DedicatedHostHourly, m_scenario.region, b.family, b.platform,
                Offer(), QString() };
            std::optional<Money> rate = optionalPrice(od);
            // Mac instances run only on Dedicated Hosts, one per host [AWS]: their On-Demand price
            // is the host's, used when no per-instance price is given.
            if (!rate && b.family.startsWith(u"mac")
                && InstanceSizing::hostCapacity(b.family, b.size, {}) == 1) {
                rate = optionalPrice(host);
                m_macOnHostPrice = m_macOnHostPrice || rate.has_value();
            }
            b.onDemandRate = rate ? *rate : price(od, w.jsonPath);
            m_buckets.push_back(std::move(b));
            accs.emplace_back();
        }
        addWeek(accs[it->second], w, 1);
        if (w.publicIpv4 > 0)
            addWeek(ipv4, w, w.publicIpv4);
    }

    const auto expand = [&](const Acc &a, std::vector<std::int64_t> &out) {
        out.resize(static_cast<std::size_t>(hours));
        std::int64_t how = m_timeline.firstHourOfWeek();
        for (std::int64_t h = 0; h < hours; ++h) {
            out[static_cast<std::size_t>(h)] = a.week[static_cast<std::size_t>(how)];
            if (++how == kWeekHours)
                how = 0;
        }
        if (!a.traced.empty())
            for (std::int64_t h = 0; h < hours; ++h)
                out[static_cast<std::size_t>(h)] += a.traced[static_cast<std::size_t>(h)];
    };

    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        Bucket &b = m_buckets[i];
        expand(accs[i], b.seconds);
        b.monthSeconds.assign(static_cast<std::size_t>(months), 0);
        b.minSeconds = b.seconds.empty() ? 0 : b.seconds.front();
        b.constant = true;
        for (int m = 0; m < months; ++m) {
            std::int64_t sum = 0;
            for (std::int64_t h = m_timeline.monthStartHour(m); h < m_timeline.monthStartHour(m + 1); ++h) {
                const std::int64_t s = b.seconds[static_cast<std::size_t>(h)];
                sum += s;
                b.minSeconds = std::min(b.minSeconds, s);
                b.constant = b.constant && s == b.seconds.front();
            }
            b.monthSeconds[static_cast<std::size_t>(m)] = sum;
            b.totalSeconds += sum;
        }
    }

    // Segments: runs of hours with the same usage in every bucket, cut at month starts.
    m_segments.clear();
    for (int m = 0; m < months; ++m) {
        const std::int64_t from = m_timeline.monthStartHour(m);
        m_segments.push_back(from);
        for (std::int64_t h = from + 1; h < m_timeline.monthStartHour(m + 1); ++h) {
            const auto hi = static_cast<std::size_t>(h);
            for (const Bucket &b : m_buckets) {
                if (b.seconds[hi] != b.seconds[hi - 1]) {
                    m_segments.push_back(h);
                    break;
                }
            }
        }
    }

    // Public IPv4: billable address-seconds per month under the rule of the date [AWS]: before
    // 2024-02-01 auto-assigned addresses were free.
    m_ipv4AddressSeconds.assign(static_cast<std::size_t>(months), 0);
    std::vector<std::int64_t> addr;
    expand(ipv4, addr);
    const std::int64_t firstBillable = std::max<std::int64_t>(0, m_timeline.hourOfDate(QDate(2024, 2, 1)));
    for (int m = 0; m < months; ++m) {
        std::int64_t sum = 0;
        for (std::int64_t h = std::max(firstBillable, m_timeline.monthStartHour(m));
             h < m_timeline.monthStartHour(m + 1); ++h)
            sum += addr[static_cast<std::size_t>(h)];
        m_ipv4AddressSeconds[static_cast<std::size_t>(m)] = sum;
    }
}

void CostEngine::buildSideLines()
{
    const auto months = static_cast<std::size_t>(m_timeline.months());
    m_ebsMonth.assign(months, Money());
    m_ipv4Month.assign(months, Money());
    m_transferMonth.assign(months, Money());

    // EBS: every instance that can exist keeps its volumes all month [CHOICE: instances of a
    // schedule are stopped, not terminated, so their volumes stay]. One month is one GB-month.
    std::map<QString, std::size_t> lineOf;
    for (const Workload &w : m_scenario.workloads) {
        for (std::size_t v = 0; v < w.ebs.size(); ++v) {
            const EbsVolume &vol = w.ebs[v];
            auto [it, inserted] = lineOf.try_emplace(vol.type, m_ebsLines.size());
            if (inserted) {
                const PriceQuery q { PriceItem::EbsGbMonth, m_scenario.region, w.instanceType, w.platform,
                    Offer(), vol.type };
                m_ebsLines.push_back(
                    EbsLine { vol.type, 0, price(q, w.jsonPath + QStringLiteral(".ebs[%1]").arg(v)) });
            }
            m_ebsLines[it->second].gb += vol.sizeGb * w.maxInstances();
        }
        m_transferGbPerMonth += w.dataTransferOutGbPerMonth;
    }
    Money ebsPerMonth;
    for (const EbsLine &l : m_ebsLines)
        ebsPerMonth += times(l.rate, l.gb);
    std::fill(m_ebsMonth.begin(), m_ebsMonth.end(), ebsPerMonth);
    // A lifecycle trace brings the billing meter's own EBS and IPv4 amounts, booked in the month
    // the script ends [CHOICE].
    m_tracedIpv4Month.assign(months, Money());
    for (const Workload &w : m_scenario.workloads) {
        if (w.usage.kind != UsageKind::Lifecycle)
            continue;
        const auto m = static_cast<std::size_t>(m_timeline.monthOfHour(w.usage.tracedEndHour));
        m_ebsMonth[m] += w.usage.tracedEbs;
        m_tracedIpv4Month[m] += w.usage.tracedPublicIpv4;
    }

    const bool anyIpv4
        = std::any_of(m_ipv4AddressSeconds.begin(), m_ipv4AddressSeconds.end(), [](auto s) { return s > 0; });
    if (anyIpv4) {
        const PriceQuery q { PriceItem::PublicIpv4Hourly, m_scenario.region, QString(), Platform::Linux,
            Offer(), QString() };
        m_ipv4Rate = price(q, QStringLiteral("workloads"));
        for (std::size_t m = 0; m < months; ++m)
            m_ipv4Month[m] = m_ipv4Rate.mulDiv(m_ipv4AddressSeconds[m], kHourSeconds);
    }
    for (std::size_t m = 0; m < months; ++m)
        m_ipv4Month[m] += m_tracedIpv4Month[m];
    // Data transfer out to the internet [AWS]: the free allowance of the month's date, then the
    // tiers; a rate the scenario gives applies to every GB beyond the free allowance.
    m_transferPieces.assign(months, {});
    if (!m_transferGbPerMonth.isZero()) {
        const PriceQuery q { PriceItem::DataTransferOutGb, m_scenario.region, QString(), Platform::Linux,
            Offer(), QString() };
        if (const auto rate = optionalPrice(q)) {
            m_transferTiers = DataTransferOut::flat(*rate);
            m_transferFlat = true;
        } else if (auto tiers = DataTransferOut::awsInternetTiers(m_scenario.region)) {
            m_transferTiers = std::move(*tiers);
        } else {
            price(q, QStringLiteral("workloads")); // names the missing price
        }
        for (std::size_t m = 0; m < months; ++m) {
            const QDate monthStart
                = m_timeline.start().addDays(m_timeline.monthStartHour(static_cast<int>(m)) / 24);
            m_transferPieces[m] = DataTransferOut::charge(
                m_transferGbPerMonth, DataTransferOut::freeGbPerMonth(monthStart), m_transferTiers);
            m_transferMonth[m] = checkedMoney(DataTransferOut::total(m_transferPieces[m]).nanos());
        }
    }
}

void CostEngine::addOnDemand(std::size_t bi, std::vector<CostBreakdown> &months) const
{
    const Bucket &b = m_buckets[bi];
    for (std::size_t m = 0; m < months.size(); ++m)
        months[m].compute += fromNanoSeconds(static_cast<Wide>(b.monthSeconds[m]) * b.onDemandRate.nanos());
}

void CostEngine::explainOnDemand(
    std::size_t bi, CalcLines &explain, CalcLine::Scope scope, const QString &hostFamily) const
{
    const Bucket &b = m_buckets[bi];
    const std::int64_t first = b.seconds.empty() ? 0 : b.seconds.front();
    if (b.constant && !m_timeline.calendarMonths() && first % kHourSeconds == 0) {
        const std::int64_t n = first / kHourSeconds;
        CalcLine l(CalcLine::Kind::OnDemandMonthly);
        l.scope = scope;
        l.family = hostFamily;
        l.instances = n;
        l.rate = b.onDemandRate;
        l.hours = Timeline::kHoursPerMonth;
        l.amount = b.onDemandRate * (n * Timeline::kHoursPerMonth);
        l.months = m_timeline.months();
        explain.push_back(l);
        return;
    }
    CalcLine l(CalcLine::Kind::OnDemandHours);
    l.scope = scope;
    l.family = hostFamily;
    l.instanceType = b.instanceType;
    l.seconds = b.totalSeconds;
    l.rate = b.onDemandRate;
    // What addOnDemand() charges: each month rounded once, so the line is the sum of the charges.
    for (const std::int64_t s : b.monthSeconds)
        l.amount += fromNanoSeconds(static_cast<Wide>(s) * b.onDemandRate.nanos());
    l.months = m_timeline.months();
    l.averageHours = Money::fromUnits(b.totalSeconds).mulDiv(1, kHourSeconds * m_timeline.months());
    explain.push_back(l);
}

void CostEngine::addSideLines(std::vector<CostBreakdown> &months, CalcLines &explain) const
{
    for (std::size_t m = 0; m < months.size(); ++m) {
        months[m].ebs += m_ebsMonth[m];
        months[m].publicIpv4 += m_ipv4Month[m];
        months[m].dataTransfer += m_transferMonth[m];
    }
    for (const EbsLine &e : m_ebsLines) {
        CalcLine l(CalcLine::Kind::Ebs);
        l.volumeType = e.type;
        l.gb = e.gb;
        l.rate = e.rate;
        l.amount = e.rate * e.gb;
        l.months = m_timeline.months();
        explain.push_back(l);
    }
    for (const Workload &w : m_scenario.workloads) {
        if (w.usage.kind != UsageKind::Lifecycle)
            continue;
        CalcLine l(CalcLine::Kind::LifecycleTrace);
        l.workload = w.name;
        l.scriptFile = QFileInfo(w.usage.script).fileName();
        l.ebs = w.usage.tracedEbs;
        l.publicIpv4 = w.usage.tracedPublicIpv4;
        explain.push_back(l);
    }
    const std::int64_t ipv4Seconds
        = std::accumulate(m_ipv4AddressSeconds.begin(), m_ipv4AddressSeconds.end(), std::int64_t(0));
    if (ipv4Seconds > 0) {
        Money total; // the addresses' hours only: a lifecycle trace's IPv4 is on its own line
        for (std::size_t m = 0; m < m_ipv4Month.size(); ++m)
            total += m_ipv4Month[m] - m_tracedIpv4Month[m];
        CalcLine l(CalcLine::Kind::PublicIpv4);
        l.seconds = ipv4Seconds;
        l.rate = m_ipv4Rate;
        l.amount = total;
        l.months = m_timeline.months();
        explain.push_back(l);
    }
    // One line per run of months with the same charge: free GB + GB x rate per tier = USD/month.
    for (std::size_t m = 0; m < m_transferPieces.size();) {
        std::size_t end = m + 1;
        while (end < m_transferPieces.size()
            && DataTransferOut::total(m_transferPieces[end]) == DataTransferOut::total(m_transferPieces[m]))
            ++end;
        if (m_transferPieces[m].empty()) {
            m = end;
            continue;
        }
        CalcLine l(CalcLine::Kind::DataTransfer);
        l.quantity = m_transferGbPerMonth;
        for (const DataTransferOut::Piece &p : m_transferPieces[m])
            l.pieces.push_back(CalcLine::TransferPiece { p.gb, p.perGb, p.free });
        if (m != 0 || end != m_transferPieces.size()) {
            l.firstMonth = static_cast<int>(m) + 1;
            l.lastMonth = static_cast<int>(end);
        }
        l.amount = DataTransferOut::total(m_transferPieces[m]);
        l.months = static_cast<int>(end - m); // the months the line's amount is charged in
        explain.push_back(l);
        m = end;
    }
}

Money CostEngine::proposeSavingsPlanCommitment(const SavingsPlanPurchase &plan) const
{
    const Offer offer = plan.offer();
    const QString family = plan.family.isEmpty() ? m_buckets.front().family : plan.family;
    Wide perHour = 0; // nano-USD x seconds
    for (const Bucket &b : m_buckets) {
        if (plan.type == SavingsPlanType::Ec2Instance && b.family != family)
            continue;
        if (b.minSeconds == 0)
            continue;
        const Money rate = price(query(PriceItem::SavingsPlanHourly, b, offer), QStringLiteral("options"));
        perHour += static_cast<Wide>(b.minSeconds) * rate.nanos();
    }
    if (perHour / kHourSeconds > kAmountLimit)
        failTooLarge();
    const Money exact = Money::fromNanos(static_cast<std::int64_t>(perHour / kHourSeconds));
    const std::int64_t step = Money::kNanosPerUnit / 1000;
    return Money::fromNanos(exact.nanos() / step * step);
}

// ---- Results ------------------------------------------------------------------------------------

OptionResult CostEngine::finish(const OptionSpec &option, std::vector<CostBreakdown> months,
    CalcLines explain, const OptionResult *onDemand, Money committedBeyond) const
{
    OptionResult r;
    r.id = option.id;
    r.label = option.label;
    r.kind = option.kind;
    r.option = option;
    Money cum;
    Wide wideTotal = committedBeyond.nanos();
    for (const CostBreakdown &c : months) {
        wideTotal += static_cast<Wide>(c.compute.nanos()) + c.upfront.nanos() + c.ebs.nanos()
            + c.publicIpv4.nanos() + c.dataTransfer.nanos() + c.credits.nanos();
        checkedMoney(wideTotal);
        r.breakdown += c;
        cum += c.total();
        r.cumulative.push_back(cum);
    }
    r.months = std::move(months);
    r.upfront = r.breakdown.upfront;
    r.committedBeyondHorizon = committedBeyond;
    // The whole obligation: what is paid inside the horizon and what a term still owes after it.
    r.total = r.breakdown.total() + committedBeyond;
    r.monthly = (r.breakdown.total() - r.upfront).mulDiv(1, m_timeline.months());
    // The AWS Pricing Calculator's normalised monthly: the upfront of the first 12 months spread over
    // 12 months, plus the recurring monthly charge.
    for (std::size_t m = 0; m < std::min<std::size_t>(12, r.months.size()); ++m)
        r.upfrontFirstYear += r.months[m].upfront;
    r.normalizedMonthly = r.upfrontFirstYear.mulDiv(1, 12) + r.monthly;
    std::int64_t used = 0;
    for (const Bucket &b : m_buckets)
        used += b.totalSeconds;
    if (used > 0) {
        r.costPerUsedHour
            = (r.breakdown.compute + r.breakdown.upfront + committedBeyond).mulDiv(kHourSeconds, used);
        r.effectiveHourly = r.costPerUsedHour; // options with a commitment replace it
    }
    if (onDemand && option.kind != OptionKind::OnDemand) {
        if (!onDemand->total.isZero())
            r.savingsPercent = (onDemand->total - r.total).dividedBy(onDemand->total) * 100;
        // The first month from which the option stays at or below On-Demand to the horizon; an
        // option that never ends up cheaper (e.g. a Savings Plan whose commitment is zero, or a
        // term whose obligation beyond the horizon outweighs the savings inside it) has no
        // break-even, even though it ties or beats On-Demand every month.
        int first = -1;
        for (int m = static_cast<int>(r.cumulative.size()) - 1; m >= 0; --m) {
            if (r.cumulative[static_cast<std::size_t>(m)] > onDemand->cumulative[static_cast<std::size_t>(m)])
                break;
            first = m;
        }
        if (first >= 0 && !r.cumulative.empty() && r.total < onDemand->total)
            r.breakEvenMonth = first + 1;
    }
    r.explain = std::move(explain);
    return r;
}

OptionResult CostEngine::evaluateWith(const OptionSpec &option, const OptionResult *onDemand) const
{
    std::vector<PriceNote> notes = m_baseNotes;
    std::vector<DatedPrice> dates = m_baseDates;
    const NoteScope noteScope(&notes, &dates);
    std::vector<CostBreakdown> months(static_cast<std::size_t>(m_timeline.months()));
    CalcLines explain;
    addSideLines(months, explain);
    std::optional<Money> breakEvenUtil;
    std::optional<SpotRisk> risk;
    Money committedBeyond;
    std::optional<Money> effectiveHourly;
    CalcLines lines;
    switch (option.kind) {
    case OptionKind::OnDemand:
        for (std::size_t i = 0; i < m_buckets.size(); ++i) {
            addOnDemand(i, months);
            explainOnDemand(i, lines, CalcLine::Scope::All);
        }
        break;
    case OptionKind::Reserved:
    case OptionKind::SavingsPlan: {
        CommitmentAllocation allocation = CommitmentAllocation::allocate(*this, option);
        for (std::size_t m = 0; m < months.size(); ++m)
            months[m] += allocation.months[m];
        lines.insert(lines.end(), allocation.explain.begin(), allocation.explain.end());
        breakEvenUtil = allocation.breakEvenUtilizationPercent;
        committedBeyond = allocation.committedBeyondHorizon;
        effectiveHourly = allocation.effectiveHourly;
    } break;
    case OptionKind::Spot:
        evalSpot(option, months, lines, risk);
        break;
    case OptionKind::DedicatedHost:
        evalDedicatedHost(option, months, lines, committedBeyond, effectiveHourly);
        break;
    case OptionKind::DedicatedInstance:
        evalDedicatedInstance(option, months, lines);
        break;
    case OptionKind::FreeTier:
        evalFreeTier(option, months, lines);
        break;
    }
    lines.insert(lines.end(), explain.begin(), explain.end());
    OptionResult r = finish(option, std::move(months), std::move(lines), onDemand, committedBeyond);
    if (effectiveHourly)
        r.effectiveHourly = effectiveHourly;
    r.breakEvenUtilizationPercent = breakEvenUtil;
    r.spotRisk = std::move(risk);
    r.priceNotes = std::move(notes);
    for (DatedPrice &d : dates)
        (d.date.isValid() ? r.pricesUsed : r.undatedPricesUsed).push_back(std::move(d));
    r.warnings = sizingWarnings(option);
    // A plan the scenario left to the engine's baseline, which is nothing: say so, rather than
    // show a plan that costs exactly On-Demand without a word.
    for (const SavingsPlanPurchase &p : option.savingsPlans)
        if (!p.commitmentPerHour && proposeSavingsPlanCommitment(p).isZero())
            r.warnings.push_back(
                CostWarning { CostWarning::Kind::ZeroProposedCommitment, QString(), p.offer() });
    assembleExplanation(r);
    return r;
}

int CostEngine::normalizationQuarters(const QString &instanceType) const
{
    // The catalog's factor (the offer file's normalizationSizeFactor) first, AWS's table only
    // where the catalog has none [pricing.md section 2].
    if (const auto f = m_prices.normalizationFactor(instanceType))
        if (const auto q = InstanceSizing::quartersOf(*f))
            return *q;
    return InstanceSizing::tableQuarters(instanceType).value_or(0);
}

std::vector<CostWarning> CostEngine::sizingWarnings(const OptionSpec &option) const
{
    // A Linux shared-tenancy RI is size-flexible [AWS]; where its own size or a size of its
    // family in use has no known factor, it covers that type only as itself: say so.
    std::vector<CostWarning> out;
    auto add = [&out](const QString &type) {
        const CostWarning w { CostWarning::Kind::UnknownNormalizationFactor, type, Offer() };
        if (std::find(out.begin(), out.end(), w) == out.end())
            out.push_back(w);
    };
    for (const ReservedPurchase &p : option.reserved) {
        const QString type
            = p.instanceType.isEmpty() ? m_scenario.workloads.front().instanceType : p.instanceType;
        const auto owner = std::find_if(m_scenario.workloads.begin(), m_scenario.workloads.end(),
            [&type](const Workload &w) { return w.instanceType == type; });
        const Platform platform = owner != m_scenario.workloads.end() ? owner->platform : Platform::Linux;
        const Tenancy tenancy = owner != m_scenario.workloads.end() ? owner->tenancy : Tenancy::Shared;
        if (billingPlatform(platform) != Platform::Linux || tenancy != Tenancy::Shared)
            continue;
        const QString family = InstanceSizing::family(type);
        bool familyInUse = false;
        for (const Bucket &b : m_buckets) {
            if (b.family != family || billingPlatform(b.platform) != Platform::Linux
                || b.tenancy != Tenancy::Shared)
                continue;
            familyInUse = familyInUse || b.instanceType != type;
            if (b.quarters == 0)
                add(b.instanceType);
        }
        if (familyInUse && normalizationQuarters(type) == 0)
            add(type);
    }
    return out;
}

[[noreturn]] void CostEngine::failTooLarge() const
{
    throw InputError { m_scenario.fileName, QStringLiteral("workloads"),
        QStringLiteral("the costs exceed what ec2lab computes exactly (about 1 billion USD per "
                       "line and month); reduce counts, prices or the horizon") };
}

OptionResult CostEngine::evaluate(const OptionSpec &option) const
{
    try {
        return evaluateUnchecked(option);
    } catch (const AmountTooLarge &) {
        failTooLarge();
    }
}

CostReport CostEngine::run() const
{
    try {
        return runUnchecked();
    } catch (const AmountTooLarge &) {
        failTooLarge();
    }
}

OptionResult CostEngine::evaluateUnchecked(const OptionSpec &option) const
{
    OptionSpec od;
    od.id = QStringLiteral("od");
    od.kind = OptionKind::OnDemand;
    const OptionResult reference = evaluateWith(od, nullptr);
    return evaluateWith(option, option.kind == OptionKind::OnDemand ? nullptr : &reference);
}

CostReport CostEngine::runUnchecked() const
{
    CostReport report;
    report.horizonMonths = m_timeline.months();
    report.hoursPerMonth = m_timeline.calendarMonths() ? 0 : Timeline::kHoursPerMonth;
    report.start = m_timeline.start();
    report.priceSnapshot = m_prices.snapshotDate();
    report.assumptions = assumptions();
    const std::vector<OptionSpec> options
        = m_scenario.options.empty() ? applicableOptions() : m_scenario.options;
    OptionSpec od;
    od.id = QStringLiteral("od");
    od.kind = OptionKind::OnDemand;
    const OptionResult reference = evaluateWith(od, nullptr);
    for (const OptionSpec &o : options) {
        if (o.kind == OptionKind::OnDemand) {
            report.options.push_back(finish(o, reference.months, reference.explain, nullptr));
            report.options.back().priceNotes = reference.priceNotes;
            report.options.back().pricesUsed = reference.pricesUsed;
            report.options.back().undatedPricesUsed = reference.undatedPricesUsed;
            assembleExplanation(report.options.back());
        } else {
            report.options.push_back(evaluateWith(o, &reference));
        }
    }
    // The range of publication dates of the prices the options used, and every price more than
    // a year older than the newest one (pricing.md section 1: state the dates of the prices).
    std::vector<DatedPrice> used;
    for (const OptionResult &r : report.options)
        for (const DatedPrice &d : r.pricesUsed)
            if (std::find(used.begin(), used.end(), d) == used.end())
                used.push_back(d);
    for (const DatedPrice &d : used) {
        if (!report.pricesFrom.isValid() || d.date < report.pricesFrom)
            report.pricesFrom = d.date;
        if (!report.pricesTo.isValid() || d.date > report.pricesTo)
            report.pricesTo = d.date;
    }
    for (const DatedPrice &d : used)
        if (d.date.addYears(1) < report.pricesTo)
            report.stalePrices.push_back(d);
    for (const OptionResult &r : report.options)
        for (const DatedPrice &d : r.undatedPricesUsed)
            if (std::find(report.undatedPrices.begin(), report.undatedPrices.end(), d)
                == report.undatedPrices.end())
                report.undatedPrices.push_back(d);
    std::stable_sort(report.stalePrices.begin(), report.stalePrices.end(),
        [](const DatedPrice &a, const DatedPrice &b) { return a.date < b.date; });
    return report;
}

std::vector<OptionSpec> CostEngine::applicableOptions() const
{
    std::vector<OptionSpec> out;
    const Bucket &first = m_buckets.front();
    OptionSpec od;
    od.id = QStringLiteral("od");
    out.push_back(od);
    const std::int64_t baselineInstances = std::max<std::int64_t>(1, first.minSeconds / kHourSeconds);
    for (OfferingClass c : { OfferingClass::Standard, OfferingClass::Convertible }) {
        for (Term t : { Term::OneYear, Term::ThreeYears }) {
            for (PurchaseOption p :
                { PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront }) {
                const Offer offer = Offer::reserved(c, t, p);
                const bool priced = (p == PurchaseOption::NoUpfront
                                        || optionalPrice(query(PriceItem::ReservedUpfront, first, offer)))
                    && (p == PurchaseOption::AllUpfront
                        || optionalPrice(query(PriceItem::ReservedHourly, first, offer)));
                if (!priced)
                    continue;
                OptionSpec o;
                o.kind = OptionKind::Reserved;
                o.id = QStringLiteral("ri-") + offerKey(offer).replace(u'/', u'-');
                o.reserved.push_back(ReservedPurchase {
                    c, t, p, static_cast<int>(baselineInstances), first.instanceType, true });
                out.push_back(o);
            }
        }
    }
    for (SavingsPlanType type : { SavingsPlanType::Compute, SavingsPlanType::Ec2Instance }) {
        for (Term t : { Term::OneYear, Term::ThreeYears }) {
            for (PurchaseOption p :
                { PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront }) {
                const Offer offer = Offer::savingsPlan(type, t, p);
                if (!optionalPrice(query(PriceItem::SavingsPlanHourly, first, offer)))
                    continue;
                SavingsPlanPurchase plan { type, t, p, std::nullopt, QString(), true };
                bool allPriced = true;
                for (const Bucket &b : m_buckets)
                    if ((type == SavingsPlanType::Compute || b.family == first.family)
                        && !optionalPrice(query(PriceItem::SavingsPlanHourly, b, offer)))
                        allPriced = false;
                if (!allPriced)
                    continue;
                const Money commitment = proposeSavingsPlanCommitment(plan);
                if (commitment.isZero())
                    continue;
                plan.commitmentPerHour = commitment;
                OptionSpec o;
                o.kind = OptionKind::SavingsPlan;
                o.id = QStringLiteral("sp-") + offerKey(offer).replace(u'/', u'-');
                o.savingsPlans.push_back(plan);
                out.push_back(o);
            }
        }
    }
    if (std::all_of(m_buckets.begin(), m_buckets.end(), [this](const Bucket &b) {
            return optionalPrice(query(PriceItem::SpotSavingsPercent, b)).has_value()
                || optionalPrice(query(PriceItem::SpotHourly, b)).has_value();
        })) {
        OptionSpec o;
        o.kind = OptionKind::Spot;
        o.id = QStringLiteral("spot");
        out.push_back(o);
    }
    if (optionalPrice(PriceQuery { PriceItem::DedicatedHostHourly, m_scenario.region, first.family,
            first.platform, Offer(), QString() })
        && InstanceSizing::hostCapacity(first.family, first.size, {})) {
        OptionSpec o;
        o.kind = OptionKind::DedicatedHost;
        o.id = QStringLiteral("dh");
        o.hostFamily = first.family; // the family the engine would take; named in the label
        out.push_back(o);
    }
    // Host reservations with a known price (the catalog keeps a reservation only with its fee).
    if (InstanceSizing::hostCapacity(first.family, first.size, {})) {
        for (Term t : { Term::OneYear, Term::ThreeYears }) {
            for (PurchaseOption p :
                { PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront }) {
                const Offer offer = Offer::reserved(OfferingClass::Standard, t, p);
                auto hostQuery = [&](PriceItem item) {
                    return PriceQuery { item, m_scenario.region, first.family, first.platform, offer,
                        QString() };
                };
                const bool priced = (p == PurchaseOption::NoUpfront
                                        || optionalPrice(hostQuery(PriceItem::DedicatedHostReservedUpfront)))
                    && (p == PurchaseOption::AllUpfront
                        || optionalPrice(hostQuery(PriceItem::DedicatedHostReservedHourly)));
                if (!priced)
                    continue;
                OptionSpec o;
                o.kind = OptionKind::DedicatedHost;
                o.id = QStringLiteral("dh-") + hostReservationKey(offer).replace(u'/', u'-');
                o.hostFamily = first.family;
                o.hostReservation = offer;
                out.push_back(o);
            }
        }
    }
    if (std::all_of(m_buckets.begin(), m_buckets.end(), [this](const Bucket &b) {
            return optionalPrice(query(PriceItem::DedicatedInstanceHourly, b)).has_value();
        })) {
        OptionSpec o;
        o.kind = OptionKind::DedicatedInstance;
        o.id = QStringLiteral("di");
        out.push_back(o);
    }
    const QString freeTierType = legacyFreeTierType(m_scenario.region);
    if (std::any_of(m_buckets.begin(), m_buckets.end(), [&freeTierType](const Bucket &b) {
            return b.instanceType == freeTierType && legacyFreeTierPool(b.platform) != FreeTierPool::None;
        })) {
        OptionSpec o;
        o.kind = OptionKind::FreeTier;
        o.id = QStringLiteral("ft-legacy");
        out.push_back(o);
    }
    OptionSpec credits;
    credits.kind = OptionKind::FreeTier;
    credits.freeTier.plan = FreeTierPlan::Credits;
    credits.id = QStringLiteral("ft-credits");
    out.push_back(credits);
    return out;
}

std::vector<AssumptionNote> CostEngine::assumptions() const
{
    using K = AssumptionNote::Kind;
    const QDate start = m_timeline.start();
    std::vector<AssumptionNote> a;
    if (m_timeline.calendarMonths())
        a.push_back({ K::CalendarMonths, start });
    else
        a.push_back({ K::Months730, QDate() });
    a.push_back({ K::HourlyGrid, start });
    a.push_back({ K::Renewal, QDate() });
    a.push_back({ K::CommitmentOrder, QDate() });
    a.push_back({ K::PublicIpv4Billing, QDate() });
    a.push_back({ K::EbsAllMonth, QDate() });
    a.push_back({ K::PricesInUsd, QDate() });
    auto compares = [this](OptionKind kind, std::optional<FreeTierPlan> plan = std::nullopt) {
        if (m_scenario.options.empty())
            return true; // the proposed options include every kind that applies
        return std::any_of(m_scenario.options.begin(), m_scenario.options.end(),
            [&](const OptionSpec &o) { return o.kind == kind && (!plan || o.freeTier.plan == *plan); });
    };
    if (!m_transferGbPerMonth.isZero())
        a.push_back({ m_transferFlat ? K::DataTransferFlat : K::DataTransferTiers, QDate() });
    if (compares(OptionKind::DedicatedInstance))
        a.push_back({ K::DedicatedRegionFee, QDate() });
    if (compares(OptionKind::FreeTier, FreeTierPlan::Legacy))
        a.push_back({ K::LegacyFreeTier, QDate(), legacyFreeTierType(m_scenario.region) });
    if (compares(OptionKind::FreeTier, FreeTierPlan::Credits))
        a.push_back({ K::FreePlan, QDate() });
    if (m_macOnHostPrice)
        a.push_back({ K::MacOnHost, QDate() });
    return a;
}

} // namespace ec2lab
