#pragma once

#include "money.h"
#include "offer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ec2lab::catalog {

/// The five instance groups AWS uses on its pricing pages.
enum class InstanceCategory : quint8 {
    Unknown,
    GeneralPurpose,
    ComputeOptimized,
    MemoryOptimized,
    AcceleratedComputing,
    StorageOptimized,
};

enum class Architecture : quint8 { Unknown, X86_64, Arm64 };
enum class Generation : quint8 { Unknown, Current, Previous };

// Platform, Tenancy and the offer vocabulary (OfferingClass, Term, PurchaseOption,
// SavingsPlanType) are the model's own (offer.h). The catalog prices the first seven platforms;
// pre-installed software (SQL Server) is not imported (pricing.md: keep preInstalledSw NA).
// Dedicated Hosts are priced per host (DedicatedHostPrice), not per instance.

/// Stable lower-case names used on the command line, in JSON output and in the cache.
QString toString(InstanceCategory v);
QString toString(Architecture v);
QString toString(Generation v);

/// Where a price comes from.
///
/// Contract: every price in the catalog carries one. \a date is the publication date of the
/// source (invalid when the source gives none and the importer was not told one). \a estimate is
/// true only for values ec2lab estimated itself (computed at lookup, never stored in the bundled
/// snapshot); \a derived is true for a figure recovered arithmetically from a published one (an
/// All Upfront fee from an effective rate, a rate rounded by the source). Either way \a rule
/// says how, in one line. An exact published price (neither flag) beats a derived or estimated
/// one whatever the dates.
struct Provenance
{
    QString source;
    QDate date;
    bool estimate = false;
    QString rule;
    bool derived = false;

    bool isExact() const { return !estimate && !derived; }

    bool operator==(const Provenance &) const = default;
};

/// Static facts of one instance type (region independent).
///
/// Contract: fields the sources did not give stay Unknown / zero; architecture may be inferred
/// from the family name (Graviton families carry a "g" after the generation digit), which is
/// recorded in \a architectureInferred.
struct InstanceSpec
{
    QString name; ///< "m5.large"
    QString family; ///< "m5"
    QString size; ///< "large"
    InstanceCategory category = InstanceCategory::Unknown;
    int vcpu = 0;
    Money memoryGib; ///< exact decimal GiB ("0.5", "8")
    Architecture architecture = Architecture::Unknown;
    bool architectureInferred = false;
    Generation generation = Generation::Unknown;
    Money normalizationFactor; ///< zero when unknown

    /// Fills every unknown field of this spec from \a other (known fields are kept).
    void fillFrom(const InstanceSpec &other);
};

/// The On-Demand price per instance-hour.
struct OnDemandPrice
{
    Money perHour;
    Provenance provenance;
};

/// One of the 12 Reserved Instance offers. Upfront and hourly fees are kept apart.
struct ReservedPrice
{
    OfferingClass offeringClass = OfferingClass::Standard;
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;
    Money upfront;
    Money hourly;
    Provenance provenance;
    /// Only the effective hourly rate is known (held in \a hourly, \a upfront zero): the source
    /// cannot split it into fee and hourly part. PriceCatalog::quote() splits it as a flagged
    /// estimate; a stored price is never both this and an exact split.
    bool effectiveOnly = false;

    /// hourly + upfront / term hours (8,760 h per year), rounded to the nano-dollar.
    Money effectiveHourly() const;
    Offer offer() const { return Offer::reserved(offeringClass, term, payment); }
    bool sameOffer(const ReservedPrice &o) const { return offer() == o.offer(); }
};

/// A Savings Plan rate for one instance type (the rate already reflects the payment option).
struct SavingsPlanRate
{
    SavingsPlanType type = SavingsPlanType::Compute;
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;
    Money perHour;
    Provenance provenance;

    Offer offer() const { return Offer::savingsPlan(type, term, payment); }
    bool samePlan(const SavingsPlanRate &o) const { return offer() == o.offer(); }
};

/// The Spot Instance Advisor figures: savings % versus On-Demand and the interruption band.
struct SpotAdvice
{
    int savingsPercent = 0;
    int band = 0; ///< index into the advisor's ranges (0 = "<5%" ... 4 = ">20%")
    QString bandLabel; ///< "15-20%"
    Provenance provenance;
};

/// One Spot price record; the price holds from \a timestamp until the next record of its zone.
struct SpotPricePoint
{
    QString availabilityZone;
    QDateTime timestamp;
    Money perHour;

    bool operator==(const SpotPricePoint &) const = default;
};

/// Dedicated Host price for one host family with the number of instances per size it holds.
struct DedicatedHostPrice
{
    QString family;
    Money perHostHour;
    QList<QPair<QString, int>> capacities; ///< size -> instances per host, e.g. ("large", 48)
    Provenance provenance; ///< of perHostHour; empty source when only reservations are known
    /// Host reservations (offeringClass unused: Standard). Upfront zero for No Upfront.
    QList<ReservedPrice> reserved {};

    bool hasOnDemand() const { return !provenance.source.isEmpty(); }
};

/// A region-wide rate such as EBS gp3 per GB-month or a public IPv4 address per hour.
struct RegionalRate
{
    Money price;
    QString unit; ///< "GB-Mo", "Hrs"
    Provenance provenance;
};

/// Everything the catalog holds for one region + instance type + platform + tenancy.
struct PriceEntry
{
    std::optional<OnDemandPrice> onDemand;
    QList<ReservedPrice> reserved;
    QList<SavingsPlanRate> savingsPlans;
    std::optional<SpotAdvice> spotAdvice;
    QList<SpotPricePoint> spotHistory; ///< sorted by zone, then time ascending
    Provenance spotHistoryProvenance;

    bool isEmpty() const
    {
        return !onDemand && reserved.isEmpty() && savingsPlans.isEmpty() && !spotAdvice
            && spotHistory.isEmpty();
    }
};

} // namespace ec2lab::catalog
