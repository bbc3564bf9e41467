#pragma once

#include "inputerror.h"

#include <QStringList>
#include <QTextStream>

namespace ec2lab::app {

/// Exit codes shared by every subcommand (documented in --help and the man page).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, ///< bad input or a failed operation
    ExitUsage = 2, ///< the command line itself is wrong
};

/// The streams a subcommand writes to; tests hand in string-backed streams.
struct CommandIo
{
    QTextStream &out;
    QTextStream &err;
};

/// One subcommand: `ec2lab NAME ARGS...`. run() receives the arguments after NAME and returns an
/// ExitCode. Subcommands never need a display; `export` (run on the GUI side, so its run is null
/// here) picks the offscreen platform itself.
struct Command
{
    const char *name;
    const char *summary; ///< one line for `ec2lab --help`
    int (*run)(const QStringList &args, CommandIo &io);
};

// Each subcommand lives in its own file and is listed in commandline.cpp. `export` lives with
// the chart rendering on the GUI side (app/gui/export/exportcommand.cpp).
int runSimulate(const QStringList &args, CommandIo &io);
int runCost(const QStringList &args, CommandIo &io);
int runPrices(const QStringList &args, CommandIo &io);
int runAdvise(const QStringList &args, CommandIo &io);

/// Prints "ec2lab: error: MESSAGE" on err (the one-line error format of every subcommand): control
/// characters escaped and long quoted values cut (messageLine()), so it stays one line.
inline void printError(CommandIo &io, const QString &message)
{
    io.err << "ec2lab: error: " << messageLine(message) << Qt::endl;
}

} // namespace ec2lab::app
