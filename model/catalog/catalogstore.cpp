#include "catalog/catalogstore.h"

#include "inputfile.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <cerrno>

namespace ec2lab::catalog {

namespace {

// File layout (all integers big-endian through QDataStream, Qt 6.4 encoding):
//   "EC2LABPC" magic, quint32 version, string table, provenance table, instance specs, regions.
// Strings and provenances are written once and referenced by index, which keeps the bundled
// snapshot small and loading it a matter of milliseconds.
constexpr char kMagic[8] = { 'E', 'C', '2', 'L', 'A', 'B', 'P', 'C' };
// Version 2 adds, after version 1's fields: a flags byte per Reserved price (bit 0: effective
// rate only) and the host reservations after each Dedicated Host; the provenance byte that held
// "estimate" (0/1) now holds flags (bit 0 estimate, bit 1 derived). Version 1 files still load.
constexpr quint32 kVersion = 2;
constexpr quint32 kOldestVersion = 1;

/// Collects the string and provenance tables while the body is written, so that each string
/// and each provenance is stored once and referenced by index.
class Writer
{
public:
    quint32 str(const QString &s)
    {
        auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return *it;
        const quint32 id = quint32(m_stringList.size());
        m_strings.insert(s, id);
        m_stringList.append(s);
        return id;
    }
    quint32 prov(const Provenance &p)
    {
        const QString key = p.source + u'\x1f' + p.date.toString(Qt::ISODate) + u'\x1f'
            + (p.estimate ? u'1' : u'0') + (p.derived ? u'1' : u'0') + u'\x1f' + p.rule;
        auto it = m_provs.constFind(key);
        if (it != m_provs.cend())
            return *it;
        const quint32 id = quint32(m_provList.size());
        m_provs.insert(key, id);
        m_provList.append(p);
        return id;
    }

    QHash<QString, quint32> m_strings;
    QStringList m_stringList;
    QHash<QString, quint32> m_provs;
    QList<Provenance> m_provList;
};

/// Reads what QDataStream (Qt 6.4 encoding, big-endian) wrote, straight from memory. The bundled
/// snapshot is read at every start-up: going through QIODevice for each of its ~100,000 fields
/// cost more than the parsing itself.
class ByteReader
{
public:
    explicit ByteReader(const QByteArray &bytes)
        : m_p(reinterpret_cast<const uchar *>(bytes.constData()))
        , m_end(m_p + bytes.size())
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    void skipRawData(qsizetype n) { take(size_t(n)); }

    ByteReader &operator>>(quint8 &v)
    {
        const uchar *p = take(1);
        v = p ? p[0] : 0;
        return *this;
    }
    ByteReader &operator>>(quint32 &v)
    {
        v = quint32(big(4));
        return *this;
    }
    ByteReader &operator>>(qint32 &v)
    {
        v = qint32(quint32(big(4)));
        return *this;
    }
    ByteReader &operator>>(qint64 &v)
    {
        v = qint64(big(8));
        return *this;
    }
    ByteReader &operator>>(QByteArray &v)
    {
        quint32 len = 0;
        *this >> len;
        if (len == 0xFFFFFFFFu) {
            v = QByteArray();
            return *this;
        }
        const uchar *p = take(len);
        v = p ? QByteArray(reinterpret_cast<const char *>(p), qsizetype(len)) : QByteArray();
        return *this;
    }

private:
    const uchar *take(size_t n)
    {
        if (!m_ok || size_t(m_end - m_p) < n) {
            m_ok = false;
            return nullptr;
        }
        const uchar *p = m_p;
        m_p += n;
        return p;
    }
    quint64 big(size_t n)
    {
        const uchar *p = take(n);
        quint64 v = 0;
        for (size_t i = 0; p && i < n; ++i)
            v = (v << 8) | p[i];
        return v;
    }
    const uchar *m_p;
    const uchar *m_end;
    bool m_ok = true;
};

} // namespace

QByteArray CatalogStore::serialize(const PriceCatalog &catalog)
{
    Writer w;
    QByteArray body;
    {
        QDataStream s(&body, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        const QList<InstanceSpec> specs = catalog.instanceSpecs();
        s << quint32(specs.size());
        for (const InstanceSpec &sp : specs) {
            s << w.str(sp.name) << w.str(sp.family) << w.str(sp.size) << quint8(sp.category)
              << qint32(sp.vcpu) << qint64(sp.memoryGib.nanos()) << quint8(sp.architecture)
              << quint8(sp.architectureInferred) << quint8(sp.generation)
              << qint64(sp.normalizationFactor.nanos());
        }
        const auto &regions = catalog.regionData();
        QStringList names = regions.keys();
        names.sort();
        s << quint32(names.size());
        for (const QString &name : names) {
            const PriceCatalog::RegionPrices &r = regions[name];
            s << w.str(name);
            QList<PriceCatalog::EntryKey> keys = r.entries.keys();
            std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
                return std::tuple(a.instanceType, a.platform, a.tenancy)
                    < std::tuple(b.instanceType, b.platform, b.tenancy);
            });
            s << quint32(keys.size());
            for (const auto &k : keys) {
                const PriceEntry &e = r.entries[k];
                s << w.str(k.instanceType) << quint8(k.platform) << quint8(k.tenancy);
                s << quint8(e.onDemand.has_value());
                if (e.onDemand)
                    s << qint64(e.onDemand->perHour.nanos()) << w.prov(e.onDemand->provenance);
                s << quint32(e.reserved.size());
                for (const ReservedPrice &p : e.reserved)
                    s << quint8(p.offeringClass) << quint8(p.term) << quint8(p.payment)
                      << qint64(p.upfront.nanos()) << qint64(p.hourly.nanos()) << w.prov(p.provenance)
                      << quint8(p.effectiveOnly ? 1 : 0);
                s << quint32(e.savingsPlans.size());
                for (const SavingsPlanRate &p : e.savingsPlans)
                    s << quint8(p.type) << quint8(p.term) << quint8(p.payment) << qint64(p.perHour.nanos())
                      << w.prov(p.provenance);
                s << quint8(e.spotAdvice.has_value());
                if (e.spotAdvice)
                    s << qint32(e.spotAdvice->savingsPercent) << qint32(e.spotAdvice->band)
                      << w.str(e.spotAdvice->bandLabel) << w.prov(e.spotAdvice->provenance);
                s << quint32(e.spotHistory.size());
                for (const SpotPricePoint &p : e.spotHistory)
                    s << w.str(p.availabilityZone) << qint64(p.timestamp.toMSecsSinceEpoch())
                      << qint64(p.perHour.nanos());
                if (!e.spotHistory.isEmpty())
                    s << w.prov(e.spotHistoryProvenance);
            }
            QStringList families = r.hosts.keys();
            families.sort();
            s << quint32(families.size());
            for (const QString &f : families) {
                const DedicatedHostPrice &h = r.hosts[f];
                s << w.str(h.family) << qint64(h.perHostHour.nanos()) << quint32(h.capacities.size());
                for (const auto &c : h.capacities)
                    s << w.str(c.first) << qint32(c.second);
                s << w.prov(h.provenance);
                s << quint32(h.reserved.size());
                for (const ReservedPrice &p : h.reserved)
                    s << quint8(p.offeringClass) << quint8(p.term) << quint8(p.payment)
                      << qint64(p.upfront.nanos()) << qint64(p.hourly.nanos()) << w.prov(p.provenance)
                      << quint8(p.effectiveOnly ? 1 : 0);
            }
            QStringList volumes = r.ebs.keys();
            volumes.sort();
            s << quint32(volumes.size());
            for (const QString &v : volumes) {
                const RegionalRate &rate = r.ebs[v];
                s << w.str(v) << qint64(rate.price.nanos()) << w.str(rate.unit) << w.prov(rate.provenance);
            }
            s << quint8(r.publicIpv4.has_value());
            if (r.publicIpv4)
                s << qint64(r.publicIpv4->price.nanos()) << w.str(r.publicIpv4->unit)
                  << w.prov(r.publicIpv4->provenance);
        }
    }
    // Provenance strings must be in the string table before it is written.
    QList<std::array<quint32, 2>> provRefs;
    for (const Provenance &p : std::as_const(w.m_provList))
        provRefs.append({ w.str(p.source), w.str(p.rule) });

    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s.writeRawData(kMagic, sizeof kMagic);
    s << kVersion << quint32(w.m_stringList.size());
    for (const QString &str : std::as_const(w.m_stringList))
        s << str.toUtf8();
    s << quint32(w.m_provList.size());
    for (qsizetype i = 0; i < w.m_provList.size(); ++i) {
        const Provenance &p = w.m_provList[i];
        s << provRefs[i][0] << qint64(p.date.isValid() ? p.date.toJulianDay() : 0)
          << quint8((p.estimate ? 1 : 0) | (p.derived ? 2 : 0)) << provRefs[i][1];
    }
    s.writeRawData(body.constData(), int(body.size()));
    return out;
}

PriceCatalog CatalogStore::deserialize(const QByteArray &bytes, const QString &fileName)
{
    auto damaged = [&fileName](const QString &why) {
        return InputError { fileName, QString(),
            QStringLiteral("not a valid ec2lab price catalog (%1)").arg(why) };
    };
    if (bytes.size() < 12 || !bytes.startsWith(QByteArray::fromRawData(kMagic, sizeof kMagic)))
        throw damaged(QStringLiteral("wrong file signature"));
    ByteReader s(bytes);
    s.skipRawData(sizeof kMagic);
    quint32 version = 0, count = 0;
    s >> version;
    if (version < kOldestVersion || version > kVersion)
        throw damaged(QStringLiteral("format version %1, expected %2 to %3")
                          .arg(version)
                          .arg(kOldestVersion)
                          .arg(kVersion));
    // The term is stored as its number of years (a truncated stream is reported as such below).
    auto readTerm = [&](quint8 years) {
        if (s.ok() && years != 1 && years != 3)
            throw damaged(QStringLiteral("bad commitment term"));
        return years == 3 ? Term::ThreeYears : Term::OneYear;
    };
    auto checkCount = [&](quint32 n) {
        if (!s.ok() || n > quint32(bytes.size()))
            throw damaged(QStringLiteral("truncated"));
    };
    s >> count;
    checkCount(count);
    QList<QString> strings;
    strings.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QByteArray utf8;
        s >> utf8;
        strings.append(QString::fromUtf8(utf8));
    }
    auto str = [&](quint32 id) -> QString {
        if (id >= quint32(strings.size()))
            throw damaged(QStringLiteral("bad string reference"));
        return strings[id];
    };
    // Every value is checked as it is read, so a damaged or hand-made catalog is refused with one
    // message naming where and which field, never used (a 0-year term divides by zero, a negative
    // price would be billed).
    auto bad = [&damaged](const QString &where, const QString &what) {
        return damaged(QStringLiteral("%1: %2").arg(where, what));
    };
    auto checkEnum = [&bad](quint8 value, auto last, const QString &where, const char *field) {
        if (value > quint8(last))
            throw bad(
                where, QStringLiteral("%1 %2 is not a known value").arg(QLatin1StringView(field)).arg(value));
    };
    auto checkYears = [&bad](quint8 years, const QString &where) {
        if (years != 1 && years != 3)
            throw bad(where, QStringLiteral("term of %1 years (1 or 3 expected)").arg(years));
    };
    const QDate latestDate = QDateTime::currentDateTimeUtc().date().addDays(2);
    s >> count;
    checkCount(count);
    QList<Provenance> provs;
    provs.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint32 source = 0, rule = 0;
        qint64 julian = 0;
        quint8 flags = 0;
        s >> source >> julian >> flags >> rule;
        const QDate date = julian ? QDate::fromJulianDay(julian) : QDate();
        const QString where = QStringLiteral("source %1").arg(i);
        if (julian && (!date.isValid() || date > latestDate || date.year() < 2000))
            throw bad(where, QStringLiteral("publication date out of range (day %1)").arg(julian));
        if (flags > 3)
            throw bad(where, QStringLiteral("flags %1 are not known").arg(flags));
        provs.append(Provenance { str(source), date, (flags & 1) != 0, str(rule), (flags & 2) != 0 });
    }
    auto prov = [&](ByteReader &in) -> Provenance {
        quint32 id = 0;
        in >> id;
        if (id >= quint32(provs.size()))
            throw damaged(QStringLiteral("bad provenance reference"));
        return provs[id];
    };
    // A price or quantity: never negative.
    QString where; // the entry being read, for messages
    auto money = [&](ByteReader &in, const char *field = "price") {
        qint64 n = 0;
        in >> n;
        if (n < 0 && in.ok())
            throw bad(where, QStringLiteral("negative %1").arg(QLatin1StringView(field)));
        return Money::fromNanos(n);
    };
    auto reserved = [&](ByteReader &in) {
        ReservedPrice p;
        quint8 cls = 0, years = 0, pay = 0;
        in >> cls >> years >> pay;
        if (in.ok()) {
            const QString w = where + QStringLiteral(" Reserved price");
            checkEnum(cls, OfferingClass::Convertible, w, "offering class");
            checkYears(years, w);
            checkEnum(pay, PurchaseOption::AllUpfront, w, "payment option");
        }
        p.offeringClass = OfferingClass(cls);
        p.term = readTerm(years);
        p.payment = PurchaseOption(pay);
        p.upfront = money(in);
        p.hourly = money(in);
        p.provenance = prov(in);
        if (version >= 2) {
            quint8 flags = 0;
            in >> flags;
            if (in.ok() && flags > 1)
                throw bad(where, QStringLiteral("Reserved price flags %1 are not known").arg(flags));
            p.effectiveOnly = (flags & 1) != 0;
        }
        return p;
    };

    PriceCatalog catalog;
    s >> count;
    checkCount(count);
    for (quint32 i = 0; i < count; ++i) {
        InstanceSpec sp;
        quint32 name = 0, family = 0, size = 0;
        quint8 category = 0, arch = 0, inferred = 0, gen = 0;
        qint32 vcpu = 0;
        s >> name >> family >> size >> category >> vcpu;
        where = QStringLiteral("instance spec %1").arg(i);
        sp.memoryGib = money(s, "memory");
        s >> arch >> inferred >> gen;
        sp.normalizationFactor = money(s, "normalization factor");
        sp.name = str(name);
        where = QStringLiteral("instance spec %1").arg(sp.name);
        if (s.ok()) {
            checkEnum(category, InstanceCategory::StorageOptimized, where, "category");
            checkEnum(arch, Architecture::Arm64, where, "architecture");
            checkEnum(inferred, 1, where, "inferred flag");
            checkEnum(gen, Generation::Previous, where, "generation");
            if (vcpu < 0)
                throw bad(where, QStringLiteral("negative vCPU count"));
            if (sp.name.isEmpty())
                throw bad(where, QStringLiteral("empty instance type"));
        }
        sp.family = str(family);
        sp.size = str(size);
        sp.category = InstanceCategory(category);
        sp.vcpu = vcpu;
        sp.architecture = Architecture(arch);
        sp.architectureInferred = inferred != 0;
        sp.generation = Generation(gen);
        catalog.addInstanceSpec(sp);
    }
    quint32 regionCount = 0;
    s >> regionCount;
    checkCount(regionCount);
    auto &regions = catalog.regionData();
    for (quint32 ri = 0; ri < regionCount; ++ri) {
        quint32 nameId = 0, entryCount = 0;
        s >> nameId >> entryCount;
        checkCount(entryCount);
        const QString regionName = str(nameId);
        if (regionName.isEmpty())
            throw bad(QStringLiteral("region %1").arg(ri), QStringLiteral("empty Region code"));
        PriceCatalog::RegionPrices &r = regions[regionName];
        r.entries.reserve(entryCount);
        for (quint32 ei = 0; ei < entryCount; ++ei) {
            quint32 type = 0, n = 0;
            quint8 platform = 0, tenancy = 0, flag = 0;
            s >> type >> platform >> tenancy >> flag;
            where = QStringLiteral("%1 %2").arg(regionName, str(type));
            if (s.ok()) {
                if (str(type).isEmpty())
                    throw bad(where, QStringLiteral("empty instance type"));
                checkEnum(platform, Platform::UbuntuPro, where, "platform");
                checkEnum(tenancy, Tenancy::Dedicated, where, "tenancy");
                checkEnum(flag, 1, where, "On-Demand flag");
            }
            PriceEntry e;
            if (flag) {
                const Money m = money(s);
                e.onDemand = OnDemandPrice { m, prov(s) };
            }
            s >> n;
            checkCount(n);
            for (quint32 k = 0; k < n; ++k)
                e.reserved.append(reserved(s));
            s >> n;
            checkCount(n);
            for (quint32 k = 0; k < n; ++k) {
                SavingsPlanRate p;
                quint8 t = 0, years = 0, pay = 0;
                s >> t >> years >> pay;
                if (s.ok()) {
                    const QString w = where + QStringLiteral(" Savings Plan rate");
                    checkEnum(t, SavingsPlanType::Ec2Instance, w, "plan type");
                    checkYears(years, w);
                    checkEnum(pay, PurchaseOption::AllUpfront, w, "payment option");
                }
                p.type = SavingsPlanType(t);
                p.term = readTerm(years);
                p.payment = PurchaseOption(pay);
                p.perHour = money(s);
                p.provenance = prov(s);
                e.savingsPlans.append(p);
            }
            s >> flag;
            if (s.ok())
                checkEnum(flag, 1, where, "Spot advice flag");
            if (flag) {
                qint32 savings = 0, band = 0;
                quint32 label = 0;
                s >> savings >> band >> label;
                if (s.ok() && (savings < -100 || savings > 100 || band < 0 || band > 1000))
                    throw bad(where,
                        QStringLiteral("Spot advice out of range (savings %1 %, band %2)")
                            .arg(savings)
                            .arg(band));
                e.spotAdvice = SpotAdvice { savings, band, str(label), prov(s) };
            }
            s >> n;
            checkCount(n);
            for (quint32 k = 0; k < n; ++k) {
                quint32 zone = 0;
                qint64 msecs = 0;
                s >> zone >> msecs;
                const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
                if (s.ok() && (!when.isValid() || when.date().year() < 2000 || when.date() > latestDate))
                    throw bad(where, QStringLiteral("Spot price time out of range"));
                e.spotHistory.append(
                    SpotPricePoint { str(zone), QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), money(s) });
            }
            if (n)
                e.spotHistoryProvenance = prov(s);
            r.entries.insert(PriceCatalog::EntryKey { str(type), Platform(platform), Tenancy(tenancy) }, e);
        }
        quint32 n = 0;
        s >> n;
        checkCount(n);
        for (quint32 k = 0; k < n; ++k) {
            DedicatedHostPrice h;
            quint32 family = 0, caps = 0;
            s >> family;
            h.family = str(family);
            where = QStringLiteral("%1 Dedicated Host %2").arg(regionName, h.family);
            h.perHostHour = money(s);
            s >> caps;
            checkCount(caps);
            for (quint32 c = 0; c < caps; ++c) {
                quint32 size = 0;
                qint32 cnt = 0;
                s >> size >> cnt;
                if (s.ok() && cnt <= 0)
                    throw bad(where, QStringLiteral("host capacity %1 is not positive").arg(cnt));
                h.capacities.append({ str(size), cnt });
            }
            h.provenance = prov(s);
            if (version >= 2) {
                quint32 count = 0;
                s >> count;
                checkCount(count);
                for (quint32 c = 0; c < count; ++c)
                    h.reserved.append(reserved(s));
            }
            r.hosts.insert(h.family, h);
        }
        s >> n;
        checkCount(n);
        for (quint32 k = 0; k < n; ++k) {
            quint32 volume = 0, unit = 0;
            s >> volume;
            where = QStringLiteral("%1 EBS %2").arg(regionName, str(volume));
            RegionalRate rate;
            rate.price = money(s);
            s >> unit;
            rate.unit = str(unit);
            rate.provenance = prov(s);
            r.ebs.insert(str(volume), rate);
        }
        quint8 flag = 0;
        s >> flag;
        where = QStringLiteral("%1 public IPv4").arg(regionName);
        if (s.ok())
            checkEnum(flag, 1, where, "public IPv4 flag");
        if (flag) {
            RegionalRate rate;
            rate.price = money(s);
            quint32 unit = 0;
            s >> unit;
            rate.unit = str(unit);
            rate.provenance = prov(s);
            r.publicIpv4 = rate;
        }
    }
    if (!s.ok())
        throw damaged(QStringLiteral("truncated"));
    if (!s.atEnd())
        throw damaged(QStringLiteral("trailing data"));
    return catalog;
}

void CatalogStore::save(const PriceCatalog &catalog, const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!QDir().mkpath(info.absolutePath()))
        throw InputError { fileName, QString(),
            QStringLiteral("cannot create the folder %1").arg(info.absolutePath()) };
    QSaveFile file(fileName);
    // Unbuffered: the write reaches the disk here and fails here, with errno telling why. Buffered,
    // a full disk failed only in commit()'s flush, which Qt 6.4 did not always report: the save
    // "succeeded" and left an empty catalog.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw InputError { fileName, QString(),
            QStringLiteral("cannot write: %1")
                .arg(errno ? InputFile::describeError(errno) : file.errorString()) };
    const QByteArray bytes = serialize(catalog);
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const int why = errno;
        file.cancelWriting();
        throw InputError {
            fileName, QString(),
            QStringLiteral("cannot write: %1").arg(why ? InputFile::describeError(why) : file.errorString())
        };
    }
    errno = 0;
    if (!file.commit())
        throw InputError { fileName, QString(),
            QStringLiteral("cannot write: %1")
                .arg(errno ? InputFile::describeError(errno) : file.errorString()) };
}

PriceCatalog CatalogStore::load(const QString &fileName)
{
    // A regular file of bounded size: `--catalog /dev/zero` or a FIFO must fail, not hang or grow.
    return deserialize(InputFile::read(fileName, kMaxCatalogBytes), fileName);
}

QString CatalogStore::dataDirectory()
{
    const QString overridden = qEnvironmentVariable("EC2LAB_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CatalogStore::cachePath()
{
    return dataDirectory() + QStringLiteral("/prices.ec2cat");
}

QString CatalogStore::bundledPath()
{
    return QStringLiteral(":/ec2lab/snapshot/prices.ec2cat");
}

PriceCatalog CatalogStore::loadBundled()
{
    return load(bundledPath());
}

PriceCatalog CatalogStore::loadCurrent()
{
    PriceCatalog catalog;
    if (QFile::exists(bundledPath()))
        catalog = loadBundled();
    const QString cache = cachePath();
    if (QFile::exists(cache))
        catalog.merge(load(cache));
    return catalog;
}

PriceCatalog CatalogStore::loadCurrent(std::optional<InputError> *error)
{
    try {
        return loadCurrent();
    } catch (const InputError &e) {
        *error = e;
        return PriceCatalog();
    }
}

} // namespace ec2lab::catalog
