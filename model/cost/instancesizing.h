#pragma once

#include "money.h"

#include <QString>
#include <map>
#include <optional>

namespace ec2lab {

/// Facts about instance type names that pricing needs: family, size, normalization factor (for
/// size-flexible Reserved Instances) and Dedicated Host capacity.
///
/// Contract: pure functions of the name; sizes outside AWS's normalization table give nullopt.
/// The cost engine asks the price catalog first (CostEngine::normalizationQuarters()) and uses
/// this table only where the catalog has no factor; a size neither knows is matched to its exact
/// type only, with a warning on the option.
class InstanceSizing
{
public:
    /// "m5" for "m5.large"; the whole name when it has no dot.
    static QString family(const QString &instanceType);
    /// "large" for "m5.large"; empty when there is no dot.
    static QString size(const QString &instanceType);
    /// Normalization factor in quarter units (nano 1, micro 2, small 4, medium 8, large 16, ...):
    /// quarters keep nano (0.25) and micro (0.5) exact in integers.
    static std::optional<int> normalizationQuarters(const QString &size);
    /// The factor (in quarters) of a whole type name from the table alone: the size's factor, or
    /// for a `.metal` type the factor of its family's largest size from the built-in table below.
    static std::optional<int> tableQuarters(const QString &instanceType);
    /// \a factor (e.g. a catalog's "192") in quarters; nullopt unless a positive multiple of 0.25.
    static std::optional<int> quartersOf(const Money &factor);
    /// Instances of \a size one host of \a family holds: \a overrides first, then the family's
    /// largest size (from a small built-in table) divided by the size's normalization factor,
    /// as AWS's instanceCapacity attributes work out for the m5/c5/r5/m6i... families.
    static std::optional<int> hostCapacity(
        const QString &family, const QString &size, const std::map<QString, int> &overrides);
};

} // namespace ec2lab
