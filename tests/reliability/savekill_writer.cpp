// Saves two large scenario documents to one file, alternately and forever, through the app's own
// ScenarioDocument::save(). tst_savekill kills this process with SIGKILL at random moments.
#include "core/scenariodocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

namespace {

QJsonObject bigScenario(const QString &generation)
{
    QJsonObject doc = ec2lab::gui::ScenarioDocument::defaultScenario();
    doc.insert(QStringLiteral("name"), generation);
    QJsonArray workloads;
    for (int i = 0; i < 3000; ++i) {
        QJsonObject w;
        w.insert(QStringLiteral("name"), QStringLiteral("%1-%2").arg(generation).arg(i));
        w.insert(QStringLiteral("instance_type"), QStringLiteral("m5.large"));
        w.insert(QStringLiteral("count"), 1 + i % 7);
        w.insert(
            QStringLiteral("usage"), QJsonObject { { QStringLiteral("kind"), QStringLiteral("always-on") } });
        workloads.append(w);
    }
    doc.insert(QStringLiteral("workloads"), workloads);
    return doc;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // save() tidies the autosave copy away; keep it out of the real user's data folder.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 2)
        return 2;
    const QString target = args.at(1);
    ec2lab::gui::ScenarioDocument a;
    ec2lab::gui::ScenarioDocument b;
    a.reset(bigScenario(QStringLiteral("A")), QString());
    b.reset(bigScenario(QStringLiteral("B")), QString());
    QTextStream out(stdout);
    for (quint64 n = 0;; ++n) {
        QString error;
        if (!(n % 2 ? b : a).save(target, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        out << "saved " << n << Qt::endl;
    }
}
