#pragma once

#include <QString>

namespace ec2lab {

/// Describes why an input file was rejected: which file, where in it (a JSON path such as
/// `events[3].action`, or `line 4, column 12`) and what is wrong.
///
/// Contract: toString() yields the one line the command line prints after "ec2lab: error: " and
/// the app shows in its error dialog; it always names the file and, when known, the position.
/// Readers throw it internally and hand it out at their public boundary.
struct InputError
{
    QString file;     ///< as the user named it; empty when the input is not a file
    QString location; ///< JSON path or line/column; empty when the whole file is at fault
    QString message;  ///< what is wrong, e.g. `unknown action "stpo"`

    QString toString() const;
};

} // namespace ec2lab
