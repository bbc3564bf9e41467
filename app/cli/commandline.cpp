#include "commandline.h"

#include "appidentity.h"
#include "commands.h"
#include "inputfile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <cerrno>
#include <cstdio>
#include <iterator>

namespace ec2lab::app {

namespace {

const Command kCommands[] = {
    { "simulate", "Run a lifecycle script and print the state, address and billing trace", &runSimulate },
    { "prices", "Import, show, list and refresh EC2 prices (the price catalog)", &runPrices },
    { "cost", "Compare what each EC2 pricing option costs for a scenario, month by month", &runCost },
    { "advise", "Recommend Reserved Instances and Savings Plans for your own usage (fleet or CUR)",
        &runAdvise },
    // Listed here for --help; main() runs it on the GUI side (charts need a QApplication).
    { "export", "Render a chart of a scenario to PNG, SVG or PDF, or its data to CSV or JSON", nullptr },
};

void printUsage(QTextStream &out)
{
    out << "Usage: ec2lab [FILE.json]\n"
           "       ec2lab COMMAND [ARGS...]\n"
           "\n"
           "Simulates the Amazon EC2 instance lifecycle and compares what each way of paying for\n"
           "EC2 would cost. Without a command, opens the desktop app.\n"
           "\n"
           "Commands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << '\n';
    out << "\n"
           "Options:\n"
           "  -h, --help     Show this help (COMMAND --help shows a command's own help)\n"
           "  -v, --version  Show the version\n"
           "\n"
           "Exit status: 0 success, 1 bad input or failed operation, 2 usage error.\n";
    out.flush();
}

/// A command's output is only delivered once stdout took it: a full disk or a closed pipe must
/// fail the command (exit 1, one line on stderr), not report success with the output lost.
int checkedExit(int code, QTextStream *out, QTextStream &err)
{
    errno = 0;
    if (out)
        out->flush();
    const int streamError = errno;
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int why = errno != 0 ? errno : streamError;
    if (flushed && (!out || out->status() == QTextStream::Ok) && !std::ferror(stdout))
        return code;
    QString cause = why != 0 ? InputFile::describeError(why) : QString();
    if (cause.isEmpty() && out && out->device() && !out->device()->errorString().isEmpty())
        cause = out->device()->errorString(); // the stream's QFile kept the operating system's words
    err << "ec2lab: error: cannot write to standard output: "
        << (cause.isEmpty() ? QStringLiteral("write failed") : cause) << Qt::endl;
    return code == ExitSuccess ? ExitFailure : code;
}

int dispatch(int argc, char *argv[], QTextStream &out, QTextStream &err, GuiRequest *request);

} // namespace

int run(int argc, char *argv[], GuiRequest *request)
{
    *request = GuiRequest::None;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = dispatch(argc, argv, out, err, request);
    return checkedExit(code, &out, err);
}

int checkStandardOutput(int status)
{
    QTextStream err(stderr);
    return checkedExit(status, nullptr, err);
}

namespace {

int dispatch(int argc, char *argv[], QTextStream &out, QTextStream &err, GuiRequest *request)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (!args.isEmpty()) {
        const QString first = args.first();
        if (first == u"-h" || first == u"--help" || first == u"help") {
            printUsage(out);
            return ExitSuccess;
        }
        if (first == u"-v" || first == u"--version") {
            out << "ec2lab " << applicationVersion() << Qt::endl;
            return ExitSuccess;
        }
        if (first == u"export") { // charts need a QApplication, which the GUI side creates
            *request = GuiRequest::Export;
            return ExitSuccess;
        }
        for (const Command &c : kCommands) {
            if (c.run && first == QLatin1String(c.name)) {
                QCoreApplication core(argc, argv);
                setApplicationIdentity();
                CommandIo io { out, err };
                return c.run(args.mid(1), io);
            }
        }
        if (first.startsWith(u'-') || !first.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            err << "ec2lab: error: unknown command or option " << quotedValue(first) << " (see ec2lab --help)"
                << Qt::endl;
            return ExitUsage;
        }
    }
    // No command: the desktop app, with FILE.json when one was given.
    *request = GuiRequest::DesktopApp;
    return ExitSuccess;
}

} // namespace

} // namespace ec2lab::app
