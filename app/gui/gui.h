#pragma once

#include <QString>

namespace ec2lab::gui {

/// Starts the desktop app: `ec2lab` (the embedded default scenario) or `ec2lab FILE.json`.
///
/// Contract: creates the QApplication, installs the translation chosen in the settings (or the
/// system locale's), applies presenter mode and shows the main window; returns the exit code.
/// Environment variables serve scripts and the screenshot tool: EC2LAB_WORKSPACE=lab|cost|advisor
/// picks the workspace, EC2LAB_WINDOW_SIZE=WIDTHxHEIGHT sizes the window (e.g. 1280x720, a
/// projector), EC2LAB_USAGE=FILE imports usage into the advisor, EC2LAB_SCREENSHOT=FILE.png grabs
/// the window after it is shown and quits.
int runGui(int argc, char **argv, const QString &file);

/// Installs the ec2lab and Qt translators for \a language ("en", "ko"; empty = system locale),
/// replacing the ones installed before, so the language can change while the app runs (every
/// widget then receives QEvent::LanguageChange).
void installTranslators(const QString &language);

/// The language of the interface in use now: "ko" when the Korean translation is installed,
/// otherwise "en" (the source language).
QString uiLanguage();

} // namespace ec2lab::gui
