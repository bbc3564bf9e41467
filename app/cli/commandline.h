#pragma once

namespace ec2lab::app {

/// What a command line asks of the GUI side (ec2lab_gui), which the headless dispatcher neither
/// links nor includes: main() hands these over.
enum class GuiRequest {
    None, ///< run() handled the command line; its return value is the exit code
    Export, ///< `ec2lab export ...`: charts need a QApplication (gui::runExportMain)
    DesktopApp, ///< no command, or FILE.json (argv[1]): the desktop app (gui::runGui)
};

/// Entry point behind main() for the headless side: dispatches `ec2lab SUBCOMMAND ...` to the
/// headless subcommands (simulate, cost, prices; with a QCoreApplication, no display needed) and
/// sets *request for what belongs to the GUI side.
///
/// Contract: `--help` lists every subcommand (export included) with one line each, `--version`
/// prints the version, and exit codes are 0 success, 1 bad input or failed operation, 2 usage
/// error. When *request is set to anything but None, run() has printed nothing, created no
/// application object and returns 0.
int run(int argc, char *argv[], GuiRequest *request);

/// Flushes stdout and checks it took everything: on a write error (a full disk, `> /dev/full`)
/// prints one error line and returns 1 instead of \a status. run() does this itself; main()
/// calls it after the GUI side's `export`.
int checkStandardOutput(int status);

} // namespace ec2lab::app
