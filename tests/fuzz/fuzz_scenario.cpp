// libFuzzer harness: the cost scenario reader and the cost engine over what it accepts.
#include "cost/costengine.h"
#include "cost/scenarioreader.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Scenarios may name other files (lifecycle scripts, Spot histories); the fuzzer must not
    // wander the file system, so such inputs are left to the reader tests.
    if (bytes.contains("script") || bytes.contains("history"))
        return 0;
    try {
        const QJsonDocument doc = ec2lab::parseJsonDocument(bytes, QStringLiteral("/nonexistent/fuzz.json"));
        ec2lab::Scenario scenario
            = ec2lab::ScenarioReader::fromJson(doc.object(), QStringLiteral("/nonexistent/fuzz.json"));
        const ec2lab::ScenarioPrices prices = scenario.prices;
        ec2lab::CostEngine engine(std::move(scenario), prices);
        engine.setMonteCarloThreads(1);
        (void)engine.run();
    } catch (const ec2lab::InputError &e) {
        if (e.message.isEmpty())
            __builtin_trap(); // a rejection must always say why
    }
    return 0;
}
