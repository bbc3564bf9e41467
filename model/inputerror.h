#pragma once

#include <QString>
#include <QStringView>

namespace ec2lab {

/// Describes why an input file was rejected: which file, where in it (a JSON path such as
/// `events[3].action`, or `line 4, column 12`) and what is wrong.
///
/// Contract: toString() yields the one line the command line prints after "ec2lab: error: " and
/// the app shows in its error dialog; it always names the file and, when known, the position.
/// That line never carries a raw control character (a newline or an ESC from the input is shown
/// escaped) and a quoted value from the input is cut to a readable length (messageLine()).
/// Readers throw it internally and hand it out at their public boundary.
struct InputError
{
    QString file; ///< as the user named it; empty when the input is not a file
    QString location; ///< JSON path or line/column; empty when the whole file is at fault
    QString message; ///< what is wrong, e.g. `unknown action "stpo"`

    QString toString() const;
};

/// The longest quoted input value a message shows whole.
constexpr qsizetype kMaxQuotedChars = 80;
/// The longest message line (file, position and message together).
constexpr qsizetype kMaxMessageChars = 1000;

/// An input value as a message may show it: control characters escaped (`\n`, `\t`, `\x1b` ...)
/// and a value longer than \a maxChars cut in the middle with the number of characters left out.
QString displayValue(QStringView value, qsizetype maxChars = kMaxQuotedChars);
/// displayValue() in double quotes (a `"` inside is shown as `\"`): the one way to echo input.
QString quotedValue(QStringView value, qsizetype maxChars = kMaxQuotedChars);
/// A whole message made safe for one line on a terminal: control characters escaped, every
/// double-quoted value longer than kMaxQuotedChars cut, and the line cut at kMaxMessageChars.
/// Applied by InputError::toString() and by the command line to every error it prints.
QString messageLine(QStringView text);

} // namespace ec2lab
