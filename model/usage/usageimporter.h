#pragma once

#include "inputerror.h"
#include "usage/usageprofile.h"

#include <QString>

namespace ec2lab::usage {

/// Reads the user's own usage: the JSON output of `aws ec2 describe-instances` and the AWS Cost
/// and Usage Report as CSV (legacy CUR column names and CUR 2.0 names). README.md in this folder
/// lists the accepted formats, the filters and the modelling choices.
///
/// Contract: each reader returns a complete result or throws one InputError naming the file, the
/// position (JSON path, or CSV line and column name) and the field; nothing partial is returned.
/// Both stream the file through a fixed-size buffer: memory grows with the result (keys x hours),
/// not with the file (describe-instances keeps one instance object at a time).
class UsageImporter
{
public:
    /// describe-instances output (`Reservations[].Instances[]`), streamed one instance at a time.
    static FleetUsage readDescribeInstances(const QString &fileName);
    /// A Cost and Usage Report CSV, filtered to EC2 box usage (README.md).
    static UsageProfile readCostAndUsageReport(const QString &fileName);
    /// Size of the CUR reader's read buffer (bytes); exposed for the streaming test.
    static constexpr qint64 kReadBufferBytes = 64 * 1024;
    /// A CSV record longer than this is refused (hostile input must not grow memory).
    static constexpr qint64 kMaxRecordBytes = 1024 * 1024;
};

} // namespace ec2lab::usage
