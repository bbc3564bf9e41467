#pragma once

#include <QString>

namespace ec2lab::gui {

/// Starts the desktop app: `ec2lab` (the embedded default scenario) or `ec2lab FILE.json`.
///
/// Contract: creates the QApplication, installs the translation chosen in the settings (or the
/// system locale's), applies presenter mode and shows the main window; returns the exit code.
/// Two environment variables serve scripts and the screenshot tool: EC2LAB_WORKSPACE=lab|cost
/// picks the workspace, EC2LAB_SCREENSHOT=FILE.png grabs the window after it is shown and quits.
int runGui(int argc, char **argv, const QString &file);

/// Installs the ec2lab and Qt translators for \a language ("en", "ko"; empty = system locale).
void installTranslators(const QString &language);

} // namespace ec2lab::gui
