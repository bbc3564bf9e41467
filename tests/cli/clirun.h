#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

/// What one run of the built ec2lab printed and how it ended; shared by the command-line tests.
/// exitCode is -1 when the process hung (it is killed after \a timeoutMs) and -2 when it crashed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the ec2lab binary under test (EC2LAB_BINARY) with \a args and waits for it. With a
/// non-empty \a wrapper (e.g. `setpriv --reuid ...`), runs `wrapper... EC2LAB_BINARY args...`.
/// With \a stdoutFile, standard output goes to that file (e.g. /dev/full) instead of `out`.
inline CliRun runEc2lab(const QStringList &args, const QStringList &wrapper = {},
    const QString &stdoutFile = {}, int timeoutMs = 60000)
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    if (wrapper.isEmpty())
        p.start(QStringLiteral(EC2LAB_BINARY), args);
    else
        p.start(wrapper.first(), wrapper.mid(1) + QStringList { QStringLiteral(EC2LAB_BINARY) } + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}
