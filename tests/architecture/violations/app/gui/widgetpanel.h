#pragma once

// A GUI header of the planted tree (see ../../README.md).
#include <QWidget>
