// Five includes against the layers (see ../../README.md).
#include "../gui/widgetpanel.h" // against: resolves into app/gui
#include "commands.h"
#include "gui/widgetpanel.h" // against: resolves into app/gui
#include "widgetpanel.h" // against: only exists in app/gui

#include <QString>
#include <QWidget> // against: QtWidgets
#include <QtCharts/QChart> // against: QtCharts
