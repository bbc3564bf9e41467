// Speed of the cost model (issue 3): the app recomputes on every slider move, so
// - one workload across every option over 36 months must take < 1 ms,
// - 1,000 weekly-schedule workloads across every option over 36 months < 50 ms,
// - the Spot Monte Carlo, 10,000 paths over 26,280 hours, < 1 s on 2 cores.
// Each benchmark times the whole job (engine construction, i.e. building the hourly grid and
// looking up prices, plus evaluating every option).

#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "cost/spotmontecarlo.h"

#include <QJsonDocument>
#include <benchmark/benchmark.h>

using namespace ec2lab;

namespace {

const QByteArray kPrices = R"("prices": {"snapshot": "2026-01-19", "on_demand_per_hour": "0.096",
  "reserved": {"standard/1yr/no-upfront": {"hourly": "0.060"}, "standard/1yr/partial-upfront": {"upfront": "252", "hourly": "0.029"},
               "standard/1yr/all-upfront": {"upfront": "494"}, "standard/3yr/no-upfront": {"hourly": "0.041"},
               "standard/3yr/partial-upfront": {"upfront": "520", "hourly": "0.020"}, "standard/3yr/all-upfront": {"upfront": "1020"},
               "convertible/1yr/no-upfront": {"hourly": "0.070"}, "convertible/1yr/partial-upfront": {"upfront": "300", "hourly": "0.034"},
               "convertible/1yr/all-upfront": {"upfront": "585"}, "convertible/3yr/no-upfront": {"hourly": "0.050"},
               "convertible/3yr/partial-upfront": {"upfront": "640", "hourly": "0.024"}, "convertible/3yr/all-upfront": {"upfront": "1250"}},
  "savings_plan_per_hour": {"compute/1yr/no-upfront": "0.068", "compute/3yr/no-upfront": "0.047",
                            "ec2-instance/1yr/no-upfront": "0.060", "ec2-instance/3yr/no-upfront": "0.041"},
  "dedicated_host_per_hour": "5.069", "dedicated_instance_per_hour": "0.1056", "spot_savings_percent": "66",
  "ebs_per_gb_month": {"gp3": "0.08"}, "public_ipv4_per_hour": "0.005"})";

Scenario makeScenario(const QByteArray &workloads)
{
    const QByteArray json = R"({"start": "2026-01-01", "horizon_months": 36, "workloads": [)" + workloads
        + "], " + kPrices + "}";
    return ScenarioReader::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("bench.json"));
}

// Every applicable option: OD, the 12 RI offers, 4 Savings Plans, Spot, Dedicated Host and
// Instances, the credit Free plan (no options listed = all of them).
void BM_OneWorkloadAllOptions(benchmark::State &state)
{
    const Scenario s
        = makeScenario(R"({"name": "web", "instance_type": "m5.large", "usage": {"kind": "always-on"},
                                       "ebs": [{"type": "gp3", "size_gb": 30}], "public_ipv4": 1})");
    std::size_t options = 0;
    for (auto _ : state) {
        const CostEngine engine(s, s.prices);
        const CostReport r = engine.run();
        options = r.options.size();
        benchmark::DoNotOptimize(r.options.back().total);
    }
    state.counters["options"] = static_cast<double>(options);
}
BENCHMARK(BM_OneWorkloadAllOptions)->Unit(benchmark::kMicrosecond);

void BM_ThousandWeeklyWorkloadsAllOptions(benchmark::State &state)
{
    // 1,000 workloads of three m5 sizes, each with its own weekly schedule.
    QByteArray workloads;
    const char *sizes[] = { "large", "xlarge", "2xlarge" };
    const char *odPrices[] = { "0.096", "0.192", "0.384" };
    for (int i = 0; i < 1000; ++i) {
        const int from = 6 + i % 6;
        const int to = from + 4 + i % 9;
        const QByteArray days = i % 3 == 0 ? "weekdays" : (i % 3 == 1 ? "daily" : "mon");
        if (i)
            workloads += ',';
        workloads += R"({"name": "w)" + QByteArray::number(i) + R"(", "instance_type": "m5.)" + sizes[i % 3]
            + R"(", "count": )" + QByteArray::number(1 + i % 4)
            + R"(, "usage": {"kind": "weekly", "hours": {")" + days + R"(": [[)" + QByteArray::number(from)
            + ", " + QByteArray::number(to) + R"(]]}}, "ebs": [{"type": "gp3", "size_gb": 20}])"
            + (i < 3 ? R"(, "prices": {"on_demand_per_hour": ")" + QByteArray(odPrices[i % 3]) + "\"}"
                     : QByteArray())
            + "}";
    }
    const Scenario s = makeScenario(workloads);
    std::size_t options = 0;
    for (auto _ : state) {
        const CostEngine engine(s, s.prices);
        const CostReport r = engine.run();
        options = r.options.size();
        benchmark::DoNotOptimize(r.options.back().total);
    }
    state.counters["options"] = static_cast<double>(options);
}
BENCHMARK(BM_ThousandWeeklyWorkloadsAllOptions)->Unit(benchmark::kMillisecond);

void BM_SpotMonteCarlo(benchmark::State &state)
{
    // 10,000 paths over 3 years of a weekday 09-18 schedule of 10 instances, 2 interruptions per
    // instance-month.
    SpotMonteCarlo::Input in;
    const int hours = 26280;
    in.seconds.resize(hours);
    in.priceNanos.assign(hours, 32'640'000);
    for (int h = 0; h < hours; ++h) {
        const int hourOfWeek = (72 + h) % 168; // 2026-01-01 is a Thursday
        in.seconds[static_cast<std::size_t>(h)]
            = (hourOfWeek / 24 < 5 && hourOfWeek % 24 >= 9 && hourOfWeek % 24 < 18) ? 36000 : 0;
    }
    for (int m = 0; m <= 36; ++m)
        in.monthStart.push_back(static_cast<std::int64_t>(m) * 730);
    in.baseCumulative.assign(36, Money());
    in.interruptionsPerMonth = 2;
    in.paths = 10'000;
    in.seed = 42;
    in.threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const SpotRisk r = SpotMonteCarlo::run(in);
        benchmark::DoNotOptimize(r.costP90.back());
    }
}
BENCHMARK(BM_SpotMonteCarlo)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
