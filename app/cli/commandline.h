#pragma once

namespace ec2lab::app {

/// Entry point behind main(): dispatches `ec2lab SUBCOMMAND ...` to the headless subcommands
/// (with a QCoreApplication, no display needed) and anything else to the desktop app.
///
/// Contract: `--help` lists every subcommand with one line each, `--version` prints the version,
/// and exit codes are 0 success, 1 bad input or failed operation, 2 usage error.
int run(int argc, char *argv[]);

} // namespace ec2lab::app
