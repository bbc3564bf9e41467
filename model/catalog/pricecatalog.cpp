#include "catalog/pricecatalog.h"

#include "catalog/priceestimator.h"

#include <QMap>
#include <algorithm>

namespace ec2lab::catalog {

namespace {

// The replacement rule shared by every slot: an exact published price beats a derived or
// estimated one whatever the dates (pricing.md); otherwise same date or newer wins, and an
// undated price never replaces a dated one.
bool replaces(const Provenance &incoming, const Provenance &existing)
{
    if (incoming.isExact() != existing.isExact())
        return incoming.isExact();
    if (!existing.date.isValid())
        return true;
    return incoming.date.isValid() && incoming.date >= existing.date;
}

template<typename T, typename Same> void upsert(QList<T> &list, const T &value, Same same)
{
    for (T &old : list) {
        if (same(old, value)) {
            if (replaces(value.provenance, old.provenance))
                old = value;
            return;
        }
    }
    list.append(value);
}

const QString kSpotEstimateRule = QStringLiteral("On-Demand x (1 - Spot Advisor savings %)");
const QString kInstanceSpRule = QStringLiteral(
    "EC2 Instance Savings Plan rate taken as the Standard RI effective hourly rate for the same term "
    "and payment (the relationship seen in real AWS data)");

} // namespace

size_t qHash(const PriceCatalog::EntryKey &key, size_t seed)
{
    return qHashMulti(seed, key.instanceType, static_cast<int>(key.platform), static_cast<int>(key.tenancy));
}

bool InstanceFilter::accepts(const InstanceSpec &s) const
{
    if (!family.isEmpty() && s.family != family)
        return false;
    if (s.vcpu < minVcpu)
        return false;
    if (s.memoryGib < minMemoryGib)
        return false;
    if (architecture && s.architecture != *architecture)
        return false;
    if (generation && s.generation != *generation)
        return false;
    if (category && s.category != *category)
        return false;
    return true;
}

void PriceCatalog::addInstanceSpec(const InstanceSpec &spec)
{
    auto it = m_specs.find(spec.name);
    if (it == m_specs.end())
        m_specs.insert(spec.name, spec);
    else
        it->fillFrom(spec);
}

const InstanceSpec *PriceCatalog::instanceSpec(const QString &type) const
{
    const auto it = m_specs.constFind(type);
    return it == m_specs.cend() ? nullptr : &*it;
}

QList<InstanceSpec> PriceCatalog::instanceSpecs() const
{
    QList<InstanceSpec> out = m_specs.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

SpotQuote PriceCatalog::spotQuote(const PriceEntry &e)
{
    SpotQuote s;
    s.advice = e.spotAdvice;
    std::optional<SpotPricePoint> cheapest;
    if (!e.spotHistory.isEmpty()) {
        QMap<QString, SpotPricePoint> latest;
        for (const SpotPricePoint &p : e.spotHistory)
            latest[p.availabilityZone] = p; // sorted ascending, so the last one stays
        s.latestPerZone = latest.values();
        cheapest = *std::min_element(s.latestPerZone.cbegin(), s.latestPerZone.cend(),
            [](const auto &a, const auto &b) { return a.perHour < b.perHour; });
    }
    const bool canEstimate = e.spotAdvice && e.onDemand;
    const QDate onDemandDate = e.onDemand ? e.onDemand->provenance.date : QDate();
    const QDate historyDate = cheapest ? cheapest->timestamp.date() : QDate();
    // The one Spot price rule [CHOICE, model/cost/README.md "One Spot price"]: a history record not
    // older than the On-Demand price it is compared with wins (or any history when no estimate
    // can be made); an older one is kept as history and the advisor estimate is the price.
    const bool historyWins = cheapest
        && (!canEstimate || !onDemandDate.isValid() || !historyDate.isValid() || historyDate >= onDemandDate);
    if (historyWins) {
        s.perHour = cheapest->perHour;
        s.fromHistory = true;
        s.provenance = e.spotHistoryProvenance;
        s.provenance.date = historyDate;
        s.provenance.rule = QStringLiteral("latest Spot price of the cheapest availability zone");
    } else if (canEstimate) {
        s.perHour = e.onDemand->perHour.mulDiv(100 - e.spotAdvice->savingsPercent, 100);
        QString rule = kSpotEstimateRule;
        if (cheapest)
            rule += QStringLiteral("; the Spot price history (%1) is older than the On-Demand price (%2)")
                        .arg(historyDate.toString(Qt::ISODate), onDemandDate.toString(Qt::ISODate));
        s.provenance
            = Provenance { e.spotAdvice->provenance.source, e.spotAdvice->provenance.date, true, rule };
    }
    return s;
}

std::optional<Money> PriceCatalog::normalizationFactor(const QString &type) const
{
    const InstanceSpec *spec = instanceSpec(type);
    if (spec && !spec->normalizationFactor.isZero())
        return spec->normalizationFactor;
    // A bare-metal size has the factor of its family's largest size [AWS, EC2 User Guide "How
    // Reserved Instances are applied"]: the largest factor the catalog holds for the family.
    const QString family = type.section(u'.', 0, 0);
    const QString size = type.section(u'.', 1);
    // "metal-48xl" is the bare-metal twin of the family's 48xlarge [CHOICE: the name says which].
    if (size.startsWith(u"metal-") && size.endsWith(u"xl")) {
        const InstanceSpec *twin
            = instanceSpec(family + u'.' + size.mid(6).chopped(2) + QStringLiteral("xlarge"));
        if (twin && !twin->normalizationFactor.isZero())
            return twin->normalizationFactor;
        return std::nullopt;
    }
    if (size != u"metal")
        return std::nullopt;
    Money largest;
    for (const InstanceSpec &s : m_specs)
        if (s.family == family && s.normalizationFactor > largest)
            largest = s.normalizationFactor;
    if (largest.isZero())
        return std::nullopt;
    return largest;
}

PriceEntry &PriceCatalog::slot(const PriceKey &key)
{
    return m_regions[key.region].entries[EntryKey { key.instanceType, key.platform, key.tenancy }];
}

void PriceCatalog::setOnDemand(const PriceKey &key, const OnDemandPrice &price)
{
    PriceEntry &e = slot(key);
    if (!e.onDemand || replaces(price.provenance, e.onDemand->provenance))
        e.onDemand = price;
}

void PriceCatalog::setReserved(const PriceKey &key, const ReservedPrice &price)
{
    QList<ReservedPrice> &list = slot(key).reserved;
    // AWS publishes 12 offers per instance product (2 classes x 2 terms x 3 payments): room for
    // them at once, instead of growing (and copying) the list four times with slack at the end.
    if (list.isEmpty())
        list.reserve(12);
    upsert(list, price, [](const auto &a, const auto &b) { return a.sameOffer(b); });
}

void PriceCatalog::setSavingsPlanRate(const PriceKey &key, const SavingsPlanRate &rate)
{
    QList<SavingsPlanRate> &list = slot(key).savingsPlans;
    // A Savings Plans file gives 12 rates per instance product (Compute and EC2 Instance plans x
    // 2 terms x 3 payments): room for them at once, as for the Reserved offers.
    if (list.isEmpty())
        list.reserve(12);
    upsert(list, rate, [](const auto &a, const auto &b) { return a.samePlan(b); });
}

void PriceCatalog::setSavingsPlanRates(const PriceKey &key, const SavingsPlanRate *rates, qsizetype count)
{
    QList<SavingsPlanRate> &list = slot(key).savingsPlans;
    if (list.isEmpty())
        list.reserve(std::max<qsizetype>(12, count));
    for (qsizetype i = 0; i < count; ++i)
        upsert(list, rates[i], [](const auto &a, const auto &b) { return a.samePlan(b); });
}

void PriceCatalog::setSpotAdvice(const PriceKey &key, const SpotAdvice &advice)
{
    PriceEntry &e = slot(key);
    if (!e.spotAdvice || replaces(advice.provenance, e.spotAdvice->provenance))
        e.spotAdvice = advice;
}

void PriceCatalog::addSpotHistory(
    const PriceKey &key, const QList<SpotPricePoint> &points, const Provenance &source)
{
    PriceEntry &e = slot(key);
    for (const SpotPricePoint &p : points) {
        if (!e.spotHistory.contains(p))
            e.spotHistory.append(p);
    }
    std::sort(e.spotHistory.begin(), e.spotHistory.end(), [](const auto &a, const auto &b) {
        return a.availabilityZone != b.availabilityZone ? a.availabilityZone < b.availabilityZone
                                                        : a.timestamp < b.timestamp;
    });
    if (replaces(source, e.spotHistoryProvenance))
        e.spotHistoryProvenance = source;
}

void PriceCatalog::setDedicatedHost(const QString &region, const DedicatedHostPrice &price)
{
    auto &hosts = m_regions[region].hosts;
    auto it = hosts.find(price.family);
    if (it == hosts.end()) {
        hosts.insert(price.family, price);
        return;
    }
    // Host reservations and the On-Demand host price come from different sources: each keeps
    // its own slot and rule.
    for (const ReservedPrice &r : price.reserved)
        upsert(it->reserved, r, [](const auto &a, const auto &b) { return a.sameOffer(b); });
    if (!price.hasOnDemand()) {
        if (it->capacities.isEmpty())
            it->capacities = price.capacities;
        return;
    }
    if (!it->hasOnDemand() || replaces(price.provenance, it->provenance)) {
        const auto reserved = it->reserved;
        const auto oldCapacities = it->capacities;
        *it = price;
        it->reserved = reserved;
        if (it->capacities.isEmpty())
            it->capacities = oldCapacities; // a price-only source keeps known capacities
    } else if (it->capacities.isEmpty()) {
        it->capacities = price.capacities;
    }
}

void PriceCatalog::setEbsRate(const QString &region, const QString &volumeType, const RegionalRate &rate)
{
    auto &ebs = m_regions[region].ebs;
    auto it = ebs.find(volumeType);
    if (it == ebs.end())
        ebs.insert(volumeType, rate);
    else if (replaces(rate.provenance, it->provenance))
        *it = rate;
}

void PriceCatalog::setPublicIpv4Rate(const QString &region, const RegionalRate &rate)
{
    auto &r = m_regions[region].publicIpv4;
    if (!r || replaces(rate.provenance, r->provenance))
        r = rate;
}

void PriceCatalog::merge(const PriceCatalog &other)
{
    for (const InstanceSpec &s : other.m_specs)
        addInstanceSpec(s);
    for (auto rit = other.m_regions.cbegin(); rit != other.m_regions.cend(); ++rit) {
        const QString &region = rit.key();
        for (auto eit = rit->entries.cbegin(); eit != rit->entries.cend(); ++eit) {
            const PriceKey key { region, eit.key().instanceType, eit.key().platform, eit.key().tenancy };
            const PriceEntry &e = eit.value();
            if (e.onDemand)
                setOnDemand(key, *e.onDemand);
            for (const ReservedPrice &r : e.reserved)
                setReserved(key, r);
            for (const SavingsPlanRate &r : e.savingsPlans)
                setSavingsPlanRate(key, r);
            if (e.spotAdvice)
                setSpotAdvice(key, *e.spotAdvice);
            if (!e.spotHistory.isEmpty())
                addSpotHistory(key, e.spotHistory, e.spotHistoryProvenance);
        }
        for (const DedicatedHostPrice &h : rit->hosts)
            setDedicatedHost(region, h);
        for (auto it = rit->ebs.cbegin(); it != rit->ebs.cend(); ++it)
            setEbsRate(region, it.key(), it.value());
        if (rit->publicIpv4)
            setPublicIpv4Rate(region, *rit->publicIpv4);
    }
}

const PriceEntry *PriceCatalog::entry(const PriceKey &key) const
{
    const auto rit = m_regions.constFind(key.region);
    if (rit == m_regions.cend())
        return nullptr;
    const auto eit = rit->entries.constFind(EntryKey { key.instanceType, key.platform, key.tenancy });
    return eit == rit->entries.cend() ? nullptr : &*eit;
}

PriceQuote PriceCatalog::quote(const PriceKey &key) const
{
    PriceQuote q;
    q.key = key;
    if (const InstanceSpec *s = instanceSpec(key.instanceType))
        q.spec = *s;
    const QString family = q.spec ? q.spec->family : key.instanceType.section(u'.', 0, 0);
    q.dedicatedHost = dedicatedHost(key.region, family);

    const PriceEntry *e = entry(key);
    if (!e)
        return q;
    q.onDemand = e->onDemand;
    q.reserved = e->reserved;
    std::sort(q.reserved.begin(), q.reserved.end(), [](const auto &a, const auto &b) {
        return std::tuple(a.offeringClass, a.term, a.payment)
            < std::tuple(b.offeringClass, b.term, b.payment);
    });

    q.savingsPlans = e->savingsPlans;
    // Estimates where AWS data is absent (cross-Region payment ratios, effective-rate splits,
    // Compute Savings Plan ratios): one hook, rules in priceestimator.cpp.
    PriceEstimator(*this).complete(q);
    for (const ReservedPrice &r : std::as_const(q.reserved)) {
        if (r.offeringClass != OfferingClass::Standard)
            continue;
        const QString rule = r.provenance.estimate
            ? kInstanceSpRule + QStringLiteral("; that RI rate is itself an estimate: ") + r.provenance.rule
            : kInstanceSpRule;
        SavingsPlanRate derived { SavingsPlanType::Ec2Instance, r.term, r.payment, r.effectiveHourly(),
            Provenance { r.provenance.source, r.provenance.date, true, rule } };
        const bool published = std::any_of(q.savingsPlans.cbegin(), q.savingsPlans.cend(),
            [&](const auto &p) { return p.samePlan(derived); });
        if (!published)
            q.savingsPlans.append(derived);
    }
    std::sort(q.savingsPlans.begin(), q.savingsPlans.end(), [](const auto &a, const auto &b) {
        return std::tuple(a.type, a.term, a.payment) < std::tuple(b.type, b.term, b.payment);
    });

    q.spot = spotQuote(*e);
    return q;
}

QStringList PriceCatalog::regions() const
{
    QStringList out = m_regions.keys();
    out.sort();
    return out;
}

QStringList PriceCatalog::instanceTypes(const QString &region, const InstanceFilter &filter) const
{
    QStringList out;
    const auto rit = m_regions.constFind(region);
    if (rit == m_regions.cend())
        return out;
    QSet<QString> seen;
    for (auto it = rit->entries.cbegin(); it != rit->entries.cend(); ++it) {
        const QString &type = it.key().instanceType;
        if (it->isEmpty() || seen.contains(type))
            continue;
        seen.insert(type);
        const InstanceSpec *s = instanceSpec(type);
        InstanceSpec fallback;
        if (!s) {
            fallback.name = type;
            fallback.family = type.section(u'.', 0, 0);
            s = &fallback;
        }
        if (filter.accepts(*s))
            out.append(type);
    }
    out.sort();
    return out;
}

std::optional<DedicatedHostPrice> PriceCatalog::dedicatedHost(
    const QString &region, const QString &family) const
{
    const auto rit = m_regions.constFind(region);
    if (rit == m_regions.cend())
        return std::nullopt;
    // Exact family match: host SKU names are prefixes of each other (mac2 vs mac2-m2pro).
    const auto it = rit->hosts.constFind(family);
    if (it == rit->hosts.cend())
        return std::nullopt;
    return *it;
}

QList<DedicatedHostPrice> PriceCatalog::dedicatedHosts(const QString &region) const
{
    QList<DedicatedHostPrice> out = m_regions.value(region).hosts.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.family < b.family; });
    return out;
}

std::optional<RegionalRate> PriceCatalog::ebsRate(const QString &region, const QString &volumeType) const
{
    const auto rit = m_regions.constFind(region);
    if (rit == m_regions.cend() || !rit->ebs.contains(volumeType))
        return std::nullopt;
    return rit->ebs.value(volumeType);
}

std::optional<RegionalRate> PriceCatalog::publicIpv4Rate(const QString &region) const
{
    const auto rit = m_regions.constFind(region);
    return rit == m_regions.cend() ? std::nullopt : rit->publicIpv4;
}

namespace {

// Visits the provenance of every price; with \a regionWide false, only of the instance prices
// (not the region-wide EBS and public IPv4 rates).
template<typename Fn>
void forEachProvenance(
    const QHash<QString, PriceCatalog::RegionPrices> &regions, Fn fn, bool regionWide = true)
{
    for (const auto &r : regions) {
        for (const PriceEntry &e : r.entries) {
            if (e.onDemand)
                fn(e.onDemand->provenance);
            for (const auto &p : e.reserved)
                fn(p.provenance);
            for (const auto &p : e.savingsPlans)
                fn(p.provenance);
            if (e.spotAdvice)
                fn(e.spotAdvice->provenance);
            if (!e.spotHistory.isEmpty())
                fn(e.spotHistoryProvenance);
        }
        for (const auto &h : r.hosts) {
            if (h.hasOnDemand())
                fn(h.provenance);
            for (const auto &p : h.reserved)
                fn(p.provenance);
        }
        if (!regionWide)
            continue;
        for (const auto &x : r.ebs)
            fn(x.provenance);
        if (r.publicIpv4)
            fn(r.publicIpv4->provenance);
    }
}

} // namespace

QDate PriceCatalog::newestDate() const
{
    QDate newest;
    forEachProvenance(
        m_regions,
        [&](const Provenance &p) {
            if (p.date.isValid() && (!newest.isValid() || p.date > newest))
                newest = p.date;
        },
        false);
    return newest;
}

QList<QPair<QString, QDate>> PriceCatalog::sources() const
{
    QMap<QString, QDate> map;
    forEachProvenance(m_regions, [&](const Provenance &p) {
        QDate &d = map[p.source];
        if (p.date.isValid() && (!d.isValid() || p.date > d))
            d = p.date;
    });
    QList<QPair<QString, QDate>> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append({ it.key(), it.value() });
    return out;
}

QString PriceCatalog::summary() const
{
    qsizetype od = 0, ri = 0, sp = 0, advice = 0, spot = 0, hosts = 0, ebs = 0, ipv4 = 0;
    for (const auto &r : m_regions) {
        for (const PriceEntry &e : r.entries) {
            od += e.onDemand ? 1 : 0;
            ri += e.reserved.size();
            sp += e.savingsPlans.size();
            advice += e.spotAdvice ? 1 : 0;
            spot += e.spotHistory.size();
        }
        hosts += r.hosts.size();
        ebs += r.ebs.size();
        ipv4 += r.publicIpv4 ? 1 : 0;
    }
    return QStringLiteral("%1 regions, %2 instance types, %3 On-Demand, %4 Reserved, %5 Savings Plans, "
                          "%6 Spot Advisor, %7 Spot history records, %8 Dedicated Host prices, "
                          "%9 EBS rates, %10 public IPv4 rates")
        .arg(m_regions.size())
        .arg(m_specs.size())
        .arg(od)
        .arg(ri)
        .arg(sp)
        .arg(advice)
        .arg(spot)
        .arg(hosts)
        .arg(ebs)
        .arg(ipv4);
}

} // namespace ec2lab::catalog
