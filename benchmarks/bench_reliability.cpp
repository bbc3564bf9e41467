// Limits of issue 16 (reliability): how long and how much memory the largest inputs ec2lab accepts
// take, and what the inputs just over a limit cost (they must be refused at once). Runs the built
// ec2lab binary on generated files and reports wall time and the child's peak RSS (wait4). Not a
// test: figures go to benchmarks/RESULTS-reliability.md.
//
// Usage: bench_reliability [PATH/TO/ec2lab]

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Result
{
    int exitCode = -1;
    double seconds = 0;
    long maxRssKb = 0;
};

/// fork + exec with stdout and stderr to /dev/null; wait4 gives this child's own peak RSS.
Result runChild(const QString &binary, const QStringList &args)
{
    std::vector<QByteArray> storage { binary.toLocal8Bit() };
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage
    {
    };
    ::wait4(pid, &status, 0, &usage);
    return { WIFEXITED(status) ? WEXITSTATUS(status) : -2, timer.elapsed() / 1000.0, usage.ru_maxrss };
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
}

const QByteArray kInstance = R"({"name": "web", "type": "m5.large", "price_per_hour": "0.096",
 "volumes": [{"type": "gp3", "size_gb": 8, "price_per_gb_month": "0.08", "root": true}]})";

/// A script that launches one instance and stops/starts it, N events in all, 100 s apart.
QByteArray stopStartScript(int events)
{
    QByteArray s = R"({"start": "2026-03-02T09:00:00Z", "seed": 1, "instances": [)" + kInstance
        + R"(], "events": [{"at": 0, "action": "launch", "instance": "web"})";
    for (int i = 1; i < events; ++i)
        s += R"(, {"at": )" + QByteArray::number(i * 100) + R"(, "action": ")" + (i % 2 ? "stop" : "start")
            + R"(", "instance": "web"})";
    return s + R"(], "until": )" + QByteArray::number(qint64(events) * 100 + 100) + "}";
}

/// N allocate-address events (the Elastic IP quota refuses all but the first few).
QByteArray allocateScript(int events)
{
    QByteArray s
        = R"({"start": "2026-03-02T09:00:00Z", "seed": 1, "instances": [)" + kInstance + R"(], "events": [)";
    for (int i = 0; i < events; ++i)
        s += (i ? ", " : "") + QByteArray(R"({"at": )") + QByteArray::number(i)
            + R"(, "action": "allocate-address", "address": "a)" + QByteArray::number(i) + R"("})";
    return s + R"(], "until": )" + QByteArray::number(events + 10) + "}";
}

QByteArray lifecycleScenario(int workloads, const QByteArray &script)
{
    QByteArray s = R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 12, "workloads": [)";
    for (int i = 0; i < workloads; ++i)
        s += (i ? ", " : "") + QByteArray(R"({"name": "w)") + QByteArray::number(i)
            + R"(", "instance_type": "m5.large", "usage": {"kind": "lifecycle", "script": ")" + script
            + R"("}})";
    return s + R"(], "options": [{"id": "od", "kind": "on-demand"}], "prices": {"on_demand_per_hour": "0.096",
      "ebs_per_gb_month": {"gp3": "0.08"}, "public_ipv4_per_hour": "0.005"}})";
}

QByteArray spotScenario(int spotOptions)
{
    QByteArray s = R"({"region": "us-east-1", "start": "2026-01-01", "horizon_months": 120,
      "workloads": [{"name": "fleet", "instance_type": "m5.large", "count": 10, "usage": {"kind": "always-on"}}],
      "options": [)";
    for (int i = 0; i < spotOptions; ++i)
        s += (i ? ", " : "") + QByteArray(R"({"id": "spot)") + QByteArray::number(i)
            + R"(", "kind": "spot", "paths": 20000, "interruptions_per_month": 2, "seed": )"
            + QByteArray::number(i + 1) + "}";
    return s + R"(], "prices": {"on_demand_per_hour": "0.096", "spot_savings_percent": 66}})";
}

void report(const char *what, const Result &r)
{
    std::printf("| %s | %d | %.2f s | %.0f MB |\n", what, r.exitCode, r.seconds, r.maxRssKb / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(EC2LAB_BINARY_PATH);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    qputenv("EC2LAB_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
    std::printf("| input | exit | wall | peak RSS |\n|---|---|---|---|\n");

    for (int events : { 10'000, 100'000, 100'001 }) {
        const QString path = dir.filePath(QStringLiteral("events-%1.json").arg(events));
        write(path, stopStartScript(events));
        const QByteArray label = "simulate, " + QByteArray::number(events) + " events";
        report(label.constData(), runChild(binary, { QStringLiteral("simulate"), path }));
        report(QByteArray(label + ", --json").constData(),
            runChild(binary, { QStringLiteral("simulate"), path, QStringLiteral("--json") }));
    }
    for (int events : { 100'000 }) {
        const QString path = dir.filePath(QStringLiteral("eip-%1.json").arg(events));
        write(path, allocateScript(events));
        const QByteArray label
            = "simulate, " + QByteArray::number(events) + " Elastic IP allocations, --json";
        report(label.constData(),
            runChild(binary, { QStringLiteral("simulate"), path, QStringLiteral("--json") }));
    }
    for (const auto &[workloads, events] :
        { std::pair { 100, 1'000 }, std::pair { 10, 10'000 }, std::pair { 100, 10'000 } }) {
        write(dir.filePath(QStringLiteral("lab-%1.json").arg(events)), stopStartScript(events));
        const QString path = dir.filePath(QStringLiteral("cost-%1x%2.json").arg(workloads).arg(events));
        write(path, lifecycleScenario(workloads, "lab-" + QByteArray::number(events) + ".json"));
        const QByteArray label = "cost, " + QByteArray::number(workloads) + " lifecycle workloads x "
            + QByteArray::number(events) + " events";
        report(
            label.constData(), runChild(binary, { QStringLiteral("cost"), path, QStringLiteral("--json") }));
    }
    for (int options : { 1, 4, 5 }) {
        const QString path = dir.filePath(QStringLiteral("spot-%1.json").arg(options));
        write(path, spotScenario(options));
        const QByteArray label = "cost, " + QByteArray::number(options)
            + " Spot options (20,000 paths, 120 months, 10 instances)";
        report(
            label.constData(), runChild(binary, { QStringLiteral("cost"), path, QStringLiteral("--json") }));
    }
    return 0;
}
