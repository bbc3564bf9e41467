#pragma once

// A command-line header of the planted tree (see ../../README.md): all allowed.
#include "../net/downloads.h"
#include "net/downloads.h"

#include <QNetworkReply>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <vector>
