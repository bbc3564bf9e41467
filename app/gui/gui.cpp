#include "gui.h"

#include "advisor/advisorworkspace.h"
#include "appidentity.h"
#include "core/appsettings.h"
#include "core/theme.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

namespace ec2lab::gui {

namespace {

// The translators installed now (owned by qApp), replaced on every installTranslators().
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_uiLanguage = QStringLiteral("en");

} // namespace

void installTranslators(const QString &language)
{
    for (QPointer<QTranslator> *old : { &g_appTranslator, &g_qtTranslator }) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    g_uiLanguage = QStringLiteral("en");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = new QTranslator(qApp);
    // English is the source language: a missing .qm for it is not an error.
    if (app->load(locale, QStringLiteral("ec2lab"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !app->isEmpty()) {
        QCoreApplication::installTranslator(app);
        g_appTranslator = app;
        g_uiLanguage = app->language().section(u'_', 0, 0).section(u'-', 0, 0);
        if (g_uiLanguage.isEmpty())
            g_uiLanguage = locale.name().section(u'_', 0, 0);
    } else {
        delete app;
    }
    auto *qt = new QTranslator(qApp);
    if (g_uiLanguage != u"en"
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
}

QString uiLanguage()
{
    return g_uiLanguage;
}

int runGui(int argc, char **argv, const QString &file)
{
    QApplication application(argc, argv);
    app::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ec2lab"));
    QApplication::setDesktopFileName(QStringLiteral("io.ec2lab.ec2lab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ec2lab/icons/ec2lab.svg")));

    installTranslators(AppSettings::language());
    Theme::apply(AppSettings::presenterMode());

    MainWindow window;
    const QString workspace = qEnvironmentVariable("EC2LAB_WORKSPACE");
    const QString shot = qEnvironmentVariable("EC2LAB_SCREENSHOT");
    // A scripted screenshot must never wait on a question: if opening the file shows an error
    // dialog, the dialog is grabbed and closed, and the run ends with status 1.
    bool opening = true; // outlive the timer below, which may fire after the file is open
    bool dialogClosed = false;
    if (!file.isEmpty()) {
        if (!shot.isEmpty())
            QTimer::singleShot(1500, &window, [&opening, &dialogClosed, shot] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!opening || !modal)
                    return;
                modal->grab().save(shot);
                dialogClosed = true;
                modal->close();
            });
        window.openFile(file);
        opening = false;
        if (dialogClosed)
            return 1;
    } else if (shot.isEmpty()) { // a scripted screenshot must never wait on a question
        window.offerRecovery();
    }
    const QStringList size = qEnvironmentVariable("EC2LAB_WINDOW_SIZE").split(u'x');
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0) {
        window.setMinimumSize(0, 0);
        window.resize(size[0].toInt(), size[1].toInt());
    }
    if (workspace == u"lab")
        window.showWorkspace(0);
    else if (workspace == u"cost")
        window.showWorkspace(1);
    else if (workspace == u"advisor")
        window.showWorkspace(2);
    if (const QString usageFile = qEnvironmentVariable("EC2LAB_USAGE"); !usageFile.isEmpty())
        window.advisorWorkspace()->importUsage(usageFile);
    window.show();

    if (!shot.isEmpty()) {
        // Give the recompute thread and the first layout pass time to settle before grabbing.
        QTimer::singleShot(1500, &window, [&window, shot] {
            window.grab().save(shot);
            QCoreApplication::exit(0);
        });
    }
    return QApplication::exec();
}

} // namespace ec2lab::gui
