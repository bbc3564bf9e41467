#include "offer.h"

#include <QStringList>
#include <algorithm>

namespace ec2lab {

namespace {

QString simplifiedKey(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

constexpr Platform kCatalogPlatforms[] = { Platform::Linux, Platform::Windows, Platform::WindowsByol,
    Platform::Rhel, Platform::RhelHa, Platform::Suse, Platform::UbuntuPro };
constexpr Platform kLaunchPlatforms[] = { Platform::Linux, Platform::Windows, Platform::WindowsSqlServer,
    Platform::Rhel, Platform::Ubuntu, Platform::Suse };

} // namespace

QString platformName(Platform p)
{
    switch (p) {
    case Platform::Linux:
        return QStringLiteral("linux");
    case Platform::Windows:
        return QStringLiteral("windows");
    case Platform::WindowsByol:
        return QStringLiteral("windows-byol");
    case Platform::Rhel:
        return QStringLiteral("rhel");
    case Platform::RhelHa:
        return QStringLiteral("rhel-ha");
    case Platform::Suse:
        return QStringLiteral("suse");
    case Platform::UbuntuPro:
        return QStringLiteral("ubuntu-pro");
    case Platform::WindowsSqlServer:
        return QStringLiteral("windows-sql");
    case Platform::Ubuntu:
        return QStringLiteral("ubuntu");
    }
    return QStringLiteral("linux");
}

std::optional<Platform> platformFromName(const QString &name)
{
    for (Platform p : kLaunchPlatforms) {
        if (platformName(p) == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Platform> platformFromString(QStringView s)
{
    const QString k = simplifiedKey(s);
    for (Platform p : kCatalogPlatforms) {
        if (simplifiedKey(platformName(p)) == k)
            return p;
    }
    if (k == u"linuxunix" || k == u"unix")
        return Platform::Linux;
    if (k == u"sles" || k == u"suselinux")
        return Platform::Suse;
    if (k == u"redhatenterpriselinux")
        return Platform::Rhel;
    return std::nullopt;
}

std::optional<Tenancy> tenancyFromString(QStringView s)
{
    const QString k = simplifiedKey(s);
    if (k == u"shared" || k == u"default")
        return Tenancy::Shared;
    if (k == u"dedicated")
        return Tenancy::Dedicated;
    return std::nullopt;
}

std::optional<PurchaseOption> purchaseOptionFromString(QStringView s)
{
    const QString k = simplifiedKey(s);
    if (k == u"noupfront")
        return PurchaseOption::NoUpfront;
    if (k == u"partialupfront")
        return PurchaseOption::PartialUpfront;
    if (k == u"allupfront")
        return PurchaseOption::AllUpfront;
    return std::nullopt;
}

QString tenancyName(Tenancy v)
{
    return v == Tenancy::Dedicated ? QStringLiteral("dedicated") : QStringLiteral("shared");
}

QString offeringClassName(OfferingClass v)
{
    return v == OfferingClass::Convertible ? QStringLiteral("convertible") : QStringLiteral("standard");
}

QString purchaseOptionName(PurchaseOption v)
{
    switch (v) {
    case PurchaseOption::PartialUpfront:
        return QStringLiteral("partial-upfront");
    case PurchaseOption::AllUpfront:
        return QStringLiteral("all-upfront");
    case PurchaseOption::NoUpfront:
        break;
    }
    return QStringLiteral("no-upfront");
}

QString savingsPlanTypeName(SavingsPlanType v)
{
    return v == SavingsPlanType::Ec2Instance ? QStringLiteral("ec2-instance") : QStringLiteral("compute");
}

QString termName(Term v)
{
    return v == Term::ThreeYears ? QStringLiteral("3yr") : QStringLiteral("1yr");
}

bool isInstanceTypeName(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || dot == text.size() - 1 || text.indexOf(u'.', dot + 1) >= 0 || text.size() > 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
    });
}

QString offerKey(const Offer &o)
{
    return (o.isReserved() ? offeringClassName(o.offeringClass) : savingsPlanTypeName(o.planType)) + u'/'
        + termName(o.term) + u'/' + purchaseOptionName(o.payment);
}

std::optional<Offer> offerFromKey(OfferKind kind, QStringView key)
{
    for (Term t : { Term::OneYear, Term::ThreeYears }) {
        for (PurchaseOption p :
            { PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront }) {
            if (kind == OfferKind::Reserved) {
                for (OfferingClass c : { OfferingClass::Standard, OfferingClass::Convertible })
                    if (offerKey(Offer::reserved(c, t, p)) == key)
                        return Offer::reserved(c, t, p);
            } else {
                for (SavingsPlanType s : { SavingsPlanType::Compute, SavingsPlanType::Ec2Instance })
                    if (offerKey(Offer::savingsPlan(s, t, p)) == key)
                        return Offer::savingsPlan(s, t, p);
            }
        }
    }
    return std::nullopt;
}

QString hostReservationKey(const Offer &o)
{
    return termName(o.term) + u'/' + purchaseOptionName(o.payment);
}

std::optional<Offer> hostReservationFromKey(QStringView key)
{
    for (Term t : { Term::OneYear, Term::ThreeYears })
        for (PurchaseOption p :
            { PurchaseOption::NoUpfront, PurchaseOption::PartialUpfront, PurchaseOption::AllUpfront }) {
            const Offer o = Offer::reserved(OfferingClass::Standard, t, p);
            if (hostReservationKey(o) == key)
                return o;
        }
    return std::nullopt;
}

} // namespace ec2lab
