// Price catalog import speed and memory at the real scale.
//
//   bench_catalog generate DIR [PRODUCTS]  writes DIR/offer.json and DIR/offer.csv: a synthetic
//                                          EC2 offer file with the real structure (default
//                                          100,000 products, about 450 MB of JSON), and
//                                          DIR/savings-plans.csv: 12 Savings Plans rates per product
//   bench_catalog generate DIR PRODUCTS kept
//                                          the same, but every product is one the catalog keeps
//                                          (shared or dedicated tenancy, capacity "Used", no
//                                          pre-installed software, 12 Reserved offers each):
//                                          the worst case for the importer, no row to skip
//   bench_catalog import FILE              imports FILE with the project's importer and prints
//                                          the time, throughput and peak resident memory
//   bench_catalog snapshot                 loads the bundled snapshot 50 times (best / median)
//   bench_catalog hostile DIR              writes the oversized inputs of issue 16 item 13:
//                                          DIR/table-2m.csv (a price table of 2,000,000 rows),
//                                          DIR/table-100k.csv (100,000 rows, the limit) and
//                                          DIR/nul-1g.csv (an offer CSV header, then 1 GiB of NULs,
//                                          as a sparse file); import each with "import FILE FORMAT"
//
// run_catalog_benchmark.sh runs all of it plus the Python json.load baseline.

#include "catalog/catalogstore.h"
#include "catalog/priceimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace ec2lab;
using namespace ec2lab::catalog;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Product
{
    std::string sku, type, family, size, os, license, tenancy, capacity, preinstalled, operation, usage;
    int vcpu = 2;
    int memory = 8;
    std::string price;
};

const char *kFamilies[] = { "m5", "m6i", "m7i", "c5", "c6i", "c7i", "r5", "r6i", "r7i", "t3", "m6g", "c7g",
    "r8g", "i4i", "g5", "p4d", "x2idn", "m5d", "c6gn", "z1d" };
const char *kSizes[] = { "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge",
    "24xlarge", "metal", "medium", "small", "micro", "nano", "9xlarge", "18xlarge", "32xlarge", "48xlarge",
    "3xlarge", "6xlarge", "10xlarge", "14xlarge", "20xlarge", "28xlarge" };
struct Os
{
    const char *os, *license, *operation;
};
const Os kOs[] = { { "Linux", "No License required", "RunInstances" },
    { "Windows", "No License required", "RunInstances:0002" },
    { "Windows", "Bring your own license", "RunInstances:0800" },
    { "RHEL", "No License required", "RunInstances:0010" },
    { "SUSE", "No License required", "RunInstances:000g" },
    { "Ubuntu Pro", "No License required", "RunInstances:0g00" } };
const char *kTenancy[] = { "Shared", "Dedicated", "Host" };
const char *kCapacity[] = { "Used", "UnusedCapacityReservation", "AllocatedCapacityReservation" };
const char *kSoftware[] = { "NA", "SQL Web", "SQL Std", "SQL Ent" };

std::string skuFor(long n, const char *salt)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string s;
    unsigned long long v
        = static_cast<unsigned long long>(n) * 2654435761ULL + static_cast<unsigned char>(salt[0]);
    for (int i = 0; i < 16; ++i) {
        s.push_back(alphabet[v % 32]);
        v = v / 32 + 0x9E3779B97F4A7C15ULL * (i + 1);
    }
    return s;
}

/// Every product kept: families x sizes x operating systems x {Shared, Dedicated}, repeated
/// with numbered family names ("m5", "m5n1", "m5n2", ...) until \a count instance products.
std::vector<Product> makeKeptProducts(long count)
{
    std::vector<Product> out;
    out.reserve(size_t(count));
    long n = 0;
    for (int round = 0;; ++round) {
        for (const char *baseFamily : kFamilies) {
            const std::string family = std::string(baseFamily) + (round ? "n" + std::to_string(round) : "");
            for (const char *size : kSizes) {
                for (const Os &os : kOs) {
                    for (const char *tenancy : { "Shared", "Dedicated" }) {
                        if (n >= count)
                            return out;
                        Product p;
                        p.sku = skuFor(n, "k");
                        p.family = family;
                        p.size = size;
                        p.type = p.family + '.' + p.size;
                        p.os = os.os;
                        p.license = os.license;
                        p.operation = os.operation;
                        p.tenancy = tenancy;
                        p.capacity = "Used";
                        p.preinstalled = "NA";
                        p.usage = std::string(tenancy[0] == 'S' ? "BoxUsage:" : "DedicatedUsage:") + p.type;
                        p.vcpu = 2 << (n % 6);
                        p.memory = p.vcpu * 4;
                        char price[32];
                        std::snprintf(price, sizeof price, "%ld.%09ld0", (n % 7), (n * 7919) % 1000000000L);
                        p.price = price;
                        out.push_back(std::move(p));
                        ++n;
                    }
                }
            }
        }
    }
}

std::vector<Product> makeProducts(long count)
{
    std::vector<Product> out;
    out.reserve(size_t(count));
    long n = 0;
    for (const char *family : kFamilies) {
        for (const char *size : kSizes) {
            for (const Os &os : kOs) {
                for (const char *tenancy : kTenancy) {
                    for (const char *capacity : kCapacity) {
                        for (const char *sw : kSoftware) {
                            if (n >= count)
                                return out;
                            Product p;
                            p.sku = skuFor(n, "p");
                            p.family = family;
                            p.size = size;
                            p.type = p.family + '.' + p.size;
                            p.os = os.os;
                            p.license = os.license;
                            p.operation = os.operation;
                            p.tenancy = tenancy;
                            p.capacity = capacity;
                            p.preinstalled = sw;
                            p.usage = std::string(tenancy[0] == 'S' ? "BoxUsage:"
                                              : tenancy[0] == 'D'   ? "DedicatedUsage:"
                                                                    : "HostBoxUsage:")
                                + p.type;
                            p.vcpu = 2 << (n % 6);
                            p.memory = p.vcpu * 4;
                            char price[32];
                            std::snprintf(
                                price, sizeof price, "%ld.%09ld0", (n % 7), (n * 7919) % 1000000000L);
                            p.price = price;
                            out.push_back(std::move(p));
                            ++n;
                        }
                    }
                }
            }
        }
    }
    return out;
}

struct Attr
{
    const char *key;
    std::string value;
};

std::vector<Attr> attributesOf(const Product &p)
{
    return { { "servicecode", "AmazonEC2" }, { "location", "US East (N. Virginia)" },
        { "locationType", "AWS Region" }, { "instanceType", p.type }, { "currentGeneration", "Yes" },
        { "instanceFamily", "General purpose" }, { "vcpu", std::to_string(p.vcpu) },
        { "physicalProcessor", "Intel Xeon Platinum 8175 (Skylake)" }, { "clockSpeed", "3.1 GHz" },
        { "memory", std::to_string(p.memory) + " GiB" }, { "storage", "EBS only" },
        { "networkPerformance", "Up to 10 Gigabit" }, { "processorArchitecture", "64-bit" },
        { "tenancy", p.tenancy }, { "operatingSystem", p.os }, { "licenseModel", p.license },
        { "usagetype", p.usage }, { "operation", p.operation }, { "availabilityzone", "NA" },
        { "capacitystatus", p.capacity }, { "classicnetworkingsupport", "false" },
        { "dedicatedEbsThroughput", "Up to 2120 Mbps" }, { "ecu", "10" },
        { "enhancedNetworkingSupported", "Yes" }, { "gpuMemory", "NA" }, { "intelAvxAvailable", "Yes" },
        { "intelAvx2Available", "Yes" }, { "intelTurboAvailable", "Yes" }, { "marketoption", "OnDemand" },
        { "normalizationSizeFactor", "4" }, { "preInstalledSw", p.preinstalled },
        { "processorFeatures", "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo" },
        { "regionCode", "us-east-1" }, { "servicename", "Amazon Elastic Compute Cloud" },
        { "vpcnetworkingsupport", "true" } };
}

struct RiTerm
{
    const char *code, *lease, *cls, *purchase;
    bool upfront, hourly;
};
const RiTerm kRi[] = { { "4NA7Y494T4", "1yr", "standard", "No Upfront", false, true },
    { "HU7G6KETJZ", "1yr", "standard", "Partial Upfront", true, true },
    { "6QCMYABX3D", "1yr", "standard", "All Upfront", true, true },
    { "BPH4J8HBKS", "3yr", "standard", "No Upfront", false, true },
    { "38NPMPTW36", "3yr", "standard", "Partial Upfront", true, true },
    { "NQ3QZPMQV9", "3yr", "standard", "All Upfront", true, true },
    { "7NE97W5U4E", "1yr", "convertible", "No Upfront", false, true },
    { "VJWZNREJX2", "1yr", "convertible", "Partial Upfront", true, true },
    { "Z2E3P23VKM", "3yr", "convertible", "No Upfront", false, true },
    { "R5XV2EPZQZ", "3yr", "convertible", "Partial Upfront", true, true },
    { "MZU6U2429S", "3yr", "convertible", "All Upfront", true, true },
    { "CUZHX8X6JH", "1yr", "convertible", "All Upfront", true, true } };

// Only Used / NA shared & dedicated products carry RI terms in the real file; keep that share.
bool hasReserved(const Product &p)
{
    return p.capacity == "Used" && p.tenancy != "Host" && p.preinstalled != "SQL Ent";
}

void writeJson(const std::vector<Product> &products, const QString &fileName)
{
    FILE *f = std::fopen(QFile::encodeName(fileName).constData(), "wb");
    std::string b;
    b.reserve(1 << 22);
    auto flush = [&] {
        std::fwrite(b.data(), 1, b.size(), f);
        b.clear();
    };
    b += "{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"Synthetic benchmark data in the AWS offer "
         "file format\",\n"
         "  \"offerCode\" : \"AmazonEC2\",\n  \"version\" : \"20250404224122\",\n  \"publicationDate\" : "
         "\"2025-04-04T22:41:22Z\",\n"
         "  \"products\" : {\n";
    for (size_t i = 0; i < products.size(); ++i) {
        const Product &p = products[i];
        b += "    \"" + p.sku + "\" : {\n      \"sku\" : \"" + p.sku
            + "\",\n      \"productFamily\" : \"Compute Instance\",\n      \"attributes\" : {\n";
        const auto attrs = attributesOf(p);
        for (size_t a = 0; a < attrs.size(); ++a)
            b += std::string("        \"") + attrs[a].key + "\" : \"" + attrs[a].value
                + (a + 1 < attrs.size() ? "\",\n" : "\"\n");
        b += "      }\n    }";
        b += i + 1 < products.size() ? ",\n" : "\n";
        if (b.size() > (1 << 21))
            flush();
    }
    auto dimension = [&](const std::string &sku, const char *term, const char *rate, const char *unit,
                         const std::string &price, const char *desc, bool last) {
        b += "            \"" + sku + "." + term + "." + rate + "\" : {\n              \"unit\" : \"" + unit
            + "\",\n              \"endRange\" : \"Inf\",\n              \"description\" : \"" + desc
            + "\",\n              \"appliesTo\" : [ ],\n              \"rateCode\" : \"" + sku + "." + term
            + "." + rate
            + "\",\n              \"beginRange\" : \"0\",\n              \"pricePerUnit\" : {\n              "
              "  \"USD\" : \""
            + price + "\"\n              }\n            }" + (last ? "\n" : ",\n");
    };
    b += "  },\n  \"terms\" : {\n    \"OnDemand\" : {\n";
    for (size_t i = 0; i < products.size(); ++i) {
        const Product &p = products[i];
        b += "      \"" + p.sku + "\" : {\n        \"" + p.sku
            + ".JRTCKXETXF\" : {\n          \"offerTermCode\" : \"JRTCKXETXF\",\n          \"sku\" : \""
            + p.sku
            + "\",\n          \"effectiveDate\" : \"2025-04-01T00:00:00Z\",\n          \"priceDimensions\" : "
              "{\n";
        dimension(p.sku, "JRTCKXETXF", "6YS6EN2CT7", "Hrs", p.price, "On Demand Instance Hour", true);
        b += "          },\n          \"termAttributes\" : { }\n        }\n      }";
        b += i + 1 < products.size() ? ",\n" : "\n";
        if (b.size() > (1 << 21))
            flush();
    }
    b += "    },\n    \"Reserved\" : {\n";
    bool firstSku = true;
    for (const Product &p : products) {
        if (!hasReserved(p))
            continue;
        b += firstSku ? "" : ",\n";
        firstSku = false;
        b += "      \"" + p.sku + "\" : {\n";
        for (size_t t = 0; t < std::size(kRi); ++t) {
            const RiTerm &r = kRi[t];
            b += "        \"" + p.sku + "." + r.code + "\" : {\n          \"offerTermCode\" : \"" + r.code
                + "\",\n          \"sku\" : \"" + p.sku
                + "\",\n          \"effectiveDate\" : \"2025-04-01T00:00:00Z\",\n          "
                  "\"priceDimensions\" : {\n";
            if (r.upfront)
                dimension(p.sku, r.code, "2TG2D8R56U", "Quantity", "1234", "Upfront Fee", false);
            dimension(p.sku, r.code, "6YS6EN2CT7", "Hrs",
                std::string(r.purchase)[0] == 'A' ? "0.0000000000" : p.price,
                "Linux/UNIX (Amazon VPC), reserved instance applied", true);
            b += std::string("          },\n          \"termAttributes\" : {\n            "
                             "\"LeaseContractLength\" : \"")
                + r.lease + "\",\n            \"OfferingClass\" : \"" + r.cls
                + "\",\n            \"PurchaseOption\" : \"" + r.purchase + "\"\n          }\n        }"
                + (t + 1 < std::size(kRi) ? ",\n" : "\n");
        }
        b += "      }";
        if (b.size() > (1 << 21))
            flush();
    }
    b += "\n    }\n  }\n}\n";
    flush();
    std::fclose(f);
}

void writeCsv(const std::vector<Product> &products, const QString &fileName)
{
    FILE *f = std::fopen(QFile::encodeName(fileName).constData(), "wb");
    std::string b;
    auto flush = [&] {
        std::fwrite(b.data(), 1, b.size(), f);
        b.clear();
    };
    b += "\"FormatVersion\",\"v1.0\"\n\"Disclaimer\",\"Synthetic benchmark data\"\n\"Publication "
         "Date\",\"2025-04-04T22:41:22Z\"\n"
         "\"Version\",\"20250404224122\"\n\"OfferCode\",\"AmazonEC2\"\n";
    const std::vector<std::string> termCols = { "SKU", "OfferTermCode", "RateCode", "TermType",
        "PriceDescription", "EffectiveDate", "StartingRange", "EndingRange", "Unit", "PricePerUnit",
        "Currency", "RelatedTo", "LeaseContractLength", "PurchaseOption", "OfferingClass", "Product Family" };
    const std::vector<std::pair<const char *, const char *>> attrCols = { { "serviceCode", "servicecode" },
        { "Location", "location" }, { "Location Type", "locationType" }, { "Instance Type", "instanceType" },
        { "Current Generation", "currentGeneration" }, { "Instance Family", "instanceFamily" },
        { "vCPU", "vcpu" }, { "Physical Processor", "physicalProcessor" }, { "Clock Speed", "clockSpeed" },
        { "Memory", "memory" }, { "Storage", "storage" }, { "Network Performance", "networkPerformance" },
        { "Processor Architecture", "processorArchitecture" }, { "Tenancy", "tenancy" },
        { "Operating System", "operatingSystem" }, { "License Model", "licenseModel" },
        { "usageType", "usagetype" }, { "operation", "operation" },
        { "AvailabilityZone", "availabilityzone" }, { "CapacityStatus", "capacitystatus" },
        { "ClassicNetworkingSupport", "classicnetworkingsupport" },
        { "Dedicated EBS Throughput", "dedicatedEbsThroughput" }, { "ECU", "ecu" },
        { "Enhanced Networking Supported", "enhancedNetworkingSupported" }, { "GPU Memory", "gpuMemory" },
        { "Intel AVX Available", "intelAvxAvailable" }, { "Intel AVX2 Available", "intelAvx2Available" },
        { "Intel Turbo Available", "intelTurboAvailable" }, { "MarketOption", "marketoption" },
        { "Normalization Size Factor", "normalizationSizeFactor" }, { "Pre Installed S/W", "preInstalledSw" },
        { "Processor Features", "processorFeatures" }, { "Region Code", "regionCode" },
        { "serviceName", "servicename" }, { "VPCNetworkingSupport", "vpcnetworkingsupport" } };
    // Pad to the 91 columns of a 2025 file with empty columns that a reader must skip by name.
    std::string header;
    for (const auto &c : termCols)
        header += "\"" + c + "\",";
    for (const auto &c : attrCols)
        header += std::string("\"") + c.first + "\",";
    for (size_t i = termCols.size() + attrCols.size(); i < 91; ++i)
        header += "\"Unused Column " + std::to_string(i) + "\",";
    header.pop_back();
    b += header + "\n";
    const size_t padding = 91 - termCols.size() - attrCols.size();
    auto row = [&](const Product &p, const std::vector<Attr> &attrs, const char *term, const char *rate,
                   const char *type, const char *desc, const char *unit, const std::string &price,
                   const char *lease, const char *purchase, const char *cls) {
        b += "\"" + p.sku + "\",\"" + term + "\",\"" + p.sku + "." + term + "." + rate + "\",\"" + type
            + "\",\"" + desc + "\",\"2025-04-01\",\"0\",\"Inf\",\"" + unit + "\",\"" + price
            + "\",\"USD\",,\"" + lease + "\",\"" + purchase + "\",\"" + cls + "\",\"Compute Instance\"";
        for (const auto &c : attrCols) {
            for (const Attr &a : attrs) {
                if (std::string_view(a.key) == c.second) {
                    b += ",\"" + a.value + "\"";
                    break;
                }
            }
        }
        b.append(padding, ',');
        b += '\n';
    };
    for (const Product &p : products) {
        const auto attrs = attributesOf(p);
        row(p, attrs, "JRTCKXETXF", "6YS6EN2CT7", "OnDemand", "On Demand Instance Hour", "Hrs", p.price, "",
            "", "");
        if (hasReserved(p)) {
            for (const RiTerm &r : kRi) {
                if (r.upfront)
                    row(p, attrs, r.code, "2TG2D8R56U", "Reserved", "Upfront Fee", "Quantity", "1234",
                        r.lease, r.purchase, r.cls);
                row(p, attrs, r.code, "6YS6EN2CT7", "Reserved", "reserved instance applied", "Hrs",
                    r.purchase[0] == 'A' ? "0.0000000000" : p.price, r.lease, r.purchase, r.cls);
            }
        }
        if (b.size() > (1 << 21))
            flush();
    }
    flush();
    std::fclose(f);
}

/// A Savings Plans offer CSV (the AmazonComputeSavingsPlan layout) with, for every product, the
/// Compute and EC2 Instance Savings Plans rates of both terms and the three payment options: 12
/// rate rows per product, every one of them kept in "kept" mode (no UnusedBox or HostBoxUsage rows).
void writeSavingsPlansCsv(const std::vector<Product> &products, const QString &fileName)
{
    FILE *f = std::fopen(QFile::encodeName(fileName).constData(), "wb");
    std::string b;
    auto flush = [&] {
        std::fwrite(b.data(), 1, b.size(), f);
        b.clear();
    };
    b += "FormatVersion,v1.0\nDisclaimer,Synthetic benchmark data\nPublication Date,2025-09-11T18:44:47Z\n"
         "Version,20250911184447\nOfferCode,AmazonComputeSavingsPlan\n"
         "SKU,RateCode,Unit,EffectiveDate,DiscountedRate,Currency,DiscountedSKU,DiscountedServiceCode,"
         "DiscountedUsageType,DiscountedOperation,PurchaseOption,LeaseContractLength,LeaseContractLengthUnit,"
         "ServiceCode,UsageType,Operation,Description,Instance Family,Location,Location Type,Granularity,"
         "Product Family,DiscountedRegionCode,DiscountedInstanceType\n";
    const char *payments[] = { "No Upfront", "Partial Upfront", "All Upfront" };
    const char *paymentCodes[] = { "NoUpfront", "PartialUpfront", "AllUpfront" };
    long n = 0;
    for (const Product &p : products) {
        for (const bool compute : { true, false }) {
            for (const int years : { 1, 3 }) {
                for (int pay = 0; pay < 3; ++pay, ++n) {
                    const std::string planSku = skuFor(n % 97, compute ? "c" : "i");
                    char rate[32];
                    std::snprintf(rate, sizeof rate, "0.%07ld", 100000 + (n * 7919) % 9000000L);
                    b += planSku + "," + planSku + "." + p.sku + ",Hrs,2025-06-05T18:51:13Z," + rate + ",USD,"
                        + p.sku + ",AmazonEC2," + p.usage + "," + p.operation + "," + payments[pay] + ","
                        + std::to_string(years) + ",year,ComputeSavingsPlans,EC2SP:" + p.family + "."
                        + std::to_string(years) + "yr" + paymentCodes[pay] + ",," + std::to_string(years)
                        + " year " + payments[pay] + " " + p.family
                        + (compute ? " Compute Savings Plan" : " EC2 Instance Savings Plan")
                        + ",,US East (N. Virginia),AWS Region,hourly,"
                        + (compute ? "ComputeSavingsPlans" : "EC2InstanceSavingsPlans") + ",us-east-1,"
                        + p.type + "\n";
                }
            }
        }
        if (b.size() > (1 << 21))
            flush();
    }
    flush();
    std::fclose(f);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"generate" && args.size() >= 3) {
        const long count = args.size() > 3 ? args[3].toLong() : 100000;
        const bool allKept = args.value(4) == u"kept";
        const auto products = allKept ? makeKeptProducts(count) : makeProducts(count);
        writeJson(products, args[2] + QStringLiteral("/offer.json"));
        writeCsv(products, args[2] + QStringLiteral("/offer.csv"));
        writeSavingsPlansCsv(products, args[2] + QStringLiteral("/savings-plans.csv"));
        out << "generated " << products.size() << " products in " << args[2] << Qt::endl;
        return 0;
    }
    if (mode == u"hostile" && args.size() == 3) {
        auto table = [&](const QString &name, int rows) {
            QFile f(args[2] + u'/' + name);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("# region: us-east-1\ninstance_type,usd_per_hour\n");
            QByteArray chunk;
            for (int i = 0; i < rows; ++i) {
                chunk += "t" + QByteArray::number(i) + ".large,0." + QByteArray::number(100000 + i % 900000)
                    + "\n";
                if (chunk.size() > (1 << 20)) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            return f.write(chunk) == chunk.size();
        };
        QFile nul(args[2] + QStringLiteral("/nul-1g.csv"));
        const QByteArray header
            = "\"FormatVersion\",\"v1.0\"\n\"Publication Date\",\"2025-04-04T22:41:22Z\"\n"
              "\"SKU\",\"OfferTermCode\",\"TermType\",\"Unit\",\"PricePerUnit\",\"Currency\"\n";
        const bool ok = table(QStringLiteral("table-2m.csv"), 2000000)
            && table(QStringLiteral("table-100k.csv"), 100000) && nul.open(QIODevice::WriteOnly)
            && nul.write(header) == header.size() && nul.resize(header.size() + (qint64(1) << 30));
        out << (ok ? "written to " : "cannot write to ") << args[2] << Qt::endl;
        return ok ? 0 : 1;
    }
    if (mode == u"import" && (args.size() == 3 || args.size() == 4)) {
        const auto format = importFormatFromString(args.value(3, QStringLiteral("auto")));
        if (!format) {
            out << "unknown format " << args[3] << Qt::endl;
            return 2;
        }
        const qint64 rssBefore = procStatusKb("VmRSS:");
        QElapsedTimer t;
        t.start();
        const double cpuBefore = cpuSeconds();
        PriceCatalog catalog;
        ImportReport report;
        try {
            report = PriceImporter::importFile(args[2], catalog, *format);
        } catch (const InputError &e) {
            // A refusal is a result too: how fast, in how much memory.
            out << "error: " << e.toString().left(200) << '\n'
                << "time:           " << QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 3) << " s\n"
                << "CPU time:       " << QString::number(cpuSeconds() - cpuBefore, 'f', 3) << " s\n"
                << "RSS before:     " << rssBefore / 1024 << " MB\n"
                << "peak RSS:       " << procStatusKb("VmHWM:") / 1024 << " MB" << Qt::endl;
            return 1;
        }
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        const double mb = double(report.bytes) / 1e6;
        out << "file:           " << args[2] << " (" << QString::number(mb, 'f', 1) << " MB, "
            << toString(report.format) << ")\n"
            << "prices read:    " << report.prices << '\n'
            << "time:           " << QString::number(seconds, 'f', 2) << " s\n"
            << "throughput:     " << QString::number(mb / seconds, 'f', 0) << " MB/s (wall clock)\n"
            << "CPU time:       " << QString::number(cpu, 'f', 2)
            << " s = " << QString::number(mb / cpu, 'f', 0) << " MB per CPU-second\n"
            << "RSS before:     " << rssBefore / 1024 << " MB\n"
            << "RSS after:      " << procStatusKb("VmRSS:") / 1024 << " MB (the imported catalog)\n"
            << "peak RSS:       " << procStatusKb("VmHWM:") / 1024 << " MB\n"
            << "catalog:        " << catalog.summary() << Qt::endl;
        return 0;
    }
    if (mode == u"snapshot") {
        std::vector<qint64> times;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            const PriceCatalog c = CatalogStore::loadBundled();
            times.push_back(t.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        out << "bundled snapshot load: best " << QString::number(double(times.front()) / 1e6, 'f', 2)
            << " ms, median " << QString::number(double(times[times.size() / 2]) / 1e6, 'f', 2) << " ms"
            << Qt::endl;
        return 0;
    }
    out << "Usage: bench_catalog generate DIR [PRODUCTS [kept]] | import FILE [FORMAT] | snapshot | hostile "
           "DIR"
        << Qt::endl;
    return 2;
}
