#pragma once

// One include against the layers (see ../../README.md).
#include <QNetworkAccessManager>
#include <QtGui> // against: QtGui
