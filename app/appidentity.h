#pragma once

#include <QString>

namespace ec2lab::app {

/// The application's identity, set in this one place for every entry path (the headless commands,
/// `ec2lab export` and the desktop app), so settings, the cache folder and `--version` agree.
///
/// Contract: sets QCoreApplication's application name ("ec2lab"), organisation domain and
/// version. It may be called before or after the application object is created; the GUI adds
/// only what needs QtGui (display name, desktop file name, window icon).
void setApplicationIdentity();

/// The version CMake passes in from project(VERSION), e.g. "0.1.0".
QString applicationVersion();

} // namespace ec2lab::app
