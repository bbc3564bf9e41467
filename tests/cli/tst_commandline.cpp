#include "appidentity.h"
#include "cli/commandline.h"
#include "cli/commands.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QTest>
#include <vector>

Q_DECLARE_METATYPE(ec2lab::app::GuiRequest)

/// The headless dispatcher (ec2lab_cli) on its own: this test links ec2lab_cli and not the GUI
/// library, so it also proves the command line builds and links without widgets (and the CTest
/// `architecture_cli_links_no_gui` reads its dynamic dependencies). Each row checks which side a
/// command line goes to; the headless commands themselves run through the binary in the other CLI
/// tests.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void dispatch_data();
    void dispatch();
    void identity();
};

void TestCommandLine::dispatch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<ec2lab::app::GuiRequest>("request");
    QTest::addColumn<int>("status");

    using ec2lab::app::GuiRequest;
    QTest::newRow("no arguments: the desktop app") << QStringList {} << GuiRequest::DesktopApp << 0;
    QTest::newRow("a scenario file: the desktop app opens it")
        << QStringList { QStringLiteral("scenario.json") } << GuiRequest::DesktopApp << 0;
    QTest::newRow("a scenario file in capitals: the desktop app opens it")
        << QStringList { QStringLiteral("SCENARIO.JSON") } << GuiRequest::DesktopApp << 0;
    QTest::newRow("export: the GUI side renders the chart")
        << QStringList { QStringLiteral("export"), QStringLiteral("s.json"), QStringLiteral("--chart"),
               QStringLiteral("cumulative"), QStringLiteral("--out"), QStringLiteral("s.png") }
        << GuiRequest::Export << 0;
    QTest::newRow("export --help: the GUI side prints export's own help")
        << QStringList { QStringLiteral("export"), QStringLiteral("--help") } << GuiRequest::Export << 0;
    QTest::newRow("--version: answered here")
        << QStringList { QStringLiteral("--version") } << GuiRequest::None << int(ec2lab::app::ExitSuccess);
    QTest::newRow("an unknown command: a usage error here")
        << QStringList { QStringLiteral("frobnicate") } << GuiRequest::None << int(ec2lab::app::ExitUsage);
    QTest::newRow("an unknown option: a usage error here")
        << QStringList { QStringLiteral("--frobnicate") } << GuiRequest::None << int(ec2lab::app::ExitUsage);
}

void TestCommandLine::dispatch()
{
    QFETCH(QStringList, args);
    QFETCH(ec2lab::app::GuiRequest, request);
    QFETCH(int, status);

    QByteArrayList storage { QByteArrayLiteral("ec2lab") };
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    auto got = ec2lab::app::GuiRequest::None;
    QCOMPARE(ec2lab::app::run(int(storage.size()), argv.data(), &got), status);
    QCOMPARE(got, request);
}

void TestCommandLine::identity()
{
    // The values the three entry paths each set by hand before (the CLI, export and the desktop
    // app); settings and the price cache are found by them, so they must not drift.
    ec2lab::app::setApplicationIdentity();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("ec2lab"));
    QCOMPARE(QCoreApplication::organizationDomain(), QStringLiteral("ec2lab.example.org"));
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(EC2LAB_PROJECT_VERSION));
    QCOMPARE(ec2lab::app::applicationVersion(), QStringLiteral(EC2LAB_PROJECT_VERSION));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
