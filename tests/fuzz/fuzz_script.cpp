// libFuzzer harness: the lifecycle script reader and the engine that runs the script.
#include "jsonreader.h"
#include "lifecycle/lifecyclescript.h"

#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const QJsonDocument doc = ec2lab::parseJsonDocument(bytes, QStringLiteral("fuzz.json"));
        ec2lab::InputError error;
        const auto script
            = ec2lab::LifecycleScript::fromJson(doc.object(), QStringLiteral("fuzz.json"), &error);
        if (script)
            (void)script->run();
        else if (error.message.isEmpty())
            __builtin_trap(); // a rejection must always say why
    } catch (const ec2lab::InputError &e) {
        if (e.message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
