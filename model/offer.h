#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <cstdint>
#include <optional>

// The pricing vocabulary every part of the model shares: what an instance runs (Platform,
// Tenancy) and what a commitment is (Offer). The lifecycle engine, the price catalog and the cost
// engine all speak these values; strings appear only where JSON, the command line or the GUI
// meet them (the *Name / *FromName functions below).

namespace ec2lab {

/// Operating system / licence combinations. The first seven are the ones the price catalog holds
/// (their order is the on-disk catalog's, do not reorder); Windows with SQL Server and Ubuntu are
/// run by lifecycle scripts and scenarios but not imported into the catalog.
enum class Platform : quint8 {
    Linux,
    Windows,
    WindowsByol,
    Rhel,
    RhelHa,
    Suse,
    UbuntuPro,
    WindowsSqlServer,
    Ubuntu,
};

/// True for the platforms the price catalog holds (Linux ... Ubuntu Pro).
constexpr bool isCatalogPlatform(Platform p)
{
    return p <= Platform::UbuntuPro;
}

/// The platform AWS bills \a p as: Ubuntu (like Amazon Linux and the other free distributions,
/// which scenarios spell "linux" or "amazon-linux") is billed as Linux/UNIX, so Linux prices,
/// Linux Reserved Instances and Savings Plans apply to it [AWS: the EC2 On-Demand pricing page
/// prices "Linux" for every free distribution; Ubuntu Pro is a separate, paid platform]. Every
/// other platform keeps its own prices.
constexpr Platform billingPlatform(Platform p)
{
    return p == Platform::Ubuntu ? Platform::Linux : p;
}

/// True for text shaped like an EC2 instance type name: lowercase letters, digits and dashes,
/// one dot between a family and a size ("m5.large", "u-6tb1.metal", "m7i.metal-48xl"). Readers
/// refuse anything else, so no other text reaches a table or a terminal as an instance type.
bool isInstanceTypeName(QStringView text);

/// Per-instance tenancy (the on-disk catalog's order). Dedicated Hosts are priced per host.
enum class Tenancy : quint8 { Shared, Dedicated };

/// Whether an offer is a Reserved Instance or a Savings Plan.
enum class OfferKind : quint8 { Reserved, SavingsPlan };
/// Reserved Instance offering class (the catalog stores its ordinal).
enum class OfferingClass : quint8 { Standard, Convertible };
/// Savings Plan type (the catalog stores its ordinal).
enum class SavingsPlanType : quint8 { Compute, Ec2Instance };
/// Commitment term; the value is the number of years (the catalog stores it).
enum class Term : quint8 { OneYear = 1, ThreeYears = 3 };
/// How a commitment is paid (the catalog stores its ordinal).
enum class PurchaseOption : quint8 { NoUpfront, PartialUpfront, AllUpfront };

/// Hours of a commitment term: 8,760 or 26,280 (365-day years, as AWS bills terms).
constexpr std::int64_t termHours(Term t)
{
    return t == Term::OneYear ? 8760 : 26280;
}
constexpr int termYears(Term t)
{
    return static_cast<int>(t);
}

/// One Reserved Instance or Savings Plan offer: kind, class (RIs) or plan type (Savings Plans),
/// term and payment.
///
/// Contract: a plain value; \a offeringClass is meaningful only for Reserved offers and
/// \a planType only for Savings Plan offers, and operator== compares only the meaningful fields.
struct Offer
{
    OfferKind kind = OfferKind::Reserved;
    OfferingClass offeringClass = OfferingClass::Standard;
    SavingsPlanType planType = SavingsPlanType::Compute;
    Term term = Term::OneYear;
    PurchaseOption payment = PurchaseOption::NoUpfront;

    static constexpr Offer reserved(OfferingClass c, Term t, PurchaseOption p)
    {
        return Offer { OfferKind::Reserved, c, SavingsPlanType::Compute, t, p };
    }
    static constexpr Offer savingsPlan(SavingsPlanType type, Term t, PurchaseOption p)
    {
        return Offer { OfferKind::SavingsPlan, OfferingClass::Standard, type, t, p };
    }
    bool isReserved() const { return kind == OfferKind::Reserved; }

    friend bool operator==(const Offer &a, const Offer &b)
    {
        return a.kind == b.kind && a.term == b.term && a.payment == b.payment
            && (a.kind == OfferKind::Reserved ? a.offeringClass == b.offeringClass
                                              : a.planType == b.planType);
    }
    friend bool operator<(const Offer &a, const Offer &b) { return a.ordinal() < b.ordinal(); }

private:
    int ordinal() const
    {
        const int sub = kind == OfferKind::Reserved ? int(offeringClass) : int(planType);
        return ((int(kind) * 2 + sub) * 4 + int(term)) * 3 + int(payment);
    }
};

// ---- Edges: the spellings of JSON files, the command line and the catalog cache ----------------

/// The one spelling of each platform: "linux", "windows", "windows-byol", "rhel", "rhel-ha",
/// "suse", "ubuntu-pro", "windows-sql", "ubuntu".
QString platformName(Platform p);
/// Exactly the spelling of a lifecycle script or a scenario workload: linux, windows,
/// windows-sql, rhel, ubuntu, suse (the platforms an instance is launched with).
std::optional<Platform> platformFromName(const QString &name);
/// The catalog's platforms under any of AWS's spellings ("Linux/UNIX", "SLES", "windows-byol",
/// "RHEL HA", ...): case, spaces and punctuation are ignored.
std::optional<Platform> platformFromString(QStringView s);
/// "shared" / "dedicated" ("default" is AWS's name for shared).
std::optional<Tenancy> tenancyFromString(QStringView s);
/// "No Upfront", "no-upfront", "NoUpfront" are all accepted.
std::optional<PurchaseOption> purchaseOptionFromString(QStringView s);

/// Stable lower-case names used on the command line, in JSON files and output: "shared",
/// "convertible", "partial-upfront", "ec2-instance", "3yr". (Not called toString: QTest's
/// QCOMPARE finds a toString() of the value's namespace and expects it to return char *.)
QString tenancyName(Tenancy v);
QString offeringClassName(OfferingClass v);
QString purchaseOptionName(PurchaseOption v);
QString savingsPlanTypeName(SavingsPlanType v);
QString termName(Term v);

/// A scenario's offer key: "standard/1yr/all-upfront" (RIs), "compute/3yr/no-upfront" or
/// "ec2-instance/1yr/partial-upfront" (Savings Plans).
QString offerKey(const Offer &offer);
/// Reads an offer key of \a kind exactly as offerKey() writes it; nullopt for anything else.
std::optional<Offer> offerFromKey(OfferKind kind, QStringView key);
/// A Dedicated Host reservation's key, TERM/PAYMENT ("1yr/no-upfront"): hosts have no offering
/// class, so the offer is Reserved with class Standard and the class is not written.
QString hostReservationKey(const Offer &offer);
/// Reads a key as hostReservationKey() writes it into a Reserved Standard offer; nullopt otherwise.
std::optional<Offer> hostReservationFromKey(QStringView key);

} // namespace ec2lab
