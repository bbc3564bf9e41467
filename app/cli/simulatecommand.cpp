#include "commands.h"

namespace ec2lab::app {

// Placeholder until the lifecycle engine lands (issue 2); replaced in the same session.
int runSimulate(const QStringList &, CommandIo &io)
{
    printError(io, QStringLiteral("simulate is not implemented yet"));
    return ExitFailure;
}

} // namespace ec2lab::app
