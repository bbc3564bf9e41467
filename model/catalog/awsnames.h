#pragma once

#include "catalog/pricetypes.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace ec2lab::catalog::awsnames {

// Translations between the many spellings AWS price files use for the same facts. Every function
// is pure and table driven; unknown input yields nullopt / Unknown rather than a guess.

/// "US East (N. Virginia)" -> "us-east-1"; also accepts the code itself.
std::optional<QString> regionCodeForLocation(QStringView location);
/// "us-east-1" -> "US East (N. Virginia)"; empty when unknown.
QString locationForRegionCode(QStringView code);
/// "us-east-1" -> "US East (N. Virginia) (us-east-1)": the name AWS's offer files use with the
/// code alongside; the code alone when the name is unknown.
QString regionWithName(QStringView code);
/// "us-east-1a" -> "us-east-1", "us-east-1-bos-1a" -> "us-east-1-bos-1".
QString regionOfZone(QStringView zone);

/// "m5.large" -> ("m5", "large"); "u7i-12tb.224xlarge" -> ("u7i-12tb", "224xlarge").
QPair<QString, QString> splitInstanceType(QStringView type);
/// The RI normalization factor AWS publishes per size (nano 0.25 ... 32xlarge 256, NxlargeN*8);
/// zero for sizes without one (metal).
Money normalizationFactorForSize(QStringView size);
/// "General purpose", "GPU instance", "Machine Learning ASIC Instances", ... -> the five groups.
InstanceCategory categoryFromAwsFamily(QStringView instanceFamily);
/// Graviton families have a "g" in the suffix after the generation digit (m6g, c7gn, im4gn, x2gd,
/// t4g) or are a1; mac families follow their chip. Others are taken as x86_64.
Architecture inferArchitecture(QStringView family);
/// From the offer file's operatingSystem / licenseModel / preInstalledSw. nullopt for combinations
/// the catalog does not price (pre-installed SQL Server, unknown systems).
std::optional<Platform> platformFromAttributes(
    QStringView os, QStringView license, QStringView preInstalledSw);
/// From an operation code: RunInstances -> Linux, :0002 Windows, :0800 Windows BYOL, :0010 RHEL,
/// :1010 RHEL HA, :000g SUSE, :0g00 Ubuntu Pro.
std::optional<Platform> platformFromOperation(QStringView operation);
/// From describe-spot-price-history ProductDescription ("Linux/UNIX (Amazon VPC)" -> Linux).
std::optional<Platform> platformFromSpotDescription(QStringView description);

} // namespace ec2lab::catalog::awsnames
