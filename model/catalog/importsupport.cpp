#include "catalog/importsupport.h"

#include "catalog/awsnames.h"
#include "inputfile.h"

#include <QDateTime>
#include <QFile>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ec2lab::catalog::importer {

namespace {

constexpr size_t kPadding = 256; // more than SIMDJSON_PADDING (64)

size_t pageSize()
{
    static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    return page;
}

// A file that another process truncates while it is mapped raises SIGBUS when a page past its
// new end is read. The handler below owns the mappings registered here: it maps zero pages over
// the rest of the faulting mapping (so the reader runs on, over zeros, to its next check) and
// marks it; importFile() then reports the change instead of a result. Faults outside these
// mappings go to the previous handler (or kill the process as before).
/// One registered mapping (lock-free: the handler may run on any thread at any time).
struct GuardedMapping
{
    std::atomic<char *> begin { nullptr };
    std::atomic<size_t> length { 0 };
    std::atomic<bool> faulted { false };
};
constexpr int kGuardSlots = 64;
GuardedMapping g_guarded[kGuardSlots];
struct sigaction g_previousSigbus
{
};

void onSigbus(int sig, siginfo_t *info, void *context)
{
    char *const address = static_cast<char *>(info->si_addr);
    for (GuardedMapping &m : g_guarded) {
        char *const begin = m.begin.load();
        const size_t length = m.length.load();
        if (!begin || address < begin || address >= begin + length)
            continue;
        char *const page = begin + size_t(address - begin) / pageSize() * pageSize();
        if (::mmap(page, size_t(begin + length - page), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                -1, 0)
            != MAP_FAILED) {
            m.faulted.store(true);
            return;
        }
    }
    if ((g_previousSigbus.sa_flags & SA_SIGINFO) && g_previousSigbus.sa_sigaction) {
        g_previousSigbus.sa_sigaction(sig, info, context);
        return;
    }
    if (g_previousSigbus.sa_handler != SIG_DFL && g_previousSigbus.sa_handler != SIG_IGN) {
        g_previousSigbus.sa_handler(sig);
        return;
    }
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void installSigbusHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction action
        {
        };
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previousSigbus);
    });
}

} // namespace

MappedFile::MappedFile(const QString &fileName)
{
    // Regular files only, opened without blocking; the real cause when that fails.
    const InputFile input(fileName, std::numeric_limits<qint64>::max());
    const int fd = input.handle();
    m_size = static_cast<size_t>(input.size());
    if (m_size == 0) {
        char probe = 0;
        if (::pread(fd, &probe, 1, 0) == 1)
            throw InputError { fileName, QString(),
                QStringLiteral("reports a size of 0 but has content (a /proc or /sys file?); copy it to a "
                               "regular file and import that") };
        throw InputError { fileName, QString(), QStringLiteral("the file is empty") };
    }
    const size_t page = pageSize();
    m_mapped = (m_size + kPadding + page - 1) / page * page;
    // Reserve zeroed anonymous memory for file + padding, then map the file over its start: the
    // bytes after the end of the file read as zeros, which is the padding simdjson needs.
    void *base = ::mmap(nullptr, m_mapped, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
        throw InputError { fileName, QString(), QStringLiteral("cannot map the file into memory") };
    }
    void *mapped = ::mmap(base, m_size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    if (mapped == MAP_FAILED) {
        ::munmap(base, m_mapped);
        throw InputError { fileName, QString(), QStringLiteral("cannot map the file into memory") };
    }
    ::madvise(base, m_size, MADV_SEQUENTIAL);
    m_data = static_cast<const char *>(base);
    installSigbusHandler();
    for (int i = 0; i < kGuardSlots; ++i) {
        char *expected = nullptr;
        GuardedMapping &m = g_guarded[i];
        m.length.store(0);
        m.faulted.store(false);
        if (m.begin.compare_exchange_strong(expected, static_cast<char *>(base))) {
            m.length.store(m_size);
            m_guardSlot = i;
            return;
        }
    }
    ::munmap(base, m_mapped);
    m_data = nullptr;
    throw InputError { fileName, QString(), QStringLiteral("too many price files open at once") };
}

MappedFile::~MappedFile()
{
    if (m_guardSlot >= 0) {
        g_guarded[m_guardSlot].length.store(0);
        g_guarded[m_guardSlot].begin.store(nullptr);
    }
    if (m_data)
        ::munmap(const_cast<char *>(m_data), m_mapped);
}

bool MappedFile::changed() const
{
    return m_guardSlot >= 0 && g_guarded[m_guardSlot].faulted.load();
}

void MappedFile::releaseBefore(size_t offset) const
{
    const size_t page = pageSize();
    const size_t end = offset / page * page;
    // Release in steps of 16 MiB: the pages are clean file pages and come back if read again.
    if (end < m_released + (16u << 20))
        return;
    ::madvise(const_cast<char *>(m_data) + m_released, end - m_released, MADV_DONTNEED);
    m_released = end;
}

QString MappedFile::lineColumn(size_t offset) const
{
    offset = std::min(offset, m_size);
    qint64 line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < offset; ++i) {
        if (m_data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

ImportContext::ImportContext(
    const QString &fileName, PriceCatalog &staging, const ImportOptions &options, ImportReport &report)
    : m_file(fileName)
    , m_catalog(staging)
    , m_options(options)
    , m_report(report)
{
    m_source = options.sourceLabel.isEmpty() ? fileName.section(u'/', -1) : options.sourceLabel;
}

void ImportContext::setPublicationDate(QDate date, const QString &location)
{
    const QDate latest = QDateTime::currentDateTimeUtc().date().addDays(kFutureDays);
    if (date.isValid() && date > latest)
        fail(location,
            QStringLiteral("publication date %1 is in the future (more than %2 days after today, %3)")
                .arg(date.toString(Qt::ISODate))
                .arg(kFutureDays)
                .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)));
    m_date = date;
    m_report.publicationDate = date;
}

Provenance ImportContext::provenance() const
{
    return Provenance { m_source, publicationDate(), false, QString() };
}

void ImportContext::progress(qint64 done, qint64 total)
{
    // Call back at most every 4 MiB to keep the hot loops cheap.
    if (!m_options.progress || (m_lastProgress >= 0 && done - m_lastProgress < (4 << 20) && done < total))
        return;
    m_lastProgress = done;
    if (!m_options.progress(done, total))
        throw InputError { m_file, QString(), QStringLiteral("import cancelled") };
}

void ImportContext::fail(const QString &location, const QString &message) const
{
    throw InputError { m_file, location, message };
}

Money ImportContext::parsePrice(std::string_view text, const QString &location)
{
    // Prices are short ASCII; widen on the stack to avoid an allocation per price.
    char16_t buffer[64];
    if (text.size() > std::size(buffer))
        fail(location,
            QStringLiteral("price is not a decimal number: \"%1\"")
                .arg(QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 40)))));
    for (size_t i = 0; i < text.size(); ++i)
        buffer[i] = static_cast<unsigned char>(text[i]);
    return parsePrice(QStringView(buffer, qsizetype(text.size())), location);
}

std::optional<Money> ImportContext::tryPrice(std::string_view text)
{
    char16_t buffer[64];
    if (text.size() > std::size(buffer))
        return std::nullopt;
    for (size_t i = 0; i < text.size(); ++i)
        buffer[i] = static_cast<unsigned char>(text[i]);
    const QStringView view(buffer, qsizetype(text.size()));
    auto value = Money::parse(view);
    if (!value) {
        value = Money::parse(view, nullptr, true);
        if (value)
            skip(QStringLiteral("prices with more than 9 decimals rounded to the nano-dollar (kept)"));
    }
    if (!value || value->isNegative())
        return std::nullopt;
    return value;
}

Money ImportContext::parsePrice(QStringView text, const QString &location)
{
    QString why;
    auto value = Money::parse(text, &why);
    if (!value) {
        // A tenth decimal that is not zero: exact to the nano-dollar after rounding, noted.
        value = Money::parse(text, nullptr, true);
        if (value)
            skip(QStringLiteral("prices with more than 9 decimals rounded to the nano-dollar (kept)"));
    }
    if (!value)
        fail(
            location, QStringLiteral("price is not a decimal number: \"%1\" (%2)").arg(text.toString(), why));
    if (value->isNegative())
        fail(location, QStringLiteral("price is negative: \"%1\"").arg(text.toString()));
    return *value;
}

void ImportContext::checkRepeat(
    QStringView key, QStringView value, qint64 position, const std::function<QString(qint64)> &describe)
{
    // Two 64-bit hashes of the key in one pass (FNV-1a and a multiply-xor lane, each finished
    // with a mixer): 128 bits, so two different keys are taken for one only by a collision
    // whose odds are negligible (and which could only refuse a file, never change a price).
    auto mix = [](quint64 h) {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        return h ^ (h >> 33);
    };
    auto hash2 = [&mix](QStringView s, quint64 &a, quint64 &b) {
        a = 0xcbf29ce484222325ULL;
        b = 0x9e3779b97f4a7c15ULL;
        for (const QChar c : s) {
            a = (a ^ c.unicode()) * 0x100000001b3ULL;
            b = (b + c.unicode()) * 0xbf58476d1ce4e5b9ULL;
            b ^= b >> 31;
        }
        a = mix(a ^ quint64(s.size()));
        b = mix(b + quint64(s.size()));
    };
    Seen entry;
    hash2(key, entry.key1, entry.key2);
    if (entry.key1 == 0 && entry.key2 == 0)
        entry.key2 = 1; // both zero marks a free slot
    quint64 ignored;
    hash2(value, entry.value, ignored);
    entry.position = position;
    if (4 * (m_seenCount + 1) > 3 * m_seen.size()) {
        std::vector<Seen> old(std::max<size_t>(1024, m_seen.size() * 2));
        old.swap(m_seen);
        const size_t mask = m_seen.size() - 1;
        for (const Seen &e : old) {
            if (e.key1 || e.key2) {
                size_t i = size_t(e.key1) & mask;
                while (m_seen[i].key1 || m_seen[i].key2)
                    i = (i + 1) & mask;
                m_seen[i] = e;
            }
        }
    }
    const size_t mask = m_seen.size() - 1;
    for (size_t i = size_t(entry.key1) & mask;; i = (i + 1) & mask) {
        Seen &slot = m_seen[i];
        if (!slot.key1 && !slot.key2) {
            slot = entry;
            ++m_seenCount;
            return;
        }
        if (slot.key1 != entry.key1 || slot.key2 != entry.key2)
            continue;
        if (slot.value == entry.value)
            return;
        fail(describe(position),
            QStringLiteral("%1 is given twice with different values (first at %2; \"%3\" here)")
                .arg(key.toString(), describe(slot.position), value.toString()));
    }
}

QString ImportContext::intern(std::string_view s)
{
    const QByteArray key = QByteArray::fromRawData(s.data(), qsizetype(s.size()));
    auto it = m_strings.constFind(key);
    if (it != m_strings.cend())
        return *it;
    const QString value = QString::fromUtf8(s.data(), qsizetype(s.size()));
    m_strings.insert(QByteArray(s.data(), qsizetype(s.size())), value);
    return value;
}

namespace {

// A small open-addressing table over the attribute names: this lookup runs for every attribute
// of every product (millions of times for one offer file), so it avoids std::hash and nodes.
class AttributeTable
{
public:
    AttributeTable()
    {
        auto add = [this](std::initializer_list<std::string_view> names, OfferAttributes::Member m) {
            for (std::string_view n : names) {
                size_t i = hash(n);
                while (m_slots[i].member)
                    i = (i + 1) % m_slots.size();
                m_slots[i] = Slot { n, m };
            }
        };
        add({ "productFamily", "Product Family" }, &OfferAttributes::productFamily);
        add({ "instanceType", "Instance Type" }, &OfferAttributes::instanceType);
        add({ "operatingSystem", "Operating System" }, &OfferAttributes::operatingSystem);
        add({ "licenseModel", "License Model" }, &OfferAttributes::licenseModel);
        add({ "preInstalledSw", "Pre Installed S/W" }, &OfferAttributes::preInstalledSw);
        add({ "capacitystatus", "CapacityStatus" }, &OfferAttributes::capacityStatus);
        add({ "marketoption", "MarketOption" }, &OfferAttributes::marketOption);
        add({ "tenancy", "Tenancy" }, &OfferAttributes::tenancy);
        add({ "location", "Location" }, &OfferAttributes::location);
        add({ "regionCode", "Region Code" }, &OfferAttributes::regionCode);
        add({ "usagetype", "usageType" }, &OfferAttributes::usageType);
        add({ "operation" }, &OfferAttributes::operation);
        add({ "instanceFamily", "Instance Family" }, &OfferAttributes::instanceFamily);
        add({ "vcpu", "vCPU" }, &OfferAttributes::vcpu);
        add({ "memory", "Memory" }, &OfferAttributes::memory);
        add({ "currentGeneration", "Current Generation" }, &OfferAttributes::currentGeneration);
        add({ "normalizationSizeFactor", "Normalization Size Factor" },
            &OfferAttributes::normalizationSizeFactor);
        add({ "physicalProcessor", "Physical Processor" }, &OfferAttributes::physicalProcessor);
        add({ "volumeApiName", "Volume API Name" }, &OfferAttributes::volumeApiName);
        add({ "locationType", "Location Type" }, &OfferAttributes::locationType);
    }

    OfferAttributes::Member find(std::string_view name) const
    {
        if (name.empty())
            return nullptr;
        for (size_t i = hash(name);; i = (i + 1) % m_slots.size()) {
            const Slot &s = m_slots[i];
            if (!s.member)
                return nullptr;
            if (s.name == name)
                return s.member;
        }
    }

private:
    /// One attribute name and the member it fills.
    struct Slot
    {
        std::string_view name;
        OfferAttributes::Member member = nullptr;
    };
    static size_t hash(std::string_view n)
    {
        const size_t len = n.size();
        if (len == 0)
            return 0;
        return (len * 131 + size_t(uchar(n[0])) * 31 + size_t(uchar(n[len - 1])) * 7
                   + size_t(uchar(n[len / 2])))
            % 256;
    }
    std::array<Slot, 256> m_slots {};
};

} // namespace

OfferAttributes::Member OfferAttributes::memberFor(std::string_view name)
{
    static const AttributeTable table;
    return table.find(name);
}

QString OfferAttributes::capacitySizeFor(std::string_view name)
{
    std::string_view size;
    if (name.starts_with("instanceCapacity"))
        size = name.substr(16);
    else if (name.starts_with("Instance Capacity - "))
        size = name.substr(20);
    return QString::fromUtf8(size.data(), qsizetype(size.size())).toLower();
}

bool OfferAttributes::set(std::string_view key, std::string_view value)
{
    if (const Member m = memberFor(key)) {
        this->*m = QString::fromUtf8(value.data(), qsizetype(value.size()));
        return true;
    }
    const QString size = capacitySizeFor(key);
    if (size.isEmpty())
        return false;
    bool ok = false;
    const int count = QByteArray::fromRawData(value.data(), qsizetype(value.size())).toInt(&ok);
    if (ok && count > 0)
        capacities.append({ size, count });
    return true;
}

std::optional<OfferProduct> classifyProduct(ImportContext &ctx, const OfferAttributes &a, QString *skipReason)
{
    // Every skip below must depend only on what appendSkipSignature() packs.
    auto skip = [&ctx, skipReason](const QString &reason) -> std::optional<OfferProduct> {
        if (skipReason)
            *skipReason = reason;
        else
            ctx.skip(reason);
        return std::nullopt;
    };
    QString region = a.regionCode;
    if (region.isEmpty()) {
        const auto code = awsnames::regionCodeForLocation(a.location);
        if (!code)
            return skip(QStringLiteral("location without a known region code"));
        region = *code;
    }
    if (!a.locationType.isEmpty() && a.locationType != u"AWS Region")
        return skip(QStringLiteral("Local Zone / Wavelength / Outposts products"));
    OfferProduct p;
    if (a.productFamily.startsWith(u"Compute Instance")) {
        if (!a.marketOption.isEmpty() && a.marketOption != u"OnDemand")
            return skip(QStringLiteral("market option %1 (e.g. $0 CapacityBlock rows)").arg(a.marketOption));
        if (!a.capacityStatus.isEmpty() && a.capacityStatus != u"Used")
            return skip(QStringLiteral("capacity reservation rows (%1)").arg(a.capacityStatus));
        const auto tenancy = tenancyFromString(a.tenancy);
        if (!tenancy)
            return skip(QStringLiteral("tenancy %1 (Dedicated Hosts are priced per host)").arg(a.tenancy));
        const auto platform
            = awsnames::platformFromAttributes(a.operatingSystem, a.licenseModel, a.preInstalledSw);
        if (!platform)
            return skip(QStringLiteral("pre-installed software or unpriced operating system"));
        if (a.instanceType.isEmpty())
            return skip(QStringLiteral("compute product without an instance type"));
        p.kind = OfferProduct::Instance;
        p.key = PriceKey { region, a.instanceType, *platform, *tenancy };

        InstanceSpec spec;
        spec.name = a.instanceType;
        std::tie(spec.family, spec.size) = awsnames::splitInstanceType(a.instanceType);
        spec.category = awsnames::categoryFromAwsFamily(a.instanceFamily);
        spec.vcpu = a.vcpu.toInt();
        spec.memoryGib
            = Money::parse(a.memory.section(u' ', 0, 0).remove(u','), nullptr, true).value_or(Money());
        if (a.physicalProcessor.contains(u"Graviton") || a.physicalProcessor.contains(u"Apple"))
            spec.architecture = Architecture::Arm64;
        else if (a.physicalProcessor.contains(u"Intel") || a.physicalProcessor.contains(u"AMD"))
            spec.architecture = Architecture::X86_64;
        else {
            spec.architecture = awsnames::inferArchitecture(spec.family);
            spec.architectureInferred = true;
        }
        if (!a.currentGeneration.isEmpty())
            spec.generation = a.currentGeneration == u"Yes" ? Generation::Current : Generation::Previous;
        spec.normalizationFactor = Money::parse(a.normalizationSizeFactor)
                                       .value_or(awsnames::normalizationFactorForSize(spec.size));
        ctx.catalog().addInstanceSpec(spec);
        return p;
    }
    if (a.productFamily == u"Dedicated Host") {
        if (!a.usageType.contains(u"HostUsage"))
            return skip(QStringLiteral("Dedicated Host rows other than HostUsage"));
        p.kind = OfferProduct::Host;
        p.key.region = region;
        p.name = a.instanceType.isEmpty() ? a.instanceFamily : a.instanceType;
        p.capacities = a.capacities;
        return p;
    }
    if (a.productFamily == u"Storage" && !a.volumeApiName.isEmpty()) {
        p.kind = OfferProduct::Ebs;
        p.key.region = region;
        p.name = a.volumeApiName;
        return p;
    }
    if (a.productFamily == u"IP Address" && a.usageType.contains(u"PublicIPv4:InUseAddress")) {
        p.kind = OfferProduct::PublicIpv4;
        p.key.region = region;
        return p;
    }
    return skip(QStringLiteral("product family \"%1\"")
                    .arg(a.productFamily.isEmpty() ? QStringLiteral("none") : a.productFamily));
}

const std::array<OfferAttributes::Member, kSkipSignatureSize> &skipSignatureMembers()
{
    static const std::array<OfferAttributes::Member, kSkipSignatureSize> members {
        &OfferAttributes::productFamily, &OfferAttributes::regionCode, &OfferAttributes::location,
        &OfferAttributes::locationType, &OfferAttributes::marketOption, &OfferAttributes::capacityStatus,
        &OfferAttributes::tenancy, &OfferAttributes::operatingSystem, &OfferAttributes::licenseModel,
        &OfferAttributes::preInstalledSw, &OfferAttributes::instanceType, &OfferAttributes::usageType,
        &OfferAttributes::volumeApiName
    };
    return members;
}

void appendSkipSignature(std::string &key, const std::array<std::string_view, kSkipSignatureSize> &values)
{
    // The first ten values decide verbatim (length-prefixed, so no value can run into the next);
    // of the last three, classifyProduct() only asks whether the instance type and the volume
    // name are empty and which usage types the host and IP address checks look for.
    for (size_t i = 0; i < 10; ++i) {
        const auto size = static_cast<quint32>(values[i].size());
        key.append(reinterpret_cast<const char *>(&size), sizeof size);
        key.append(values[i]);
    }
    const std::string_view usage = values[11];
    key += values[10].empty() ? '0' : '1';
    key += usage.find("HostUsage") != std::string_view::npos ? '1' : '0';
    key += usage.find("PublicIPv4:InUseAddress") != std::string_view::npos ? '1' : '0';
    key += values[12].empty() ? '0' : '1';
}

void applyTerm(ImportContext &ctx, const OfferProduct &product, const OfferTerm &term,
    const std::function<QString()> &location)
{
    const bool reserved = !term.leaseContractLength.isEmpty() || !term.purchaseOption.isEmpty();
    if (reserved && !term.inReservedSection)
        ctx.skip(QStringLiteral("Reserved term found in the OnDemand section (imported as Reserved)"));
    const Provenance prov = ctx.provenance();
    if (product.kind != OfferProduct::Instance) {
        if (reserved) {
            ctx.skip(QStringLiteral("reserved terms of non-instance products"));
            return;
        }
        for (const auto &d : term.dimensions) {
            if (product.kind == OfferProduct::Host) {
                ctx.catalog().setDedicatedHost(product.key.region,
                    DedicatedHostPrice { product.name, d.price, product.capacities, prov });
            } else if (product.kind == OfferProduct::Ebs) {
                ctx.catalog().setEbsRate(
                    product.key.region, product.name, RegionalRate { d.price, d.unit, prov });
            } else {
                ctx.catalog().setPublicIpv4Rate(product.key.region, RegionalRate { d.price, d.unit, prov });
            }
            ctx.counted();
            break; // one dimension is the rate; tiered storage rows are rare and not modelled
        }
        return;
    }
    if (!reserved) {
        for (const auto &d : term.dimensions) {
            if (d.unit == u"Hrs") {
                ctx.catalog().setOnDemand(product.key, OnDemandPrice { d.price, prov });
                ctx.counted();
                return;
            }
        }
        ctx.skip(QStringLiteral("On-Demand term without an hourly dimension"));
        return;
    }
    ReservedPrice r;
    if (term.leaseContractLength.startsWith(u'1'))
        r.term = Term::OneYear;
    else if (term.leaseContractLength.startsWith(u'3'))
        r.term = Term::ThreeYears;
    else
        ctx.fail(location(),
            QStringLiteral("LeaseContractLength: unknown term \"%1\"").arg(term.leaseContractLength));
    // AWS writes the classes in lower case: compare exactly first, case-blind only otherwise.
    if (term.offeringClass == u"convertible"
        || term.offeringClass.compare(u"convertible", Qt::CaseInsensitive) == 0)
        r.offeringClass = OfferingClass::Convertible;
    else if (term.offeringClass == u"standard" || term.offeringClass.isEmpty()
        || term.offeringClass.compare(u"standard", Qt::CaseInsensitive) == 0)
        r.offeringClass = OfferingClass::Standard;
    else
        ctx.fail(location(), QStringLiteral("OfferingClass: unknown class \"%1\"").arg(term.offeringClass));
    const auto payment = purchaseOptionFromString(term.purchaseOption);
    if (!payment) {
        ctx.skip(QStringLiteral("Reserved purchase option \"%1\"").arg(term.purchaseOption));
        return;
    }
    r.payment = *payment;
    bool hasUpfront = false, hasHourly = false;
    for (const auto &d : term.dimensions) {
        if (d.unit == u"Quantity") {
            r.upfront = d.price;
            hasUpfront = true;
        } else {
            r.hourly = d.price; // All Upfront terms carry a 0.00 "Hrs" dimension too
            hasHourly = true;
        }
    }
    // A term missing the part its payment option charges (a file cut between the two rows of a
    // CSV term) would be a wrong price: an upfront fee without its hourly rate, or the reverse.
    const bool needsUpfront = r.payment != PurchaseOption::NoUpfront;
    const bool needsHourly = r.payment != PurchaseOption::AllUpfront;
    if ((needsUpfront && !hasUpfront) || (needsHourly && !hasHourly))
        ctx.fail(location(),
            QStringLiteral("%1 Reserved term without its %2 price")
                .arg(term.purchaseOption,
                    needsUpfront && !hasUpfront ? QStringLiteral("upfront (Quantity)")
                                                : QStringLiteral("hourly (Hrs)")));
    r.provenance = prov;
    ctx.catalog().setReserved(product.key, r);
    ctx.counted();
}

SavingsPlanProduct classifySavingsPlanProduct(const QString &productFamily, const QString &usageType,
    const QString &operation, const QString &instanceType, const QString &regionCode)
{
    SavingsPlanProduct out;
    if (productFamily == u"ComputeSavingsPlans")
        out.type = SavingsPlanType::Compute;
    else if (productFamily == u"EC2InstanceSavingsPlans")
        out.type = SavingsPlanType::Ec2Instance;
    else {
        out.skipReason = QStringLiteral("Savings Plan family \"%1\"").arg(productFamily);
        return out;
    }
    // Usage types: BoxUsage = shared, DedicatedUsage = dedicated; UnusedBox / UnusedDed are
    // capacity reservations and HostBoxUsage runs on Dedicated Hosts: not per-instance prices.
    const QString usage = usageType.section(u':', 0, 0);
    if (usage.endsWith(u"BoxUsage") && !usage.endsWith(u"HostBoxUsage") && !usage.endsWith(u"UnusedBox"))
        out.key.tenancy = Tenancy::Shared;
    else if (usage.endsWith(u"DedicatedUsage"))
        out.key.tenancy = Tenancy::Dedicated;
    else {
        out.skipReason = QStringLiteral("Savings Plan rates for usage type %1").arg(usage.section(u'-', -1));
        return out;
    }
    const auto platform = awsnames::platformFromOperation(operation);
    if (!platform) {
        out.skipReason = QStringLiteral("Savings Plan rates for pre-installed software or other operations");
        return out;
    }
    out.key.platform = *platform;
    out.key.instanceType = instanceType.isEmpty() ? usageType.section(u':', 1) : instanceType;
    out.key.region = regionCode;
    if (out.key.instanceType.isEmpty() || out.key.region.isEmpty())
        out.skipReason = QStringLiteral("Savings Plan rates without type, region, term or payment");
    return out;
}

QString savingsPlanRateKey(
    const PriceKey &key, const QString &productFamily, int years, PurchaseOption payment)
{
    return QStringLiteral("Savings Plan rate %1 %2 %3 %4 %5 %6-year %7")
        .arg(
            key.region, key.instanceType, platformName(key.platform), tenancyName(key.tenancy), productFamily)
        .arg(years)
        .arg(purchaseOptionName(payment));
}

void applySavingsPlanRow(
    ImportContext &ctx, const SavingsPlanRow &row, const std::function<QString(qint64)> &describe)
{
    const SavingsPlanProduct product = classifySavingsPlanProduct(
        row.productFamily, row.usageType, row.operation, row.instanceType, row.regionCode);
    if (!product.skipReason.isEmpty()) {
        ctx.skip(product.skipReason);
        return;
    }
    const auto payment = purchaseOptionFromString(row.purchaseOption);
    if (!payment || (row.years != 1 && row.years != 3)) {
        ctx.skip(QStringLiteral("Savings Plan rates without type, region, term or payment"));
        return;
    }
    SavingsPlanRate rate;
    rate.type = product.type;
    rate.term = row.years == 3 ? Term::ThreeYears : Term::OneYear;
    rate.payment = *payment;
    rate.perHour = row.rate;
    ctx.checkRepeat(savingsPlanRateKey(product.key, row.productFamily, row.years, *payment),
        row.rate.toPlainString(), row.position, describe);
    rate.provenance = ctx.provenance();
    ctx.catalog().setSavingsPlanRate(product.key, rate);
    ctx.counted();
}

std::optional<qint64> parseInteger(std::string_view text, qint64 min, qint64 max)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    if (i == text.size())
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        // Stop as soon as the magnitude leaves the range: no overflow, no wrapping.
        value = value * 10 + (c - '0');
        if (value > std::max(std::abs(min), std::abs(max)) || value > (qint64(1) << 53))
            return std::nullopt;
    }
    if (negative)
        value = -value;
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

QDate parseDate(QStringView text)
{
    if (text.size() >= 10 && text[4] == u'-')
        return QDate::fromString(text.left(10).toString(), Qt::ISODate);
    if (text.size() >= 8 && text.left(8).toString().toInt() > 19000000)
        return QDate::fromString(text.left(8).toString(), QStringLiteral("yyyyMMdd"));
    return {};
}

} // namespace ec2lab::catalog::importer
