#include "catalog/priceestimator.h"

#include <algorithm>

namespace ec2lab::catalog {

namespace {

constexpr PurchaseOption kPayments[]
    = { PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront };

const ReservedPrice *findOffer(
    const QList<ReservedPrice> &list, OfferingClass cls, Term years, PurchaseOption pay)
{
    for (const ReservedPrice &r : list) {
        if (r.offeringClass == cls && r.term == years && r.payment == pay)
            return &r;
    }
    return nullptr;
}

const SavingsPlanRate *findPlan(
    const QList<SavingsPlanRate> &list, SavingsPlanType type, Term years, PurchaseOption pay)
{
    for (const SavingsPlanRate &r : list) {
        if (r.type == type && r.term == years && r.payment == pay)
            return &r;
    }
    return nullptr;
}

// "0.0577671" or "252 + 0.029/h"
QString describeRate(const ReservedPrice &r)
{
    if (r.effectiveOnly || r.upfront.isZero())
        return r.hourly.toPlainString() + QStringLiteral("/h");
    if (r.hourly.isZero())
        return r.upfront.toPlainString() + QStringLiteral(" upfront");
    return QStringLiteral("%1 upfront + %2/h").arg(r.upfront.toPlainString(), r.hourly.toPlainString());
}

// "Standard" / "Convertible", as AWS's offer files spell OfferingClass.
QString offeringClassTitle(OfferingClass cls)
{
    return cls == OfferingClass::Convertible ? QStringLiteral("Convertible") : QStringLiteral("Standard");
}

// this * (num / den), one rounding to the nano-dollar.
Money scaled(Money value, Money num, Money den)
{
    return value.mulDiv(num.nanos(), den.nanos());
}

void sortQuote(PriceQuote &q)
{
    std::sort(q.reserved.begin(), q.reserved.end(), [](const auto &a, const auto &b) {
        return std::tuple(a.offeringClass, a.term, a.payment)
            < std::tuple(b.offeringClass, b.term, b.payment);
    });
    std::sort(q.savingsPlans.begin(), q.savingsPlans.end(), [](const auto &a, const auto &b) {
        return std::tuple(a.type, a.term, a.payment) < std::tuple(b.type, b.term, b.payment);
    });
}

} // namespace

PriceEstimator::PriceEstimator(const PriceCatalog &catalog)
    : m_catalog(catalog)
{
}

void PriceEstimator::complete(PriceQuote &quote) const
{
    estimateReservedFromOtherRegion(quote);
    splitEffectiveOnly(quote);
    estimateComputeSavingsPlans(quote);
    sortQuote(quote);
}

QStringList PriceEstimator::referenceRegions(const QString &region) const
{
    QStringList out;
    const QString first = QStringLiteral("us-east-1");
    for (const QString &r : m_catalog.regions()) {
        if (r == region)
            continue;
        if (r == first)
            out.prepend(r);
        else
            out.append(r);
    }
    return out;
}

ReservedPrice PriceEstimator::splitEffective(const ReservedPrice &r, const QString &why)
{
    ReservedPrice out = r;
    out.effectiveOnly = false;
    const qint64 hours = ec2lab::termHours(r.term);
    const Money effective = r.hourly; // an effective-only price holds its rate in hourly
    QString rule;
    if (r.payment == PurchaseOption::AllUpfront) {
        out.upfront = (effective * hours).rounded(2);
        out.hourly = Money();
        rule = QStringLiteral("All Upfront fee = effective rate %1/h x %2 h, rounded to the cent")
                   .arg(effective.toPlainString())
                   .arg(hours);
    } else if (r.payment == PurchaseOption::PartialUpfront) {
        // [CHOICE] pricing.md: half the term's cost upfront, the other half hourly.
        out.upfront = (effective * hours).mulDiv(1, 2).rounded(2);
        out.hourly = effective - out.upfront.mulDiv(1, hours);
        rule = QStringLiteral("Partial Upfront split half and half (a modelling choice): effective rate %1/h "
                              "x %2 h / 2 as the fee, the rest hourly")
                   .arg(effective.toPlainString())
                   .arg(hours);
    } else {
        out.upfront = Money();
        out.hourly = effective;
        rule = QStringLiteral("No Upfront hourly = effective rate");
    }
    out.provenance.estimate = true;
    out.provenance.derived = false;
    out.provenance.rule = why.isEmpty() ? rule : why + QStringLiteral("; ") + rule;
    return out;
}

void PriceEstimator::splitEffectiveOnly(PriceQuote &q) const
{
    for (ReservedPrice &r : q.reserved) {
        if (!r.effectiveOnly)
            continue;
        const QString why = r.provenance.rule.isEmpty()
            ? QStringLiteral("only the effective rate is published")
            : QStringLiteral("only the effective rate is known (%1)").arg(r.provenance.rule);
        r = splitEffective(r, why);
    }
}

QStringList PriceEstimator::familyTypes(const PriceKey &key, const std::optional<InstanceSpec> &spec) const
{
    const QString family = spec ? spec->family : key.instanceType.section(u'.', 0, 0);
    QStringList out;
    for (const InstanceSpec &s : m_catalog.instanceSpecs()) {
        if (s.family == family && s.name != key.instanceType)
            out << s.name; // instanceSpecs() is sorted by name
    }
    return out;
}

void PriceEstimator::estimateReservedFromOtherRegion(PriceQuote &q) const
{
    const QStringList refs = referenceRegions(q.key.region);
    const QStringList family = familyTypes(q.key, q.spec);
    // Where a payment ratio is looked for, in order (pricing.md): the same type and class in
    // another Region; the same class in the family, this Region first; and, as a stated
    // modelling choice, the other class's ratio for the same type, this Region first.
    struct Reference
    {
        PriceKey key;
        bool otherClass = false;
    };
    QList<Reference> candidates;
    for (const QString &region : refs)
        candidates.append({ PriceKey { region, q.key.instanceType, q.key.platform, q.key.tenancy } });
    for (const QString &region : QStringList { q.key.region } + refs) {
        for (const QString &type : family)
            candidates.append({ PriceKey { region, type, q.key.platform, q.key.tenancy } });
    }
    for (const QString &region : QStringList { q.key.region } + refs)
        candidates.append({ PriceKey { region, q.key.instanceType, q.key.platform, q.key.tenancy }, true });

    for (const OfferingClass cls : { OfferingClass::Standard, OfferingClass::Convertible }) {
        const OfferingClass other
            = cls == OfferingClass::Standard ? OfferingClass::Convertible : OfferingClass::Standard;
        for (const Term years : { Term::OneYear, Term::ThreeYears }) {
            for (const PurchaseOption pay : { PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront }) {
                const ReservedPrice *nu = findOffer(q.reserved, cls, years, PurchaseOption::NoUpfront);
                if (!nu || nu->hourly.isZero())
                    break;
                if (findOffer(q.reserved, cls, years, pay))
                    continue;
                for (const Reference &ref : candidates) {
                    const PriceEntry *e = m_catalog.entry(ref.key);
                    if (!e)
                        continue;
                    const OfferingClass refClass = ref.otherClass ? other : cls;
                    const ReservedPrice *refNu
                        = findOffer(e->reserved, refClass, years, PurchaseOption::NoUpfront);
                    const ReservedPrice *refPay = findOffer(e->reserved, refClass, years, pay);
                    if (!refNu || !refPay || refNu->hourly.isZero())
                        continue;
                    QString why
                        = QStringLiteral(
                            "estimated from this Region's No Upfront rate %1/h x (%2 / No Upfront %3/h of %4 "
                            "in %5)")
                              .arg(nu->hourly.toPlainString(), describeRate(*refPay),
                                  refNu->hourly.toPlainString(), ref.key.instanceType, ref.key.region);
                    if (ref.otherClass) {
                        why = QStringLiteral(
                            "estimated from this Region's No Upfront rate %1/h x (%2 %3 / %2 No Upfront %4/h "
                            "of %5 in %6): no %7 payment ratio of this type or family is known, so the %2 "
                            "one is used (a modelling choice)")
                                  .arg(nu->hourly.toPlainString(), offeringClassTitle(refClass),
                                      describeRate(*refPay), refNu->hourly.toPlainString(),
                                      ref.key.instanceType, ref.key.region, offeringClassTitle(cls));
                    }
                    ReservedPrice est = *refPay;
                    est.offeringClass = cls;
                    est.provenance
                        = Provenance { nu->provenance.source, nu->provenance.date, true, QString() };
                    if (refPay->effectiveOnly) {
                        est.hourly = scaled(refPay->hourly, nu->hourly, refNu->hourly);
                        est = splitEffective(est, why);
                    } else {
                        est.effectiveOnly = false;
                        est.upfront = scaled(refPay->upfront, nu->hourly, refNu->hourly).rounded(2);
                        est.hourly = scaled(refPay->hourly, nu->hourly, refNu->hourly);
                        est.provenance.rule = why
                            + QStringLiteral("; fee and hourly part scaled alike, "
                                             "the fee rounded to the cent");
                    }
                    q.reserved.append(est); // may move the list: nu is looked up again above
                    break;
                }
            }
        }
    }
}

void PriceEstimator::estimateComputeSavingsPlans(PriceQuote &q) const
{
    if (!q.onDemand || q.onDemand->perHour.isZero())
        return;
    const Money od = q.onDemand->perHour;
    const QStringList familyTypes = this->familyTypes(q.key, q.spec);
    const QStringList others = referenceRegions(q.key.region);
    // Candidates in order: the same type elsewhere, then the family here, then the family elsewhere.
    QList<PriceKey> candidates;
    for (const QString &region : others)
        candidates.append(PriceKey { region, q.key.instanceType, q.key.platform, q.key.tenancy });
    for (const QString &region : QStringList { q.key.region } + others) {
        for (const QString &type : familyTypes)
            candidates.append(PriceKey { region, type, q.key.platform, q.key.tenancy });
    }
    for (const Term years : { Term::OneYear, Term::ThreeYears }) {
        for (const PurchaseOption pay : kPayments) {
            if (findPlan(q.savingsPlans, SavingsPlanType::Compute, years, pay))
                continue;
            for (const PriceKey &ref : candidates) {
                const PriceEntry *e = m_catalog.entry(ref);
                if (!e || !e->onDemand || e->onDemand->perHour.isZero())
                    continue;
                const SavingsPlanRate *sp = findPlan(e->savingsPlans, SavingsPlanType::Compute, years, pay);
                if (!sp || sp->provenance.estimate)
                    continue;
                const Money refOd = e->onDemand->perHour;
                SavingsPlanRate est = *sp;
                est.perHour = scaled(od, sp->perHour, refOd);
                est.provenance = Provenance { sp->provenance.source, sp->provenance.date, true,
                    QStringLiteral("Compute Savings Plan estimated as On-Demand %1/h x (Compute SP %2/h / "
                                   "On-Demand %3/h of %4 in %5)")
                        .arg(od.toPlainString(), sp->perHour.toPlainString(), refOd.toPlainString(),
                            ref.instanceType, ref.region) };
                q.savingsPlans.append(est);
                break;
            }
        }
    }
}

} // namespace ec2lab::catalog
