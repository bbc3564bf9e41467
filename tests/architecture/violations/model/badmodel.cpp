// Three includes against the layers (see ../../README.md).
#include "cli/commands.h" // against: lives in app/
#include "money.h" // allowed: does not exist, so it is a model header not checked here

#include <QJsonObject>
#include <QNetworkReply> // against: not QtCore
#include <QtConcurrent> // against: not QtCore
