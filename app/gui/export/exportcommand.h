#pragma once

#include <QStringList>

namespace ec2lab::app {
struct CommandIo;
}

namespace ec2lab::gui {

/// `ec2lab export SCENARIO.json --chart CHART --out FILE [...]`: renders a chart exactly as the
/// desktop app draws it, or writes the data behind it. It lives on the GUI side because Qt Charts
/// needs QtWidgets and a QApplication; main() hands it the command line (app::GuiRequest::Export).
///
/// Contract: the same one-line errors and exit codes as the headless subcommands (cli/commands.h);
/// expects a QApplication, and fails with a message when there is only a QCoreApplication.
int runExport(const QStringList &args, app::CommandIo &io);

/// Creates the QApplication (the offscreen platform when QT_QPA_PLATFORM is not set, so no display
/// is needed), sets the application identity and runs runExport() on argv[2...].
int runExportMain(int argc, char *argv[]);

} // namespace ec2lab::gui
